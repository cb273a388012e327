import { Injectable } from '@nestjs/common';
import { isPartnerRole, type NotificationKind, notificationParamFormat, type NotificationParamValue } from '@relais/domain';
import { createI18n, type Locale } from '@relais/i18n';
import { EntityManager, Raw } from 'typeorm';

import { AppConfig } from '../../core/config/app-config';
import { MailService } from '../../core/mail/mail.service';
import { User } from '../users/user.entity';

/** A feature's own e-mail for its kind, richer than the notification's sentence. */
export interface NotificationEmail {
  /** Key under `mail.` in the messages (subject and paragraphs). */
  template: string;
  paragraphs: string[];
  /** The template's values, formatted for the recipient's language. */
  params: (locale: Locale) => Record<string, string>;
}

export interface MailedNotification {
  kind: NotificationKind;
  params?: Record<string, NotificationParamValue>;
  link?: string | null;
  email?: NotificationEmail;
}

const translators = new Map<Locale, ReturnType<typeof createI18n>['t']>();
/** The shared messages in `locale`, for e-mails written outside templates' own params. */
export const translator = (locale: Locale) => {
  if (!translators.has(locale)) translators.set(locale, createI18n(locale).t);
  return translators.get(locale) as ReturnType<typeof createI18n>['t'];
};

/** The in-app sentence in `locale`, numbers and dates formatted as the apps do (libs/ui notificationSentence). */
export function notificationSentence(locale: Locale, kind: NotificationKind, params: Record<string, NotificationParamValue> = {}): string {
  const t = translator(locale);
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const format = notificationParamFormat(value);
    if (format === 'NUMBER') values[name] = new Intl.NumberFormat(locale).format(Number(value));
    // A date-only value is a calendar day: formatted in UTC so no time zone moves it.
    else if (format === 'DATE') values[name] = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(String(value)));
    else values[name] = String(value);
  }
  return t(`notifications.kind.${kind}`, { ...values, context: values['status'], defaultValue: t('notifications.unknownKind') });
}

/**
 * E-mails a notification through the outbox, in each recipient's language, inside the notifying
 * transaction (a rollback sends nothing; the outbox sends once). Kinds without an e-mail of their
 * own get the sentence of the app under a subject of their kind.
 */
@Injectable()
export class NotificationMailer {
  constructor(
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  async send(manager: EntityManager, userIds: string[], notification: MailedNotification): Promise<void> {
    const users = await manager.getRepository(User).findBy({ id: Raw((column) => `${column} = ANY(:ids)`, { ids: userIds }) });
    const own = notification.email;
    await this.mail.enqueueMany(
      manager,
      users
        .filter((user) => user.status !== 'DEACTIVATED')
        .map((user) => {
          const origin = (isPartnerRole(user.role) ? this.config.PORTAL_URL : this.config.BACK_OFFICE_URL).replace(/\/$/, '');
          return {
            to: user.email,
            content: {
              locale: user.locale,
              template: own?.template ?? 'notification',
              paragraphs: own?.paragraphs ?? ['body', 'settings'],
              // i18next's context picks the kind's subject (mail.notification.subject_<KIND>).
              params: own?.params(user.locale) ?? { sentence: notificationSentence(user.locale, notification.kind, notification.params), context: notification.kind },
              recipientName: user.firstName,
              link: notification.link ? `${origin}${notification.link}` : undefined,
            },
          };
        }),
    );
  }
}
