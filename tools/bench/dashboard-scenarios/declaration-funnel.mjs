// The declaration funnel as the back-office asks for it, and the same counts from the declarations.
import { readFileSync } from 'node:fs';

export default {
  name: 'declaration funnel',
  query: readFileSync(new URL('../../../libs/graphql-client/src/operations/analytics/backoffice-declaration-funnel.graphql', import.meta.url), 'utf8'),
  // Both periods by outcome, with the exact median and p90 time to decide and the information requests, then the flags.
  raw: {
    sql: `SELECT d.submitted_at >= $1 AS current, count(*) AS submitted,
                 count(*) FILTER (WHERE d.status = 'APPROVED') AS approved, count(*) FILTER (WHERE d.status = 'PARTIALLY_APPROVED') AS partially_approved,
                 count(*) FILTER (WHERE d.status = 'REJECTED') AS rejected, count(*) FILTER (WHERE d.status = 'REVERSED') AS reversed,
                 count(*) FILTER (WHERE d.status = 'WITHDRAWN') AS withdrawn, count(*) FILTER (WHERE d.status IN ('SUBMITTED', 'NEEDS_INFO')) AS pending,
                 count(*) FILTER (WHERE EXISTS (SELECT 1 FROM declaration_events e WHERE e.declaration_id = d.id AND e.action = 'INFO_REQUESTED')) AS needs_information,
                 count(d.decided_at) AS decided,
                 percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM d.decided_at - d.submitted_at)) AS decision_seconds,
                 (SELECT jsonb_object_agg(code, n) FROM (SELECT f.code, count(DISTINCT f.declaration_id) AS n FROM declaration_flags f
                    JOIN declarations fd ON fd.id = f.declaration_id WHERE fd.submitted_at >= $2::date AND fd.submitted_at < $3::date + 1 GROUP BY f.code) x) AS flags
            FROM declarations d
           WHERE d.submitted_at >= $2::date AND d.submitted_at < $3::date + 1
           GROUP BY 1`,
    params: ({ from, to, previousFrom }) => [from, previousFrom, to],
  },
};
