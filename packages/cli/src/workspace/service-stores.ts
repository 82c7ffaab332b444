import type { AccountStore, KnowledgeStore } from '@tipwatch/core';
import { openAccountStore, type ScreeningWorkspace } from '@tipwatch/storage';
import { CliError } from '../cli-error.js';
import type { Effects } from '../effects.js';
import { openKnowledgeStore } from '../knowledge-loader.js';
import { openWorkspace } from './screening-workers.js';

/** Opens the account store of the data directory (or of `DATABASE_URL`). */
export async function openAccounts(effects: Effects, dataDir: string): Promise<AccountStore> {
  try {
    return await openAccountStore({ dataDir, env: effects.env });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new CliError(`the accounts in ${dataDir} cannot be opened: ${why}`);
  }
}

/** The databases a long-running process (`serve`, `worker`) screens with; `close()` closes them all. */
export interface ServiceStores {
  store: KnowledgeStore;
  workspace: ScreeningWorkspace;
  close(): Promise<void>;
}

/**
 * Opens the knowledge store, then the account store when `accounts` is set (`serve` signs users in; a worker
 * needs no accounts), then the screening workspace. When one cannot be opened, those already open are closed
 * before the error is thrown; `close()` closes them in the reverse order.
 */
export async function openServiceStores(
  effects: Effects,
  dataDir: string,
  options: { accounts: true },
): Promise<ServiceStores & { accounts: AccountStore }>;
export async function openServiceStores(
  effects: Effects,
  dataDir: string,
  options?: { accounts?: false },
): Promise<ServiceStores>;
export async function openServiceStores(
  effects: Effects,
  dataDir: string,
  options: { accounts?: boolean } = {},
): Promise<ServiceStores & { accounts?: AccountStore }> {
  const opened: { close(): Promise<void> }[] = [];
  const close = async () => {
    while (opened.length > 0) await opened.pop()?.close();
  };
  try {
    const store = await openKnowledgeStore(effects, dataDir);
    opened.push(store);
    const accounts = options.accounts ? await openAccounts(effects, dataDir) : undefined;
    if (accounts) opened.push(accounts);
    const workspace = await openWorkspace(effects, dataDir);
    opened.push(workspace.screenings);
    return { store, workspace, ...(accounts ? { accounts } : {}), close };
  } catch (err) {
    await close();
    throw err;
  }
}
