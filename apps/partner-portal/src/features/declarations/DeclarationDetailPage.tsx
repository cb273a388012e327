import './declarations.css';

import { useQuery } from '@apollo/client/react';
import { PortalDeclarationDocument } from '@relais/graphql-client';
import { Alert, Badge, Card, errorMessage, LiveRegion, PageHeader, ProofFileList, Spinner, useDocumentTitle, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import { DeclarationLineCard } from './DeclarationLineCard';
import { DeclarationTimeline } from './DeclarationTimeline';
import { DeleteDraftButton } from './DeleteDraftButton';
import { NeedsInfoMessage } from './NeedsInfoMessage';
import { declarationTone } from './status-tone';
import { useSaleLabel } from './use-sale-label';

/**
 * One declaration: status, lines with their points or reasons, customer, timeline. Flags are the
 * validator's business and are not asked for here, even though the API would return them.
 */
export function DeclarationDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const saleLabel = useSaleLabel();
  const { id = '' } = useParams();
  const location = useLocation();
  const arrived = (location.state as { status?: string } | null)?.status ?? null;
  const query = useQuery(PortalDeclarationDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const declaration = query.data?.declaration;
  const title = declaration ? t('portalDeclarations.detail.title', { sale: saleLabel(declaration) }) : t('portalDeclarations.title');
  useDocumentTitle(title);
  const back = (
    <p>
      <Link to="/declarations">{t('portalDeclarations.detail.back')}</Link>
    </p>
  );

  if (!declaration) {
    return (
      <div className="r-stack">
        {back}
        {query.error ? <Alert tone="error">{errorMessage(t, query.error)}</Alert> : <Spinner label={t('common.loading')} />}
      </div>
    );
  }
  const editable = declaration.status === 'DRAFT' || declaration.status === 'NEEDS_INFO';
  return (
    <div className="r-stack">
      {back}
      <LiveRegion message={arrived} tone="success" />
      <PageHeader
        title={title}
        actions={
          editable ? (
            <>
              <Link className="r-button r-button--primary" to={`/declarations/${declaration.id}/edit`}>
                {declaration.status === 'NEEDS_INFO' ? t('portalDeclarations.detail.editResubmit') : t('portalDeclarations.detail.edit')}
              </Link>
              {declaration.status === 'DRAFT' && !declaration.submittedAt ? <DeleteDraftButton id={declaration.id} /> : null}
            </>
          ) : null
        }
      />
      {declaration.status === 'NEEDS_INFO' ? <NeedsInfoMessage declaration={declaration} /> : null}
      <Card title={t('portalDeclarations.detail.summary')} level={2}>
        <dl className="r-dl">
          <dt>{t('portalDeclarations.detail.status')}</dt>
          <dd>
            <Badge tone={declarationTone(declaration.status)}>{t(`declarations.status.${declaration.status}`)}</Badge>
          </dd>
          <dt>{t('portalDeclarations.detail.sale')}</dt>
          <dd>{saleLabel(declaration)}</dd>
          <dt>{t('portalDeclarations.detail.total')}</dt>
          <dd>{format.currency(declaration.totalAmount, declaration.currency)}</dd>
          {declaration.declaredByName ? (
            <>
              <dt>{t('portalDeclarations.detail.declaredBy')}</dt>
              <dd>{declaration.declaredByName}</dd>
            </>
          ) : null}
          {declaration.submittedAt ? (
            <>
              <dt>{t('portalDeclarations.detail.submittedAt')}</dt>
              <dd>{format.dateTime(declaration.submittedAt)}</dd>
            </>
          ) : null}
          {declaration.decidedAt ? (
            <>
              <dt>{t('portalDeclarations.detail.decidedAt')}</dt>
              <dd>{format.dateTime(declaration.decidedAt)}</dd>
            </>
          ) : null}
        </dl>
      </Card>
      <section aria-labelledby="declaration-lines" className="r-stack">
        <h2 id="declaration-lines">{t('portalDeclarations.detail.lines')}</h2>
        <ul className="declaration-line-list">
          {declaration.lines.map((line) => (
            <DeclarationLineCard key={line.id} line={line} currency={declaration.currency} />
          ))}
        </ul>
      </section>
      {declaration.customer || declaration.feedback ? (
        <div className="r-grid r-grid--2">
          {declaration.customer ? (
            <Card title={t('portalDeclarations.detail.customer')} level={2}>
              <p>
                {[
                  declaration.customer.type ? t(`declarations.customerType.${declaration.customer.type}`) : null,
                  declaration.customer.postalCode,
                  declaration.customer.sector,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </Card>
          ) : null}
          {declaration.feedback ? (
            <Card title={t('portalDeclarations.detail.feedback')} level={2}>
              {declaration.feedback.rating ? <p>{t('portalDeclarations.detail.rating', { rating: declaration.feedback.rating })}</p> : null}
              {declaration.feedback.comment ? <p className="declaration-message">{declaration.feedback.comment}</p> : null}
              {declaration.feedback.tags.length ? <p className="r-muted">{declaration.feedback.tags.join(', ')}</p> : null}
            </Card>
          ) : null}
        </div>
      ) : null}
      {declaration.proofs.length ? (
        <section aria-labelledby="declaration-proofs" className="r-stack">
          <h2 id="declaration-proofs">{t('proofs.title')}</h2>
          <ProofFileList proofs={declaration.proofs} />
        </section>
      ) : null}
      <DeclarationTimeline events={declaration.events} />
    </div>
  );
}
