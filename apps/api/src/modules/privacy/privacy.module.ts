import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '../audit/audit.module';
import { DeclarationsModule } from '../declarations/declarations.module';
import { ProofsModule } from '../declarations/proofs/proofs.module';
import { DeclarationErasureResolver } from './declaration-erasure.resolver';
import { PersonalDataRequest } from './personal-data-request.entity';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';

/** End customers' personal data in declarations: found, exported and erased at their request by a brand admin. */
@Module({
  imports: [TypeOrmModule.forFeature([PersonalDataRequest]), AuditModule, DeclarationsModule, ProofsModule],
  providers: [PrivacyService, PrivacyResolver, DeclarationErasureResolver],
})
export class PrivacyModule {}
