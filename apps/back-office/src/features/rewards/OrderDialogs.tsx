import { useMutation } from '@apollo/client/react';
import { BackOfficeCancelRewardOrderDocument, BackOfficeRejectRewardOrderDocument, type BackOfficeRewardOrderDetailFragment, BackOfficeShipRewardOrderDocument } from '@relais/graphql-client';
import { Alert, Button, Dialog, errorMessage, fieldErrors, TextAreaField, TextField } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { usePoints } from './rewardParts';

interface Props {
  order: BackOfficeRewardOrderDetailFragment;
  open: boolean;
  onClose(): void;
  onDone(message: string): void;
}

/** Rejects (REQUESTED or APPROVED) or cancels (until delivered) an order, with the reason the partner reads; both refund. */
export function ReasonDialog({ order, open, onClose, onDone, action }: Props & { action: 'reject' | 'cancel' }) {
  const { t } = useTranslation();
  const points = usePoints();
  const d = (key: string, options?: Record<string, unknown>) => t(`backofficeRewards.order.${key}`, options ?? {});
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [reject, rejection] = useMutation(BackOfficeRejectRewardOrderDocument);
  const [cancel, cancellation] = useMutation(BackOfficeCancelRewardOrderDocument);
  const state = action === 'reject' ? rejection : cancellation;
  const formId = `order-${action}-form`;

  const close = () => {
    state.reset();
    setTouched(false);
    onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!reason.trim()) return;
    try {
      const variables = { id: order.id, reason: reason.trim() };
      if (action === 'reject') await reject({ variables });
      else await cancel({ variables });
      setReason('');
      setTouched(false);
      onDone(d(action === 'reject' ? 'rejected' : 'cancelled'));
    } catch {
      // shown below from the mutation's error
    }
  };
  return (
    <Dialog
      open={open}
      title={d(action === 'reject' ? 'rejectTitle' : 'cancelTitle')}
      onClose={close}
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button variant="danger" type="submit" form={formId} busy={state.loading}>
            {d(action === 'reject' ? 'reject' : 'cancel')}
          </Button>
        </>
      }
    >
      <form id={formId} className="r-stack" noValidate onSubmit={(event) => void submit(event)}>
        <p>{d(action === 'reject' ? 'rejectBody' : 'cancelBody', { points: points(order.totalPoints) })}</p>
        {state.error ? <Alert tone="error">{errorMessage(t, state.error)}</Alert> : null}
        <TextAreaField label={d('reason')} value={reason} rows={3} required error={touched && !reason.trim() ? d('required') : undefined} onChange={(event) => setReason(event.target.value)} />
      </form>
    </Dialog>
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
