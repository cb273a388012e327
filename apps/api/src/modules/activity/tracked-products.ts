import type { TrackedProducts } from '@relais/domain';
import { EntityManager } from 'typeorm';

/**
 * Starting to keep a product's buckets and processing a batch exclude each other: a batch holds
 * this lock shared, the start exclusively, so the fill-in of the past sees every batch before it
 * and every batch after it keeps the product's buckets. Nothing is counted twice or missed.
 */
const TRACKING_LOCK = 5_017_001;

/** Taken by a batch before it reads which products are tracked. */
export async function trackedProducts(manager: EntityManager): Promise<TrackedProducts> {
  await manager.query('SELECT pg_advisory_xact_lock_shared($1)', [TRACKING_LOCK]);
  const rows: { product_id: string }[] = await manager.query('SELECT product_id FROM metric_tracked_products');
  const ids = new Set(rows.map((r) => r.product_id));
  return (productId) => ids.has(productId);
}

/**
 * Tracks the products not tracked yet and fills in their past from the events already processed,
 * by the rule of the domain's incrementsFor (approved lines count on the approval day, a reversal
 * takes them back), for the partner and for the declarer.
 */
export async function trackProducts(manager: EntityManager, productIds: readonly string[]): Promise<void> {
  if (productIds.length === 0) return;
  await manager.query('SELECT pg_advisory_xact_lock($1)', [TRACKING_LOCK]);
  const added: { product_id: string }[] = await manager.query(
    `INSERT INTO metric_tracked_products (product_id) SELECT DISTINCT unnest($1::uuid[])
     ON CONFLICT DO NOTHING RETURNING product_id`,
    [productIds],
  );
  if (added.length === 0) return;
  await manager.query(
    `INSERT INTO metric_daily (metric, scope, owner_id, filter_key, day, value)
     SELECT m.metric, o.scope, o.owner_id, 'product:' || (l->>'productId'), (e.payload->>'countedOn')::date,
            sum(CASE e.type WHEN 'DECLARATION_REVERSED' THEN -m.value ELSE m.value END)
       FROM domain_events e
       CROSS JOIN jsonb_array_elements(e.payload->'lines') AS l
       CROSS JOIN LATERAL (VALUES ('PARTNER', e.partner_id), ('USER', e.user_id)) AS o(scope, owner_id)
       CROSS JOIN LATERAL (VALUES ('UNITS_SOLD', (l->>'quantity')::numeric), ('SALES_AMOUNT', (l->>'amount')::numeric)) AS m(metric, value)
      WHERE e.type IN ('DECLARATION_APPROVED', 'DECLARATION_REVERSED') AND e.processed_at IS NOT NULL
        AND o.owner_id IS NOT NULL AND l->>'productId' = ANY($1::text[])
      GROUP BY 1, 2, 3, 4, 5
      ORDER BY 1, 2, 3, 4, 5
     ON CONFLICT (metric, scope, owner_id, filter_key, day) DO UPDATE SET value = metric_daily.value + excluded.value`,
    [added.map((r) => r.product_id)],
  );
}
