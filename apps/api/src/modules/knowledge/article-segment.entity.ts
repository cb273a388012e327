import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Segment } from '../segments/segment.entity';
import { Article } from './article.entity';

/** A segment an article is written for; an article with none is for every partner. */
@Entity('article_segments')
export class ArticleSegment {
  @PrimaryColumn({ type: 'uuid' })
  articleId!: string;

  @PrimaryColumn({ type: 'uuid' })
  segmentId!: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  // Deleting a segment must not silently open its articles to everyone.
  @ManyToOne(() => Segment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'segment_id' })
  segment?: Segment;
}
