import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsBoolean, IsOptional } from 'class-validator';
import { DataSource, In } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { readCsv } from '../../core/csv/csv';
import { CsvImportInput, CsvImportResult, CsvRowError, keyedImportTotals, optionalCell, repeatedKeyCheck, validateCsvRow } from '../../core/csv/csv-import';
import { CreateProductInput } from './dto/product.input';
import { Product } from './product.entity';

/** The columns of a product file; the header names are part of the API. */
export const PRODUCT_CSV = {
  required: ['sku', 'name', 'category'],
  optional: ['active'],
} as const;

const TRUE = ['true', '1', 'yes', 'y', 'oui', 'o', 'x'];
const FALSE = ['false', '0', 'no', 'n', 'non'];

/** Spreadsheet booleans; anything else is left as text for the validator to refuse. */
export function booleanCell(value: string | undefined): boolean | string | undefined {
  const cell = optionalCell(value)?.toLowerCase();
  if (cell === undefined) return undefined;
  if (TRUE.includes(cell)) return true;
  if (FALSE.includes(cell)) return false;
  return value;
}

/** A file row obeys the rules of createProduct, with an optional active flag. */
class ProductCsvRow extends CreateProductInput {
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

const CHUNK = 500;

@Injectable()
export class ProductsImportService {
  private readonly logger = new Logger(ProductsImportService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async import(actor: Actor, input: CsvImportInput): Promise<CsvImportResult> {
    const table = readCsv(input.csv, PRODUCT_CSV);
    const errors: CsvRowError[] = [];
    const valid: ProductCsvRow[] = [];
    const repeated = repeatedKeyCheck('sku', 'SKU');
    for (const [index, cells] of table.rows.entries()) {
      const row = index + 1;
      const checked = await validateCsvRow(
        ProductCsvRow,
        { sku: cells.sku, name: cells.name, category: cells.category, active: booleanCell(cells.active) },
        row,
        (property) => property,
      );
      const rowErrors = [...checked.errors];
      const again = repeated(row, checked.value.sku);
      if (again) rowErrors.push(again);
      if (rowErrors.length) errors.push(...rowErrors);
      else valid.push(checked.value);
    }

    const existing = new Set(
      (await this.dataSource.getRepository(Product).find({ select: { sku: true }, where: { sku: In(valid.map((v) => v.sku)) } })).map((p) => p.sku),
    );
    const result = keyedImportTotals(table.rows.length, valid.map((v) => v.sku), existing, errors);
    if (errors.length > 0 || input.dryRun) return { ...result, committed: false };

    await this.dataSource.transaction(async (manager) => {
      // Rows without an active cell create active products and leave existing ones as they are.
      const groups = [valid.filter((v) => v.active !== undefined), valid.filter((v) => v.active === undefined)];
      for (const group of groups) {
        const withActive = group[0]?.active !== undefined;
        for (let i = 0; i < group.length; i += CHUNK) {
          await manager
            .createQueryBuilder()
            .insert()
            .into(Product)
            .values(group.slice(i, i + CHUNK).map((v) => ({ sku: v.sku, name: v.name, category: v.category, ...(withActive ? { active: v.active } : {}) })))
            .orUpdate(['name', 'category', ...(withActive ? ['active'] : []), 'updated_at'], ['sku'])
            .execute();
        }
      }
    });
    this.logger.log({ by: actor.userId, created: result.created, updated: result.updated }, 'Products imported');
    return { ...result, committed: true };
  }
}
