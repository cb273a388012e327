import { createI18n } from '@relais/i18n';

import { errorCode, errorMessage, fieldErrors, type Translate } from './error-message';

const en = createI18n('en').t as unknown as Translate;
const fr = createI18n('fr').t as unknown as Translate;

const gqlError = (extensions: Record<string, unknown>, message = 'server text that must not show') => ({
  name: 'CombinedGraphQLErrors',
  message,
  errors: [{ message, extensions }],
});

describe('errorMessage', () => {
  it('translates a domain code', () => {
    expect(errorMessage(en, gqlError({ code: 'INVALID_CREDENTIALS', kind: 'UNAUTHENTICATED' }))).toBe(
      'The e-mail address or the password is not correct.',
    );
    expect(errorMessage(fr, gqlError({ code: 'INVALID_CREDENTIALS', kind: 'UNAUTHENTICATED' }))).toBe(
      'L’adresse e-mail ou le mot de passe est incorrect.',
    );
  });

  it("says until when a locked account stays locked, in the reader's language", () => {
    const lockedUntil = new Date(2026, 10, 23, 14, 5).toISOString();
    const error = gqlError({ code: 'ACCOUNT_LOCKED', kind: 'TOO_MANY_REQUESTS', details: { lockedUntil, retryAfterSeconds: 900 } });
    expect(errorMessage(en, error)).toBe('This account is locked after too many wrong passwords. Try again after 2:05 PM.');
    expect(errorMessage(fr, error)).toBe('Ce compte est verrouillé après trop de mots de passe erronés. Réessayez après 14:05.');
    expect(errorMessage(en, gqlError({ code: 'ACCOUNT_LOCKED', kind: 'TOO_MANY_REQUESTS' }))).toBe(
      'Too many attempts. Please wait a moment and try again.',
    );
  });

  it("fills a code's message with its details", () => {
    const error = gqlError({ code: 'QUERY_TOO_DEEP', kind: 'BAD_INPUT', details: { limit: 10 } });
    expect(errorMessage(fr, error)).toBe('Cette requête imbrique trop de niveaux (au plus 10). Demandez moins de champs imbriqués.');
  });

  it('names the field and the broken rule for invalid input', () => {
    const error = gqlError({ code: 'INVALID_INPUT', kind: 'BAD_INPUT', field: 'email', reason: 'isEmail' });
    expect(errorMessage(en, error)).toBe('E-mail address must be a valid e-mail address.');
    expect(errorMessage(fr, error)).toBe('Adresse e-mail doit être une adresse e-mail valide.');
  });

  it('uses the last part of a dotted field path for its label', () => {
    const error = gqlError({ code: 'INVALID_INPUT', field: 'criteria.countries', reason: 'isISO31661Alpha2' });
    expect(errorMessage(en, error)).toBe('Countries must be a two-letter country code (e.g. FR).');
  });

  it('explains a weak password by its reason', () => {
    const error = gqlError({ code: 'WEAK_PASSWORD', kind: 'BAD_INPUT', field: 'password', reason: 'needsLetterAndDigit' });
    expect(errorMessage(en, error)).toBe('Password must contain at least one letter and one digit.');
  });

  it('prefers the domain code over the reason when the code is specific', () => {
    const error = gqlError({ code: 'EMAIL_TAKEN', kind: 'BAD_INPUT', field: 'email', reason: 'unique' });
    expect(errorMessage(en, error)).toBe('An account already uses this e-mail address.');
  });

  it('tells how many minutes to wait after too many sign-in attempts', () => {
    const error = gqlError({ code: 'TOO_MANY_ATTEMPTS', kind: 'TOO_MANY_REQUESTS', details: { retryAfterSeconds: 290 } });
    expect(errorMessage(en, error)).toBe('Too many sign-in attempts. Please try again in 5 minutes.');
    expect(errorMessage(en, gqlError({ code: 'TOO_MANY_ATTEMPTS', details: { retryAfterSeconds: 30 } }))).toBe(
      'Too many sign-in attempts. Please try again in 1 minute.',
    );
  });

  it('falls back to the kind, then to a generic sentence, for an unknown code', () => {
    expect(errorMessage(en, gqlError({ code: 'SOMETHING_NEW', kind: 'NOT_FOUND' }))).toBe(
      'What you are looking for does not exist or is not available to you.',
    );
    expect(errorMessage(en, gqlError({ code: 'SOMETHING_NEW' }))).toBe('Something went wrong. Please try again.');
  });

  it('reports NETWORK for anything that is not a GraphQL answer', () => {
    expect(errorMessage(en, new TypeError('Failed to fetch'))).toBe(
      'The server cannot be reached. Check your connection and try again.',
    );
    expect(errorCode({ name: 'ServerError', statusCode: 502 })).toBe('NETWORK');
  });

  it('never shows the server message', () => {
    const message = errorMessage(en, gqlError({ code: 'INTERNAL' }, 'relation "users" does not exist'));
    expect(message).not.toContain('relation');
  });

  it('maps the schema validation of Apollo Server to bad input', () => {
    expect(errorCode(gqlError({ code: 'GRAPHQL_VALIDATION_FAILED' }))).toBe('BAD_INPUT');
  });
});

describe('fieldErrors', () => {
  it('translates every field problem, keyed by field path', () => {
    const error = gqlError({
      code: 'INVALID_INPUT',
      field: 'email',
      reason: 'isEmail',
      fields: [
        { field: 'email', reason: 'isEmail' },
        { field: 'firstName', reason: 'isNotEmpty' },
      ],
    });
    expect(fieldErrors(en, error)).toEqual({
      email: 'E-mail address must be a valid e-mail address.',
      firstName: 'First name is required.',
    });
  });

  it('is empty for an error without fields', () => {
    expect(fieldErrors(en, gqlError({ code: 'FORBIDDEN' }))).toEqual({});
    expect(fieldErrors(en, new Error('offline'))).toEqual({});
  });
});
