import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ActivityModule } from '../activity/activity.module';
import { LedgerModule } from '../ledger/ledger.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProductsModule } from '../products/products.module';
import { RewardsModule } from '../rewards/rewards.module';
import { UsersModule } from '../users/users.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { Badge } from './badge.entity';
import { BadgeAward } from './badge-award.entity';
import { BadgeAwarder } from './badge-awarder';
import { BadgesResolver } from './badges.resolver';
import { BadgesService } from './badges.service';
import { MetricFilterService } from './metric-filter.service';

/** Badges: rules brand admins configure, awarded from the activity pipeline (listener order 30). */
@Module({
  imports: [TypeOrmModule.forFeature([Badge, BadgeAward]), ActivityModule, LedgerModule, NotificationsModule, ProductsModule, RewardsModule, UsersModule, WebhooksModule],
  providers: [BadgesService, BadgeAwarder, BadgesResolver, MetricFilterService],
  exports: [MetricFilterService],
})
export class BadgesModule {}
