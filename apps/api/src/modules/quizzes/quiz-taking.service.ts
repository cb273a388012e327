import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isPartnerRole, QUIZ_SUBMIT_GRACE_MS, QuizAnswer, quizAnswerProblems, scoreQuiz, splitPoints } from '@relais/domain';
import { DataSource, EntityManager, In } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { forbidden } from '../../core/errors/domain-error';
import { isUuid } from '../../core/validation/uuid';
import { ActivityService } from '../activity/activity.service';
import { KnowledgeService } from '../knowledge/knowledge.service';
import { LedgerService } from '../ledger/ledger.service';
import { CreditInput } from '../ledger/ledger.types';
import { ProgrammeSettingsService } from '../programme/programme.service';
import { Segment } from '../segments/segment.entity';
import { SegmentsService } from '../segments/segments.service';
import { QuizAttemptType, QuizStandingType, QuizToTakeType } from './dto/quiz-taking.type';
import { Quiz } from './quiz.entity';
import { QuizAttempt } from './quiz-attempt.entity';
import { QuizErrors } from './quizzes.errors';

const minutes = (n: number) => n * 60_000;

/** The attempt as its taker sees it: right answers and explanations only once it is submitted. */
export function attemptView(quiz: Quiz, attempt: QuizAttempt): QuizAttemptType {
  const chosen = new Map((attempt.answers ?? []).map((a) => [a.questionId, [...a.optionIds]]));
  const correct = new Set(attempt.correctQuestionIds);
  return {
    id: attempt.id,
    quizId: attempt.quizId,
    number: attempt.number,
    status: attempt.status,
    startedAt: attempt.startedAt,
    deadlineAt: attempt.deadlineAt,
    closedAt: attempt.closedAt,
    questions: quiz.questions.map((q) => ({
      id: q.id,
      textEn: q.textEn,
      textFr: q.textFr,
      multiple: q.multiple,
      options: q.options.map((o) => ({ id: o.id, labelEn: o.labelEn, labelFr: o.labelFr })),
    })),
    score: attempt.score,
    passed: attempt.passed,
    pointsAwarded: attempt.pointsAwarded,
    results:
      attempt.status === 'SUBMITTED'
        ? quiz.questions.map((q) => ({
            questionId: q.id,
            correct: correct.has(q.id),
            chosenOptionIds: chosen.get(q.id) ?? [],
            rightOptionIds: q.options.filter((o) => o.correct).map((o) => o.id),
            explanationEn: q.explanationEn,
            explanationFr: q.explanationFr,
          }))
        : null,
  };
}

/** Where a user stands, from their attempts in number order (overdue OPEN ones already expired). */
export function standingOf(quiz: Quiz, attempts: readonly QuizAttempt[], now: Date): QuizStandingType {
  const open = attempts.find((a) => a.status === 'OPEN');
  const closed = attempts.filter((a) => a.status !== 'OPEN');
  const last = closed.at(-1);
  const cooldownEnd = last?.closedAt && quiz.cooldownMinutes ? new Date(last.closedAt.getTime() + minutes(quiz.cooldownMinutes)) : null;
  const scores = closed.map((a) => a.score).filter((s): s is number => s !== null);
  return {
    state: open ? 'IN_PROGRESS' : attempts.some((a) => a.passed) ? 'PASSED' : closed.length ? 'FAILED' : 'NOT_STARTED',
    attemptsUsed: attempts.length,
    attemptsLeft: quiz.maxAttempts === null ? null : Math.max(0, quiz.maxAttempts - attempts.length),
    bestScore: scores.length ? Math.max(...scores) : null,
    pointsEarned: attempts.reduce((sum, a) => sum + a.pointsAwarded, 0),
    nextAttemptAt: cooldownEnd && cooldownEnd > now ? cooldownEnd : null,
    openAttemptId: open?.id ?? null,
  };
}

/**
 * Partner users taking quizzes: the published quizzes open to their partner's segments, attempts
 * scored here (the browser never holds the right answers before submitting), and the first pass
 * paid once.
 */
@Injectable()
export class QuizTakingService {
  private readonly logger = new Logger(QuizTakingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
    private readonly ledger: LedgerService,
    private readonly activity: ActivityService,
    private readonly programme: ProgrammeSettingsService,
    private readonly knowledge: KnowledgeService,
  ) {}

  async list(actor: Actor): Promise<QuizToTakeType[]> {
    const quizzes = await this.open(actor);
    return this.withStandings(actor, quizzes);
  }

  async get(actor: Actor, id: string): Promise<QuizToTakeType> {
    const [quiz] = await this.open(actor, id);
    if (!quiz) throw QuizErrors.notFound();
    return (await this.withStandings(actor, [quiz]))[0];
  }

  async attempt(actor: Actor, id: string): Promise<QuizAttemptType> {
    this.requirePartner(actor);
    const attempt = isUuid(id) ? await this.dataSource.getRepository(QuizAttempt).findOneBy({ id, userId: actor.userId }) : null;
    if (!attempt) throw QuizErrors.attemptNotFound();
    const quiz = await this.dataSource.getRepository(Quiz).findOneByOrFail({ id: attempt.quizId });
    return attemptView(quiz, attempt);
  }

