/** DRAFT: only authors see it; PUBLISHED: open to its segments; ARCHIVED: closed, its history kept. */
export const QUIZ_STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
export type QuizStatus = (typeof QUIZ_STATUSES)[number];

/** OPEN until submitted; EXPIRED when its time ran out before a valid submission. Both closed states count as attempts. */
export const QUIZ_ATTEMPT_STATUSES = ['OPEN', 'SUBMITTED', 'EXPIRED'] as const;
export type QuizAttemptStatus = (typeof QUIZ_ATTEMPT_STATUSES)[number];

/** Where the taker stands with a quiz. */
export const QUIZ_TAKER_STATES = ['NOT_STARTED', 'IN_PROGRESS', 'PASSED', 'FAILED'] as const;
export type QuizTakerState = (typeof QUIZ_TAKER_STATES)[number];

/** A submission this late after the deadline is still accepted: the answers were on their way. */
export const QUIZ_SUBMIT_GRACE_MS = 5_000;

export interface QuizOptionRule {
  id: string;
  correct: boolean;
}

export interface QuizQuestionRule {
  id: string;
  multiple: boolean;
  options: readonly QuizOptionRule[];
}

export interface QuizProblem {
  field: string;
  reason: string;
}

/** What makes a set of questions unusable, with the input path of each problem. */
export function quizQuestionProblems(questions: readonly { multiple: boolean; options: readonly { correct: boolean }[] }[]): QuizProblem[] {
  if (questions.length === 0) return [{ field: 'questions', reason: 'quizNeedsQuestion' }];
  const problems: QuizProblem[] = [];
  questions.forEach((question, i) => {
    const right = question.options.filter((o) => o.correct).length;
    if (question.options.length < 2) problems.push({ field: `questions.${i}.options`, reason: 'quizNeedsTwoOptions' });
    if (right === 0) problems.push({ field: `questions.${i}.options`, reason: 'quizNeedsRightAnswer' });
    else if (!question.multiple && right > 1) problems.push({ field: `questions.${i}.options`, reason: 'quizSingleChoiceOneRight' });
  });
  return problems;
}

export interface QuizAnswer {
  questionId: string;
  optionIds: readonly string[];
}

/** Answers that name a question or an option the quiz does not have there, or several options of a single choice. */
export function quizAnswerProblems(questions: readonly QuizQuestionRule[], answers: readonly QuizAnswer[]): QuizProblem[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const problems: QuizProblem[] = [];
  answers.forEach((answer, i) => {
    const question = byId.get(answer.questionId);
    if (!question || seen.has(answer.questionId)) {
      problems.push({ field: `answers.${i}.questionId`, reason: question ? 'unique' : 'quizUnknownQuestion' });
      return;
    }
    seen.add(answer.questionId);
    const own = new Set(question.options.map((o) => o.id));
    if (answer.optionIds.some((id) => !own.has(id))) problems.push({ field: `answers.${i}.optionIds`, reason: 'quizUnknownOption' });
    else if (!question.multiple && new Set(answer.optionIds).size > 1) problems.push({ field: `answers.${i}.optionIds`, reason: 'quizSingleChoiceOneAnswer' });
  });
  return problems;
}

export interface QuizScore {
  /** Ids of the questions answered right: the chosen set equals the right set. */
  correctQuestionIds: string[];
  /** Whole percent of questions answered right. */
  score: number;
  passed: boolean;
}

/** Scores answers already checked by quizAnswerProblems; an unanswered question counts as wrong. */
export function scoreQuiz(questions: readonly QuizQuestionRule[], answers: readonly QuizAnswer[], passMark: number): QuizScore {
  const chosen = new Map(answers.map((a) => [a.questionId, new Set(a.optionIds)]));
  const correctQuestionIds = questions
    .filter((question) => {
      const picked = chosen.get(question.id) ?? new Set<string>();
      const right = question.options.filter((o) => o.correct).map((o) => o.id);
      return picked.size === right.length && right.every((id) => picked.has(id));
    })
    .map((q) => q.id);
  const score = questions.length === 0 ? 0 : Math.round((correctQuestionIds.length * 100) / questions.length);
  return { correctQuestionIds, score, passed: score >= passMark };
}
