import { useQuery } from '@apollo/client/react';
import { BackOfficeSegmentPreviewDocument } from '@relais/graphql-client';
import { Alert, Card, errorMessage, Spinner } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { countryName } from '../../lib/countries';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import type { CriteriaDraft } from './criteria';

const PREVIEW_SIZE = 10;

/** The partners the criteria select, recomputed by the API a moment after the criteria stop changing. */
export function SegmentPreviewPanel({ criteria }: { criteria: CriteriaDraft }) {
  const { t, i18n } = useTranslation();
  const debounced = useDebouncedValue(criteria, 350);
  const { data, previousData, loading, error } = useQuery(BackOfficeSegmentPreviewDocument, {
    variables: { criteria: debounced, limit: PREVIEW_SIZE },
    fetchPolicy: 'cache-first',
  });
  const preview = (data ?? previousData)?.segmentPreview;
  const stale = loading || debounced !== criteria;

  return (
    <Card title={t('backoffice.segments.preview.title')} className="bo-preview">
      <div aria-live="polite" aria-atomic="true" aria-busy={stale || undefined}>
        {preview ? (
          <p className="bo-preview__count">{t('backoffice.segments.preview.count', { count: preview.count })}</p>
        ) : null}
      </div>
      {stale ? (
        <p className="r-muted bo-preview__updating">
          <Spinner size="sm" decorative /> {t('backoffice.segments.preview.updating')}
        </p>
      ) : null}
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {preview && preview.members.length > 0 ? (
        <>
          <h3 className="bo-preview__subtitle">{t('backoffice.segments.preview.first')}</h3>
          <ul className="bo-preview__members">
            {preview.members.map((p) => (
              <li key={p.id}>
                <Link to={`/partners/${p.id}`}>{p.name}</Link>
                <span className="r-muted">
                  {' '}
                  · {t(`partners.type.${p.type}`)} · {p.potential} · {[p.city, countryName(p.country, i18n.language)].filter(Boolean).join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : preview ? (
        <p>{t('backoffice.segments.preview.none')}</p>
      ) : null}
    </Card>
  );
}
