import type { BackOfficeChallengeResultsQuery } from '@relais/graphql-client';
import { Table, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { percent } from './participation-figures';
import { changeText } from './sales-figures';

type Results = BackOfficeChallengeResultsQuery['challengeResults'];
type Challenge = Results['challenges'][number];

/** Challenge results: the period's totals against the previous period, each challenge (chart and table). */
export function ChallengeResultsFigures({ results }: { results: Results }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const c = (key: string, options?: Record<string, unknown>) => t(`dashboards.challengeResults.${key}`, options);
  const title = (challenge: Challenge) => (i18n.language.startsWith('fr') ? challenge.title.fr : challenge.title.en);
  const rate = (value: number | null | undefined) => (value === null || value === undefined ? '—' : percent(format, value));
  const { totals, previousTotals } = results;
  const data = results.challenges.map((challenge) => ({ name: title(challenge), participants: challenge.participants, active: challenge.activeParticipants }));
  const podium = (challenge: Challenge) =>
    challenge.podium.length === 0 ? (
      <span className="r-muted">{c('noPodium')}</span>
    ) : (
      <ol className="challenge-results__podium">
        {challenge.podium.map((entry) => (
          <li key={entry.participantId}>
            {entry.partnerName
              ? c('podiumEntryOf', { rank: entry.rank, name: entry.displayName, partner: entry.partnerName, score: format.number(entry.score) })
              : c('podiumEntry', { rank: entry.rank, name: entry.displayName, score: format.number(entry.score) })}
          </li>
        ))}
      </ol>
    );
  return (
    <section className="sales-dashboard challenge-results" aria-labelledby="challenge-results-title">
      <div className="sales-dashboard__section sales-dashboard__section--wide">
        <h2 id="challenge-results-title">{c('title')}</h2>
        <p className="r-muted">{c('intro')}</p>
        <dl className="sales-dashboard__totals">
          <div className="sales-dashboard__total" data-figure="challenges">
            <dt>{c('challenges')}</dt>
            <dd className="sales-dashboard__total-value">{format.number(totals.challenges)}</dd>
            <dd className="r-muted">
              {c('previous')}: {format.number(previousTotals.challenges)}
            </dd>
          </div>
          <div className="sales-dashboard__total" data-figure="challenge-participation">
            <dt>{c('participation')}</dt>
            <dd className="sales-dashboard__total-value">{rate(totals.participationRate)}</dd>
            <dd>{c('participationOf', { active: format.number(totals.activePartners), partners: format.number(totals.partners) })}</dd>
            <dd className="r-muted">
              {c('previous')}: {rate(previousTotals.participationRate)} ({c('participationOf', { active: format.number(previousTotals.activePartners), partners: format.number(previousTotals.partners) })})
            </dd>
          </div>
          <div className="sales-dashboard__total" data-figure="challenge-points">
            <dt>{c('pointsPaid')}</dt>
            <dd className="sales-dashboard__total-value">{format.number(totals.pointsPaid)}</dd>
            <dd className="r-muted">
              {c('previous')}: {format.number(previousTotals.pointsPaid)} ({changeText(t, format, totals.pointsPaid, previousTotals.pointsPaid)})
            </dd>
          </div>
        </dl>
      </div>
      <div className="sales-dashboard__section sales-dashboard__section--wide">
        <h3>{c('chart')}</h3>
        {results.challenges.length > 0 ? (
          // The table below holds the same figures for screen readers and keyboards.
          <figure className="sales-dashboard__chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height={240}>
              <BarChart data={data} margin={{ top: 8, right: 12, bottom: 8, left: 0 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="name" tick={{ fill: '#1b2430', fontSize: 12 }} minTickGap={12} />
                <YAxis tick={{ fill: '#1b2430', fontSize: 12 }} width={56} allowDecimals={false} />
                <Tooltip formatter={(v) => format.number(Number(v))} />
                <Legend />
                <Bar dataKey="participants" name={c('participants')} fill="#8a9bb0" isAnimationActive={false} />
                <Bar dataKey="active" name={c('activeParticipants')} fill="#0b5394" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </figure>
        ) : null}
        <div className="challenge-results__table">
          <Table
            caption={c('table')}
            columns={[
              { key: 'challenge', header: c('challenge'), cell: (challenge) => title(challenge) },
              { key: 'kind', header: c('kind'), cell: (challenge) => t(`challenges.kind.${challenge.kind}`) },
              { key: 'status', header: c('status'), cell: (challenge) => t(`challenges.status.${challenge.status}`) },
              { key: 'dates', header: c('dates'), cell: (challenge) => c('datesValue', { from: format.date(challenge.startsAt), to: format.date(challenge.endsAt) }) },
              { key: 'participants', header: c('participants'), cell: (challenge) => format.number(challenge.participants), align: 'end' },
              { key: 'active', header: c('activeParticipants'), cell: (challenge) => format.number(challenge.activeParticipants), align: 'end' },
              { key: 'podium', header: c('podium'), cell: podium },
              { key: 'points', header: c('pointsPaid'), cell: (challenge) => format.number(challenge.pointsPaid), align: 'end' },
            ]}
            rows={results.challenges}
            rowKey={(challenge) => challenge.id}
            empty={c('none')}
          />
        </div>
      </div>
    </section>
  );
}
