export const ROLES = ['PARTNER_MEMBER', 'PARTNER_ADMIN', 'CHANNEL_MANAGER', 'BRAND_ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const PARTNER_ROLES: readonly Role[] = ['PARTNER_MEMBER', 'PARTNER_ADMIN'];
export const BRAND_ROLES: readonly Role[] = ['CHANNEL_MANAGER', 'BRAND_ADMIN'];

export const isPartnerRole = (role: Role): boolean => PARTNER_ROLES.includes(role);
export const isBrandRole = (role: Role): boolean => BRAND_ROLES.includes(role);
