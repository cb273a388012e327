/** Sentences of the points explanation, one per code of @relais/domain's EarningPart. */
export const earning = {
  parts: {
    BASE_PER_UNIT_one: '{{count, number}} unit × {{rate, number}} pts',
    BASE_PER_UNIT_other: '{{count, number}} units × {{rate, number}} pts',
    BASE_PER_AMOUNT: '{{amount, number}} {{currency}} at {{rate, number}} pts per {{per, number}} {{currency}}',
    NO_BASE_RULE: 'no earning rule for this product on the sale date',
    MULTIPLIER: '×{{factor, number}} {{name}}',
    TIER_MULTIPLIER: '×{{factor, number}} tier',
    BONUS_FEEDBACK: '+{{points, number}} feedback bonus',
    BONUS_CUSTOMER_PROFILE: '+{{points, number}} customer profile bonus',
    BONUS_ON_TIME: '+{{points, number}} bonus for declaring within {{withinDays, number}} days',
    CAP_DECLARATION: '−{{reducedBy, number}} pts (at most {{maxPoints, number}} pts per declaration)',
    CAP_PERIOD: '−{{reducedBy, number}} pts (at most {{maxPoints, number}} pts per {{period}}, {{periodKey}})',
  },
  periods: { MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' },
  separator: ', ',
  total_one: '{{count, number}} pt',
  total_other: '{{count, number}} pts',
};
