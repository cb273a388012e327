import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ActivityModule } from '../activity/activity.module';
import { SegmentsModule } from '../segments/segments.module';
import { AnalyticsResolver } from './analytics.resolver';
import { SalesCountedDeclaration } from './sales-counted.entity';
import { SalesDashboardService } from './sales-dashboard.service';
import { SalesMonthly } from './sales-monthly.entity';
import { SalesProductMonthly } from './sales-product-monthly.entity';
import { SalesProfile } from './sales-profile.entity';
import { SalesRollupListener } from './sales-rollup.listener';

/** The brand's dashboards, read from rollups the activity pipeline keeps current. */
@Module({
  imports: [TypeOrmModule.forFeature([SalesProfile, SalesMonthly, SalesProductMonthly, SalesCountedDeclaration]), ActivityModule, SegmentsModule],
  providers: [SalesDashboardService, AnalyticsResolver, SalesRollupListener],
})
export class AnalyticsModule {}
