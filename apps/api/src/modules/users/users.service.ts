import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isPartnerRole } from '@relais/domain';
import { DEFAULT_LOCALE } from '@relais/i18n';
import { Brackets, DataSource, EntityManager, Repository } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { isUniqueViolation } from '../../core/database/pg-errors';
import { DomainError, forbidden } from '../../core/errors/domain-error';
import { PageInput, pageOf } from '../../core/graphql/page.input';
import { isUuid } from '../../core/validation/uuid';
import { SessionsService } from '../auth/sessions.service';
import { Partner } from '../partners/partner.entity';
import { InviteUserInput } from './dto/invite-user.input';
import { UpdateMyProfileInput } from './dto/update-my-profile.input';
import { UserFilterInput } from './dto/user-filter.input';
import { InvitationsService } from './invitations.service';
import { User } from './user.entity';
import { UsersErrors } from './users.errors';

const roleNotAllowed = () =>
  new DomainError('ROLE_NOT_ALLOWED', 'FORBIDDEN', 'You may not give this role', [{ field: 'role', reason: 'forbidden' }]);

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invitations: InvitationsService,
    private readonly sessions: SessionsService,
  ) {}

  async me(actor: Actor): Promise<User> {
    const user = await this.users.findOneBy({ id: actor.userId });
    if (!user) throw UsersErrors.userNotFound();
    return user;
  }

  /** Users the actor may see: all (brand admin), brand users and their partners' users (channel manager), their team (partner admin). */
  async list(actor: Actor, filter: UserFilterInput = {}, page?: PageInput | null): Promise<{ items: User[]; total: number }> {
    const query = this.users.createQueryBuilder('u');
    switch (actor.role) {
      case 'BRAND_ADMIN':
        break;
      case 'CHANNEL_MANAGER':
        query.where(
          new Brackets((w) =>
            w.where('u.partner_id IS NULL').orWhere('u.partner_id IN (SELECT p.id FROM partners p WHERE p.channel_manager_id = :me)', { me: actor.userId }),
          ),
        );
        break;
      case 'PARTNER_ADMIN':
        query.where('u.partner_id = :own', { own: actor.partnerId });
        break;
      case 'PARTNER_MEMBER':
        throw forbidden('FORBIDDEN_ROLE');
    }
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.status) query.andWhere('u.status = :status', { status: filter.status });
    if (filter.partnerId) query.andWhere('u.partner_id = :partnerId', { partnerId: filter.partnerId });
    const search = filter.search?.trim();
    if (search) {
      query.andWhere(
        "(u.email ILIKE :search OR u.first_name ILIKE :search OR u.last_name ILIKE :search OR (u.first_name || ' ' || u.last_name) ILIKE :search)",
        { search: `%${escapeLike(search)}%` },
      );
    }
    const { offset, limit } = pageOf(page);
    const [items, total] = await query
      .orderBy('u.last_name')
      .addOrderBy('u.first_name')
      .addOrderBy('u.id')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
    return { items, total };
  }

  async channelManagers(): Promise<User[]> {
    return this.users.find({ where: { role: 'CHANNEL_MANAGER' }, order: { lastName: 'ASC', firstName: 'ASC' } });
  }

  async updateMyProfile(actor: Actor, input: UpdateMyProfileInput): Promise<User> {
    const user = await this.me(actor);
    // Null (which @IsOptional lets through) leaves a field as it is, like a field left out: the
    // columns are required, and a null reached PostgreSQL as an internal error.
    if (input.firstName != null) user.firstName = input.firstName;
    if (input.lastName != null) user.lastName = input.lastName;
    if (input.locale != null) user.locale = input.locale;
    return this.users.save(user);
  }

  async invite(actor: Actor, input: InviteUserInput): Promise<User> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const partnerId = await this.partnerForInvitation(manager, actor, input);
        return this.invitations.inviteInTransaction(manager, actor, {
          email: input.email,
          firstName: input.firstName,
          lastName: input.lastName,
          role: input.role,
          partnerId,
          locale: input.locale ?? DEFAULT_LOCALE,
        });
      });
    } catch (error) {
      // Two invitations of the same address at once: the unique index decides.
      if (isUniqueViolation(error)) throw UsersErrors.emailTaken();
      throw error;
    }
  }

  async resendInvitation(actor: Actor, id: string): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.manageable(manager, actor, id, { channelManagers: true });
      await this.invitations.resend(manager, actor, user);
      return user;
    });
  }

  /** Stops the user from signing in and ends their sessions at once. */
  async deactivate(actor: Actor, id: string): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.manageable(manager, actor, id);
      if (user.id === actor.userId) throw UsersErrors.cannotChangeSelf();
      if (user.status !== 'DEACTIVATED') {
        user.status = 'DEACTIVATED';
        await manager.getRepository(User).save(user);
        await this.sessions.revokeAllForUser(manager, user.id);
        await this.invitations.cancel(manager, user.id);
        this.logger.log({ userId: user.id, by: actor.userId }, 'User deactivated');
      }
      return user;
    });
  }

  /** A partner admin widens (or narrows back) what one of their members sees of the team's declarations. */
  async setSeesTeamDeclarations(actor: Actor, id: string, sees: boolean): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.manageable(manager, actor, id);
      if (user.role !== 'PARTNER_MEMBER') throw UsersErrors.notAMember();
      if (user.seesTeamDeclarations !== sees) {
        user.seesTeamDeclarations = sees;
        await manager.getRepository(User).save(user);
        this.logger.log({ userId: user.id, sees, by: actor.userId }, 'Member declaration visibility changed');
      }
      return user;
    });
  }

  /** Gives back access: ACTIVE for someone who had set a password, INVITED (with a fresh link to ask for) otherwise. */
  async reactivate(actor: Actor, id: string): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.manageable(manager, actor, id);
      if (user.id === actor.userId) throw UsersErrors.cannotChangeSelf();
      if (user.status === 'DEACTIVATED') {
        user.status = user.passwordHash ? 'ACTIVE' : 'INVITED';
        await manager.getRepository(User).save(user);
        this.logger.log({ userId: user.id, by: actor.userId }, 'User reactivated');
      }
      return user;
    });
  }

  findByEmail(manager: EntityManager, email: string): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ email: email.trim().toLowerCase() });
  }

  findById(manager: EntityManager, id: string): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ id });
  }

  /** The active users of some partners, admins first then oldest: who hears of a partner's achievements. */
  async activeOfPartners(manager: EntityManager, partnerIds: readonly string[]): Promise<{ id: string; partnerId: string; role: User['role'] }[]> {
    if (partnerIds.length === 0) return [];
    return manager.query(
      `SELECT id, partner_id AS "partnerId", role FROM users WHERE partner_id = ANY($1::uuid[]) AND status = 'ACTIVE'
        ORDER BY role = 'PARTNER_ADMIN' DESC, created_at, id`,
      [partnerIds],
    );
  }

  async recordSignIn(manager: EntityManager, userId: string): Promise<void> {
    await manager.getRepository(User).update(userId, { lastLoginAt: new Date() });
  }

  async setPasswordHash(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.getRepository(User).update(userId, { passwordHash });
  }

  /** Which partner the new user joins, after checking the actor may invite this role there. */
  private async partnerForInvitation(manager: EntityManager, actor: Actor, input: InviteUserInput): Promise<string | null> {
    switch (actor.role) {
      case 'BRAND_ADMIN':
        return input.partnerId ?? null;
      case 'CHANNEL_MANAGER': {
        if (!isPartnerRole(input.role)) throw roleNotAllowed();
        if (!input.partnerId) throw UsersErrors.partnerRequired();
        const ownPartner = await manager.getRepository(Partner).existsBy({ id: input.partnerId, channelManagerId: actor.userId });
        if (!ownPartner) throw UsersErrors.partnerNotFound();
        return input.partnerId;
      }
      case 'PARTNER_ADMIN':
        if (!isPartnerRole(input.role)) throw roleNotAllowed();
        if (input.partnerId && input.partnerId !== actor.partnerId) throw UsersErrors.partnerNotFound();
        return actor.partnerId;
      case 'PARTNER_MEMBER':
        throw forbidden('FORBIDDEN_ROLE');
    }
  }

  /** A user the actor may manage, locked for the transaction; anyone else is "not found". */
  private async manageable(manager: EntityManager, actor: Actor, id: string, options: { channelManagers?: boolean } = {}): Promise<User> {
    if (!isUuid(id)) throw UsersErrors.userNotFound();
    const user = await manager.getRepository(User).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw UsersErrors.userNotFound();
    switch (actor.role) {
      case 'BRAND_ADMIN':
        return user;
      case 'PARTNER_ADMIN':
        if (user.partnerId && user.partnerId === actor.partnerId) return user;
        break;
      case 'CHANNEL_MANAGER':
        if (options.channelManagers && user.partnerId) {
          const own = await manager.getRepository(Partner).existsBy({ id: user.partnerId, channelManagerId: actor.userId });
          if (own) return user;
        }
        break;
      case 'PARTNER_MEMBER':
        break;
    }
    throw UsersErrors.userNotFound();
  }
}
