/** A tier's name in the reader's language; the "none yet" text when the partner has no tier. */
export const tierLabel = (language: string, tier: { nameEn: string; nameFr: string } | null | undefined, none: string) =>
  tier ? (language.startsWith('fr') ? tier.nameFr : tier.nameEn) : none;
