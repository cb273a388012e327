import { createI18n, type Locale } from '@relais/i18n';

import { recapEmail } from './recap-email';

const t = (locale: Locale) => createI18n(locale).t;
const CHALLENGE = { challengeId: 'c1', title: { en: 'Spring sprint', fr: 'Sprint de printemps' } };

describe('recapEmail', () => {
  it('tells rank moves against last week, objectives and the nearest objective as what to do next', () => {
    const email = recapEmail(
      { points: 1200, partnerPoints: 0, ranks: [{ ...CHALLENGE, rank: 2 }], objectives: [{ target: 10, progress: 8, endDay: '2026-12-31' }, { target: 50, progress: 1, endDay: '2026-12-31' }] },
      [{ challengeId: 'c1', rank: 5 }],
      t,
    );
    expect(email.paragraphs).toEqual(['points', 'ranks', 'objectives', 'next', 'settings']);
    expect(email.params('en')).toMatchObject({
      points: '1,200',
      ranks: '“Spring sprint”, rank 2 (up 3)',
      objectives: '8 of 10 by December 31, 2026; 1 of 50 by December 31, 2026',
      next: '2 more to reach your objective of 10.',
    });
    expect(email.params('fr').ranks).toBe('« Sprint de printemps », 2e place (+3)');
  });

  it('leaves out what there is nothing to tell about, and suggests declaring', () => {
    const email = recapEmail({ points: 0, partnerPoints: 0, ranks: [], objectives: [] }, [], t);
    expect(email.paragraphs).toEqual(['pointsNone', 'next', 'settings']);
    expect(email.params('en').next).toBe('declare your latest sales to earn points and climb the leaderboards.');
  });
});
