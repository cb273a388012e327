import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ActivityModule } from '../activity/activity.module';
import { LedgerModule } from '../ledger/ledger.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProductsModule } from '../products/products.module';
import { SegmentsModule } from '../segments/segments.module';
import { Challenge } from './challenge.entity';
import { ChallengeLeague } from './challenge-league.entity';
import { ChallengeLifecycleService } from './challenge-lifecycle.service';
import { ChallengeParticipantsService } from './challenge-participants.service';
import { ChallengeParticipationService } from './challenge-participation.service';
import { ChallengeRankNotices } from './challenge-rank-notices';
import { ChallengeScore } from './challenge-score.entity';
import { ChallengeScoreBucket } from './challenge-score-bucket.entity';
import { ChallengeScoresListener } from './challenge-scores.listener';
import { ChallengeScoresService } from './challenge-scores.service';
import { ChallengeSettlementService } from './challenge-settlement.service';
import { ChallengesResolver } from './challenges.resolver';
import { ChallengesService } from './challenges.service';
import { ChallengesWorker } from './challenges.worker';
import { LeaderboardService } from './leaderboard.service';
import { LeaderboardSubscriptionResolver } from './leaderboard.subscription';

/** Challenges with live leaderboards, scored from the activity metrics and settled through the ledger. */
@Module({
  imports: [TypeOrmModule.forFeature([Challenge, ChallengeScore, ChallengeLeague, ChallengeScoreBucket]), ActivityModule, LedgerModule, NotificationsModule, ProductsModule, SegmentsModule],
  providers: [
    ChallengesService,
    ChallengeParticipantsService,
    ChallengeParticipationService,
    ChallengeScoresService,
    ChallengeScoresListener,
    ChallengeRankNotices,
    ChallengeSettlementService,
    ChallengeLifecycleService,
    ChallengesWorker,
    LeaderboardService,
    ChallengesResolver,
    LeaderboardSubscriptionResolver,
  ],
  exports: [ChallengesService],
})
export class ChallengesModule {}
