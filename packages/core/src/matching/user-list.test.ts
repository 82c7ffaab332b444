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
    for (const header of ['code,country', 'foo,bar', 'Company ID,country', 'Supplier,country', ',country']) {
      const { entries, problems } = parseUserList(`${header}\nAlpha,CHN\n`, 'l');
      expect(entries).toEqual([]);
      expect(problems[0]).toMatchObject({ code: 'missing_column', column: 'name', line: 1 });
      expect(isFatalUserListProblem(problems[0]!)).toBe(true);
    }
    expect(parseUserList('code,country\nAlpha,CHN\n', 'l').problems[0]!.message).toBe(
      'the list has no name column such as "name", "entity_name", "Supplier Name" or "Company" (columns found: code, country)',
    );
  });

  it('reads the name column under the names lists give it', () => {
    for (const header of [
      'entity_name',
      'Entity Name',
      'Supplier Name',
      'Vendor Name',
      'Company',
      'Company Name',
      '名称',
    ]) {
      const { entries, problems, notes } = parseUserList(
        `${header},aliases,country\nGolden Thread Co Ltd,Jinxian Co,CHN\n`,
        'l',
      );
      expect(problems).toEqual([]);
      expect(notes).toEqual([]);
      expect(entries[0]).toMatchObject({
        name: 'Golden Thread Co Ltd',
        aliases: ['Jinxian Co'],
        country: 'CHN',
      });
    }
  });

  it('takes "name" before the other name headers, and notes the others as not used', () => {
    const { entries, notes } = parseUserList('Company,name\nAcme Holdings,Golden Thread Co Ltd\n', 'l');
    expect(entries.map((e) => e.name)).toEqual(['Golden Thread Co Ltd']);
    expect(notes.map((n) => n.column)).toEqual(['Company']);
  });

  it('reads a Chinese header row: 名称, 别名 and 国家', () => {
    const { entries, problems, notes } = parseUserList(
      '名称,别名,国家\n金线有限公司,Golden Thread Co Ltd,中国\n',
      'l',
      { resolveCountry: (t) => (t === '中国' ? 'CHN' : null) },
    );
    expect(problems).toEqual([]);
    expect(notes).toEqual([]);
    expect(entries[0]).toMatchObject({
      name: '金线有限公司',
      aliases: ['Golden Thread Co Ltd'],
      country: 'CHN',
    });
  });
});

describe('parseUserList(csvText, listName): delimiters', () => {
  it("reads a tab- or ;-delimited list, and one whose first line is Excel's sep=;", () => {
    for (const text of [
      'name\taliases\tcountry\nGolden Thread Co Ltd\tJinxian Co, Ltd.;GT\tCHN\n',
      'name;aliases;country\nGolden Thread Co Ltd;"Jinxian Co, Ltd.;GT";CHN\n',
      'sep=;\nname;aliases;country\nGolden Thread Co Ltd;"Jinxian Co, Ltd.;GT";CHN\n',
    ]) {
      const { entries, problems } = parseUserList(text, 'l');
      expect(problems).toEqual([]);
      expect(entries.map((e) => [e.name, e.aliases, e.country])).toEqual([
        ['Golden Thread Co Ltd', ['Jinxian Co, Ltd.', 'GT'], 'CHN'],
      ]);
    }
  });

  it('counts lines from the sep= line', () => {
    const { problems } = parseUserList('sep=,\nname,country\nAlpha Mills,Narnia\n', 'l');
    expect(problems.map((p) => p.message)).toEqual([
      'row 1 (line 3): country "Narnia" not recognised; the entry is kept without a country',
    ]);
  });
});

describe('parseUserList(csvText, listName): bilingual lists', () => {
  const resolveCountry = (t: string) => ({ China: 'CHN', 中国: 'CHN' })[t] ?? null;

  it('reads a Chinese Name, Name (Chinese) or Local Name column as more aliases, and Country/Region as the country', () => {
    for (const local of ['Chinese Name', 'Name (Chinese)', 'Local Name', '中文名称']) {
      const { entries, problems, notes } = parseUserList(
        `Name,Aliases,${local},Country/Region\nGolden Thread Co Ltd,Jinxian Co,金线有限公司,China\nAlpha Mills,,,China\n`,
        'l',
        { resolveCountry },
      );
      expect(problems).toEqual([]);
      expect(notes).toEqual([]);
      expect(entries.map((e) => [e.name, e.aliases, e.country])).toEqual([
        ['Golden Thread Co Ltd', ['Jinxian Co', '金线有限公司'], 'CHN'],
        ['Alpha Mills', [], 'CHN'],
      ]);
    }
  });

  it('takes a local name column as the name when the list has no other, and a 国家/地区 column as the country', () => {
    const { entries, problems } = parseUserList('Chinese Name,国家/地区\n金线有限公司,中国\n', 'l', {
      resolveCountry,
    });
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ name: '金线有限公司', aliases: [], country: 'CHN' });
  });

  it('keeps a local name equal to the name out of its aliases, and still notes other columns', () => {
    const { entries, notes } = parseUserList(
      'name,Local Name,Region\nGolden Thread Co Ltd,Golden Thread Co Ltd,Asia\n',
      'l',
    );
    expect(entries[0]!.aliases).toEqual([]);
    expect(notes.map((n) => n.column)).toEqual(['Region']);
  });
});

