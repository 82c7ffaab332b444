/** One rate limit: at most `max` failed sign-ins per `windowMs` for a key. */
export interface ThrottleLimit {
  max: number;
  windowMs: number;
}

// Beyond this many keys, expired ones are swept so that a flood of addresses cannot grow memory for ever.
const SWEEP_AT = 10_000;

/**
 * Counts failed sign-ins per key (an e-mail address, a client address) in a sliding window. In memory:
 * one server process; several processes each count their own.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly clock: () => Date) {}

  /**
   * Seconds to wait before the next attempt is heard when any of `keys` has used up its limit, else null.
   * Checked before the password, so once blocked even the right password is refused until the window passes.
   */
  retryAfter(keys: readonly (readonly [string, ThrottleLimit])[]): number | null {
    const now = this.clock().getTime();
    let wait = 0;
    for (const [key, limit] of keys) {
      const recent = this.recent(key, limit, now);
      if (recent.length >= limit.max) {
        const oldestThatCounts = recent[recent.length - limit.max] ?? now;
        wait = Math.max(wait, oldestThatCounts + limit.windowMs - now);
      }
    }
    return wait > 0 ? Math.ceil(wait / 1000) : null;
  }

  /** Records a failed attempt against every key. */
  fail(keys: readonly (readonly [string, ThrottleLimit])[]): void {
    const now = this.clock().getTime();
    if (this.failures.size > SWEEP_AT) this.sweep(now, Math.max(...keys.map(([, l]) => l.windowMs)));
    for (const [key, limit] of keys) this.failures.set(key, [...this.recent(key, limit, now), now]);
  }

  /** Forgets a key's failures (after a successful sign-in of that e-mail address). */
  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, limit: ThrottleLimit, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => t > now - limit.windowMs);
  }

  private sweep(now: number, windowMs: number): void {
    for (const [key, times] of this.failures) {
      if ((times[times.length - 1] ?? 0) <= now - windowMs) this.failures.delete(key);
    }
  }
}
