import { useId } from 'react';

/** Ids tying a control to its hint and error, for aria-describedby. */
export function useFieldIds(id?: string, hint?: unknown, error?: unknown) {
  const generated = useId();
  const controlId = id ?? `f${generated.replace(/:/g, '')}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { controlId, hintId, errorId, describedBy };
}
