import type { ReactNode } from 'react';

export interface CardProps {
  title?: ReactNode;
  /** Heading level of the title, to keep the page outline right. Default 2. */
  level?: 2 | 3;
  children?: ReactNode;
  footer?: ReactNode;
  className?: string;
}

export function Card({ title, level = 2, children, footer, className }: CardProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={['r-card', className ?? ''].filter(Boolean).join(' ')}>
      {title ? <Heading className="r-card__title">{title}</Heading> : null}
      {children}
      {footer ? <div className="r-card__footer">{footer}</div> : null}
    </section>
  );
}

/** The page's one h1 with an optional line of intro and actions on the right. */
export function PageHeader({ title, intro, actions }: { title: ReactNode; intro?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="r-page-header">
      <div>
        <h1 className="r-page-header__title">{title}</h1>
        {intro ? <p className="r-page-header__intro">{intro}</p> : null}
      </div>
      {actions ? <div className="r-page-header__actions">{actions}</div> : null}
    </div>
  );
}
