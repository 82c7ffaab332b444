import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiFailure, getJson, sendJson } from './api-client.js';
import type { Me } from './types.js';

interface Session {
  /** undefined while the first `GET /api/me` runs; null when signed out. */
  me: Me | null | undefined;
  signIn(email: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
  /** Forgets the caller after the server ended the session itself (a changed password ends them all). */
  signedOut(): void;
  /** The CSRF token cookie-authenticated changes must send. */
  csrf: string | null;
}

const Context = createContext<Session | null>(null);

/** Who is signed in (`GET /api/me`), with sign-in and sign-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  useEffect(() => {
    const ctrl = new AbortController();
    getJson<Me>('/api/me', ctrl.signal).then(
      (m) => setMe(m),
      (err: unknown) => {
        if (!ctrl.signal.aborted) setMe(err instanceof ApiFailure ? null : null);
      },
    );
    return () => ctrl.abort();
  }, []);
  const signIn = useCallback(async (email: string, password: string) => {
    const m = await sendJson<Me>('POST', '/api/session', { email, password }, null);
    if (m === null) throw new ApiFailure(500, 'internal', 'empty answer to sign-in');
    setMe(m);
    return m;
  }, []);
  const signOut = useCallback(async () => {
    await sendJson('DELETE', '/api/session', undefined, me?.csrf_token ?? null);
    setMe(null);
  }, [me]);
  const signedOut = useCallback(() => setMe(null), []);
  const value = useMemo(
    () => ({ me, signIn, signOut, signedOut, csrf: me?.csrf_token ?? null }),
    [me, signIn, signOut, signedOut],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): Session {
  const value = useContext(Context);
  if (value === null) throw new Error('useSession outside SessionProvider');
  return value;
}
