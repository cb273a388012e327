import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';

import { AuditCoreModule } from './core/audit/audit-core.module';
import { AuthCoreModule } from './core/auth/auth-core.module';
import { AppConfig } from './core/config/app-config';
import { ConfigModule } from './core/config/config.module';
import { DatabaseModule } from './core/database/database.module';
import { graphqlOptions } from './core/graphql/graphql-options';
import { HealthModule } from './core/health/health.module';
import { MailModule } from './core/mail/mail.module';
import { RealtimeModule } from './core/realtime/realtime.module';
import { ActivityModule } from './modules/activity/activity.module';
import { AnalyticsModule } from './modules/analytics/analytics.module';
import { ApiKeysModule } from './modules/api-keys/api-keys.module';
import { ApplicationsModule } from './modules/applications/applications.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { LiveSockets } from './modules/auth/live-sockets';
import { SessionsModule } from './modules/auth/sessions.module';
import { BadgesModule } from './modules/badges/badges.module';
import { ChallengesModule } from './modules/challenges/challenges.module';
import { DeclarationsModule } from './modules/declarations/declarations.module';
import { EarningRulesModule } from './modules/earning-rules/earning-rules.module';
import { ExportsModule } from './modules/exports/exports.module';
import { FeedModule } from './modules/feed/feed.module';
import { KnowledgeModule } from './modules/knowledge/knowledge.module';
import { LedgerModule } from './modules/ledger/ledger.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { ObjectivesModule } from './modules/objectives/objectives.module';
import { PartnersModule } from './modules/partners/partners.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { ProductsModule } from './modules/products/products.module';
import { ProgrammeModule } from './modules/programme/programme.module';
import { QuizzesModule } from './modules/quizzes/quizzes.module';
import { RecapModule } from './modules/recap/recap.module';
import { RewardsModule } from './modules/rewards/rewards.module';
import { SegmentsModule } from './modules/segments/segments.module';
import { StagesModule } from './modules/stages/stages.module';
import { TiersModule } from './modules/tiers/tiers.module';
import { UsersModule } from './modules/users/users.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';

/** Wires the core and the feature modules; nothing else. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [SessionsModule],
          inject: [AppConfig, LiveSockets],
          useFactory: graphqlOptions,
        }),
        AuthCoreModule,
        AuditCoreModule,
        MailModule,
        RealtimeModule,
        HealthModule,
        UsersModule,
        AuthModule,
        PartnersModule,
        SegmentsModule,
        ProductsModule,
        EarningRulesModule,
        ApplicationsModule,
        DeclarationsModule,
        ProgrammeModule,
        LedgerModule,
        NotificationsModule,
        RecapModule,
        FeedModule,
        AnalyticsModule,
        RewardsModule,
        ActivityModule,
        BadgesModule,
        ObjectivesModule,
        TiersModule,
        StagesModule,
        ChallengesModule,
        ExportsModule,
        AuditModule,
        QuizzesModule,
        ApiKeysModule,
        WebhooksModule,
        KnowledgeModule,
        PrivacyModule,
      ],
    };
  }
}
