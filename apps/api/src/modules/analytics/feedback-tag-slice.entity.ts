import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Counted declarations carrying a tag, per month, channel manager and country (see FeedbackSlice). */
@Entity('feedback_tag_slices')
export class FeedbackTagSlice {
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'uuid' })
  channelManagerId!: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  country!: string;

  @PrimaryColumn({ type: 'text' })
  tag!: string;

  @Column({ type: 'int', default: 0 })
  declarations!: number;
}
