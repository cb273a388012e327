import { registerEnumType } from '@nestjs/graphql';
import { OBJECTIVE_STATUSES } from '@relais/domain';

export const ObjectiveStatusEnum = Object.fromEntries(OBJECTIVE_STATUSES.map((v) => [v, v])) as { [K in (typeof OBJECTIVE_STATUSES)[number]]: K };

registerEnumType(ObjectiveStatusEnum, { name: 'ObjectiveStatus' });
