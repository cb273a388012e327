import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsBoolean, IsOptional } from 'class-validator';
import { DataSource, In } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { readCsv } from '../../core/csv/csv';
import { CsvImportInput, CsvImportResult, CsvRowError, enumCell, keyedImportTotals, optionalCell, repeatedKeyCheck, rowError, validateCsvRow } from '../../core/csv/csv-import';
import { DomainError } from '../../core/errors/domain-error';
import { booleanCell } from '../products/products-import.service';
import { RewardItemInput } from './dto/reward-item.input';
import { RewardCatalogueService } from './reward-catalogue.service';
import { RewardItem } from './reward-item.entity';

/** The columns of a reward item file; the header names are part of the API. */
export const REWARD_ITEM_CSV = {
  required: ['sku', 'title_fr', 'title_en', 'category', 'delivery', 'points_cost'],
  optional: ['description_fr', 'description_en', 'image_urls', 'stock', 'limit_per_user', 'limit_period', 'available_from', 'available_to', 'active'],
} as const;

/** DTO property -> CSV column, for the errors the user reads. */
const COLUMN: Record<string, string> = {
  titleFr: 'title_fr',
  titleEn: 'title_en',
  descriptionFr: 'description_fr',
  descriptionEn: 'description_en',
  imageUrls: 'image_urls',
  pointsCost: 'points_cost',
  limitPerUser: 'limit_per_user',
  limitPeriod: 'limit_period',
  availableFrom: 'available_from',
  availableTo: 'available_to',
};

/** A file row obeys the rules of createRewardItem, with an optional active flag. */
class RewardItemCsvRow extends RewardItemInput {
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** Whole numbers stay text when they are not, for the validator to refuse with the column's name. */
const intCell = (value: string | undefined) => {
  const cell = optionalCell(value);
  return cell !== undefined && /^-?\d+$/.test(cell) ? Number(cell) : cell;
};

/**
 * Reward items by CSV, upserted by SKU. Image URLs are separated by spaces or `|`. Segments are not
 * in the file: a new item is open to every partner, an existing one keeps its segments.
 */
@Injectable()
export class RewardItemsImportService {
  private readonly logger = new Logger(RewardItemsImportService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async import(actor: Actor, input: CsvImportInput): Promise<CsvImportResult> {
    const table = readCsv(input.csv, REWARD_ITEM_CSV);
    const errors: CsvRowError[] = [];
    const valid: RewardItemCsvRow[] = [];
    const repeated = repeatedKeyCheck('sku', 'SKU');
    for (const [index, cells] of table.rows.entries()) {
      const row = index + 1;
      const checked = await validateCsvRow(
        RewardItemCsvRow,
        {
          sku: cells.sku,
          titleFr: cells.title_fr,
          titleEn: cells.title_en,
          descriptionFr: cells.description_fr ?? '',
          descriptionEn: cells.description_en ?? '',
          imageUrls: (cells.image_urls ?? '').split(/[\s|]+/).filter(Boolean),
          category: enumCell(cells.category),
          delivery: enumCell(cells.delivery),
          pointsCost: intCell(cells.points_cost),
          stock: intCell(cells.stock),
          segmentIds: [],
          limitPerUser: intCell(cells.limit_per_user),
          limitPeriod: enumCell(cells.limit_period),
          availableFrom: optionalCell(cells.available_from),
          availableTo: optionalCell(cells.available_to),
          active: booleanCell(cells.active),
        },
        row,
        (property) => COLUMN[property] ?? property,
      );
      const rowErrors = [...checked.errors];
      if (rowErrors.length === 0) {
        try {
          RewardCatalogueService.fieldsOf(checked.value);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          rowErrors.push(rowError(row, 'available_to', error.code, error.message, error.fields[0]?.reason ?? null));
        }
      }
      const again = repeated(row, checked.value.sku);
      if (again) rowErrors.push(again);
      if (rowErrors.length) errors.push(...rowErrors);
      else valid.push(checked.value);
    }

    const existing = new Set(
      (await this.dataSource.getRepository(RewardItem).find({ select: { sku: true }, where: { sku: In(valid.map((v) => v.sku)) } })).map((i) => i.sku),
    );
    const result = keyedImportTotals(table.rows.length, valid.map((v) => v.sku), existing, errors);
    if (errors.length > 0 || input.dryRun) return { ...result, committed: false };

    await this.dataSource.transaction(async (manager) => {
      for (const value of valid) {
        const fields = RewardCatalogueService.fieldsOf(value);
        // A row without an active cell creates an active item and leaves an existing one as it is.
        const columns = Object.keys(fields).map((key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
        await manager
          .createQueryBuilder()
          .insert()
          .into(RewardItem)
          .values({ ...fields, ...(value.active !== undefined ? { active: value.active } : {}) })
          .orUpdate([...columns, ...(value.active !== undefined ? ['active'] : []), 'updated_at'], ['sku'])
          .execute();
      }
    });
    this.logger.log({ by: actor.userId, created: result.created, updated: result.updated }, 'Reward items imported');
    return { ...result, committed: true };
  }
}
