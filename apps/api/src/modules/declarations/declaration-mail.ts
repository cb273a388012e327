import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { AppConfig } from '../../core/config/app-config';
import { MailService } from '../../core/mail/mail.service';
import { User } from '../users/user.entity';
import { Declaration } from './declaration.entity';

export type DeclarationMail = 'declarationDecided' | 'declarationInfoRequested' | 'declarationReversed';

/** Tells the declarer, in their language and through the outbox, what the brand decided. */
@Injectable()
export class DeclarationMailer {
  constructor(
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  async notify(manager: EntityManager, declaration: Declaration, template: DeclarationMail, details: { message?: string | null; approved?: number; rejected?: number } = {}): Promise<void> {
    // The declarer's address and language; UsersService has no lookup by id for system use.
    const user = await manager.getRepository(User).findOneBy({ id: declaration.declaredById });
    if (!user || user.status === 'DEACTIVATED') return;
    const paragraphs = ['body', ...(details.message ? ['message'] : [])];
    await this.mail.enqueue(manager, user.email, {
      locale: user.locale,
      template,
      paragraphs,
      params: {
        date: declaration.saleDate ?? declaration.periodStart ?? '',
        status: declaration.status,
        approved: String(details.approved ?? 0),
        rejected: String(details.rejected ?? 0),
        message: details.message ?? '',
      },
      recipientName: user.firstName,
      link: `${this.config.PORTAL_URL.replace(/\/$/, '')}/declarations/${declaration.id}`,
    });
  }
}
