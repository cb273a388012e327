import { useEffect } from 'react';

/** Names the browser tab after the page (WCAG 2.4.2), e.g. "My team · Relais". */
export function useDocumentTitle(title: string | null | undefined, suffix = 'Relais'): void {
  useEffect(() => {
    if (title) document.title = title === suffix ? suffix : `${title} · ${suffix}`;
  }, [title, suffix]);
}
