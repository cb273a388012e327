import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { WebhookDelivery } from './webhook-delivery.entity';

/** One try at sending a delivery, with what the receiver answered. */
@Entity('webhook_attempts')
@Index(['deliveryId', 'at'])
export class WebhookAttempt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  deliveryId!: string;

  @ManyToOne(() => WebhookDelivery, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: WebhookDelivery;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  /** Null when no answer came (timeout, refused connection, address not allowed). */
  @Column({ type: 'int', nullable: true })
  statusCode!: number | null;

  @Column({ type: 'int' })
  durationMs!: number;

  /** The first 2,000 characters of the answer's body. */
  @Column({ type: 'text', nullable: true })
  responseBody!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
