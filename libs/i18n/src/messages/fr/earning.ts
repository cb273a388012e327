import type { earning as en } from '../en/earning';

export const earning: typeof en = {
  parts: {
    BASE_PER_UNIT_one: '{{count, number}} unité × {{rate, number}} pts',
    BASE_PER_UNIT_other: '{{count, number}} unités × {{rate, number}} pts',
    BASE_PER_AMOUNT: '{{amount, number}} {{currency}} à {{rate, number}} pts par {{per, number}} {{currency}}',
    NO_BASE_RULE: 'aucune règle de points pour ce produit à la date de vente',
    MULTIPLIER: '×{{factor, number}} {{name}}',
    TIER_MULTIPLIER: '×{{factor, number}} niveau',
    BONUS_FEEDBACK: '+{{points, number}} bonus avis client',
    BONUS_CUSTOMER_PROFILE: '+{{points, number}} bonus profil client',
    BONUS_ON_TIME: '+{{points, number}} bonus déclaration sous {{withinDays, number}} jours',
    CAP_DECLARATION: '−{{reducedBy, number}} pts (au plus {{maxPoints, number}} pts par déclaration)',
    CAP_PERIOD: '−{{reducedBy, number}} pts (au plus {{maxPoints, number}} pts par {{period}}, {{periodKey}})',
  },
  periods: { MONTH: 'mois', QUARTER: 'trimestre', YEAR: 'année' },
  separator: ', ',
  total_one: '{{count, number}} pt',
  total_other: '{{count, number}} pts',
};
