import {
  type AccountStore,
  type ApiToken,
  type AuditEntry,
  type AuditQuery,
  isRole,
  type NewApiToken,
  type NewAuditEntry,
  type NewUser,
  type Organisation,
  type Role,
  type Session,
  TipwatchError,
  type User,
  type UserPatch,
  type UserWithSecret,
} from '@tipwatch/core';
import type { Kysely, Selectable } from 'kysely';
import type { AccountsDatabase, AuditLogTable, OrganisationsTable, UsersTable } from './account-schema.js';
import type { Backend } from './schema.js';

const USER_COLUMNS = ['id', 'org_id', 'email', 'role', 'disabled', 'created_at', 'updated_at'] as const;

/** The account store over any Kysely database with the tipwatch schema (migration 0004). */
export class KyselyAccountStore implements AccountStore {
  constructor(
    private readonly db: Kysely<AccountsDatabase>,
    readonly backend: Backend,
    private readonly onClose: () => Promise<void> = () => db.destroy(),
  ) {}

  async organisation(id: number): Promise<Organisation | null> {
    const row = await this.db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toOrganisation(row) : null;
  }

  async organisationByName(name: string): Promise<Organisation | null> {
    const row = await this.db
      .selectFrom('organisations')
      .selectAll()
      .where('name', '=', name)
      .executeTakeFirst();
    return row ? toOrganisation(row) : null;
  }

  async organisations(): Promise<Organisation[]> {
    const rows = await this.db.selectFrom('organisations').selectAll().orderBy('id').execute();
    return rows.map(toOrganisation);
  }

  async createOrganisation(org: {
    name: string;
    is_office: boolean;
    created_at: string;
  }): Promise<Organisation> {
    if (org.name.trim() === '') throw new TipwatchError('no_organisation', 'an organisation needs a name');
    return this.db.transaction().execute(async (trx) => {
      const taken = await trx
        .selectFrom('organisations')
        .select('id')
        .where('name', '=', org.name)
        .executeTakeFirst();
      if (taken) throw new TipwatchError('organisation_exists', `organisation "${org.name}" exists already`);
      const row = await trx
        .insertInto('organisations')
        .values({ name: org.name, is_office: org.is_office ? 1 : 0, created_at: org.created_at })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toOrganisation(row);
    });
  }

