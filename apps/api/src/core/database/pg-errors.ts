import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

/** The SQLSTATE of a failed query (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
const sqlState = (error: unknown): string | undefined => (error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined);

/** A unique index refused the row: the caller answers with its own "already exists" error. */
export const isUniqueViolation = (error: unknown) => sqlState(error) === '23505';

/** A foreign key (NO ACTION or RESTRICT) kept a referenced row from being deleted. */
export const isStillReferenced = (error: unknown) => ['23503', '23001'].includes(sqlState(error) ?? '');

/**
 * The database could not answer: the connection was cut (a restart, a failover, a killed backend),
 * the server is starting or shutting down, or it has no connection left. Nothing of the request's
 * transaction was committed, so the client may simply try again.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // TypeORM releases a transaction's query runner when its connection breaks; the transaction's next query then says so.
  if (error instanceof QueryRunnerAlreadyReleasedError || error instanceof QueryRunnerProviderAlreadyReleasedError) return true;
  const driver = error instanceof QueryFailedError ? (error.driverError as { code?: string; message?: string }) : (error as { code?: string; message?: string } | null);
  const code = driver?.code ?? '';
  // SQLSTATE class 08 (connection exception), 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now), 53300 (too many connections).
  if (code.startsWith('08') || ['57P01', '57P02', '57P03', '53300', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE'].includes(code)) return true;
  // node-postgres reports a socket closed under it, or a pool that cannot connect in time, without a code.
  return /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect/.test(driver?.message ?? '');
}
