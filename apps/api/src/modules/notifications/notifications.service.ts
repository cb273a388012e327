import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type NotificationKind, notificationParamFormat, type NotificationParamValue } from '@relais/domain';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { invalidField } from '../../core/errors/domain-error';
import { PageInput, pageOf } from '../../core/graphql/page.input';
import { channelFor } from '../../core/realtime/channels';
import { mapEvents } from '../../core/realtime/event-queue';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { isUuid } from '../../core/validation/uuid';
import { NotificationPageType, NotificationType } from './dto/notification.type';
import { Notification } from './notification.entity';
import { type NotificationEmail, NotificationMailer } from './notification-mailer';
import { NotificationPreferencesService } from './notification-preferences.service';

export const MAX_IDS_PER_CALL = 100;
const ROWS_PER_INSERT = 1000;

/** Where a user's new notifications are announced (ids only; the subscriber reads its own row). */
export const notificationsChannel = (userId: string) => channelFor('notifications', userId);

export interface NewNotification {
  userIds: string[];
  kind: NotificationKind;
  /** Numbers and strings (ISO for dates) the apps render the sentence with, in the reader's language. */
  params?: Record<string, NotificationParamValue>;
  /** An app path, e.g. /declarations/<id>. */
  link?: string | null;
  /** The feature's own e-mail for kinds that have one; other e-mailed kinds send the sentence. */
  email?: NotificationEmail;
}

const toType = (row: Notification): NotificationType => ({
  id: row.id,
  kind: row.kind,
  params: Object.entries(row.params ?? {}).map(([name, value]) => ({ name, value: String(value), format: notificationParamFormat(value) })),
  link: row.link,
  readAt: row.readAt,
  createdAt: row.createdAt,
});

/**
 * In-app notifications. Other features write them with notify() inside their own transaction; each
 * user reads and marks only their own (someone else's ids simply name nothing).
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly realtime: RealtimeService,
    private readonly preferences: NotificationPreferencesService,
    private readonly mailer: NotificationMailer,
  ) {}

  /**
   * Writes in the caller's transaction, so a decision that is rolled back notifies nobody; the
   * open apps hear of it live when that transaction commits. Each user gets it in the app and by
   * e-mail as they chose for its kind (features need not know about preferences).
   */
  async notify(manager: EntityManager, notification: NewNotification): Promise<void> {
    const recipients = [...new Set(notification.userIds)];
    if (recipients.length === 0) return;
    const choices = await this.preferences.choicesOf(manager, recipients, notification.kind);
    const emailed = recipients.filter((userId) => choices.get(userId)?.email);
    if (emailed.length > 0) await this.mailer.send(manager, emailed, notification);
    const userIds = recipients.filter((userId) => choices.get(userId)?.inApp);
    if (userIds.length === 0) return;
    // In slices: a notice to a whole network would pass PostgreSQL's 65,535 parameters in one insert.
    for (let start = 0; start < userIds.length; start += ROWS_PER_INSERT) {
      const slice = userIds.slice(start, start + ROWS_PER_INSERT);
      const { identifiers } = await manager.getRepository(Notification).insert(
        slice.map((userId) => ({ userId, kind: notification.kind, params: notification.params ?? {}, link: notification.link ?? null })),
      );
      await this.realtime.publishMany(
        manager,
        slice.map((userId, index) => ({ channel: notificationsChannel(userId), payload: { id: identifiers[index]?.id as string } })),
      );
    }
  }

  /** The caller's notifications as they are written, for the notificationAdded subscription. */
  live(actor: Actor): AsyncIterableIterator<NotificationType> {
    return mapEvents(this.realtime.subscribe<{ id: string }>(notificationsChannel(actor.userId)), async ({ id }) => {
      const row = await this.dataSource.getRepository(Notification).findOneBy({ id, userId: actor.userId });
      return row ? toType(row) : null;
    });
  }

  /** The caller's notifications, newest first. */
  async list(actor: Actor, page?: PageInput | null, unreadOnly = false): Promise<NotificationPageType> {
    const { offset, limit } = pageOf(page);
    const [rows, total] = await this.dataSource.getRepository(Notification).findAndCount({
      where: { userId: actor.userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
    return { items: rows.map(toType), total };
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.dataSource.getRepository(Notification).countBy({ userId: actor.userId, readAt: IsNull() });
  }

  /** Marks the caller's notifications among `ids` read (again is a no-op) and returns them. */
  async markRead(actor: Actor, ids: string[]): Promise<NotificationType[]> {
    if (ids.length > MAX_IDS_PER_CALL) throw invalidField('INVALID_INPUT', 'ids', 'arrayMaxSize');
    ids.forEach((id, index) => {
      if (!isUuid(id)) throw invalidField('INVALID_INPUT', `ids.${index}`, 'isUuid');
    });
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Notification);
      await repository.update({ userId: actor.userId, id: In(unique), readAt: IsNull() }, { readAt: () => 'now()' });
      const rows = await repository.find({ where: { userId: actor.userId, id: In(unique) }, order: { createdAt: 'DESC', id: 'DESC' } });
      return rows.map(toType);
    });
  }

  /** Marks every unread notification of the caller read; returns how many were unread. */
  async markAllRead(actor: Actor): Promise<number> {
    const result = await this.dataSource.getRepository(Notification).update({ userId: actor.userId, readAt: IsNull() }, { readAt: () => 'now()' });
    return result.affected ?? 0;
  }
}
