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
}
