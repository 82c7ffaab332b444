import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '@tipwatch/storage';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../capture-effects.case.js';
import { cliSandbox } from '../cli-sandbox.case.js';

const { tmp, write, tipwatch } = cliSandbox('import');
const vendored = (file: string) => readFileSync(join(DATA_DIR, file), 'utf8');

/** The vendored ILAB file with Afghanistan's advancement level and Ghana's region edited, Bolivia removed. */
function changedIlab(xml: string): string {
  return xml
    .split('<Country>')
    .flatMap((block) => {
      if (block.includes('<Name>Bolivia</Name>')) return [];
      if (block.includes('<Name>Afghanistan</Name>'))
        return [
          block.replace('<Advancement_Level>No Advancement<', '<Advancement_Level>Minimal Advancement<'),
        ];
      if (block.includes('<Name>Ghana</Name>'))
        return [block.replace(/<Region>[^<]*</, '<Region>West Africa<')];
      return [block];
    })
    .join('<Country>');
}

describe('tipwatch data import ilab-countries FILE', () => {
  const dir = join(tmp, 'ilab');
  it('imports the DOL XML, then reports exactly what a changed copy changes', async () => {
    const xml = vendored('raw/dol_ilab_countries.xml');
    const first = await tipwatch(
      'data',
      'import',
      'ilab-countries',
      write('ilab.xml', xml),
      '--data-dir',
      dir,
    );
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('as dol_ilab_countries version 1 (143 rows)');
    expect(existsSync(join(dir, 'knowledge.sqlite'))).toBe(true);

    const next = await tipwatch(
      'data',
      'import',
      'ilab-countries',
      write('ilab-changed.xml', changedIlab(xml)),
      '--data-dir',
      dir,
      '--json',
    );
    expect(next.code, next.err).toBe(0);
    const report = JSON.parse(next.out);
    expect(report).toMatchObject({
      dataset: 'dol_ilab_countries',
      version: 2,
      previous_version: 1,
      rows: 142,
    });
    expect(report.changes).toEqual({
      added: [],
      removed: [{ key: 'BOL', name: 'Bolivia' }],
      renamed: [],
      tiers_changed: [],
      changed: [
        { key: 'AFG', name: 'Afghanistan', fields: ['advancement_level'] },
        { key: 'GHA', name: 'Ghana', fields: ['region'] },
      ],
      unchanged: 140,
    });

    const text = await tipwatch(
      'data',
      'import',
      'ilab-countries',
      write('ilab-again.xml', xml),
      '--data-dir',
      dir,
    );
    expect(text.out).toContain('Changes since version 2');
    expect(text.out).toContain('profiles added 1: Bolivia');
    expect(text.out).toContain('profiles changed 2: Afghanistan (advancement_level); Ghana (region)');
  });
});

