import type { BackOfficeDeclarationFlagFragment, BackOfficeDeclarationRowFragment } from '@relais/graphql-client';
import { Badge, type BadgeTone, useFormat } from '@relais/ui';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The risk score's band; the same thresholds as the flag severities (a high flag alone reaches 40). */
export function riskBand(score: number): 'none' | 'low' | 'medium' | 'high' {
  if (score <= 0) return 'none';
  if (score < 30) return 'low';
  if (score < 60) return 'medium';
  return 'high';
}

const RISK_TONE: Record<ReturnType<typeof riskBand>, BadgeTone> = { none: 'success', low: 'info', medium: 'warning', high: 'danger' };

const STATUS_TONE: Record<string, BadgeTone> = {
  SUBMITTED: 'info',
  NEEDS_INFO: 'warning',
  APPROVED: 'success',
  PARTIALLY_APPROVED: 'success',
  REJECTED: 'danger',
  REVERSED: 'danger',
  PENDING: 'info',
};

export function RiskBadge({ score }: { score: number }) {
  const { t } = useTranslation();
  const band = riskBand(score);
  return <Badge tone={RISK_TONE[band]}>{t(`backofficeDeclarations.risk.${band}`, { score })}</Badge>;
}

export function StatusBadge({ status, line = false }: { status: string; line?: boolean }) {
  const { t } = useTranslation();
  if (line) return <Badge tone={STATUS_TONE[status] ?? 'neutral'}>{t(`declarations.lineStatus.${status}`)}</Badge>;
  return <Badge tone={STATUS_TONE[status] ?? 'neutral'}>{t(`declarations.status.${status}`)}</Badge>;
}

/** A flag as its sentence; the outlier's measure is itself translated. */
export function flagSentence(t: TFunction, flag: BackOfficeDeclarationFlagFragment): string {
  const params: Record<string, string> = Object.fromEntries(flag.params.map((p) => [p.name, p.value]));
  if (params.measure) params.measure = t(`declarations.measure.${params.measure}`);
  return t(`declarations.flags.${flag.code}`, params);
}

export function FlagChips({ flags }: { flags: readonly BackOfficeDeclarationFlagFragment[] }) {
  const { t } = useTranslation();
  if (!flags.length) return null;
  return (
    <ul className="bo-decl-flags">
      {flags.map((flag, index) => (
        <li key={`${flag.code}-${flag.lineId ?? ''}-${index}`} className={`bo-decl-flag bo-decl-flag--${flag.severity.toLowerCase()}`}>
          <span className="bo-decl-flag__severity">{t(`declarations.severity.${flag.severity}`)}</span> {flagSentence(t, flag)}
        </li>
      ))}
    </ul>
  );
}

/** The sale date, or the declared period. */
export function useSaleWhen() {
  const { t } = useTranslation();
  const format = useFormat();
  return (d: Pick<BackOfficeDeclarationRowFragment, 'saleDate' | 'periodStart' | 'periodEnd'>) => {
    if (d.saleDate) return format.date(d.saleDate);
    if (d.periodStart && d.periodEnd) return t('backofficeDeclarations.period', { start: format.date(d.periodStart), end: format.date(d.periodEnd) });
    return '—';
  };
}
