import './challenges.css';

import { useQuery } from '@apollo/client/react';
import { MyChallengesDocument } from '@relais/graphql-client';
import { Alert, EmptyState, errorMessage, PageHeader, Spinner, useDocumentTitle } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { challengeGroup } from './challenge-text';
import { ChallengeCard } from './ChallengeCard';

const GROUPS = ['live', 'upcoming', 'ended'] as const;
const EMPTY = { live: 'challenges.noneLive', upcoming: 'challenges.noneUpcoming', ended: 'challenges.noneEnded' } as const;

/** The challenges the reader takes part in: running, announced and finished. */
export function ChallengesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('challenges.title'));
  const list = useQuery(MyChallengesDocument, { fetchPolicy: 'cache-and-network' });
  const challenges = list.data?.challenges ?? [];

  return (
    <div className="r-stack">
      <PageHeader title={t('challenges.title')} intro={t('challenges.intro')} />
      {list.error ? <Alert tone="error">{errorMessage(t, list.error)}</Alert> : null}
      {!list.data && list.loading ? <Spinner label={t('common.loading')} /> : null}
      {list.data
        ? GROUPS.map((group) => {
            const items = challenges.filter((c) => challengeGroup(c.status) === group);
            return (
              <section key={group} className="r-stack" aria-labelledby={`challenges-${group}`}>
                <h2 id={`challenges-${group}`}>{t(`challenges.${group}`)}</h2>
                {items.length === 0 ? (
                  <EmptyState title={t(EMPTY[group])} />
                ) : (
                  <div className="r-grid r-grid--2">
                    {items.map((challenge) => (
                      <ChallengeCard key={challenge.id} challenge={challenge} />
                    ))}
                  </div>
                )}
              </section>
            );
          })
        : null}
    </div>
  );
}
