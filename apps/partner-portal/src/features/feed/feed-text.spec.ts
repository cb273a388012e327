import type { FeedItemFieldsFragment } from '@relais/graphql-client';
import { createI18n } from '@relais/i18n';

import { feedSentence } from './feed-text';

const item = (patch: Partial<FeedItemFieldsFragment>): FeedItemFieldsFragment => ({
  id: '1',
  kind: 'BADGE_EARNED',
  occurredAt: '2026-11-20T10:00:00Z',
  partnerName: 'Nord Clim',
  own: false,
  badgeName: { en: 'Networker', fr: 'Réseauteur' },
  badgeIcon: 'star',
  stage: null,
  challengeTitle: null,
  rank: null,
  ...patch,
});

describe('feedSentence', () => {
  it('names the company, or says "a partner" when the name is hidden, in the reader\'s language', () => {
    const en = createI18n('en').t;
    const fr = createI18n('fr').t;
    expect(feedSentence(en, 'en', item({}))).toBe('Nord Clim earned the badge “Networker”.');
    expect(feedSentence(fr, 'fr', item({ partnerName: null }))).toBe('Un partenaire a obtenu le badge « Réseauteur ».');
    expect(feedSentence(en, 'en', item({ kind: 'STAGE_COMPLETED', stage: 'GROWTH', partnerName: null, own: true }))).toBe('Your company completed the Growth stage.');
    expect(feedSentence(en, 'en', item({ kind: 'CHALLENGE_PODIUM', rank: 2, challengeTitle: { en: 'Spring sprint', fr: 'Sprint' } }))).toBe(
      'Nord Clim finished 2nd in the challenge “Spring sprint”.',
    );
  });
});
