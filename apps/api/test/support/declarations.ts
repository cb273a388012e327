import { DEMO_USERS } from '../../src/seed/demo-ids';
import { DEMO_PRODUCTS } from '../../src/seed/demo-products';
import { TestApp } from './test-app';

/** Shared by the declarations integration specs: operations and a valid input to start from. */
export const DECLARATION_FIELDS = `id partnerId declaredById status saleDate currency totalAmount riskScore submittedAt decidedAt
  customer { type postalCode sector } feedback { rating comment tags }
  lines { id position productId product { id sku name } quantity amount channel invoiceReference serialNumbers status rejectReasonCode rejectMessage pointsAwarded }
  events { action fromStatus toStatus authorId message lineIds }
  flags { code severity lineId params { name value } }`;

export const OPS = {
  create: `mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { ${DECLARATION_FIELDS} } }`,
  update: `mutation ($id: ID!, $input: DeclarationInput!) { updateDeclaration(id: $id, input: $input) { ${DECLARATION_FIELDS} } }`,
  submit: `mutation ($id: ID!, $key: String!) { submitDeclaration(id: $id, idempotencyKey: $key) { ${DECLARATION_FIELDS} } }`,
  get: `query ($id: ID!) { declaration(id: $id) { ${DECLARATION_FIELDS} } }`,
  list: `query ($filter: DeclarationFilter, $page: PageInput) { declarations(filter: $filter, page: $page) { total totals { currency count amount } items { id status riskScore partnerId declaredById } } }`,
  mine: `query ($filter: DeclarationFilter) { myDeclarations(filter: $filter) { total items { id declaredById } } }`,
  decide: `mutation ($id: ID!, $input: DecideDeclarationInput!) { decideDeclaration(id: $id, input: $input) { ${DECLARATION_FIELDS} } }`,
  approve: `mutation ($id: ID!) { approveDeclaration(id: $id) { ${DECLARATION_FIELDS} } }`,
  requestInfo: `mutation ($id: ID!, $message: String!, $lineIds: [ID!]) { requestInformation(id: $id, message: $message, lineIds: $lineIds) { ${DECLARATION_FIELDS} } }`,
  reverse: `mutation ($id: ID!, $reason: String!) { reverseDeclaration(id: $id, reason: $reason) { ${DECLARATION_FIELDS} } }`,
};

export const ACTIVE_PRODUCTS = DEMO_PRODUCTS.filter((p) => p.active);
export const INACTIVE_PRODUCT = DEMO_PRODUCTS.find((p) => !p.active) as (typeof DEMO_PRODUCTS)[number];

export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

let invoices = 0;
/** A fresh invoice reference, so tests do not flag each other's lines as duplicates. */
export const newInvoice = () => `T-${process.pid}-${++invoices}-${Math.random().toString(36).slice(2, 8)}`.toUpperCase();

/** Amounts differ from line to line too: same partner, date and amount is a near duplicate. */
export const lineInput = (patch: Record<string, unknown> = {}) => ({
  productId: ACTIVE_PRODUCTS[0]?.id,
  quantity: 2,
  amount: 1000 + invoices,
  channel: 'IN_STORE',
  invoiceReference: newInvoice(),
  ...patch,
});

export const declarationInput = (patch: Record<string, unknown> = {}) => ({
  saleDate: daysAgo(3),
  currency: 'EUR',
  lines: [lineInput()],
  ...patch,
});

/** Creates and submits a declaration; returns the submitted declaration (or throws with the errors). */
export async function declare(t: TestApp, token: string, input: Record<string, unknown> = declarationInput(), key = newInvoice()) {
  const created = await t.gql(OPS.create, { input }, { token });
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const submitted = await t.gql(OPS.submit, { id: created.data.createDeclaration.id, key }, { token });
  if (!submitted.data) throw new Error(JSON.stringify(submitted.errors));
  // As the brand sees it: partners are never shown the flags.
  const seen = await t.gql(OPS.get, { id: submitted.data.submitDeclaration.id }, { token: await brandAdminToken(t) });
  if (!seen.data) throw new Error(JSON.stringify(seen.errors));
  return seen.data.declaration;
}

const brandTokens = new WeakMap<TestApp, Promise<string>>();
/** One sign-in per test app: hashing the password on every call would slow the specs down. */
function brandAdminToken(t: TestApp): Promise<string> {
  if (!brandTokens.has(t)) brandTokens.set(t, t.tokenFor(DEMO_USERS.brandAdmin.email));
  return brandTokens.get(t) as Promise<string>;
}
