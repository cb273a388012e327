import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createI18n, type Locale } from '@relais/i18n';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { DataSource, QueryRunner } from 'typeorm';

import { csvLineSql } from './csv-line-sql';
import { csvConventions, ExportPlan } from './export-columns';

/** Resolves when the client has taken what was written, or has gone away. */
function drained(response: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}

/**
 * A batch as strings of CHUNK lines: strings over ~128 KB go to V8's large-object space, which only
 * a full collection frees, and a megabyte per batch piled up there by the hundred before one ran.
 */
const CHUNK = 100;
function chunks(rows: { line: string }[]): string[] {
  const texts: string[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) texts.push(rows.slice(i, i + CHUNK).map((row) => row.line).join(''));
  return texts;
}

/** Rows fetched from the cursor at a time: a few MB of JS objects at most, whatever the export's size. */
export const EXPORT_BATCH = 5000;

/**
 * Streams an export plan as CSV into an HTTP response. The records are read through a server-side
 * cursor in one REPEATABLE READ, READ ONLY transaction, so the count sent up front and every batch
 * see the same snapshot while writers carry on. Each batch is written only once the client has
 * taken the previous one (drain), so memory stays flat however large the export; a client that goes
 * away ends the transaction and gives the connection back at the next batch.
 */
@Injectable()
export class CsvExportService {
  private readonly logger = new Logger(CsvExportService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async send(plan: ExportPlan, locale: Locale, response: Response): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let open = false;
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      open = true;
      // Every row will be read: plan for the whole result, not for the first rows as for a cursor by default.
      await runner.query('SET LOCAL cursor_tuple_fraction = 1');
      const [{ total }] = (await runner.query(`SELECT count(*)::int AS total ${plan.from}`, plan.params)) as { total: number }[];
      response.status(200).set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="relais-${plan.kind}-${new Date().toISOString().slice(0, 10)}.csv"`,
        'X-Total-Count': String(total),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      const started = Date.now();
      const written = await this.writeRows(runner, plan, locale, response);
      if (written === null) {
        this.logger.log({ kind: plan.kind, total }, 'Export left by the client');
        return;
      }
      await runner.query('COMMIT');
      open = false;
      response.end();
      this.logger.log({ kind: plan.kind, rows: written, ms: Date.now() - started }, 'Export sent');
    } catch (error) {
      if (!response.headersSent) throw error;
      // The status is already 200: cutting the connection is the only way to tell the client the file is incomplete.
      this.logger.error({ kind: plan.kind, err: error }, 'Export failed while streaming');
      response.destroy(error instanceof Error ? error : undefined);
    } finally {
      if (open) await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }

  /** The rows written, or null when the client went away first. */
  private async writeRows(runner: QueryRunner, plan: ExportPlan, locale: Locale, response: Response): Promise<number | null> {
    const conventions = csvConventions(locale);
    const t = createI18n(locale).t;
    const cell = (text: string) => stringify([[text]], { delimiter: conventions.delimiter }).slice(0, -1);
    const labels = Object.fromEntries(
      plan.columns
        .filter((column) => column.labels)
        .map((column) => [column.key, Object.fromEntries(Object.entries(t(column.labels as string, { returnObjects: true }) as Record<string, string>).map(([code, label]) => [code, cell(label)]))]),
    );
    const header = plan.columns.map((column) => t(`exports.columns.${plan.kind}.${column.key}`));

    let gone = false;
    response.once('close', () => (gone = !response.writableFinished));
    const write = async (...texts: string[]) => {
      if (gone) return;
      let taken = true;
      for (const text of texts) taken = response.write(text);
      if (!taken) await drained(response);
    };

    // The BOM tells spreadsheet software the file is UTF-8 (accents would be garbled otherwise).
    await write(stringify([header], { delimiter: conventions.delimiter, record_delimiter: 'windows', bom: true }));
    // The rows are sorted as they are (the subquery), and each becomes a CSV record only as it is
    // fetched: the first batch leaves without waiting for a million records to be formatted.
    const raw = plan.columns.map((column, i) => `${column.sql} AS c${i}`).join(', ');
    const line = csvLineSql(
      plan.columns.map((column, i) => ({ ...column, sql: `s.c${i}` })),
      conventions,
      `$${plan.params.length + 1}`,
    );
    await runner.query(`DECLARE relais_export NO SCROLL CURSOR FOR SELECT ${line} AS line FROM (SELECT ${raw} ${plan.from} ORDER BY ${plan.orderBy}) s`, [
      ...plan.params,
      JSON.stringify(labels),
    ]);
    const fetch = () => {
      const rows = runner.query(`FETCH FORWARD ${EXPORT_BATCH} FROM relais_export`) as Promise<{ line: string }[]>;
      // Awaited below; a failure while the previous batch is being written must not count as unhandled meanwhile.
      rows.catch(() => undefined);
      return rows;
    };
    let count = 0;
    for (let next = fetch(); ; ) {
      const rows = await next;
      // PostgreSQL formats the next batch while this one is on its way.
      const more = rows.length === EXPORT_BATCH && !gone;
      if (more) next = fetch();
      count += rows.length;
      await write(...chunks(rows));
      if (!more) break;
    }
    if (gone) return null;
    await runner.query('CLOSE relais_export');
    return count;
  }
}
