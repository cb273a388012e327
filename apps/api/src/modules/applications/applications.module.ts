import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { PartnersModule } from '../partners/partners.module';
import { UsersModule } from '../users/users.module';
import { Application } from './application.entity';
import { ApplicationsResolver } from './applications.resolver';
import { ApplicationsService } from './applications.service';

@Module({
  imports: [TypeOrmModule.forFeature([Application]), PartnersModule, UsersModule],
  providers: [ApplicationsService, ApplicationsResolver],
})
export class ApplicationsModule {}
