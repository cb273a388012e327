import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale } from '@relais/i18n';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { LedgerService } from '../ledger/ledger.service';
import { PartnerSummaryType } from '../partners/dto/partner-summary.type';
import { PartnersService } from '../partners/partners.service';
import { User } from '../users/user.entity';
import { RewardCatalogueService } from './reward-catalogue.service';
import { RewardItem } from './reward-item.entity';
import { RewardOrderEvent } from './reward-order-event.entity';
import { RewardOrderLine } from './reward-order-line.entity';

export interface RewardLoaderSet {
  lines: DataLoader<string, RewardOrderLine[]>;
  events: DataLoader<string, RewardOrderEvent[]>;
  item: DataLoader<string, RewardItem>;
  itemSegments: DataLoader<string, string[]>;
  partner: DataLoader<string, PartnerSummaryType | null>;
  userName: DataLoader<string, string | null>;
  /** Units the caller ordered of each item in its current limit period. */
  usedByMe: DataLoader<string, number>;
  /** The caller's language and available points, read once per request. */
  locale: () => Promise<Locale>;
  available: () => Promise<number>;
}

/** What reward items and orders fetch for their fields: one query per field for a whole list, per HTTP request. */
@Injectable()
export class RewardLoaders {
  private readonly byRequest = new WeakMap<object, RewardLoaderSet>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partners: PartnersService,
    private readonly catalogue: RewardCatalogueService,
    private readonly ledger: LedgerService,
  ) {}

  for(request: object, actor: Actor): RewardLoaderSet {
    let set = this.byRequest.get(request);
    if (!set) {
      let locale: Promise<Locale> | undefined;
      let available: Promise<number> | undefined;
      set = {
        lines: new DataLoader(async (ids) => {
          const rows = await this.dataSource.getRepository(RewardOrderLine).find({ where: { orderId: In([...ids]) }, order: { position: 'ASC' } });
          return ids.map((id) => rows.filter((r) => r.orderId === id));
        }),
        events: new DataLoader(async (ids) => {
          const rows = await this.dataSource.getRepository(RewardOrderEvent).find({ where: { orderId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
          return ids.map((id) => rows.filter((r) => r.orderId === id));
        }),
        item: new DataLoader((ids) => this.catalogue.byIds(ids)),
        itemSegments: new DataLoader((ids) => this.catalogue.segmentIdsOf(ids)),
        partner: new DataLoader((ids) => this.partnerSummaries(ids)),
        userName: new DataLoader((ids) => this.userNames(ids)),
        usedByMe: new DataLoader(async (ids) => {
          const used = await this.catalogue.usedThisPeriod(this.dataSource.manager, actor.userId, ids);
          return ids.map((id) => used.get(id) ?? 0);
        }),
        locale: () => (locale ??= this.localeOf(actor.userId)),
        available: () =>
          (available ??= this.ledger.balance(this.dataSource.manager, { ownerType: 'USER', ownerId: actor.userId }).then((b) => b.available)),
      };
      this.byRequest.set(request, set);
    }
    return set;
  }

  /** Partners of orders the caller may already see, so no scope is added here. */
  private async partnerSummaries(ids: readonly string[]): Promise<(PartnerSummaryType | null)[]> {
    const partners = await this.partners.query().select(['p.id', 'p.code', 'p.name']).where('p.id IN (:...ids)', { ids: [...ids] }).getMany();
    const byId = new Map(partners.map((p) => [p.id, { id: p.id, code: p.code, name: p.name }]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async userNames(ids: readonly string[]): Promise<(string | null)[]> {
    const users = await this.dataSource.getRepository(User).find({ select: { id: true, firstName: true, lastName: true }, where: { id: In([...ids]) } });
    const byId = new Map(users.map((u) => [u.id, `${u.firstName} ${u.lastName}`.trim()]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async localeOf(userId: string): Promise<Locale> {
    const user = await this.dataSource.getRepository(User).findOne({ select: { id: true, locale: true }, where: { id: userId } });
    return user?.locale ?? 'fr';
  }
}
