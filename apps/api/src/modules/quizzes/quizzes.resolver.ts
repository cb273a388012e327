import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { QuizStatus } from '@relais/domain';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { QuizStatusEnum } from './dto/quiz.enums';
import { QuizAnswerInput, QuizInput } from './dto/quiz.input';
import { QuizStatisticsType, QuizType } from './dto/quiz.type';
import { QuizAttemptType, QuizToTakeType } from './dto/quiz-taking.type';
import { QuizTakingService } from './quiz-taking.service';
import { QuizzesService } from './quizzes.service';

/** Authors' operations return Quiz (right answers included) to brand roles only; takers get the *ToTake types. */
@Resolver()
export class QuizzesResolver {
  constructor(
    private readonly authoring: QuizzesService,
    private readonly taking: QuizTakingService,
  ) {}

  @Query(() => [QuizType], { description: 'Every quiz, newest first.' })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  quizzes() {
    return this.authoring.list();
  }

  @Query(() => QuizType)
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  quiz(@Args('id', { type: () => ID }) id: string) {
    return this.authoring.get(id);
  }

  @Mutation(() => QuizType, { description: 'Creates a draft.' })
  @Roles('BRAND_ADMIN')
  createQuiz(@CurrentActor() actor: Actor, @Args('input') input: QuizInput) {
    return this.authoring.create(actor, input);
  }

  @Mutation(() => QuizType, { description: 'Replaces the quiz; its questions cannot change once it has been attempted.' })
  @Roles('BRAND_ADMIN')
  updateQuiz(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: QuizInput) {
    return this.authoring.update(actor, id, input);
  }

  @Mutation(() => QuizType, { description: 'Publishes, takes back to draft or archives.' })
  @Roles('BRAND_ADMIN')
  setQuizStatus(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('status', { type: () => QuizStatusEnum }) status: QuizStatus) {
    return this.authoring.setStatus(actor, id, status);
  }

  @Query(() => QuizStatisticsType, { description: "A channel manager's figures count the users of their partners only." })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  quizStatistics(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.authoring.statistics(actor, id);
  }

  @Query(() => [QuizToTakeType], { description: "The published quizzes open to the viewer's partner, with where the viewer stands." })
  @Roles('PARTNER_ADMIN', 'PARTNER_MEMBER')
  myQuizzes(@CurrentActor() actor: Actor) {
    return this.taking.list(actor);
  }

  @Query(() => QuizToTakeType)
  @Roles('PARTNER_ADMIN', 'PARTNER_MEMBER')
  myQuiz(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.taking.get(actor, id);
  }

  @Query(() => QuizAttemptType, { description: "One of the viewer's attempts (results once submitted)." })
  @Roles('PARTNER_ADMIN', 'PARTNER_MEMBER')
  myQuizAttempt(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.taking.attempt(actor, id);
  }

  @Mutation(() => QuizAttemptType, { description: 'Resumes the open attempt still in time, or starts the next one.' })
  @Roles('PARTNER_ADMIN', 'PARTNER_MEMBER')
  startQuizAttempt(@CurrentActor() actor: Actor, @Args('quizId', { type: () => ID }) quizId: string) {
    return this.taking.start(actor, quizId);
  }

  @Mutation(() => QuizAttemptType, { description: 'Scores the attempt; the answer returns the right answers and explanations.' })
  @Roles('PARTNER_ADMIN', 'PARTNER_MEMBER')
  submitQuizAttempt(
    @CurrentActor() actor: Actor,
    @Args('attemptId', { type: () => ID }) attemptId: string,
    @Args('answers', { type: () => [QuizAnswerInput] }) answers: QuizAnswerInput[],
  ) {
    return this.taking.submit(actor, attemptId, answers);
  }
}
