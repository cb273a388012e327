import './dashboard-section.css';

import { Alert, errorMessage, fieldErrors, Spinner } from '@relais/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What the sections read of their query (Apollo's useQuery result has it). */
interface QueryState {
  loading: boolean;
  error?: unknown;
}

interface DashboardDataProps<T> {
  query: QueryState;
  /** The query's figures; the children are drawn once they are there. */
  data: T | undefined;
  children: (data: T) => ReactNode;
}

/**
 * A dashboard query's error and spinner in a live region, so that screen readers hear them, then its figures.
 * Field errors are left out: every dashboard query answers the same ones for the filter, and the filter form shows the sell-out query's.
 */
export function DashboardData<T>({ query, data, children }: DashboardDataProps<T>) {
  const { t } = useTranslation();
  return (
    <>
      <div aria-live="polite">
        {query.error && Object.keys(fieldErrors(t, query.error)).length === 0 ? <Alert tone="error">{errorMessage(t, query.error)}</Alert> : null}
        {query.loading ? <Spinner label={t('common.loading')} /> : null}
      </div>
      {data ? children(data) : null}
    </>
  );
}

interface DashboardSectionProps<T> extends DashboardDataProps<T> {
  /** The heading's id, which names the section's landmark. */
  id: string;
  title: string;
  intro: string;
}

/** A section of the dashboards page: a landmark named by its heading, an intro, its query's state and its figures in the dashboard grid. */
export function DashboardSection<T>({ id, title, intro, query, data, children }: DashboardSectionProps<T>) {
  return (
    <section className="dashboard-section" aria-labelledby={id}>
      <h2 id={id} className="dashboard-section__title">
        {title}
      </h2>
      <p className="r-muted">{intro}</p>
      <DashboardData query={query} data={data}>
        {(figures) => <div className="sales-dashboard">{children(figures)}</div>}
      </DashboardData>
    </section>
  );
}
