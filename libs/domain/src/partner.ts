export const PARTNER_TYPES = ['DISTRIBUTOR', 'RESELLER', 'FRANCHISEE', 'INSTALLER'] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export const BRAND_MODELS = ['MONO_BRAND', 'MULTI_BRAND'] as const;
export type BrandModel = (typeof BRAND_MODELS)[number];

export const POTENTIALS = ['A', 'B', 'C'] as const;
export type Potential = (typeof POTENTIALS)[number];

export const PARTNER_STATUSES = ['INVITED', 'ACTIVE', 'SUSPENDED'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

/** ISO 3166-1 alpha-2, upper case. */
export const isCountryCode = (value: string): boolean => /^[A-Z]{2}$/.test(value);
