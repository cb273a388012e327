import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsEmail, IsOptional } from 'class-validator';
import { DataSource, In } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { readCsv } from '../../core/csv/csv';
import { CsvImportInput, CsvImportResult, CsvRowError, enumCell, keyedImportTotals, optionalCell, repeatedKeyCheck, rowError, validateCsvRow } from '../../core/csv/csv-import';
import { CreatePartnerInput } from './dto/partner.input';
import { Partner } from './partner.entity';
import { PartnersService } from './partners.service';

/** The columns of a partner file; the header names are part of the API. */
export const PARTNER_CSV = {
  required: ['code', 'name', 'type', 'brand_model', 'potential', 'country'],
  optional: ['region', 'city', 'channel_manager_email'],
} as const;

const COLUMN_OF: Record<string, string> = {
  brandModel: 'brand_model',
  channelManagerEmail: 'channel_manager_email',
};
const columnOf = (property: string) => COLUMN_OF[property] ?? property;

/** A file row obeys the rules of createPartner, naming its channel manager by e-mail. */
class PartnerCsvRow extends CreatePartnerInput {
  @IsOptional()
  @IsEmail()
  channelManagerEmail?: string;
}

interface ValidRow {
  row: number;
  value: PartnerCsvRow;
}

const CHUNK = 500;

@Injectable()
export class PartnersImportService {
  private readonly logger = new Logger(PartnersImportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partners: PartnersService,
  ) {}

  async import(actor: Actor, input: CsvImportInput): Promise<CsvImportResult> {
    const table = readCsv(input.csv, PARTNER_CSV);
    const has = (column: string) => table.columns.includes(column);
    const emails = [...new Set(table.rows.map((r) => (r.channel_manager_email ?? '').toLowerCase()).filter(Boolean))];
    const managers = await this.partners.channelManagersByEmail(emails);

    const errors: CsvRowError[] = [];
    const valid: ValidRow[] = [];
    const repeated = repeatedKeyCheck('code', 'Code');
    for (const [index, cells] of table.rows.entries()) {
      const row = index + 1;
      const checked = await validateCsvRow(
        PartnerCsvRow,
        {
          code: cells.code,
          name: cells.name,
          type: enumCell(cells.type),
          brandModel: enumCell(cells.brand_model),
          potential: enumCell(cells.potential),
          country: cells.country,
          region: optionalCell(cells.region),
          city: optionalCell(cells.city),
          channelManagerEmail: optionalCell(cells.channel_manager_email)?.toLowerCase(),
        },
        row,
        columnOf,
      );
      const rowErrors = [...checked.errors];
      const { code, channelManagerEmail } = checked.value;
      const again = repeated(row, code);
      if (again) rowErrors.push(again);
      if (channelManagerEmail && !checked.errors.some((e) => e.field === 'channel_manager_email') && !managers.has(channelManagerEmail)) {
        rowErrors.push(rowError(row, 'channel_manager_email', 'NOT_A_CHANNEL_MANAGER', `${channelManagerEmail} is not an active channel manager`));
      }
      if (rowErrors.length) errors.push(...rowErrors);
      else valid.push({ row, value: checked.value });
    }

    const codes = valid.map((v) => v.value.code);
    const existing = new Set(
      (await this.dataSource.getRepository(Partner).find({ select: { code: true }, where: { code: In(codes) } })).map((p) => p.code),
    );
    const result = keyedImportTotals(table.rows.length, codes, existing, errors);
    if (errors.length > 0 || input.dryRun) return { ...result, committed: false };

    const values = valid.map(({ value }) => ({
      code: value.code,
      name: value.name,
      type: value.type,
      brandModel: value.brandModel,
      potential: value.potential,
      country: value.country,
      ...(has('region') ? { region: value.region ?? '' } : {}),
      ...(has('city') ? { city: value.city ?? '' } : {}),
      ...(has('channel_manager_email')
        ? { channelManagerId: value.channelManagerEmail ? (managers.get(value.channelManagerEmail) as string) : null }
        : {}),
    }));
    // A column left out of the file leaves that attribute of existing partners as it is.
    const overwritten = [
      'name',
      'type',
      'brand_model',
      'potential',
      'country',
      ...['region', 'city'].filter(has),
      ...(has('channel_manager_email') ? ['channel_manager_id'] : []),
      'updated_at',
    ];
    await this.dataSource.transaction(async (manager) => {
      for (let i = 0; i < values.length; i += CHUNK) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(Partner)
          .values(values.slice(i, i + CHUNK))
          .orUpdate(overwritten, ['code'])
          .execute();
      }
    });
    this.logger.log({ by: actor.userId, created: result.created, updated: result.updated }, 'Partners imported');
    return { ...result, committed: true };
  }
}
