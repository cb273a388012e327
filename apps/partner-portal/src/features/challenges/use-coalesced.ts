import { useCallback, useEffect, useRef } from 'react';

/**
 * Runs `work` at most once per `ms`, however often it is asked for: a busy leaderboard announces a
 * change per processed batch, and every open page refetching for each would multiply the reads.
 */
export function useCoalesced(work: () => void, ms: number): () => void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(work);
  useEffect(() => {
    latest.current = work;
  }, [work]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  return useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      latest.current();
    }, ms);
  }, [ms]);
}
