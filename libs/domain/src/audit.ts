/** What an audit entry records was done to a row. */
export const AUDIT_ACTIONS = ['INSERT', 'UPDATE', 'DELETE'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * The tables whose back-office changes are recorded (the audit migrations put a trigger on each),
 * as the audit page offers them in its object filter.
 */
export const AUDIT_OBJECT_TYPES = [
  'partners',
  'users',
  'applications',
  'products',
  'product_segments',
  'segments',
  'earning_rules',
  'reward_items',
  'reward_item_segments',
  'reward_orders',
  'declarations',
  'declaration_lines',
  'stage_settings',
  'stage_criteria',
  'tiers',
  'tier_settings',
  'badges',
  'challenges',
  'objectives',
  'objective_settings',
  'feed_settings',
  'programme_settings',
  'ledger_entries',
  'articles',
  'article_attachments',
  'article_segments',
  'quizzes',
  'quiz_segments',
  'api_keys',
  'webhook_endpoints',
  'personal_data_requests',
] as const;
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];
