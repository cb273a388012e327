import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Participants and active participants (score above 0) of a challenge per channel manager and
 * country of their partners, kept by statement triggers on challenge_scores and moved by a partners
 * trigger when a partner changes manager or country (migration ChallengeResultsRollup). A period's
 * challenges are then a few hundred rows whatever the number of participants; the
 * channel_manager_id of partners without one is the zero uuid, so it can be part of the key.
 */
@Entity('challenge_result_slices')
export class ChallengeResultSlice {
  @PrimaryColumn({ type: 'uuid' })
  challengeId!: string;

  @PrimaryColumn({ type: 'uuid' })
  channelManagerId!: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'int', default: 0 })
  participants!: number;

  @Column({ type: 'int', default: 0 })
  active!: number;
}
