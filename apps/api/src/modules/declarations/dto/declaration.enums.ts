import { registerEnumType } from '@nestjs/graphql';
import {
  CUSTOMER_TYPES,
  DECLARATION_STATUSES,
  FLAG_CODES,
  FLAG_SEVERITIES,
  LINE_DECISIONS,
  LINE_STATUSES,
  REJECT_REASONS,
  SALE_CHANNELS,
} from '@relais/domain';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const DeclarationStatusEnum = asEnum(DECLARATION_STATUSES);
export const LineStatusEnum = asEnum(LINE_STATUSES);
export const SaleChannelEnum = asEnum(SALE_CHANNELS);
export const CustomerTypeEnum = asEnum(CUSTOMER_TYPES);
export const LineDecisionEnum = asEnum(LINE_DECISIONS);
export const RejectReasonEnum = asEnum(REJECT_REASONS);
export const FlagCodeEnum = asEnum(FLAG_CODES);
export const FlagSeverityEnum = asEnum(FLAG_SEVERITIES);
export const DeclarationSortEnum = asEnum(['NEWEST', 'RISK'] as const);
export type DeclarationSort = keyof typeof DeclarationSortEnum;

registerEnumType(DeclarationStatusEnum, { name: 'DeclarationStatus' });
registerEnumType(LineStatusEnum, { name: 'DeclarationLineStatus' });
registerEnumType(SaleChannelEnum, { name: 'SaleChannel' });
registerEnumType(CustomerTypeEnum, { name: 'CustomerType' });
registerEnumType(LineDecisionEnum, { name: 'LineDecision' });
registerEnumType(RejectReasonEnum, { name: 'RejectReason' });
registerEnumType(FlagCodeEnum, { name: 'DeclarationFlagCode' });
registerEnumType(FlagSeverityEnum, { name: 'FlagSeverity' });
registerEnumType(DeclarationSortEnum, { name: 'DeclarationSort', description: 'NEWEST by submission (then creation); RISK highest first.' });
