import type { QuizToTakeFieldsFragment } from '@relais/graphql-client';
import { Badge, Card, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { durationText, inLanguage, standingText } from './quiz-text';

const TONE = { NOT_STARTED: 'neutral', IN_PROGRESS: 'info', PASSED: 'success', FAILED: 'warning' } as const;

/** One quiz of the list: what it is, its rules, and where the viewer stands. */
export function QuizCard({ quiz }: { quiz: QuizToTakeFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const title = inLanguage(i18n.language, quiz.titleEn, quiz.titleFr);
  const [status, ...more] = standingText(t, format, quiz);
  return (
    <li>
      <Card title={title} level={2} className="quiz-card">
        <p>
          <Badge tone={TONE[quiz.standing.state]}>{status}</Badge>
        </p>
        {more.length ? <p className="quiz-card__standing">{more.join(' · ')}</p> : null}
        <p className="r-muted quiz-card__rules">
          {[
            t('quizzes.questionCount', { count: quiz.questionCount }),
            t('quizzes.passMark', { mark: format.number(quiz.passMark) }),
            quiz.timeLimitSeconds ? t('quizzes.timeLimit', { duration: durationText(t, quiz.timeLimitSeconds) }) : null,
            quiz.points > 0 ? t('quizzes.points', { count: quiz.points }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <p>
          <Link to={`/quizzes/${quiz.id}`} className="r-button r-button--secondary" aria-label={`${t('quizzes.open')}: ${title}`}>
            {t('quizzes.open')}
          </Link>
        </p>
      </Card>
    </li>
  );
}
