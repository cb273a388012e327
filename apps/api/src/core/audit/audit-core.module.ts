import { Global, Module, OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { DataSource } from 'typeorm';

import { AuditContextInterceptor } from './audit-context.interceptor';
import { auditQueryRunners } from './audited-query-runners';

/** Tells the database who makes each back-office change; the audit feature reads what it records. */
@Global()
@Module({
  providers: [{ provide: APP_INTERCEPTOR, useClass: AuditContextInterceptor }],
})
export class AuditCoreModule implements OnModuleInit {
  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    auditQueryRunners(this.dataSource);
  }
}
