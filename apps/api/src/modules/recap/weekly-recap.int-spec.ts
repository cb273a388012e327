import { randomUUID } from 'node:crypto';

import { declare, OPS } from '../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { lastCompleteWeek } from './recap-week';
import { WeeklyRecapService } from './weekly-recap.service';

const north = demoPartnerAccounts(1);
const other = demoPartnerAccounts(2);
const RECAP_SUBJECT = /^(Your week on Relais|Votre semaine sur Relais)$/;
/** A run a week from now tells the current week, where this file's points are earned. */
const NEXT_WEEK = new Date(Date.now() + 7 * 86_400_000);

describe('WeeklyRecapService', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const recaps = async () =>
    t.sql<{ recipient: string; subject: string; text: string }>('SELECT recipient, subject, text FROM outbox_email ORDER BY created_at').then((rows) => rows.filter((row) => RECAP_SUBJECT.test(row.subject)));
  const earned = async (userId: string, since: string) =>
    (
      await t.sql<{ points: number }>(
        `SELECT coalesce(sum(e.amount), 0)::int AS points FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
          WHERE a.owner_type = 'USER' AND a.owner_id = $1 AND e.amount > 0 AND e.kind <> 'REDEMPTION_REFUND' AND e.kind <> 'MANUAL_ADJUSTMENT' AND e.created_at >= $2::date`,
        [userId, since],
      )
    )[0].points;

  describe('run', () => {
    it('sends each partner user one recap of the week, in their language, even when two runs race, and none to who switched it off', async () => {
      await t.sql("UPDATE users SET locale = 'en' WHERE id = $1", [north.member.id]);
      await t.sql("UPDATE users SET locale = 'fr' WHERE id = $1", [north.admin.id]);
      const optedOut = await t.tokenFor(other.member.email);
      const off = await t.gql('mutation { setNotificationPreference(input: { kind: WEEKLY_RECAP, channel: EMAIL, enabled: false }) { email } }', {}, { token: optedOut });
      expect(off.data?.setNotificationPreference.email).toBe(false);

      const declarer = await t.tokenFor(north.member.email);
      const declaration = await declare(t, declarer);
      const brand = await t.tokenFor(DEMO_USERS.brandAdmin.email);
      expect((await t.gql(OPS.approve, { id: declaration.id }, { token: brand })).data?.approveDeclaration.status).toBe('APPROVED');

      const suspended = demoPartnerAccounts(3);
      await t.sql("UPDATE partners SET status = 'SUSPENDED' WHERE id = $1", [suspended.partnerId]);

      const service = t.app.get(WeeklyRecapService);
      const [first, second] = await Promise.all([service.run(NEXT_WEEK), service.run(NEXT_WEEK)]);
      const partnerUsers = await t.sql<{ email: string }>(
        "SELECT u.email FROM users u JOIN partners p ON p.id = u.partner_id WHERE u.status = 'ACTIVE' AND p.status <> 'SUSPENDED'",
      );
      expect(partnerUsers.map((u) => u.email)).not.toContain(suspended.admin.email);
      expect(first + second).toBe(partnerUsers.length);
      const week = lastCompleteWeek(NEXT_WEEK).start;
      expect(await t.sql('SELECT count(*)::int AS n FROM recap_sends WHERE week = $1', [week])).toEqual([{ n: partnerUsers.length }]);

      const sent = await recaps();
      expect(sent).toHaveLength(partnerUsers.length - 1);
      expect(new Set(sent.map((m) => m.recipient)).size).toBe(sent.length);
      expect(sent.map((m) => m.recipient)).not.toContain(other.member.email);
      expect(sent.map((m) => m.recipient)).not.toContain(suspended.admin.email);

      const points = new Intl.NumberFormat('en').format(await earned(north.member.id, week));
      const english = await t.mailbox.waitFor(north.member.email, /Your week on Relais/);
      expect(english.text).toContain(`Points earned this week: ${points} for you`);
      const french = await t.mailbox.waitFor(north.admin.email, /Votre semaine sur Relais/);
      expect(french.text).toMatch(/Points gagnés cette semaine|Aucun point/);
    });

    it('tells the rank in each live challenge and its move since last week\'s recap, the objectives and what to do next', async () => {
      const challengeId = randomUUID();
      await t.sql(
        `INSERT INTO challenges (id, title, rules, metric, kind, starts_at, ends_at, prize_mode, status, created_by_id)
         VALUES ($1, '{"en":"Spring sprint","fr":"Sprint de printemps"}', '{"en":"","fr":""}', 'UNITS_SOLD', 'INDIVIDUAL', now() - interval '3 days', now() + interval '30 days', 'RANK', 'LIVE', $2)`,
        [challengeId, DEMO_USERS.brandAdmin.id],
      );
      for (const [participant, partner, score] of [[other.member.id, other.partnerId, 10], [north.member.id, north.partnerId, 5], [other.admin.id, other.partnerId, 3]] as const) {
        await t.sql('INSERT INTO challenge_scores (challenge_id, participant_id, partner_id, score, reached_at) VALUES ($1, $2, $3, $4, now())', [challengeId, participant, partner, score]);
      }
      await t.sql(
        `INSERT INTO objectives (scope, partner_id, user_id, metric, target, start_day, end_day)
         VALUES ('USER', $1, $2, 'DECLARATIONS_APPROVED', 12, current_date - 10, current_date + 60)`,
        [north.partnerId, north.member.id],
      );
      // Last week's recap told rank 4.
      await t.sql('UPDATE recap_sends SET ranks = $3 WHERE user_id = $1 AND week = $2', [north.member.id, lastCompleteWeek(NEXT_WEEK).start, JSON.stringify([{ challengeId, rank: 4 }])]);

      const weekAfter = new Date(NEXT_WEEK.getTime() + 7 * 86_400_000);
      expect(await t.app.get(WeeklyRecapService).run(weekAfter)).toBeGreaterThan(0);
      const [latest] = (await recaps()).filter((m) => m.recipient === north.member.email).reverse();
      expect(latest.text).toContain('Your challenges: “Spring sprint”, rank 2 (up 2).');
      expect(latest.text).toMatch(/Your objectives: \d+ of 12 by /);
      expect(latest.text).toMatch(/What to do next: \d+ more to reach your objective of 12\./);
      expect(await t.sql('SELECT ranks FROM recap_sends WHERE user_id = $1 AND week = $2', [north.member.id, lastCompleteWeek(weekAfter).start])).toEqual([
        { ranks: [{ challengeId, rank: 2 }] },
      ]);
    });

    it('sends nothing more for the same week when run again (another process, a restart)', async () => {
      const before = (await recaps()).length;
      expect(await t.app.get(WeeklyRecapService).run(NEXT_WEEK)).toBe(0);
      expect(await recaps()).toHaveLength(before);
    });
  });
});
