import { Injectable } from '@nestjs/common';
import type { NotificationKind } from '@relais/domain';
import { EntityManager } from 'typeorm';

import { AppConfig } from '../../core/config/app-config';
import { MailService } from '../../core/mail/mail.service';
import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../users/user.entity';
import { Declaration } from './declaration.entity';

export type DeclarationMail = 'declarationDecided' | 'declarationInfoRequested' | 'declarationReversed';

const KINDS: Record<DeclarationMail, NotificationKind> = {
  declarationDecided: 'DECLARATION_DECIDED',
  declarationInfoRequested: 'DECLARATION_INFO_REQUESTED',
  declarationReversed: 'DECLARATION_REVERSED',
};

/**
 * Tells the declarer what the brand decided: in the app, and by e-mail in their language through the
 * outbox. Both are written in the decision's transaction, so a decision rolled back tells no one.
 */
@Injectable()
export class DeclarationNotifier {
  constructor(
    private readonly mail: MailService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  async notify(manager: EntityManager, declaration: Declaration, template: DeclarationMail, details: { message?: string | null; approved?: number; rejected?: number } = {}): Promise<void> {
    // The declarer's address and language; UsersService has no lookup by id for system use.
    const user = await manager.getRepository(User).findOneBy({ id: declaration.declaredById });
    if (!user) return;
    const date = declaration.saleDate ?? declaration.periodStart ?? '';
    const path = `/declarations/${declaration.id}`;
    await this.notifications.notify(manager, {
      userIds: [user.id],
      kind: KINDS[template],
      params: template === 'declarationDecided' ? { date, status: declaration.status, approved: details.approved ?? 0, rejected: details.rejected ?? 0 } : { date },
      link: path,
    });
    if (user.status === 'DEACTIVATED') return;
    const paragraphs = ['body', ...(details.message ? ['message'] : [])];
    await this.mail.enqueue(manager, user.email, {
      locale: user.locale,
      template,
      paragraphs,
      params: {
        date,
        status: declaration.status,
        approved: String(details.approved ?? 0),
        rejected: String(details.rejected ?? 0),
        message: details.message ?? '',
      },
      recipientName: user.firstName,
      link: `${this.config.PORTAL_URL.replace(/\/$/, '')}${path}`,
    });
  }
}
