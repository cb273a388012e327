// The stage funnel as the back-office asks for it, and the same figures from the stage completions.
import { readFileSync } from 'node:fs';

export default {
  name: 'stage funnel',
  query: readFileSync(new URL('../../../libs/graphql-client/src/operations/analytics/backoffice-stage-funnel.graphql', import.meta.url), 'utf8'),
  // Each stage reached by the end of the period and of the previous one, reached during the period, and the
  // median time from the stage before (from joining for the first), pairing each completion with the one before it.
  raw: {
    sql: `SELECT c.stage, count(*) FILTER (WHERE c.completed_at < $2::date + 1) AS reached, count(*) FILTER (WHERE c.completed_at < $1::date) AS previous_reached,
                 count(*) FILTER (WHERE c.completed_at >= $1::date AND c.completed_at < $2::date + 1) AS in_period,
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.completed_at - coalesce(b.completed_at, p.created_at)))
                   FILTER (WHERE c.completed_at >= $1::date AND c.completed_at < $2::date + 1) AS median_seconds
            FROM stage_completions c
            JOIN partners p ON p.id = c.partner_id
            LEFT JOIN stage_completions b ON b.partner_id = c.partner_id
                  AND b.stage = CASE c.stage WHEN 'ENABLEMENT' THEN 'INTEGRATION' WHEN 'MOTIVATION' THEN 'ENABLEMENT' WHEN 'GROWTH' THEN 'MOTIVATION' END
           GROUP BY c.stage`,
    params: ({ from, to }) => [from, to],
  },
};
