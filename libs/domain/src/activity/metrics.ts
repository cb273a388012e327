/**
 * The measures that stages, tiers, badges, challenges and objectives read, defined once. Each
 * domain event turns into daily increments (pure, below); the API adds them up per day, so any
 * window is a sum over days and nothing is ever recomputed from the declarations.
 */
export const METRICS = [
  'DECLARATIONS_APPROVED',
  'UNITS_SOLD',
  'SALES_AMOUNT',
  'FEEDBACK_GIVEN',
  'SIGN_IN_DAYS',
  'QUIZZES_PASSED',
  'ARTICLES_READ',
  'FILES_DOWNLOADED',
  'BADGES_EARNED',
  'STAGES_COMPLETED',
] as const;
export type Metric = (typeof METRICS)[number];

export const METRIC_SCOPES = ['USER', 'PARTNER'] as const;
export type MetricScope = (typeof METRIC_SCOPES)[number];

/** SUM adds every increment; DISTINCT_DAYS counts a day once however many events it holds. */
export type MetricKind = 'SUM' | 'DISTINCT_DAYS';

export const METRIC_KINDS: Record<Metric, MetricKind> = {
  DECLARATIONS_APPROVED: 'SUM',
  UNITS_SOLD: 'SUM',
  SALES_AMOUNT: 'SUM',
  FEEDBACK_GIVEN: 'SUM',
  SIGN_IN_DAYS: 'DISTINCT_DAYS',
  QUIZZES_PASSED: 'SUM',
  ARTICLES_READ: 'SUM',
  FILES_DOWNLOADED: 'SUM',
  BADGES_EARNED: 'SUM',
  STAGES_COMPLETED: 'SUM',
};

/** The metrics a product set or a category can restrict. */
export const SALES_METRICS: readonly Metric[] = ['UNITS_SOLD', 'SALES_AMOUNT'];

export const ACTIVITY_EVENT_TYPES = [
  'DECLARATION_APPROVED',
  'DECLARATION_REVERSED',
  'FEEDBACK_GIVEN',
  'SIGNED_IN',
  'QUIZ_PASSED',
  'ARTICLE_READ',
  'FILE_DOWNLOADED',
  'BADGE_EARNED',
  'STAGE_COMPLETED',
  'CHALLENGE_PODIUM',
  'OBJECTIVE_REACHED',
] as const;
export type ActivityEventType = (typeof ACTIVITY_EVENT_TYPES)[number];

export interface ApprovedLine {
  productId: string;
  category: string;
  quantity: number;
  /** Decimal text, as PostgreSQL numeric gives it. */
  amount: string;
}

/** What a settled declaration adds; its reversal carries the same lines and the day they were counted on. */
export interface DeclarationActivity {
  declarationId: string;
  lines: ApprovedLine[];
  /** ISO day (UTC) the approval was counted on. */
  countedOn: string;
}

export interface ActivityEvent {
  type: ActivityEventType;
  occurredAt: Date;
  partnerId: string;
  userId: string | null;
  payload: Record<string, unknown>;
}

/** Restricts a sales metric to a set of products or to one category. */
export interface MetricFilter {
  productIds?: readonly string[];
  category?: string;
}

/** The whole measure, without restriction. */
export const UNFILTERED = '';

export interface MetricIncrement {
  metric: Metric;
  scope: MetricScope;
  ownerId: string;
  /** UNFILTERED, `category:<name>` or `product:<id>`: a product set reads the sum of its products' keys. */
  filterKey: string;
  day: string;
  /** Decimal text, so amounts are added by PostgreSQL without floating-point drift. */
  value: string;
}

export const categoryKey = (category: string) => `category:${category}`;
export const productKey = (productId: string) => `product:${productId}`;

/** The stored keys a window reads and adds up for a filter. Both restrictions at once are refused. */
export function filterKeys(filter?: MetricFilter): string[] {
  if (filter?.productIds && filter.category !== undefined) throw new RangeError('A metric filter names products or a category, not both');
  if (filter?.productIds) return [...new Set(filter.productIds)].map(productKey);
  if (filter?.category !== undefined) return [categoryKey(filter.category)];
  return [UNFILTERED];
}

export const utcDay = (at: Date) => at.toISOString().slice(0, 10);

const negate = (value: string) => (value.startsWith('-') ? value.slice(1) : `-${value}`);

function owners(event: ActivityEvent): [MetricScope, string][] {
  return event.userId ? [['PARTNER', event.partnerId], ['USER', event.userId]] : [['PARTNER', event.partnerId]];
}

/**
 * Which products keep buckets of their own. Whole and per-category buckets are always kept; a
 * product's own only once a definition names it (an approval of 20 lines would otherwise write 80
 * more rows), and MetricsService.track fills its past in when it starts being kept.
 */
export type TrackedProducts = (productId: string) => boolean;

