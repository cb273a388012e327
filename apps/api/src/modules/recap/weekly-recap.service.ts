import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { translator } from '../notifications/notification-mailer';
import { NotificationsService } from '../notifications/notifications.service';
import { recapEmail } from './recap-email';
import { RecapFacts } from './recap-facts';
import type { RecapRank } from './recap-send.entity';
import { lastCompleteWeek } from './recap-week';

const BATCH = 100;

/**
 * The weekly recap e-mail: last week's points, challenge ranks and objectives, and what to do next.
 * Once per user and week whatever the number of API processes, runs or restarts: a batch claims
 * its users by inserting their recap_sends rows (a concurrent run waits on the same keys, then
 * skips them) and queues their e-mails in the same transaction, so a crash leaves neither.
 */
@Injectable()
export class WeeklyRecapService {
  private readonly logger = new Logger(WeeklyRecapService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facts: RecapFacts,
    private readonly notifications: NotificationsService,
  ) {}

  /** Handles every partner user whose recap of the last complete week is not sent; returns how many. */
  async run(now: Date = new Date()): Promise<number> {
    const week = lastCompleteWeek(now);
    let handled = 0;
    for (;;) {
      const claimed = await this.dataSource.transaction((manager) => this.batch(manager, week));
      handled += claimed;
      // Fewer than a batch: nothing left, or another run holds the rest and will finish it.
      if (claimed < BATCH) break;
    }
    if (handled > 0) this.logger.log({ week: week.start, users: handled }, 'Weekly recaps queued');
    return handled;
  }

  private async batch(manager: EntityManager, week: { start: string; end: string }): Promise<number> {
    const users: { user_id: string; partner_id: string; previous: RecapRank[] | null }[] = await manager.query(
      `WITH claimed AS (
         INSERT INTO recap_sends (user_id, week)
         SELECT u.id, $1::date FROM users u
           -- A suspended partner's people cannot sign in: a recap would invite them to a closed door.
           JOIN partners p ON p.id = u.partner_id AND p.status <> 'SUSPENDED'
          WHERE u.status = 'ACTIVE'
            AND NOT EXISTS (SELECT 1 FROM recap_sends r WHERE r.user_id = u.id AND r.week = $1::date)
          ORDER BY u.id LIMIT $2
         ON CONFLICT DO NOTHING RETURNING user_id)
       SELECT c.user_id, u.partner_id, prev.ranks AS previous
         FROM claimed c JOIN users u ON u.id = c.user_id
         LEFT JOIN recap_sends prev ON prev.user_id = c.user_id AND prev.week = $1::date - 7`,
      [week.start, BATCH],
    );
    if (users.length === 0) return 0;
    const tables = await this.facts.tables(manager);
    for (const user of users) {
      const facts = await this.facts.of(manager, { id: user.user_id, partnerId: user.partner_id }, week, tables);
      // notify() leaves out users who switched the recap off; the claim stays, so they are not asked again.
      await this.notifications.notify(manager, {
        userIds: [user.user_id],
        kind: 'WEEKLY_RECAP',
        link: '/',
        email: recapEmail(facts, user.previous ?? [], translator),
      });
      const ranks: RecapRank[] = facts.ranks.map(({ challengeId, rank }) => ({ challengeId, rank }));
      await manager.query('UPDATE recap_sends SET ranks = $3 WHERE user_id = $1 AND week = $2::date', [user.user_id, week.start, JSON.stringify(ranks)]);
    }
    return users.length;
  }
}
