import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { WebhookEndpoint } from './webhook-endpoint.entity';
import type { WebhookDeliveryEvent, WebhookDeliveryStatus } from './webhook-events';

/** One event to send to one endpoint: the outbox row, written in the transaction of its cause. */
@Entity('webhook_deliveries')
@Index(['status', 'nextAttemptAt'])
@Index(['endpointId', 'createdAt'])
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  endpointId!: string;

  @ManyToOne(() => WebhookEndpoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id' })
  endpoint?: WebhookEndpoint;

  @Column({ type: 'text' })
  event!: WebhookDeliveryEvent;

  /** The same for every endpoint told of one event, and across retries and replays: receivers dedupe on it. */
  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'text', default: 'PENDING' })
  status!: WebhookDeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** When the worker may take it; while an attempt is under way, the end of that attempt's lease. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'int', nullable: true })
  lastStatusCode!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
