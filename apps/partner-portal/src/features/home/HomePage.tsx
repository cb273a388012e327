import { useQuery } from '@apollo/client/react';
import { MyPartnerDocument, useSession } from '@relais/graphql-client';
import { Alert, Badge, Card, errorMessage, PageHeader, Spinner, statusTone, useDocumentTitle, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { HomeBadgesCard } from '../badges/HomeBadgesCard';
import { HomeChallengesCard } from '../challenges/HomeChallengesCard';
import { HomeFeedCard } from '../feed/HomeFeedCard';
import { JourneyHomeCard } from '../journey/JourneyHomeCard';
import { HomeKnowledgeCard } from '../knowledge/HomeKnowledgeCard';
import { HomeObjectivesCard } from '../objectives/HomeObjectivesCard';
import { HomePointsCard } from '../points/HomePointsCard';

/** Who the user is, for which company, and the place where points, stage and badges will appear. */
export function HomePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const partner = useQuery(MyPartnerDocument);
  useDocumentTitle(t('nav.home'));
  if (!user) return null;
  const data = partner.data?.myPartner;

  return (
    <div className="r-stack">
      <PageHeader title={t('portal.home.greeting', { firstName: user.firstName })} intro={t('portal.home.intro')} />
      {partner.error && !data ? <Alert tone="error">{errorMessage(t, partner.error)}</Alert> : null}
      <div className="r-grid r-grid--2">
        <Card title={data?.name ?? user.partner?.name ?? t('portal.home.partnerTitle')}>
          {data ? (
            <dl className="r-dl">
              <dt>{t('portal.home.partnerCode')}</dt>
              <dd>{data.code}</dd>
              <dt>{t('portal.home.partnerType')}</dt>
              <dd>{t(`partners.type.${data.type}`)}</dd>
              <dt>{t('portal.home.location')}</dt>
              <dd>{[data.city, format.country(data.country)].filter(Boolean).join(', ')}</dd>
              <dt>{t('portal.home.partnerStatus')}</dt>
              <dd>
                <Badge tone={statusTone(data.status)}>{t(`partners.status.${data.status}`)}</Badge>
              </dd>
            </dl>
          ) : partner.loading ? (
            <Spinner label={t('common.loading')} />
          ) : null}
        </Card>
        <Card
          title={t('portal.home.yourRole')}
          footer={
            user.role === 'PARTNER_ADMIN' ? (
              <Link className="r-button r-button--secondary r-button--sm" to="/team">
                {t('portal.home.manageTeam')}
              </Link>
            ) : null
          }
        >
          <p>
            <Badge tone="info">{t(`users.role.${user.role}`)}</Badge>
          </p>
          <p className="r-muted">
            {user.firstName} {user.lastName} · {user.email}
          </p>
          {data ? <p>{t('portal.home.teamSize', { count: data.userCount })}</p> : null}
        </Card>
      </div>
      <HomeKnowledgeCard />
      <HomePointsCard />
      <JourneyHomeCard />
      <HomeChallengesCard />
      <HomeObjectivesCard />
      <HomeBadgesCard />
      <HomeFeedCard />
    </div>
  );
}
