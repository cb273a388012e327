import { SegmentCriteria, SegmentCriterion } from '@relais/domain';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** The partner column each criterion constrains; regions are compared without case. */
const COLUMN: { [K in SegmentCriterion]: (alias: string) => string } = {
  types: (p) => `${p}.type`,
  brandModels: (p) => `${p}.brand_model`,
  potentials: (p) => `${p}.potential`,
  countries: (p) => `${p}.country`,
  regions: (p) => `lower(${p}.region)`,
  stages: (p) => `${p}.stage`,
  tiers: (p) => `${p}.tier_id`,
};

const VALUES: { [K in SegmentCriterion]?: (values: string[]) => string[] } = {
  regions: (values) => values.map((v) => v.toLowerCase()),
};

export interface SqlCondition {
  sql: string;
  params: Record<string, string[]>;
}

/**
 * The WHERE condition selecting the partners (table alias `alias`) that meet normalised
 * criteria. Parameter names start with `prefix`, so several segments can share one query.
 */
export function criteriaCondition(criteria: SegmentCriteria, alias = 'p', prefix = 'seg'): SqlCondition {
  const clauses: string[] = [];
  const params: Record<string, string[]> = {};
  for (const criterion of Object.keys(COLUMN) as SegmentCriterion[]) {
    const values = criteria[criterion];
    if (!values.length) continue;
    const name = `${prefix}_${criterion}`;
    params[name] = VALUES[criterion]?.(values) ?? [...values];
    clauses.push(`${COLUMN[criterion](alias)} = ANY(:${name})`);
  }
  return { sql: clauses.length ? clauses.join(' AND ') : 'TRUE', params };
}

export function whereCriteria<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  criteria: SegmentCriteria,
  prefix = 'seg',
): SelectQueryBuilder<T> {
  const { sql, params } = criteriaCondition(criteria, query.alias, prefix);
  return query.andWhere(`(${sql})`, params);
}
