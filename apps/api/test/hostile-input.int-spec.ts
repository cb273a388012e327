import fc from 'fast-check';

import { ActivityProcessor } from '../src/modules/activity/activity-processor';
import { DEMO_USERS, demoProductId, demoSegmentId } from '../src/seed/demo-ids';
import { demoPartnerAccounts } from '../src/seed/seed-demo-data';
import { challengeInput } from './support/challenges';
import { declarationInput, declare, lineInput, newInvoice, OPS } from './support/declarations';
import { ADDRESS, createItem, givePoints, itemInput, PLACE } from './support/rewards';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Property-based hostile input: generated bad values (wrong types, empty and huge strings,
 * negative, NaN and huge numbers, impossible dates, bad UUIDs, unicode oddities, SQL and HTML)
 * are put, one at a time, at an input of each important mutation. Whatever the value, the
 * answer is a clean error with a code (never a 5xx, never INTERNAL), or a success; and a
 * refused call writes nothing: the tables the mutation touches are the same, row for row.
 */

const RUNS = Number(process.env.HOSTILE_RUNS ?? 40);

// ---- Bad values -------------------------------------------------------------------------

const strings = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '   \t\n ',
    'x'.repeat(100_000),
    'a\u0000b',
    '\u0000',
    '\uD800',
    '\uDFFFx\uD800',
    '\u202Eevil.exe',
    '\u200B\u200D\uFEFF',
    '😀'.repeat(500),
    'e\u0301\u0301\u0301\u0301',
    'Ｅｘａｍｐｌｅ',
    "'; DROP TABLE users; --",
    "' OR '1'='1",
    '1; SELECT pg_sleep(5)',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '../../../../etc/passwd',
    '..\\..\\windows\\win.ini',
    '${7*7}{{7*7}}',
    '%s%n%x',
    'null',
    'undefined',
    'NaN',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const numbers = fc.oneof(
  fc.constantFrom(-1, 0, -0, 0.5, 1e308, -1e308, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY),
  fc.integer(),
  fc.double(),
);
const dates = fc.constantFrom(
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '0000-00-00',
  '0001-01-01',
  '1900-01-01',
  '9999-12-31',
  '275760-09-14',
  '2026-1-1',
  '2026-06-01T25:61:00Z',
  '2026-06-01T10:00:00+99:00',
  '-000001-01-01T00:00:00Z',
  'yesterday',
  '1e10',
);
const ids = fc.oneof(
  fc.uuid(),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'not-a-uuid', '1', '-1', "1' OR '1'='1", '{}', '0x1'),
);
const wrongTypes = fc.oneof(
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
  fc.constant(Array.from({ length: 2000 }, () => 'x')),
);
const badValue = fc.oneof(strings, numbers, dates, ids, wrongTypes);

/** Mostly a bad value of the type the input expects (it passes the schema and reaches the rules), sometimes anything. */
const spoilerFor = (original: unknown) =>
  typeof original === 'string'
    ? fc.oneof({ arbitrary: fc.oneof(strings, dates, ids), weight: 3 }, { arbitrary: badValue, weight: 1 })
    : typeof original === 'number'
      ? fc.oneof({ arbitrary: numbers, weight: 3 }, { arbitrary: badValue, weight: 1 })
      : badValue;

function valueAt(variables: Vars, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), variables);
}

// ---- Harness ----------------------------------------------------------------------------

type Vars = Record<string, unknown>;

interface Case {
  name: string;
  /** Who sends it: the role allowed to, so the refusal is about the value, not the caller. */
  token: () => string;
  query: string;
  /** A valid set of variables to spoil (built again after a call that went through, when needed). */
  variables: () => Promise<Vars> | Vars;
  /** Where a bad value goes: a dotted path into the variables (created where missing). */
  paths: string[];
  /** The tables the mutation writes, compared row for row before and after a refused call. */
  tables: string[];
  /** The base variables are used up by a success (a declaration decided): build new ones. */
  renewAfterSuccess?: boolean;
}

