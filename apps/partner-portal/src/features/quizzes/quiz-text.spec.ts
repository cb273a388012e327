import type { QuizToTakeFieldsFragment } from '@relais/graphql-client';
import { createI18n } from '@relais/i18n';
import type { Formatter } from '@relais/ui';

import { clockText, durationText, standingText } from './quiz-text';

const en = createI18n('en').t;
const fr = createI18n('fr').t;
const format = { number: (n: number) => String(n), dateTime: (d: string) => `<${d}>` } as unknown as Formatter;

const quiz = (standing: Partial<QuizToTakeFieldsFragment['standing']>): QuizToTakeFieldsFragment => ({
  id: 'q',
  titleEn: 'T',
  titleFr: 'T',
  introEn: '',
  introFr: '',
  questionCount: 3,
  passMark: 70,
  maxAttempts: 3,
  cooldownMinutes: null,
  timeLimitSeconds: null,
  points: 40,
  articles: [],
  standing: { state: 'NOT_STARTED', attemptsUsed: 0, attemptsLeft: 3, bestScore: null, pointsEarned: 0, nextAttemptAt: null, openAttemptId: null, ...standing },
});

describe('standingText', () => {
  it('says a pass with its points, and a failure with the attempts left and the end of the cool-down', () => {
    expect(standingText(en, format, quiz({ state: 'PASSED', attemptsUsed: 2, attemptsLeft: 1, bestScore: 100, pointsEarned: 40 }))).toEqual(['Passed, 40 points earned', 'Best score: 100 %']);
    expect(standingText(en, format, quiz({ state: 'FAILED', attemptsUsed: 2, attemptsLeft: 1, bestScore: 33, nextAttemptAt: '2030-01-02T10:00:00.000Z' }))).toEqual([
      'Not passed yet',
      'Best score: 33 %',
      '1 attempt left',
      `Next attempt possible from ${format.dateTime('2030-01-02T10:00:00.000Z')}`,
    ]);
    expect(standingText(fr, format, quiz({ state: 'FAILED', attemptsUsed: 3, attemptsLeft: 0, bestScore: 0 }))).toEqual(['Pas encore réussi', 'Meilleur score : 0 %', 'Plus aucune tentative']);
  });
});

describe('durationText and clockText', () => {
  it('reads whole minutes as minutes and counts down as m:ss', () => {
    expect(durationText(en, 120)).toBe('2 minutes');
    expect(durationText(fr, 45)).toBe('45 secondes');
    expect(clockText(65.2)).toBe('1:06');
    expect(clockText(-3)).toBe('0:00');
  });
});
