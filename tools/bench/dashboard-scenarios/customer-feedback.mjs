// The customer feedback section as the back-office asks for it, and the same figures from the declarations.
import { readFileSync } from 'node:fs';

const SALE_DAY = `coalesce(d.sale_date, d.period_end, (d.decided_at AT TIME ZONE 'UTC')::date)`;

export default {
  name: 'customer feedback',
  query: readFileSync(new URL('../../../libs/graphql-client/src/operations/analytics/backoffice-customer-feedback.graphql', import.meta.url), 'utf8'),
  // Ratings by month of sale (both periods), the tags of both periods and the latest 20 comments, from the approved declarations.
  raw: {
    sql: `WITH counted AS MATERIALIZED (
            SELECT d.id, ${SALE_DAY} AS day, d.partner_id, d.feedback_rating, d.feedback_comment, d.feedback_tags
              FROM declarations d
             WHERE d.status IN ('APPROVED', 'PARTIALLY_APPROVED') AND ${SALE_DAY} BETWEEN $3 AND $2)
          SELECT 'month' AS kind, date_trunc('month', day)::date::text AS key, count(feedback_rating) AS n, avg(feedback_rating) AS value FROM counted GROUP BY 2
          UNION ALL (SELECT 'tag', t.tag, count(DISTINCT c.id) FILTER (WHERE c.day >= $1), count(DISTINCT c.id) FILTER (WHERE c.day < $1)
                       FROM counted c CROSS JOIN LATERAL unnest(c.feedback_tags) AS t(tag) GROUP BY t.tag ORDER BY 3 DESC LIMIT 10)
          UNION ALL (SELECT 'comment', c.id::text, c.feedback_rating, NULL FROM counted c
                      WHERE c.feedback_comment <> '' AND c.day >= $1 ORDER BY c.day DESC, c.id DESC LIMIT 20)`,
    params: ({ from, to, previousFrom }) => [from, to, previousFrom],
  },
};
