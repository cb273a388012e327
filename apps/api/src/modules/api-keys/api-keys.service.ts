import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { isUuid } from '../../core/validation/uuid';
import { ApiKey } from './api-key.entity';
import { newApiKeySecret } from './api-key-secrets';
import { ApiKeyUse } from './api-key-use.entity';
import { ApiKeyErrors } from './api-keys.errors';
import { ApiKeyType, ApiKeyUseType } from './dto/api-key.type';

const RECENT_USES = 50;

/**
 * Keys are managed by signed-in admins, each within their own scope: a partner admin the keys of
 * their partner, a brand admin the brand's keys. Partner and brand keys never see each other.
 */
@Injectable()
export class ApiKeysService {
  private readonly logger = new Logger(ApiKeysService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(actor: Actor, name: string): Promise<{ key: ApiKeyType; secret: string }> {
    if (actor.apiKeyId) throw ApiKeyErrors.notWithKey();
    const { secret, prefix, hash } = newApiKeySecret();
    const saved = await this.dataSource.getRepository(ApiKey).save({
      name,
      prefix,
      secretHash: hash,
      scope: actor.partnerId ? 'PARTNER' : 'BRAND',
      partnerId: actor.partnerId,
      createdById: actor.userId,
    });
    this.logger.log({ apiKeyId: saved.id, by: actor.userId, partnerId: actor.partnerId }, 'API key created');
    return { key: (await this.list(actor)).find((k) => k.id === saved.id) as ApiKeyType, secret };
  }

  /** The caller's scope's keys, newest first, revoked ones included (to read their history). */
  async list(actor: Actor): Promise<ApiKeyType[]> {
    const rows = await this.dataSource
      .getRepository(ApiKey)
      .createQueryBuilder('k')
      .leftJoin('k.createdBy', 'u')
      .select(['k', 'u.firstName', 'u.lastName'])
      .where(actor.partnerId ? 'k.partner_id = :partnerId' : 'k.partner_id IS NULL', { partnerId: actor.partnerId })
      .orderBy('k.created_at', 'DESC')
      .getMany();
    return rows.map((k) => ({
      id: k.id,
      name: k.name,
      prefix: k.prefix,
      scope: k.scope,
      createdAt: k.createdAt,
      createdByName: k.createdBy ? `${k.createdBy.firstName} ${k.createdBy.lastName}` : null,
      lastUsedAt: k.lastUsedAt,
      revokedAt: k.revokedAt,
    }));
  }

  /** Idempotent; the next request with the key is refused (the guard reads the key every time). */
  async revoke(actor: Actor, id: string): Promise<ApiKeyType> {
    if (actor.apiKeyId) throw ApiKeyErrors.notWithKey();
    const key = await this.inScope(actor, id);
    if (!key.revokedAt) {
      await this.dataSource.getRepository(ApiKey).update({ id: key.id, revokedAt: IsNull() }, { revokedAt: new Date(), revokedById: actor.userId });
      this.logger.log({ apiKeyId: key.id, by: actor.userId }, 'API key revoked');
    }
    return (await this.list(actor)).find((k) => k.id === key.id) as ApiKeyType;
  }

  /** The latest operations called with the key, newest first. */
  async recentUses(actor: Actor, id: string): Promise<ApiKeyUseType[]> {
    const key = await this.inScope(actor, id);
    return this.dataSource.getRepository(ApiKeyUse).find({
      where: { apiKeyId: key.id },
      order: { at: 'DESC', id: 'ASC' },
      take: RECENT_USES,
      select: { id: true, operation: true, outcome: true, at: true },
    });
  }

  private async inScope(actor: Actor, id: string): Promise<ApiKey> {
    const key = isUuid(id) ? await this.dataSource.getRepository(ApiKey).findOneBy({ id, partnerId: actor.partnerId ?? IsNull() }) : null;
    if (!key) throw ApiKeyErrors.notFound();
    return key;
  }
}
