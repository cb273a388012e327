import type { BackOfficeSegmentFragment } from '@relais/graphql-client';
import type { Translate } from '@relais/ui';

import { countryName } from '../../lib/countries';

/** Criteria in one line of words, e.g. "Installer, Reseller · A · France, Belgium". */
export function criteriaSummary(t: Translate, locale: string, criteria: BackOfficeSegmentFragment['criteria']): string {
  const parts = [
    criteria.types.map((v) => t(`partners.type.${v}`)).join(', '),
    criteria.brandModels.map((v) => t(`partners.brandModel.${v}`)).join(', '),
    criteria.potentials.length ? `${t('fields.potential')} ${criteria.potentials.join(', ')}` : '',
    criteria.countries.map((c) => countryName(c, locale)).join(', '),
    criteria.regions.join(', '),
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : t('backoffice.segments.criteria.everyone');
}
