/** The part of i18next's t() these helpers use: a list of keys is tried in order. */
export type Translate = (key: string | string[], options?: Record<string, unknown>) => string;

interface GraphQLErrorLike {
  message?: string;
  extensions?: Record<string, unknown> | null;
}

export interface FieldProblem {
  field: string;
  reason: string;
}

/** Field errors whose reason says more than the code (the code only says "bad input"). */
const REASON_DRIVEN_CODES = new Set(['INVALID_INPUT', 'BAD_INPUT', 'WEAK_PASSWORD']);

/** Codes of Apollo Server itself (requests the schema refused before any resolver ran). */
const SERVER_CODES: Record<string, string> = {
  GRAPHQL_VALIDATION_FAILED: 'BAD_INPUT',
  GRAPHQL_PARSE_FAILED: 'BAD_INPUT',
  BAD_USER_INPUT: 'BAD_INPUT',
  BAD_REQUEST: 'BAD_INPUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL',
};

function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] | null {
  if (!error || typeof error !== 'object') return null;
  // Apollo Client 4's CombinedGraphQLErrors carries `errors`; a single formatted error is accepted too.
  const errors = (error as { errors?: unknown }).errors;
  if (Array.isArray(errors) && errors.length > 0) return errors as GraphQLErrorLike[];
  if ('extensions' in error && (error as GraphQLErrorLike).extensions) return [error as GraphQLErrorLike];
  return null;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** The translated label of an input field: `fields.<path>`, then `fields.<last part>` (criteria.countries → countries). */
export function fieldLabel(t: Translate, field: string): string {
  const last = field.split('.').pop() ?? field;
  return t([`fields.${field}`, `fields.${last}`], { defaultValue: last });
}

/** One sentence for one field problem, e.g. "E-mail address must be a valid e-mail address." */
export function fieldProblemMessage(t: Translate, problem: FieldProblem, code?: string): string {
  const keys = [`validation.${problem.reason}`];
  if (code && !REASON_DRIVEN_CODES.has(code)) keys.unshift(`errors.${code}`);
  return t([...keys, 'validation.default'], { field: fieldLabel(t, problem.field) });
}

/** The API's error code of an error (`extensions.code`), or NETWORK when no GraphQL answer came back. */
export function errorCode(error: unknown): string {
  const [first] = graphQLErrorsOf(error) ?? [];
  if (!first) return 'NETWORK';
  const code = str(first.extensions?.['code']) ?? 'UNKNOWN';
  return SERVER_CODES[code] ?? code;
}

/**
 * A translated sentence for an error of an operation: from extensions.code (and the field and
 * reason for bad input). Never the server's own message, which is neither translated nor meant
 * for users. Anything that is not a GraphQL answer (offline, proxy down) is NETWORK.
 */
export function errorMessage(t: Translate, error: unknown): string {
  const [first] = graphQLErrorsOf(error) ?? [];
  if (!first) return t('errors.NETWORK');
  const extensions = first.extensions ?? {};
  const code = errorCode(error);
  const kind = str(extensions['kind']);
  const field = str(extensions['field']);
  const reason = str(extensions['reason']);
  const fallback = [...(kind ? [`errors.${kind}`] : []), 'errors.UNKNOWN'];

  if (code === 'TOO_MANY_ATTEMPTS') {
    const details = extensions['details'] as { retryAfterSeconds?: unknown } | undefined;
    const seconds = typeof details?.retryAfterSeconds === 'number' ? details.retryAfterSeconds : 60;
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return t('errors.TOO_MANY_ATTEMPTS', { minutes, count: minutes });
  }
  if (code === 'ACCOUNT_LOCKED') {
    const details = extensions['details'] as { lockedUntil?: unknown } | undefined;
    const until = typeof details?.lockedUntil === 'string' ? new Date(details.lockedUntil) : null;
    if (until && !Number.isNaN(until.getTime())) {
      // i18next formats the time in the reader's language and time zone (14:05, 2:05 PM).
      return t('errors.ACCOUNT_LOCKED', { time: until, formatParams: { time: { hour: 'numeric', minute: '2-digit' } } });
    }
    return t('errors.TOO_MANY_REQUESTS');
  }
  if (field && reason && REASON_DRIVEN_CODES.has(code)) return fieldProblemMessage(t, { field, reason }, code);
  if (field) return t([`errors.${code}`, `validation.${reason ?? 'default'}`, ...fallback], { field: fieldLabel(t, field) });
  if (code === 'INVALID_INPUT') return t('errors.INVALID_INPUT_noField');
  // The details of a code fill its message (the limit a request went over, …).
  const details = extensions['details'];
  return t([`errors.${code}`, ...fallback], details && typeof details === 'object' ? { ...details } : undefined);
}

/**
 * Every field problem of a bad-input error, translated and keyed by the field's path, for inline
 * messages beside the inputs: `{ email: 'E-mail address is already used.' }`.
 */
export function fieldErrors(t: Translate, error: unknown): Record<string, string> {
  const [first] = graphQLErrorsOf(error) ?? [];
  if (!first?.extensions) return {};
  const code = errorCode(error);
  const listed = Array.isArray(first.extensions['fields']) ? (first.extensions['fields'] as FieldProblem[]) : [];
  const single = str(first.extensions['field']);
  const problems = listed.length ? listed : single ? [{ field: single, reason: str(first.extensions['reason']) ?? 'default' }] : [];
  const result: Record<string, string> = {};
  for (const problem of problems) {
    result[problem.field] ??= fieldProblemMessage(t, problem, code);
  }
  return result;
}
