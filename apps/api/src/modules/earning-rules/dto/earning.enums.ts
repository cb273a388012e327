import { registerEnumType } from '@nestjs/graphql';
import { BASE_BASES, BONUS_CONDITIONS, BONUS_SCOPES, CAP_PERIODS, CAP_SCOPES, EARNING_CODES, EARNING_RULE_KINDS } from '@relais/domain';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const EarningRuleKindEnum = asEnum(EARNING_RULE_KINDS);
export const EarningBasisEnum = asEnum(BASE_BASES);
export const EarningBonusConditionEnum = asEnum(BONUS_CONDITIONS);
export const EarningBonusScopeEnum = asEnum(BONUS_SCOPES);
export const EarningCapScopeEnum = asEnum(CAP_SCOPES);
export const EarningCapPeriodEnum = asEnum(CAP_PERIODS);
export const EarningPartCodeEnum = asEnum(EARNING_CODES);

registerEnumType(EarningRuleKindEnum, { name: 'EarningRuleKind' });
registerEnumType(EarningBasisEnum, { name: 'EarningBasis', description: 'Points per unit sold, or per amount of money.' });
registerEnumType(EarningBonusConditionEnum, { name: 'EarningBonusCondition' });
registerEnumType(EarningBonusScopeEnum, { name: 'EarningBonusScope', description: 'Paid once per declaration, or once per targeted line.' });
registerEnumType(EarningCapScopeEnum, { name: 'EarningCapScope' });
registerEnumType(EarningCapPeriodEnum, { name: 'EarningCapPeriod', description: 'The calendar period of the sale date.' });
registerEnumType(EarningPartCodeEnum, { name: 'EarningPartCode', description: 'What one step of a points explanation says; the apps translate it.' });
