import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ActivityEventType, isReversible, statusAfterDecisions, utcDay } from '@relais/domain';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { DomainError, invalidField } from '../../core/errors/domain-error';
import { ActivityService } from '../activity/activity.service';
import { ProductsService } from '../products/products.service';
import { WebhooksService } from '../webhooks/webhooks.service';
import { Declaration } from './declaration.entity';
import { DeclarationLine } from './declaration-line.entity';
import { DeclarationNotifier } from './declaration-notifier';
import { DeclarationPoints } from './declaration-points';
import { DeclarationErrors } from './declarations.errors';
import { DeclarationsService } from './declarations.service';
import { LineDecisionInput } from './dto/decision.input';

/** What DECLARATION_DECIDED tells integrators (docs/integration-api.md). */
const decidedPayload = (d: Declaration, lines: DeclarationLine[]) => ({
  declarationId: d.id,
  partnerId: d.partnerId,
  declaredById: d.declaredById,
  status: d.status,
  decidedAt: d.decidedAt?.toISOString() ?? null,
  currency: d.currency,
  totalAmount: Number(d.totalAmount),
  lines: lines.map((l) => ({ lineId: l.id, productId: l.productId, quantity: l.quantity, amount: Number(l.amount), invoiceReference: l.invoiceReference, status: l.status, rejectReasonCode: l.rejectReasonCode, pointsAwarded: l.pointsAwarded })),
});

const SETTLED = ['APPROVED', 'REJECTED', 'PARTIALLY_APPROVED', 'REVERSED'];

const requiredText = (field: string, value: string | null | undefined) => {
  const text = value?.trim() ?? '';
  if (!text || text.length > 2000) throw invalidField('INVALID_INPUT', field, text ? 'maxLength' : 'isNotEmpty');
  return text;
};

/**
 * The brand's decisions. Each one locks the declaration row (FOR UPDATE) first, so two validators
 * acting at once are serialised: the second finds the lines decided and gets
 * DECLARATION_ALREADY_DECIDED, and nothing is paid twice.
 */
@Injectable()
export class DeclarationReviewService {
  private readonly logger = new Logger(DeclarationReviewService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly declarations: DeclarationsService,
    private readonly points: DeclarationPoints,
    private readonly notifier: DeclarationNotifier,
    private readonly activity: ActivityService,
    private readonly products: ProductsService,
    private readonly webhooks: WebhooksService,
  ) {}

  async decide(actor: Actor, id: string, decisions: LineDecisionInput[]): Promise<Declaration> {
    return this.dataSource.transaction(async (manager) => {
      const declaration = await this.submitted(manager, actor, id);
      const lines = await this.lines(manager, declaration.id);
      return this.apply(manager, declaration, lines, decisions, actor.userId);
    });
  }

  async approveAll(actor: Actor, id: string): Promise<Declaration> {
    return this.dataSource.transaction(async (manager) => {
      const declaration = await this.submitted(manager, actor, id);
      const lines = await this.lines(manager, declaration.id);
      const pending = lines.filter((l) => l.status === 'PENDING').map((l) => ({ lineId: l.id, decision: 'APPROVE' as const }));
      if (pending.length === 0) throw DeclarationErrors.alreadyDecided();
      return this.apply(manager, declaration, lines, pending, actor.userId);
    });
  }

  /** Bulk approval: each declaration in its own transaction, so one refusal does not undo the others. */
  async approveMany(actor: Actor, ids: string[]): Promise<Declaration[]> {
    if (ids.length > 100) throw invalidField('INVALID_INPUT', 'ids', 'arrayMaxSize');
    const approved: Declaration[] = [];
    for (const id of [...new Set(ids)]) {
      try {
        approved.push(await this.approveAll(actor, id));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.logger.debug({ declarationId: id, code: error.code }, 'Declaration left out of a bulk approval');
      }
    }
    return approved;
  }

  /** Approves every line of a just-submitted declaration on the system's behalf (auto-approval). */
  async autoApprove(manager: EntityManager, declaration: Declaration): Promise<Declaration> {
    const lines = await this.lines(manager, declaration.id);
    return this.apply(manager, declaration, lines, lines.map((l) => ({ lineId: l.id, decision: 'APPROVE' as const })), null);
  }

