import {
  type AccountStore,
  type EditAuthor,
  type Grant,
  type KnowledgeStore,
  kindTraits,
  officeDataset,
  TipwatchError,
} from '@tipwatch/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hotlineRows, SEED, seedGrants, seedNews } from './knowledge-fixtures.case.js';

/** A knowledge store and an account store on one (new, empty) database. */
export interface EditingStores {
  store: KnowledgeStore;
  accounts: AccountStore;
}

const AT = '2026-03-01T10:00:00.000Z';

/**
 * The editing half of the KnowledgeStore port (`record`, `editRecord`, `retiredRecords`), which every adapter
 * must have. `open()` gives both stores on a new, empty database each call.
 */
export function runEditingContract(name: string, open: () => Promise<EditingStores>): void {
  describe(`KnowledgeStore editing contract: ${name}`, () => {
    let store: KnowledgeStore;
    let accounts: AccountStore;
    let author: EditAuthor;
    beforeEach(async () => {
      ({ store, accounts } = await open());
      const office = await accounts.createOrganisation({ name: 'Office', is_office: true, created_at: AT });
      author = { org_id: office.id, user_id: 7, actor: 'editor@office.example', at: AT };
      await store.importDataset('grants', { ...SEED, source_file: null, imported_by: 't' }, seedGrants);
      await store.importDataset(
        'news',
        { ...SEED, dataset: 'seed_news', source_file: null, imported_by: 't' },
        seedNews,
      );
    });
    afterEach(async () => {
      await accounts.close();
      await store.close();
    });

    const grant = (id: string, title: string): Grant => ({
      ...(seedGrants[0] as Grant),
      id,
      title,
      countries: ['GHA'],
      source: { dataset: 'office_grants', record: 'Example source document, p. 4', as_of: '2025' },
    });
    const codeOf = async (promise: Promise<unknown>) => {
      const err = await promise.then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(TipwatchError);
      return (err as TipwatchError).code;
    };

    it('creates a record in a new dataset, in force, searchable, by country, with an audit entry', async () => {
      const row = grant('office:example-grant', 'Example grant for inspections');
      const result = await store.editRecord(
        'grants',
        { op: 'create', dataset: officeDataset('grants'), row },
        author,
      );
      expect(result).toMatchObject({
        dataset: 'office_grants',
        key: 'office:example-grant',
        before: null,
        after: row,
      });
      expect(result.version).toMatchObject({ version: 1, row_count: 1, in_force: true, imported_at: AT });
      expect(await store.record('grants', 'office:example-grant')).toEqual({
        dataset: 'office_grants',
        key: 'office:example-grant',
        row,
      });
      expect((await store.rows('grants')).map((g) => g.id)).toContain('office:example-grant');
      expect((await store.byCountry('grants', 'GHA')).map((g) => g.id)).toContain('office:example-grant');
      expect((await store.search('example inspections')).hits.map((h) => h.key)).toEqual([
        'office:example-grant',
      ]);
      const [entry] = await accounts.audit(author.org_id);
      expect(entry).toMatchObject({
        id: result.audit.id,
        action: 'grants.create',
        actor: 'editor@office.example',
        actor_user_id: 7,
        at: AT,
        target_type: 'grants',
        target_id: 'office:example-grant',
        before: null,
        after: row,
      });
    });

    it('updates a record as a new version of its own dataset: other rows copied, old text out of search', async () => {
      const original = seedGrants[0] as Grant;
      const row = { ...original, title: 'Renamed shelter programme' };
      const result = await store.editRecord('grants', { op: 'update', key: original.id, row }, author);
      expect(result.dataset).toBe(SEED.dataset);
      expect(result.version.version).toBe(2);
      expect(result.before).toEqual(original);
      expect(await store.rows('grants')).toHaveLength(seedGrants.length);
      const diff = await store.diffVersions('grants', SEED.dataset, 1, 2);
      expect(diff.changed.map((c) => [c.key, c.fields])).toEqual([[original.id, ['title']]]);
      expect(diff.unchanged).toBe(seedGrants.length - 1);
      expect((await store.search('renamed shelter')).hits.map((h) => h.key)).toEqual([original.id]);
      expect((await store.search(original.title)).hits.map((h) => h.key)).not.toContain(original.id);
      const [entry] = await accounts.audit(author.org_id);
      expect(entry).toMatchObject({ action: 'grants.update', before: original, after: row });
    });

    it('follows a hotline to its new key when its numbers change, and refuses a key another record has', async () => {
      const rows = hotlineRows();
      await store.importDataset(
        'hotlines',
        { dataset: 'hotlines', as_of: null, source_file: null, imported_by: 't' },
        rows,
      );
      const [first, second] = rows as [(typeof rows)[0], (typeof rows)[0]];
      const keyOf = kindTraits('hotlines').keyOf;
      const changed = { ...first, phone_text: '+1 555 0100', phones: ['+15550100'] };
      const result = await store.editRecord(
        'hotlines',
        { op: 'update', key: keyOf(first), row: changed },
        author,
      );
      expect(result.key).toBe(keyOf(changed));
      expect(await store.record('hotlines', keyOf(first))).toBeNull();
      expect((await store.record('hotlines', keyOf(changed)))?.row).toEqual(changed);
      const clash = {
        ...second,
        iso3: changed.iso3,
        country: changed.country,
        name: changed.name,
        phone_text: changed.phone_text,
      };
      expect(
        await codeOf(store.editRecord('hotlines', { op: 'update', key: keyOf(second), row: clash }, author)),
      ).toBe('record_exists');
    });

    it('retires a record out of lists and search, lists it as retired, and restores it', async () => {
      const news = seedNews[0];
      if (!news) throw new Error('fixture has no news');
      const retired = await store.editRecord('news', { op: 'retire', key: news.id }, author);
      expect(retired).toMatchObject({ dataset: 'seed_news', before: news, after: null });
      expect((await store.rows('news')).map((n) => n.id)).not.toContain(news.id);
      expect((await store.search(news.title)).hits.map((h) => h.key)).not.toContain(news.id);
      expect(await store.record('news', news.id)).toBeNull();
      expect(await store.retiredRecords('news')).toEqual([
        {
          kind: 'news',
          dataset: 'seed_news',
          key: news.id,
          row: news,
          retired_at: AT,
          retired_by: author.actor,
        },
      ]);
      // A retired key is not reused by a new record, and cannot be retired twice.
      expect(
        await codeOf(store.editRecord('news', { op: 'create', dataset: 'office_news', row: news }, author)),
      ).toBe('record_retired');
      expect(await codeOf(store.editRecord('news', { op: 'retire', key: news.id }, author))).toBe(
        'no_such_record',
      );

      const restored = await store.editRecord(
        'news',
        { op: 'restore', key: news.id },
        { ...author, at: '2026-03-02T00:00:00.000Z' },
      );
      expect(restored.after).toEqual(news);
      expect((await store.rows('news')).map((n) => n.id)).toContain(news.id);
      expect(await store.retiredRecords('news')).toEqual([]);
      expect(await codeOf(store.editRecord('news', { op: 'restore', key: news.id }, author))).toBe(
        'no_such_record',
      );
      const actions = (await accounts.audit(author.org_id)).map((e) => e.action);
      expect(actions).toEqual(['news.restore', 'news.retire']);
    });

    it('loses no change when edits of one dataset run at the same time', async () => {
      const titles = ['First concurrent title', 'Second concurrent title', 'Third concurrent title'];
      const rows = [0, 1, 2].map((i) => grant(`office:concurrent-${i}`, `Example ${i}`));
      for (const row of rows) {
        await store.editRecord('grants', { op: 'create', dataset: 'office_grants', row }, author);
      }
      await Promise.all(
        rows.map((row, i) =>
          store.editRecord(
            'grants',
            { op: 'update', key: row.id, row: { ...row, title: titles[i] as string } },
            author,
          ),
        ),
      );
      const inForce = await store.rows('grants', { dataset: 'office_grants' });
      expect(inForce.map((g) => g.title).sort()).toEqual([...titles].sort());
      expect((await store.versions('office_grants')).map((v) => v.version)).toEqual([6, 5, 4, 3, 2, 1]);
    });

    it('refuses a key in use, an unknown record and a dataset of another kind', async () => {
      const taken = seedGrants[0] as Grant;
      expect(
        await codeOf(
          store.editRecord('grants', { op: 'create', dataset: 'office_grants', row: taken }, author),
        ),
      ).toBe('record_exists');
      expect(
        await codeOf(store.editRecord('grants', { op: 'update', key: 'nope', row: taken }, author)),
      ).toBe('no_such_record');
      const row = grant('office:x', 'X');
      expect(
        await codeOf(store.editRecord('grants', { op: 'create', dataset: 'seed_news', row }, author)),
      ).toBe('dataset_kind_mismatch');
      expect(await accounts.audit(author.org_id)).toEqual([]);
    });

    it('writes nothing when the audit entry cannot be written (one transaction)', async () => {
      const original = seedGrants[0] as Grant;
      const row = { ...original, title: 'Never stored' };
      const noOrg = { ...author, org_id: 999_999 };
      await expect(
        store.editRecord('grants', { op: 'update', key: original.id, row }, noOrg),
      ).rejects.toThrow();
      await expect(
        store.editRecord(
          'grants',
          { op: 'create', dataset: 'office_grants', row: grant('office:y', 'Y') },
          noOrg,
        ),
      ).rejects.toThrow();
      expect((await store.versions(SEED.dataset)).map((v) => v.version)).toEqual([1]);
      expect(await store.versions('office_grants')).toEqual([]);
      expect((await store.record('grants', original.id))?.row).toEqual(original);
      expect((await store.search('never stored')).hits).toEqual([]);
    });

    it('does not edit official datasets', async () => {
      const edit = { op: 'retire', key: 'AFG' } as const;
      // biome-ignore lint/suspicious/noExplicitAny: a caller outside TypeScript may name any kind
      expect(await codeOf(store.editRecord('countries' as any, edit, author))).toBe('not_editable');
    });
  });
}
