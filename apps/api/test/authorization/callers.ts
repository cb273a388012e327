import type { Role } from '@relais/domain';

import { DEMO_USERS } from '../../src/seed/demo-ids';
import { demoPartnerAccounts } from '../../src/seed/seed-demo-data';
import type { GqlError, TestApp } from '../support/test-app';

/** Who may knock: nobody signed in, each role, and an integrator's system with each kind of API key. */
export const CALLERS = ['ANONYMOUS', 'PARTNER_MEMBER', 'PARTNER_ADMIN', 'CHANNEL_MANAGER', 'BRAND_ADMIN', 'PARTNER_API_KEY', 'BRAND_API_KEY'] as const;
export type Caller = (typeof CALLERS)[number];

/**
 * The demo partner whose people stand for the partner roles (Chauffage Dupont, managed by the
 * north channel manager), and the one whose people are "another partner" (Clim Provence, south).
 */
export const HOME = demoPartnerAccounts(1);
export const OTHER = demoPartnerAccounts(4);

/** How each caller authenticates: a header set, or none for the anonymous caller. */
export type Credentials = Record<Caller, Record<string, string>>;

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

/** Signs every caller in once (tokens and keys are reused by the whole file). */
export async function credentialsFor(t: TestApp): Promise<Credentials> {
  const [member, admin, manager, brand] = await Promise.all([
    t.tokenFor(HOME.member.email),
    t.tokenFor(HOME.admin.email),
    t.tokenFor(DEMO_USERS.channelManagerNorth.email),
    t.tokenFor(DEMO_USERS.brandAdmin.email),
  ]);
  const key = async (token: string) => {
    const created = await t.gql('mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', { input: { name: 'Matrix' } }, { token });
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return created.data.createApiKey.secret as string;
  };
  const [partnerKey, brandKey] = await Promise.all([key(admin), key(brand)]);
  return {
    ANONYMOUS: {},
    PARTNER_MEMBER: bearer(member),
    PARTNER_ADMIN: bearer(admin),
    CHANNEL_MANAGER: bearer(manager),
    BRAND_ADMIN: bearer(brand),
    PARTNER_API_KEY: bearer(partnerKey),
    BRAND_API_KEY: bearer(brandKey),
  };
}

/** The role a caller acts with once let in (a key acts as its creator's role). */
export const ROLE_OF_CALLER: Record<Caller, Role | null> = {
  ANONYMOUS: null,
  PARTNER_MEMBER: 'PARTNER_MEMBER',
  PARTNER_ADMIN: 'PARTNER_ADMIN',
  CHANNEL_MANAGER: 'CHANNEL_MANAGER',
  BRAND_ADMIN: 'BRAND_ADMIN',
  PARTNER_API_KEY: 'PARTNER_ADMIN',
  BRAND_API_KEY: 'BRAND_ADMIN',
};

/**
 * Errors of the UNAUTHENTICATED or FORBIDDEN kind that answer what was sent, not who sent it (a
 * wrong password, a spent refresh token, a member touching a colleague's draft): a caller who
 * gets one was let in.
 */
export const ANSWER_CODES = new Set([
  'INVALID_CREDENTIALS',
  'REFRESH_TOKEN_INVALID',
  'REFRESH_TOKEN_REUSED',
  'ACCOUNT_NOT_ACTIVE',
  'DECLARATION_NOT_YOURS',
  'CANNOT_CHANGE_OWN_ACCOUNT',
  'ROLE_NOT_ALLOWED',
]);

/**
 * Whether an answer refused the caller: an UNAUTHENTICATED or FORBIDDEN error (the guard's
 * UNAUTHENTICATED, FORBIDDEN_ROLE, API_KEY_INVALID, API_KEY_OPERATION_NOT_ALLOWED, or a service's
 * own role check), or a socket closed at its opening (graphql-ws 4403). NOT_FOUND, BAD_INPUT and
 * the like mean the caller got past authorization.
 */
export function isRefusal(errors: GqlError[] | undefined): boolean {
  return (errors ?? []).some((error) => {
    const { code, kind } = (error.extensions ?? {}) as { code?: string; kind?: string };
    if (code?.startsWith('SOCKET_')) return true;
    return (kind === 'UNAUTHENTICATED' || kind === 'FORBIDDEN') && !ANSWER_CODES.has(code ?? '');
  });
}
