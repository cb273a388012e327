import { BRAND_MODELS, BrandModel, PARTNER_TYPES, PartnerType, Potential, POTENTIALS } from './partner';
import { Stage, STAGES } from './progression/stages';

/**
 * Which partners a segment holds. Each attribute is a list of accepted values; an empty list
 * puts no constraint on that attribute, so empty criteria select every partner.
 */
export interface SegmentCriteria {
  types: PartnerType[];
  brandModels: BrandModel[];
  potentials: Potential[];
  countries: string[];
  regions: string[];
  /** The partner's current stage (a partner whose journey is done is in none). */
  stages: Stage[];
  /** Tier ids; a partner without a tier matches none. */
  tiers: string[];
}

export type SegmentCriterion = keyof SegmentCriteria;

/** Criteria as a client sends them: any attribute may be left out. */
export type SegmentCriteriaDraft = { [K in SegmentCriterion]?: readonly SegmentCriteria[K][number][] | null };

/** The partner attributes the criteria look at. */
export interface SegmentCandidate {
  type: PartnerType;
  brandModel: BrandModel;
  potential: Potential;
  country: string;
  region: string;
  stage?: Stage | null;
  tierId?: string | null;
}

export const SEGMENT_CRITERIA: readonly SegmentCriterion[] = ['types', 'brandModels', 'potentials', 'countries', 'regions', 'stages', 'tiers'];

const inOrder = <T extends string>(order: readonly T[], values: readonly T[] = []) =>
  order.filter((value) => values.includes(value));

const uniqueIgnoringCase = (values: readonly string[]) => {
  const seen = new Set<string>();
  return values
    .map((value) => value.trim().replace(/\s+/g, ' '))
    .filter((value) => {
      const key = value.toLowerCase();
      if (!value || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
};

/**
 * One spelling for equal criteria: enum values deduplicated in their canonical order,
 * countries upper-cased and sorted, regions trimmed and deduplicated ignoring case.
 */
export function normaliseCriteria(draft: SegmentCriteriaDraft = {}): SegmentCriteria {
  return {
    types: inOrder(PARTNER_TYPES, draft.types ?? []),
    brandModels: inOrder(BRAND_MODELS, draft.brandModels ?? []),
    potentials: inOrder(POTENTIALS, draft.potentials ?? []),
    countries: [...new Set((draft.countries ?? []).map((c) => c.trim().toUpperCase()).filter(Boolean))].sort(),
    regions: uniqueIgnoringCase(draft.regions ?? []),
    stages: inOrder(STAGES, draft.stages ?? []),
    tiers: [...new Set((draft.tiers ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))].sort(),
  };
}

export interface CriteriaClause {
  criterion: SegmentCriterion;
  values: string[];
}

/**
 * The constraints of the criteria, in a stable order, for the apps to render with their own
 * translations ("Type: installer or reseller · Country: FR"). No clause means every partner.
 */
export function describeCriteria(criteria: SegmentCriteriaDraft): CriteriaClause[] {
  const normal = normaliseCriteria(criteria);
  return SEGMENT_CRITERIA.filter((criterion) => normal[criterion].length > 0).map((criterion) => ({
    criterion,
    values: [...normal[criterion]],
  }));
}

/** Whether a partner meets the criteria; the same rule as the API's SQL, for previews in memory. */
export function matchesCriteria(criteria: SegmentCriteriaDraft, partner: SegmentCandidate): boolean {
  const normal = normaliseCriteria(criteria);
  const accepts = (values: readonly string[], value: string) => values.length === 0 || values.includes(value);
  return (
    accepts(normal.types, partner.type) &&
    accepts(normal.brandModels, partner.brandModel) &&
    accepts(normal.potentials, partner.potential) &&
    accepts(normal.countries, partner.country.toUpperCase()) &&
    accepts(
      normal.regions.map((r) => r.toLowerCase()),
      partner.region.trim().toLowerCase(),
    ) &&
    accepts(normal.stages, partner.stage ?? '') &&
    accepts(normal.tiers, partner.tierId?.toLowerCase() ?? '')
  );
}
