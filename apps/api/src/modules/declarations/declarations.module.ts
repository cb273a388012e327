import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ActivityModule } from '../activity/activity.module';
import { EarningRulesModule } from '../earning-rules/earning-rules.module';
import { LedgerModule } from '../ledger/ledger.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PartnersModule } from '../partners/partners.module';
import { ProductsModule } from '../products/products.module';
import { ProgrammeModule } from '../programme/programme.module';
import { SegmentsModule } from '../segments/segments.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { Declaration } from './declaration.entity';
import { DeclarationLoaders } from './declaration.loaders';
import { DeclarationCustomerDataService } from './declaration-customer-data.service';
import { DeclarationEvent } from './declaration-event.entity';
import { DeclarationEventResolver } from './declaration-event.resolver';
import { DeclarationFlagRecord } from './declaration-flag.entity';
import { DeclarationFlagsService } from './declaration-flags.service';
import { DeclarationLine } from './declaration-line.entity';
import { DeclarationLineResolver } from './declaration-line.resolver';
import { DeclarationNotifier } from './declaration-notifier';
import { DeclarationPoints } from './declaration-points';
import { DeclarationReviewService } from './declaration-review.service';
import { DeclarationSubmissionService } from './declaration-submission.service';
import { DeclarationsResolver } from './declarations.resolver';
import { DeclarationsService } from './declarations.service';
import { DeclarationImport } from './imports/declaration-import.entity';
import { DeclarationImportConfirmationService } from './imports/declaration-import-confirmation.service';
import { DeclarationImportChunk, DeclarationImportDeclaration, DeclarationImportError, DeclarationImportRow } from './imports/declaration-import-staging.entity';
import { DeclarationImportsResolver } from './imports/declaration-imports.resolver';
import { DeclarationImportsService } from './imports/declaration-imports.service';
import { ProofsModule } from './proofs/proofs.module';

const IMPORT_ENTITIES = [DeclarationImport, DeclarationImportChunk, DeclarationImportRow, DeclarationImportError, DeclarationImportDeclaration];

@Module({
  imports: [TypeOrmModule.forFeature([Declaration, DeclarationLine, DeclarationEvent, DeclarationFlagRecord, ...IMPORT_ENTITIES]), ActivityModule, EarningRulesModule, LedgerModule, NotificationsModule, PartnersModule, ProductsModule, ProgrammeModule, ProofsModule, SegmentsModule, WebhooksModule],
  providers: [
    DeclarationsService,
    DeclarationSubmissionService,
    DeclarationReviewService,
    DeclarationFlagsService,
    DeclarationPoints,
    DeclarationNotifier,
    DeclarationLoaders,
    DeclarationsResolver,
    DeclarationEventResolver,
    DeclarationLineResolver,
    DeclarationImportsService,
    DeclarationImportConfirmationService,
    DeclarationImportsResolver,
    DeclarationCustomerDataService,
  ],
  exports: [DeclarationsService, DeclarationCustomerDataService],
})
export class DeclarationsModule {}
