import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEditable, isSampledForReview, riskScore } from '@relais/domain';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { AppConfig } from '../../core/config/app-config';
import { isUniqueViolation } from '../../core/database/pg-errors';
import { invalidField } from '../../core/errors/domain-error';
import { ActivityService } from '../activity/activity.service';
import { Declaration } from './declaration.entity';
import { DeclarationFlagRecord } from './declaration-flag.entity';
import { DeclarationFlagsService } from './declaration-flags.service';
import { DeclarationLine } from './declaration-line.entity';
import { DeclarationReviewService } from './declaration-review.service';
import { DeclarationErrors } from './declarations.errors';
import { DeclarationsService } from './declarations.service';

// A resubmission after the brand asked for information carries the same feedback: counted once, at the first submission.
const hasFeedback = (d: Declaration) => d.feedbackRating !== null || !!d.feedbackComment?.trim() || d.feedbackTags.length > 0;

@Injectable()
export class DeclarationSubmissionService {
  private readonly logger = new Logger(DeclarationSubmissionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly declarations: DeclarationsService,
    private readonly flags: DeclarationFlagsService,
    private readonly review: DeclarationReviewService,
    private readonly activity: ActivityService,
  ) {}

  /**
   * Submits a draft (or a declaration the brand asked about). The key makes it idempotent: a retry
   * with the key of the last submission returns the declaration as it is. The row lock serialises
   * two submissions racing on the same declaration.
   */
  async submit(actor: Actor, id: string, key: string): Promise<Declaration> {
    const idempotencyKey = key?.trim() ?? '';
    if (!idempotencyKey || idempotencyKey.length > 200) throw invalidField('INVALID_INPUT', 'idempotencyKey', idempotencyKey ? 'maxLength' : 'isNotEmpty');
    try {
      return await this.submitOnce(actor, id, idempotencyKey);
    } catch (error) {
      // Two declarations submitted at the same instant with one key: the unique index keeps one.
      if (isUniqueViolation(error)) throw DeclarationErrors.keyReused();
      throw error;
    }
  }

  private submitOnce(actor: Actor, id: string, idempotencyKey: string): Promise<Declaration> {
    return this.dataSource.transaction(async (manager) => {
      const declaration = await this.declarations.getToChange(actor, id, manager);
      if (declaration.submissionKey === idempotencyKey && !isEditable(declaration.status)) return declaration;
      if (!isEditable(declaration.status)) throw DeclarationErrors.notEditable();
      const reused = await manager
        .getRepository(Declaration)
        .createQueryBuilder('d')
        .where('d.partner_id = :partnerId AND d.submission_key = :key AND d.id <> :id', { partnerId: declaration.partnerId, key: idempotencyKey, id })
        .getExists();
      if (reused) throw DeclarationErrors.keyReused();
      return this.submitLocked(manager, actor, declaration, idempotencyKey);
    });
  }

  private async submitLocked(manager: EntityManager, actor: Actor, declaration: Declaration, key: string): Promise<Declaration> {
    const from = declaration.status;
    const lines = await manager.getRepository(DeclarationLine).findBy({ declarationId: declaration.id });
    const flags = await this.flags.compute(manager, declaration, lines);
    await manager.getRepository(DeclarationFlagRecord).delete({ declarationId: declaration.id });
    if (flags.length) await manager.getRepository(DeclarationFlagRecord).insert(flags.map((f) => ({ ...f, declarationId: declaration.id })));
    Object.assign(declaration, { status: 'SUBMITTED', submissionKey: key, submittedAt: new Date(), riskScore: riskScore(flags) });
    // A plain UPDATE: a repository save would read the row again first.
    const [[row]]: [{ updated_at: Date }[], number] = await manager.query(
      `UPDATE declarations SET status = 'SUBMITTED', submission_key = $2, submitted_at = $3, risk_score = $4, updated_at = now() WHERE id = $1 RETURNING updated_at`,
      [declaration.id, key, declaration.submittedAt, declaration.riskScore],
    );
    const saved = Object.assign(declaration, { updatedAt: row.updated_at });
    await this.declarations.record(manager, saved, actor.userId, 'SUBMITTED', from);
    if (from === 'DRAFT' && hasFeedback(saved)) {
      await this.activity.record(manager, { type: 'FEEDBACK_GIVEN', partnerId: saved.partnerId, userId: saved.declaredById, subjectId: saved.id });
    }
    this.logger.log({ declarationId: saved.id, flags: flags.map((f) => f.code), riskScore: saved.riskScore }, 'Declaration submitted');
    return this.autoApprovable(saved, flags.length) ? this.review.autoApprove(manager, saved) : saved;
  }

  /**
   * Unflagged declarations of at most DECLARATION_AUTO_APPROVE_MAX_AMOUNT (0 = never) are approved
   * at once, except the share DECLARATION_REVIEW_SAMPLE_PERCENT drawn from the id for a human check.
   */
  private autoApprovable(declaration: Declaration, flagCount: number): boolean {
    const max = this.config.DECLARATION_AUTO_APPROVE_MAX_AMOUNT;
    if (max <= 0 || flagCount > 0 || Number(declaration.totalAmount) > max) return false;
    return !isSampledForReview(declaration.id, this.config.DECLARATION_REVIEW_SAMPLE_PERCENT);
  }
}
