import { useMutation } from '@apollo/client/react';
import { BackOfficeCancelRewardOrderDocument, BackOfficeRejectRewardOrderDocument, type BackOfficeRewardOrderDetailFragment, BackOfficeShipRewardOrderDocument } from '@relais/graphql-client';
import { Alert, Button, Dialog, errorMessage, fieldErrors, TextField } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ReasonDialog } from '../../lib/ReasonDialog';
import { usePoints } from './rewardParts';

interface Props {
  order: BackOfficeRewardOrderDetailFragment;
  open: boolean;
  onClose(): void;
  onDone(message: string): void;
}

/** Rejects (REQUESTED or APPROVED) or cancels (until delivered) an order, with the reason the partner reads; both refund. */
export function OrderReasonDialog({ order, open, onClose, onDone, action }: Props & { action: 'reject' | 'cancel' }) {
  const { t } = useTranslation();
  const points = usePoints();
  const d = (key: string, options?: Record<string, unknown>) => t(`backofficeRewards.order.${key}`, options ?? {});
  const [reject, rejection] = useMutation(BackOfficeRejectRewardOrderDocument);
  const [cancel, cancellation] = useMutation(BackOfficeCancelRewardOrderDocument);
  const state = action === 'reject' ? rejection : cancellation;
  return (
    <ReasonDialog
      open={open}
      title={d(action === 'reject' ? 'rejectTitle' : 'cancelTitle')}
      body={<p>{d(action === 'reject' ? 'rejectBody' : 'cancelBody', { points: points(order.totalPoints) })}</p>}
      label={d('reason')}
      requiredMessage={d('required')}
      confirm={d(action === 'reject' ? 'reject' : 'cancel')}
      busy={state.loading}
      error={state.error}
      onClose={() => {
        state.reset();
        onClose();
      }}
      onConfirm={async (reason) => {
        try {
          const variables = { id: order.id, reason };
          if (action === 'reject') await reject({ variables });
          else await cancel({ variables });
          onDone(d(action === 'reject' ? 'rejected' : 'cancelled'));
          return true;
        } catch {
          return false; // shown in the dialog from the mutation's error
        }
      }}
    />
  );
}

/** Marks an approved order shipped with its carrier and tracking number (and a tracking link). */
export function ShipDialog({ order, open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const d = (key: string) => t(`backofficeRewards.order.${key}`);
  const [values, setValues] = useState({ carrier: order.carrier ?? '', trackingNumber: order.trackingNumber ?? '', trackingUrl: order.trackingUrl ?? '' });
  const [touched, setTouched] = useState(false);
  const [ship, { loading, error, reset }] = useMutation(BackOfficeShipRewardOrderDocument);
  const serverErrors = error ? fieldErrors(t, error) : {};
  const urlProblem = values.trackingUrl.trim() && !/^https?:\/\/\S+$/i.test(values.trackingUrl.trim()) ? t('validation.isUrl', { field: d('trackingUrl') }) : undefined;
  const missing = (name: 'carrier' | 'trackingNumber') => (touched && !values[name].trim() ? d('required') : serverErrors[name]);
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value }));

  const close = () => {
    reset();
    setTouched(false);
    onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!values.carrier.trim() || !values.trackingNumber.trim() || urlProblem) return;
    try {
      await ship({ variables: { id: order.id, input: { carrier: values.carrier.trim(), trackingNumber: values.trackingNumber.trim(), trackingUrl: values.trackingUrl.trim() || null } } });
      setTouched(false);
      onDone(d('shipped'));
    } catch {
      // shown below from the mutation's error
    }
  };
  return (
    <Dialog
      open={open}
      title={d('shipTitle')}
      onClose={close}
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" form="order-ship-form" busy={loading}>
            {d('ship')}
          </Button>
        </>
      }
    >
      <form id="order-ship-form" className="r-stack" noValidate onSubmit={(event) => void submit(event)}>
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
        <TextField label={d('carrier')} value={values.carrier} onChange={set('carrier')} required autoComplete="off" error={missing('carrier')} />
        <TextField label={d('trackingNumber')} value={values.trackingNumber} onChange={set('trackingNumber')} required autoComplete="off" error={missing('trackingNumber')} />
        <TextField
          label={d('trackingUrl')}
          type="url"
          inputMode="url"
          value={values.trackingUrl}
          onChange={set('trackingUrl')}
          hint={d('trackingUrlHint')}
          optionalText={t('common.optional')}
          error={(touched ? urlProblem : undefined) ?? serverErrors['trackingUrl']}
        />
      </form>
    </Dialog>
  );
}