  /**
   * Resumes the open attempt still in time, or starts the next one. The user's row is locked for
   * the transaction, so two starts at once are serialised: the second resumes the first's attempt
   * (and the unique indexes on attempt number and open attempt hold even without the lock).
   */
  async start(actor: Actor, quizId: string): Promise<QuizAttemptType> {
    const [quiz] = await this.open(actor, quizId);
    if (!quiz) throw QuizErrors.notFound();
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [actor.userId]);
      // Shared lock: an edit of the questions waits for this start, or this start sees the edit.
      await manager.query('SELECT 1 FROM quizzes WHERE id = $1 FOR SHARE', [quizId]);
      const current = await manager.getRepository(Quiz).findOneByOrFail({ id: quizId });
      const attempts = await this.attemptsOf(manager, actor.userId, [quizId]);
      const now = new Date();
      const open = attempts.find((a) => a.status === 'OPEN');
      if (open) return attemptView(current, open);
      const standing = standingOf(current, attempts, now);
      if (standing.attemptsLeft === 0) throw QuizErrors.attemptsExhausted();
      if (standing.nextAttemptAt) throw QuizErrors.coolingDown(standing.nextAttemptAt);
      const attempt = await manager.getRepository(QuizAttempt).save(
        manager.getRepository(QuizAttempt).create({
          quizId,
          userId: actor.userId,
          partnerId: actor.partnerId as string,
          number: attempts.length + 1,
          status: 'OPEN',
          startedAt: now,
          deadlineAt: current.timeLimitSeconds ? new Date(now.getTime() + current.timeLimitSeconds * 1000) : null,
        }),
      );
      this.logger.log({ quizId, attemptId: attempt.id, number: attempt.number, userId: actor.userId }, 'Quiz attempt started');
      return attemptView(current, attempt);
    });
  }

  /**
   * Scores the answers. The attempt's row is locked, so a second submission (even at the same
   * moment) finds it closed. A submission past the deadline and its grace is refused and the
   * attempt recorded as expired (committed before the refusal is thrown).
   */
  async submit(actor: Actor, attemptId: string, answers: QuizAnswer[]): Promise<QuizAttemptType> {
    this.requirePartner(actor);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const attempt = isUuid(attemptId)
        ? await manager.getRepository(QuizAttempt).findOne({ where: { id: attemptId, userId: actor.userId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!attempt) throw QuizErrors.attemptNotFound();
      if (attempt.status !== 'OPEN') throw QuizErrors.attemptClosed();
      const quiz = await manager.getRepository(Quiz).findOneByOrFail({ id: attempt.quizId });
      const now = new Date();
      if (attempt.deadlineAt && now.getTime() > attempt.deadlineAt.getTime() + QUIZ_SUBMIT_GRACE_MS) {
        await manager.getRepository(QuizAttempt).update(attempt.id, { status: 'EXPIRED', closedAt: now });
        this.logger.log({ attemptId, userId: actor.userId }, 'Quiz attempt submitted too late');
        return null;
      }
      const problems = quizAnswerProblems(quiz.questions, answers);
      if (problems.length > 0) throw QuizErrors.problems(problems);
      const result = scoreQuiz(quiz.questions, answers, quiz.passMark);
      const firstPass = result.passed && !(await manager.getRepository(QuizAttempt).existsBy({ quizId: quiz.id, userId: actor.userId, firstPass: true }));
      Object.assign(attempt, {
        status: 'SUBMITTED',
        closedAt: now,
        answers: answers.map((a) => ({ questionId: a.questionId, optionIds: [...new Set(a.optionIds)] })),
        correctQuestionIds: result.correctQuestionIds,
        score: result.score,
        passed: result.passed,
        firstPass,
        pointsAwarded: firstPass ? quiz.points : 0,
      });
      await manager.getRepository(QuizAttempt).save(attempt);
      if (firstPass) await this.payFirstPass(manager, quiz, attempt);
      this.logger.log({ attemptId, userId: actor.userId, score: result.score, passed: result.passed, firstPass }, 'Quiz attempt submitted');
      return attemptView(quiz, attempt);
    });
    if (!outcome) throw QuizErrors.timeUp();
    return outcome;
  }

  /** Points go to the wallet(s) declarations pay, under one key per user and quiz; QUIZ_PASSED feeds the Enablement stage. */
  private async payFirstPass(manager: EntityManager, quiz: Quiz, attempt: QuizAttempt): Promise<void> {
    if (quiz.points > 0) {
      const settings = await this.programme.get(manager);
      const base = { kind: 'QUIZ_PASSED', source: { type: 'QUIZ_ATTEMPT', id: attempt.id } } as const;
      const key = `quiz:${quiz.id}:${attempt.userId}`;
      const user = { ownerType: 'USER', ownerId: attempt.userId } as const;
      const partner = { ownerType: 'PARTNER', ownerId: attempt.partnerId } as const;
      const credits: CreditInput[] = [];
      switch (settings.declarationPointsRecipient) {
        case 'USER':
          credits.push({ ...base, account: user, amount: quiz.points, idempotencyKey: key });
          break;
        case 'PARTNER':
          credits.push({ ...base, account: partner, amount: quiz.points, idempotencyKey: key });
          break;
        case 'SPLIT': {
          const share = splitPoints(quiz.points, settings.splitUserPercent);
          credits.push({ ...base, account: user, amount: share.user, idempotencyKey: key });
          credits.push({ ...base, account: partner, amount: share.partner, idempotencyKey: `${key}:partner` });
          break;
        }
      }
      await this.ledger.creditMany(manager, credits.filter((c) => c.amount > 0));
    }
    await this.activity.record(manager, {
      type: 'QUIZ_PASSED',
      partnerId: attempt.partnerId,
      userId: attempt.userId,
      subjectId: quiz.id,
      occurredAt: attempt.closedAt ?? new Date(),
      payload: { quizId: quiz.id, title: { en: quiz.titleEn, fr: quiz.titleFr }, score: attempt.score },
    });
  }

  private requirePartner(actor: Actor): void {
    if (!isPartnerRole(actor.role) || !actor.partnerId) throw forbidden('FORBIDDEN_ROLE');
  }

  /** Published quizzes open to the actor's partner (no segment, or one holding the partner), optionally one of them. */
  private async open(actor: Actor, onlyId?: string): Promise<Quiz[]> {
    this.requirePartner(actor);
    if (onlyId !== undefined && !isUuid(onlyId)) return [];
    const targeted = await this.dataSource
      .getRepository(Segment)
      .createQueryBuilder('s')
      .where(`s.id IN (SELECT qs.segment_id FROM quiz_segments qs JOIN quizzes q ON q.id = qs.quiz_id WHERE q.status = 'PUBLISHED')`)
      .getMany();
    // Counted within the actor's scope (their own partner), in one pass: 1 means the partner is a member.
    const counts = await this.segments.memberCounts(actor, targeted);
    const memberOf = targeted.filter((_, i) => counts[i] > 0).map((s) => s.id);
    const query = this.dataSource
      .getRepository(Quiz)
      .createQueryBuilder('q')
      .where(`q.status = 'PUBLISHED'`)
      .andWhere(
        `(NOT EXISTS (SELECT 1 FROM quiz_segments s WHERE s.quiz_id = q.id)
          OR EXISTS (SELECT 1 FROM quiz_segments s WHERE s.quiz_id = q.id AND s.segment_id = ANY(:memberOf::uuid[])))`,
        { memberOf },
      );
    if (onlyId) query.andWhere('q.id = :onlyId', { onlyId });
    return query.orderBy('q.created_at', 'DESC').addOrderBy('q.id').getMany();
  }

  /** The user's attempts at these quizzes in number order, after closing those whose time ran out. */
  private async attemptsOf(manager: EntityManager, userId: string, quizIds: string[]): Promise<QuizAttempt[]> {
    await manager.query(
      `UPDATE quiz_attempts SET status = 'EXPIRED', closed_at = deadline_at
        WHERE user_id = $1 AND quiz_id = ANY($2::uuid[]) AND status = 'OPEN' AND deadline_at < now() - make_interval(secs => $3)`,
      [userId, quizIds, QUIZ_SUBMIT_GRACE_MS / 1000],
    );
    return manager.getRepository(QuizAttempt).find({ where: { userId, quizId: In(quizIds) }, order: { number: 'ASC' } });
  }

  private async withStandings(actor: Actor, quizzes: Quiz[]): Promise<QuizToTakeType[]> {
    const attempts = quizzes.length ? await this.attemptsOf(this.dataSource.manager, actor.userId, quizzes.map((q) => q.id)) : [];
    const readable = new Map((await this.knowledge.readableArticles(actor, quizzes.flatMap((q) => q.articleIds))).map((a) => [a.id, a]));
    const now = new Date();
    return quizzes.map((quiz) => ({
      id: quiz.id,
      titleEn: quiz.titleEn,
      titleFr: quiz.titleFr,
      introEn: quiz.introEn,
      introFr: quiz.introFr,
      questionCount: quiz.questions.length,
      passMark: quiz.passMark,
      maxAttempts: quiz.maxAttempts,
      cooldownMinutes: quiz.cooldownMinutes,
      timeLimitSeconds: quiz.timeLimitSeconds,
      points: quiz.points,
      standing: standingOf(
        quiz,
        attempts.filter((a) => a.quizId === quiz.id),
        now,
      ),
      articles: quiz.articleIds.flatMap((id) => {
        const article = readable.get(id);
        // An article may be written in one language only: the other title falls back to it.
        return article ? [{ id, titleEn: article.titleEn || article.titleFr, titleFr: article.titleFr || article.titleEn }] : [];
      }),
    }));
  }
}