function withValueAt(variables: Vars, path: string, value: unknown): Vars {
  const copy = structuredClone(variables);
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = /^\d+$/.test(keys[keys.indexOf(key) + 1] ?? '') ? [] : {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

interface Problem {
  case: string;
  path: string;
  value: string;
  problem: string;
}

const INTERNAL_CODES = new Set(['INTERNAL', 'INTERNAL_SERVER_ERROR']);

describe('Hostile input (property-based)', () => {
  let t: TestApp;
  const tokens = { brand: '', partner: '' };
  const partner = demoPartnerAccounts(1);
  let itemId: string;

  beforeAll(async () => {
    // No background activity processing: it would write while the tables are compared.
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000', OUTBOX_POLL_MS: '3600000', LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '1000' });
    tokens.brand = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    tokens.partner = await t.tokenFor(partner.admin.email);
    itemId = (await createItem(t, tokens.brand, { pointsCost: 10 })).id;
    await givePoints(t, partner.admin.id, 100_000);
  }, 60_000);
  afterAll(() => t?.close());

  /**
   * The tables' row counts and newest row version (xmin): a count alone would miss an update,
   * and any insert or update writes a row version newer than every one before it.
   */
  async function snapshot(tables: string[]): Promise<string> {
    const parts = tables.map((table) => `(SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM ${table})`);
    const [row] = await t.sql<{ s: string }>(`SELECT concat_ws(' ', ${parts.join(', ')}) AS s`);
    return row?.s ?? '';
  }

  async function send<T = unknown>(query: string, variables: Vars, token: string) {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: response.status, body, text };
  }

  const draft = async () => {
    const created = await t.gql(OPS.create, { input: declarationInput() }, { token: tokens.partner });
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return created.data.createDeclaration as { id: string; lines: { id: string }[] };
  };
  const submitted = async () => declare(t, tokens.partner, declarationInput({ lines: [lineInput(), lineInput({ productId: demoProductId(3) })] }));
  const order = async () => {
    const placed = await t.gql(PLACE, { input: { idempotencyKey: newInvoice(), lines: [{ itemId, quantity: 1 }], shippingAddress: ADDRESS } }, { token: tokens.partner });
    if (!placed.data) throw new Error(JSON.stringify(placed.errors));
    return placed.data.placeRewardOrder as { id: string };
  };

  const DECLARATION_TABLES = ['declarations', 'declaration_lines', 'declaration_events', 'declaration_flags', 'proof_files', 'audit_entries', 'domain_events'];
  const LEDGER_TABLES = ['ledger_accounts', 'ledger_entries', 'ledger_lots'];
  const ORDER_TABLES = ['reward_orders', 'reward_order_lines', 'reward_order_events', 'reward_shipping_addresses', 'reward_items', ...LEDGER_TABLES, 'audit_entries', 'domain_events'];
  const DECLARATION_PATHS = [
    'input.saleDate',
    'input.currency',
    'input.lines',
    'input.lines.0',
    'input.lines.0.amount',
    'input.lines.0.quantity',
    'input.lines.0.productId',
    'input.lines.0.channel',
    'input.lines.0.invoiceReference',
    'input.lines.0.serialNumbers',
    'input.lines.0.serialNumbers.0',
    'input.customer',
    'input.customer.postalCode',
    'input.customer.sector',
    'input.customer.type',
    'input.feedback.rating',
    'input.feedback.comment',
    'input.feedback.tags.0',
    'input.periodStart',
    'input.periodEnd',
    'input.proofFileIds',
    'input.proofFileIds.0',
  ];

  const cases: Case[] = [
    {
      name: 'createDeclaration',
      token: () => tokens.partner,
      query: 'mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { id } }',
      variables: () => ({ input: declarationInput() }),
      paths: DECLARATION_PATHS,
      tables: DECLARATION_TABLES,
    },
    {
      name: 'updateDeclaration',
      token: () => tokens.partner,
      query: 'mutation ($id: ID!, $input: DeclarationInput!) { updateDeclaration(id: $id, input: $input) { id } }',
      variables: async () => ({ id: (await draft()).id, input: declarationInput() }),
      paths: ['id', ...DECLARATION_PATHS],
      tables: DECLARATION_TABLES,
    },
    {
      name: 'submitDeclaration',
      token: () => tokens.partner,
      query: 'mutation ($id: ID!, $key: String!) { submitDeclaration(id: $id, idempotencyKey: $key) { id status } }',
      variables: async () => ({ id: (await draft()).id, key: newInvoice() }),
      paths: ['id', 'key'],
      tables: [...DECLARATION_TABLES, ...LEDGER_TABLES],
      renewAfterSuccess: true,
    },
    {
      name: 'approveDeclaration',
      token: () => tokens.brand,
      query: 'mutation ($id: ID!) { approveDeclaration(id: $id) { id status } }',
      variables: async () => ({ id: (await submitted()).id }),
      paths: ['id'],
      tables: [...DECLARATION_TABLES, ...LEDGER_TABLES],
      renewAfterSuccess: true,
    },
    {
      name: 'decideDeclaration (reject a line with a reason)',
      token: () => tokens.brand,
      query: 'mutation ($id: ID!, $input: DecideDeclarationInput!) { decideDeclaration(id: $id, input: $input) { id status } }',
      variables: async () => {
        const declaration = await submitted();
        return {
          id: declaration.id,
          input: {
            lines: [
              { lineId: declaration.lines[0].id, decision: 'REJECT', reasonCode: 'WRONG_AMOUNT', message: 'The invoice says 900.' },
              { lineId: declaration.lines[1].id, decision: 'APPROVE' },
            ],
          },
        };
      },
      paths: ['id', 'input.lines', 'input.lines.0.lineId', 'input.lines.0.decision', 'input.lines.0.reasonCode', 'input.lines.0.message', 'input.lines.1', 'input.lines.1.lineId'],
      tables: [...DECLARATION_TABLES, ...LEDGER_TABLES],
      renewAfterSuccess: true,
    },
    {
      name: 'placeRewardOrder',
      token: () => tokens.partner,
      query: 'mutation ($input: PlaceOrderInput!) { placeRewardOrder(input: $input) { id } }',
      variables: () => ({ input: { idempotencyKey: newInvoice(), lines: [{ itemId, quantity: 1 }], shippingAddress: ADDRESS } }),
      paths: [
        'input.idempotencyKey',
        'input.lines',
        'input.lines.0.itemId',
        'input.lines.0.quantity',
        'input.shippingAddress',
        'input.shippingAddress.recipient',
        'input.shippingAddress.line1',
        'input.shippingAddress.postalCode',
        'input.shippingAddress.city',
        'input.shippingAddress.country',
        'input.deliveryEmail',
        'input.rememberAddress',
      ],
      tables: ORDER_TABLES,
    },
    {
      name: 'rejectRewardOrder (with a reason)',
      token: () => tokens.brand,
      query: 'mutation ($id: ID!, $reason: String!) { rejectRewardOrder(id: $id, reason: $reason) { id status } }',
      variables: async () => ({ id: (await order()).id, reason: 'Out of stock at the fulfilment house.' }),
      paths: ['id', 'reason'],
      tables: ORDER_TABLES,
      renewAfterSuccess: true,
    },
    {
      name: 'requestInformation (a message and lines)',
      token: () => tokens.brand,
      query: 'mutation ($id: ID!, $message: String!, $lineIds: [ID!]) { requestInformation(id: $id, message: $message, lineIds: $lineIds) { id status } }',
      variables: async () => {
        const declaration = await submitted();
        return { id: declaration.id, message: 'Please send the invoice.', lineIds: [declaration.lines[0].id] };
      },
      paths: ['id', 'message', 'lineIds', 'lineIds.0', 'lineIds.1'],
      tables: DECLARATION_TABLES,
      renewAfterSuccess: true,
    },
    {
      name: 'reverseDeclaration (with a reason)',
      token: () => tokens.brand,
      query: 'mutation ($id: ID!, $reason: String!) { reverseDeclaration(id: $id, reason: $reason) { id status } }',
      variables: async () => {
        const { id } = await submitted();
        const approved = await send('mutation ($id: ID!) { approveDeclaration(id: $id) { id } }', { id }, tokens.brand);
        if (approved.body?.errors) throw new Error(approved.text);
        return { id, reason: 'The sale was cancelled by the customer.' };
      },
      paths: ['id', 'reason'],
      tables: [...DECLARATION_TABLES, ...LEDGER_TABLES],
      renewAfterSuccess: true,
    },
    {
      name: 'shipRewardOrder',
      token: () => tokens.brand,
      query: 'mutation ($id: ID!, $input: ShipOrderInput!) { shipRewardOrder(id: $id, input: $input) { id status } }',
      variables: async () => {
        const { id } = await order();
        const approved = await send('mutation ($ids: [ID!]!) { approveRewardOrders(ids: $ids) { id } }', { ids: [id] }, tokens.brand);
        if (approved.body?.errors) throw new Error(approved.text);
        return { id, input: { carrier: 'La Poste', trackingNumber: '6A123', trackingUrl: 'https://www.laposte.fr/outils/suivre-vos-envois?code=6A123' } };
      },
      paths: ['id', 'input.carrier', 'input.trackingNumber', 'input.trackingUrl'],
      tables: ORDER_TABLES,
      renewAfterSuccess: true,
    },
    {
      name: 'createRewardItem',
      token: () => tokens.brand,
      query: 'mutation ($input: RewardItemInput!) { createRewardItem(input: $input) { id } }',
      variables: () => ({ input: itemInput({ stock: 10, limitPerUser: 2, limitPeriod: 'MONTH' }) }),
      paths: [
        'input.sku',
        'input.titleEn',
        'input.descriptionFr',
        'input.imageUrls',
        'input.imageUrls.0',
        'input.category',
        'input.delivery',
        'input.pointsCost',
        'input.stock',
        'input.limitPerUser',
        'input.limitPeriod',
        'input.availableFrom',
        'input.availableTo',
        'input.segmentIds.0',
      ],
      tables: ['reward_items', 'reward_item_segments', 'audit_entries', 'domain_events'],
    },
    {
      name: 'updatePartner',
      token: () => tokens.brand,
      query: 'mutation ($id: ID!, $input: UpdatePartnerInput!) { updatePartner(id: $id, input: $input) { id } }',
      variables: () => ({ id: partner.partnerId, input: { name: 'Renamed Partner', city: 'Lyon', potential: 'A' } }),
      paths: ['id', 'input.name', 'input.city', 'input.country', 'input.region', 'input.potential', 'input.type', 'input.brandModel'],
      tables: ['partners', 'audit_entries', 'domain_events'],
    },
    {
      name: 'updateMyProfile',
      token: () => tokens.partner,
      query: 'mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }',
      variables: () => ({ input: { firstName: 'Ada', lastName: 'Lovelace', locale: 'fr' } }),
      paths: ['input', 'input.firstName', 'input.lastName', 'input.locale'],
      tables: ['users', 'audit_entries', 'domain_events'],
    },
    {
      name: 'createPartner',
      token: () => tokens.brand,
      query: 'mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }',
      variables: () => ({
        input: { code: `P-HOSTILE-${newInvoice()}`, name: 'Hostile Partner', type: 'RESELLER', brandModel: 'MONO_BRAND', potential: 'B', country: 'FR', city: 'Dijon' },
      }),
      paths: ['input.code', 'input.name', 'input.type', 'input.brandModel', 'input.potential', 'input.country', 'input.city', 'input.region', 'input.channelManagerId'],
      tables: ['partners', 'audit_entries', 'domain_events', 'ledger_accounts'],
    },
    {
      name: 'inviteUser',
      token: () => tokens.brand,
      query: 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
      variables: () => ({
        input: { email: `${newInvoice().toLowerCase()}@hostile.example`, firstName: 'Ada', lastName: 'Hostile', role: 'PARTNER_MEMBER', partnerId: partner.partnerId, locale: 'fr' },
      }),
      paths: ['input.email', 'input.firstName', 'input.lastName', 'input.role', 'input.partnerId', 'input.locale'],
      tables: ['users', 'user_tokens', 'outbox_email', 'audit_entries', 'domain_events'],
    },
    {
      name: 'createSegment',
      token: () => tokens.brand,
      query: 'mutation ($input: SegmentInput!) { createSegment(input: $input) { id } }',
      variables: () => ({ input: { name: `Hostile ${newInvoice()}`, description: 'Generated', criteria: { countries: ['FR'], potentials: ['A', 'B'] } } }),
      paths: ['input.name', 'input.description', 'input.criteria', 'input.criteria.countries', 'input.criteria.countries.0', 'input.criteria.regions.0', 'input.criteria.tiers.0', 'input.criteria.potentials.0', 'input.criteria.stages'],
      tables: ['segments', 'audit_entries', 'domain_events'],
    },
    {
      name: 'createEarningRule',
      token: () => tokens.brand,
      query: 'mutation ($input: EarningRuleInput!) { createEarningRule(input: $input) { id } }',
      variables: () => ({
        input: { name: `Hostile rate ${newInvoice()}`, kind: 'BASE', base: { basis: 'UNIT', points: 30 }, productId: demoProductId(14), effectiveFrom: '2027-01-01', effectiveTo: '2027-12-31' },
      }),
      paths: [
        'input.name',
        'input.kind',
        'input.base',
        'input.base.basis',
        'input.base.points',
        'input.productId',
        'input.segmentId',
        'input.category',
        'input.effectiveFrom',
        'input.effectiveTo',
        'input.multiplier.factor',
        'input.bonus',
        'input.cap',
      ],
      tables: ['earning_rules', 'audit_entries', 'domain_events'],
    },
    {
      name: 'createChallenge',
      token: () => tokens.brand,
      query: 'mutation ($input: ChallengeInput!) { createChallenge(input: $input) { id } }',
      variables: () => ({ input: challengeInput() }),
      paths: [
        'input.title.en',
        'input.title.fr',
        'input.rules.en',
        'input.metric',
        'input.kind',
        'input.startsAt',
        'input.endsAt',
        'input.prizeMode',
        'input.prizes',
        'input.prizes.0.rank',
        'input.prizes.0.points',
        'input.prizes.1.threshold',
        'input.leagueBy',
        'input.segmentId',
        'input.filter',
      ],
      tables: ['challenges', 'challenge_leagues', 'audit_entries', 'domain_events'],
    },
    {
      name: 'createArticle',
      token: () => tokens.brand,
      query: 'mutation ($input: ArticleInput!) { createArticle(input: $input) { id } }',
      variables: () => ({
        input: { kind: 'SALES_TOOL', titleEn: 'Selling heat pumps', titleFr: 'Vendre des pompes à chaleur', bodyEn: '# Why\n\nBecause.', bodyFr: '# Pourquoi\n\nParce que.', tags: ['sales'], segmentIds: [demoSegmentId(1)] },
      }),
      paths: ['input.kind', 'input.titleEn', 'input.titleFr', 'input.bodyEn', 'input.bodyFr', 'input.tags', 'input.tags.0', 'input.segmentIds', 'input.segmentIds.0', 'input.publishAt', 'input.unpublishAt', 'input.pinned'],
      tables: ['articles', 'article_segments', 'audit_entries', 'domain_events'],
    },
    {
      name: 'createQuiz',
      token: () => tokens.brand,
      query: 'mutation ($input: QuizInput!) { createQuiz(input: $input) { id } }',
      variables: () => ({
        input: {
          titleEn: 'Heat pumps basics',
          titleFr: 'Les bases des pompes à chaleur',
          questions: [
            {
              textEn: 'Which one?',
              textFr: 'Laquelle ?',
              multiple: false,
              options: [
                { labelEn: 'Right', labelFr: 'Juste', correct: true },
                { labelEn: 'Wrong', labelFr: 'Faux', correct: false },
              ],
            },
          ],
          passMark: 100,
          points: 40,
        },
      }),
      paths: [
        'input.titleEn',
        'input.questions',
        'input.questions.0.textEn',
        'input.questions.0.multiple',
        'input.questions.0.options',
        'input.questions.0.options.0.labelFr',
        'input.questions.0.options.1.correct',
        'input.passMark',
        'input.points',
        'input.maxAttempts',
        'input.cooldownMinutes',
        'input.timeLimitSeconds',
        'input.segmentIds.0',
        'input.articleIds.0',
      ],
      tables: ['quizzes', 'quiz_segments', 'audit_entries', 'domain_events'],
    },
    {
      name: 'createApiKey',
      token: () => tokens.brand,
      query: 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      variables: () => ({ input: { name: 'BI export' } }),
      paths: ['input', 'input.name'],
      tables: ['api_keys', 'audit_entries', 'domain_events'],
    },
    {
      name: 'createWebhookEndpoint',
      token: () => tokens.brand,
      query: 'mutation ($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }',
      variables: () => ({ input: { url: 'https://hooks.example.com/relais', events: ['ORDER_PLACED'], description: 'ERP' } }),
      paths: ['input.url', 'input.events', 'input.events.0', 'input.description', 'input.active'],
      tables: ['webhook_endpoints', 'audit_entries', 'domain_events'],
    },
  ];

  describe('the defects it found, kept as examples', () => {
    const CREATE = 'mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { id } }';

    it('an amount JavaScript writes in exponent notation is bad input, not a crash of the decimals check', async () => {
      for (const amount of [1e-7, -9e-323]) {
        const { status, body } = await send(CREATE, { input: declarationInput({ lines: [lineInput({ amount })] }) }, tokens.partner);
        expect(status).toBe(200);
        expect(body?.errors?.[0]?.extensions).toMatchObject({
          code: 'INVALID_INPUT',
          fields: expect.arrayContaining([{ field: 'lines.0.amount', reason: 'isNumber' }]),
        });
      }
      const cents = await send(CREATE, { input: declarationInput({ lines: [lineInput({ amount: 10.07 })] }) }, tokens.partner);
      expect(cents.body?.errors).toBeUndefined();
    });

    it('proofFileIds: null on an update leaves the proofs as they are, as its description says', async () => {
      const { id } = await draft();
      const { body } = await send(
        'mutation ($id: ID!, $input: DeclarationInput!) { updateDeclaration(id: $id, input: $input) { id } }',
        { id, input: declarationInput({ proofFileIds: null }) },
        tokens.partner,
      );
      expect(body?.errors).toBeUndefined();
    });

    it('a NUL character or half of a surrogate pair is refused naming the field, in variables and in literals', async () => {
      const declaration = await submitted();
      const before = await snapshot(DECLARATION_TABLES);
      const decide = await send(
        'mutation ($id: ID!, $input: DecideDeclarationInput!) { decideDeclaration(id: $id, input: $input) { id } }',
        { id: declaration.id, input: { lines: [{ lineId: declaration.lines[0].id, decision: 'REJECT', reasonCode: 'OTHER', message: 'broken \uD83D' }] } },
        tokens.brand,
      );
      expect(decide.status).toBe(400);
      expect(decide.body?.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'lines.0.message', reason: 'unstorableCharacter' });
      expect(await snapshot(DECLARATION_TABLES)).toBe(before);

      const literal = await send('mutation { createApiKey(input: { name: "a\\u0000b" }) { secret } }', {}, tokens.brand);
      expect(literal.status).toBe(400);
      expect(literal.body?.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'input', reason: 'unstorableCharacter' });
      // A whole emoji (a pair) is fine.
      expect((await send('mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', { input: { name: 'BI 📊' } }, tokens.brand)).body?.errors).toBeUndefined();
    });

    it('an empty segment id on a challenge means no segment (it reached PostgreSQL as a uuid)', async () => {
      const { body } = await send<{ createChallenge: { segmentId: string | null } }>(
        'mutation ($input: ChallengeInput!) { createChallenge(input: $input) { id segmentId } }',
        { input: challengeInput({ segmentId: '' }) },
        tokens.brand,
      );
      expect(body?.errors).toBeUndefined();
      expect(body?.data?.createChallenge.segmentId).toBeNull();
    });

    it('an empty segment id on an earning rule means no segment (it reached PostgreSQL as a uuid)', async () => {
      const { body } = await send<{ createEarningRule: { segmentId: string | null } }>(
        'mutation ($input: EarningRuleInput!) { createEarningRule(input: $input) { id segmentId } }',
        { input: { name: `No segment ${newInvoice()}`, kind: 'BASE', base: { basis: 'UNIT', points: 5 }, productId: demoProductId(14), segmentId: '', effectiveFrom: '2027-01-01' } },
        tokens.brand,
      );
      expect(body?.errors).toBeUndefined();
      expect(body?.data?.createEarningRule.segmentId).toBeNull();
    });

    it('a null name on my profile leaves it as it is (it reached a NOT NULL column)', async () => {
      const { body } = await send<{ updateMyProfile: { firstName: string; lastName: string } }>(
        'mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { firstName lastName } }',
        { input: { firstName: null, lastName: null, locale: null } },
        tokens.partner,
      );
      expect(body?.errors).toBeUndefined();
      expect(body?.data?.updateMyProfile.lastName).not.toBe('');
    });

    it('a list of 2,000 wrong values is bad input (graphql-js gives up after 50), not an internal error', async () => {
      const { status, body } = await send(CREATE, { input: declarationInput({ lines: Array.from({ length: 2000 }, () => 'x') }) }, tokens.partner);
      expect(status).toBe(400);
      expect(body?.errors?.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
      expect(body?.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    });
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: a clean coded error or a success, and nothing written when refused', async (_name, testCase) => {
    const problems: Problem[] = [];
    // The untouched variables go through: every refusal below is the bad value's doing.
    const sample = await testCase.variables();
    const valid = await send(testCase.query, sample, testCase.token());
    expect(valid.body?.errors).toBeUndefined();
    const codes = new Map<string, number>();
    let base: Vars | undefined;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...testCase.paths).chain((path) => fc.tuple(fc.constant(path), spoilerFor(valueAt(sample, path)))),
        async ([path, value]) => {
        base ??= await testCase.variables();
        const variables = withValueAt(base, path, value);
        const before = await snapshot(testCase.tables);
        const { status, body, text } = await send(testCase.query, variables, testCase.token());
        const report = (problem: string): void => {
          problems.push({ case: testCase.name, path, value: JSON.stringify(value)?.slice(0, 60) ?? 'undefined', problem: problem.slice(0, 300) });
        };
        if (status >= 500) report(`HTTP ${status}: ${text}`);
        if (!body) return report(`not JSON: ${text}`);
        if (!body.errors?.length) {
          if (testCase.renewAfterSuccess) base = undefined;
          return;
        }
        codes.set(body.errors[0]?.extensions?.code ?? '?', (codes.get(body.errors[0]?.extensions?.code ?? '?') ?? 0) + 1);
        for (const error of body.errors) {
          const code = error.extensions?.code;
          if (!code) report(`no code: ${error.message}`);
          else if (INTERNAL_CODES.has(code)) report(`${code}: ${error.message}`);
        }
        if ((await snapshot(testCase.tables)) !== before) report(`refused (${body.errors[0]?.extensions?.code}) but the tables changed`);
        },
      ),
      { numRuns: RUNS },
    );
    // Background work the mutations queued must not fail either (checked once, not per run).
    await t.app.get(ActivityProcessor).processPending();
    const distinct = [...new Map(problems.map((p) => [`${p.path} ${p.problem.slice(0, 80)}`, p])).values()];
    if (process.env.HOSTILE_DEBUG) console.log(testCase.name, Object.fromEntries(codes));
    expect(distinct).toEqual([]);
  });
});
