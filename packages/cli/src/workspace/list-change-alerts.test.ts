import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteAccountStore, openSqliteScreeningWorkspace, SQLITE_FILE } from '@tipwatch/storage';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../capture-effects.case.js';
import { cliSandbox } from '../cli-sandbox.case.js';

const { tmp, write, tipwatch } = cliSandbox('alerts');

// Test input only: made-up names that no list holds, to see a list change reach saved suppliers.
const NEW_ENTITY = 'Quillfeather Imaginary Test Cotton Co., Ltd.';
const LISTED_BY_US = 'Northwind Imaginary Test Traders';
// The same made-up company written with two spellings of one Xinjiang place (the gazetteer's Hotan / Hetian).
const SAVED_AS_HOTAN = 'HOTAN QUILLWORT IMAGINARY TEST';
const LISTED_AS_HETIAN = 'Hetian Quillwort Imaginary Test Co., Ltd.';

describe('tipwatch data import: saved suppliers screened again when a list changes', () => {
  const dir = join(tmp, 'data');
  let acme: number;
  let other: number;
  const alertsOf = async (org: number) => {
    const ws = await openSqliteScreeningWorkspace(join(dir, SQLITE_FILE));
    try {
      return await ws.screenings.alerts(org, { limit: 10, offset: 0 });
    } finally {
      await ws.screenings.close();
    }
  };

  beforeAll(async () => {
    for (const org of ['Acme', 'Other']) {
      const r = await tipwatch(
        'admin',
        'create-user',
        '--org',
        org,
        '--role',
        'admin',
        `a@${org}.example`,
        '--data-dir',
        dir,
      );
      expect(r.code, r.err).toBe(0);
    }
    const accounts = await openSqliteAccountStore(join(dir, SQLITE_FILE));
    acme = (await accounts.organisationByName('Acme'))?.id ?? 0;
    other = (await accounts.organisationByName('Other'))?.id ?? 0;
    await accounts.close();
    const ws = await openSqliteScreeningWorkspace(join(dir, SQLITE_FILE));
    const saved = (org_id: number, name: string) => ({
      org_id,
      supplier_key: `${name.toLowerCase()}|CHN`,
      name,
      country: 'CHN',
      first_seen: '2026-11-01T00:00:00.000Z',
      last_screening_id: 'AAAAAAAAAAAAAAAA',
    });
    await ws.screenings.saveSuppliers([
      saved(acme, 'QUILLFEATHER IMAGINARY TEST COTTON CO LTD'),
      saved(acme, 'HOSHINE SILICON INDUSTRY CO LTD'),
      saved(other, LISTED_BY_US),
      saved(other, SAVED_AS_HOTAN),
    ]);
    await ws.screenings.close();
  });

  it('records an alert for the organisation whose supplier newly matches the UFLPA list, and none for others', async () => {
    const original = readFileSync(join(DATA_DIR, 'lists/uflpa_entities.csv'), 'utf8');
    const changed = `${original.trimEnd()}\n"${NEW_ENTITY}",,China,,2026-11-01,test row,,,\n`;
    const r = await tipwatch(
      'data',
      'import',
      'uflpa',
      write('uflpa-new.csv', changed),
      '--as-of',
      '2026-11-20',
      '--data-dir',
      dir,
    );
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('1 organisation has suppliers newly matching uflpa_entities');
    const [alert, ...rest] = await alertsOf(acme);
    expect(rest).toEqual([]);
    expect(alert?.title).toMatch(/^1 supplier newly matches the .*UFLPA.* of 2026-11-20$/);
    expect(alert?.matches).toEqual([
      expect.objectContaining({
        supplier: 'QUILLFEATHER IMAGINARY TEST COTTON CO LTD',
        matched_name: NEW_ENTITY,
      }),
    ]);
    expect(await alertsOf(other)).toEqual([]);
  });

  it('records nothing new when the same list is imported again', async () => {
    const again = readFileSync(join(tmp, 'uflpa-new.csv'), 'utf8');
    const r = await tipwatch('data', 'import', 'uflpa', write('uflpa-again.csv', again), '--data-dir', dir);
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toContain('newly matching');
    expect(await alertsOf(acme)).toHaveLength(1);
  });

  it('screens saved suppliers against an organisation’s own list when it changes', async () => {
    const v1 = await tipwatch(
      'data',
      'import',
      'list',
      write('mine.csv', 'name,country\nSome Other Test Name,China\n'),
      '--data-dir',
      dir,
    );
    expect(v1.code, v1.err).toBe(0);
    const v2 = await tipwatch(
      'data',
      'import',
      'list',
      write(
        'mine.csv',
        `name,country\nSome Other Test Name,China\n${LISTED_BY_US} Ltd,China\n"${LISTED_AS_HETIAN}",China\n`,
      ),
      '--data-dir',
      dir,
    );
    expect(v2.code, v2.err).toBe(0);
    const [alert] = await alertsOf(other);
    // Spellings of one place count as one word, as when a file is screened.
    expect(alert?.title).toBe('2 suppliers newly match the list "mine"');
    expect(alert?.matches.map((m) => [m.supplier, m.matched_name])).toEqual(
      expect.arrayContaining([
        [LISTED_BY_US, `${LISTED_BY_US} Ltd`],
        [SAVED_AS_HOTAN, LISTED_AS_HETIAN],
      ]),
    );
  });

  it('writes each import into every organisation’s audit log: who, when, the version before and after', async () => {
    const accounts = await openSqliteAccountStore(join(dir, SQLITE_FILE));
    try {
      for (const org of [acme, other]) {
        const imports = (await accounts.audit(org)).filter((a) => a.action === 'dataset.import');
        // Newest first: the user list twice, then the UFLPA list twice.
        expect(imports.map((a) => [a.target_id, a.after?.version])).toEqual([
          ['user_list:mine', 2],
          ['user_list:mine', 1],
          ['uflpa_entities', 2],
          ['uflpa_entities', 1],
        ]);
        const [second, first] = imports;
        expect(second).toMatchObject({
          org_id: org,
          actor: 'cli',
          actor_user_id: null,
          target_type: 'dataset',
          before: { version: 1, rows: 1, source_file: 'mine.csv' },
          after: {
            import_kind: 'list',
            version: 2,
            rows: 3,
            source_file: 'mine.csv',
            changes: {
              added: 2,
              removed: 0,
              unchanged: 1,
              added_names: [`${LISTED_BY_US} Ltd`, LISTED_AS_HETIAN],
            },
          },
        });
        expect(second?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(first?.before).toBeNull();
      }
    } finally {
      await accounts.close();
    }
  });
});
