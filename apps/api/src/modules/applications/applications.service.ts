import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_LOCALE } from '@relais/i18n';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { MailService } from '../../core/mail/mail.service';
import { isUuid } from '../../core/validation/uuid';
import { Partner } from '../partners/partner.entity';
import { PartnersService } from '../partners/partners.service';
import { InvitationsService } from '../users/invitations.service';
import { Application, ApplicationStatus } from './application.entity';
import { ApplicationErrors } from './applications.errors';
import { AcceptApplicationInput, SubmitApplicationInput } from './dto/application.input';

export const DECISION_MESSAGE_MAX = 2000;

@Injectable()
export class ApplicationsService {
  private readonly logger = new Logger(ApplicationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partners: PartnersService,
    private readonly invitations: InvitationsService,
    private readonly mail: MailService,
  ) {}

  async submit(input: SubmitApplicationInput): Promise<Application> {
    return this.dataSource.transaction(async (manager) => {
      // Two submissions of the same form at once must not both pass the pending check.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`application:${input.contactEmail}`]);
      const repository = manager.getRepository(Application);
      if (await repository.existsBy({ contactEmail: input.contactEmail, status: 'PENDING' })) throw ApplicationErrors.pending();
      const application = await repository.save(
        repository.create({
          ...input,
          city: input.city ?? '',
          phone: input.phone ?? '',
          message: input.message ?? '',
          locale: input.locale ?? DEFAULT_LOCALE,
        }),
      );
      this.logger.log({ applicationId: application.id }, 'Application submitted');
      return application;
    });
  }

  list(status?: ApplicationStatus | null): Promise<Application[]> {
    return this.dataSource.getRepository(Application).find({
      where: status ? { status } : {},
      relations: { partner: true },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** Creates the partner (INVITED) and invites the contact as its PARTNER_ADMIN, all or nothing. */
  async accept(actor: Actor, id: string, input: AcceptApplicationInput): Promise<Partner> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.pending(manager, id);
      const partner = await this.partners.create(
        actor,
        {
          code: input.code,
          name: application.company,
          type: application.type,
          brandModel: input.brandModel,
          potential: input.potential,
          country: application.country,
          region: input.region,
          city: application.city,
          channelManagerId: input.channelManagerId,
        },
        manager,
      );
      await this.invitations.inviteInTransaction(manager, actor, {
        email: application.contactEmail,
        firstName: application.contactFirstName,
        lastName: application.contactLastName,
        role: 'PARTNER_ADMIN',
        partnerId: partner.id,
        locale: application.locale,
      });
      await this.decide(manager, actor, application, 'ACCEPTED', { partnerId: partner.id });
      this.logger.log({ applicationId: id, partnerId: partner.id, by: actor.userId }, 'Application accepted');
      return partner;
    });
  }

  /** Records the refusal and e-mails the message to the applicant in their language. */
  async decline(actor: Actor, id: string, message: string): Promise<Application> {
    const text = message.trim();
    if (!text) throw ApplicationErrors.badMessage('isNotEmpty');
    if (text.length > DECISION_MESSAGE_MAX) throw ApplicationErrors.badMessage('maxLength');
    return this.dataSource.transaction(async (manager) => {
      const application = await this.pending(manager, id);
      const declined = await this.decide(manager, actor, application, 'DECLINED', { decisionMessage: text });
      await this.mail.enqueue(manager, application.contactEmail, {
        locale: application.locale,
        template: 'applicationDeclined',
        paragraphs: ['body', 'message'],
        params: { company: application.company, message: text },
        recipientName: application.contactFirstName,
      });
      this.logger.log({ applicationId: id, by: actor.userId }, 'Application declined');
      return declined;
    });
  }

  private async pending(manager: EntityManager, id: string): Promise<Application> {
    const application = isUuid(id)
      ? await manager.getRepository(Application).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!application) throw ApplicationErrors.notFound();
    if (application.status !== 'PENDING') throw ApplicationErrors.alreadyDecided();
    return application;
  }

  private async decide(
    manager: EntityManager,
    actor: Actor,
    application: Application,
    status: Exclude<ApplicationStatus, 'PENDING'>,
    changes: Partial<Pick<Application, 'partnerId' | 'decisionMessage'>>,
  ): Promise<Application> {
    await manager.getRepository(Application).update(application.id, { status, decidedAt: new Date(), decidedById: actor.userId, ...changes });
    return manager.getRepository(Application).findOneOrFail({ where: { id: application.id }, relations: { partner: true } });
  }
}
