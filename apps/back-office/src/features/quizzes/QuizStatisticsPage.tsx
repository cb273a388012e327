import './quizzes.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficeQuizDocument, QuizStatisticsDocument, useSession } from '@relais/graphql-client';
import { Alert, Card, type Column, errorMessage, PageHeader, Spinner, Table, useDocumentTitle, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';

import { ExportButton } from '../exports/ExportButton';
import { QuizzesBackLink } from './QuizzesBackLink';

/** Attempts, takers, pass rate, average score and the success rate of each question. */
export function QuizStatisticsPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const quiz = useQuery(BackOfficeQuizDocument, { variables: { id } });
  const stats = useQuery(QuizStatisticsDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const fr = (i18n.resolvedLanguage ?? '').startsWith('fr');
  const name = quiz.data?.quiz ? (fr ? quiz.data.quiz.titleFr : quiz.data.quiz.titleEn) : '';
  const title = t('quizzes.bo.stats.title', { title: name });
  useDocumentTitle(title);
  const data = stats.data?.quizStatistics;
  const rate = (value: number | null | undefined) => (value === null || value === undefined ? t('quizzes.bo.stats.none') : format.percent(value));
  type Row = NonNullable<typeof data>['questions'][number];
  const columns: Column<Row>[] = [
    { key: 'question', header: t('quizzes.bo.stats.question'), cell: (q) => (fr ? q.textFr : q.textEn) },
    { key: 'correct', header: t('quizzes.bo.stats.correct'), align: 'end', cell: (q) => `${format.number(q.correct)} / ${format.number(q.answered)}` },
    { key: 'rate', header: t('quizzes.bo.stats.successRate'), align: 'end', cell: (q) => rate(q.successRate) },
  ];
  return (
    <>
      <QuizzesBackLink />
      <PageHeader
        title={title}
        intro={user?.role === 'CHANNEL_MANAGER' ? `${t('quizzes.bo.stats.intro')} ${t('quizzes.bo.stats.scopeHint')}` : t('quizzes.bo.stats.intro')}
        actions={<ExportButton kind="quiz-results" params={{ quizId: id }} label={t('exports.quizResultsButton')} />}
      />
      {stats.error && !data ? <Alert tone="error">{errorMessage(t, stats.error)}</Alert> : null}
      {!data && stats.loading ? <Spinner label={t('common.loading')} /> : null}
      {data ? (
        <>
          <dl className="bo-quiz-figures">
            {[
              [t('quizzes.bo.stats.attempts'), format.number(data.attempts)],
              [t('quizzes.bo.stats.takers'), format.number(data.takers)],
              [t('quizzes.bo.stats.passedTakers'), format.number(data.passedTakers)],
              [t('quizzes.bo.stats.passRate'), rate(data.passRate)],
              [t('quizzes.bo.stats.averageScore'), data.averageScore === null || data.averageScore === undefined ? t('quizzes.bo.stats.none') : `${format.number(data.averageScore, { maximumFractionDigits: 1 })} %`],
            ].map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <Card title={t('quizzes.bo.stats.questions')}>
            <figure className="bo-quiz-chart" aria-hidden="true">
              <ResponsiveContainer width="100%" height={240}>
                {/* The table below is the accessible form of these figures; the chart takes no focus. */}
                <BarChart data={data.questions.map((q, i) => ({ name: String(i + 1), rate: Math.round((q.successRate ?? 0) * 100) }))} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="name" tick={{ fill: '#1b2430', fontSize: 12 }} />
                  <YAxis domain={[0, 100]} unit=" %" tick={{ fill: '#1b2430', fontSize: 12 }} width={48} />
                  <Bar dataKey="rate" fill="#0b5394" />
                </BarChart>
              </ResponsiveContainer>
            </figure>
            <Table caption={t('quizzes.bo.stats.chartLabel')} columns={columns} rows={data.questions} rowKey={(q) => q.questionId} empty={t('quizzes.bo.stats.none')} />
          </Card>
        </>
      ) : null}
    </>
  );
}
