import type { ThrottleLimit } from './login-throttle.js';

/** How sign-in and sessions behave; every field has a default. */
export interface AuthOptions {
  /** How long a session lasts after sign-in (default 12 hours). */
  sessionTtlMs?: number;
  /** Failed sign-ins per e-mail address (default 5 per 15 minutes). */
  perEmail?: ThrottleLimit;
  /** Failed sign-ins per client address (default 20 per 15 minutes). */
  perAddress?: ThrottleLimit;
  /**
   * Origins allowed on cookie-authenticated unsafe requests besides the request's own (e.g. the web app's
   * address behind a proxy), like `https://tipwatch.example.org`.
   */
  allowedOrigins?: readonly string[];
}

export const DEFAULT_SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const DEFAULT_PER_EMAIL: ThrottleLimit = { max: 5, windowMs: 15 * 60 * 1000 };
export const DEFAULT_PER_ADDRESS: ThrottleLimit = { max: 20, windowMs: 15 * 60 * 1000 };
