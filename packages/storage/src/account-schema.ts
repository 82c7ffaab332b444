import type { Generated } from 'kysely';

/** The account tables of migration 0004, as Kysely sees them. */
export interface OrganisationsTable {
  id: Generated<number>;
  name: string;
  is_office: number;
  created_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  org_id: number;
  email: string;
  role: string;
  password_hash: string;
  /** Migration 0007: `issued`, `used` or null (see `OneTimePasswordState`). */
  one_time_password: string | null;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  org_id: number;
  actor_user_id: number | null;
  actor: string;
  at: string;
  action: string;
  target_type: string;
  target_id: string;
  before: string | null;
  after: string | null;
}

export interface SignInFailuresTable {
  id: Generated<number>;
  key_hash: string;
  at: string;
}

export interface AccountsDatabase {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  sign_in_failures: SignInFailuresTable;
}
