// Participation as the back-office asks for it, and the active partners counted from the ledger.
export default {
  name: 'participation',
  query: `query ($filter: DashboardFilterInput!) { participationOverview(filter: $filter) {
    from to previousFrom totals { active partners } previousTotals { active partners } series { period active partners }
    bySegment { segmentId label active partners previousActive previousPartners } } }`,
  // Partners that earned points in each period (earning entries on their own or their users' wallets), over all partners.
  raw: {
    sql: `SELECT e.created_at >= $1::date AS current, count(DISTINCT coalesce(u.partner_id, CASE WHEN a.owner_type = 'PARTNER' THEN a.owner_id END)) AS active,
                 (SELECT count(*) FROM partners) AS partners
            FROM ledger_entries e
            JOIN ledger_accounts a ON a.id = e.account_id
            LEFT JOIN users u ON a.owner_type = 'USER' AND u.id = a.owner_id
           WHERE e.kind IN ('DECLARATION_APPROVED', 'QUIZ_PASSED', 'BADGE', 'STAGE_COMPLETED', 'CHALLENGE_PRIZE', 'OBJECTIVE_REACHED')
             AND e.created_at >= $2::date AND e.created_at < $3::date + 1
           GROUP BY 1`,
    params: ({ from, to, previousFrom }) => [from, previousFrom, to],
  },
};
