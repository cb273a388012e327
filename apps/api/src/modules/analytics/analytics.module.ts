import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ActivityModule } from '../activity/activity.module';
import { SegmentsModule } from '../segments/segments.module';
import { AnalyticsResolver } from './analytics.resolver';
import { ChallengeResultSlice } from './challenge-result-slice.entity';
import { ChallengeResultsResolver } from './challenge-results.resolver';
import { ChallengeResultsService } from './challenge-results.service';
import { CustomerFeedbackResolver } from './customer-feedback.resolver';
import { CustomerFeedbackService } from './customer-feedback.service';
import { DeclarationFunnelResolver } from './declaration-funnel.resolver';
import { DeclarationFunnelService } from './declaration-funnel.service';
import { DeclarationFlagPartnerMonthly, DeclarationFunnelPartnerMonthly } from './declaration-funnel-partner-monthly.entity';
import { DeclarationFlagSlice, DeclarationFlagSliceChange, DeclarationFunnelSlice, DeclarationFunnelSliceChange } from './declaration-funnel-slices.entity';
import { FeedbackPartnerMonthly } from './feedback-partner-monthly.entity';
import { FeedbackSlice } from './feedback-slice.entity';
import { FeedbackTagMonthly } from './feedback-tag-monthly.entity';
import { FeedbackTagSlice } from './feedback-tag-slice.entity';
import { ParticipationPointsResolver } from './participation-points.resolver';
import { ParticipationPointsService } from './participation-points.service';
import { PartnerChallengeActivity } from './partner-challenge-activity.entity';
import { PartnerStageDates } from './partner-stage-dates.entity';
import { PointsPartnerBalance } from './points-partner-balance.entity';
import { PointsPartnerMonthly } from './points-partner-monthly.entity';
import { PointsPartnerRunning } from './points-partner-running.entity';
import { PointsSlice, PointsSliceChange } from './points-slices.entity';
import { RollupJournalWorker } from './rollup-journal.worker';
import { SalesCountedDeclaration } from './sales-counted.entity';
import { SalesDashboardService } from './sales-dashboard.service';
import { SalesPartnerMonthly } from './sales-partner-monthly.entity';
import { SalesPartnerRunning } from './sales-partner-running.entity';
import { SalesRollupListener } from './sales-rollup.listener';
import { SalesSlice } from './sales-slice.entity';
import { StageFunnelResolver } from './stage-funnel.resolver';
import { StageFunnelService } from './stage-funnel.service';
import { TopPartnersResolver } from './top-partners.resolver';
import { TopPartnersService } from './top-partners.service';

/** The brand's dashboards, read from rollups the activity pipeline keeps current. */
@Module({
  imports: [TypeOrmModule.forFeature([SalesSlice, SalesPartnerMonthly, SalesCountedDeclaration, PointsPartnerMonthly, PointsPartnerBalance, PointsSlice, PointsSliceChange, PointsPartnerRunning, PartnerStageDates, ChallengeResultSlice, PartnerChallengeActivity, SalesPartnerRunning, FeedbackPartnerMonthly, FeedbackSlice, FeedbackTagMonthly, FeedbackTagSlice, DeclarationFunnelSlice, DeclarationFlagSlice, DeclarationFunnelSliceChange, DeclarationFlagSliceChange, DeclarationFunnelPartnerMonthly, DeclarationFlagPartnerMonthly]), ActivityModule, SegmentsModule],
  providers: [SalesDashboardService, AnalyticsResolver, SalesRollupListener, DeclarationFunnelService, DeclarationFunnelResolver, RollupJournalWorker, ParticipationPointsService, ParticipationPointsResolver, TopPartnersService, TopPartnersResolver, CustomerFeedbackService, CustomerFeedbackResolver, StageFunnelService, StageFunnelResolver, ChallengeResultsService, ChallengeResultsResolver],
})
export class AnalyticsModule {}
