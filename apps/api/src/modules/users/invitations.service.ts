import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isBrandRole, isPartnerRole, Role } from '@relais/domain';
import type { Locale } from '@relais/i18n';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { AppConfig } from '../../core/config/app-config';
import { MailService } from '../../core/mail/mail.service';
import { Partner } from '../partners/partner.entity';
import { formatDateTime } from './localized-date';
import { User } from './user.entity';
import { UserTokensService } from './user-tokens.service';
import { UsersErrors } from './users.errors';

export interface InvitationInput {
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  partnerId: string | null;
  locale: Locale;
}

export interface InvitationInfo {
  email: string;
  firstName: string;
  organisation: string;
  expiresAt: Date;
}

const BRAND_ORGANISATION = 'Relais';

/** Invites people by e-mail, and turns an accepted invitation into an active account. */
@Injectable()
export class InvitationsService {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly tokens: UserTokensService,
  ) {}

  /**
   * Creates the INVITED user, their invitation token and the e-mail, in the caller's
   * transaction. Checks the e-mail is free and the role matches the partner; who may invite
   * whom is the caller's business (see UsersService.invite).
   */
  async inviteInTransaction(
    manager: EntityManager,
    inviter: Actor,
    input: { email: string; firstName: string; lastName: string; role: Role; partnerId: string | null; locale: Locale },
  ): Promise<User> {
    const email = input.email.trim().toLowerCase();
    if (isPartnerRole(input.role) && !input.partnerId) throw UsersErrors.partnerRequired();
    if (isBrandRole(input.role) && input.partnerId) throw UsersErrors.partnerNotAllowed();
    const partner = input.partnerId ? await manager.getRepository(Partner).findOneBy({ id: input.partnerId }) : null;
    if (input.partnerId && !partner) throw UsersErrors.partnerNotFound();
    if (await manager.getRepository(User).existsBy({ email })) throw UsersErrors.emailTaken();
    const user = await manager.getRepository(User).save({
      email,
      firstName: input.firstName,
      lastName: input.lastName,
      role: input.role,
      partnerId: input.partnerId,
      locale: input.locale,
      status: 'INVITED' as const,
      passwordHash: null,
    });
    await this.sendInvitation(manager, inviter, user, partner);
    this.logger.log({ userId: user.id, inviterId: inviter.userId, role: user.role }, 'User invited');
    return user;
  }

  /** A new link for someone who has not accepted yet; earlier links stop working. */
  async resend(manager: EntityManager, inviter: Actor, user: User): Promise<void> {
    if (user.status !== 'INVITED') throw UsersErrors.notInvited();
    const partner = user.partnerId ? await manager.getRepository(Partner).findOneBy({ id: user.partnerId }) : null;
    await this.sendInvitation(manager, inviter, user, partner);
  }

  /** A deactivated invitee's links stop working. */
  async cancel(manager: EntityManager, userId: string): Promise<void> {
    await this.tokens.invalidate(manager, userId, 'INVITATION');
  }

  /** What the accept page shows about a pending invitation. */
  async describe(token: string): Promise<InvitationInfo> {
    const manager = this.dataSource.manager;
    const found = await this.tokens.find(manager, token, 'INVITATION');
    const user = await manager.getRepository(User).findOneBy({ id: found.userId });
    if (!user || user.status !== 'INVITED') throw UsersErrors.tokenInvalid();
    const partner = user.partnerId ? await manager.getRepository(Partner).findOneBy({ id: user.partnerId }) : null;
    return { email: user.email, firstName: user.firstName, organisation: partner?.name ?? BRAND_ORGANISATION, expiresAt: found.expiresAt };
  }

  /**
   * Uses the invitation token once, gives the user their password and activates them, and
   * their partner when it was waiting for its first user.
   */
  async accept(manager: EntityManager, token: string, hashPassword: () => Promise<string>): Promise<User> {
    const found = await this.tokens.consume(manager, token, 'INVITATION');
    const users = manager.getRepository(User);
    const user = await users.findOne({ where: { id: found.userId }, lock: { mode: 'pessimistic_write' } });
    if (!user || user.status !== 'INVITED') throw UsersErrors.tokenInvalid();
    user.passwordHash = await hashPassword();
    user.status = 'ACTIVE';
    user.lastLoginAt = new Date();
    await users.save(user);
    if (user.partnerId) {
      // The partner feature owns partners; this is the one status change the invitation makes
      // by itself, because accepting is what turns an invited partner into an active one.
      await manager.getRepository(Partner).update({ id: user.partnerId, status: 'INVITED' }, { status: 'ACTIVE' });
    }
    this.logger.log({ userId: user.id }, 'Invitation accepted');
    return user;
  }

  private async sendInvitation(manager: EntityManager, inviter: Actor, user: User, partner: Partner | null): Promise<void> {
    const { token, expiresAt } = await this.tokens.issue(manager, user.id, 'INVITATION', this.config.INVITATION_TTL_SECONDS, inviter.userId);
    const from = await manager.getRepository(User).findOneBy({ id: inviter.userId });
    const base = isBrandRole(user.role) ? this.config.BACK_OFFICE_URL : this.config.PORTAL_URL;
    await this.mail.enqueue(manager, user.email, {
      locale: user.locale,
      template: 'invitation',
      paragraphs: ['body', 'expires'],
      params: {
        organisation: partner?.name ?? BRAND_ORGANISATION,
        inviter: from ? `${from.firstName} ${from.lastName}` : BRAND_ORGANISATION,
        date: formatDateTime(expiresAt, user.locale),
      },
      recipientName: user.firstName,
      link: `${base.replace(/\/$/, '')}/accept-invitation?token=${encodeURIComponent(token)}`,
    });
  }
}
