import type { GraphQLSchema } from 'graphql';

import { createTestApp, TestApp } from '../support/test-app';
import { Answer, callOperation, inBatches } from './call-operation';
import { Caller, CALLERS, Credentials, credentialsFor, isRefusal } from './callers';
import { minimalOperation, publishedSchema, RootOperation, rootOperations } from './minimal-operation';
import { OPERATION_DECISIONS } from './operation-decisions';

const nameOf = (op: RootOperation) => `${op.type} ${op.field}`;

/**
 * GraphQL refused the document itself: the running API does not have the operation or its
 * arguments as schema.gql says (a schema file ahead of or behind the code), so nothing was judged.
 */
const notServed = (answer: Answer) => answer.errors?.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || e.extensions?.code === 'BAD_USER_INPUT') ?? false;

/**
 * Every query, mutation and subscription of schema.gql, sent by every kind of caller with minimal
 * type-valid arguments: the callers its decision lets in are never refused, every other one is.
 * Scope (whose rows an allowed caller reaches) is checked with real objects in scope.int-spec.ts.
 */
describe('Authorization matrix', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let credentials: Credentials;
  let operations: RootOperation[];
  const answers = new Map<string, Answer>();
  const cell = (op: RootOperation, caller: Caller) => `${nameOf(op)} as ${caller}`;

  beforeAll(async () => {
    // Keys make some 170 requests each: no rate limit in the way. The workers stay quiet so that
    // nothing but these calls touches the data.
    t = await createTestApp({ API_KEY_RATE_LIMIT: '100000', ACTIVITY_POLL_MS: '3600000', CHALLENGES_POLL_MS: '3600000' });
    schema = publishedSchema();
    operations = rootOperations(schema);
    credentials = await credentialsFor(t);
    const cells = operations.filter((op) => OPERATION_DECISIONS[op.type][op.field]).flatMap((op) => CALLERS.map((caller) => ({ op, caller })));
    const results = await inBatches(cells, 8, ({ op, caller }) => callOperation(t, schema, credentials, caller, op));
    cells.forEach(({ op, caller }, i) => answers.set(cell(op, caller), results[i]));
  }, 120_000);
  afterAll(() => t?.close());

  it('has a decision for every operation of the schema, and none for an operation it no longer has', () => {
    const undecided = operations.filter((op) => !OPERATION_DECISIONS[op.type][op.field]).map(nameOf);
    const published = new Set(operations.map(nameOf));
    const stale = Object.entries(OPERATION_DECISIONS).flatMap(([type, fields]) =>
      Object.keys(fields)
        .map((field) => `${type} ${field}`)
        .filter((name) => !published.has(name)),
    );
    expect({ undecided, stale }).toEqual({ undecided: [], stale: [] });
    expect(operations.length).toBeGreaterThan(150);
  });

  it('lets in exactly the callers each decision names', () => {
    const wrong: string[] = [];
    for (const op of operations) {
      const decision = OPERATION_DECISIONS[op.type][op.field];
      if (!decision) continue;
      for (const caller of CALLERS) {
        const answer = answers.get(cell(op, caller)) as Answer;
        if (notServed(answer)) {
          wrong.push(`${cell(op, caller)}: not served as schema.gql describes it (${answer.errors?.[0]?.message})`);
          continue;
        }
        const refused = isRefusal(answer.errors);
        const expected = !decision.allowed.includes(caller);
        if (refused !== expected) {
          const code = answer.errors?.[0]?.extensions?.code ?? (answer.listening ? 'listening' : 'data');
          wrong.push(`${cell(op, caller)}: ${refused ? 'refused' : 'let in'} (${code}), decision says ${expected ? 'refuse' : 'allow'}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(answers.size).toBe(operations.length * CALLERS.length);
  });

  it('refuses with the guard’s codes: UNAUTHENTICATED without credentials, FORBIDDEN_ROLE or API_KEY_OPERATION_NOT_ALLOWED past them', () => {
    const codes = new Map<string, string>();
    for (const [name, answer] of answers) {
      if (!isRefusal(answer.errors)) continue;
      const code = String(answer.errors?.[0]?.extensions?.code);
      const caller = name.slice(name.lastIndexOf(' as ') + 4) as Caller;
      const expected =
        caller === 'ANONYMOUS'
          ? name.startsWith('subscription') ? 'SOCKET_4403' : 'UNAUTHENTICATED'
          : caller.endsWith('_API_KEY')
            ? name.startsWith('subscription') ? 'SOCKET_4403' : 'API_KEY_OPERATION_NOT_ALLOWED'
            : 'FORBIDDEN_ROLE';
      if (code !== expected) codes.set(name, `${code} instead of ${expected}`);
    }
    expect(Object.fromEntries(codes)).toEqual({});
  });

  it('refuses every subscription sent over plain HTTP, to every caller, without running it', async () => {
    const subscriptions = operations.filter((op) => op.type === 'subscription');
    const unclean: string[] = [];
    for (const op of subscriptions) {
      const { query, variables } = minimalOperation(schema, op);
      for (const caller of CALLERS) {
        const result = await t.gql(query, variables, { headers: credentials[caller] });
        const code = result.errors?.[0]?.extensions?.code;
        if (result.data != null || !code || /INTERNAL/.test(code)) unclean.push(`${cell(op, caller)} over HTTP: ${JSON.stringify(result).slice(0, 200)}`);
      }
    }
    expect(subscriptions.length).toBeGreaterThan(0);
    expect(unclean).toEqual([]);
  });

  it('answers every call cleanly: an allowed caller gets data or a coded error, never an internal one', () => {
    const internal = [...answers].filter(([, answer]) => answer.errors?.some((e) => !e.extensions?.code || e.extensions.code === 'INTERNAL')).map(([name, answer]) => `${name}: ${answer.errors?.[0]?.message}`);
    expect(internal).toEqual([]);
  });
});
