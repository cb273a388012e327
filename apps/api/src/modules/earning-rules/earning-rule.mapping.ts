import type { EarningPart, EarningResult, EarningRule, EarningRuleKind, EarningRuleParameters } from '@relais/domain';

import { EarningPartType, EarningResultType } from './dto/earning-result.type';
import { EarningRuleInput } from './dto/earning-rule.input';
import { EarningRuleType } from './dto/earning-rule.type';
import { EarningRuleVersion } from './earning-rule.entity';

const GROUP = { BASE: 'base', MULTIPLIER: 'multiplier', BONUS: 'bonus', CAP: 'cap' } as const satisfies Record<EarningRuleKind, keyof EarningRuleInput>;

/** The parameters of the input's kind, with absent optional values stored as null. */
export function parametersOf(input: EarningRuleInput): EarningRuleParameters[EarningRuleKind] {
  const group = { ...(input[GROUP[input.kind]] ?? {}) } as Record<string, unknown>;
  return Object.fromEntries(Object.entries(group).map(([k, v]) => [k, v ?? null])) as unknown as EarningRuleParameters[EarningRuleKind];
}

export const toDomainRule = (row: EarningRuleVersion): EarningRule =>
  ({
    id: row.id,
    ruleKey: row.ruleKey,
    version: row.version,
    name: row.name,
    kind: row.kind,
    parameters: row.parameters,
    segmentId: row.segmentId,
    productId: row.productId,
    category: row.category,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    active: row.active,
  }) as EarningRule;

export function toRuleType(row: EarningRuleVersion): EarningRuleType {
  const of = <K extends EarningRuleKind>(kind: K) => (row.kind === kind ? (row.parameters as EarningRuleParameters[K]) : null);
  return { ...row, base: of('BASE'), multiplier: of('MULTIPLIER'), bonus: of('BONUS'), cap: of('CAP') };
}

const toPartType = (part: EarningPart): EarningPartType => ({ code: part.code, rule: part.rule, ...part.params });

export const toResultType = (result: EarningResult): EarningResultType => ({
  ...result,
  lines: result.lines.map((line) => ({ ...line, parts: line.parts.map(toPartType) })),
  bonuses: result.bonuses.map(toPartType),
  caps: result.caps.map(toPartType),
});
