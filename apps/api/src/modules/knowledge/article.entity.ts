import type { ArticleKind } from '@relais/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A knowledge-base article in French and English (a language whose title is empty has no version).
 * Readers reach it between publishAt and unpublishAt when their partner is in one of its segments
 * (none: every partner).
 */
// Not synchronised: its migration adds two stored generated tsvector columns (search_fr,
// search_en, GIN-indexed) that TypeORM can only track through a typeorm_metadata row naming the
// database, which differs in every cloned test database. Change this table by hand-written migrations.
@Entity('articles', { synchronize: false })
export class Article {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: ArticleKind;

  @Column({ type: 'text', default: '' })
  titleFr!: string;

  @Column({ type: 'text', default: '' })
  bodyFr!: string;

  @Column({ type: 'text', default: '' })
  titleEn!: string;

  @Column({ type: 'text', default: '' })
  bodyEn!: string;

  /** Trimmed and lower-cased. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  /** Null: a draft no reader sees. */
  @Column({ type: 'timestamptz', nullable: true })
  publishAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  unpublishAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  /** Every opening, for figures; unique readers are article_reads. */
  @Column({ type: 'int', default: 0 })
  viewCount!: number;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
