import { DomainError, forbidden, notFound, unauthenticated } from '../../core/errors/domain-error';

/** Errors of API keys; the apps translate them under errors.<CODE>. */
export const ApiKeyErrors = {
  /** Unknown, revoked, or its creator no longer holds the role: one answer for all, nothing to probe. */
  invalid: () => unauthenticated('API_KEY_INVALID', 'Invalid or revoked API key'),
  operationNotAllowed: (operation: string) =>
    forbidden('API_KEY_OPERATION_NOT_ALLOWED', `An API key may not call ${operation}`),
  rateLimited: (retryAfterSeconds: number) =>
    new DomainError('RATE_LIMITED', 'TOO_MANY_REQUESTS', 'Too many requests with this API key', [], { retryAfterSeconds }),
  notFound: () => notFound('API_KEY_NOT_FOUND', 'API key not found'),
  /** Keys cannot make or manage keys: a leaked key must not be able to mint others. */
  notWithKey: () => forbidden('API_KEY_OPERATION_NOT_ALLOWED', 'Keys are managed by signed-in users only'),
};
