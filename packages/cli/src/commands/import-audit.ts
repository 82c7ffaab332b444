import type { DatasetVersion, ImportChanges, NewAuditEntry } from '@tipwatch/core';
import { openAccountStore } from '@tipwatch/storage';
import type { Effects } from '../effects.js';

/** What the audit log keeps of a dataset version: never its rows, which stay in the knowledge base. */
function versionSummary(v: DatasetVersion) {
  return {
    version: v.version,
    as_of: v.as_of,
    rows: v.row_count,
    source_file: v.source_file,
    checksum: v.checksum,
    imported_at: v.imported_at,
  };
}

/** The names added and removed (at most 50 of each) and how many rows changed in each way. */
function changeSummary(changes: ImportChanges) {
  const names = (rows: { name: string }[]) => rows.slice(0, 50).map((r) => r.name);
  return {
    added: changes.added.length,
    removed: changes.removed.length,
    renamed: changes.renamed.length,
    tiers_changed: changes.tiers_changed.length,
    changed: changes.changed.length,
    unchanged: changes.unchanged,
    added_names: names(changes.added),
    removed_names: names(changes.removed),
  };
}

/**
 * Writes a `tipwatch data import` into the audit log of every organisation of the data directory, since a
 * new version of a list or of the reference data changes what every organisation's screenings find: who
 * (`cli`), when, which dataset, the version in force before and the new one with what changed. The number of
 * organisations whose log has the entry (0 when there are none yet).
 */
export async function auditImport(
  effects: Effects,
  dataDir: string,
  imported: {
    dataset: string;
    kind: string;
    version: DatasetVersion;
    previous: DatasetVersion | null;
    changes: ImportChanges;
  },
): Promise<number> {
  const accounts = await openAccountStore({ dataDir, env: effects.env });
  try {
    const orgs = await accounts.organisations();
    const entry: Omit<NewAuditEntry, 'org_id'> = {
      actor_user_id: null,
      actor: 'cli',
      at: imported.version.imported_at,
      action: 'dataset.import',
      target_type: 'dataset',
      target_id: imported.dataset,
      before: imported.previous === null ? null : versionSummary(imported.previous),
      after: {
        import_kind: imported.kind,
        ...versionSummary(imported.version),
        changes: changeSummary(imported.changes),
      },
    };
    for (const org of orgs) await accounts.appendAudit({ ...entry, org_id: org.id });
    return orgs.length;
  } finally {
    await accounts.close();
  }
}
