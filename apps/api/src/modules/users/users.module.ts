import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { SessionsModule } from '../auth/sessions.module';
import { InvitationsService } from './invitations.service';
import { PartnerSummaryLoader } from './partner-summary.loader';
import { User } from './user.entity';
import { UserToken } from './user-token.entity';
import { UserTokensService } from './user-tokens.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, UserToken]), SessionsModule],
  providers: [UsersService, UsersResolver, InvitationsService, UserTokensService, PartnerSummaryLoader],
  exports: [UsersService, InvitationsService, UserTokensService],
})
export class UsersModule {}
