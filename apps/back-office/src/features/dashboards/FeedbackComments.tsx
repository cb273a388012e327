import type { BackOfficeCustomerFeedbackQuery } from '@relais/graphql-client';
import { useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { dayText } from './feedback-figures';

type Comment = BackOfficeCustomerFeedbackQuery['customerFeedback']['comments'][number];

/** The latest comments of the period (end customers' words: the API shows them within the viewer's scope only). */
export function FeedbackComments({ comments }: { comments: readonly Comment[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const f = (key: string, options?: Record<string, unknown>) => t(`dashboards.feedback.${key}`, options);
  return (
    <section className="sales-dashboard__section sales-dashboard__section--wide" aria-labelledby="feedback-comments-title">
      <h3 id="feedback-comments-title">{f('comments')}</h3>
      <p className="r-muted">{f('commentsHint')}</p>
      {comments.length === 0 ? (
        <p>{f('noComments')}</p>
      ) : (
        <ul className="feedback-dashboard__comments">
          {comments.map((c) => (
            <li key={c.declarationId} className="feedback-dashboard__comment">
              <p>
                <strong>{c.partnerName}</strong> · {f('soldOn', { date: dayText(format.locale, c.date) })}
                {c.rating === null || c.rating === undefined ? null : <> · {f('ratedBy', { rating: c.rating })}</>}
              </p>
              <blockquote>{c.comment}</blockquote>
              {c.tags.length > 0 ? (
                <ul className="feedback-dashboard__tags" aria-label={f('tags')}>
                  {c.tags.map((tag) => (
                    <li key={tag}>{tag}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
