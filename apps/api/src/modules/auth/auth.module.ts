import { Module } from '@nestjs/common';

import { ActivityModule } from '../activity/activity.module';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { SessionsModule } from './sessions.module';
import { TokenPurgeWorker } from './token-purge.worker';

/** Sign-in, sessions, password reset and accepting invitations. */
@Module({
  imports: [ActivityModule, UsersModule, SessionsModule],
  providers: [AuthService, AuthResolver, LoginRateLimiter, TokenPurgeWorker],
})
export class AuthModule {}