  /** Sends a declaration back to the partner, before any line is decided. */
  async requestInformation(actor: Actor, id: string, message: string, lineIds: string[] = []): Promise<Declaration> {
    const text = requiredText('message', message);
    return this.dataSource.transaction(async (manager) => {
      const declaration = await this.submitted(manager, actor, id);
      const lines = await this.lines(manager, declaration.id);
      if (lines.some((l) => l.status !== 'PENDING')) throw DeclarationErrors.alreadyDecided();
      lineIds.forEach((lineId, index) => {
        if (!lines.some((l) => l.id === lineId)) throw DeclarationErrors.lineNotFound(`lineIds.${index}`);
      });
      declaration.status = 'NEEDS_INFO';
      const saved = await manager.getRepository(Declaration).save(declaration);
      await this.declarations.record(manager, saved, actor.userId, 'INFO_REQUESTED', 'SUBMITTED', { message: text, lineIds: [...new Set(lineIds)] });
      await this.notifier.notify(manager, saved, 'declarationInfoRequested', { message: text });
      return saved;
    });
  }

  async reverse(actor: Actor, id: string, reason: string): Promise<Declaration> {
    const text = requiredText('reason', reason);
    return this.dataSource.transaction(async (manager) => {
      const declaration = await this.declarations.get(actor, id, manager, true);
      if (!isReversible(declaration.status)) throw DeclarationErrors.notReversible();
      const from = declaration.status;
      const approved = (await this.lines(manager, declaration.id)).filter((l) => l.status === 'APPROVED');
      await this.recordActivity(manager, declaration, 'DECLARATION_REVERSED', approved, new Date());
      await this.points.takeBack(manager, declaration, actor.userId, text);
      declaration.status = 'REVERSED';
      const saved = await manager.getRepository(Declaration).save(declaration);
      await this.declarations.record(manager, saved, actor.userId, 'REVERSED', from, { message: text });
      await this.notifier.notify(manager, saved, 'declarationReversed', { message: text });
      this.logger.log({ declarationId: id, by: actor.userId }, 'Declaration reversed');
      return saved;
    });
  }

  /**
   * The metrics' event of a settled or reversed declaration: its approved lines, counted on the day
   * of the approval, so that a reversal takes back exactly what the approval added.
   */
  private async recordActivity(manager: EntityManager, declaration: Declaration, type: ActivityEventType, approved: DeclarationLine[], at: Date): Promise<void> {
    const products = await this.products.byIds([...new Set(approved.map((l) => l.productId))]);
    const categories = new Map(products.map((p) => [p.id, p.category]));
    const lines = approved.map((l) => ({ productId: l.productId, category: categories.get(l.productId) ?? '', quantity: l.quantity, amount: l.amount }));
    await this.activity.record(manager, {
      type,
      partnerId: declaration.partnerId,
      userId: declaration.declaredById,
      subjectId: declaration.id,
      occurredAt: at,
      payload: { declarationId: declaration.id, countedOn: utcDay(declaration.decidedAt ?? at), lines },
    });
  }

  private async submitted(manager: EntityManager, actor: Actor, id: string): Promise<Declaration> {
    const declaration = await this.declarations.get(actor, id, manager, true);
    if (SETTLED.includes(declaration.status)) throw DeclarationErrors.alreadyDecided();
    if (declaration.status !== 'SUBMITTED') throw DeclarationErrors.notSubmitted();
    return declaration;
  }

  private lines(manager: EntityManager, declarationId: string): Promise<DeclarationLine[]> {
    return manager.getRepository(DeclarationLine).find({ where: { declarationId }, order: { position: 'ASC' } });
  }

