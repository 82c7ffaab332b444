import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';

const LIMIT = { max: 3, windowMs: 60_000 };

describe('LoginThrottle', () => {
  it('blocks a key after max failures until the oldest counted one leaves the window', () => {
    let now = 0;
    const throttle = new LoginThrottle(() => new Date(now));
    const keys = [['email:a', LIMIT]] as const;
    for (const at of [0, 10_000, 20_000]) {
      now = at;
      expect(throttle.retryAfter(keys)).toBeNull();
      throttle.fail(keys);
    }
    now = 30_000;
    expect(throttle.retryAfter(keys)).toBe(30);
    now = 60_001;
    expect(throttle.retryAfter(keys)).toBeNull();
  });

  it('counts keys apart and forgets a cleared one', () => {
    const throttle = new LoginThrottle(() => new Date(0));
    const a = [['email:a', LIMIT]] as const;
    for (let i = 0; i < 3; i++) throttle.fail(a);
    expect(throttle.retryAfter([['email:b', LIMIT]])).toBeNull();
    expect(throttle.retryAfter(a)).toBe(60);
    throttle.clear('email:a');
    expect(throttle.retryAfter(a)).toBeNull();
  });
});
