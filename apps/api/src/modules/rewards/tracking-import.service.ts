import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { readCsv } from '../../core/csv/csv';
import { CsvImportInput, CsvImportResult, CsvRowError, optionalCell, repeatedKeyCheck, rowError, validateCsvRow } from '../../core/csv/csv-import';
import { ShipOrderInput } from './dto/reward-order.input';
import { RewardOrder } from './reward-order.entity';
import { RewardOrdersService } from './reward-orders.service';

/** The file a fulfilment house sends back; the header names are part of the API. */
export const TRACKING_CSV = {
  required: ['reference', 'carrier', 'tracking_number'],
  optional: ['tracking_url'],
} as const;

const COLUMN: Record<string, string> = { trackingNumber: 'tracking_number', trackingUrl: 'tracking_url' };

/** Tracking numbers by CSV: each row ships one APPROVED order in the caller's scope; one bad row and nothing ships. */
@Injectable()
export class TrackingImportService {
  private readonly logger = new Logger(TrackingImportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly orders: RewardOrdersService,
  ) {}

  async import(actor: Actor, input: CsvImportInput): Promise<CsvImportResult> {
    const table = readCsv(input.csv, TRACKING_CSV);
    const references = table.rows.map((cells) => (cells.reference ?? '').trim().toUpperCase());
    const found = await this.orders
      .scoped(this.dataSource.manager, actor)
      .andWhere('o.reference IN (:...references)', { references: references.length ? references : [''] })
      .getMany();
    const byReference = new Map(found.map((o) => [o.reference, o]));
    const errors: CsvRowError[] = [];
    const valid: { order: RewardOrder; shipping: ShipOrderInput }[] = [];
    const repeated = repeatedKeyCheck('reference', 'Order');
    for (const [index, cells] of table.rows.entries()) {
      const row = index + 1;
      const checked = await validateCsvRow(
        ShipOrderInput,
        { carrier: cells.carrier, trackingNumber: cells.tracking_number, trackingUrl: optionalCell(cells.tracking_url) },
        row,
        (property) => COLUMN[property] ?? property,
      );
      const rowErrors = [...checked.errors];
      const reference = references[index];
      const order = byReference.get(reference);
      // Orders out of scope are not found, as everywhere.
      if (!order) rowErrors.push(rowError(row, 'reference', 'REWARD_ORDER_NOT_FOUND', `No order ${reference}`, 'exists'));
      else if (order.status !== 'APPROVED') rowErrors.push(rowError(row, 'reference', 'REWARD_ORDER_STATUS_CONFLICT', `Order ${reference} is ${order.status}`, order.status));
      const again = repeated(row, reference);
      if (again) rowErrors.push(again);
      if (rowErrors.length) errors.push(...rowErrors);
      else if (order) valid.push({ order, shipping: checked.value });
    }
    const result = { totalRows: table.rows.length, validRows: valid.length, created: 0, updated: valid.length, errors };
    if (errors.length > 0 || input.dryRun) return { ...result, committed: false };
    await this.dataSource.transaction(async (manager) => {
      for (const { order, shipping } of [...valid].sort((a, b) => (a.order.id < b.order.id ? -1 : 1))) {
        await this.orders.transitionIn(manager, actor, order.id, this.orders.shipping(shipping));
      }
    });
    this.logger.log({ by: actor.userId, shipped: valid.length }, 'Tracking numbers imported');
    return { ...result, committed: true };
  }
}
