import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { User } from '../users/user.entity';

/** A rank in a challenge as the recap told it, so next week's recap can say how it moved. */
export interface RecapRank {
  challengeId: string;
  rank: number;
}

/**
 * One weekly recap handled for one user: the primary key is what makes it once per user and week,
 * whichever API process and however many runs; written in the transaction that queues its e-mail.
 */
@Entity('recap_sends')
export class RecapSend {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** The Monday (UTC) of the week told. */
  @PrimaryColumn({ type: 'date' })
  week!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  ranks!: RecapRank[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
