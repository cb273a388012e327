import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { LedgerModule } from '../ledger/ledger.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PartnersModule } from '../partners/partners.module';
import { SegmentsModule } from '../segments/segments.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { FreeRewardOrdersService } from './free-reward-orders.service';
import { RewardLoaders } from './reward.loaders';
import { RewardCatalogueService } from './reward-catalogue.service';
import { RewardItem } from './reward-item.entity';
import { RewardItemSegment } from './reward-item-segment.entity';
import { RewardItemsResolver } from './reward-items.resolver';
import { RewardItemsImportService } from './reward-items-import.service';
import { RewardOrder } from './reward-order.entity';
import { RewardOrderEvent } from './reward-order-event.entity';
import { RewardOrderLine } from './reward-order-line.entity';
import { RewardOrderNotifier } from './reward-order-notifier';
import { RewardOrdersController } from './reward-orders.controller';
import { RewardOrderEventsResolver, RewardOrderLinesResolver, RewardOrdersResolver } from './reward-orders.resolver';
import { RewardOrdersService } from './reward-orders.service';
import { RewardOrdersExportService } from './reward-orders-export.service';
import { RewardShippingAddress } from './shipping-address.entity';
import { TrackingImportService } from './tracking-import.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([RewardItem, RewardItemSegment, RewardOrder, RewardOrderLine, RewardOrderEvent, RewardShippingAddress]),
    LedgerModule,
    NotificationsModule,
    PartnersModule,
    SegmentsModule,
    WebhooksModule,
  ],
  controllers: [RewardOrdersController],
  providers: [
    RewardCatalogueService,
    RewardItemsImportService,
    RewardOrdersService,
    FreeRewardOrdersService,
    RewardOrderNotifier,
    TrackingImportService,
    RewardOrdersExportService,
    RewardLoaders,
    RewardItemsResolver,
    RewardOrdersResolver,
    RewardOrderLinesResolver,
    RewardOrderEventsResolver,
  ],
  exports: [RewardCatalogueService, FreeRewardOrdersService, RewardOrdersService],
})
export class RewardsModule {}
