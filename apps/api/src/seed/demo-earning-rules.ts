import type { EarningRuleKind, EarningRuleParameters } from '@relais/domain';

import type { EarningRuleVersion } from '../modules/earning-rules/earning-rule.entity';
import { demoProductId } from './demo-ids';

/** Fixed ids of the demo earning rules (group `f1`, after the kinds of demo-ids.ts). */
export const demoEarningRuleId = (n: number) => `00000000-0000-4000-8000-f1${String(n).padStart(10, '0')}`;

type DemoRule = Omit<EarningRuleVersion, 'createdAt' | 'createdById' | 'parameters' | 'kind'> & {
  [K in EarningRuleKind]: { kind: K; parameters: EarningRuleParameters[K] };
}[EarningRuleKind];

const rule = (n: number, fields: Omit<DemoRule, 'id' | 'ruleKey' | 'version' | 'active' | 'segmentId' | 'productId' | 'category' | 'effectiveTo'> & Partial<DemoRule>) =>
  ({
    id: demoEarningRuleId(n),
    ruleKey: demoEarningRuleId(n),
    version: 1,
    active: true,
    segmentId: null,
    productId: null,
    category: null,
    effectiveTo: null,
    ...fields,
  });

/** Aria 8 kW (HP-AW-08) is the demo's launch product. */
export const DEMO_LAUNCH_PRODUCT_ID = demoProductId(2);

export const DEMO_EARNING_RULES: DemoRule[] = [
  rule(1, { name: 'Heat pumps: 50 pts per unit', kind: 'BASE', parameters: { basis: 'UNIT', points: 50 }, category: 'Heat pumps', effectiveFrom: '2026-01-01' }),
  rule(2, { name: 'Boilers: 20 pts per unit', kind: 'BASE', parameters: { basis: 'UNIT', points: 20 }, category: 'Boilers', effectiveFrom: '2026-01-01' }),
  rule(3, {
    name: 'Accessories: 1 pt per 10 EUR',
    kind: 'BASE',
    parameters: { basis: 'AMOUNT', points: 1, per: 10, currency: 'EUR' },
    category: 'Accessories',
    effectiveFrom: '2026-01-01',
  }),
  rule(4, {
    name: 'Aria 8 kW launch',
    kind: 'MULTIPLIER',
    parameters: { factor: 1.5 },
    productId: DEMO_LAUNCH_PRODUCT_ID,
    effectiveFrom: '2026-03-01',
    effectiveTo: '2026-06-30',
  }),
  rule(5, { name: 'Customer feedback bonus', kind: 'BONUS', parameters: { condition: 'FEEDBACK', points: 20, per: 'DECLARATION' }, effectiveFrom: '2026-01-01' }),
  rule(6, { name: 'Monthly cap', kind: 'CAP', parameters: { scope: 'PERIOD', maxPoints: 5000, period: 'MONTH' }, effectiveFrom: '2026-01-01' }),
];
