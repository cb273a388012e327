import { registerEnumType } from '@nestjs/graphql';
import { TIER_BASES } from '@relais/domain';

export const TierBasisEnum = Object.fromEntries(TIER_BASES.map((v) => [v, v])) as { [K in (typeof TIER_BASES)[number]]: K };

registerEnumType(TierBasisEnum, { name: 'TierBasis', description: 'Rolling 12-month points earned, or sell-out amount.' });
