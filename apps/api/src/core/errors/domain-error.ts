/**
 * What went wrong, as the client must react to it. The GraphQL layer turns the kind into
 * an HTTP-like class of error and the code into `extensions.code`, which the apps translate.
 */
export type ErrorKind = 'BAD_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

export interface FieldProblem {
  /** Dotted path of the input field, e.g. `email` or `criteria.countries`. */
  field: string;
  /** What rule the value broke, e.g. `isEmail`, `minLength`, `unique`. */
  reason: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string = code,
    readonly fields: FieldProblem[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Bad input on one field: `invalidField('PRODUCT_SKU_TAKEN', 'sku', 'unique')`. */
export const invalidField = (code: string, field: string, reason = code, message?: string) =>
  new DomainError(code, 'BAD_INPUT', message ?? `${field}: ${reason}`, [{ field, reason }]);

export const notFound = (code: string, message?: string) => new DomainError(code, 'NOT_FOUND', message);

export const forbidden = (code = 'FORBIDDEN', message?: string) => new DomainError(code, 'FORBIDDEN', message);

export const conflict = (code: string, message?: string) => new DomainError(code, 'CONFLICT', message);

export const unauthenticated = (code = 'UNAUTHENTICATED', message?: string) =>
  new DomainError(code, 'UNAUTHENTICATED', message);
