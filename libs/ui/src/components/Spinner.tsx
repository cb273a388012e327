export interface SpinnerProps {
  /** Announced to screen readers (e.g. "Loading…"); omit with decorative. */
  label?: string;
  size?: 'sm' | 'md';
  decorative?: boolean;
}

export function Spinner({ label, size = 'md', decorative = false }: SpinnerProps) {
  if (decorative) return <span className={`r-spinner r-spinner--${size}`} aria-hidden="true" />;
  return (
    <span className="r-spinner-wrap" role="status">
      <span className={`r-spinner r-spinner--${size}`} aria-hidden="true" />
      {label ? <span className="r-visually-hidden">{label}</span> : null}
    </span>
  );
}
