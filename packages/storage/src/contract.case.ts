import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type CountryProfile, type KnowledgeStore, TipwatchError } from '@tipwatch/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CrashTarget } from './crash-import.case.js';
import {
  changedIlabXml,
  hotlineRows,
  ILAB_META,
  ILAB_XML,
  parseIlab,
  SEED,
  seedGrants,
  seedNews,
  seedPartnership,
  seedReports,
  tierRows,
} from './knowledge-fixtures.case.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const CRASH_SCRIPT = fileURLToPath(new URL('./crash-import.case.ts', import.meta.url));
const TIERS_META = { dataset: 'tip_tiers', as_of: null, source_file: null, imported_by: 't' };

/**
 * The behaviour every KnowledgeStore adapter must have. `openStore()` gives a new, empty store each call;
 * `openStore(name)` opens the database of that name (created empty the first time), so a test can close and
 * reopen it. `crashTarget(name)` says how another process opens that database, to kill it mid-import.
 */
export function runStoreContract(
  name: string,
  openStore: (name?: string) => Promise<KnowledgeStore>,
  crashTarget: (name: string) => CrashTarget,
): void {
  describe(`KnowledgeStore contract: ${name}`, () => {
    let store: KnowledgeStore;
    beforeEach(async () => {
      store = await openStore();
    });
    afterEach(async () => {
      await store.close();
    });

    const importIlab = (xml: string, by = 'contract test') =>
      store.importDataset('countries', { ...ILAB_META, imported_by: by }, parseIlab(xml));

    describe('importDataset(kind, version, rows)', () => {
      it('writes version 1 of the real ILAB file and puts it in force', async () => {
        const result = await importIlab(ILAB_XML);
        expect(result.previous).toBeNull();
        expect(result.version).toMatchObject({ dataset: 'dol_ilab_countries', version: 1, row_count: 143 });
        expect(result.version.in_force).toBe(true);
        expect(result.version.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(result.diff.added).toHaveLength(143);
        const afg = await store.country('AFG');
        expect(afg?.advancement_level).toBe('No Advancement');
        expect(afg?.description.startsWith('In 2022, Afghanistan')).toBe(true);
        expect(await store.datasets()).toEqual([result.version]);
      });

      it('reports exactly what changed since the version in force, and keeps the old version', async () => {
        const first = await importIlab(ILAB_XML);
        const preview = await store.previewImport(
          'countries',
          'dol_ilab_countries',
          parseIlab(changedIlabXml()),
        );
        expect(preview.changed.map((c) => c.key)).toEqual(['AFG', 'GHA']);
        expect((await store.versions('dol_ilab_countries')).map((v) => v.version)).toEqual([1]);
        const second = await importIlab(changedIlabXml(), 'second import');
        expect(second.version.version).toBe(2);
        expect(second.previous?.version).toBe(1);
        expect(second.diff.added).toEqual([]);
        expect(second.diff.removed.map((c) => c.iso3)).toEqual(['BOL']);
        expect(second.diff.changed.map((c) => [c.key, c.fields])).toEqual([
          ['AFG', ['advancement_level']],
          ['GHA', ['region']],
        ]);
        expect(second.diff.changed[0]?.after.advancement_level).toBe('Minimal Advancement');
        expect(second.diff.unchanged).toBe(140);
        expect(second.version.checksum).not.toBe(first.version.checksum);

        const versions = await store.versions('dol_ilab_countries');
        expect(versions.map((v) => [v.version, v.in_force, v.row_count, v.imported_by])).toEqual([
          [2, true, 142, 'second import'],
          [1, false, 143, 'contract test'],
        ]);
        expect(await store.country('BOL')).toBeNull();
        expect(await store.rows('countries', { dataset: 'dol_ilab_countries', version: 1 })).toHaveLength(
          143,
        );
        const again = await store.diffVersions('countries', 'dol_ilab_countries', 1, 2);
        expect(again.changed.map((c) => c.key)).toEqual(['AFG', 'GHA']);
        expect(again.removed.map((c) => c.iso3)).toEqual(['BOL']);
      });

      it('does not count a new as-of date in every row as a change', async () => {
        await importIlab(ILAB_XML);
        const redated = parseIlab(ILAB_XML).map((p) => ({
          ...p,
          source: { ...p.source, as_of: '2024-01-01' },
        }));
        const result = await store.importDataset('countries', { ...ILAB_META, imported_by: 't' }, redated);
        expect(result.diff).toMatchObject({ added: [], removed: [], changed: [], unchanged: 143 });
        expect((await store.country('AFG'))?.source.as_of).toBe('2024-01-01');
      });

      it('puts an older version back in force', async () => {
        await importIlab(ILAB_XML);
        await importIlab(changedIlabXml());
        const back = await store.setInForce('dol_ilab_countries', 1);
        expect(back).toMatchObject({ version: 1, in_force: true });
        expect((await store.country('BOL'))?.name).toBe('Bolivia');
        expect((await store.country('AFG'))?.advancement_level).toBe('No Advancement');
        await expect(store.setInForce('dol_ilab_countries', 9)).rejects.toThrow(/has no version 9/);
      });

      it('leaves the previous version in force when an import fails part-way', async () => {
        const rows = tierRows();
        await store.importDataset(
          'tiers',
          { dataset: 'tip_tiers', as_of: null, source_file: null, imported_by: 't' },
          rows,
        );
        // A row that cannot be serialised, far into the file: earlier chunks are already written.
        const broken = rows.map((row, i) =>
          i === 2_000
            ? Object.defineProperty({ ...row }, 'note', {
                enumerable: true,
                get() {
                  throw new Error('disk full');
                },
              })
            : { ...row, note: `${row.note} (second import)` },
        );
        await expect(
          store.importDataset(
            'tiers',
            { dataset: 'tip_tiers', as_of: null, source_file: null, imported_by: 't' },
            broken,
          ),
        ).rejects.toThrow('disk full');
        const versions = await store.versions('tip_tiers');
        expect(versions.map((v) => [v.version, v.in_force])).toEqual([[1, true]]);
        const inForce = await store.rows('tiers');
        expect(inForce).toHaveLength(rows.length);
        expect(inForce.some((r) => r.note.includes('second import'))).toBe(false);
        const next = await store.importDataset(
          'tiers',
          { dataset: 'tip_tiers', as_of: null, source_file: null, imported_by: 't' },
          rows.slice(0, 10),
        );
        expect(next.version.version).toBe(2);
        expect(next.diff.removed).toHaveLength(rows.length - 10);
      });

      it('queues concurrent imports of one dataset: each gets its own version, the last one is in force', async () => {
        const meta = { ...SEED, source_file: null, imported_by: 't', dataset: 'news' };
        const results = await Promise.all([
          store.importDataset('news', meta, seedNews),
          store.importDataset('news', meta, seedNews.slice(0, 1)),
          store.importDataset('news', meta, seedNews.slice(1)),
        ]);
        expect(results.map((r) => r.version.version).sort()).toEqual([1, 2, 3]);
        const versions = await store.versions('news');
        expect(versions.map((v) => [v.version, v.in_force])).toEqual([
          [3, true],
          [2, false],
          [1, false],
        ]);
        expect(await store.rows('news')).toHaveLength(versions[0]?.row_count ?? -1);
      });

      it('rejects repeated keys and a dataset stored under another kind, writing nothing', async () => {
        const [a, b] = parseIlab(ILAB_XML);
        const meta = { ...ILAB_META, imported_by: 't' };
        const error = await store
          .importDataset('countries', meta, [a as CountryProfile, b as CountryProfile, a as CountryProfile])
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(TipwatchError);
        expect((error as TipwatchError).problems).toEqual([
          expect.objectContaining({ code: 'repeated_key', row: 3 }),
        ]);
        expect(await store.versions('dol_ilab_countries')).toEqual([]);
        await store.importDataset('countries', meta, [a as CountryProfile]);
        await expect(store.importDataset('news', { ...meta }, seedNews)).rejects.toThrow(
          /holds countries, not news/,
        );
      });
    });

    describe('rawText(dataset, version?)', () => {
      it('keeps the source text with its version and gives the one in force by default', async () => {
        const rows = parseIlab(ILAB_XML);
        const meta = { ...ILAB_META, imported_by: 't' };
        expect(await store.rawText('dol_ilab_countries')).toBeNull();
        await store.importDataset('countries', { ...meta, raw_text: 'first text' }, rows);
        await store.importDataset('countries', { ...meta, raw_text: 'second text' }, rows);
        await store.importDataset('countries', meta, rows);
        expect(await store.rawText('dol_ilab_countries', 1)).toBe('first text');
        expect(await store.rawText('dol_ilab_countries', 2)).toBe('second text');
        // Version 3 came without a text: there is none in force, and version 2's is not passed off as it.
        expect(await store.rawText('dol_ilab_countries')).toBeNull();
        await store.setInForce('dol_ilab_countries', 2);
        expect(await store.rawText('dol_ilab_countries')).toBe('second text');
        expect(await store.rawText('dol_ilab_countries', 9)).toBeNull();
      });
    });

    describe('opening and crashes', () => {
      it('runs migrations on open and keeps the data when reopened', async () => {
        const first = await openStore('reopen');
        await first.importDataset(
          'news',
          { ...SEED, source_file: null, imported_by: 't', dataset: 'news' },
          seedNews,
        );
        await first.close();
        const again = await openStore('reopen');
        try {
          expect((await again.versions('news')).map((v) => [v.version, v.in_force])).toEqual([[1, true]]);
          expect(await again.rows('news')).toEqual(seedNews);
        } finally {
          await again.close();
        }
      });

      it('keeps the previous version in force when the importing process dies mid-import', async () => {
        const rows = tierRows();
        const before = await openStore('crash');
        await before.importDataset('tiers', TIERS_META, rows);
        await before.close();
        // The child imports a second version and kills itself (SIGKILL) while serialising row 2,001,
        // after four chunks of rows went to the database inside the open transaction.
        const child = spawnSync(
          process.execPath,
          ['--import', 'tsx', CRASH_SCRIPT, JSON.stringify(crashTarget('crash'))],
          {
            cwd: REPO,
            encoding: 'utf8',
            timeout: 60_000,
          },
        );
        expect(child.stderr).not.toMatch(/Error/);
        expect(child.signal).toBe('SIGKILL');
        const after = await openStore('crash');
        try {
          expect((await after.versions('tip_tiers')).map((v) => [v.version, v.in_force])).toEqual([
            [1, true],
          ]);
          const inForce = await after.rows('tiers');
          expect(inForce).toEqual(rows);
          const next = await after.importDataset('tiers', TIERS_META, rows.slice(1));
          expect(next.version.version).toBe(2);
          expect(next.diff.removed).toEqual([rows[0]]);
        } finally {
          await after.close();
        }
      });
    });

    describe('reads by country', () => {
      beforeEach(async () => {
        const meta = { ...SEED, source_file: 'tip-office-homepage.txt', imported_by: 't' };
        await store.importDataset(
          'tiers',
          { dataset: 'tip_tiers', as_of: null, source_file: null, imported_by: 't' },
          tierRows(),
        );
        await store.importDataset(
          'hotlines',
          { dataset: 'hotlines', as_of: null, source_file: null, imported_by: 't' },
          hotlineRows(),
        );
        await store.importDataset('grants', { ...meta, dataset: 'seed_grants' }, seedGrants);
        await store.importDataset('reports', { ...meta, dataset: 'seed_reports' }, seedReports);
        await store.importDataset('partnerships', { ...meta, dataset: 'seed_partnerships' }, [
          seedPartnership,
        ]);
        await store.importDataset('news', { ...meta, dataset: 'seed_news' }, seedNews);
      });

      it('gives a country its tier history, oldest first', async () => {
        const expected = tierRows().filter((r) => r.iso3 === 'THA');
        const history = await store.tierHistory('tha');
        expect(history).toHaveLength(expected.length);
        expect(history.map((h) => h.year)).toEqual([...expected.map((h) => h.year)].sort((x, y) => x - y));
      });

      it('finds hotlines, grants, reports and partnerships of a country', async () => {
        expect((await store.hotlines('USA')).map((h) => h.name)).toContain(
          'National Human Trafficking Hotline',
        );
        expect(await store.hotlines()).toHaveLength(hotlineRows().length);
        expect((await store.byCountry('grants', 'THA')).map((g) => g.amount)).toEqual([600_000]);
        expect((await store.byCountry('reports', 'JOR')).map((r) => r.id)).toEqual([
          'tip-office-2016:icmpd-syria',
        ]);
        expect(await store.byCountry('partnerships', 'GHA')).toEqual([seedPartnership]);
        expect(await store.byCountry('grants', 'FRA')).toEqual([]);
      });

      it('keeps undated news undated', async () => {
        const news = await store.rows('news');
        expect(news.find((n) => n.id === 'tip-office-2016:kerry-jan-5')?.date).toBeNull();
      });
    });

    describe('search(q, { limit, cursor })', () => {
      beforeEach(async () => {
        const meta = { ...SEED, source_file: null, imported_by: 't' };
        await importIlab(ILAB_XML);
        await store.importDataset(
          'hotlines',
          { dataset: 'hotlines', as_of: null, source_file: null, imported_by: 't' },
          hotlineRows(),
        );
        await store.importDataset('grants', { ...meta, dataset: 'seed_grants' }, seedGrants);
        await store.importDataset('reports', { ...meta, dataset: 'seed_reports' }, seedReports);
        await store.importDataset('news', { ...meta, dataset: 'seed_news' }, seedNews);
      });

      it('finds rows of every searched kind, stemming words', async () => {
        const fishing = await store.search('Thai fishing');
        expect(fishing.hits[0]?.key).toBe('tip-office-2016:lpn-thailand-fishing');
        expect(fishing.hits[0]?.kind).toBe('grants');
        expect((await store.search('Canadian hotline')).hits.map((h) => h.kind)).toContain('hotlines');
        expect((await store.search('refugee')).hits.map((h) => h.key)).toContain(
          'tip-office-2016:icmpd-syria',
        );
        expect((await store.search('finalists')).hits.map((h) => h.kind)).toEqual(['news']);
        const afg = await store.search('Afghanistan bacha bazi');
        expect(afg.hits.map((h) => h.key)).toEqual(['AFG']);
        expect(afg.hits[0]?.dataset).toBe('dol_ilab_countries');
      });

      it('pages through every hit once with an opaque cursor', async () => {
        const all = new Set<string>();
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page: Awaited<ReturnType<KnowledgeStore['search']>> = await store.search('child labor', {
            limit: 25,
            cursor,
          });
          expect(page.hits.length).toBeLessThanOrEqual(25);
          for (const hit of page.hits) {
            expect(all.has(`${hit.kind}:${hit.key}`)).toBe(false);
            all.add(`${hit.kind}:${hit.key}`);
          }
          cursor = page.next_cursor;
          pages++;
        } while (cursor !== null && pages < 20);
        expect(cursor).toBeNull();
        const countries = [...all].filter((k) => k.startsWith('countries:'));
        // Every ILAB profile with a description speaks of child labor.
        const described = parseIlab(ILAB_XML).filter((p) => /child\s+labou?r/i.test(p.description));
        expect(countries.length).toBe(described.length);
        expect(pages).toBe(Math.ceil(all.size / 25));
      });

      it('searches only the versions in force', async () => {
        expect((await store.search('Bolivia')).hits.map((h) => h.key)).toContain('BOL');
        await importIlab(changedIlabXml());
        expect((await store.search('Bolivia')).hits.map((h) => h.key)).not.toContain('BOL');
        const afg = await store.search('Afghanistan bacha bazi');
        expect(afg.hits).toHaveLength(1);
      });

      it('treats search syntax in the query as words, and rejects foreign cursors', async () => {
        await expect(store.search('"NEAR(child* -labor OR')).resolves.toBeDefined();
        expect(await store.search('  ')).toEqual({ hits: [], next_cursor: null });
        await expect(store.search('child', { cursor: 'not-a-cursor' })).rejects.toThrow(TipwatchError);
        const page = await store.search('child labor', { limit: 1 });
        await expect(store.search('forced', { cursor: page.next_cursor })).rejects.toThrow(/another query/);
      });
    });
  });
}
