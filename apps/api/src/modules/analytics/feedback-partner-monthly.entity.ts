import { Column, Entity, PrimaryColumn } from 'typeorm';

import { FeedbackRatingColumns } from './feedback-rating.columns';

/** Ratings per partner and month of sale: for a segment, and to move the slices when a partner changes (see FeedbackSlice). */
@Entity('feedback_partner_monthly')
export class FeedbackPartnerMonthly extends FeedbackRatingColumns {
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'uuid' })
  partnerId!: string;

  /** Counted declarations with a comment: tells the latest comments how far back to look (see CustomerFeedbackService). */
  @Column({ type: 'int', default: 0 })
  comments!: number;
}
