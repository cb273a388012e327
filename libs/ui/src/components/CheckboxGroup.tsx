import type { ReactNode } from 'react';

import { useFieldIds } from './field-ids';
import type { SelectOption } from './Select';

export interface CheckboxGroupProps {
  /** The question the group answers (a fieldset legend). */
  legend: ReactNode;
  options: readonly SelectOption[];
  value: readonly string[];
  onChange(value: string[]): void;
  name?: string;
  hint?: ReactNode;
  error?: string | null;
  /** Lay the boxes in a row that wraps (filters) instead of a column. */
  inline?: boolean;
  disabled?: boolean;
}

/** Several choices among a few values (a multi-select that stays accessible without a custom widget). */
export function CheckboxGroup({ legend, options, value, onChange, name, hint, error, inline = false, disabled }: CheckboxGroupProps) {
  const ids = useFieldIds(undefined, hint, error);
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? options.map((o) => o.value).filter((v) => v === option || value.includes(v)) : value.filter((v) => v !== option));
  return (
    <fieldset className={['r-field', 'r-checkbox-group', error ? 'r-field--invalid' : ''].filter(Boolean).join(' ')} aria-describedby={ids.describedBy}>
      <legend className="r-field__label">{legend}</legend>
      {hint ? (
        <p className="r-field__hint" id={ids.hintId}>
          {hint}
        </p>
      ) : null}
      <div className={inline ? 'r-checkbox-group__options r-checkbox-group__options--inline' : 'r-checkbox-group__options'}>
        {options.map((option) => (
          <label key={option.value} className="r-checkbox">
            <input
              type="checkbox"
              name={name ?? ids.controlId}
              value={option.value}
              checked={value.includes(option.value)}
              disabled={disabled}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="r-field__error" id={ids.errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
