import './quizzes.css';

import { useMutation, useQuery } from '@apollo/client/react';
import { BackOfficeQuizzesDocument, type QuizFieldsFragment, type QuizStatus, SetQuizStatusDocument, useSession } from '@relais/graphql-client';
import { Alert, Badge, Button, type Column, errorMessage, LiveRegion, PageHeader, Spinner, Table, useDocumentTitle, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { can } from '../../app/access';

const TONE = { DRAFT: 'neutral', PUBLISHED: 'success', ARCHIVED: 'warning' } as const;

/** Every quiz with its state and attempts; brand admins edit, publish and archive, channel managers read statistics. */
export function QuizzesPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const notice = (useLocation().state as { notice?: string } | null)?.notice ?? null;
  useDocumentTitle(t('quizzes.bo.title'));
  const query = useQuery(BackOfficeQuizzesDocument, { fetchPolicy: 'cache-and-network' });
  const [setStatus, setting] = useMutation(SetQuizStatusDocument);
  const writer = can(user?.role, 'quizzes.write');
  const fr = (i18n.resolvedLanguage ?? '').startsWith('fr');
  const statusButton = (quiz: QuizFieldsFragment, status: QuizStatus, label: string) => (
    <Button variant="secondary" size="sm" disabled={setting.loading} onClick={() => void setStatus({ variables: { id: quiz.id, status } }).catch(() => undefined)}>
      {label} <span className="r-visually-hidden">{fr ? quiz.titleFr : quiz.titleEn}</span>
    </Button>
  );
  const columns: Column<QuizFieldsFragment>[] = [
    { key: 'title', header: t('quizzes.bo.columns.title'), cell: (q) => (writer ? <Link to={`/quizzes/${q.id}`}>{fr ? q.titleFr : q.titleEn}</Link> : fr ? q.titleFr : q.titleEn) },
    { key: 'status', header: t('quizzes.bo.columns.status'), cell: (q) => <Badge tone={TONE[q.status]}>{t(`quizzes.bo.status.${q.status}`)}</Badge> },
    { key: 'questions', header: t('quizzes.bo.columns.questions'), align: 'end', cell: (q) => format.number(q.questions.length) },
    { key: 'attempts', header: t('quizzes.bo.columns.attempts'), align: 'end', cell: (q) => format.number(q.attemptCount) },
    { key: 'points', header: t('quizzes.bo.columns.points'), align: 'end', cell: (q) => format.number(q.points) },
    {
      key: 'actions',
      header: t('quizzes.bo.columns.actions'),
      cell: (q) => (
        <span className="bo-quiz-actions">
          <Link className="r-button r-button--secondary r-button--sm" to={`/quizzes/${q.id}/statistics`}>
            {t('quizzes.bo.statistics')} <span className="r-visually-hidden">{fr ? q.titleFr : q.titleEn}</span>
          </Link>
          {writer && q.status !== 'PUBLISHED' ? statusButton(q, 'PUBLISHED', t('quizzes.bo.publish')) : null}
          {writer && q.status === 'PUBLISHED' ? statusButton(q, 'DRAFT', t('quizzes.bo.unpublish')) : null}
          {writer && q.status !== 'ARCHIVED' ? statusButton(q, 'ARCHIVED', t('quizzes.bo.archive')) : null}
        </span>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('quizzes.bo.title')}
        intro={t('quizzes.bo.intro')}
        actions={
          writer ? (
            <Link className="r-button r-button--primary" to="/quizzes/new">
              {t('quizzes.bo.create')}
            </Link>
          ) : null
        }
      />
      <LiveRegion message={notice} tone="success" />
      {setting.error ? <Alert tone="error">{errorMessage(t, setting.error)}</Alert> : null}
      {query.error && !query.data ? <Alert tone="error">{errorMessage(t, query.error)}</Alert> : null}
      {query.data ? (
        <Table caption={t('quizzes.bo.title')} captionHidden columns={columns} rows={query.data.quizzes} rowKey={(q) => q.id} empty={t('quizzes.bo.empty')} />
      ) : query.loading ? (
        <Spinner label={t('common.loading')} />
      ) : null}
    </>
  );
}
