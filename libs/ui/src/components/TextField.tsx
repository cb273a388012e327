import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';

import { useFieldIds } from './field-ids';

interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  /** Translated message; sets aria-invalid and is read after the label. */
  error?: string | null;
  /** Shown after the label, e.g. t('common.optional'). */
  optionalText?: string;
}

export type TextFieldProps = FieldFrameProps & InputHTMLAttributes<HTMLInputElement>;

export function TextField({ label, hint, error, optionalText, id, className, ...input }: TextFieldProps) {
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
      <input className="r-input" id={ids.controlId} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...input} />
      {error ? (
        <p className="r-field__error" id={ids.errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export type TextAreaFieldProps = FieldFrameProps & TextareaHTMLAttributes<HTMLTextAreaElement>;

export function TextAreaField({ label, hint, error, optionalText, id, className, ...textarea }: TextAreaFieldProps) {
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
      <textarea className="r-input r-textarea" id={ids.controlId} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...textarea} />
      {error ? (
        <p className="r-field__error" id={ids.errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
