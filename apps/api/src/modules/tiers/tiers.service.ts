import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { nextTier } from '@relais/domain';
import { DataSource, EntityManager, In } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { PartnersService } from '../partners/partners.service';
import { TierProgrammeInput } from './dto/tier.input';
import { TierProgrammeType, TierStatusType } from './dto/tier.type';
import { Tier } from './tier.entity';
import { TierEvaluation } from './tier-evaluation';
import { TierErrors } from './tiers.errors';

const byThreshold = (a: Tier, b: Tier) => a.threshold - b.threshold;

/** The tier programme (basis and levels), a partner's tier status and the multiplier earning rules apply. */
@Injectable()
export class TiersService {
  private readonly logger = new Logger(TiersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partners: PartnersService,
    private readonly evaluation: TierEvaluation,
  ) {}

  async programme(manager: EntityManager = this.dataSource.manager): Promise<TierProgrammeType> {
    const tiers = await manager.getRepository(Tier).find();
    return { basis: await this.evaluation.basis(manager), tiers: tiers.sort(byThreshold) };
  }

  /** The multiplier of the tier the partner holds now; 1 without a tier. */
  async multiplierOf(manager: EntityManager, partnerId: string): Promise<number> {
    const [row]: { multiplier: string | null }[] = await manager.query(
      'SELECT t.multiplier FROM partners p JOIN tiers t ON t.id = p.tier_id WHERE p.id = $1',
      [partnerId],
    );
    return row?.multiplier ? Number(row.multiplier) : 1;
  }

  /** A partner in the actor's scope (a partner user: their own, whatever they ask), or PARTNER_NOT_FOUND. */
  async status(actor: Actor, partnerId?: string | null): Promise<TierStatusType> {
    const partner = await this.partners.get(actor, partnerId ?? actor.partnerId ?? '');
    const { basis, tiers } = await this.programme();
    const value = (await this.evaluation.measure(this.dataSource.manager, basis, [partner.id])).get(partner.id) ?? 0;
    const tier = tiers.find((t) => t.id === partner.tierId) ?? null;
    const next = nextTier(tiers, Math.max(value, tier?.threshold ?? 0));
    return { partnerId: partner.id, basis, value, tier, since: tier ? partner.tierSince : null, nextTier: next?.tier ?? null, missing: next ? Math.max(0, next.tier.threshold - value) : null };
  }

  /**
   * Replaces the programme in one transaction: listed tiers are kept (by id) or created, the others
   * deleted (their partners lose the tier), then every partner is measured again with the new
   * levels. A rejected input changes nothing.
   */
  async configure(actor: Actor, input: TierProgrammeInput): Promise<TierProgrammeType> {
    const seen = new Set<string>();
    input.tiers.forEach((tier, i) => {
      if (input.tiers.findIndex((t) => t.threshold === tier.threshold) !== i) throw TierErrors.thresholdTaken(i);
      if (tier.id && seen.has(tier.id)) throw TierErrors.repeated(i);
      if (tier.id) seen.add(tier.id);
    });
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Tier);
      const existing = new Set((await repository.find({ lock: { mode: 'pessimistic_write' } })).map((t) => t.id));
      input.tiers.forEach((tier, i) => {
        if (tier.id && !existing.has(tier.id)) throw TierErrors.notFound(i);
      });
      const kept = input.tiers.flatMap((t) => (t.id ? [t.id] : []));
      const dropped = [...existing].filter((id) => !kept.includes(id));
      if (dropped.length) await repository.delete({ id: In(dropped) });
      for (const tier of input.tiers) {
        const fields = { nameEn: tier.nameEn, nameFr: tier.nameFr, threshold: tier.threshold, multiplier: tier.multiplier };
        if (tier.id) await repository.update({ id: tier.id }, fields);
        else await repository.insert(fields);
      }
      await manager.query(`INSERT INTO tier_settings (id, basis) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET basis = excluded.basis, updated_at = now()`, [input.basis]);
      const partners: { id: string }[] = await manager.query('SELECT id FROM partners ORDER BY id');
      const moved = await this.evaluation.recompute(manager, partners.map((p) => p.id));
      this.logger.log({ by: actor.userId, basis: input.basis, tiers: input.tiers.length, moved }, 'Tier programme changed');
      return this.programme(manager);
    });
  }
}
