import { Injectable } from '@nestjs/common';

import { AppConfig } from '../../../core/config/app-config';
import { SingleFileInterceptor } from '../../../core/files/single-file.interceptor';
import { ProofErrors } from './proofs.errors';

/** The proof of a POST /files/proofs, at most PROOF_MAX_BYTES. */
@Injectable()
export class ProofUploadInterceptor extends SingleFileInterceptor {
  constructor(config: AppConfig) {
    super(config.PROOF_MAX_BYTES, () => ProofErrors.tooLarge(config.PROOF_MAX_BYTES), ProofErrors.fileRequired);
  }
}
