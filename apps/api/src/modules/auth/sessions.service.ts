import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager, IsNull } from 'typeorm';

import { AccessTokenPayload } from '../../core/auth/actor';
import { AppConfig } from '../../core/config/app-config';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { hashToken, newSecretToken } from '../users/secret-token';
import type { User } from '../users/user.entity';
import { AuthErrors } from './auth.errors';
import { RefreshToken } from './refresh-token.entity';
import { SessionEnded, SESSIONS_ENDED_CHANNEL } from './sessions-ended';

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: User;
}

export type RotationOutcome =
  | { kind: 'ok'; userId: string; familyId: string; tokenId: string }
  | { kind: 'reused'; userId: string }
  | { kind: 'invalid' };

/** Access tokens (JWT) and refresh tokens (opaque, rotated, grouped in families). */
@Injectable()
export class SessionsService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly realtime: RealtimeService,
  ) {}

  /**
   * A new session for `user`, or the next one of a family when rotating. Every way in (sign-in,
   * refresh, accepted invitation) passes here, so a user of a suspended partner gets none: the
   * suspension ends their sessions (PartnersService.setStatus) and this keeps them from opening new ones.
   */
  async issue(manager: EntityManager, user: User, rotated?: { familyId: string; tokenId: string }): Promise<Session> {
    if (user.partnerId) {
      const [partner]: { status: string }[] = await manager.query('SELECT status FROM partners WHERE id = $1', [user.partnerId]);
      if (partner?.status === 'SUSPENDED') throw AuthErrors.accountNotActive();
    }
    const familyId = rotated?.familyId ?? randomUUID();
    const payload: AccessTokenPayload = { sub: user.id, role: user.role, pid: user.partnerId, typ: 'access', sid: familyId };
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: ttl });
    const { token, hash } = newSecretToken();
    const repository = manager.getRepository(RefreshToken);
    const saved = await repository.save({
      userId: user.id,
      familyId,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
    });
    if (rotated) await repository.update(rotated.tokenId, { replacedBy: saved.id });
    return { accessToken, accessTokenExpiresAt: new Date(Date.now() + ttl * 1000), refreshToken: token, user };
  }

  /**
   * Marks the presented refresh token used. A token that was used before means two parties hold
   * the family (a thief and the victim): the whole family is revoked, so both must sign in again.
   * Except within REFRESH_REUSE_GRACE_SECONDS while its successor was never used: the client never
   * received that successor (the page was reloaded or the network dropped during the request), so
   * the successor is revoked and the token may rotate once more.
   */
  async rotate(manager: EntityManager, presented: string): Promise<RotationOutcome> {
    const repository = manager.getRepository(RefreshToken);
    const found = await repository.findOne({ where: { tokenHash: hashToken(presented) }, lock: { mode: 'pessimistic_write' } });
    if (!found || found.revokedAt || found.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' };
    if (found.usedAt) {
      const successor = found.replacedBy ? await repository.findOne({ where: { id: found.replacedBy }, lock: { mode: 'pessimistic_write' } }) : null;
      const recent = Date.now() - found.usedAt.getTime() <= this.config.REFRESH_REUSE_GRACE_SECONDS * 1000;
      if (recent && successor && !successor.usedAt && !successor.revokedAt) {
        await repository.update(successor.id, { revokedAt: new Date() });
        return { kind: 'ok', userId: found.userId, familyId: found.familyId, tokenId: found.id };
      }
      await this.revokeFamily(manager, found.familyId);
      return { kind: 'reused', userId: found.userId };
    }
    await repository.update(found.id, { usedAt: new Date() });
    return { kind: 'ok', userId: found.userId, familyId: found.familyId, tokenId: found.id };
  }

  /** Deletes refresh tokens expired for a week (long past any use, theft detection included); returns how many. */
  async purgeExpired(manager: EntityManager): Promise<number> {
    const [, count]: [unknown[], number] = await manager.query(`DELETE FROM refresh_tokens WHERE expires_at < now() - interval '7 days'`);
    return count;
  }

  /** Ends the session the token belongs to; unknown tokens are ignored (signing out twice is fine). */
  async revokeByToken(manager: EntityManager, presented: string): Promise<void> {
    const found = await manager.getRepository(RefreshToken).findOneBy({ tokenHash: hashToken(presented) });
    if (found) await this.revokeFamily(manager, found.familyId);
  }

  /**
   * Each revocation below also tells every API process, on commit, to close the sockets opened with
   * the sessions it ends (LiveSockets): an access token outlives its session by up to its TTL, and
   * a subscription would otherwise keep streaming for as long as its socket stays open.
   */
  async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.getRepository(RefreshToken).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.announce(manager, { sessionId: familyId });
  }

  /** Ends every session of a user: after a password reset or a deactivation. */
  async revokeAllForUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.getRepository(RefreshToken).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.announce(manager, { userId });
  }

  /** Ends the sessions of every user of a partner: when the partner is suspended. */
  async revokeAllForPartner(manager: EntityManager, partnerId: string): Promise<void> {
    await manager.query('UPDATE refresh_tokens SET revoked_at = now() WHERE revoked_at IS NULL AND user_id IN (SELECT id FROM users WHERE partner_id = $1)', [partnerId]);
    // One announcement for the whole team, matched on the partner its sockets' tokens name.
    await this.announce(manager, { partnerId });
  }

  /**
   * Whether an access token still speaks for a live session: its user active with the role and
   * partner it names, the partner not suspended and, when the token names its session, that session
   * not revoked. Checked when a socket opens, since the token alone cannot say it was revoked.
   */
  async isLive(manager: EntityManager, token: Pick<AccessTokenPayload, 'sub' | 'role' | 'pid' | 'sid'>): Promise<boolean> {
    const [row]: { live: boolean }[] = await manager.query(
      `SELECT u.status = 'ACTIVE' AND u.role = $2 AND u.partner_id IS NOT DISTINCT FROM $3::uuid
              AND (p.status IS NULL OR p.status <> 'SUSPENDED')
              AND ($4::uuid IS NULL OR EXISTS (
                SELECT 1 FROM refresh_tokens r WHERE r.family_id = $4::uuid AND r.user_id = u.id AND r.revoked_at IS NULL AND r.expires_at > now()
              )) AS live
         FROM users u LEFT JOIN partners p ON p.id = u.partner_id
        WHERE u.id = $1::uuid`,
      [token.sub, token.role, token.pid, token.sid ?? null],
    );
    return row?.live === true;
  }

  private announce(manager: EntityManager, ended: SessionEnded): Promise<void> {
    return this.realtime.publish(manager, SESSIONS_ENDED_CHANNEL, ended);
  }
}
