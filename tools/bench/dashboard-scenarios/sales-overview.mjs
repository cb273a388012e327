// The sell-out dashboard's query as the back-office sends it, and the same figures from the lines.
import { readFileSync } from 'node:fs';

export default {
  name: 'sales overview',
  query: readFileSync(new URL('../../../libs/graphql-client/src/operations/analytics/backoffice-sales-dashboard.graphql', import.meta.url), 'utf8'),
  // The sell-out of the period and the previous one by category, from the approved lines.
  raw: {
    sql: `SELECT coalesce(d.sale_date, d.period_end) >= $1 AS current, pr.category, sum(l.amount) AS amount, sum(l.quantity) AS quantity, count(*) AS lines
            FROM declaration_lines l
            JOIN declarations d ON d.id = l.declaration_id
            JOIN partners p ON p.id = d.partner_id
            JOIN products pr ON pr.id = l.product_id
           WHERE l.status = 'APPROVED' AND d.status IN ('APPROVED', 'PARTIALLY_APPROVED')
             AND coalesce(d.sale_date, d.period_end) BETWEEN $3 AND $2
           GROUP BY 1, 2`,
    params: ({ from, to, previousFrom }) => [from, to, previousFrom],
  },
};
