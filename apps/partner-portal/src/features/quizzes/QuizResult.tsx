import type { QuizAttemptFieldsFragment } from '@relais/graphql-client';
import { Alert, Badge, Card, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { inLanguage } from './quiz-text';

/** The score, pass or fail, points, and each question with the right answers and its explanation. */
export function QuizResult({ attempt, passMark }: { attempt: QuizAttemptFieldsFragment; passMark: number }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const lang = i18n.language;
  const labelsOf = (question: QuizAttemptFieldsFragment['questions'][number], ids: readonly string[]) =>
    question.options
      .filter((o) => ids.includes(o.id))
      .map((o) => inLanguage(lang, o.labelEn, o.labelFr))
      .join(', ') || t('quizzes.result.noAnswer');
  return (
    <section aria-labelledby="quiz-result-title" className="r-stack">
      <h2 id="quiz-result-title">{t('quizzes.result.title')}</h2>
      <Alert tone={attempt.passed ? 'success' : 'warning'} title={t('quizzes.result.score', { score: format.number(attempt.score ?? 0) })}>
        <p>{attempt.passed ? t('quizzes.result.passed') : t('quizzes.result.failed', { mark: format.number(passMark) })}</p>
        {attempt.pointsAwarded > 0 ? <p>{t('quizzes.result.points', { count: attempt.pointsAwarded })}</p> : null}
        {attempt.passed && attempt.pointsAwarded === 0 ? <p>{t('quizzes.result.alreadyPaid')}</p> : null}
      </Alert>
      <ol className="quiz-results">
        {attempt.questions.map((question) => {
          const result = attempt.results?.find((r) => r.questionId === question.id);
          if (!result) return null;
          const explanation = inLanguage(lang, result.explanationEn, result.explanationFr);
          return (
            <li key={question.id}>
              <Card className={result.correct ? 'quiz-result quiz-result--right' : 'quiz-result'}>
                <h3>{inLanguage(lang, question.textEn, question.textFr)}</h3>
                <p>
                  <Badge tone={result.correct ? 'success' : 'danger'}>{result.correct ? t('quizzes.result.right') : t('quizzes.result.wrong')}</Badge>
                </p>
                <p>{t('quizzes.result.yourAnswers', { answers: labelsOf(question, result.chosenOptionIds) })}</p>
                <p>{t('quizzes.result.rightAnswers', { answers: labelsOf(question, result.rightOptionIds) })}</p>
                {explanation ? (
                  <p>
                    <strong>{t('quizzes.result.explanation')}</strong> {explanation}
                  </p>
                ) : null}
              </Card>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
