import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { quizQuestionProblems, QuizStatus } from '@relais/domain';
import { DataSource, EntityManager, In } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { invalidField } from '../../core/errors/domain-error';
import { isUuid } from '../../core/validation/uuid';
import { KnowledgeService } from '../knowledge/knowledge.service';
import { Segment } from '../segments/segment.entity';
import { QuizInput, QuizQuestionInput } from './dto/quiz.input';
import { QuizStatisticsType, QuizType } from './dto/quiz.type';
import { Quiz, StoredQuizQuestion } from './quiz.entity';
import { QuizAttempt } from './quiz-attempt.entity';
import { QuizSegment } from './quiz-segment.entity';
import { QuizErrors } from './quizzes.errors';

type QuizFields = Omit<Quiz, 'id' | 'status' | 'createdAt' | 'updatedAt'>;

/** The questions without their ids, to tell whether an edit changes what takers answered. */
const contentOf = (questions: readonly (QuizQuestionInput | StoredQuizQuestion)[]) =>
  JSON.stringify(
    questions.map((q) => ({
      textEn: q.textEn,
      textFr: q.textFr,
      explanationEn: q.explanationEn,
      explanationFr: q.explanationFr,
      multiple: q.multiple,
      options: q.options.map((o) => ({ labelEn: o.labelEn, labelFr: o.labelFr, correct: o.correct })),
    })),
  );

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Quizzes as brand admins write them, and their statistics. */
@Injectable()
export class QuizzesService {
  private readonly logger = new Logger(QuizzesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly knowledge: KnowledgeService,
  ) {}

