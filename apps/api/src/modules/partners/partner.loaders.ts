import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';

import { User } from '../users/user.entity';

export interface PartnerLoaderSet {
  user: DataLoader<string, User | null>;
  userCount: DataLoader<string, number>;
}

/**
 * DataLoaders for the fields of Partner, one set per HTTP request: a list of partners costs one
 * query per field, and nothing cached outlives the request that read it.
 */
@Injectable()
export class PartnerLoaders {
  private readonly byRequest = new WeakMap<object, PartnerLoaderSet>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  for(request: object): PartnerLoaderSet {
    let set = this.byRequest.get(request);
    if (!set) {
      set = { user: new DataLoader((ids) => this.users(ids)), userCount: new DataLoader((ids) => this.userCounts(ids)) };
      this.byRequest.set(request, set);
    }
    return set;
  }

  private async users(ids: readonly string[]): Promise<(User | null)[]> {
    const users = await this.dataSource.getRepository(User).findBy({ id: In([...ids]) });
    const byId = new Map(users.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async userCounts(partnerIds: readonly string[]): Promise<number[]> {
    const rows: { partner_id: string; count: string }[] = await this.dataSource.query(
      `SELECT partner_id, count(*) AS count FROM users WHERE partner_id = ANY($1) AND status <> 'DEACTIVATED' GROUP BY partner_id`,
      [[...partnerIds]],
    );
    const byId = new Map(rows.map((r) => [r.partner_id, Number(r.count)]));
    return partnerIds.map((id) => byId.get(id) ?? 0);
  }
}
