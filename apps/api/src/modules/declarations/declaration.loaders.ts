import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, FindOptionsOrder, In, ObjectLiteral } from 'typeorm';

import { PartnerSummaryType } from '../partners/dto/partner-summary.type';
import { PartnersService } from '../partners/partners.service';
import { Product } from '../products/product.entity';
import { ProductsService } from '../products/products.service';
import { User } from '../users/user.entity';
import { DeclarationEvent } from './declaration-event.entity';
import { DeclarationFlagRecord } from './declaration-flag.entity';
import { DeclarationLine } from './declaration-line.entity';

export interface DeclarationLoaderSet {
  lines: DataLoader<string, DeclarationLine[]>;
  events: DataLoader<string, DeclarationEvent[]>;
  flags: DataLoader<string, DeclarationFlagRecord[]>;
  partner: DataLoader<string, PartnerSummaryType | null>;
  userName: DataLoader<string, string | null>;
  product: DataLoader<string, Product>;
}

/** The children of declarations, one query per field for a whole list, per HTTP request. */
@Injectable()
export class DeclarationLoaders {
  private readonly byRequest = new WeakMap<object, DeclarationLoaderSet>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partners: PartnersService,
    private readonly products: ProductsService,
  ) {}

  for(request: object): DeclarationLoaderSet {
    let set = this.byRequest.get(request);
    if (!set) {
      set = {
        lines: new DataLoader((ids) => this.children(DeclarationLine, ids, { position: 'ASC' })),
        events: new DataLoader((ids) => this.children(DeclarationEvent, ids, { seq: 'ASC' })),
        flags: new DataLoader((ids) => this.children(DeclarationFlagRecord, ids, { createdAt: 'ASC', id: 'ASC' })),
        partner: new DataLoader((ids) => this.partnerSummaries(ids)),
        userName: new DataLoader((ids) => this.userNames(ids)),
        product: new DataLoader((ids) => this.products.byIds(ids)),
      };
      this.byRequest.set(request, set);
    }
    return set;
  }

  private async children<T extends ObjectLiteral & { declarationId: string }>(
    entity: new () => T,
    ids: readonly string[],
    order: FindOptionsOrder<T>,
  ): Promise<T[][]> {
    const rows = await this.dataSource.getRepository(entity).find({ where: { declarationId: In([...ids]) } as never, order });
    return ids.map((id) => rows.filter((r) => r.declarationId === id));
  }

  /** Partners of declarations the caller may already see, so no scope is added here. */
  private async partnerSummaries(ids: readonly string[]): Promise<(PartnerSummaryType | null)[]> {
    const partners = await this.partners.query().select(['p.id', 'p.code', 'p.name']).where('p.id IN (:...ids)', { ids: [...ids] }).getMany();
    const byId = new Map(partners.map((p) => [p.id, { id: p.id, code: p.code, name: p.name }]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Declarers' names for the timeline and lists; UsersService has no batch lookup by ids. */
  private async userNames(ids: readonly string[]): Promise<(string | null)[]> {
    const users = await this.dataSource.getRepository(User).find({ select: { id: true, firstName: true, lastName: true }, where: { id: In([...ids]) } });
    const byId = new Map(users.map((u) => [u.id, `${u.firstName} ${u.lastName}`.trim()]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
