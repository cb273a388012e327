import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { notificationDefaults, type NotificationKind, notificationKindsFor } from '@relais/domain';
import { DataSource, EntityManager, Raw } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { invalidField } from '../../core/errors/domain-error';
import { NotificationPreferenceType, SetNotificationPreferenceInput } from './dto/notification-preference.type';
import { NotificationPreference } from './notification-preference.entity';

/** Each user switches each kind on or off, in the app and by e-mail separately. */
@Injectable()
export class NotificationPreferencesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's effective choice for every kind their role can receive. */
  async list(actor: Actor): Promise<NotificationPreferenceType[]> {
    const rows = await this.dataSource.getRepository(NotificationPreference).findBy({ userId: actor.userId });
    const byKind = new Map(rows.map((row) => [row.kind, row]));
    return notificationKindsFor(actor.role).map((kind) => effective(kind, byKind.get(kind)));
  }

  async set(actor: Actor, input: SetNotificationPreferenceInput): Promise<NotificationPreferenceType> {
    if (!notificationKindsFor(actor.role).includes(input.kind)) throw invalidField('NOTIFICATION_KIND_NOT_OFFERED', 'kind');
    const defaults = notificationDefaults(input.kind);
    if ((input.channel === 'IN_APP' ? defaults.inApp : defaults.email) === null) throw invalidField('NOTIFICATION_CHANNEL_NOT_OFFERED', 'channel');
    const column = input.channel === 'IN_APP' ? 'in_app' : 'email';
    // One statement: the first change of a kind starts from its defaults, later ones change one column.
    await this.dataSource.query(
      `INSERT INTO notification_preferences (user_id, kind, in_app, email) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, kind) DO UPDATE SET ${column} = $5, updated_at = now()`,
      [
        actor.userId,
        input.kind,
        input.channel === 'IN_APP' ? input.enabled : (defaults.inApp ?? false),
        input.channel === 'EMAIL' ? input.enabled : (defaults.email ?? false),
        input.enabled,
      ],
    );
    const row = await this.dataSource.getRepository(NotificationPreference).findOneBy({ userId: actor.userId, kind: input.kind });
    return effective(input.kind, row ?? undefined);
  }

  /** Each user's effective choice for `kind`, read in the notifying transaction. */
  async choicesOf(manager: EntityManager, userIds: string[], kind: NotificationKind): Promise<Map<string, NotificationPreferenceType>> {
    // One array parameter, not one per user: a notice to a whole network stays one short statement.
    const rows = await manager.getRepository(NotificationPreference).findBy({ userId: Raw((column) => `${column} = ANY(:ids)`, { ids: userIds }), kind });
    const byUser = new Map(rows.map((row) => [row.userId, row]));
    return new Map(userIds.map((userId) => [userId, effective(kind, byUser.get(userId))]));
  }
}

function effective(kind: NotificationKind, row: NotificationPreference | undefined): NotificationPreferenceType {
  const defaults = notificationDefaults(kind);
  return {
    kind,
    inApp: defaults.inApp === null ? null : (row?.inApp ?? defaults.inApp),
    email: defaults.email === null ? null : (row?.email ?? defaults.email),
  };
}
