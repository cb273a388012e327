import type { EarningRuleKind, EarningRuleParameters } from '@relais/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One version of an earning rule. Versions are never edited, so the points of a declaration
 * can always be explained by the version that computed them; the one exception is closing a
 * version's window (effectiveTo) when a newer version takes over from a date. The versions of
 * a rule share `ruleKey`, which is the id of the first version.
 */
@Entity('earning_rules')
@Index(['ruleKey', 'version'], { unique: true })
@Index(['effectiveFrom', 'effectiveTo'])
export class EarningRuleVersion {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ruleKey!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: EarningRuleKind;

  /** The parameters of `kind` (EarningRuleParameters[kind]), validated before they are stored. */
  @Column({ type: 'jsonb' })
  parameters!: EarningRuleParameters[EarningRuleKind];

  /** No foreign keys: a deleted segment simply has no members, and the rule stops applying. */
  @Column({ type: 'uuid', nullable: true })
  segmentId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  productId!: string | null;

  @Column({ type: 'text', nullable: true })
  category!: string | null;

  /** Calendar dates, both included; PostgreSQL `date` reads back as YYYY-MM-DD. */
  @Column({ type: 'date' })
  effectiveFrom!: string;

  @Column({ type: 'date', nullable: true })
  effectiveTo!: string | null;

  /** False on the version that deactivated the rule from its effectiveFrom on. */
  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
