import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ActivityModule } from '../activity/activity.module';
import { KnowledgeModule } from '../knowledge/knowledge.module';
import { LedgerModule } from '../ledger/ledger.module';
import { ProgrammeModule } from '../programme/programme.module';
import { SegmentsModule } from '../segments/segments.module';
import { Quiz } from './quiz.entity';
import { QuizAttempt } from './quiz-attempt.entity';
import { QuizSegment } from './quiz-segment.entity';
import { QuizTakingService } from './quiz-taking.service';
import { QuizzesResolver } from './quizzes.resolver';
import { QuizzesService } from './quizzes.service';

/** Quizzes: brand admins author them; partner users take them, scored here; a first pass pays once. */
@Module({
  imports: [TypeOrmModule.forFeature([Quiz, QuizSegment, QuizAttempt]), ActivityModule, KnowledgeModule, LedgerModule, ProgrammeModule, SegmentsModule],
  providers: [QuizzesService, QuizTakingService, QuizzesResolver],
})
export class QuizzesModule {}
