import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';

import { FieldFrame, type FieldFrameProps } from './FieldFrame';

export type TextFieldProps = FieldFrameProps & InputHTMLAttributes<HTMLInputElement>;

export function TextField({ label, hint, error, optionalText, id, className, ...input }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} optionalText={optionalText} id={id} className={className}>
      {(control) => <input className="r-input" {...control} {...input} />}
    </FieldFrame>
  );
}

export type TextAreaFieldProps = FieldFrameProps & TextareaHTMLAttributes<HTMLTextAreaElement>;

export function TextAreaField({ label, hint, error, optionalText, id, className, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} optionalText={optionalText} id={id} className={className}>
      {(control) => <textarea className="r-input r-textarea" {...control} {...textarea} />}
    </FieldFrame>
  );
}
