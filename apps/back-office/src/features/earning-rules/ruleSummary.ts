import type { BackOfficeEarningRuleFragment } from '@relais/graphql-client';
import type { TFunction } from 'i18next';

/** A rule's parameters in words: "5 pts per unit", "+20 pts when feedback is given (per declaration)". */
export function ruleParameters(t: TFunction, rule: BackOfficeEarningRuleFragment): string {
  if (rule.base) {
    return rule.base.basis === 'AMOUNT'
      ? t('backofficePoints.summary.baseAmount', { count: rule.base.points, per: rule.base.per ?? 0, currency: rule.base.currency ?? '' })
      : t('backofficePoints.summary.baseUnit', { count: rule.base.points });
  }
  if (rule.multiplier) return t('backofficePoints.summary.multiplier', { factor: rule.multiplier.factor });
  if (rule.bonus) {
    const scope = t(rule.bonus.per === 'LINE' ? 'backofficePoints.summary.perLine' : 'backofficePoints.summary.perDeclaration');
    return t(`backofficePoints.summary.bonus${rule.bonus.condition}`, { count: rule.bonus.points, withinDays: rule.bonus.withinDays ?? 0, scope });
  }
  if (rule.cap) {
    const period = rule.cap.period ? t(`backofficePoints.capPeriod.${rule.cap.period}`).toLowerCase() : '';
    return t(`backofficePoints.summary.cap${rule.cap.scope}`, { count: rule.cap.maxPoints, period });
  }
  return '';
}
