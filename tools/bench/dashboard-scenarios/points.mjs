// The points dashboard as the back-office asks for it, and its flows summed from the ledger entries.
export default {
  name: 'points',
  query: `query ($filter: DashboardFilterInput!) { pointsOverview(filter: $filter) {
    from to previousFrom totals { issued redeemed expired withdrawn outstanding pending } previousTotals { issued redeemed expired withdrawn outstanding pending }
    series { period issued redeemed expired withdrawn outstanding pending } } }`,
  // Issued, redeemed, expired and taken back in each period and the balance at its end, from every entry (a reversal under the kind it corrects).
  raw: {
    sql: `SELECT * FROM (SELECT date_trunc('month', e.created_at AT TIME ZONE 'UTC') AS month,
                 sum(e.amount) FILTER (WHERE coalesce(c.kind, e.kind) IN ('DECLARATION_APPROVED', 'QUIZ_PASSED', 'BADGE', 'STAGE_COMPLETED', 'CHALLENGE_PRIZE', 'OBJECTIVE_REACHED')
                                    OR (coalesce(c.kind, e.kind) = 'MANUAL_ADJUSTMENT' AND coalesce(c.amount, e.amount) > 0)) AS issued,
                 -sum(e.amount) FILTER (WHERE coalesce(c.kind, e.kind) IN ('REDEMPTION', 'REDEMPTION_REFUND')) AS redeemed,
                 -sum(e.amount) FILTER (WHERE e.kind = 'EXPIRY') AS expired,
                 -sum(e.amount) FILTER (WHERE coalesce(c.kind, e.kind) = 'MANUAL_ADJUSTMENT' AND coalesce(c.amount, e.amount) < 0) AS withdrawn,
                 sum(sum(e.amount)) OVER (ORDER BY date_trunc('month', e.created_at AT TIME ZONE 'UTC')) AS outstanding
            FROM ledger_entries e LEFT JOIN ledger_entries c ON c.id = e.corrects_entry_id
           WHERE e.created_at < $2::date + 1
           GROUP BY 1) m
           WHERE month >= $1::date`,
    params: ({ previousFrom, to }) => [previousFrom, to],
  },
};
