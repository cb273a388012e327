import type { Role } from '@relais/domain';

/** What each back-office role may use; the API enforces the same, this only hides what would be refused. */
export const BACK_OFFICE_ROLES: readonly Role[] = ['BRAND_ADMIN', 'CHANNEL_MANAGER'];

export type Capability =
  | 'partners.read'
  | 'partners.create'
  | 'partners.edit'
  | 'partners.assignChannelManager'
  | 'partners.import'
  | 'segments.read'
  | 'segments.write'
  | 'products.read'
  | 'products.write'
  | 'users.read'
  | 'users.invite'
  | 'users.inviteBrandRoles'
  | 'users.resendInvitation'
  | 'users.manage'
  | 'applications.decide'
  | 'earningRules.read'
  | 'earningRules.write'
  | 'programme.write'
  | 'points.read'
  | 'points.adjust'
  | 'declarations.validate'
  | 'rewards.read'
  | 'rewards.write'
  | 'rewardOrders.fulfil'
  | 'badges.write'
  | 'knowledge.read'
  | 'knowledge.write'
  | 'quizzes.read'
  | 'quizzes.write'
  | 'objectives.manage'
  | 'challenges.manage'
  | 'stages.read'
  | 'stages.write'
  | 'tiers.write'
  | 'audit.read'
  // End customers' personal data: brand admins only (the API says why, see PrivacyResolver).
  | 'customerData.manage'
  | 'dashboards.read'
  | 'integration.manage';

const CHANNEL_MANAGER: readonly Capability[] = [
  // Challenges for their own partners only: the API checks the segment and scope.
  'challenges.manage',
  'partners.read',
  'partners.create',
  'partners.edit',
  'segments.read',
  'products.read',
  'users.read',
  // Partner users of their own partners only: the API checks the partner.
  'users.invite',
  'users.resendInvitation',
  'earningRules.read',
  // Wallets of their own partners only: the API checks the scope.
  'points.read',
  // Declarations of their own partners only: the API scopes the queue.
  'declarations.validate',
  // The catalogue is the brand's: they may read it to answer their partners.
  'rewards.read',
  // Orders of their own partners only: the API scopes the queue and the actions.
  'rewardOrders.fulfil',
  // Figures of articles over their own partners only: the API scopes them.
  'knowledge.read',
  // Quiz statistics over their own partners' users only: the API scopes the figures.
  'quizzes.read',
  // Objectives for their own partners only: the API checks the partner, user or segment.
  'objectives.manage',
  // The funnel of their own partners only: the API counts them.
  'stages.read',
  // Their own changes only: the API reads the audit log by actor for them.
  'audit.read',
  // Figures of their own partners only: the API scopes every dashboard.
  'dashboards.read',
];

export function can(role: Role | undefined, capability: Capability): boolean {
  if (role === 'BRAND_ADMIN') return true;
  if (role === 'CHANNEL_MANAGER') return CHANNEL_MANAGER.includes(capability);
  return false;
}
