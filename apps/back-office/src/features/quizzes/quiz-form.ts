import type { QuizFieldsFragment, QuizInput } from '@relais/graphql-client';

export interface OptionValues {
  labelEn: string;
  labelFr: string;
  correct: boolean;
}

export interface QuestionValues {
  textEn: string;
  textFr: string;
  explanationEn: string;
  explanationFr: string;
  multiple: boolean;
  options: OptionValues[];
}

/** The editor's values: numbers as typed, so a half-typed field is not lost. */
export interface QuizFormValues {
  titleEn: string;
  titleFr: string;
  introEn: string;
  introFr: string;
  passMark: string;
  maxAttempts: string;
  cooldownMinutes: string;
  timeLimitSeconds: string;
  points: string;
  segmentIds: string[];
  articleIds: string[];
  questions: QuestionValues[];
}

export const emptyOption = (): OptionValues => ({ labelEn: '', labelFr: '', correct: false });

export const emptyQuestion = (): QuestionValues => ({
  textEn: '',
  textFr: '',
  explanationEn: '',
  explanationFr: '',
  multiple: false,
  options: [{ ...emptyOption(), correct: true }, emptyOption()],
});

export const emptyQuiz = (): QuizFormValues => ({
  titleEn: '',
  titleFr: '',
  introEn: '',
  introFr: '',
  passMark: '80',
  maxAttempts: '',
  cooldownMinutes: '',
  timeLimitSeconds: '',
  points: '50',
  segmentIds: [],
  articleIds: [],
  questions: [emptyQuestion()],
});

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function quizValues(quiz: QuizFieldsFragment): QuizFormValues {
  return {
    titleEn: quiz.titleEn,
    titleFr: quiz.titleFr,
    introEn: quiz.introEn,
    introFr: quiz.introFr,
    passMark: text(quiz.passMark),
    maxAttempts: text(quiz.maxAttempts),
    cooldownMinutes: text(quiz.cooldownMinutes),
    timeLimitSeconds: text(quiz.timeLimitSeconds),
    points: text(quiz.points),
    segmentIds: [...quiz.segmentIds],
    articleIds: [...quiz.articleIds],
    questions: quiz.questions.map((q) => ({
      textEn: q.textEn,
      textFr: q.textFr,
      explanationEn: q.explanationEn,
      explanationFr: q.explanationFr,
      multiple: q.multiple,
      options: q.options.map((o) => ({ labelEn: o.labelEn, labelFr: o.labelFr, correct: o.correct })),
    })),
  };
}

/** A typed number, or NaN so that the API answers the field's error; empty optional numbers are none. */
const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));
const optional = (value: string) => (value.trim() === '' ? null : Number(value));

export function quizInput(values: QuizFormValues): QuizInput {
  return {
    titleEn: values.titleEn,
    titleFr: values.titleFr,
    introEn: values.introEn,
    introFr: values.introFr,
    passMark: number(values.passMark),
    maxAttempts: optional(values.maxAttempts),
    cooldownMinutes: optional(values.cooldownMinutes),
    timeLimitSeconds: optional(values.timeLimitSeconds),
    points: number(values.points),
    segmentIds: values.segmentIds,
    articleIds: values.articleIds,
    questions: values.questions,
  };
}
