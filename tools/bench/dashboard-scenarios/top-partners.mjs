// The top partners and movers as the back-office asks for them, and the same ranking from the lines.
import { readFileSync } from 'node:fs';

export default {
  name: 'top partners',
  query: readFileSync(new URL('../../../libs/graphql-client/src/operations/analytics/backoffice-top-partners.graphql', import.meta.url), 'utf8'),
  // Every partner's approved sell-out in the period and the previous one, then the top 10 and the 5 biggest rises and falls.
  raw: {
    sql: `WITH f AS MATERIALIZED (
            SELECT d.partner_id,
                   coalesce(sum(l.amount) FILTER (WHERE coalesce(d.sale_date, d.period_end) >= $1), 0) AS amount,
                   coalesce(sum(l.amount) FILTER (WHERE coalesce(d.sale_date, d.period_end) < $1), 0) AS previous
              FROM declaration_lines l
              JOIN declarations d ON d.id = l.declaration_id
             WHERE l.status = 'APPROVED' AND d.status IN ('APPROVED', 'PARTIALLY_APPROVED')
               AND coalesce(d.sale_date, d.period_end) BETWEEN $3 AND $2
             GROUP BY d.partner_id)
          (SELECT 'top' AS list, f.*, p.name FROM f JOIN partners p ON p.id = f.partner_id WHERE amount > 0 ORDER BY amount DESC LIMIT 10)
          UNION ALL (SELECT 'rise', f.*, p.name FROM f JOIN partners p ON p.id = f.partner_id WHERE amount > previous ORDER BY amount - previous DESC LIMIT 5)
          UNION ALL (SELECT 'fall', f.*, p.name FROM f JOIN partners p ON p.id = f.partner_id WHERE amount < previous ORDER BY amount - previous LIMIT 5)`,
    params: ({ from, to, previousFrom }) => [from, to, previousFrom],
  },
};
