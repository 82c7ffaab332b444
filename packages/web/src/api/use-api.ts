import { useEffect, useState } from 'react';
import { ApiFailure } from './api-client.js';

export type Loaded<T> =
  | { state: 'loading' }
  /** `status`: the API's HTTP status when it answered (404: nothing at that address), 0 when unreachable. */
  | { state: 'error'; message: string; status?: number }
  | { state: 'done'; data: T };

/**
 * Runs `load` whenever `key` changes (null: nothing to load) and gives its result; a newer key cancels the
 * older request so results never arrive out of order.
 */
export function useLoad<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names everything `load` reads.
  useEffect(() => {
    if (key === null) return;
    const ctrl = new AbortController();
    setResult({ state: 'loading' });
    load(ctrl.signal).then(
      (data) => {
        if (!ctrl.signal.aborted) setResult({ state: 'done', data });
      },
      (err: unknown) => {
        if (ctrl.signal.aborted) return;
        setResult({
          state: 'error',
          message: err instanceof Error ? err.message : String(err),
          ...(err instanceof ApiFailure ? { status: err.status } : {}),
        });
      },
    );
    return () => ctrl.abort();
  }, [key]);
  return result;
}
