import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info';

/** A status pill; the text carries the meaning, the colour only repeats it. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`r-badge r-badge--${tone}`}>{children}</span>;
}

/** The tone of the usual statuses (users, partners, applications). */
export function statusTone(status: string): BadgeTone {
  switch (status) {
    case 'ACTIVE':
    case 'ACCEPTED':
      return 'success';
    case 'INVITED':
    case 'PENDING':
      return 'info';
    case 'SUSPENDED':
    case 'DECLINED':
    case 'DEACTIVATED':
      return 'danger';
    default:
      return 'neutral';
  }
}
