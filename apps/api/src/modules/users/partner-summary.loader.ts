import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';

import { PartnerSummaryType } from '../partners/dto/partner-summary.type';
import { Partner } from '../partners/partner.entity';

/**
 * Batches the partner summaries of the users of one request into one query. Loaders live
 * as long as their request (keyed by it, weakly), so no cache outlives a request.
 */
@Injectable()
export class PartnerSummaryLoader {
  private readonly byRequest = new WeakMap<object, DataLoader<string, PartnerSummaryType | null>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  forRequest(request: object): DataLoader<string, PartnerSummaryType | null> {
    let loader = this.byRequest.get(request);
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) => this.load(ids));
      this.byRequest.set(request, loader);
    }
    return loader;
  }

  private async load(ids: readonly string[]): Promise<(PartnerSummaryType | null)[]> {
    const partners = await this.dataSource
      .getRepository(Partner)
      .find({ select: { id: true, code: true, name: true }, where: { id: In([...ids]) } });
    const byId = new Map(partners.map((p) => [p.id, { id: p.id, code: p.code, name: p.name }]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
