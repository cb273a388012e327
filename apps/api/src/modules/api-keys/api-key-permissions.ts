import type { KeyOperation } from '../../core/auth/api-key-auth';
import type { ApiKeyScope } from './api-key.entity';

/**
 * What each kind of key may call, by root field; everything else is refused
 * (API_KEY_OPERATION_NOT_ALLOWED), new operations included until they are listed here.
 * A partner key sends its partner's sell-out: declarations (the services already keep a
 * PARTNER_ADMIN actor to its own partner) and the product list to declare against — not team
 * management, points, redemptions or keys. A brand key reads and decides declarations and reads
 * products and partners — not configuration, users, rewards, webhooks or keys.
 * docs/integration-api.md lists the same operations for integrators.
 */
export const API_KEY_OPERATIONS: Record<ApiKeyScope, { query: readonly string[]; mutation: readonly string[] }> = {
  PARTNER: {
    query: ['products', 'product', 'productCategories', 'declarations', 'declaration', 'myPartner'],
    mutation: ['createDeclaration', 'updateDeclaration', 'submitDeclaration', 'deleteDeclaration'],
  },
  BRAND: {
    query: ['products', 'product', 'productCategories', 'declarations', 'declaration', 'partners', 'partner'],
    mutation: ['decideDeclaration', 'approveDeclaration', 'requestInformation'],
  },
};

export function keyMayCall(scope: ApiKeyScope, operation: KeyOperation): boolean {
  if (operation.type === 'subscription') return false;
  return API_KEY_OPERATIONS[scope][operation.type].includes(operation.field);
}
