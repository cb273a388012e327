import { Query, Resolver } from '@nestjs/graphql';
import { PROOF_MIME_TYPES } from '@relais/domain';

import { Roles } from '../../../core/auth/auth.decorators';
import { AppConfig } from '../../../core/config/app-config';
import { ProofUploadLimitsType } from './dto/proof-file.type';

/** What the upload accepts, so the apps pre-check with the configured limit rather than a guess. */
@Resolver(() => ProofUploadLimitsType)
export class ProofLimitsResolver {
  constructor(private readonly config: AppConfig) {}

  @Query(() => ProofUploadLimitsType, { description: 'Partner users: the size limit and types of proof files.' })
  @Roles('PARTNER_ADMIN', 'PARTNER_MEMBER')
  proofUploadLimits(): ProofUploadLimitsType {
    return { maxBytes: this.config.PROOF_MAX_BYTES, mimeTypes: [...PROOF_MIME_TYPES] };
  }
}