  async user(id: number): Promise<User | null> {
    const row = await this.db
      .selectFrom('users')
      .select(USER_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async userByEmail(email: string): Promise<UserWithSecret | null> {
    const row = await this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    if (!row) return null;
    const oneTime = row.one_time_password;
    return {
      ...toUser(row),
      password_hash: row.password_hash,
      one_time_password: oneTime === 'issued' ? oneTime : null,
    };
  }

  async users(orgId: number): Promise<User[]> {
    const rows = await this.db
      .selectFrom('users')
      .select(USER_COLUMNS)
      .where('org_id', '=', orgId)
      .orderBy('id')
      .execute();
    return rows.map(toUser);
  }

  async createUser(user: NewUser): Promise<User> {
    return this.db.transaction().execute(async (trx) => {
      const taken = await trx
        .selectFrom('users')
        .select('id')
        .where('email', '=', user.email)
        .executeTakeFirst();
      if (taken) throw new TipwatchError('email_taken', `a user with e-mail ${user.email} exists already`);
      const row = await trx
        .insertInto('users')
        .values({
          org_id: user.org_id,
          email: user.email,
          role: user.role,
          password_hash: user.password_hash,
          one_time_password: user.one_time_password ? 'issued' : null,
          disabled: 0,
          created_at: user.created_at,
          updated_at: user.created_at,
        })
        .returning(USER_COLUMNS)
        .executeTakeFirstOrThrow();
      return toUser(row);
    });
  }

  async updateUser(id: number, patch: UserPatch): Promise<User | null> {
    const row = await this.db
      .updateTable('users')
      .set({
        updated_at: patch.updated_at,
        ...(patch.role === undefined ? {} : { role: patch.role }),
        ...(patch.disabled === undefined ? {} : { disabled: patch.disabled ? 1 : 0 }),
        ...(patch.password_hash === undefined ? {} : { password_hash: patch.password_hash }),
        ...(patch.one_time_password === undefined ? {} : { one_time_password: patch.one_time_password }),
      })
      .where('id', '=', id)
      .returning(USER_COLUMNS)
      .executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async createSession(session: Omit<Session, 'revoked_at'>): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({ ...session, revoked_at: null })
      .execute();
  }

  async session(idHash: string): Promise<Session | null> {
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('id_hash', '=', idHash)
      .executeTakeFirst();
    return row ?? null;
  }

  async revokeSession(idHash: string, at: string): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ revoked_at: at })
      .where('id_hash', '=', idHash)
      .where('revoked_at', 'is', null)
      .execute();
  }

  async revokeSessions(userId: number, at: string): Promise<number> {
    const result = await this.db
      .updateTable('sessions')
      .set({ revoked_at: at })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async createToken(token: NewApiToken): Promise<ApiToken> {
    return this.db
      .insertInto('api_tokens')
      .values({ ...token, revoked_at: null })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async tokenByHash(tokenHash: string): Promise<ApiToken | null> {
    const row = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row ?? null;
  }

  async tokens(userId: number): Promise<ApiToken[]> {
    return this.db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('id').execute();
  }

  async revokeToken(id: number, at: string): Promise<ApiToken | null> {
    await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
    const row = await this.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    return row ?? null;
  }

  async appendAudit(entry: NewAuditEntry): Promise<AuditEntry> {
    const row = await this.db
      .insertInto('audit_log')
      .values({
        ...entry,
        before: entry.before === null ? null : JSON.stringify(entry.before),
        after: entry.after === null ? null : JSON.stringify(entry.after),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAuditEntry(row);
  }

  async audit(orgId: number, query: AuditQuery = {}): Promise<AuditEntry[]> {
    let q = this.db.selectFrom('audit_log').selectAll().where('org_id', '=', orgId);
    if (query.before_id !== undefined) q = q.where('id', '<', query.before_id);
    const rows = await q
      .orderBy('id', 'desc')
      .limit(query.limit ?? 100)
      .execute();
    return rows.map(toAuditEntry);
  }

  async recordSignInFailure(keyHashes: readonly string[], at: string): Promise<void> {
    if (keyHashes.length === 0) return;
    await this.db
      .insertInto('sign_in_failures')
      .values(keyHashes.map((key_hash) => ({ key_hash, at })))
      .execute();
  }

  async signInFailures(keyHash: string, since: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('sign_in_failures')
      .select('at')
      .where('key_hash', '=', keyHash)
      .where('at', '>', since)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => r.at);
  }

  async clearSignInFailures(keyHash: string): Promise<void> {
    await this.db.deleteFrom('sign_in_failures').where('key_hash', '=', keyHash).execute();
  }

  async pruneSignInFailures(before: string): Promise<number> {
    const result = await this.db.deleteFrom('sign_in_failures').where('at', '<', before).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async close(): Promise<void> {
    await this.onClose();
  }
}

function toOrganisation(row: Selectable<OrganisationsTable>): Organisation {
  return { id: row.id, name: row.name, is_office: Boolean(row.is_office), created_at: row.created_at };
}

function toUser(row: Omit<Selectable<UsersTable>, 'password_hash' | 'one_time_password'>): User {
  return {
    id: row.id,
    org_id: row.org_id,
    email: row.email,
    role: asRole(row.role),
    disabled: Boolean(row.disabled),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

function asRole(text: string): Role {
  // A role the code does not know (written by a newer version) gets the least rights, never more.
  return isRole(text) ? text : 'viewer';
}

function toAuditEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    ...row,
    before: row.before === null ? null : (JSON.parse(row.before) as Record<string, unknown>),
    after: row.after === null ? null : (JSON.parse(row.after) as Record<string, unknown>),
  };
}
