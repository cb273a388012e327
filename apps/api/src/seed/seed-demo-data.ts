import { hash } from 'argon2';
import type { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';

import { Application } from '../modules/applications/application.entity';
import { EarningRuleVersion } from '../modules/earning-rules/earning-rule.entity';
import { Partner } from '../modules/partners/partner.entity';
import { Product } from '../modules/products/product.entity';
import { Quiz } from '../modules/quizzes/quiz.entity';
import { RewardItem } from '../modules/rewards/reward-item.entity';
import { RewardItemSegment } from '../modules/rewards/reward-item-segment.entity';
import { Segment } from '../modules/segments/segment.entity';
import { User } from '../modules/users/user.entity';
import { DEMO_APPLICATIONS } from './demo-applications';
import { seedDemoArticles } from './demo-articles';
import { DEMO_EARNING_RULES } from './demo-earning-rules';
import { DEMO_PASSWORD, DEMO_USERS, demoPartnerId, demoUserId } from './demo-ids';
import { DEMO_PARTNERS } from './demo-partners';
import { DEMO_PRODUCTS } from './demo-products';
import { DEMO_QUIZZES } from './demo-quizzes';
import { DEMO_REWARD_ITEM_SEGMENTS, DEMO_REWARD_ITEMS } from './demo-rewards';
import { DEMO_SEGMENTS } from './demo-segments';

const slug = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The demo accounts of partner number `n` (1-based), as the seed creates them. */
export function demoPartnerAccounts(n: number) {
  const partner = DEMO_PARTNERS[n - 1];
  if (!partner) throw new Error(`No demo partner ${n}`);
  const domain = `${slug(partner.name)}.demo`;
  return {
    partnerId: demoPartnerId(n),
    admin: { id: demoUserId(100 + n * 2), email: `${slug(partner.admin.firstName)}.${slug(partner.admin.lastName)}@${domain}` },
    member: { id: demoUserId(101 + n * 2), email: `${slug(partner.member.firstName)}.${slug(partner.member.lastName)}@${domain}` },
  };
}

async function seedPeople(manager: EntityManager, passwordHash: string): Promise<void> {
  const users = manager.getRepository(User);
  const brand = (id: string, email: string, role: User['role'], firstName: string, lastName: string, locale: User['locale']) =>
    ({ id, email, role, firstName, lastName, locale, passwordHash, status: 'ACTIVE', partnerId: null }) as const;
  await users.insert([
    brand(DEMO_USERS.brandAdmin.id, DEMO_USERS.brandAdmin.email, 'BRAND_ADMIN', 'Hélène', 'Admin', 'fr'),
    brand(DEMO_USERS.channelManagerNorth.id, DEMO_USERS.channelManagerNorth.email, 'CHANNEL_MANAGER', 'Claire', 'Martin', 'fr'),
    brand(DEMO_USERS.channelManagerSouth.id, DEMO_USERS.channelManagerSouth.email, 'CHANNEL_MANAGER', 'Marco', 'Rossi', 'en'),
  ]);
  await manager.getRepository(Partner).insert(
    DEMO_PARTNERS.map(({ admin: _a, member: _m, ...partner }, i) => ({ ...partner, id: demoPartnerId(i + 1), status: 'ACTIVE' as const })),
  );
  await users.insert(
    DEMO_PARTNERS.flatMap((partner, i) => {
      const accounts = demoPartnerAccounts(i + 1);
      return [
        { ...partner.admin, ...accounts.admin, role: 'PARTNER_ADMIN' as const, partnerId: accounts.partnerId, passwordHash, status: 'ACTIVE' as const },
        { ...partner.member, ...accounts.member, role: 'PARTNER_MEMBER' as const, partnerId: accounts.partnerId, passwordHash, status: 'ACTIVE' as const },
      ];
    }),
  );
}

async function seedCatalogue(manager: EntityManager): Promise<void> {
  await manager.getRepository(Product).insert(DEMO_PRODUCTS);
  await manager.getRepository(Segment).insert(DEMO_SEGMENTS);
  await manager.getRepository(Application).insert(DEMO_APPLICATIONS.map((application) => ({ ...application, status: 'PENDING' as const })));
  await manager.getRepository(EarningRuleVersion).insert(DEMO_EARNING_RULES);
  await manager.getRepository(RewardItem).insert(DEMO_REWARD_ITEMS);
  await manager.getRepository(RewardItemSegment).insert(DEMO_REWARD_ITEM_SEGMENTS);
  await manager.getRepository(Quiz).insert(DEMO_QUIZZES);
}

/**
 * Loads the demo data when the database has no user yet. Fixed ids make it deterministic;
 * running it again on a seeded database changes nothing.
 */
export async function seedDemoDataIfEmpty(dataSource: DataSource, logger?: Logger): Promise<boolean> {
  if ((await dataSource.getRepository(User).count()) > 0) return false;
  // One hash for every demo account: they share the demo password, and hashing ~60 times would slow every boot.
  const passwordHash = await hash(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    await seedPeople(manager, passwordHash);
    await seedCatalogue(manager);
    await seedDemoArticles(manager);
  });
  logger?.info({ partners: DEMO_PARTNERS.length, products: DEMO_PRODUCTS.length, segments: DEMO_SEGMENTS.length }, 'Demo data loaded');
  return true;
}
