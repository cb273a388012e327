import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isPartnerRole } from '@relais/domain';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { isUniqueViolation } from '../../core/database/pg-errors';
import { foldedSql, searchPattern } from '../../core/database/text-search';
import { forbidden } from '../../core/errors/domain-error';
import { PageInput, pageOf } from '../../core/graphql/page.input';
import { isUuid } from '../../core/validation/uuid';
import { SessionsService } from '../auth/sessions.service';
import { User } from '../users/user.entity';
import { CreatePartnerInput, UpdatePartnerInput } from './dto/partner.input';
import { PartnerFilter } from './dto/partner-filter.input';
import { Partner } from './partner.entity';
import { PartnerErrors } from './partners.errors';

@Injectable()
export class PartnersService {
  private readonly logger = new Logger(PartnersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * Partners the actor may see, as a query other features can refine (segments, declarations…):
   * BRAND_ADMIN all, CHANNEL_MANAGER those assigned to them, a partner user their own partner.
   */
  scopedQuery(actor: Actor, manager?: EntityManager, alias = 'p'): SelectQueryBuilder<Partner> {
    const query = this.query(manager, alias);
    if (actor.role === 'CHANNEL_MANAGER') query.where(`${alias}.channel_manager_id = :scopeManagerId`, { scopeManagerId: actor.userId });
    if (isPartnerRole(actor.role)) query.where(`${alias}.id = :scopePartnerId`, { scopePartnerId: actor.partnerId });
    return query;
  }

  /** Every partner, for rules the system applies itself (segment membership); callers add any scope. */
  query(manager: EntityManager = this.dataSource.manager, alias = 'p'): SelectQueryBuilder<Partner> {
    return manager.getRepository(Partner).createQueryBuilder(alias);
  }

  async list(actor: Actor, filter: PartnerFilter = {}, page?: PageInput | null): Promise<{ items: Partner[]; total: number }> {
    if (isPartnerRole(actor.role)) throw forbidden('FORBIDDEN_ROLE');
    const { offset, limit } = pageOf(page);
    const query = this.filtered(actor, filter);
    const [items, total] = await query.orderBy('p.name').addOrderBy('p.id').offset(offset).limit(limit).getManyAndCount();
    return { items, total };
  }

  /** The partners in the actor's scope that pass the list's filter (alias `p`), for the list and its CSV export. */
  filtered(actor: Actor, filter: PartnerFilter, manager?: EntityManager): SelectQueryBuilder<Partner> {
    const query = this.scopedQuery(actor, manager);
    if (filter.search?.trim()) {
      query.andWhere(`(${['p.name', 'p.code', 'p.city'].map((c) => `${foldedSql(c)} LIKE :search`).join(' OR ')})`, {
        search: searchPattern(filter.search),
      });
    }
    if (filter.types?.length) query.andWhere('p.type = ANY(:types)', { types: filter.types });
    if (filter.countries?.length) query.andWhere('p.country = ANY(:countries)', { countries: filter.countries });
    if (filter.potentials?.length) query.andWhere('p.potential = ANY(:potentials)', { potentials: filter.potentials });
    if (filter.statuses?.length) query.andWhere('p.status = ANY(:statuses)', { statuses: filter.statuses });
    if (filter.channelManagerId) query.andWhere('p.channel_manager_id = :managerId', { managerId: filter.channelManagerId });
    return query;
  }

  /** A partner in the actor's scope; PARTNER_NOT_FOUND otherwise, whether it exists or not. */
  async get(actor: Actor, id: string, manager?: EntityManager): Promise<Partner> {
    if (!isUuid(id)) throw PartnerErrors.notFound();
    const partner = await this.scopedQuery(actor, manager).andWhere('p.id = :id', { id }).getOne();
    if (!partner) throw PartnerErrors.notFound();
    return partner;
  }

  async mine(actor: Actor): Promise<Partner> {
    if (!actor.partnerId) throw PartnerErrors.notFound();
    return this.get(actor, actor.partnerId);
  }

  /** Creates a partner; pass `manager` to do it inside a wider transaction (accepting an application). */
  async create(actor: Actor, input: CreatePartnerInput, manager?: EntityManager): Promise<Partner> {
    if (!manager) return this.dataSource.transaction((m) => this.create(actor, input, m));
    let channelManagerId = input.channelManagerId ?? null;
    if (actor.role === 'CHANNEL_MANAGER') {
      if (channelManagerId && channelManagerId !== actor.userId) throw PartnerErrors.channelManagerNotAllowed();
      channelManagerId = actor.userId;
    } else if (channelManagerId) {
      await this.requireChannelManager(manager, channelManagerId);
    }
    const repository = manager.getRepository(Partner);
    if (await repository.existsBy({ code: input.code })) throw PartnerErrors.codeTaken();
    try {
      const partner = await repository.save(
        repository.create({
          code: input.code,
          name: input.name,
          type: input.type,
          brandModel: input.brandModel,
          potential: input.potential,
          country: input.country,
          region: input.region ?? '',
          city: input.city ?? '',
          channelManagerId,
          status: 'INVITED',
        }),
      );
      this.logger.log({ partnerId: partner.id, code: partner.code, by: actor.userId }, 'Partner created');
      return partner;
    } catch (error) {
      if (isUniqueViolation(error)) throw PartnerErrors.codeTaken();
      throw error;
    }
  }

  async update(actor: Actor, id: string, input: UpdatePartnerInput): Promise<Partner> {
    return this.dataSource.transaction(async (manager) => {
      const partner = await this.get(actor, id, manager);
      const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null));
      return manager.getRepository(Partner).save(Object.assign(partner, changes));
    });
  }

  async setStatus(actor: Actor, id: string, status: 'ACTIVE' | 'SUSPENDED'): Promise<Partner> {
    return this.dataSource.transaction(async (manager) => {
      const partner = await this.get(actor, id, manager);
      if (partner.status === status) return partner;
      partner.status = status;
      // A suspended partner's people lose their sessions and open sockets at once (access tokens
      // already issued live out their few minutes over HTTP); sign-in, refresh, sockets and API keys
      // refuse them until reactivation.
      if (status === 'SUSPENDED') await this.sessions.revokeAllForPartner(manager, id);
      this.logger.log({ partnerId: id, status, by: actor.userId }, 'Partner status changed');
      return manager.getRepository(Partner).save(partner);
    });
  }

  async assignChannelManager(actor: Actor, partnerId: string, channelManagerId: string | null): Promise<Partner> {
    return this.dataSource.transaction(async (manager) => {
      const partner = await this.get(actor, partnerId, manager);
      if (channelManagerId) await this.requireChannelManager(manager, channelManagerId);
      partner.channelManagerId = channelManagerId;
      partner.channelManager = undefined;
      return manager.getRepository(Partner).save(partner);
    });
  }

  /** Active channel managers by lower-cased e-mail, for imports that name them. */
  async channelManagersByEmail(emails: string[]): Promise<Map<string, string>> {
    if (emails.length === 0) return new Map();
    const users = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .select(['u.id', 'u.email'])
      .where("u.role = 'CHANNEL_MANAGER' AND u.status = 'ACTIVE' AND lower(u.email) = ANY(:emails)", { emails })
      .getMany();
    return new Map(users.map((u) => [u.email.toLowerCase(), u.id]));
  }

  private async requireChannelManager(manager: EntityManager, userId: string): Promise<void> {
    const found = isUuid(userId)
      ? await manager.getRepository(User).existsBy({ id: userId, role: 'CHANNEL_MANAGER', status: 'ACTIVE' })
      : false;
    if (!found) throw PartnerErrors.notAChannelManager();
  }
}
