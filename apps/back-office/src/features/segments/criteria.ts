import type { BrandModel, PartnerType, Potential, Stage } from '@relais/domain';

export interface CriteriaDraft {
  types: PartnerType[];
  brandModels: BrandModel[];
  potentials: Potential[];
  countries: string[];
  regions: string[];
  stages: Stage[];
  /** Tier ids. */
  tiers: string[];
}

export const EMPTY_CRITERIA: CriteriaDraft = { types: [], brandModels: [], potentials: [], countries: [], regions: [], stages: [], tiers: [] };

export const toggle = <T,>(values: readonly T[], value: T): T[] =>
  values.includes(value) ? values.filter((v) => v !== value) : [...values, value];

export const addUnique = (values: readonly string[], value: string): string[] => {
  const clean = value.trim().replace(/\s+/g, ' ');
  if (!clean || values.some((v) => v.toLowerCase() === clean.toLowerCase())) return [...values];
  return [...values, clean];
};

/** A stable key for criteria, so an unchanged draft does not query the preview again. */
export const criteriaKey = (criteria: CriteriaDraft): string =>
  JSON.stringify([criteria.types, criteria.brandModels, criteria.potentials, criteria.countries, criteria.regions, criteria.stages, criteria.tiers]);

export const isEmptyCriteria = (criteria: CriteriaDraft): boolean =>
  Object.values(criteria).every((values: readonly unknown[]) => values.length === 0);
