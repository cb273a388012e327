import { registerEnumType } from '@nestjs/graphql';
import { CHALLENGE_KINDS, CHALLENGE_LEAGUES, CHALLENGE_PRIZE_MODES, CHALLENGE_STATUSES, METRICS } from '@relais/domain';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ChallengeStatusEnum = asEnum(CHALLENGE_STATUSES);
export const ChallengeKindEnum = asEnum(CHALLENGE_KINDS);
export const ChallengePrizeModeEnum = asEnum(CHALLENGE_PRIZE_MODES);
export const ChallengeLeagueByEnum = asEnum(CHALLENGE_LEAGUES);
// Named for challenges: badges and objectives may register their own view of the metrics.
export const ChallengeMetricEnum = asEnum(METRICS);

registerEnumType(ChallengeStatusEnum, { name: 'ChallengeStatus', description: 'DRAFT → SCHEDULED (published) → LIVE → ENDED → SETTLED (prizes paid).' });
registerEnumType(ChallengeKindEnum, { name: 'ChallengeKind', description: "INDIVIDUAL: each partner user competes; TEAM: a partner's members together." });
registerEnumType(ChallengePrizeModeEnum, { name: 'ChallengePrizeMode', description: 'RANK: points by final rank; LEVEL: points by score reached.' });
registerEnumType(ChallengeLeagueByEnum, { name: 'ChallengeLeagueBy', description: 'Participants rank among peers of the same tier, region or size (potential).' });
registerEnumType(ChallengeMetricEnum, { name: 'ChallengeMetric' });
