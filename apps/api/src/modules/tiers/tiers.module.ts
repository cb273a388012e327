import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ActivityModule } from '../activity/activity.module';
import { ActivityListener, ActivityListeners, ProcessedBatch } from '../activity/activity-listeners';
import { LedgerModule } from '../ledger/ledger.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PartnersModule } from '../partners/partners.module';
import { UsersModule } from '../users/users.module';
import { PartnerTierResolver } from './partner-tier.resolver';
import { Tier } from './tier.entity';
import { TierEvaluation } from './tier-evaluation';
import { TierSettings } from './tier-settings.entity';
import { TiersResolver } from './tiers.resolver';
import { TiersService } from './tiers.service';
import { TiersWorker } from './tiers.worker';

/** Tiers from the last 12 months' points or sales, and the earning multiplier they carry. */
@Module({
  imports: [TypeOrmModule.forFeature([Tier, TierSettings]), ActivityModule, LedgerModule, NotificationsModule, PartnersModule, UsersModule],
  providers: [TiersService, TierEvaluation, TiersResolver, PartnerTierResolver, TiersWorker],
  exports: [TiersService],
})
export class TiersModule implements OnModuleInit, ActivityListener {
  readonly order = 10;

  constructor(
    private readonly listeners: ActivityListeners,
    private readonly evaluation: TierEvaluation,
  ) {}

  onModuleInit() {
    this.listeners.register(this);
  }

  afterBatch(batch: ProcessedBatch): Promise<void> {
    return this.evaluation.afterBatch(batch);
  }
}
