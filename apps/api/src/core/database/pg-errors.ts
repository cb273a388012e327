import { QueryFailedError } from 'typeorm';

/** The SQLSTATE of a failed query (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
const sqlState = (error: unknown): string | undefined => (error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined);

/** A unique index refused the row: the caller answers with its own "already exists" error. */
export const isUniqueViolation = (error: unknown) => sqlState(error) === '23505';

/** A foreign key (NO ACTION or RESTRICT) kept a referenced row from being deleted. */
export const isStillReferenced = (error: unknown) => ['23503', '23001'].includes(sqlState(error) ?? '');
