/** One change to users, roles, tokens (and later content, lists, dispositions): who, when, what. */
export interface AuditEntry {
  id: number;
  org_id: number;
  /** The user who made the change; null when it came from the command line. */
  actor_user_id: number | null;
  /** How the actor is shown: an e-mail address, or `cli`. */
  actor: string;
  at: string;
  /** e.g. `user.create`, `user.update`, `user.reset_password`, `token.create`, `token.revoke`. */
  action: string;
  target_type: string;
  target_id: string;
  /** The target before and after the change, secrets redacted (`redactSecrets`). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

const SECRET_KEYS = new Set(['password', 'password_hash', 'token', 'token_hash', 'csrf_token', 'id_hash']);

/** A copy of `value` with every secret field (passwords, token and session hashes) replaced by `[redacted]`. */
export function redactSecrets(value: object | null): Record<string, unknown> | null {
  if (value === null) return null;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = SECRET_KEYS.has(key) ? '[redacted]' : v;
  return out;
}
