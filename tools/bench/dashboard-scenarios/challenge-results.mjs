// Challenge results as the back-office asks for them, and the participation counted from the scores.
import { readFileSync } from 'node:fs';

export default {
  name: 'challenge results',
  query: readFileSync(new URL('../../../libs/graphql-client/src/operations/analytics/backoffice-challenge-results.graphql', import.meta.url), 'utf8'),
  // Participants, active ones and distinct active partners of the challenges that ran in the period, from every
  // score row with its partner (the dashboard reads the same rows: the scores are already one row a participant).
  raw: {
    sql: `SELECT s.challenge_id, count(*) AS participants, count(*) FILTER (WHERE s.score > 0) AS active,
                 count(DISTINCT s.partner_id) FILTER (WHERE s.score > 0) AS active_partners
            FROM challenges c
            JOIN challenge_scores s ON s.challenge_id = c.id
            JOIN partners p ON p.id = s.partner_id
           WHERE c.status IN ('LIVE', 'ENDED', 'SETTLED') AND c.starts_at < $2::date + 1 AND c.ends_at >= $1::date
           GROUP BY ROLLUP (s.challenge_id)`,
    params: ({ from, to }) => [from, to],
  },
};