  async list(): Promise<QuizType[]> {
    const quizzes = await this.dataSource.getRepository(Quiz).find({ order: { createdAt: 'DESC', id: 'ASC' } });
    return this.toTypes(quizzes);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<QuizType> {
    return (await this.toTypes([await this.find(id, manager)], manager))[0];
  }

  async create(actor: Actor, input: QuizInput): Promise<QuizType> {
    const fields = await this.fieldsOf(input);
    const quiz = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(Quiz).save(manager.getRepository(Quiz).create({ ...fields, status: 'DRAFT' }));
      await this.setSegments(manager, saved.id, input.segmentIds);
      return saved;
    });
    this.logger.log({ quizId: quiz.id, by: actor.userId }, 'Quiz created');
    return this.get(quiz.id);
  }

  /**
   * Replaces the quiz. Once anyone has attempted it, its questions are frozen (QUIZ_QUESTIONS_LOCKED
   * unless they come back unchanged) rather than versioned: every attempt keeps its answers and the
   * ids of the questions it got right, so past scores, the explanations shown with them and the
   * per-question statistics all stay true to what takers saw, with one version to read. Settings
   * (pass mark, limits, points, targeting, texts of the quiz) may change: they apply to attempts to
   * come, and a closed attempt keeps the score and pass it was given. New questions mean a new quiz.
   */
  async update(actor: Actor, id: string, input: QuizInput): Promise<QuizType> {
    const fields = await this.fieldsOf(input);
    await this.dataSource.transaction(async (manager) => {
      // Locked so an edit and a first start cannot cross: the start waits, or the edit sees its attempt.
      const quiz = isUuid(id) ? await manager.getRepository(Quiz).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!quiz) throw QuizErrors.notFound();
      const attempted = await manager.getRepository(QuizAttempt).existsBy({ quizId: id });
      if (attempted) {
        if (contentOf(input.questions) !== contentOf(quiz.questions)) throw QuizErrors.questionsLocked();
        fields.questions = quiz.questions;
      }
      await manager.getRepository(Quiz).save(Object.assign(quiz, fields));
      await this.setSegments(manager, id, input.segmentIds);
    });
    this.logger.log({ quizId: id, by: actor.userId }, 'Quiz changed');
    return this.get(id);
  }

  async setStatus(actor: Actor, id: string, status: QuizStatus): Promise<QuizType> {
    const quiz = await this.find(id);
    if (quiz.status !== status) {
      await this.dataSource.getRepository(Quiz).update(id, { status });
      this.logger.log({ quizId: id, status, by: actor.userId }, 'Quiz status changed');
    }
    return this.get(id);
  }

  /**
   * Figures over the closed attempts of the users in the viewer's scope: every user for a brand
   * admin, the users of the partners a channel manager looks after for them.
   */
  async statistics(actor: Actor, id: string): Promise<QuizStatisticsType> {
    const quiz = await this.find(id);
    const scoped = actor.role === 'CHANNEL_MANAGER';
    const scope = scoped ? 'AND a.partner_id IN (SELECT id FROM partners WHERE channel_manager_id = $2)' : '';
    const params = scoped ? [id, actor.userId] : [id];
    const [totals]: { attempts: number; takers: number; passed: number; passed_takers: number; submitted: number; average: string | null }[] =
      await this.dataSource.query(
        `SELECT count(*)::int AS attempts, count(DISTINCT a.user_id)::int AS takers,
                count(*) FILTER (WHERE a.passed)::int AS passed, count(DISTINCT a.user_id) FILTER (WHERE a.passed)::int AS passed_takers,
                count(*) FILTER (WHERE a.status = 'SUBMITTED')::int AS submitted, avg(a.score) FILTER (WHERE a.status = 'SUBMITTED') AS average
           FROM quiz_attempts a WHERE a.quiz_id = $1 AND a.status <> 'OPEN' ${scope}`,
        params,
      );
    const rows: { question_id: string; n: number }[] = await this.dataSource.query(
      `SELECT q.question_id, count(*)::int AS n FROM quiz_attempts a, unnest(a.correct_question_ids) AS q(question_id)
        WHERE a.quiz_id = $1 AND a.status = 'SUBMITTED' ${scope} GROUP BY q.question_id`,
      params,
    );
    const correctBy = new Map(rows.map((r) => [r.question_id, r.n]));
    return {
      quizId: id,
      attempts: totals.attempts,
      takers: totals.takers,
      passedTakers: totals.passed_takers,
      passRate: ratio(totals.passed, totals.attempts),
      averageScore: totals.average === null ? null : Number(totals.average),
      questions: quiz.questions.map((q) => {
        const correct = correctBy.get(q.id) ?? 0;
        return { questionId: q.id, textEn: q.textEn, textFr: q.textFr, answered: totals.submitted, correct, successRate: ratio(correct, totals.submitted) };
      }),
    };
  }

  private async find(id: string, manager: EntityManager = this.dataSource.manager): Promise<Quiz> {
    const quiz = isUuid(id) ? await manager.getRepository(Quiz).findOneBy({ id }) : null;
    if (!quiz) throw QuizErrors.notFound();
    return quiz;
  }

  private async toTypes(quizzes: Quiz[], manager: EntityManager = this.dataSource.manager): Promise<QuizType[]> {
    const ids = quizzes.map((q) => q.id);
    const segments = ids.length ? await manager.getRepository(QuizSegment).find({ where: { quizId: In(ids) }, order: { segmentId: 'ASC' } }) : [];
    const counts: { quiz_id: string; n: number }[] = await manager.query(
      'SELECT quiz_id, count(*)::int AS n FROM quiz_attempts WHERE quiz_id = ANY($1::uuid[]) GROUP BY quiz_id',
      [ids],
    );
    const countOf = new Map(counts.map((c) => [c.quiz_id, c.n]));
    return quizzes.map((quiz) => ({
      ...quiz,
      segmentIds: segments.filter((s) => s.quizId === quiz.id).map((s) => s.segmentId),
      attemptCount: countOf.get(quiz.id) ?? 0,
    }));
  }

  private async fieldsOf(input: QuizInput): Promise<QuizFields> {
    const problems = quizQuestionProblems(input.questions);
    if (problems.length > 0) throw QuizErrors.problems(problems);
    const articleIds = [...new Set(input.articleIds ?? [])];
    // Any existing article may be linked, whatever its window: takers are only shown those they may read.
    if ((await this.knowledge.existingIds(articleIds)).length !== articleIds.length) throw QuizErrors.articleNotFound();
    return {
      titleEn: input.titleEn,
      titleFr: input.titleFr,
      introEn: input.introEn ?? '',
      introFr: input.introFr ?? '',
      questions: input.questions.map((q) => ({
        id: randomUUID(),
        textEn: q.textEn,
        textFr: q.textFr,
        explanationEn: q.explanationEn ?? '',
        explanationFr: q.explanationFr ?? '',
        multiple: q.multiple,
        options: q.options.map((o) => ({ id: randomUUID(), labelEn: o.labelEn, labelFr: o.labelFr, correct: o.correct })),
      })),
      passMark: input.passMark,
      maxAttempts: input.maxAttempts ?? null,
      cooldownMinutes: input.cooldownMinutes ?? null,
      timeLimitSeconds: input.timeLimitSeconds ?? null,
      points: input.points,
      articleIds,
    };
  }

  /** Replaces the quiz's segments; unknown ids answer a field error (caller's transaction). */
  private async setSegments(manager: EntityManager, quizId: string, segmentIds: string[]): Promise<void> {
    const ids = [...new Set(segmentIds)];
    const found = ids.length ? await manager.getRepository(Segment).countBy({ id: In(ids) }) : 0;
    if (found !== ids.length) throw invalidField('SEGMENT_NOT_FOUND', 'segmentIds', 'exists');
    await manager.getRepository(QuizSegment).delete({ quizId });
    if (ids.length) await manager.getRepository(QuizSegment).insert(ids.map((segmentId) => ({ quizId, segmentId })));
  }
}
