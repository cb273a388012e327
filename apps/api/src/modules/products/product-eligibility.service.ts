import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';

import { invalidField } from '../../core/errors/domain-error';
import { Segment } from '../segments/segment.entity';
import { SegmentsService } from '../segments/segments.service';
import { ProductSegment } from './product-segment.entity';

/** Which segments a product is open to, and whether a partner may declare it. */
@Injectable()
export class ProductEligibilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
  ) {}

  /** The segment ids of each product, in the order asked (empty: open to all). */
  async segmentIdsOf(productIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<string[][]> {
    const rows = await manager.getRepository(ProductSegment).find({ where: { productId: In([...productIds]) }, order: { segmentId: 'ASC' } });
    return productIds.map((id) => rows.filter((r) => r.productId === id).map((r) => r.segmentId));
  }

  /** Replaces the product's segments; unknown ids answer a field error and change nothing (caller's transaction). */
  async setSegments(manager: EntityManager, productId: string, segmentIds: string[], field = 'openToSegmentIds'): Promise<void> {
    const ids = [...new Set(segmentIds)];
    const found = ids.length ? await manager.getRepository(Segment).countBy({ id: In(ids) }) : 0;
    if (found !== ids.length) throw invalidField('SEGMENT_NOT_FOUND', field, 'exists');
    await manager.getRepository(ProductSegment).delete({ productId });
    if (ids.length) await manager.getRepository(ProductSegment).insert(ids.map((segmentId) => ({ productId, segmentId })));
  }

  /** Of these products, those the partner may not declare: open to segments, none of which holds the partner. */
  async notOpenTo(manager: EntityManager, partnerId: string, productIds: readonly string[]): Promise<Set<string>> {
    const segmentIds = await this.segmentIdsOf([...new Set(productIds)], manager);
    const membership = new Map<string, boolean>();
    const closed = new Set<string>();
    for (const [index, productId] of [...new Set(productIds)].entries()) {
      const ids = segmentIds[index];
      if (ids.length === 0) continue;
      let open = false;
      for (const segmentId of ids) {
        if (!membership.has(segmentId)) membership.set(segmentId, await this.segments.isMember(partnerId, segmentId, manager));
        if (membership.get(segmentId)) {
          open = true;
          break;
        }
      }
      if (!open) closed.add(productId);
    }
    return closed;
  }
}
