import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AppConfig } from '../../core/config/app-config';
import { LiveSockets } from './live-sockets';
import { RefreshToken } from './refresh-token.entity';
import { SessionsService } from './sessions.service';

/**
 * Sessions on their own, so the users feature can end someone's sessions (deactivation)
 * without depending on sign-in, which itself depends on users. LiveSockets, the graphql-ws
 * sockets held for those sessions, is handed to the GraphQL module (AppModule).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([RefreshToken]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [SessionsService, LiveSockets],
  exports: [SessionsService, LiveSockets],
})
export class SessionsModule {}
