import type { QuizToTakeFieldsFragment } from '@relais/graphql-client';
import { errorCode, errorMessage, type Formatter, type Translate } from '@relais/ui';

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

/** Why a start or a submission was refused, in the reader's words (the cool-down with when it ends). */
export function refusalText(t: Translate, format: Formatter, error: unknown): string {
  const code = errorCode(error);
  if (code === 'QUIZ_COOLDOWN') {
    const until = (error as { errors?: { extensions?: { details?: { until?: string } } }[] }).errors?.[0]?.extensions?.details?.until;
    if (until) return t('quizzes.refused.QUIZ_COOLDOWN', { date: format.dateTime(until) });
  }
  if (code === 'QUIZ_ATTEMPTS_EXHAUSTED' || code === 'QUIZ_TIME_UP') return t(`quizzes.refused.${code}`);
  return errorMessage(t, error);
}
