import type { AccountStore } from '@tipwatch/core';
import { sha256Hex } from './secret-token.js';

/** One rate limit: at most `max` failed sign-ins per `windowMs` for a key. */
export interface ThrottleLimit {
  max: number;
  windowMs: number;
}

/** The account store's part that keeps failed sign-ins. */
export type FailureStore = Pick<
  AccountStore,
  'recordSignInFailure' | 'signInFailures' | 'clearSignInFailures' | 'pruneSignInFailures'
>;

/**
 * Counts failed sign-ins per key (an e-mail address, a client address) in a sliding window, in the account
 * store: every server process that shares the database counts the same failures. Keys are stored as SHA-256
 * hashes, so the table does not list the addresses people tried. Failures older than the longest window are
 * deleted now and then.
 */
export class LoginThrottle {
  private lastPrune = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly store: FailureStore,
    private readonly clock: () => Date,
  ) {}

  /**
   * Seconds to wait before the next attempt is heard when any of `keys` has used up its limit, else null.
   * Checked before the password, so once blocked even the right password is refused until the window passes.
   */
  async retryAfter(keys: readonly (readonly [string, ThrottleLimit])[]): Promise<number | null> {
    const now = this.clock().getTime();
    let wait = 0;
    for (const [key, limit] of keys) {
      const since = new Date(now - limit.windowMs).toISOString();
      const recent = await this.store.signInFailures(hashOf(key), since, limit.max);
      if (recent.length >= limit.max) {
        // Newest first: the last is the oldest failure that still counts towards the limit.
        const oldestThatCounts = Date.parse(recent[limit.max - 1] as string);
        wait = Math.max(wait, oldestThatCounts + limit.windowMs - now);
      }
    }
    return wait > 0 ? Math.ceil(wait / 1000) : null;
  }

  /** Records a failed attempt against every key. */
  async fail(keys: readonly (readonly [string, ThrottleLimit])[]): Promise<void> {
    const now = this.clock().getTime();
    await this.store.recordSignInFailure(
      keys.map(([key]) => hashOf(key)),
      new Date(now).toISOString(),
    );
    const longest = Math.max(0, ...keys.map(([, l]) => l.windowMs));
    if (now - this.lastPrune > longest) {
      this.lastPrune = now;
      await this.store.pruneSignInFailures(new Date(now - longest).toISOString());
    }
  }

  /** Forgets a key's failures (after a successful sign-in of that e-mail address). */
  async clear(key: string): Promise<void> {
    await this.store.clearSignInFailures(hashOf(key));
  }
}

function hashOf(key: string): string {
  return sha256Hex(`sign-in:${key}`);
}
