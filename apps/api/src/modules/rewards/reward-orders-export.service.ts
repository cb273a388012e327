import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { User } from '../users/user.entity';
import { RewardOrderFilter } from './dto/reward-order.input';
import { ShippingAddress } from './reward-order.entity';
import { RewardOrdersService } from './reward-orders.service';
import { csvLine, ORDER_EXPORT_COLUMNS } from './reward-orders-export';

const BATCH = 500;

interface ExportRow {
  reference: string;
  created_at: Date;
  partner_code: string;
  partner_name: string;
  ordered_by: string;
  status: string;
  sku: string;
  title_fr: string;
  title_en: string;
  quantity: number;
  points: number;
  shipping_address: ShippingAddress | null;
  delivery_email: string | null;
  carrier: string | null;
  tracking_number: string | null;
}

/** Writes the orders in scope as CSV, one row per order line, oldest first, a batch of orders at a time. */
@Injectable()
export class RewardOrdersExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly orders: RewardOrdersService,
  ) {}

  async write(actor: Actor, filter: RewardOrderFilter, write: (chunk: string) => Promise<void>): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOne({ select: { id: true, locale: true }, where: { id: actor.userId } });
    const english = user?.locale === 'en';
    await write(`\uFEFF${csvLine([...ORDER_EXPORT_COLUMNS])}`);
    // The key is kept as PostgreSQL text: a JS Date would drop the microseconds and repeat rows.
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const query = this.orders.filtered(this.orders.scoped(this.dataSource.manager, actor), filter).select('o.id', 'id').addSelect('o.created_at::text', 'at');
      if (after) query.andWhere('(o.created_at, o.id) > (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))', { afterAt: after.at, afterId: after.id });
      const batch = await query.orderBy('o.created_at', 'ASC').addOrderBy('o.id', 'ASC').limit(BATCH).getRawMany<{ id: string; at: string }>();
      if (batch.length === 0) break;
      const rows: ExportRow[] = await this.dataSource.query(
        `SELECT o.reference, o.created_at, p.code AS partner_code, p.name AS partner_name, u.first_name || ' ' || u.last_name AS ordered_by,
                o.status, i.sku, i.title_fr, i.title_en, l.quantity, l.quantity * l.points_each AS points,
                o.shipping_address, o.delivery_email, o.carrier, o.tracking_number
         FROM reward_orders o JOIN reward_order_lines l ON l.order_id = o.id JOIN reward_items i ON i.id = l.item_id
         JOIN partners p ON p.id = o.partner_id JOIN users u ON u.id = o.ordered_by_id
         WHERE o.id = ANY($1::uuid[]) ORDER BY o.created_at, o.id, l.position`,
        [batch.map((o) => o.id)],
      );
      let chunk = '';
      for (const row of rows) {
        const address = row.shipping_address;
        chunk += csvLine([
          row.reference,
          new Date(row.created_at).toISOString(),
          row.partner_code,
          row.partner_name,
          row.ordered_by,
          row.status,
          row.sku,
          english ? row.title_en : row.title_fr,
          row.quantity,
          row.points,
          address?.recipient,
          address?.line1,
          address?.line2,
          address?.postalCode,
          address?.city,
          address?.country,
          address?.phone,
          row.delivery_email,
          row.carrier,
          row.tracking_number,
        ]);
      }
      await write(chunk);
      const last = batch[batch.length - 1];
      after = { at: last.at, id: last.id };
      if (batch.length < BATCH) break;
    }
  }
}