describe('parseUserList(csvText, listName): aliases in one cell', () => {
  it('splits aliases at "|" as at ";", and notes once where "|" was first read', () => {
    const { entries, notes } = parseUserList(
      'name,Also Known As,Country\nGolden Thread Co Ltd,Jinxian Co | GT Intl,CHN\nAlpha Mills,Alpha,CHN\n',
      'l',
    );
    expect(entries[0]!.aliases).toEqual(['Jinxian Co', 'GT Intl']);
    expect(entries[1]!.aliases).toEqual(['Alpha']);
    expect(notes).toEqual([
      {
        code: 'alias_separator',
        message:
          'row 1 (line 2): aliases in column "Also Known As" were read as separate names at "|" ("Jinxian Co | GT Intl")',
        line: 2,
        row: 1,
        column: 'Also Known As',
      },
    ]);
  });

  it('notes nothing of the documented ";", and only the first cell split at "|"', () => {
    const { entries, notes } = parseUserList(
      'name,aliases\nAlpha Mills,AM;Alpha\nBeta Farms,BF|Beta;B F\nGamma Co,G|GC\n',
      'l',
    );
    expect(entries.map((e) => e.aliases)).toEqual([
      ['AM', 'Alpha'],
      ['BF', 'Beta', 'B F'],
      ['G', 'GC'],
    ]);
    expect(notes.map((n) => n.message)).toEqual([
      'row 2 (line 3): aliases in column "aliases" were read as separate names at "|" ("BF|Beta;B F")',
    ]);
    expect(parseUserList('name,aliases\nAlpha Mills,AM;Alpha\n', 'l').notes).toEqual([]);
  });

  it('takes "aka" inside a name as part of it', () => {
    const { entries } = parseUserList('name,aliases\nAlpha Mills,Aka Textiles|Kaka aka Trading\n', 'l');
    expect(entries[0]!.aliases).toEqual(['Aka Textiles', 'Kaka aka Trading']);
  });

  it('notes nothing when no cell holds more than one alias', () => {
    expect(parseUserList('name,aliases\nAlpha Mills,AM;\nBeta Farms,|BF\n', 'l').notes).toEqual([]);
  });

  it('reads a copy of the bundled UFLPA list: entity_name, and aliases led by "also known as"', () => {
    const csv = [
      'entity_name,aliases,country,location,effective_date,legal_basis,batch,source_url,note',
      '"Xinjiang Daqo New Energy Co., Ltd.","also known as Xinjiang Great New Energy Co., Ltd.; Xinjiang Daxin Energy Co., Ltd.",China,,2021-06-24,x,,,',
      '"Xinjiang Nonferrous Metal Industry (Group) Co., Ltd.","(alias ""Xinjiang Nonferrous"" removed 2024-11)",China,,,x,,,',
      '"Hoshine Silicon Industry Co., Ltd.","formerly known as Hu...",China,,,x,,,',
    ].join('\n');
    const { entries, problems, notes } = parseUserList(csv, 'my_uflpa', {
      resolveCountry: (t) => (t === 'China' ? 'CHN' : null),
    });
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.name, e.aliases, e.country])).toEqual([
      [
        'Xinjiang Daqo New Energy Co., Ltd.',
        ['Xinjiang Great New Energy Co., Ltd.', 'Xinjiang Daxin Energy Co., Ltd.'],
        'CHN',
      ],
      ['Xinjiang Nonferrous Metal Industry (Group) Co., Ltd.', [], 'CHN'],
      ['Hoshine Silicon Industry Co., Ltd.', [], 'CHN'],
    ]);
    expect(notes.map((n) => n.column)).toEqual([
      'location',
      'effective_date',
      'legal_basis',
      'batch',
      'source_url',
      'note',
    ]);
  });
});
