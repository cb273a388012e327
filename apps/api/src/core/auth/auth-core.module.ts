import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';

import { AuthGuard } from './auth.guard';
import { JwtStrategy } from './jwt.strategy';

/** Verifies access tokens on every operation. Issuing tokens is the auth feature's job. */
@Global()
@Module({
  imports: [PassportModule],
  providers: [JwtStrategy, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthCoreModule {}
