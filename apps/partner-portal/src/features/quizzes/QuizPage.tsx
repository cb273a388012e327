import './quizzes.css';

import { useMutation, useQuery } from '@apollo/client/react';
import { MyQuizDocument, MyQuizzesDocument, type QuizAnswerInput, type QuizAttemptFieldsFragment, StartQuizAttemptDocument, SubmitQuizAttemptDocument } from '@relais/graphql-client';
import { Alert, Button, errorCode, errorMessage, type Formatter, PageHeader, Spinner, type Translate, useDocumentTitle, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { durationText, inLanguage, standingText } from './quiz-text';
import { QuizAttemptForm } from './QuizAttemptForm';
import { QuizResult } from './QuizResult';

/** Why a start or a submission was refused, in the reader's words (the cool-down with when it ends). */
function refusalText(t: Translate, format: Formatter, error: unknown): string {
  const code = errorCode(error);
  if (code === 'QUIZ_COOLDOWN') {
    const until = (error as { errors?: { extensions?: { details?: { until?: string } } }[] }).errors?.[0]?.extensions?.details?.until;
    if (until) return t('quizzes.refused.QUIZ_COOLDOWN', { date: format.dateTime(until) });
  }
  if (code === 'QUIZ_ATTEMPTS_EXHAUSTED' || code === 'QUIZ_TIME_UP') return t(`quizzes.refused.${code}`);
  return errorMessage(t, error);
}

/** One quiz: its rules and where the viewer stands, then an attempt, then its result. */
export function QuizPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const query = useQuery(MyQuizDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const refetchQueries = [{ query: MyQuizDocument, variables: { id } }, { query: MyQuizzesDocument }];
  const [startAttempt, starting] = useMutation(StartQuizAttemptDocument, { refetchQueries });
  const [submitAttempt, submitting] = useMutation(SubmitQuizAttemptDocument, { refetchQueries });
  const [attempt, setAttempt] = useState<QuizAttemptFieldsFragment | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const quiz = query.data?.myQuiz;
  const title = quiz ? inLanguage(i18n.language, quiz.titleEn, quiz.titleFr) : t('quizzes.title');
  useDocumentTitle(title);

  const start = async () => {
    setRefusal(null);
    try {
      const result = await startAttempt({ variables: { quizId: id } });
      setAttempt(result.data?.startQuizAttempt ?? null);
    } catch (error) {
      setRefusal(refusalText(t, format, error));
    }
  };
  const submit = async (answers: QuizAnswerInput[]) => {
    if (!attempt) return;
    setRefusal(null);
    try {
      const result = await submitAttempt({ variables: { attemptId: attempt.id, answers } });
      setAttempt(result.data?.submitQuizAttempt ?? null);
    } catch (error) {
      setRefusal(refusalText(t, format, error));
      setAttempt(null);
    }
  };

  if (!quiz) {
    return (
      <div className="r-stack">
        <PageHeader title={t('quizzes.title')} />
        {query.loading ? <Spinner label={t('common.loading')} /> : null}
        {query.error ? <Alert tone="error">{errorMessage(t, query.error)}</Alert> : null}
        <p>
          <Link to="/quizzes">{t('quizzes.backToList')}</Link>
        </p>
      </div>
    );
  }
  const { standing } = quiz;
  const canStart = standing.attemptsLeft !== 0 && !standing.nextAttemptAt;
  const taking = attempt?.status === 'OPEN';
  const intro = inLanguage(i18n.language, quiz.introEn, quiz.introFr);
  return (
    <div className="r-stack">
      <PageHeader title={title} intro={intro || undefined} />
      {!taking ? (
        <>
          <ul className="r-muted">
            <li>{t('quizzes.questionCount', { count: quiz.questionCount })}</li>
            <li>{t('quizzes.passMark', { mark: format.number(quiz.passMark) })}</li>
            {quiz.timeLimitSeconds ? <li>{t('quizzes.timeLimit', { duration: durationText(t, quiz.timeLimitSeconds) })}</li> : null}
            {quiz.maxAttempts ? <li>{t('quizzes.attemptsAllowed', { count: quiz.maxAttempts })}</li> : null}
            {quiz.cooldownMinutes ? <li>{t('quizzes.cooldown', { duration: durationText(t, quiz.cooldownMinutes * 60) })}</li> : null}
            {quiz.points > 0 ? <li>{t('quizzes.points', { count: quiz.points })}</li> : null}
          </ul>
          <p aria-live="polite">{standingText(t, format, quiz).join(' · ')}</p>
          {quiz.articles.length ? (
            <section aria-labelledby="quiz-study-first" className="r-stack">
              <h2 id="quiz-study-first">{t('quizzes.studyFirst')}</h2>
              <ul>
                {quiz.articles.map((article) => (
                  <li key={article.id}>
                    <Link to={`/knowledge/${article.id}`}>{inLanguage(i18n.language, article.titleEn, article.titleFr)}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
      {refusal ? <Alert tone="error">{refusal}</Alert> : null}
      {attempt && taking ? <QuizAttemptForm key={attempt.id} attempt={attempt} busy={submitting.loading} onSubmit={(answers) => void submit(answers)} /> : null}
      {attempt && attempt.status === 'SUBMITTED' ? <QuizResult attempt={attempt} passMark={quiz.passMark} /> : null}
      {!taking ? (
        <div className="quiz-actions">
          {canStart ? (
            <Button onClick={() => void start()} busy={starting.loading}>
              {standing.openAttemptId ? t('quizzes.resume') : standing.attemptsUsed > 0 ? t('quizzes.retry') : t('quizzes.start')}
            </Button>
          ) : null}
          <Link to="/quizzes" className="r-button r-button--secondary">
            {t('quizzes.backToList')}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
