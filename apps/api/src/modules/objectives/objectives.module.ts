import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ActivityModule } from '../activity/activity.module';
import { BadgesModule } from '../badges/badges.module';
import { LedgerModule } from '../ledger/ledger.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PartnersModule } from '../partners/partners.module';
import { SegmentsModule } from '../segments/segments.module';
import { UsersModule } from '../users/users.module';
import { Objective } from './objective.entity';
import { ObjectiveProgress } from './objective-progress';
import { ObjectiveSettings } from './objective-settings.entity';
import { ObjectiveTracker } from './objective-tracker';
import { ObjectivesResolver } from './objectives.resolver';
import { ObjectivesService } from './objectives.service';
import { ObjectivesImportService } from './objectives-import.service';

/** Objectives: targets over a period with live progress, nudges and points (activity listener order 40). */
@Module({
  imports: [TypeOrmModule.forFeature([Objective, ObjectiveSettings]), ActivityModule, BadgesModule, LedgerModule, NotificationsModule, PartnersModule, SegmentsModule, UsersModule],
  providers: [ObjectivesService, ObjectivesImportService, ObjectiveProgress, ObjectiveTracker, ObjectivesResolver],
})
export class ObjectivesModule {}
