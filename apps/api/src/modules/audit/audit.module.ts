import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditEntry } from './audit-entry.entity';

/** The audit log: what back-office users changed, recorded by database triggers, searchable here. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  providers: [AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
