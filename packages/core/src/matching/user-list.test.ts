import { describe, expect, it } from 'vitest';
import { isFatalUserListProblem, parseUserList, userEntryKey } from './user-list.js';

describe('parseUserList(csvText, listName)', () => {
  it('reads names, ;-separated aliases and countries into entries with stable ids', () => {
    const csv =
      'name,aliases,country\n"Kestrel Works Co., Ltd.",Kestrel; KW Group ,CHN\nSmart Shirts Limited,,\n';
    const { entries, problems } = parseUserList(csv, 'watch');
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      list: 'watch',
      name: 'Kestrel Works Co., Ltd.',
      aliases: ['Kestrel', 'KW Group'],
      country: 'CHN',
      source: { dataset: 'watch', record: 'row 1' },
    });
    expect(entries[0]!.id).toMatch(/^watch:kestrel-works-co-ltd-[0-9a-f]{6}$/);
    expect(entries[1]!.country).toBeNull();
  });

  it('reads the aliases column under the names lists give it, and notes the columns it does not use', () => {
    for (const header of ['Alias', 'Aliases', 'AKA', 'a.k.a.', 'Also known as']) {
      const { entries, problems, notes } = parseUserList(
        `Name,${header}\nGolden Thread Co Ltd,Jinxian Co\n`,
        'l',
      );
      expect(problems).toEqual([]);
      expect(notes).toEqual([]);
      expect(entries[0]!.aliases).toEqual(['Jinxian Co']);
    }
    const { entries, notes } = parseUserList('name,Other names,country\nAlpha Mills,Alpha,CHN\n', 'l');
    expect(entries[0]!.aliases).toEqual([]);
    expect(notes).toEqual([
      {
        code: 'unused_column',
        message:
          'column "Other names" is not used (a list is read from its name, aliases and country columns)',
        line: 1,
        column: 'Other names',
      },
    ]);
  });

  it('reads headers as spend files are read: accents, case, spaces and punctuation aside', () => {
    const { entries, problems, notes } = parseUserList(
      ' NAME ,Aliás,Country\nGolden Thread Co Ltd,Jinxian Co,CHN\n',
      'l',
    );
    expect(problems).toEqual([]);
    expect(notes).toEqual([]);
    expect(entries[0]!.aliases).toEqual(['Jinxian Co']);
    expect(entries[0]!.country).toBe('CHN');
  });

  it('keeps an entry id when other rows are added or reordered', () => {
    const a = parseUserList('name\nAlpha Mills\nBeta Farms\n', 'l').entries;
    const b = parseUserList('name\nGamma Works\nBeta Farms\nAlpha Mills\n', 'l').entries;
    expect(b.find((e) => e.name === 'Alpha Mills')!.id).toBe(a[0]!.id);
    expect(b.find((e) => e.name === 'Beta Farms')!.id).toBe(a[1]!.id);
    expect(userEntryKey('Alpha Mills')).not.toBe(userEntryKey('Alpha Mill'));
  });

  it('reports rows without a name, repeated names and unknown countries with row, line and column', () => {
    const csv =
      'name,aliases,country\nAlpha Mills,,CHN\n,Orphan,CHN\n"Beta\nFarms",,Narnia\nalpha mills,AM,\n';
    const { entries, problems } = parseUserList(csv, 'l');
    expect(entries.map((e) => e.name)).toEqual(['Alpha Mills', 'Beta\nFarms']);
    expect(entries[0]!.aliases).toEqual(['AM']);
    expect(problems.map((p) => [p.code, p.row, p.line, p.column])).toEqual([
      ['missing_name', 2, 3, 'name'],
      ['unknown_country', 3, 4, 'country'],
      ['duplicate_name', 4, 6, 'name'],
    ]);
    expect(problems[0]!.message).toBe('row 2 (line 3) has no name; the row is skipped');
    // The list is still usable: only a missing name column is fatal.
    expect(problems.some(isFatalUserListProblem)).toBe(false);
  });

  it('resolves country names with the resolver it is given', () => {
    const { entries, problems } = parseUserList('name,country\nAlpha Mills,Malaysia\n', 'l', {
      resolveCountry: (t) => (t === 'Malaysia' ? 'MYS' : null),
    });
    expect(problems).toEqual([]);
    expect(entries[0]!.country).toBe('MYS');
  });

  it('reports a missing name column instead of guessing', () => {
    const { entries, problems } = parseUserList('company,country\nAlpha,CHN\n', 'l');
    expect(entries).toEqual([]);
    expect(problems[0]).toMatchObject({ code: 'missing_column', column: 'name', line: 1 });
    expect(isFatalUserListProblem(problems[0]!)).toBe(true);
    expect(problems[0]!.message).toContain('company, country');
  });
});
