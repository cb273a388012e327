import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One combination of the partner attributes the dashboards filter and break down by. The sales
 * rollup is keyed by profile instead of by partner: 100,000 partners share a few thousand profiles,
 * so a day of the rollup holds profiles × products × channels rows, however many partners sold.
 * Rows are added by sales_profile_id() (see the AddSalesRollup migration) and never change.
 */
@Entity('sales_profiles')
export class SalesProfile {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  /** The attributes joined with '|', so one unique index finds a profile without NULL comparisons. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'text' })
  brandModel!: string;

  @Column({ type: 'text' })
  potential!: string;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'text' })
  region!: string;

  @Column({ type: 'text' })
  stage!: string;

  @Column({ type: 'uuid', nullable: true })
  tierId!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  channelManagerId!: string | null;
}
