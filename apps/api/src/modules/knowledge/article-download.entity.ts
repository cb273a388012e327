import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Article } from './article.entity';

/** Each download of an attachment by a partner user, for the article's figures. */
@Entity('article_downloads')
export class ArticleDownload {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  articleId!: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  @Column({ type: 'uuid' })
  attachmentId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  downloadedAt!: Date;
}
