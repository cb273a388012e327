import type { JourneyCriterionFragment } from '@relais/graphql-client';
import { createI18n } from '@relais/i18n';
import type { Formatter } from '@relais/ui';

import { criterionLabel, nextStep } from './journey-text';

const criterion = (patch: Partial<JourneyCriterionFragment> = {}): JourneyCriterionFragment => ({
  id: 'c1',
  metric: 'DECLARATIONS_APPROVED',
  scope: 'PARTNER',
  category: null,
  productIds: [],
  threshold: 5,
  window: 'ROLLING',
  windowDays: 90,
  ...patch,
});

/** The two formats the journey's sentences use (the @relais/ui entry point loads CSS, which jest does not). */
const createFormatter = (locale: string) =>
  ({
    locale,
    number: (value: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options).format(value),
    currency: (value: number, currency = 'EUR') => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value),
  }) as unknown as Formatter;

describe('journey text', () => {
  const en = createI18n('en').t;
  const fr = createI18n('fr').t;
  const enFormat = createFormatter('en');
  const frFormat = createFormatter('fr');

  it('says what to do next with the number missing, singular or plural, in both languages', () => {
    expect(nextStep(en, enFormat, criterion(), 3)).toBe('Declare 3 more approved sales.');
    expect(nextStep(en, enFormat, criterion(), 1)).toBe('Declare 1 more approved sale.');
    expect(nextStep(fr, frFormat, criterion(), 3)).toBe('Déclarez encore 3 ventes approuvées.');
  });

  it('says a sales amount as money and that one person is enough for a USER criterion', () => {
    expect(nextStep(en, enFormat, criterion({ metric: 'SALES_AMOUNT' }), 1250)).toBe('Declare €1,250.00 more in approved sales.');
    expect(nextStep(en, enFormat, criterion({ metric: 'QUIZZES_PASSED', scope: 'USER' }), 1)).toBe('Pass 1 more quiz. (one person of your team is enough)');
  });

  it('names the measure with its restriction and window', () => {
    expect(criterionLabel(en, criterion({ metric: 'UNITS_SOLD', category: 'Heat pumps' }))).toBe('Units sold · category Heat pumps · over the last 90 days');
    expect(criterionLabel(fr, criterion({ window: 'SINCE_JOINED', windowDays: null }))).toBe('Déclarations approuvées · depuis votre arrivée');
  });
});
