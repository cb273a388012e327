import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Article } from './article.entity';

/** The first time a user opened an article: ARTICLE_READ is recorded once per row. */
@Entity('article_reads')
export class ArticleRead {
  @PrimaryColumn({ type: 'uuid' })
  articleId!: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Index()
  @Column({ type: 'uuid' })
  partnerId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  readAt!: Date;
}