const EVERY_PRODUCT: TrackedProducts = () => true;

/**
 * Exact hundredths of a decimal text ("-1500.5" → -150050): buckets keep two decimals, like amounts,
 * and integers below 2^53 add exactly, which BigInt would too but several times slower.
 */
const toHundredths = (value: string) => Math.round(Number(value) * 100);

function fromHundredths(hundredths: number): string {
  const size = Math.abs(hundredths);
  return `${hundredths < 0 ? '-' : ''}${Math.floor(size / 100)}.${String(size % 100).padStart(2, '0')}`;
}

/**
 * A declaration's increments, its lines added up per filter key first: 20 lines of 3 categories
 * give 4 keys, not 60 increments, which is most of what processing a batch costs.
 */
function salesIncrements(activity: DeclarationActivity, tracked: TrackedProducts): Omit<MetricIncrement, 'scope' | 'ownerId' | 'day'>[] {
  const sums = new Map<string, { units: number; amount: number }>();
  const add = (filterKey: string, units: number, amount: number) => {
    const sum = sums.get(filterKey);
    if (sum) {
      sum.units += units;
      sum.amount += amount;
    } else sums.set(filterKey, { units, amount });
  };
  for (const line of activity.lines) {
    const units = line.quantity * 100;
    const amount = toHundredths(line.amount);
    add(UNFILTERED, units, amount);
    add(categoryKey(line.category), units, amount);
    if (tracked(line.productId)) add(productKey(line.productId), units, amount);
  }
  const increments: Omit<MetricIncrement, 'scope' | 'ownerId' | 'day'>[] = [{ metric: 'DECLARATIONS_APPROVED', filterKey: UNFILTERED, value: '1' }];
  for (const [filterKey, sum] of sums) {
    increments.push({ metric: 'UNITS_SOLD', filterKey, value: fromHundredths(sum.units) });
    increments.push({ metric: 'SALES_AMOUNT', filterKey, value: fromHundredths(sum.amount) });
  }
  return increments;
}

/** Events that count one on their day; the others (podiums, objectives) only feed the activity feed. */
const COUNTED_EVENTS: Partial<Record<ActivityEventType, Metric>> = {
  QUIZ_PASSED: 'QUIZZES_PASSED',
  ARTICLE_READ: 'ARTICLES_READ',
  FILE_DOWNLOADED: 'FILES_DOWNLOADED',
  BADGE_EARNED: 'BADGES_EARNED',
  STAGE_COMPLETED: 'STAGES_COMPLETED',
};

/**
 * What one event adds to the daily buckets of its partner and its user. A reversal subtracts,
 * on the day the approval was counted, exactly what the approval added.
 */
export function incrementsFor(event: ActivityEvent, tracked: TrackedProducts = EVERY_PRODUCT): MetricIncrement[] {
  const day = utcDay(event.occurredAt);
  let parts: Omit<MetricIncrement, 'scope' | 'ownerId'>[];
  switch (event.type) {
    case 'DECLARATION_APPROVED': {
      const activity = event.payload as unknown as DeclarationActivity;
      parts = salesIncrements(activity, tracked).map((i) => ({ ...i, day: activity.countedOn }));
      break;
    }
    case 'DECLARATION_REVERSED': {
      const activity = event.payload as unknown as DeclarationActivity;
      parts = salesIncrements(activity, tracked).map((i) => ({ ...i, day: activity.countedOn, value: negate(i.value) }));
      break;
    }
    case 'FEEDBACK_GIVEN':
      parts = [{ metric: 'FEEDBACK_GIVEN', filterKey: UNFILTERED, day, value: '1' }];
      break;
    case 'SIGNED_IN':
      parts = [{ metric: 'SIGN_IN_DAYS', filterKey: UNFILTERED, day, value: '1' }];
      break;
    default: {
      const metric = COUNTED_EVENTS[event.type];
      parts = metric ? [{ metric, filterKey: UNFILTERED, day, value: '1' }] : [];
    }
  }
  return owners(event).flatMap(([scope, ownerId]) => parts.map((p) => ({ ...p, scope, ownerId })));
}

/**
 * One increment per bucket, values added exactly: an approval of 20 lines gives dozens of
 * increments to the same few buckets, and sending them summed is most of a batch's saving.
 */
export function sumByBucket(increments: readonly MetricIncrement[]): MetricIncrement[] {
  const buckets = new Map<string, { increment: MetricIncrement; total: number }>();
  for (const increment of increments) {
    const key = `${increment.metric}|${increment.scope}|${increment.ownerId}|${increment.filterKey}|${increment.day}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.total += toHundredths(increment.value);
    else buckets.set(key, { increment, total: toHundredths(increment.value) });
  }
  return [...buckets.values()].map(({ increment, total }) => ({ ...increment, value: fromHundredths(total) }));
}
