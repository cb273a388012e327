import type { ReactNode } from 'react';

export interface AlertProps {
  tone?: 'error' | 'success' | 'info' | 'warning';
  title?: ReactNode;
  children?: ReactNode;
  /** Announce when it appears: errors interrupt (role=alert), others wait (role=status). Default true. */
  live?: boolean;
  className?: string;
}

export function Alert({ tone = 'info', title, children, live = true, className }: AlertProps) {
  const role = !live ? undefined : tone === 'error' ? 'alert' : 'status';
  return (
    <div className={['r-alert', `r-alert--${tone}`, className ?? ''].filter(Boolean).join(' ')} role={role}>
      {title ? <p className="r-alert__title">{title}</p> : null}
      {children ? <div className="r-alert__body">{children}</div> : null}
    </div>
  );
}

/**
 * A polite live region that is always in the page, so that screen readers announce messages
 * put into it later (an element created together with its text is often not announced).
 */
export function LiveRegion({ message, tone = 'info' }: { message: string | null | undefined; tone?: AlertProps['tone'] }) {
  return (
    <div aria-live={tone === 'error' ? 'assertive' : 'polite'} aria-atomic="true" className="r-live-region">
      {message ? <div className={`r-alert r-alert--${tone}`}>{message}</div> : null}
    </div>
  );
}
