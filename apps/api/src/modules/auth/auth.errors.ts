import { DomainError, invalidField, unauthenticated } from '../../core/errors/domain-error';

/** Errors of sign-in and sessions; the apps translate them under errors.<CODE>. */
export const AuthErrors = {
  invalidCredentials: () => unauthenticated('INVALID_CREDENTIALS'),
  accountNotActive: () => unauthenticated('ACCOUNT_NOT_ACTIVE'),
  refreshTokenInvalid: () => unauthenticated('REFRESH_TOKEN_INVALID'),
  refreshTokenReused: () => unauthenticated('REFRESH_TOKEN_REUSED'),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new DomainError('TOO_MANY_ATTEMPTS', 'TOO_MANY_REQUESTS', 'Too many failed sign-in attempts', [], { retryAfterSeconds }),
  /** Too many wrong passwords: refused until lockedUntil, which the apps show in the reader's time. */
  accountLocked: (lockedUntil: Date) =>
    new DomainError('ACCOUNT_LOCKED', 'TOO_MANY_REQUESTS', 'Account locked after too many failed sign-ins', [], {
      lockedUntil: lockedUntil.toISOString(),
      retryAfterSeconds: Math.max(1, Math.ceil((lockedUntil.getTime() - Date.now()) / 1000)),
    }),
  /** reason: the password policy's problem (tooShort, tooLong, needsLetterAndDigit). */
  weakPassword: (reason: string) => invalidField('WEAK_PASSWORD', 'password', reason),
};
