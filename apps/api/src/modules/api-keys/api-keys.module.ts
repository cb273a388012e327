import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ApiKeyAuthenticator } from '../../core/auth/api-key-auth';
import { ApiKey } from './api-key.entity';
import { DatabaseApiKeyAuthenticator } from './api-key-authenticator';
import { ApiKeyRateLimiter } from './api-key-rate-limiter';
import { ApiKeyUsageInterceptor } from './api-key-usage.interceptor';
import { ApiKeyUsageLog } from './api-key-usage-log';
import { ApiKeyUse } from './api-key-use.entity';
import { ApiKeysResolver } from './api-keys.resolver';
import { ApiKeysService } from './api-keys.service';

/** Integration keys: made and revoked by admins, checked by the global guard through ApiKeyAuthenticator. */
@Module({
  imports: [TypeOrmModule.forFeature([ApiKey, ApiKeyUse])],
  providers: [
    ApiKeysService,
    ApiKeysResolver,
    ApiKeyRateLimiter,
    ApiKeyUsageLog,
    { provide: ApiKeyAuthenticator, useClass: DatabaseApiKeyAuthenticator },
    { provide: APP_INTERCEPTOR, useClass: ApiKeyUsageInterceptor },
  ],
})
export class ApiKeysModule {}
