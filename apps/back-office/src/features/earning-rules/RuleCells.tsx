import type { BackOfficeEarningRuleFragment } from '@relais/graphql-client';
import { Badge, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { calendarDate } from './dates';
import { ProductName } from './ProductPicker';

/** What a rule applies to: its product or category, and its segment. */
export function RuleTarget({ rule, segmentName }: { rule: BackOfficeEarningRuleFragment; segmentName?: string }) {
  const { t } = useTranslation();
  const parts = [
    rule.productId ? (
      <span key="p">
        {t('backofficePoints.target.product', { name: '' })}
        <ProductName id={rule.productId} />
      </span>
    ) : null,
    rule.category ? <span key="c">{t('backofficePoints.target.category', { name: rule.category })}</span> : null,
    rule.segmentId ? <span key="s">{t('backofficePoints.target.segment', { name: segmentName ?? '…' })}</span> : null,
  ].filter(Boolean);
  return parts.length ? <span className="bo-rule-target">{parts}</span> : <>{t('backofficePoints.target.everything')}</>;
}

export function RuleWindow({ rule }: { rule: BackOfficeEarningRuleFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const from = calendarDate(format, rule.effectiveFrom);
  return <>{rule.effectiveTo ? t('backofficePoints.window.fromTo', { from, to: calendarDate(format, rule.effectiveTo) }) : t('backofficePoints.window.from', { from })}</>;
}

export function RuleState({ rule }: { rule: BackOfficeEarningRuleFragment }) {
  const { t } = useTranslation();
  return <Badge tone={rule.active ? 'success' : 'neutral'}>{t(rule.active ? 'backofficePoints.rules.active' : 'backofficePoints.rules.inactive')}</Badge>;
}
