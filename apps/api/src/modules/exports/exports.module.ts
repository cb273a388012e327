import { Module } from '@nestjs/common';

import { DeclarationsModule } from '../declarations/declarations.module';
import { PartnersModule } from '../partners/partners.module';
import { RewardsModule } from '../rewards/rewards.module';
import { UsersModule } from '../users/users.module';
import { CsvExportService } from './csv-export.service';
import { ExportPlansService } from './export-plans.service';
import { ExportsController } from './exports.controller';

/** Streamed CSV exports of the back-office lists, in the caller's scope and language. */
@Module({
  imports: [DeclarationsModule, PartnersModule, RewardsModule, UsersModule],
  controllers: [ExportsController],
  providers: [CsvExportService, ExportPlansService],
})
export class ExportsModule {}
