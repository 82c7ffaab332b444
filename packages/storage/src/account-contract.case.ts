import { type AccountStore, TipwatchError } from '@tipwatch/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const T0 = '2026-01-15T12:00:00.000Z';
const T1 = '2026-01-15T13:00:00.000Z';

/** The behaviour every AccountStore adapter must have. `open()` gives a new, empty store each call. */
export function runAccountStoreContract(name: string, open: () => Promise<AccountStore>): void {
  describe(`AccountStore contract: ${name}`, () => {
    let store: AccountStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    const orgAndUser = async (email = 'anna@example.org') => {
      const org = await store.createOrganisation({ name: 'Acme', is_office: false, created_at: T0 });
      const user = await store.createUser({
        org_id: org.id,
        email,
        role: 'analyst',
        password_hash: 'scrypt$hash',
        created_at: T0,
      });
      return { org, user };
    };

    it('creates organisations with unique names', async () => {
      const office = await store.createOrganisation({ name: 'Office', is_office: true, created_at: T0 });
      expect(office).toMatchObject({ name: 'Office', is_office: true, created_at: T0 });
      expect(await store.organisationByName('Office')).toEqual(office);
      expect(await store.organisation(office.id)).toEqual(office);
      expect(await store.organisationByName('Nobody')).toBeNull();
      expect(await store.organisations()).toEqual([office]);
      const acme = await store.createOrganisation({ name: 'Acme', is_office: false, created_at: T1 });
      expect(await store.organisations()).toEqual([office, acme]);
      await expect(
        store.createOrganisation({ name: 'Office', is_office: false, created_at: T0 }),
      ).rejects.toMatchObject({ code: 'organisation_exists' });
    });

    it('creates users, never showing the hash except through userByEmail', async () => {
      const { org, user } = await orgAndUser();
      expect(user).toEqual({
        id: user.id,
        org_id: org.id,
        email: 'anna@example.org',
        role: 'analyst',
        disabled: false,
        created_at: T0,
        updated_at: T0,
      });
      expect(await store.user(user.id)).toEqual(user);
      expect(JSON.stringify(await store.users(org.id))).not.toContain('scrypt');
      expect(await store.userByEmail('anna@example.org')).toEqual({
        ...user,
        password_hash: 'scrypt$hash',
        one_time_password: null,
      });
      expect(await store.userByEmail('bob@example.org')).toBeNull();
    });

    it('refuses a second user with the same e-mail, in any organisation', async () => {
      await orgAndUser();
      const other = await store.createOrganisation({ name: 'Other', is_office: false, created_at: T0 });
      const again = store.createUser({
        org_id: other.id,
        email: 'anna@example.org',
        role: 'viewer',
        password_hash: 'x',
        created_at: T0,
      });
      await expect(again).rejects.toBeInstanceOf(TipwatchError);
      await expect(again).rejects.toMatchObject({ code: 'email_taken' });
    });

    it('lists only the users of one organisation', async () => {
      const { org, user } = await orgAndUser();
      const other = await store.createOrganisation({ name: 'Other', is_office: false, created_at: T0 });
      await store.createUser({
        org_id: other.id,
        email: 'x@other.org',
        role: 'admin',
        password_hash: 'x',
        created_at: T0,
      });
      expect((await store.users(org.id)).map((u) => u.id)).toEqual([user.id]);
    });

    it('updates role, disabled flag and password hash', async () => {
      const { user } = await orgAndUser();
      const updated = await store.updateUser(user.id, { role: 'admin', disabled: true, updated_at: T1 });
      expect(updated).toMatchObject({ role: 'admin', disabled: true, updated_at: T1, created_at: T0 });
      await store.updateUser(user.id, { password_hash: 'new-hash', updated_at: T1 });
      expect((await store.userByEmail(user.email))?.password_hash).toBe('new-hash');
      expect(await store.updateUser(user.id + 1000, { role: 'viewer', updated_at: T1 })).toBeNull();
    });

    it('keeps whether a password is one-time: issued, then the user’s own', async () => {
      const { org, user } = await orgAndUser();
      expect((await store.userByEmail(user.email))?.one_time_password).toBeNull();
      const handed = await store.createUser({
        org_id: org.id,
        email: 'new@example.org',
        role: 'viewer',
        password_hash: 'scrypt$one-time',
        one_time_password: true,
        created_at: T0,
      });
      expect(handed).not.toHaveProperty('one_time_password');
      expect((await store.userByEmail('new@example.org'))?.one_time_password).toBe('issued');
      await store.updateUser(handed.id, {
        password_hash: 'scrypt$own',
        one_time_password: null,
        updated_at: T1,
      });
      expect((await store.userByEmail('new@example.org'))?.one_time_password).toBeNull();
      await store.updateUser(handed.id, { one_time_password: 'issued', updated_at: T1 });
      expect((await store.userByEmail('new@example.org'))?.one_time_password).toBe('issued');
      // Changing something else leaves it as it is.
      await store.updateUser(handed.id, { role: 'analyst', updated_at: T1 });
      expect((await store.userByEmail('new@example.org'))?.one_time_password).toBe('issued');
      await store.updateUser(handed.id, {
        password_hash: 'scrypt$own',
        one_time_password: null,
        updated_at: T1,
      });
      expect(await store.userByEmail('new@example.org')).toMatchObject({
        password_hash: 'scrypt$own',
        one_time_password: null,
      });
    });

    it('revokes one session, or all of a user', async () => {
      const { user } = await orgAndUser();
      for (const id of ['a', 'b', 'c']) {
        await store.createSession({
          id_hash: id,
          user_id: user.id,
          csrf_token: `csrf-${id}`,
          created_at: T0,
          expires_at: T1,
        });
      }
      expect(await store.session('a')).toEqual({
        id_hash: 'a',
        user_id: user.id,
        csrf_token: 'csrf-a',
        created_at: T0,
        expires_at: T1,
        revoked_at: null,
      });
      await store.revokeSession('a', T0);
      expect((await store.session('a'))?.revoked_at).toBe(T0);
      expect(await store.revokeSessions(user.id, T1)).toBe(2);
      expect((await store.session('c'))?.revoked_at).toBe(T1);
      // The first revocation time is kept.
      expect((await store.session('a'))?.revoked_at).toBe(T0);
      expect(await store.session('nope')).toBeNull();
    });

    it('stores tokens by hash and revokes them once', async () => {
      const { user } = await orgAndUser();
      const token = await store.createToken({
        user_id: user.id,
        name: 'nightly',
        token_hash: 'h1',
        created_at: T0,
      });
      expect(token).toMatchObject({ user_id: user.id, name: 'nightly', token_hash: 'h1', revoked_at: null });
      expect(await store.tokenByHash('h1')).toEqual(token);
      expect(await store.tokenByHash('h2')).toBeNull();
      expect((await store.revokeToken(token.id, T1))?.revoked_at).toBe(T1);
      expect((await store.revokeToken(token.id, '2027-01-01T00:00:00.000Z'))?.revoked_at).toBe(T1);
      expect(await store.tokens(user.id)).toHaveLength(1);
      expect(await store.revokeToken(token.id + 1000, T1)).toBeNull();
    });

    it('keeps an audit log per organisation, newest first, with before and after', async () => {
      const { org, user } = await orgAndUser();
      const other = await store.createOrganisation({ name: 'Other', is_office: false, created_at: T0 });
      const base = {
        actor_user_id: user.id,
        actor: user.email,
        target_type: 'user',
        target_id: String(user.id),
      };
      await store.appendAudit({
        ...base,
        org_id: org.id,
        at: T0,
        action: 'user.create',
        before: null,
        after: { role: 'analyst' },
      });
      await store.appendAudit({
        ...base,
        org_id: org.id,
        at: T1,
        action: 'user.update',
        before: { role: 'analyst' },
        after: { role: 'admin' },
      });
      await store.appendAudit({
        ...base,
        org_id: other.id,
        at: T1,
        action: 'user.create',
        before: null,
        after: null,
      });
      const log = await store.audit(org.id);
      expect(log.map((e) => e.action)).toEqual(['user.update', 'user.create']);
      expect(log[0]).toMatchObject({
        before: { role: 'analyst' },
        after: { role: 'admin' },
        at: T1,
        actor: user.email,
      });
      expect((await store.audit(org.id, { limit: 1 })).map((e) => e.action)).toEqual(['user.update']);
      expect((await store.audit(org.id, { before_id: log[0]?.id })).map((e) => e.action)).toEqual([
        'user.create',
      ]);
    });

    it('counts failed sign-ins per key, newest first, and forgets them when cleared or pruned', async () => {
      const at = (minute: number) => `2026-01-15T12:${String(minute).padStart(2, '0')}:00.000Z`;
      await store.recordSignInFailure(['email-key', 'address-key'], at(1));
      await store.recordSignInFailure(['email-key', 'address-key'], at(5));
      await store.recordSignInFailure(['address-key'], at(9));
      await store.recordSignInFailure([], at(10));
      expect(await store.signInFailures('email-key', at(0), 10)).toEqual([at(5), at(1)]);
      expect(await store.signInFailures('address-key', at(0), 2)).toEqual([at(9), at(5)]);
      expect(await store.signInFailures('address-key', at(5), 10)).toEqual([at(9)]);
      expect(await store.signInFailures('other-key', at(0), 10)).toEqual([]);
      await store.clearSignInFailures('email-key');
      expect(await store.signInFailures('email-key', at(0), 10)).toEqual([]);
      expect(await store.signInFailures('address-key', at(0), 10)).toHaveLength(3);
      expect(await store.pruneSignInFailures(at(6))).toBe(2);
      expect(await store.signInFailures('address-key', at(0), 10)).toEqual([at(9)]);
    });
  });
}
