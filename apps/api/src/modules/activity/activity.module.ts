import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ActivityService } from './activity.service';
import { ActivityWorker } from './activity.worker';
import { ActivityListeners } from './activity-listeners';
import { ActivityProcessor } from './activity-processor';
import { DomainEvent } from './domain-event.entity';
import { MetricDaily } from './metric-daily.entity';
import { MetricTrackedProduct } from './metric-tracked-product.entity';
import { MetricsService } from './metrics.service';

/** Domain events and the metrics they feed, which gamification measures. */
@Module({
  imports: [TypeOrmModule.forFeature([DomainEvent, MetricDaily, MetricTrackedProduct])],
  providers: [ActivityService, ActivityListeners, ActivityProcessor, ActivityWorker, MetricsService],
  exports: [ActivityService, ActivityListeners, ActivityProcessor, MetricsService],
})
export class ActivityModule {}
