import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';

import { hashToken, newSecretToken } from './secret-token';
import { UserToken, UserTokenPurpose } from './user-token.entity';
import { UsersErrors } from './users.errors';

/** Single-use expiring tokens for invitation and password reset links. */
@Injectable()
export class UserTokensService {
  /** Creates a token and makes every earlier unused one of the same purpose unusable. */
  async issue(
    manager: EntityManager,
    userId: string,
    purpose: UserTokenPurpose,
    ttlSeconds: number,
    createdBy: string | null,
  ): Promise<{ token: string; expiresAt: Date }> {
    await this.invalidate(manager, userId, purpose);
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
    await manager.getRepository(UserToken).insert({ userId, purpose, tokenHash: hash, expiresAt, createdBy });
    return { token, expiresAt };
  }

  /** Deletes invitation and reset tokens expired for a week; returns how many. */
  async purgeExpired(manager: EntityManager): Promise<number> {
    const [, count]: [unknown[], number] = await manager.query(`DELETE FROM user_tokens WHERE expires_at < now() - interval '7 days'`);
    return count;
  }

  async invalidate(manager: EntityManager, userId: string, purpose: UserTokenPurpose): Promise<void> {
    await manager.getRepository(UserToken).update({ userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
  }

  /** The usable token behind a secret, locked for the rest of the transaction when `lock` is set. */
  async find(manager: EntityManager, token: string, purpose: UserTokenPurpose, lock = false): Promise<UserToken> {
    const query = manager
      .getRepository(UserToken)
      .createQueryBuilder('t')
      .where('t.token_hash = :hash AND t.purpose = :purpose', { hash: hashToken(token), purpose });
    if (lock) query.setLock('pessimistic_write');
    const found = await query.getOne();
    if (!found || found.usedAt) throw UsersErrors.tokenInvalid();
    if (found.expiresAt.getTime() <= Date.now()) throw UsersErrors.tokenExpired();
    return found;
  }

  /** Checks the token and marks it used, in the caller's transaction: it cannot serve twice. */
  async consume(manager: EntityManager, token: string, purpose: UserTokenPurpose): Promise<UserToken> {
    const found = await this.find(manager, token, purpose, true);
    await manager.getRepository(UserToken).update(found.id, { usedAt: new Date() });
    return found;
  }
}
