import './dashboards.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficeChannelManagersDocument, BackOfficeSalesOverviewDocument, BackOfficeSegmentsDocument, useSession } from '@relais/graphql-client';
import { Card, fieldErrors, PageHeader, Select, TextField, useDocumentTitle, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { can } from '../../app/access';
import { ChallengeResults } from './ChallengeResults';
import { CustomerFeedback } from './CustomerFeedback';
import { DashboardData } from './DashboardSection';
import { DeclarationFunnel } from './DeclarationFunnel';
import { ParticipationPoints } from './ParticipationPoints';
import { lastMonths, periodOfMonths } from './sales-figures';
import { SalesBreakdown } from './SalesBreakdown';
import { SalesOverTime } from './SalesOverTime';
import { SalesTotals } from './SalesTotals';
import { StageFunnel } from './StageFunnel';
import { TopPartners } from './TopPartners';

/** The sell-out dashboard: filters, totals against the previous period, the curve and the breakdowns. */
export function SalesDashboardPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const s = (key: string) => t(`dashboards.sales.${key}`);
  useDocumentTitle(s('title'));
  const [filter, setFilter] = useState(() => ({ ...lastMonths(12), segmentId: '', country: '', channelManagerId: '' }));
  const brandWide = can(user?.role, 'partners.assignChannelManager');
  const segments = useQuery(BackOfficeSegmentsDocument);
  const managers = useQuery(BackOfficeChannelManagersDocument, { skip: !brandWide });
  const dashboardFilter = { ...periodOfMonths(filter.from, filter.to), segmentId: filter.segmentId || null, country: filter.country || null, channelManagerId: filter.channelManagerId || null };
  const sales = useQuery(BackOfficeSalesOverviewDocument, { variables: { filter: dashboardFilter } });
  const overview = sales.data?.salesOverview;
  // Countries offered are those the dashboard has shown sales for so far (the first view is unfiltered).
  const [countries, setCountries] = useState<readonly string[]>([]);
  const shown = overview?.byCountry.map((c) => c.key) ?? [];
  if (shown.some((c) => !countries.includes(c))) setCountries([...new Set([...countries, ...shown])].sort());
  const errors = sales.error ? fieldErrors(t, sales.error) : {};
  const set = (key: keyof typeof filter) => (event: { target: { value: string } }) => setFilter((f) => ({ ...f, [key]: event.target.value }));
  const category = (row: { label: string }) => row.label || s('uncategorised');
  return (
    <>
      <PageHeader title={s('title')} intro={s('intro')} />
      <Card>
        <form className="sales-dashboard__filters" aria-label={s('filters')} onSubmit={(e) => e.preventDefault()}>
          <TextField label={s('from')} type="month" value={filter.from} onChange={set('from')} error={errors.from} required />
          <TextField label={s('to')} type="month" value={filter.to} onChange={set('to')} error={errors.to} required />
          <Select
            label={s('segment')}
            placeholder={s('allSegments')}
            options={(segments.data?.segments ?? []).map((segment) => ({ value: segment.id, label: segment.name }))}
            value={filter.segmentId}
            onChange={set('segmentId')}
          />
          <Select
            label={s('country')}
            placeholder={s('allCountries')}
            options={[...new Set([...countries, ...(filter.country ? [filter.country] : [])])].map((code) => ({ value: code, label: format.country(code) }))}
            value={filter.country}
            onChange={set('country')}
          />
          {brandWide ? (
            <Select
              label={s('channelManager')}
              placeholder={s('allChannelManagers')}
              options={(managers.data?.channelManagers ?? []).map((m) => ({ value: m.id, label: `${m.firstName} ${m.lastName}` }))}
              value={filter.channelManagerId}
              onChange={set('channelManagerId')}
            />
          ) : null}
        </form>
      </Card>
      <DashboardData query={sales} data={overview}>
        {(figures) => (
          <div className="sales-dashboard">
            <SalesTotals overview={figures} />
            <SalesOverTime overview={figures} />
            <SalesBreakdown title={s('byCategory')} rows={figures.byCategory} labelOf={category} chart />
            <SalesBreakdown title={s('byCountry')} rows={figures.byCountry} labelOf={(row) => format.country(row.key)} chart />
            <SalesBreakdown title={s('byChannel')} rows={figures.byChannel} labelOf={(row) => t(`declarations.channel.${row.key}`)} chart />
            <SalesBreakdown title={s('byPartnerType')} rows={figures.byPartnerType} labelOf={(row) => t(`partners.type.${row.key}`)} chart />
            <SalesBreakdown title={s('byRegion')} rows={figures.byRegion} labelOf={(row) => row.label} />
            <SalesBreakdown title={s('byProduct')} rows={figures.byProduct} labelOf={(row) => row.label} />
            <SalesBreakdown title={s('bySegment')} hint={s('bySegmentHint')} rows={figures.bySegment} labelOf={(row) => row.label} />
          </div>
        )}
      </DashboardData>
      <TopPartners filter={dashboardFilter} />
      <CustomerFeedback filter={dashboardFilter} />
      <DeclarationFunnel filter={dashboardFilter} />
      <ParticipationPoints filter={dashboardFilter} />
      <StageFunnel filter={dashboardFilter} />
      <ChallengeResults filter={dashboardFilter} />
    </>
  );
}
