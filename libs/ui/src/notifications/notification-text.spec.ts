import { createI18n } from '@relais/i18n';

import { createFormatter } from '../format/format';
import { notificationSentence, relativeTime } from './notification-text';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('notificationSentence', () => {
  const decided = (status: string) => ({
    kind: 'DECLARATION_DECIDED',
    params: [
      { name: 'date', value: '2026-03-12', format: 'DATE' as const },
      { name: 'status', value: status, format: 'TEXT' as const },
      { name: 'approved', value: '1200', format: 'NUMBER' as const },
      { name: 'rejected', value: '1', format: 'NUMBER' as const },
    ],
  });

  it('renders the sentence of the status, with the date and numbers of the reader\'s locale', () => {
    const fr = createI18n('fr');
    const text = notificationSentence(fr.t.bind(fr), createFormatter('fr'), decided('PARTIALLY_APPROVED'));
    expect(plain(text)).toBe('Votre déclaration du 12 mars 2026 a été validée en partie : 1 200 ligne(s) validée(s), 1 refusée(s).');
    const en = createI18n('en');
    expect(notificationSentence(en.t.bind(en), createFormatter('en'), decided('APPROVED'))).toBe('Your declaration of March 12, 2026 has been approved.');
  });

  it('falls back to the kind\'s sentence, then to a generic one', () => {
    const en = createI18n('en');
    expect(notificationSentence(en.t.bind(en), createFormatter('en'), decided('SUBMITTED'))).toMatch(/^Lines of your declaration of March 12, 2026 have been reviewed/);
    expect(notificationSentence(en.t.bind(en), createFormatter('en'), { kind: 'SOMETHING_NEW', params: [] })).toBe('You have a new notification.');
  });
});

describe('relativeTime', () => {
  const now = new Date('2026-03-12T12:00:00Z');
  const en = createFormatter('en', 'UTC');

  it('says minutes, hours and days, and the date beyond a week', () => {
    expect(relativeTime(en, '2026-03-12T11:59:30Z', now)).toBeNull();
    expect(relativeTime(en, '2026-03-12T11:55:00Z', now)).toBe('5 minutes ago');
    expect(relativeTime(en, '2026-03-12T09:00:00Z', now)).toBe('3 hours ago');
    expect(relativeTime(en, '2026-03-11T10:00:00Z', now)).toBe('yesterday');
    expect(relativeTime(createFormatter('fr', 'UTC'), '2026-03-08T10:00:00Z', now)).toBe('il y a 4 jours');
    expect(relativeTime(en, '2026-03-01T10:00:00Z', now)).toBe('March 1, 2026');
  });
});
