import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Counted declarations carrying a tag (each tag once a declaration), per partner and month of sale (see FeedbackSlice). */
@Entity('feedback_tag_monthly')
export class FeedbackTagMonthly {
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'uuid' })
  partnerId!: string;

  @PrimaryColumn({ type: 'text' })
  tag!: string;

  @Column({ type: 'int', default: 0 })
  declarations!: number;
}
