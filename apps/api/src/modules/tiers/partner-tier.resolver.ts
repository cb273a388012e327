import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { DataSource } from 'typeorm';

import { PartnerType } from '../partners/dto/partner.type';
import { Partner } from '../partners/partner.entity';
import { TierType } from './dto/tier.type';
import { Tier } from './tier.entity';

/** Partner.tier, batched per request (a partner list costs one query for all its tiers). */
@Resolver(() => PartnerType)
export class PartnerTierResolver {
  private readonly byRequest = new WeakMap<object, DataLoader<string, Tier | null>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => TierType, { nullable: true, description: 'The tier held now; null until first measured.' })
  tier(@Parent() partner: Partner, @Context('req') request: object) {
    return partner.tierId ? this.loader(request).load(partner.tierId) : null;
  }

  @ResolveField(() => Date, { nullable: true })
  tierSince(@Parent() partner: Partner) {
    return partner.tierSince ?? null;
  }

  private loader(request: object): DataLoader<string, Tier | null> {
    let loader = this.byRequest.get(request);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const tiers = await this.dataSource.getRepository(Tier).findBy({ id: In([...ids]) });
        return ids.map((id) => tiers.find((t) => t.id === id) ?? null);
      });
      this.byRequest.set(request, loader);
    }
    return loader;
  }
}
