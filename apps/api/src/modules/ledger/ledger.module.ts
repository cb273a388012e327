import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { PartnersModule } from '../partners/partners.module';
import { ProgrammeModule } from '../programme/programme.module';
import { UsersModule } from '../users/users.module';
import { LedgerResolver } from './ledger.resolver';
import { LedgerService } from './ledger.service';
import { LedgerWorker } from './ledger.worker';
import { LedgerAccount } from './ledger-account.entity';
import { LedgerEntry } from './ledger-entry.entity';
import { LedgerLot } from './ledger-lot.entity';
import { WalletsService } from './wallets.service';

@Module({
  imports: [TypeOrmModule.forFeature([LedgerAccount, LedgerEntry, LedgerLot]), ProgrammeModule, UsersModule, PartnersModule],
  providers: [LedgerService, WalletsService, LedgerResolver, LedgerWorker],
  exports: [LedgerService],
})
export class LedgerModule {}
