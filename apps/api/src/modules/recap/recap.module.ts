import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ActivityModule } from '../activity/activity.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RecapFacts } from './recap-facts';
import { RecapSend } from './recap-send.entity';
import { WeeklyRecapService } from './weekly-recap.service';
import { WeeklyRecapWorker } from './weekly-recap.worker';

/** The weekly recap e-mail (kind WEEKLY_RECAP, e-mail only, switchable like every kind). */
@Module({
  imports: [TypeOrmModule.forFeature([RecapSend]), ActivityModule, NotificationsModule],
  providers: [RecapFacts, WeeklyRecapService, WeeklyRecapWorker],
  exports: [WeeklyRecapService],
})
export class RecapModule {}
