import { type AuditEntry, redactSecrets } from '@tipwatch/core';
import type { AccountsContext } from './accounts-context.js';
import type { Principal } from './principal.js';

/** Appends a change to the audit log of the actor's organisation, secrets redacted. */
export function recordAudit(
  ctx: AccountsContext,
  who: Principal,
  change: {
    action: string;
    target_type: string;
    target_id: string | number;
    before: object | null;
    after: object | null;
  },
): Promise<AuditEntry> {
  return ctx.accounts.appendAudit({
    org_id: who.org.id,
    actor_user_id: who.user.id,
    actor: who.user.email,
    at: ctx.clock().toISOString(),
    action: change.action,
    target_type: change.target_type,
    target_id: String(change.target_id),
    before: redactSecrets(change.before),
    after: redactSecrets(change.after),
  });
}
