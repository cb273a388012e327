import type { NotificationKind } from '@relais/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { User } from '../users/user.entity';

/**
 * A user's choice for one kind. Only kinds the user changed have a row; the others follow the
 * kind's defaults (libs/domain notificationDefaults), so a new kind needs no backfill.
 */
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @PrimaryColumn({ type: 'text' })
  kind!: NotificationKind;

  @Column({ type: 'boolean' })
  inApp!: boolean;

  @Column({ type: 'boolean' })
  email!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
