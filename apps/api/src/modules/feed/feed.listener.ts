import { Injectable, OnModuleInit } from '@nestjs/common';
import { isFeedKind } from '@relais/domain';

import { ActivityListener, ActivityListeners, ProcessedBatch } from '../activity/activity-listeners';

/** The feed is written last in a batch (order 60): it only copies achievements, and reads nothing. */
@Injectable()
export class FeedListener implements ActivityListener, OnModuleInit {
  readonly order = 60;

  constructor(private readonly listeners: ActivityListeners) {}

  onModuleInit() {
    this.listeners.register(this);
  }

  async afterBatch({ manager, events }: ProcessedBatch): Promise<void> {
    const achievements = events.filter((event) => isFeedKind(event.type));
    if (achievements.length === 0) return;
    await manager.query(
      `INSERT INTO feed_items (event_id, type, occurred_at, partner_id, user_id, payload)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::timestamptz[], $4::uuid[], $5::uuid[], $6::jsonb[])
       ON CONFLICT (event_id) DO NOTHING`,
      [
        achievements.map((e) => e.id),
        achievements.map((e) => e.type),
        achievements.map((e) => e.occurredAt),
        achievements.map((e) => e.partnerId),
        achievements.map((e) => e.userId),
        achievements.map((e) => JSON.stringify(e.payload)),
      ],
    );
  }
}
