import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AccountStore, createMatcher, createNameNormaliser, type Role, type User } from '@tipwatch/core';
import { openSqliteAccountStore, openSqliteStore } from '@tipwatch/storage';
import { createApp } from '../app.js';
import { type Json, readData, realReferenceData } from '../app-fixture.case.js';
import { fixturePer } from '../fixture-lifetime.case.js';
import type { AuthOptions } from './auth-options.js';
import { hashPassword } from './password-hash.js';
import { SESSION_COOKIE } from './principal.js';

export const ORIGIN = 'http://localhost';
export const PASSWORD = 'a long enough passphrase';
/** The headers of a request with a JSON body. */
export const JSON_BODY = { 'content-type': 'application/json' };

/**
 * An app with accounts on a fresh SQLite file (empty knowledge base) and a clock the test moves. Three
 * organisations: Acme (admin, analyst, viewer), Other (admin, editor) and the office (admin, editor, analyst, viewer).
 */
export async function accountsApp(auth: AuthOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tipwatch-accounts-app-'));
  const file = join(dir, 'knowledge.sqlite');
  const store = await openSqliteStore(file);
  const accounts: AccountStore = await openSqliteAccountStore(file);
  const ref = realReferenceData();
  const matcher = createMatcher([], {
    normaliser: createNameNormaliser(readData('matching/org_types_aliases.csv')),
  });
  const clock = { now: new Date('2026-01-15T12:00:00Z') };
  const app = createApp({ store, ref, matcher, clock: () => clock.now, accounts, auth });
  const hash = await hashPassword(PASSWORD);
  const at = clock.now.toISOString();
  const acme = await accounts.createOrganisation({ name: 'Acme', is_office: false, created_at: at });
  const other = await accounts.createOrganisation({ name: 'Other', is_office: false, created_at: at });
  const office = await accounts.createOrganisation({ name: 'Office', is_office: true, created_at: at });
  const make = (org_id: number, email: string, role: Role) =>
    accounts.createUser({ org_id, email, role, password_hash: hash, created_at: at });
  const users = {
    admin: await make(acme.id, 'admin@acme.example', 'admin'),
    analyst: await make(acme.id, 'analyst@acme.example', 'analyst'),
    viewer: await make(acme.id, 'viewer@acme.example', 'viewer'),
    otherAdmin: await make(other.id, 'admin@other.example', 'admin'),
    otherEditor: await make(other.id, 'editor@other.example', 'editor'),
    officeAdmin: await make(office.id, 'admin@office.example', 'admin'),
    officeEditor: await make(office.id, 'editor@office.example', 'editor'),
    officeAnalyst: await make(office.id, 'analyst@office.example', 'analyst'),
    officeViewer: await make(office.id, 'viewer@office.example', 'viewer'),
  } satisfies Record<string, User>;

  /** `app.request` on the test origin; `json()` typed for reading fields in tests. */
  const request = async (path: string, init: RequestInit = {}) =>
    (await app.request(`${ORIGIN}${path}`, init)) as Omit<Response, 'json'> & { json(): Promise<Json> };

  /** Signs in; the session cookie (`name=value`) and the CSRF token. */
  const signIn = async (email: string, password = PASSWORD, cookie?: string) => {
    const res = await request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ email, password }),
    });
    const setCookie = res.headers.get('set-cookie') ?? '';
    const body = await res.json();
    const match = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(setCookie);
    return {
      res,
      body,
      setCookie,
      cookie: match ? `${SESSION_COOKIE}=${match[1]}` : '',
      csrf: body.csrf_token,
    };
  };

  /** Signs in; the headers of an unsafe request in that session (JSON body, cookie, CSRF token, our origin). */
  const sessionHeaders = async (email: string) => {
    const { cookie, csrf } = await signIn(email);
    return { ...JSON_BODY, cookie, 'x-csrf-token': csrf, origin: ORIGIN };
  };

  return {
    app,
    accounts,
    clock,
    users,
    orgs: { acme, other, office },
    store,
    request,
    signIn,
    sessionHeaders,
    close: async () => {
      await accounts.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type AccountsApp = Awaited<ReturnType<typeof accountsApp>>;

/** A fresh `accountsApp()` for each test of the file (read it inside tests only; see `fixturePer`). */
export function accountsAppPerTest(): AccountsApp {
  return fixturePer('test', () => accountsApp());
}
