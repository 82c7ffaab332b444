import type {
  ApiToken,
  NewApiToken,
  NewUser,
  Organisation,
  Session,
  User,
  UserPatch,
  UserWithSecret,
} from './account.js';
import type { AuditEntry, NewAuditEntry } from './audit-entry.js';

export interface AuditQuery {
  /** Entries per page, newest first (default 100). */
  limit?: number;
  /** Only entries with an id below this one (the last id of the previous page). */
  before_id?: number;
}

/**
 * The accounts' storage port: organisations, users, sessions, API tokens and the audit log. Adapters live in
 * `@tipwatch/storage`. Secrets arrive already hashed; the store never sees a password or token.
 */
export interface AccountStore {
  readonly backend: 'sqlite' | 'postgres';
  organisation(id: number): Promise<Organisation | null>;
  organisationByName(name: string): Promise<Organisation | null>;
  /** Every organisation, by id. */
  organisations(): Promise<Organisation[]>;
  /** Creates an organisation; TipwatchError `organisation_exists` when the name is taken. */
  createOrganisation(org: { name: string; is_office: boolean; created_at: string }): Promise<Organisation>;
  user(id: number): Promise<User | null>;
  /** The user with that (normalised) e-mail address, with the password hash. */
  userByEmail(email: string): Promise<UserWithSecret | null>;
  /** The users of one organisation, by id. */
  users(orgId: number): Promise<User[]>;
  /** Creates a user; TipwatchError `email_taken` when the address is in use (in any organisation). */
  createUser(user: NewUser): Promise<User>;
  /** Null when there is no such user. */
  updateUser(id: number, patch: UserPatch): Promise<User | null>;
  createSession(session: Omit<Session, 'revoked_at'>): Promise<void>;
  session(idHash: string): Promise<Session | null>;
  revokeSession(idHash: string, at: string): Promise<void>;
  /** Revokes every open session of a user; the number revoked. */
  revokeSessions(userId: number, at: string): Promise<number>;
  createToken(token: NewApiToken): Promise<ApiToken>;
  tokenByHash(tokenHash: string): Promise<ApiToken | null>;
  /** A user's tokens, revoked ones included, by id. */
  tokens(userId: number): Promise<ApiToken[]>;
  /** Revokes a token; null when there is none with that id. Revoking twice keeps the first time. */
  revokeToken(id: number, at: string): Promise<ApiToken | null>;
  appendAudit(entry: NewAuditEntry): Promise<AuditEntry>;
  /** The audit log of one organisation, newest first. */
  audit(orgId: number, query?: AuditQuery): Promise<AuditEntry[]>;
  /** Records one failed sign-in at `at` (ISO time) against each throttle key (stored as given: pass hashes). */
  recordSignInFailure(keyHashes: readonly string[], at: string): Promise<void>;
  /** The times of a key's failed sign-ins after `since`, newest first, at most `limit`. */
  signInFailures(keyHash: string, since: string, limit: number): Promise<string[]>;
  /** Forgets a key's failed sign-ins (after a successful sign-in). */
  clearSignInFailures(keyHash: string): Promise<void>;
  /** Deletes the failed sign-ins recorded before `before`; how many. */
  pruneSignInFailures(before: string): Promise<number>;
  close(): Promise<void>;
}
