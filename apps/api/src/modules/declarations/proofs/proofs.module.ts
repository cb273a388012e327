import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ProofFile } from './proof-file.entity';
import { ProofLimitsResolver } from './proof-limits.resolver';
import { ProofUploadInterceptor } from './proof-upload.interceptor';
import { ProofsController } from './proofs.controller';
import { DeclarationProofsResolver } from './proofs.resolver';
import { ProofsService } from './proofs.service';
import { ProofsWorker } from './proofs.worker';

/** Proof files of declarations: upload and serve over HTTP, attach through DeclarationsService, flag duplicates, delete the unattached. */
@Module({
  imports: [TypeOrmModule.forFeature([ProofFile])],
  controllers: [ProofsController],
  providers: [ProofsService, ProofUploadInterceptor, DeclarationProofsResolver, ProofLimitsResolver, ProofsWorker],
  exports: [ProofsService],
})
export class ProofsModule {}
