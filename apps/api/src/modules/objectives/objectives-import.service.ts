import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { readCsv } from '../../core/csv/csv';
import { CsvImportInput, CsvImportResult, CsvRowError, enumCell, optionalCell, rowError, validateCsvRow } from '../../core/csv/csv-import';
import { DomainError } from '../../core/errors/domain-error';
import { PartnersService } from '../partners/partners.service';
import { UsersService } from '../users/users.service';
import { ObjectiveFields } from './dto/objective.input';
import { ObjectiveErrors } from './objectives.errors';
import { NewObjective, ObjectivesService } from './objectives.service';

/** The columns of an objectives file; the header names are part of the API. One of partner_code and user_email per row. */
export const OBJECTIVE_CSV = {
  required: ['metric', 'target', 'start', 'end', 'points'],
  optional: ['partner_code', 'user_email', 'category'],
} as const;

/** DTO property or input field -> CSV column, for the errors the user reads. */
const COLUMN: Record<string, string> = { startDay: 'start', endDay: 'end', partnerId: 'partner_code', userId: 'user_email', productIds: 'category' };

/** Numbers stay text when they are not, for the validator to refuse with the column's name; a decimal comma is read as a point. */
const numberCell = (value: string | undefined) => {
  const cell = optionalCell(value)?.replace(',', '.');
  return cell !== undefined && /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
};

/**
 * Objectives by CSV, each row checked like createObjective (same DTO, same scope rules) and every
 * row created in one transaction, or none when any row is in error.
 */
@Injectable()
export class ObjectivesImportService {
  private readonly logger = new Logger(ObjectivesImportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly objectives: ObjectivesService,
    private readonly partners: PartnersService,
    private readonly users: UsersService,
  ) {}

  async import(actor: Actor, input: CsvImportInput): Promise<CsvImportResult> {
    const table = readCsv(input.csv, OBJECTIVE_CSV);
    const errors: CsvRowError[] = [];
    const valid: NewObjective[] = [];
    const manager = this.dataSource.manager;
    for (const [index, cells] of table.rows.entries()) {
      const row = index + 1;
      const checked = await validateCsvRow(
        ObjectiveFields,
        { metric: enumCell(cells.metric), target: numberCell(cells.target), startDay: cells.start, endDay: cells.end, points: numberCell(cells.points), category: optionalCell(cells.category) },
        row,
        (property) => COLUMN[property] ?? property,
      );
      if (checked.errors.length > 0) {
        // One error per cell: 'abc' as a target breaks several rules, the user needs to read it once.
        errors.push(...checked.errors.filter((e, i, all) => all.findIndex((o) => o.field === e.field) === i));
        continue;
      }
      try {
        const owner = await this.ownerOf(manager, actor, cells);
        valid.push({ ...(await this.objectives.fieldsOf(actor, checked.value)), ...owner, createdById: actor.userId });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const field = error.fields[0]?.field ?? null;
        errors.push(rowError(row, field ? (COLUMN[field] ?? field) : null, error.code, error.message, error.fields[0]?.reason ?? null));
      }
    }
    const result = { totalRows: table.rows.length, validRows: valid.length, created: valid.length, updated: 0, errors };
    if (errors.length > 0 || input.dryRun) return { ...result, committed: false };
    await this.dataSource.transaction((tx) => this.objectives.insert(tx, valid));
    this.logger.log({ by: actor.userId, created: valid.length }, 'Objectives imported');
    return { ...result, committed: true };
  }

  /** The row's partner (by code) or user (by e-mail), within the caller's scope, through the same check as the form. */
  private async ownerOf(manager: EntityManager, actor: Actor, cells: Record<string, string>) {
    const code = optionalCell(cells.partner_code);
    const email = optionalCell(cells.user_email);
    const partner = code ? await this.partners.query(manager).where('upper(p.code) = upper(:code)', { code }).getOne() : null;
    const user = email ? await this.users.findByEmail(manager, email) : null;
    if (code && !partner) throw ObjectiveErrors.partnerNotFound();
    if (email && !user) throw ObjectiveErrors.userNotFound();
    return this.objectives.ownerOf(manager, actor, { partnerId: partner?.id ?? null, userId: user?.id ?? null });
  }
}
