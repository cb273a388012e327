import { conflict, DomainError, FieldProblem, invalidField, notFound } from '../../core/errors/domain-error';

export const QuizErrors = {
  notFound: () => notFound('QUIZ_NOT_FOUND', 'Quiz not found'),
  attemptNotFound: () => notFound('QUIZ_ATTEMPT_NOT_FOUND', 'Quiz attempt not found'),
  attemptsExhausted: () => conflict('QUIZ_ATTEMPTS_EXHAUSTED', 'No attempt left at this quiz'),
  coolingDown: (until: Date) =>
    new DomainError('QUIZ_COOLDOWN', 'CONFLICT', 'Wait before the next attempt', [], { until: until.toISOString() }),
  timeUp: () => conflict('QUIZ_TIME_UP', 'The time allowed for this attempt is over'),
  attemptClosed: () => conflict('QUIZ_ATTEMPT_CLOSED', 'This attempt was already submitted or has expired'),
  questionsLocked: () => invalidField('QUIZ_QUESTIONS_LOCKED', 'questions', 'locked', 'Questions cannot change once the quiz has been attempted'),
  articleNotFound: () => invalidField('QUIZ_ARTICLE_NOT_FOUND', 'articleIds', 'exists', 'Article not found'),
  problems: (problems: FieldProblem[]) =>
    new DomainError('INVALID_INPUT', 'BAD_INPUT', `Invalid quiz (${problems.map((p) => `${p.field}: ${p.reason}`).join(', ')})`, problems),
};
