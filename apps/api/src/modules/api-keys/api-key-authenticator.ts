import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { ApiKeyAuthenticator, KeyOperation } from '../../core/auth/api-key-auth';
import { ApiKeyScope } from './api-key.entity';
import { keyMayCall } from './api-key-permissions';
import { ApiKeyRateLimiter } from './api-key-rate-limiter';
import { hashApiKey } from './api-key-secrets';
import { ApiKeyUsageLog } from './api-key-usage-log';
import { ApiKeyErrors } from './api-keys.errors';

/** The role a key acts with: the one its creator needed to make it. */
const ROLE_OF: Record<ApiKeyScope, Actor['role']> = { PARTNER: 'PARTNER_ADMIN', BRAND: 'BRAND_ADMIN' };

interface KeyRow {
  id: string;
  scope: ApiKeyScope;
  partner_id: string | null;
  created_by_id: string;
}

/** The global guard's key check (see core/auth/api-key-auth.ts). */
@Injectable()
export class DatabaseApiKeyAuthenticator extends ApiKeyAuthenticator {
  private readonly logger = new Logger(DatabaseApiKeyAuthenticator.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly limiter: ApiKeyRateLimiter,
    private readonly usage: ApiKeyUsageLog,
  ) {
    super();
  }

  async authenticate(secret: string, request: Request): Promise<Actor> {
    // Read on every request, no cache: a key revoked (or whose creator lost the role) fails at once.
    // The creator must still be active with the key's role and, for a partner key, in its partner,
    // which must not be suspended.
    const [[key]]: [KeyRow[], number] = await this.dataSource.query(
      `UPDATE api_keys k SET last_used_at = now()
         FROM users u
        WHERE k.secret_hash = $1 AND k.revoked_at IS NULL
          AND u.id = k.created_by_id AND u.status = 'ACTIVE'
          AND u.role = CASE k.scope WHEN 'PARTNER' THEN 'PARTNER_ADMIN' ELSE 'BRAND_ADMIN' END
          AND u.partner_id IS NOT DISTINCT FROM k.partner_id
          AND NOT EXISTS (SELECT 1 FROM partners p WHERE p.id = k.partner_id AND p.status = 'SUSPENDED')
        RETURNING k.id, k.scope, k.partner_id, k.created_by_id`,
      [hashApiKey(secret)],
    );
    if (!key) throw ApiKeyErrors.invalid();
    const budget = await this.limiter.consume(key.id);
    if (!budget.allowed) {
      request.res?.setHeader('Retry-After', String(budget.retryAfterSeconds));
      await this.usage.record(key.id, operationName(request), 'RATE_LIMITED');
      this.logger.warn({ apiKeyId: key.id }, 'API key rate limited');
      throw ApiKeyErrors.rateLimited(budget.retryAfterSeconds);
    }
    return { userId: key.created_by_id, role: ROLE_OF[key.scope], partnerId: key.partner_id, apiKeyId: key.id };
  }

  async authorize(actor: Actor, operation: KeyOperation): Promise<void> {
    const scope: ApiKeyScope = actor.partnerId ? 'PARTNER' : 'BRAND';
    if (keyMayCall(scope, operation)) return;
    if (actor.apiKeyId) await this.usage.record(actor.apiKeyId, operation.field, 'API_KEY_OPERATION_NOT_ALLOWED');
    throw ApiKeyErrors.operationNotAllowed(operation.field);
  }
}

/** The GraphQL operation's name for a request refused before any field ran. */
function operationName(request: Request): string {
  const body = request.body as { operationName?: unknown } | undefined;
  return typeof body?.operationName === 'string' && body.operationName ? body.operationName : 'unknown';
}
