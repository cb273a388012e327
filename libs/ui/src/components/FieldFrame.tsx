import type { ReactNode } from 'react';

import { useFieldIds } from './field-ids';

export interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  /** Translated message; sets aria-invalid and is read after the label. */
  error?: string | null;
  /** Shown after the label, e.g. t('common.optional'). */
  optionalText?: string;
}

/** What a control needs to be wired to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * The label, hint and error around one form control, tied together for assistive technology;
 * every single-control field (text, text area, select) is drawn by it.
 */
export function FieldFrame({
  label,
  hint,
  error,
  optionalText,
  id,
  className,
  children,
}: FieldFrameProps & { id?: string; className?: string; children: (control: ControlProps) => ReactNode }) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div className={['r-field', error ? 'r-field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="r-field__label" htmlFor={ids.controlId}>
        {label}
        {optionalText ? <span className="r-field__optional"> ({optionalText})</span> : null}
      </label>
      {hint ? (
        <p className="r-field__hint" id={ids.hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id: ids.controlId, 'aria-invalid': error ? true : undefined, 'aria-describedby': ids.describedBy })}
      {error ? (
        <p className="r-field__error" id={ids.errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
