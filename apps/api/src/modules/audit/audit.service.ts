import { Injectable } from '@nestjs/common';
import { AuditAction, Role } from '@relais/domain';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { PageInput, pageOf } from '../../core/graphql/page.input';
import { AuditChangeType, AuditEntryPageType, AuditEntryType } from './dto/audit-entry.type';
import { AuditEntryFilter } from './dto/audit-entry-filter.input';

const COUNT_CAP = 10_000;

interface EntryRow {
  id: string;
  at: Date;
  actor_user_id: string;
  actor_role: Role;
  operation: string;
  client_address: string | null;
  object_type: string;
  object_id: string;
  action: AuditAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changed_keys: string[];
  first_name: string | null;
  last_name: string | null;
  email: string | null;
}

/**
 * Reads the audit log. Entries are written by the database triggers alone (see core/audit), and
 * nothing here or anywhere in the API changes them.
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A brand admin reads every entry; a channel manager only their own changes (what they did is
   * theirs to check; other people's changes may be about partners outside their scope).
   */
  async entries(actor: Actor, filter: AuditEntryFilter = {}, page?: PageInput | null): Promise<AuditEntryPageType> {
    const { offset, limit } = pageOf(page);
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (actor.role !== 'BRAND_ADMIN') add((p) => `e.actor_user_id = ${p}`, actor.userId);
    if (filter.actorId) add((p) => `e.actor_user_id = ${p}`, filter.actorId);
    if (filter.objectType) add((p) => `e.object_type = ${p}`, filter.objectType);
    if (filter.objectId) add((p) => `e.object_id = ${p}`, filter.objectId);
    if (filter.from) add((p) => `e.at >= ${p}::date::timestamp AT TIME ZONE 'UTC'`, filter.from);
    if (filter.to) add((p) => `e.at < (${p}::date + 1)::timestamp AT TIME ZONE 'UTC'`, filter.to);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';

    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<EntryRow[]>(
        `SELECT e.*, u.first_name, u.last_name, u.email
           FROM audit_entries e LEFT JOIN users u ON u.id = e.actor_user_id
           ${whereSql}
          ORDER BY e.at DESC, e.id DESC
          LIMIT ${limit} OFFSET ${offset}`,
        params,
      ),
      // Counting stops past the cap: the log grows with every approval, and an exact count of millions
      // of rows would cost more than the page it sits on.
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM (SELECT 1 FROM audit_entries e ${whereSql} LIMIT ${COUNT_CAP + 1}) counted`,
        params,
      ),
    ]);
    return { items: rows.map(toEntry), total: Math.min(total, COUNT_CAP), totalCapped: total > COUNT_CAP };
  }

  /**
   * Replaces the values of `columns` with REDACTED in the before and after of every entry about
   * these rows of `table`, in `manager`'s transaction (an end customer's erasure: the log copied
   * the whole row at each back-office change). The only change the database lets anyone make to
   * the log, through the audit_redact function; returns how many entries held such a value.
   */
  async redact(manager: EntityManager, table: string, objectIds: readonly string[], columns: readonly string[]): Promise<number> {
    const [{ redacted }] = await manager.query<{ redacted: number }[]>('SELECT audit_redact($1, $2::text[], $3::text[]) AS redacted', [table, [...objectIds], [...columns]]);
    return redacted;
  }
}

/** What a redacted value reads as in the log (see the RedactableAuditLog migration). */
export const REDACTED = '[erased]';

function toEntry(row: EntryRow): AuditEntryType {
  const name = [row.first_name, row.last_name].filter(Boolean).join(' ');
  return {
    id: row.id,
    at: row.at,
    actorId: row.actor_user_id,
    actorName: name || null,
    actorEmail: row.email,
    actorRole: row.actor_role,
    operation: row.operation,
    clientAddress: row.client_address,
    objectType: row.object_type,
    objectId: row.object_id,
    action: row.action,
    changes: row.changed_keys.map((field): AuditChangeType => ({ field, before: valueOf(row.before, field), after: valueOf(row.after, field) })),
  };
}

const valueOf = (row: Record<string, unknown> | null, field: string) => (row && field in row ? JSON.stringify(row[field]) : null);
