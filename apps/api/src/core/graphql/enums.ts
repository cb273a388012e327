import { registerEnumType } from '@nestjs/graphql';
import { BRAND_MODELS, METRIC_SCOPES, METRICS, PARTNER_STATUSES, PARTNER_TYPES, POTENTIALS, ROLES, STAGES } from '@relais/domain';
import { LOCALES } from '@relais/i18n';

/** GraphQL enums from the shared domain lists, so API and apps spell every value the same way. */
const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RoleEnum = asEnum(ROLES);
export const PartnerTypeEnum = asEnum(PARTNER_TYPES);
export const BrandModelEnum = asEnum(BRAND_MODELS);
export const PotentialEnum = asEnum(POTENTIALS);
export const PartnerStatusEnum = asEnum(PARTNER_STATUSES);
export const LocaleEnum = asEnum(LOCALES);
export const UserStatusEnum = asEnum(['INVITED', 'ACTIVE', 'DEACTIVATED'] as const);
/** What stages, badges, challenges and objectives measure (libs/domain activity metrics). */
export const MetricEnum = asEnum(METRICS);
export const MetricScopeEnum = asEnum(METRIC_SCOPES);
export const StageEnum = asEnum(STAGES);

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(PartnerTypeEnum, { name: 'PartnerType' });
registerEnumType(BrandModelEnum, { name: 'BrandModel' });
registerEnumType(PotentialEnum, { name: 'Potential' });
registerEnumType(PartnerStatusEnum, { name: 'PartnerStatus' });
registerEnumType(LocaleEnum, { name: 'Locale' });
registerEnumType(UserStatusEnum, { name: 'UserStatus' });
registerEnumType(MetricEnum, { name: 'Metric' });
registerEnumType(MetricScopeEnum, { name: 'MetricScope' });
registerEnumType(StageEnum, { name: 'Stage' });
