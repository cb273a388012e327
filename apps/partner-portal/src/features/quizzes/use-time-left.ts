import { useEffect, useState } from 'react';

/** Seconds left until the deadline, ticking each second; null without a deadline. */
export function useTimeLeft(deadline: string | null | undefined): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!deadline) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [deadline]);
  return deadline ? Math.max(0, (new Date(deadline).getTime() - now) / 1000) : null;
}
