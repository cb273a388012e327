import type { ButtonHTMLAttributes } from 'react';

import { Spinner } from './Spinner';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  size?: 'md' | 'sm';
  /** Shows a spinner, disables the button and sets aria-busy; keep the label meaningful ("Saving…"). */
  busy?: boolean;
}

export function Button({ variant = 'primary', size = 'md', busy = false, type = 'button', className, disabled, children, ...rest }: ButtonProps) {
  const classes = ['r-button', `r-button--${variant}`, size === 'sm' ? 'r-button--sm' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button type={type} className={classes} disabled={disabled || busy} aria-busy={busy || undefined} {...rest}>
      {busy ? <Spinner size="sm" decorative /> : null}
      {children}
    </button>
  );
}
