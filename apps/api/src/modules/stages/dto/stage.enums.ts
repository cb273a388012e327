import { registerEnumType } from '@nestjs/graphql';
import { STAGE_STATUSES, STAGE_WINDOWS } from '@relais/domain';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const StageWindowEnum = asEnum(STAGE_WINDOWS);
export const StageStatusEnum = asEnum(STAGE_STATUSES);

registerEnumType(StageWindowEnum, { name: 'StageWindow', description: 'ROLLING: the last windowDays days; SINCE_JOINED: everything the partner did.' });
registerEnumType(StageStatusEnum, { name: 'StageStatus' });