  /** Writes the decided lines in one statement (a declaration has up to hundreds of lines). */
  private async saveLines(manager: EntityManager, lines: DeclarationLine[]): Promise<void> {
    if (lines.length === 0) return;
    const rows = lines.map((l) => ({
      id: l.id,
      status: l.status,
      reject_reason_code: l.rejectReasonCode,
      reject_message: l.rejectMessage,
      points_awarded: l.pointsAwarded,
      points_explanation: l.pointsExplanation,
      decided_at: l.decidedAt,
      decided_by_id: l.decidedById,
    }));
    await manager.query(
      `UPDATE declaration_lines l SET status = r.status, reject_reason_code = r.reject_reason_code, reject_message = r.reject_message,
              points_awarded = r.points_awarded, points_explanation = r.points_explanation, decided_at = r.decided_at, decided_by_id = r.decided_by_id
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, status text, reject_reason_code text, reject_message text, points_awarded int,
            points_explanation jsonb, decided_at timestamptz, decided_by_id uuid)
       WHERE l.id = r.id`,
      [JSON.stringify(rows)],
    );
  }

  /** The declaration's decision fields, without the read-before-write of a repository save. */
  private async saveStatus(manager: EntityManager, declaration: Declaration): Promise<Declaration> {
    // An UPDATE answers [rows, count] through TypeORM's query().
    const [[row]]: [{ updated_at: Date }[], number] = await manager.query(
      'UPDATE declarations SET status = $2, decided_at = $3, updated_at = now() WHERE id = $1 RETURNING updated_at',
      [declaration.id, declaration.status, declaration.decidedAt],
    );
    declaration.updatedAt = row.updated_at;
    return declaration;
  }

  private async apply(
    manager: EntityManager,
    declaration: Declaration,
    lines: DeclarationLine[],
    decisions: Pick<LineDecisionInput, 'lineId' | 'decision' | 'reasonCode' | 'message'>[],
    authorId: string | null,
  ): Promise<Declaration> {
    const now = new Date();
    const decided: DeclarationLine[] = [];
    decisions.forEach((decision, index) => {
      const line = lines.find((l) => l.id === decision.lineId);
      if (!line) throw DeclarationErrors.lineNotFound(`lines.${index}.lineId`);
      if (line.status !== 'PENDING') throw DeclarationErrors.alreadyDecided();
      if (decision.decision === 'REJECT' && !decision.reasonCode) throw DeclarationErrors.reasonRequired(index);
      line.status = decision.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED';
      line.rejectReasonCode = decision.decision === 'REJECT' ? (decision.reasonCode ?? null) : null;
      line.rejectMessage = decision.decision === 'REJECT' ? decision.message || null : null;
      line.decidedAt = now;
      line.decidedById = authorId;
      decided.push(line);
    });
    const approved = decided.filter((l) => l.status === 'APPROVED');
    const from = declaration.status;
    declaration.status = statusAfterDecisions(lines.map((l) => l.status));
    if (declaration.status !== 'SUBMITTED') declaration.decidedAt = now;
    // Points are paid once the declaration is settled, over all its approved lines (see DeclarationPoints).
    const payable = declaration.status === 'SUBMITTED' ? [] : lines.filter((l) => l.status === 'APPROVED');
    const credits = await this.points.credits(manager, declaration, payable, authorId);
    await this.saveLines(manager, [...new Set([...decided, ...payable])]);
    if (payable.length > 0) await this.recordActivity(manager, declaration, 'DECLARATION_APPROVED', payable, now);
    const messages = decisions.map((d) => d.message).filter((m): m is string => !!m);
    await this.declarations.record(manager, declaration, authorId, authorId ? 'LINES_DECIDED' : 'AUTO_APPROVED', from, {
      message: messages.join('\n') || null,
      lineIds: decided.map((l) => l.id),
    });
    await this.notifier.notify(manager, declaration, 'declarationDecided', { approved: approved.length, rejected: decided.length - approved.length });
    if (declaration.status !== 'SUBMITTED') await this.webhooks.enqueue(manager, 'DECLARATION_DECIDED', decidedPayload(declaration, lines));
    // Last, the two writes whose triggers add to the partner's rollup rows (the funnel's months, the
    // points' months and balance), which every other decision and redemption of the partner needs:
    // so those rows stay locked only until the commit that follows, not while the API sends the
    // statements above (under 200 users the locks held across them queued the whole pool).
    const saved = await this.saveStatus(manager, declaration);
    await this.points.pay(manager, credits);
    this.logger.log({ declarationId: saved.id, by: authorId, approved: approved.length, rejected: decided.length - approved.length }, 'Declaration lines decided');
    return saved;
  }
}
