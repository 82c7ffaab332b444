import { useEffect } from 'react';

/** Sets the document title to `title · tipwatch`. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · tipwatch` : 'tipwatch';
  }, [title]);
}
