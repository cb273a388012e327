import type { QuizToTakeFieldsFragment } from '@relais/graphql-client';
import type { Formatter, Translate } from '@relais/ui';

/** Texts come in both languages from the API; the reader's language picks one. */
export const inLanguage = (language: string | undefined, en: string, fr: string) => ((language ?? '').startsWith('fr') ? fr : en);

/** "2 minutes", "45 seconds": whole minutes when the duration is some. */
export function durationText(t: Translate, seconds: number): string {
  return seconds >= 60 && seconds % 60 === 0 ? t('quizzes.minutes', { count: seconds / 60 }) : t('quizzes.seconds', { count: seconds });
}

/** 4:05 for a countdown. */
export function clockText(seconds: number): string {
  const safe = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(safe / 60)}:${String(safe % 60).padStart(2, '0')}`;
}

/** Where the viewer stands, in one line: passed with points, attempts left, cool-down until… */
export function standingText(t: Translate, format: Formatter, quiz: QuizToTakeFieldsFragment): string[] {
  const { standing } = quiz;
  const lines: string[] = [];
  if (standing.state === 'PASSED') lines.push(t('quizzes.passedWithPoints', { count: standing.pointsEarned }));
  else lines.push(t(`quizzes.state.${standing.state}`));
  if (standing.bestScore !== null && standing.bestScore !== undefined) lines.push(t('quizzes.bestScore', { score: format.number(standing.bestScore) }));
  if (standing.state !== 'PASSED' && standing.attemptsLeft !== null && standing.attemptsLeft !== undefined && standing.attemptsUsed > 0) {
    lines.push(standing.attemptsLeft === 0 ? t('quizzes.noAttemptLeft') : t('quizzes.attemptsLeft', { count: standing.attemptsLeft }));
  }
  if (standing.nextAttemptAt) lines.push(t('quizzes.nextAttemptAt', { date: format.dateTime(standing.nextAttemptAt) }));
  return lines;
}
