import type { Role } from './role.js';

/** A customer organisation, or the office itself (`is_office`), whose editors edit public content. */
export interface Organisation {
  id: number;
  name: string;
  is_office: boolean;
  created_at: string;
}

/** A user as the API shows it: never with the password hash. */
export interface User {
  id: number;
  org_id: number;
  email: string;
  role: Role;
  disabled: boolean;
  created_at: string;
  updated_at: string;
}

/**
 * A one-time password (from `tipwatch admin create-user`, an admin's new user or password reset) is `issued`
 * until the user sets their own: it signs in (each sign-in asks for a password of one's own) and proves who is
 * setting it; scripts that only sign in keep working, and the user's own password or an admin's reset ends it.
 */
export type OneTimePasswordState = 'issued';

/** A user with the stored password hash, for signing in only. */
export interface UserWithSecret extends User {
  password_hash: string;
  /** Null when the password is the user's own. */
  one_time_password: OneTimePasswordState | null;
}

export interface NewUser {
  org_id: number;
  email: string;
  role: Role;
  password_hash: string;
  /** The password is a one-time password (`issued`); default: the user's own. */
  one_time_password?: boolean;
  created_at: string;
}

/** Fields an admin (or a password reset) may change. */
export interface UserPatch {
  role?: Role;
  disabled?: boolean;
  password_hash?: string;
  /** Null once the user has set their own password. */
  one_time_password?: OneTimePasswordState | null;
  updated_at: string;
}

/** A cookie session. Only the SHA-256 of its id is stored: a leaked table does not sign anyone in. */
export interface Session {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** An API token for scripts. Only its SHA-256 is stored; the token itself is shown once. */
export interface ApiToken {
  id: number;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface NewApiToken {
  user_id: number;
  name: string;
  token_hash: string;
  created_at: string;
}
