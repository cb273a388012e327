import { useMutation } from '@apollo/client/react';
import { PortalCancelRewardOrderDocument, type PortalRewardOrderFragment } from '@relais/graphql-client';
import { Alert, Button, Dialog, errorMessage } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { usePointsText } from '../points/use-points-text';

/** Cancels a still-requested order after a confirmation; the API refunds it once. */
export function CancelOrderButton({ order, onDone }: { order: PortalRewardOrderFragment; onDone(message: string): void }) {
  const { t } = useTranslation();
  const { points } = usePointsText();
  const [open, setOpen] = useState(false);
  const [cancel, cancelling] = useMutation(PortalCancelRewardOrderDocument, { refetchQueries: ['PortalRewardBalance'] });

  const confirm = async () => {
    const result = await cancel({ variables: { id: order.id } }).catch(() => null);
    const cancelled = result?.data?.cancelRewardOrder;
    if (cancelled) {
      setOpen(false);
      onDone(t('portalRewards.orders.cancelled', { reference: cancelled.reference, points: points(cancelled.refundedPoints || cancelled.totalPoints) }));
    }
  };

  return (
    <div className="r-form-actions">
      <Button variant="danger" size="sm" aria-label={t('portalRewards.orders.cancelLabel', { reference: order.reference })} onClick={() => setOpen(true)}>
        {t('portalRewards.orders.cancel')}
      </Button>
      <Dialog
        open={open}
        title={t('portalRewards.orders.cancelTitle', { reference: order.reference })}
        onClose={() => setOpen(false)}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('portalRewards.orders.keep')}
            </Button>
            <Button variant="danger" busy={cancelling.loading} onClick={() => void confirm()}>
              {cancelling.loading ? t('portalRewards.orders.cancelling') : t('portalRewards.orders.cancelConfirm')}
            </Button>
          </>
        }
      >
        <p>{t('portalRewards.orders.cancelBody', { points: points(order.totalPoints) })}</p>
        {cancelling.error ? <Alert tone="error">{errorMessage(t, cancelling.error)}</Alert> : null}
      </Dialog>
    </div>
  );
}
