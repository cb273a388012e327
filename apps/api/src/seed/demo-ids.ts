/**
 * Fixed ids of the demo data, so demos, tests and benchmarks can name a record.
 * The last group encodes the kind (a=user, b=partner, c=product, d=segment, e=application, f=reward item) and a number.
 */
const id = (kind: string, n: number) => `00000000-0000-4000-8000-${kind}${String(n).padStart(11, '0')}`;

export const demoUserId = (n: number) => id('a', n);
export const demoPartnerId = (n: number) => id('b', n);
export const demoProductId = (n: number) => id('c', n);
export const demoSegmentId = (n: number) => id('d', n);
export const demoApplicationId = (n: number) => id('e', n);
export const demoRewardItemId = (n: number) => id('f', n);

/** The password of every demo account. */
export const DEMO_PASSWORD = 'Relais-demo-2026';

export const DEMO_USERS = {
  brandAdmin: { id: demoUserId(1), email: 'admin@relais.demo' },
  channelManagerNorth: { id: demoUserId(2), email: 'claire.martin@relais.demo' },
  channelManagerSouth: { id: demoUserId(3), email: 'marco.rossi@relais.demo' },
} as const;
