import './quizzes.css';

import { useQuery } from '@apollo/client/react';
import { MyQuizzesDocument } from '@relais/graphql-client';
import { Alert, EmptyState, errorMessage, PageHeader, Spinner, useDocumentTitle } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { QuizCard } from './QuizCard';

/** The quizzes open to the viewer, each with where they stand. */
export function QuizzesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('quizzes.title'));
  const query = useQuery(MyQuizzesDocument, { fetchPolicy: 'cache-and-network' });
  const quizzes = query.data?.myQuizzes;
  return (
    <div className="r-stack">
      <PageHeader title={t('quizzes.title')} intro={t('quizzes.intro')} />
      {query.error && !quizzes ? <Alert tone="error">{errorMessage(t, query.error) || t('quizzes.loadFailed')}</Alert> : null}
      {!quizzes && query.loading ? <Spinner label={t('common.loading')} /> : null}
      {quizzes && quizzes.length === 0 ? <EmptyState title={t('quizzes.empty')} /> : null}
      {quizzes && quizzes.length > 0 ? (
        <ul className="quiz-list">
          {quizzes.map((quiz) => (
            <QuizCard key={quiz.id} quiz={quiz} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
