import { useQuery } from '@apollo/client/react';
import { BackOfficeDeclarationsDocument } from '@relais/graphql-client';
import { Card, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { StatusBadge, useSaleWhen } from './declarationParts';

const SHOWN = 5;

/**
 * The partner's latest other declarations and how they were decided: a validator reads a new
 * declaration against what this partner usually sends and how often it was turned down.
 */
export function PartnerHistory({ partnerId, currentId }: { partnerId: string; currentId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const saleWhen = useSaleWhen();
  const query = useQuery(BackOfficeDeclarationsDocument, { variables: { filter: { partnerId }, page: { limit: SHOWN + 1 } } });
  const others = (query.data?.declarations.items ?? []).filter((d) => d.id !== currentId).slice(0, SHOWN);
  const total = Math.max(0, (query.data?.declarations.total ?? 1) - 1);
  return (
    <Card title={t('backofficeDeclarations.detail.historyTitle')} level={2}>
      {others.length === 0 ? (
        <p className="r-muted">{query.loading ? t('common.loading') : t('backofficeDeclarations.detail.noHistory')}</p>
      ) : (
        <>
          <ul className="bo-history">
            {others.map((d) => (
              <li key={d.id}>
                <Link to={`/declarations/${d.id}`}>{saleWhen(d)}</Link>
                <span>{format.currency(d.totalAmount, d.currency)}</span>
                <StatusBadge status={d.status} />
              </li>
            ))}
          </ul>
          <p className="r-muted">
            <Link to={`/declarations?partner=${partnerId}`}>{t('backofficeDeclarations.detail.historyAll', { count: total })}</Link>
          </p>
        </>
      )}
    </Card>
  );
}
