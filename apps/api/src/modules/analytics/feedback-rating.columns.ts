import { Column } from 'typeorm';

/** How many counted declarations were rated 1 to 5 (the feedback rollups extend it). */
export abstract class FeedbackRatingColumns {
  @Column({ type: 'int', default: 0 })
  rating1!: number;

  @Column({ type: 'int', default: 0 })
  rating2!: number;

  @Column({ type: 'int', default: 0 })
  rating3!: number;

  @Column({ type: 'int', default: 0 })
  rating4!: number;

  @Column({ type: 'int', default: 0 })
  rating5!: number;
}
