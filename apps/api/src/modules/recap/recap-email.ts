import type { Locale } from '@relais/i18n';

import type { NotificationEmail } from '../notifications/notification-mailer';
import type { WeekFacts } from './recap-facts';
import type { RecapRank } from './recap-send.entity';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The recap's e-mail: paragraphs only for what there is to tell (no "your challenges:" without a
 * challenge), numbers and dates in the reader's language, rank moves against last week's recap.
 */
export function recapEmail(facts: WeekFacts, previous: RecapRank[], t: (locale: Locale) => Translate): NotificationEmail {
  const paragraphs = [facts.points + facts.partnerPoints > 0 ? 'points' : 'pointsNone'];
  if (facts.ranks.length > 0) paragraphs.push('ranks');
  if (facts.objectives.length > 0) paragraphs.push('objectives');
  paragraphs.push('next', 'settings');
  return {
    template: 'weeklyRecap',
    paragraphs,
    params: (locale) => {
      const tr = t(locale);
      const number = new Intl.NumberFormat(locale);
      const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      const ranks = facts.ranks.map((r) => {
        const before = previous.find((p) => p.challengeId === r.challengeId)?.rank;
        const move = before === undefined || before === r.rank ? 'rankItem' : before > r.rank ? 'rankItemUp' : 'rankItemDown';
        return tr(`mail.weeklyRecap.${move}`, { title: r.title[locale] ?? r.title['en'] ?? '', rank: number.format(r.rank), places: number.format(Math.abs((before ?? r.rank) - r.rank)) });
      });
      const objectives = facts.objectives.map((o) =>
        tr('mail.weeklyRecap.objectiveItem', { progress: number.format(o.progress), target: number.format(o.target), endDay: day.format(new Date(`${o.endDay}T00:00:00Z`)) }),
      );
      const open = facts.objectives.filter((o) => o.progress < o.target).sort((a, b) => a.target - a.progress - (b.target - b.progress))[0];
      const next = open ? tr('mail.weeklyRecap.nextObjective', { remaining: number.format(open.target - open.progress), target: number.format(open.target) }) : tr('mail.weeklyRecap.nextDeclare');
      return {
        points: number.format(facts.points),
        partnerPoints: number.format(facts.partnerPoints),
        ranks: ranks.join('; '),
        objectives: objectives.join('; '),
        next,
      };
    },
  };
}
