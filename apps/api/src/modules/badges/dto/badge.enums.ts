import { registerEnumType } from '@nestjs/graphql';
import { BADGE_ICONS, BADGE_REPEATS, BADGE_WINDOWS, CALENDAR_PERIODS } from '@relais/domain';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const BadgeIconEnum = asEnum(BADGE_ICONS);
export const BadgeWindowEnum = asEnum(BADGE_WINDOWS);
export const BadgeRepeatEnum = asEnum(BADGE_REPEATS);
export const CalendarPeriodEnum = asEnum(CALENDAR_PERIODS);

registerEnumType(BadgeIconEnum, { name: 'BadgeIcon' });
registerEnumType(BadgeWindowEnum, { name: 'BadgeWindow' });
registerEnumType(BadgeRepeatEnum, { name: 'BadgeRepeat' });
registerEnumType(CalendarPeriodEnum, { name: 'CalendarPeriod' });
