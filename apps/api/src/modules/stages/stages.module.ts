import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ActivityModule } from '../activity/activity.module';
import { ActivityListener, ActivityListeners, ProcessedBatch } from '../activity/activity-listeners';
import { LedgerModule } from '../ledger/ledger.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PartnersModule } from '../partners/partners.module';
import { ProductsModule } from '../products/products.module';
import { SegmentsModule } from '../segments/segments.module';
import { UsersModule } from '../users/users.module';
import { StageCompletion } from './stage-completion.entity';
import { StageCriterion } from './stage-criterion.entity';
import { StageEvaluation } from './stage-evaluation';
import { StageProgress } from './stage-progress';
import { StageSetting } from './stage-setting.entity';
import { StagesResolver } from './stages.resolver';
import { StagesService } from './stages.service';

/** The partner journey: Integration, Enablement, Motivation, Growth, completed in order from metrics. */
@Module({
  imports: [
    TypeOrmModule.forFeature([StageCriterion, StageSetting, StageCompletion]),
    ActivityModule,
    LedgerModule,
    NotificationsModule,
    PartnersModule,
    ProductsModule,
    SegmentsModule,
    UsersModule,
  ],
  providers: [StagesService, StageProgress, StageEvaluation, StagesResolver],
  exports: [StagesService],
})
export class StagesModule implements OnModuleInit, ActivityListener {
  readonly order = 20;

  constructor(
    private readonly listeners: ActivityListeners,
    private readonly evaluation: StageEvaluation,
  ) {}

  onModuleInit() {
    this.listeners.register(this);
  }

  afterBatch(batch: ProcessedBatch): Promise<void> {
    return this.evaluation.afterBatch(batch);
  }
}
