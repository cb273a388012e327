import { DomainError, invalidField, unauthenticated } from '../../core/errors/domain-error';

/** Errors of sign-in and sessions; the apps translate them under errors.<CODE>. */
export const AuthErrors = {
  invalidCredentials: () => unauthenticated('INVALID_CREDENTIALS'),
  accountNotActive: () => unauthenticated('ACCOUNT_NOT_ACTIVE'),
  refreshTokenInvalid: () => unauthenticated('REFRESH_TOKEN_INVALID'),
  refreshTokenReused: () => unauthenticated('REFRESH_TOKEN_REUSED'),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new DomainError('TOO_MANY_ATTEMPTS', 'TOO_MANY_REQUESTS', 'Too many failed sign-in attempts', [], { retryAfterSeconds }),
  /** reason: the password policy's problem (tooShort, tooLong, needsLetterAndDigit). */
  weakPassword: (reason: string) => invalidField('WEAK_PASSWORD', 'password', reason),
};
