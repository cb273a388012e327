import { useQuery } from '@apollo/client/react';
import { type Stage, TierProgrammeDocument } from '@relais/graphql-client';
import { CheckboxGroup } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import type { CriteriaDraft } from './criteria';

const STAGES: readonly Stage[] = ['INTEGRATION', 'ENABLEMENT', 'MOTIVATION', 'GROWTH'];

interface Props {
  value: CriteriaDraft;
  onChange(value: CriteriaDraft): void;
  error(name: keyof CriteriaDraft): string | null;
}

/** The partner's current journey stage and tier, as segment criteria. */
export function ProgressionCriteria({ value, onChange, error }: Props) {
  const { t, i18n } = useTranslation();
  const tiers = useQuery(TierProgrammeDocument).data?.tierProgramme.tiers ?? [];
  return (
    <>
      <CheckboxGroup
        legend={t('backofficeProgression.partner.stage')}
        options={STAGES.map((s) => ({ value: s, label: t(`progression.stage.${s}`) }))}
        value={value.stages}
        onChange={(stages) => onChange({ ...value, stages: stages as Stage[] })}
        error={error('stages')}
        inline
      />
      {tiers.length ? (
        <CheckboxGroup
          legend={t('backofficeProgression.partner.tier')}
          options={tiers.map((tier) => ({ value: tier.id, label: i18n.language.startsWith('fr') ? tier.nameFr : tier.nameEn }))}
          value={value.tiers}
          onChange={(ids) => onChange({ ...value, tiers: ids })}
          error={error('tiers')}
          inline
        />
      ) : null}
    </>
  );
}
