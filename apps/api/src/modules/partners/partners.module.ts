import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { SessionsModule } from '../auth/sessions.module';
import { User } from '../users/user.entity';
import { Partner } from './partner.entity';
import { PartnerLoaders } from './partner.loaders';
import { PartnersResolver } from './partners.resolver';
import { PartnersService } from './partners.service';
import { PartnersImportService } from './partners-import.service';

@Module({
  // Users are read (channel managers, user counts), never written, from here.
  // Suspending a partner ends its users' sessions through SessionsService.
  imports: [TypeOrmModule.forFeature([Partner, User]), SessionsModule],
  providers: [PartnersService, PartnersImportService, PartnerLoaders, PartnersResolver],
  exports: [PartnersService],
})
export class PartnersModule {}
