import type { DataSource, QueryRunner } from 'typeorm';

import { AuditActor, auditContext } from './audit-context';

/** The settings the audit trigger reads (see the AddAuditLog migration). */
const SET_ACTOR = `SELECT set_config('relais.actor_id', $1, true), set_config('relais.actor_role', $2, true),
  set_config('relais.operation', $3, true), set_config('relais.client_address', $4, true)`;

// Statements that may write. A read is left as it is; a WITH may hold a write, so it counts.
const MAY_WRITE = /^(?:\s+|--[^\n]*\n|\/\*[\s\S]*?\*\/)*(?:insert|update|delete|merge|with)\b/i;

/**
 * Makes every query runner of `dataSource` tell PostgreSQL who acts, when a back-office user does:
 * right after BEGIN, transaction-local settings (`set_config(..., true)`) that end with the
 * transaction, so a pooled connection never carries one request's user into another's work.
 * A write outside any transaction (query builder insert/update, `dataSource.query`) is run in one
 * of its own for the same reason. One place, so no service has to remember; without an actor in
 * the audit context (partners, workers, migrations, the CLI) nothing is added.
 */
export function auditQueryRunners(dataSource: DataSource): void {
  const driver = dataSource.driver;
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => audited(create(mode));
}

function audited(runner: QueryRunner): QueryRunner {
  const startTransaction = runner.startTransaction.bind(runner);
  const query = runner.query.bind(runner) as (sql: string, parameters?: unknown[], structured?: boolean) => Promise<unknown>;

  runner.startTransaction = async (isolationLevel) => {
    const outermost = !runner.isTransactionActive;
    await startTransaction(isolationLevel);
    const actor = auditContext.current();
    if (outermost && actor) await query(SET_ACTOR, parametersOf(actor));
  };

  const auditedQuery = async (sql: string, parameters?: unknown[], structured?: boolean): Promise<unknown> => {
    if (runner.isTransactionActive || !auditContext.current() || !MAY_WRITE.test(sql)) return query(sql, parameters, structured);
    await runner.startTransaction();
    try {
      const result = await query(sql, parameters, structured);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  };
  runner.query = auditedQuery as QueryRunner['query'];
  return runner;
}

const parametersOf = (actor: AuditActor) => [actor.userId, actor.role, actor.operation, actor.clientAddress ?? ''];
