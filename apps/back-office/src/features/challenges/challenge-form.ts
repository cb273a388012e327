import type { BackofficeChallengeQuery, ChallengeInput, ChallengeKind, ChallengeLeagueBy, ChallengeMetric, ChallengePrizeMode } from '@relais/graphql-client';

/** The editor's state: text inputs as typed, turned into the API's input on save. */
export interface ChallengeFormState {
  titleEn: string;
  titleFr: string;
  rulesEn: string;
  rulesFr: string;
  metric: ChallengeMetric;
  kind: ChallengeKind;
  segmentId: string;
  category: string;
  productIds: string[];
  startsAt: string;
  endsAt: string;
  leagueBy: ChallengeLeagueBy;
  prizeMode: ChallengePrizeMode;
  prizes: { key: number; at: string; points: string }[];
}

/** datetime-local wants local 'YYYY-MM-DDTHH:mm'. */
export function toLocalInput(value: Date): string {
  const local = new Date(value.getTime() - value.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

let keys = 0;
export const newPrize = (at = '', points = '') => ({ key: ++keys, at, points });

export function emptyForm(now = new Date()): ChallengeFormState {
  const start = new Date(now.getTime() + 3_600_000);
  return {
    titleEn: '',
    titleFr: '',
    rulesEn: '',
    rulesFr: '',
    metric: 'UNITS_SOLD',
    kind: 'TEAM',
    segmentId: '',
    category: '',
    productIds: [],
    startsAt: toLocalInput(start),
    endsAt: toLocalInput(new Date(start.getTime() + 30 * 86_400_000)),
    leagueBy: 'NONE',
    prizeMode: 'RANK',
    prizes: [newPrize('1', '500'), newPrize('2', '250'), newPrize('3', '100')],
  };
}

export function formOf(challenge: NonNullable<BackofficeChallengeQuery['challenge']>): ChallengeFormState {
  return {
    titleEn: challenge.title.en,
    titleFr: challenge.title.fr,
    rulesEn: challenge.rules.en,
    rulesFr: challenge.rules.fr,
    metric: challenge.metric,
    kind: challenge.kind,
    segmentId: challenge.segmentId ?? '',
    category: challenge.filter?.category ?? '',
    productIds: challenge.filter?.productIds ?? [],
    startsAt: toLocalInput(new Date(challenge.startsAt)),
    endsAt: toLocalInput(new Date(challenge.endsAt)),
    leagueBy: challenge.leagueBy,
    prizeMode: challenge.prizeMode,
    prizes: challenge.prizes.map((p) => newPrize(String((challenge.prizeMode === 'RANK' ? p.rank : p.threshold) ?? ''), String(p.points))),
  };
}

const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value));
const dateOrRaw = (value: string) => {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
};

/** The API input; numbers the user left empty travel as null so the API names the field. */
export function inputOf(form: ChallengeFormState): ChallengeInput {
  return {
    title: { en: form.titleEn, fr: form.titleFr },
    rules: { en: form.rulesEn, fr: form.rulesFr },
    metric: form.metric,
    kind: form.kind,
    segmentId: form.segmentId || null,
    // Both given: the API answers CHALLENGE_FILTER_BOTH on `filter`, shown beside the inputs.
    filter: form.productIds.length || form.category.trim() ? { ...(form.productIds.length ? { productIds: form.productIds } : {}), ...(form.category.trim() ? { category: form.category.trim() } : {}) } : null,
    startsAt: dateOrRaw(form.startsAt),
    endsAt: dateOrRaw(form.endsAt),
    leagueBy: form.leagueBy,
    prizeMode: form.prizeMode,
    prizes: form.prizes.map((p) =>
      form.prizeMode === 'RANK'
        ? { rank: numberOrNull(p.at), points: numberOrNull(p.points) ?? 0 }
        : { threshold: numberOrNull(p.at), points: numberOrNull(p.points) ?? 0 },
    ),
  };
}
