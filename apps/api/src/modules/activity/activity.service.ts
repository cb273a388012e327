import { Injectable } from '@nestjs/common';
import type { ActivityEventType } from '@relais/domain';
import { EntityManager } from 'typeorm';

export interface RecordedEvent {
  type: ActivityEventType;
  partnerId: string;
  userId: string | null;
  subjectId?: string | null;
  occurredAt?: Date;
  payload?: Record<string, unknown>;
}

/** What other modules call to record an event, inside the transaction of what caused it. */
@Injectable()
export class ActivityService {
  async record(manager: EntityManager, event: RecordedEvent): Promise<void> {
    await manager.query(
      'INSERT INTO domain_events (type, partner_id, user_id, subject_id, occurred_at, payload) VALUES ($1, $2, $3, $4, $5, $6::jsonb)',
      [event.type, event.partnerId, event.userId, event.subjectId ?? null, event.occurredAt ?? new Date(), JSON.stringify(event.payload ?? {})],
    );
  }

  /** Many events in one statement, for awards given to hundreds of owners in one batch. */
  async recordMany(manager: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    const at = new Date();
    await manager.query(
      `INSERT INTO domain_events (type, partner_id, user_id, subject_id, occurred_at, payload)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::jsonb[])`,
      [
        events.map((e) => e.type),
        events.map((e) => e.partnerId),
        events.map((e) => e.userId),
        events.map((e) => e.subjectId ?? null),
        events.map((e) => (e.occurredAt ?? at).toISOString()),
        events.map((e) => JSON.stringify(e.payload ?? {})),
      ],
    );
  }
}
