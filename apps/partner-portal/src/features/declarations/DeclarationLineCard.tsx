import { type PortalDeclarationLineFragment } from '@relais/graphql-client';
import { Badge, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { productLabel } from '../products/product-label';
import { explainLine } from './explanation';
import { declarationTone } from './status-tone';

/** One line as the partner sees it: what was declared and, once decided, the points and how, or the reason. */
export function DeclarationLineCard({ line, currency }: { line: PortalDeclarationLineFragment; currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const productName = productLabel(line.product);
  const explanation = line.status === 'APPROVED' ? explainLine(t, line.pointsExplanation) : null;
  return (
    <li className="declaration-line" data-testid="declaration-line">
      <div className="declaration-line__head">
        <h3>{t('portalDeclarations.detail.lineTitle', { number: line.position + 1, product: productName })}</h3>
        <Badge tone={declarationTone(line.status)}>{t(`declarations.lineStatus.${line.status}`)}</Badge>
      </div>
      <dl className="r-dl">
        <dt>{t('portalDeclarations.detail.quantity')}</dt>
        <dd>{format.number(line.quantity)}</dd>
        <dt>{t('portalDeclarations.detail.amount')}</dt>
        <dd>{format.currency(line.amount, currency)}</dd>
        <dt>{t('portalDeclarations.detail.channel')}</dt>
        <dd>{t(`declarations.channel.${line.channel}`)}</dd>
        {line.invoiceReference ? (
          <>
            <dt>{t('portalDeclarations.detail.invoice')}</dt>
            <dd>{line.invoiceReference}</dd>
          </>
        ) : null}
        {line.serialNumbers.length ? (
          <>
            <dt>{t('portalDeclarations.detail.serials')}</dt>
            <dd className="declaration-serials">{line.serialNumbers.join(', ')}</dd>
          </>
        ) : null}
        {line.status === 'APPROVED' && line.pointsAwarded !== null ? (
          <>
            <dt>{t('portalDeclarations.detail.pointsEarned')}</dt>
            <dd>
              <strong className="declaration-points">
                {t('portalDeclarations.detail.points', { count: line.pointsAwarded, formatted: format.number(line.pointsAwarded) })}
              </strong>
              {explanation ? <span className="declaration-explanation">{t('portalDeclarations.detail.explanation', { explanation })}</span> : null}
            </dd>
          </>
        ) : null}
      </dl>
      {line.status === 'REJECTED' ? (
        <div className="declaration-reject">
          {line.rejectReasonCode ? (
            <p>
              <strong>{t('portalDeclarations.detail.rejectReason', { reason: t(`declarations.rejectReason.${line.rejectReasonCode}`) })}</strong>
            </p>
          ) : null}
          {line.rejectMessage ? <p className="declaration-message">{line.rejectMessage}</p> : null}
        </div>
      ) : null}
    </li>
  );
}
