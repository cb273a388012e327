import { Args, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { PageInput } from '../../core/graphql/page.input';
import { AuditService } from './audit.service';
import { AuditEntryPageType } from './dto/audit-entry.type';
import { AuditEntryFilter } from './dto/audit-entry-filter.input';

/** Read only: no mutation exists for the audit log, and the database refuses any change to it. */
@Resolver()
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Query(() => AuditEntryPageType, { description: 'Back-office changes, newest first. A brand admin sees all; a channel manager their own.' })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  auditEntries(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => AuditEntryFilter, nullable: true }) filter?: AuditEntryFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.service.entries(actor, filter ?? {}, page);
  }
}
