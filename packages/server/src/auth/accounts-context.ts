import type { AccountStore } from '@tipwatch/core';
import {
  type AuthOptions,
  DEFAULT_PER_ADDRESS,
  DEFAULT_PER_EMAIL,
  DEFAULT_SESSION_TTL_MS,
} from './auth-options.js';
import { LoginThrottle } from './login-throttle.js';

/** What the account routes share: the store, the clock, the settings and the sign-in throttle (kept in the store). */
export interface AccountsContext {
  accounts: AccountStore;
  clock: () => Date;
  options: Required<AuthOptions>;
  throttle: LoginThrottle;
}

export function accountsContext(
  accounts: AccountStore,
  clock: () => Date,
  options: AuthOptions = {},
): AccountsContext {
  return {
    accounts,
    clock,
    options: {
      sessionTtlMs: options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS,
      perEmail: options.perEmail ?? DEFAULT_PER_EMAIL,
      perAddress: options.perAddress ?? DEFAULT_PER_ADDRESS,
      allowedOrigins: options.allowedOrigins ?? [],
    },
    throttle: new LoginThrottle(accounts, clock),
  };
}
