import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  legend: string;
  values: readonly string[];
  /** How a value reads (a country code shows its name). */
  labelOf?(value: string): string;
  onRemove(value: string): void;
  /** The control that adds a value (a select or a text input with its button). */
  adder: ReactNode;
  error?: string | null;
}

/** A criterion with free values: the chosen ones as removable chips, and a way to add more. */
export function ValueListField({ legend, values, labelOf = (v) => v, onRemove, adder, error }: Props) {
  const { t } = useTranslation();
  const errorId = useId();
  return (
    <fieldset className={['r-field', 'bo-values', error ? 'r-field--invalid' : ''].filter(Boolean).join(' ')} aria-describedby={error ? errorId : undefined}>
      <legend className="r-field__label">{legend}</legend>
      {values.length > 0 ? (
        <ul className="bo-chips">
          {values.map((value) => (
            <li key={value} className="bo-chip">
              <span>{labelOf(value)}</span>
              <button type="button" className="bo-chip__remove" aria-label={t('backoffice.segments.criteria.remove', { value: labelOf(value) })} onClick={() => onRemove(value)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="r-field__hint">{t('backoffice.common.any')}</p>
      )}
      <div className="bo-values__adder">{adder}</div>
      {error ? (
        <p className="r-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
