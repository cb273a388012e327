import { BRAND_MODELS, PARTNER_STATUSES, PARTNER_TYPES, POTENTIALS, ROLES } from '@relais/domain';
import type { SelectOption } from '@relais/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { countryOptions } from '../../lib/countries';

const USER_STATUSES = ['INVITED', 'ACTIVE', 'DEACTIVATED'] as const;

/** Translated options of the domain's enums, in their canonical order. */
export function useOptions() {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const of = (values: readonly string[], prefix: string): SelectOption[] =>
      values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
    return {
      partnerTypes: of(PARTNER_TYPES, 'partners.type'),
      brandModels: of(BRAND_MODELS, 'partners.brandModel'),
      potentials: of(POTENTIALS, 'partners.potential'),
      partnerStatuses: of(PARTNER_STATUSES, 'partners.status'),
      roles: of(ROLES, 'users.role'),
      userStatuses: of(USER_STATUSES, 'users.status'),
      locales: [
        { value: 'fr', label: t('common.languages.fr') },
        { value: 'en', label: t('common.languages.en') },
      ],
      countries: countryOptions(i18n.language),
    };
  }, [t, i18n.language]);
}
