import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Article } from './article.entity';

/** An image or a downloadable file of an article; the bytes live in PostgreSQL so every API process serves them. */
@Entity('article_attachments')
export class ArticleAttachment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  articleId!: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** Detected from the bytes, never taken from the client. */
  @Column({ type: 'text' })
  mimeType!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ type: 'uuid', nullable: true })
  uploadedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
