import { Button, Select, TextAreaField, TextField } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { ProductPicker } from '../products/ProductPicker';
import type { LineState } from './declaration-form-state';
import type { FieldErrorMap } from './form-errors';

interface Props {
  line: LineState;
  index: number;
  errors: FieldErrorMap;
  onChange(patch: Partial<LineState>): void;
  onRemove?: () => void;
}

/** One sold product as a card of its own, stacked on a phone. */
export function LineFields({ line, index, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const number = index + 1;
  const error = (field: string) => errors[`lines.${index}.${field}`];
  const optional = t('portalDeclarations.form.optional');
  return (
    <fieldset className="declaration-line">
      <legend>{t('portalDeclarations.form.line', { number })}</legend>
      <ProductPicker value={line.product} onChange={(product) => onChange({ product })} error={error('productId')} />
      <div className="r-form-row r-form-row--2">
        <TextField
          label={t('portalDeclarations.form.quantity')}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          value={line.quantity}
          error={error('quantity')}
          onChange={(event) => onChange({ quantity: event.target.value })}
        />
        <TextField
          label={t('portalDeclarations.form.amount')}
          inputMode="decimal"
          value={line.amount}
          error={error('amount')}
          onChange={(event) => onChange({ amount: event.target.value })}
        />
      </div>
      <div className="r-form-row r-form-row--2">
        <Select
          label={t('portalDeclarations.form.channel')}
          options={(['IN_STORE', 'ONLINE'] as const).map((value) => ({ value, label: t(`declarations.channel.${value}`) }))}
          value={line.channel}
          error={error('channel')}
          onChange={(event) => onChange({ channel: event.target.value as LineState['channel'] })}
        />
        <TextField
          label={t('portalDeclarations.form.invoiceReference')}
          value={line.invoiceReference}
          error={error('invoiceReference')}
          optionalText={optional}
          onChange={(event) => onChange({ invoiceReference: event.target.value })}
        />
      </div>
      <TextAreaField
        label={t('portalDeclarations.form.serialNumbers')}
        hint={t('portalDeclarations.form.serialNumbersHint')}
        optionalText={optional}
        rows={2}
        value={line.serialNumbers}
        error={error('serialNumbers')}
        onChange={(event) => onChange({ serialNumbers: event.target.value })}
      />
      {onRemove ? (
        <div>
          <Button variant="ghost" size="sm" onClick={onRemove}>
            {t('portalDeclarations.form.removeLine', { number })}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
