import { can,type Capability } from './access';

// What the back-office hides must match what the API refuses: these are the brand-admin-only
// operations of the API (its @Roles('BRAND_ADMIN') resolvers).
const BRAND_ADMIN_ONLY: Capability[] = [
  'partners.assignChannelManager',
  'partners.import',
  'segments.write',
  'products.write',
  'users.inviteBrandRoles',
  'users.manage',
  'applications.decide',
  'earningRules.write',
  'programme.write',
  'points.adjust',
  'rewards.write',
  'stages.write',
  'tiers.write',
];

describe('can', () => {
  it('lets a brand admin do everything', () => {
    expect(BRAND_ADMIN_ONLY.every((c) => can('BRAND_ADMIN', c))).toBe(true);
  });

  it.each(BRAND_ADMIN_ONLY)('does not offer %s to a channel manager', (capability) => {
    expect(can('CHANNEL_MANAGER', capability)).toBe(false);
  });

  it('lets a channel manager work on their own partners', () => {
    expect(can('CHANNEL_MANAGER', 'partners.create')).toBe(true);
    expect(can('CHANNEL_MANAGER', 'users.invite')).toBe(true);
    expect(can('CHANNEL_MANAGER', 'declarations.validate')).toBe(true);
  });

  it('lets a channel manager read the reward catalogue and fulfil their partners’ orders, not edit the catalogue', () => {
    expect(can('CHANNEL_MANAGER', 'rewards.read')).toBe(true);
    expect(can('CHANNEL_MANAGER', 'rewardOrders.fulfil')).toBe(true);
    expect(can('CHANNEL_MANAGER', 'rewards.write')).toBe(false);
  });

  it.each(['PARTNER_ADMIN', 'PARTNER_MEMBER', undefined] as const)('offers nothing to %s', (role) => {
    expect(can(role, 'partners.read')).toBe(false);
    expect(can(role, 'declarations.validate')).toBe(false);
    expect(can(role, 'rewards.read')).toBe(false);
    expect(can(role, 'rewardOrders.fulfil')).toBe(false);
  });
});