describe('tipwatch data import uflpa FILE', () => {
  const dir = join(tmp, 'uflpa');
  const original = vendored('lists/uflpa_entities.csv');
  const lines = original.trimEnd().split('\n');
  const renamedFrom = 'Binzhou Chinatex Yintai Industrial Co., Ltd.';
  const removedLine = lines.find((l) => l.startsWith('"China Cotton Group Nangong')) ?? '';
  // Test input only: a made-up name that no list holds, to see an added entity flow through to screening.
  const added = 'Quillfeather Imaginary Test Cotton Co., Ltd.';
  const changed = `${[
    ...lines
      .filter((l) => l !== removedLine)
      .map((l) => l.replace(`"${renamedFrom}"`, `"${renamedFrom.toUpperCase()}"`)),
    `"${added}",,China,,2026-11-01,test row,,,`,
  ].join('\n')}\n`;

  it('reports the one entity added, removed and renamed', async () => {
    const first = await tipwatch('data', 'import', 'uflpa', write('uflpa.csv', original), '--data-dir', dir);
    expect(first.code, first.err).toBe(0);
    const r = await tipwatch(
      'data',
      'import',
      'uflpa',
      write('uflpa-new.csv', changed),
      '--data-dir',
      dir,
      '--json',
      '--as-of',
      '2026-11-20',
    );
    expect(r.code, r.err).toBe(0);
    const { changes, version, as_of } = JSON.parse(r.out);
    expect([version, as_of]).toEqual([2, '2026-11-20']);
    expect(changes.added.map((a: { name: string }) => a.name)).toEqual([added]);
    expect(changes.removed.map((a: { name: string }) => a.name)).toEqual([
      'China Cotton Group Nangong Hongtai Cotton Co., Ltd.',
    ]);
    expect(changes.renamed).toEqual([
      { key: expect.stringMatching(/^uflpa:/), from: renamedFrom, to: renamedFrom.toUpperCase() },
    ]);
    expect(changes.changed).toEqual([]);
  });

  it('refuses a file with a bad row, naming file, row, line and column, and writes nothing', async () => {
    const bad = changed.replace(`"${added}",,China,`, `"${added}",,Atlantis,`);
    const r = await tipwatch('data', 'import', 'uflpa', write('uflpa-bad.csv', bad), '--data-dir', dir);
    expect(r.code).toBe(2);
    const row = lines.length - 1;
    expect(r.err).toContain(
      `uflpa-bad.csv: row ${row} (line ${row + 1}), column "country": expected a country name, found "Atlantis"`,
    );
    expect(r.err).toContain('nothing was written');
    const versions = JSON.parse((await tipwatch('data', '--versions', '--data-dir', dir, '--json')).out);
    expect(
      versions.versions.map((v: { version: number; in_force: boolean }) => [v.version, v.in_force]),
    ).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  it('lets match and screen use the imported version, and the screening names it', async () => {
    const m = await tipwatch(
      'match',
      'QUILLFEATHER IMAGINARY TEST COTTON CO LTD',
      '--data-dir',
      dir,
      '--json',
    );
    expect(m.code, m.err).toBe(0);
    expect(JSON.parse(m.out).candidates[0]).toMatchObject({ name: added, list: 'uflpa' });
    const vendoredOnly = await tipwatch('match', 'QUILLFEATHER IMAGINARY TEST COTTON CO LTD', '--json');
    expect(JSON.parse(vendoredOnly.out).match).toBe(false);

    const input = write(
      'spend.csv',
      'po_number,supplier,supplier_country,description,amount,currency,date\n' +
        'PO-1,Quillfeather Imaginary Test Cotton Co Ltd,China,cotton yarn,1000,USD,2026-11-25\n',
    );
    const s = await tipwatch('screen', input, '--out', join(tmp, 'out'), '--data-dir', dir, '--json');
    expect(s.code, s.err).toBe(0);
    const summary = JSON.parse(s.out);
    const uflpa = summary.data_versions.find((d: { dataset: string }) => d.dataset === 'uflpa_entities');
    expect(uflpa).toMatchObject({
      as_of: '2026-11-20',
      rows: lines.length - 1,
      imported: { version: 2, source_file: 'uflpa-new.csv' },
    });
    const findings = readFileSync(join(tmp, 'out', 'findings.jsonl'), 'utf8');
    expect(findings).toContain(`"matched_name":"${added}"`);
    expect(findings).toMatch(
      /"source":\{"dataset":"uflpa_entities","record":"row \d+","as_of":"2026-11-20"\}/,
    );
  });
});

describe('tipwatch data import list FILE --name NAME', () => {
  const dir = join(tmp, 'user-list');
  const made_up = 'Example Watchlist Trading Co';
  const spend = () =>
    write(
      'list-spend.csv',
      'po_number,supplier,supplier_country,description,amount,currency\n' +
        `PO-1,${made_up},China,plastic buckets,250,USD\n` +
        'PO-2,Sample Harbour Textiles Ltd,Viet Nam,shirts,90,USD\n' +
        'PO-3,Placeholder Ferrous Works,Mexico,bolts,40,USD\n',
    );
  const screen = async (out: string, ...more: string[]) => {
    const r = await tipwatch(
      'screen',
      spend(),
      '--out',
      join(tmp, out),
      '--data-dir',
      dir,
      '--json',
      ...more,
    );
    expect(r.code, r.err).toBe(0);
    const findings = readFileSync(join(tmp, out, 'findings.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((f) => f.kind === 'entity');
    return {
      summary: JSON.parse(r.out),
      findings,
      report: readFileSync(join(tmp, out, 'report.html'), 'utf8'),
    };
  };
  const storedIds = async () => {
    const store = await openStore({ dataDir: dir, env: {} });
    try {
      return (await store.rows('list_entries', { dataset: 'user_list:watchlist' })).map((e) => e.id);
    } finally {
      await store.close();
    }
  };

  it('is screened against, each finding citing user_list:NAME, its record and as-of date', async () => {
    const before = await screen('list-before');
    expect(before.findings).toEqual([]);

    const list = write('watchlist.csv', `name,aliases,country\n${made_up},EWT Co,CN\n`);
    const imported = await tipwatch(
      'data',
      'import',
      'list',
      list,
      '--name',
      'watchlist',
      '--as-of',
      '2026-10-01',
      '--data-dir',
      dir,
    );
    expect(imported.code, imported.err).toBe(0);
    const [id] = await storedIds();
    expect(id).toMatch(/^watchlist:example-watchlist-trading-co-/);

    const after = await screen('list-after');
    expect(after.findings).toEqual([
      expect.objectContaining({
        row: 1,
        supplier: made_up,
        source: { dataset: 'user_list:watchlist', record: 'row 1', as_of: '2026-10-01' },
        details: { entry: id, list: 'watchlist', entry_country: 'CHN' },
      }),
    ]);
    expect(after.findings[0].summary).toContain('user list "watchlist"');
    const used = after.summary.data_versions.find(
      (d: { dataset: string }) => d.dataset === 'user_list:watchlist',
    );
    expect(used).toMatchObject({
      as_of: '2026-10-01',
      rows: 1,
      imported: { version: 1, source_file: 'watchlist.csv' },
    });
    // The report's data section lists it, and the finding cites it.
    expect(after.report).toContain('User list &quot;watchlist&quot;<br><code>user_list:watchlist</code>');
    expect(after.report).toContain('Source: user_list:watchlist, row 1, as of 2026-10-01.');

    const m = await tipwatch(
      'match',
      'EXAMPLE WATCHLIST TRADING CO.',
      '--country',
      'CN',
      '--data-dir',
      dir,
      '--json',
    );
    expect(m.code, m.err).toBe(0);
    expect(JSON.parse(m.out)).toMatchObject({
      match: true,
      candidates: [{ id, list: 'watchlist', name: made_up }],
    });
  });

  it('reads a list saved as UTF-16 (Excel "Unicode text") and refuses a workbook, as --list does', async () => {
    const utf16 = join(tmp, 'watch-utf16.txt');
    writeFileSync(
      utf16,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('name\taliases\tcountry\r\nZyxwvut Unicode Imaginary Test Ltd\t\tCN\r\n', 'utf16le'),
      ]),
    );
    const r = await tipwatch('data', 'import', 'list', utf16, '--name', 'unicode', '--data-dir', dir);
    expect(r.code, r.err).toBe(0);
    const workbook = write('watch.xlsx', 'PK\u0003\u0004 not a csv');
    const refused = await tipwatch('data', 'import', 'list', workbook, '--data-dir', dir);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^tipwatch: .*watch\.xlsx: the list is an XLSX workbook .*save it as CSV/);
  });

  it('refuses the name of a built-in list, which findings would cite as that list', async () => {
    const list = write('uflpa-own.csv', `name\n${made_up}\n`);
    const r = await tipwatch('data', 'import', 'list', list, '--name', 'uflpa', '--data-dir', dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('tipwatch: --name uflpa: that is the name of a built-in list; choose another name\n');
  });

  it('screens with the version in force after another import, and --list FILE adds a list on top', async () => {
    const list = write(
      'watchlist-2.csv',
      `name,aliases,country\nSample Harbour Textiles Ltd,,VNM\n${made_up},EWT Co,CN\n`,
    );
    const imported = await tipwatch('data', 'import', 'list', list, '--name', 'watchlist', '--data-dir', dir);
    expect(imported.code, imported.err).toBe(0);
    const ids = await storedIds();
    const extra = write('extra.csv', 'name,aliases,country\nPlaceholder Ferrous Works,,MEX\n');

    const { summary, findings, report } = await screen('list-v2', '--list', extra);
    expect(findings.map((f) => [f.supplier, f.source.dataset, f.source.record, f.details.entry])).toEqual([
      [made_up, 'user_list:watchlist', 'row 2', ids.find((i) => i.includes('example-watchlist'))],
      [
        'Sample Harbour Textiles Ltd',
        'user_list:watchlist',
        'row 1',
        ids.find((i) => i.includes('sample-harbour')),
      ],
      [
        'Placeholder Ferrous Works',
        'extra',
        'row 1',
        expect.stringMatching(/^extra:placeholder-ferrous-works-/),
      ],
    ]);
    // No as-of date given: the import's date stands for it, and the report says so.
    const used = summary.data_versions.find((d: { dataset: string }) => d.dataset === 'user_list:watchlist');
    expect(used).toMatchObject({ rows: 2, imported: { version: 2, source_file: 'watchlist-2.csv' } });
    const importDay = String(used.imported.imported_at).slice(0, 10);
    expect(used.as_of).toBe(importDay);
    expect(findings[0].source.as_of).toBe(importDay);
    expect(report).toContain('as_of is the import date: the imported file gave none');

    const versions = await tipwatch('data', '--versions', '--data-dir', dir, '--json');
    const rows = JSON.parse(versions.out).versions.filter(
      (v: { dataset: string }) => v.dataset === 'user_list:watchlist',
    );
    expect(
      rows.map((v: { version: number; in_force: boolean; row_count: number }) => [
        v.version,
        v.in_force,
        v.row_count,
      ]),
    ).toEqual([
      [2, true, 2],
      [1, false, 1],
    ]);
  });
});

describe('tipwatch data import tiers|ilab-goods FILE', () => {
  it('refuses a tier file the screening could not load, naming row, line and column', async () => {
    const dir = join(tmp, 'tiers');
    const text = vendored('tip_tiers.csv').replace('\nAlbania,ALB,2001,', '\nAlbania,ALB,1999,');
    const r = await tipwatch('data', 'import', 'tiers', write('tiers.csv', text), '--data-dir', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tiers\.csv: row 1 \(line 2\), column "year": .*1999/);
    expect(existsSync(join(dir, 'knowledge.sqlite'))).toBe(false);
  });

  it('screens with goods imported from the DOL XML, turned into the CSV shape', async () => {
    const dir = join(tmp, 'goods');
    const xml = write('goods.xml', vendored('raw/dol_ilab_goods.xml'));
    const r = await tipwatch('data', 'import', 'ilab-goods', xml, '--data-dir', dir, '--as-of', '2023-08-01');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('as tvpra_goods version 1 (467 rows)');
    const m = await tipwatch('match', 'Acme', '--data-dir', dir, '--json');
    expect(m.code, m.err).toBe(0);
    const input = write(
      'goods-spend.csv',
      'supplier,supplier_country,description,amount\nAcme,Ghana,cocoa beans,10\n',
    );
    const s = await tipwatch('screen', input, '--out', join(tmp, 'goods-out'), '--data-dir', dir, '--json');
    expect(s.code, s.err).toBe(0);
    const goods = JSON.parse(s.out).data_versions.find(
      (d: { dataset: string }) => d.dataset === 'tvpra_goods',
    );
    expect(goods).toMatchObject({ rows: 467, as_of: '2023-08-01', imported: { version: 1 } });
  });
});

describe('tipwatch data --versions', () => {
  it('says when the data directory has no knowledge base, and creates none', async () => {
    const dir = join(tmp, 'empty');
    const r = await tipwatch('data', '--versions', '--data-dir', dir);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`No imported datasets in ${dir}.\n`);
    expect(existsSync(dir)).toBe(false);
  });

  it('lists every version with its dates, rows and which is in force', async () => {
    const dir = join(tmp, 'lists');
    const list = write('suppliers.csv', 'name,aliases,country\nAcme Widgets Ltd,Acme,China\n');
    const imported = await tipwatch('data', 'import', 'list', list, '--data-dir', dir, '--name', 'watch');
    expect(imported.code, imported.err).toBe(0);
    const r = await tipwatch('data', '--versions', '--data-dir', dir);
    expect(r.out).toMatch(/user_list:watch\s+1\s+\d{4}-\d\d-\d\dT\S+\s+-\s+1\s+yes\s+suppliers\.csv/);
  });

  it('rejects an unknown kind', async () => {
    const r = await tipwatch('data', 'import', 'goods', 'x.csv', '--data-dir', join(tmp, 'none'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('expected a kind, one of ilab-goods, ilab-countries, tiers');
  });
});
