import type { ReactNode, SelectHTMLAttributes } from 'react';

import { useFieldIds } from './field-ids';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> {
  label: ReactNode;
  options: readonly SelectOption[];
  /** A first empty option, e.g. t('common.none'); its value is ''. */
  placeholder?: string;
  hint?: ReactNode;
  error?: string | null;
}

export function Select({ label, options, placeholder, hint, error, id, className, ...select }: SelectProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={['r-field', error ? 'r-field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="r-field__label" htmlFor={ids.controlId}>
        {label}
      </label>
      {hint ? (
        <p className="r-field__hint" id={ids.hintId}>
          {hint}
        </p>
      ) : null}
      <select className="r-input r-select" id={ids.controlId} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...select}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <p className="r-field__error" id={ids.errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
