import { Injectable } from '@nestjs/common';
import type { NotificationKind } from '@relais/domain';
import { EntityManager } from 'typeorm';

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
 * outbox (each as the declarer chose for the kind). Both are written in the decision's transaction, so a decision rolled back tells no one.
 */
@Injectable()
export class DeclarationNotifier {
  constructor(private readonly notifications: NotificationsService) {}

  async notify(manager: EntityManager, declaration: Declaration, template: DeclarationMail, details: { message?: string | null; approved?: number; rejected?: number } = {}): Promise<void> {
    // The declarer's address and language; UsersService has no lookup by id for system use.
    const user = await manager.getRepository(User).findOneBy({ id: declaration.declaredById });
    if (!user) return;
    const date = declaration.saleDate ?? declaration.periodStart ?? '';
    const path = `/declarations/${declaration.id}`;
    const paragraphs = ['body', ...(details.message ? ['message'] : [])];
    const params = {
      date,
      status: declaration.status,
      approved: String(details.approved ?? 0),
      rejected: String(details.rejected ?? 0),
      message: details.message ?? '',
    };
    // The e-mail goes through notify(), which sends it only to declarers who keep this kind's e-mails on.
    await this.notifications.notify(manager, {
      userIds: [user.id],
      kind: KINDS[template],
      params: template === 'declarationDecided' ? { date, status: declaration.status, approved: details.approved ?? 0, rejected: details.rejected ?? 0 } : { date },
      link: path,
      email: { template, paragraphs, params: () => params },
    });
  }
}
