import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../core/config/app-config';
import { MailService } from '../../core/mail/mail.service';
import { ActivityService } from '../activity/activity.service';
import { InvitationsService } from '../users/invitations.service';
import { formatDateTime } from '../users/localized-date';
import { UserTokensService } from '../users/user-tokens.service';
import { UsersErrors } from '../users/users.errors';
import { UsersService } from '../users/users.service';
import { AuthErrors } from './auth.errors';
import type { ClientApp } from './dto/password.input';
import { LoginRateLimiter } from './login-rate-limiter';
import { assertPasswordPolicy, hashPassword, verifyPassword } from './passwords';
import { Session, SessionsService } from './sessions.service';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
    private readonly tokens: UserTokensService,
    private readonly sessions: SessionsService,
    private readonly mail: MailService,
    private readonly limiter: LoginRateLimiter,
    private readonly activity: ActivityService,
  ) {}

  /**
   * Unknown e-mail and wrong password answer the same; whether the account is active is said
   * only to someone who knows its password.
   */
  async signIn(email: string, password: string, address: string): Promise<Session> {
    await this.limiter.assertAllowed(email, address);
    const user = await this.users.findByEmail(this.dataSource.manager, email);
    if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
      const lock = await this.limiter.recordFailure(email, address);
      this.logger.warn({ address, locked: Boolean(lock) }, 'Failed sign-in');
      // The attempt that locks the account says so at once, with the time it unlocks.
      throw lock ? AuthErrors.accountLocked(lock.lockedUntil) : AuthErrors.invalidCredentials();
    }
    await this.limiter.recordSuccess(email);
    if (user.status !== 'ACTIVE') throw AuthErrors.accountNotActive();
    return this.dataSource.transaction(async (manager) => {
      await this.users.recordSignIn(manager, user.id);
      // Sign-in days measure partners' engagement; the brand's own sign-ins are not counted.
      if (user.partnerId) await this.activity.record(manager, { type: 'SIGNED_IN', partnerId: user.partnerId, userId: user.id });
      return this.sessions.issue(manager, { ...user, lastLoginAt: new Date() });
    });
  }

  async refresh(refreshToken: string): Promise<Session> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const rotation = await this.sessions.rotate(manager, refreshToken);
      if (rotation.kind !== 'ok') return rotation;
      const user = await this.users.findById(manager, rotation.userId);
      if (!user || user.status !== 'ACTIVE') {
        await this.sessions.revokeFamily(manager, rotation.familyId);
        return { kind: 'inactive' as const };
      }
      return { kind: 'session' as const, session: await this.sessions.issue(manager, user, rotation) };
    });
    // Thrown after the commit, so the revocations above are kept.
    switch (outcome.kind) {
      case 'session':
        return outcome.session;
      case 'reused':
        this.logger.warn({ userId: outcome.userId }, 'Refresh token reused: session family revoked');
        throw AuthErrors.refreshTokenReused();
      case 'inactive':
        throw AuthErrors.accountNotActive();
      case 'invalid':
        throw AuthErrors.refreshTokenInvalid();
    }
  }

  async signOut(refreshToken: string): Promise<boolean> {
    await this.dataSource.transaction((manager) => this.sessions.revokeByToken(manager, refreshToken));
    return true;
  }

  async acceptInvitation(token: string, password: string): Promise<Session> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.invitations.accept(manager, token, () => {
        assertPasswordPolicy(password);
        return hashPassword(password);
      });
      return this.sessions.issue(manager, user);
    });
  }

  /** Always succeeds, so the answer does not tell whether an account exists. */
  async requestPasswordReset(email: string, app: ClientApp): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.users.findByEmail(manager, email);
      if (!user || user.status !== 'ACTIVE') return;
      const ttl = this.config.PASSWORD_RESET_TTL_SECONDS;
      const { token, expiresAt } = await this.tokens.issue(manager, user.id, 'PASSWORD_RESET', ttl, null);
      const base = app === 'BACK_OFFICE' ? this.config.BACK_OFFICE_URL : this.config.PORTAL_URL;
      await this.mail.enqueue(manager, user.email, {
        locale: user.locale,
        template: 'passwordReset',
        paragraphs: ['body', 'expires'],
        params: { date: formatDateTime(expiresAt, user.locale) },
        recipientName: user.firstName,
        link: `${base.replace(/\/$/, '')}/reset-password?token=${encodeURIComponent(token)}`,
      });
    });
    return true;
  }

  /** Sets the new password and ends every session: whoever knew the old one is signed out. */
  async resetPassword(token: string, password: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const found = await this.tokens.consume(manager, token, 'PASSWORD_RESET');
      const user = await this.users.findById(manager, found.userId);
      if (!user || user.status !== 'ACTIVE') throw UsersErrors.tokenInvalid();
      assertPasswordPolicy(password);
      await this.users.setPasswordHash(manager, user.id, await hashPassword(password));
      await this.sessions.revokeAllForUser(manager, user.id);
      await this.tokens.invalidate(manager, user.id, 'PASSWORD_RESET');
      this.logger.log({ userId: user.id }, 'Password reset');
    });
    return true;
  }
}
