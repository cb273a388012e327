import { useMutation } from '@apollo/client/react';
import { BackOfficeRestockRewardItemDocument, type BackOfficeRewardItemFragment } from '@relais/graphql-client';
import { Alert, Button, Dialog, errorMessage, TextField, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  item: BackOfficeRewardItemFragment | null;
  onClose(): void;
  onDone(message: string): void;
}

/** Adds units to a reward's stock (the API adds them to whatever the stock is by then). */
export function RestockDialog({ item, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const r = (key: string, options?: Record<string, unknown>) => t(`backofficeRewards.restock.${key}`, options ?? {});
  const [quantity, setQuantity] = useState('');
  const [touched, setTouched] = useState(false);
  const [restock, { loading, error, reset }] = useMutation(BackOfficeRestockRewardItemDocument);
  const valid = /^\d+$/.test(quantity.trim()) && Number(quantity) > 0;

  const close = () => {
    reset();
    setQuantity('');
    setTouched(false);
    onClose();
  };
  const submit = async () => {
    setTouched(true);
    if (!item || !valid) return;
    try {
      const result = await restock({ variables: { id: item.id, quantity: Number(quantity) } });
      const stock = result.data?.restockRewardItem.stock;
      setQuantity('');
      setTouched(false);
      onDone(r('done', { title: item.title, stock: stock === null || stock === undefined ? t('backofficeRewards.catalogue.unlimited') : format.number(stock) }));
    } catch {
      // shown below from the mutation's error
    }
  };

  return (
    <Dialog
      open={item !== null}
      title={r('title', { title: item?.title ?? '' })}
      onClose={close}
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" form="restock-form" busy={loading}>
            {r('submit')}
          </Button>
        </>
      }
    >
      <form
        id="restock-form"
        className="r-stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {item ? <p>{r('current', { stock: item.stock === null ? t('backofficeRewards.catalogue.unlimited') : format.number(item.stock) })}</p> : null}
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
        <TextField
          label={r('quantity')}
          hint={r('quantityHint')}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          required
          value={quantity}
          error={touched && !valid ? r('invalid') : undefined}
          onChange={(event) => setQuantity(event.target.value)}
        />
      </form>
    </Dialog>
  );
}
