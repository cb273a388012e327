import { Injectable } from '@nestjs/common';
import type { ActivityEventType, Metric } from '@relais/domain';
import { EntityManager } from 'typeorm';

export interface ProcessedEvent {
  id: string;
  type: ActivityEventType;
  occurredAt: Date;
  partnerId: string;
  userId: string | null;
  subjectId: string | null;
  payload: Record<string, unknown>;
}

/** What one processed batch changed, handed to the features that measure it. */
export interface ProcessedBatch {
  /** The batch's transaction: what a listener writes commits with the events' stamps, or not at all. */
  manager: EntityManager;
  events: ProcessedEvent[];
  /** Owners whose daily buckets moved in this batch (deduplicated). */
  partnerIds: string[];
  userIds: string[];
  /** The metrics that moved, so a listener skips the definitions this batch cannot change. */
  metrics: ReadonlySet<Metric>;
}

/**
 * A feature (stages, badges, objectives, challenges, the feed) that re-evaluates its owners after
 * each batch. It runs inside the batch's transaction, after the buckets were updated, so it reads
 * metrics that include the batch and an award and its event's stamp commit together.
 */
export interface ActivityListener {
  /** Listeners run in ascending order (a tier before the challenges ranked by tier, for instance). */
  readonly order: number;
  afterBatch(batch: ProcessedBatch): Promise<void>;
}

/** Where listeners register themselves (in their module's onModuleInit); the processor calls them. */
@Injectable()
export class ActivityListeners {
  private readonly listeners: ActivityListener[] = [];

  register(listener: ActivityListener): void {
    this.listeners.push(listener);
    this.listeners.sort((a, b) => a.order - b.order);
  }

  async afterBatch(batch: ProcessedBatch): Promise<void> {
    for (const listener of this.listeners) await listener.afterBatch(batch);
  }
}
