import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The challenges in which a partner (or one of its people) has a score above 0, one row per
 * partner, kept by statement triggers on challenge_scores (migration ChallengeResultsRollup). The
 * partners active in any challenge of a period are then one pass over at most one row a partner
 * (challenge_ids && the period's), where counting them from the scores reads every participant of
 * every challenge.
 */
@Entity('partner_challenge_activity')
export class PartnerChallengeActivity {
  @PrimaryColumn({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  challengeIds!: string[];
}
