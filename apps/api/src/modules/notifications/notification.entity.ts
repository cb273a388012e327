import type { NotificationKind, NotificationParamValue } from '@relais/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { User } from '../users/user.entity';

/**
 * One thing a user is told in the app. The sentence is not stored: the apps render it from kind and
 * params in the reader's language at the time they read it.
 *
 * Retention: rows are kept (a few per decision, deleted with their user). When volume calls for it,
 * a purge of read notifications older than a programme setting belongs in a worker of this module.
 */
@Entity('notifications')
// The newest first for one reader (PostgreSQL walks the index backwards for DESC).
@Index('IDX_notifications_user_created', ['userId', 'createdAt', 'id'])
// The bell's count, polled by every open app: only unread rows are indexed.
@Index('IDX_notifications_user_unread', ['userId'], { where: '"read_at" IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  params!: Record<string, NotificationParamValue>;

  /** An app path, e.g. /declarations/<id>; the app resolves it against its own origin. */
  @Column({ type: 'text', nullable: true })
  link!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
