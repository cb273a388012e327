import { registerEnumType } from '@nestjs/graphql';
import { QUIZ_ATTEMPT_STATUSES, QUIZ_STATUSES, QUIZ_TAKER_STATES } from '@relais/domain';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const QuizStatusEnum = asEnum(QUIZ_STATUSES);
export const QuizAttemptStatusEnum = asEnum(QUIZ_ATTEMPT_STATUSES);
export const QuizTakerStateEnum = asEnum(QUIZ_TAKER_STATES);

registerEnumType(QuizStatusEnum, { name: 'QuizStatus' });
registerEnumType(QuizAttemptStatusEnum, { name: 'QuizAttemptStatus' });
registerEnumType(QuizTakerStateEnum, { name: 'QuizTakerState' });
