import type { Role } from '@relais/graphql-client';

/** The portal is for partner users; brand users sign in to the back-office. */
export const PORTAL_ROLES: readonly Role[] = ['PARTNER_MEMBER', 'PARTNER_ADMIN'];
