import type { BackOfficeSegmentFragment } from '@relais/graphql-client';
import type { Translate } from '@relais/ui';

import { countryName } from '../../lib/countries';

/**
 * Criteria in one line of words, e.g. "Installer, Reseller · A · France, Belgium". Tiers are named by
 * `tierName` when the caller knows them (ids otherwise).
 */
export function criteriaSummary(t: Translate, locale: string, criteria: BackOfficeSegmentFragment['criteria'], tierName: (id: string) => string = (id) => id): string {
  const parts = [
    criteria.types.map((v) => t(`partners.type.${v}`)).join(', '),
    criteria.brandModels.map((v) => t(`partners.brandModel.${v}`)).join(', '),
    criteria.potentials.length ? `${t('fields.potential')} ${criteria.potentials.join(', ')}` : '',
    criteria.countries.map((c) => countryName(c, locale)).join(', '),
    criteria.regions.join(', '),
    criteria.stages.map((s) => t(`progression.stage.${s}`)).join(', '),
    criteria.tiers.length ? `${t('backofficeProgression.partner.tier')} ${criteria.tiers.map(tierName).join(', ')}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : t('backoffice.segments.criteria.everyone');
}
