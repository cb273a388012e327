import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Every point a partner (and its people) holds now, kept with the monthly rows by the same trigger:
 * the balance at a past month's end is this less the months after it, which reads few rows, where
 * summing every month up to it would read all of them.
 */
@Entity('points_partner_balances')
export class PointsPartnerBalance {
  @PrimaryColumn({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'bigint', default: 0 })
  balance!: string;
}
