import type { ReactNode } from 'react';

export function EmptyState({ title, children, action }: { title: ReactNode; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="r-empty">
      <p className="r-empty__title">{title}</p>
      {children ? <div className="r-empty__body">{children}</div> : null}
      {action ? <div className="r-empty__action">{action}</div> : null}
    </div>
  );
}
