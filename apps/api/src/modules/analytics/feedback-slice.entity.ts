import { Column, Entity, PrimaryColumn } from 'typeorm';

import { FeedbackRatingColumns } from './feedback-rating.columns';

/**
 * Customer feedback of the declarations the sell-out counts (sales_counted_declarations), in the
 * month of sale the sell-out uses: added when the sales rollup counts a declaration, taken away when
 * its reversal uncounts it, by a trigger on sales_counted_declarations in that same transaction (see
 * the PartnerRunningAndFeedbackRollups migration). Slices (month, channel manager, country) answer
 * the network, a channel manager and a country in a few rows a month; the partner months answer a
 * segment (criteria over any partner attribute, joined at query time) and move the slices when a
 * partner changes channel manager or country.
 */
@Entity('feedback_slices')
export class FeedbackSlice extends FeedbackRatingColumns {
  @PrimaryColumn({ type: 'date' })
  month!: string;

  /** NO_MANAGER when the partner has none. */
  @PrimaryColumn({ type: 'uuid' })
  channelManagerId!: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  country!: string;

  /** Counted declarations with a comment: tells the latest comments how far back to look (see CustomerFeedbackService). */
  @Column({ type: 'int', default: 0 })
  comments!: number;
}
