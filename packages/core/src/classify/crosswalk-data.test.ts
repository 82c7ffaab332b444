import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCrosswalkCodes, readCrosswalkKeywords } from './crosswalk-file.js';
import { SECTORS } from './sectors.js';

// Checks the vendored crosswalk against the official taxonomy files it claims to quote.
const data = (path: string) => readFileSync(new URL(`../../../../data/${path}`, import.meta.url), 'utf8');
const csv = (path: string) =>
  Papa.parse<Record<string, string>>(data(path), { header: true, skipEmptyLines: true, comments: '#' }).data;

const hs = new Map(csv('taxonomy/hs_codes.csv').map((r) => [r.hscode ?? '', r.description ?? '']));
const naics = new Map(csv('taxonomy/naics_2022.csv').map((r) => [r.naics_code ?? '', r.title ?? '']));
// PSC codes have historical rows: the name is the active row's, else the most recent row's.
const psc = new Map<string, { name: string; rank: string }>();
for (const r of csv('taxonomy/psc_codes.csv')) {
  const code = r.psc_code ?? '';
  const rank = `${r.active === 'Y' ? 1 : 0}${r.start_date ?? ''}`;
  const seen = psc.get(code);
  if (!seen || rank > seen.rank) psc.set(code, { name: r.psc_name ?? '', rank });
}
const official: Record<string, (code: string) => string | undefined> = {
  HS: (c) => hs.get(c),
  NAICS: (c) => naics.get(c),
  PSC: (c) => psc.get(c)?.name,
};
const goods = new Set(csv('tvpra_goods.csv').map((r) => r.good ?? ''));
const codeRows = csv('crosswalk/codes.csv');
const keywordRows = csv('crosswalk/keywords.csv');

describe('data/crosswalk/codes.csv', () => {
  it('reads without problems and carries its review date', () => {
    const read = readCrosswalkCodes(data('crosswalk/codes.csv'));
    expect(read.problems).toEqual([]);
    expect(read.rules.length).toBe(codeRows.length);
    expect(read.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('uses only codes that exist in the taxonomy files, quoting their official text verbatim', () => {
    const wrong: string[] = [];
    for (const r of codeRows) {
      const text = official[r.scheme ?? '']?.(r.code ?? '');
      if (text === undefined) wrong.push(`${r.scheme} ${r.code}: no such code`);
      else if (text !== r.official_description)
        wrong.push(`${r.scheme} ${r.code}: "${r.official_description}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('targets only exact ILAB good names and tipwatch sector ids, each with a justification', () => {
    const wrong = codeRows.filter((r) =>
      r.target_type === 'good' || r.target_type === 'input' || r.target_type === 'one_of'
        ? !goods.has(r.target ?? '')
        : r.target_type !== 'sector' || !(SECTORS as readonly string[]).includes(r.target ?? ''),
    );
    expect(wrong).toEqual([]);
    expect(codeRows.filter((r) => !r.justification?.trim())).toEqual([]);
  });

  it('gives an input good only to codes whose official text names it as a material', () => {
    // `… of cotton`, `… mixed … with cotton`, or the text opens with it (`Cotton yarn …`); or the text names
    // the oil of the good: palm oil and palm kernel oil are extracted from the fruit of the oil palm.
    const oilOf: Record<string, RegExp> = { 'palm fruit': /\bpalm (?:kernel )?oil\b|\bpalm kernel\b/ };
    const wrong = codeRows.filter((r) => {
      if (r.target_type !== 'input') return false;
      const target = r.target?.toLowerCase() ?? '';
      const text = r.official_description?.toLowerCase() ?? '';
      if (oilOf[target]?.test(text)) return false;
      return !new RegExp(`^${target} |(?<!other than )\\b(?:of|with) ${target}\\b`).test(text);
    });
    expect(wrong).toEqual([]);
  });

  it('marks as one_of only codes that cover two or more alternatives', () => {
    const count = new Map<string, number>();
    for (const r of codeRows)
      if (r.target_type === 'one_of')
        count.set(`${r.scheme} ${r.code}`, (count.get(`${r.scheme} ${r.code}`) ?? 0) + 1);
    expect([...count].filter(([, n]) => n < 2)).toEqual([]);
  });

  it('has no duplicate rule', () => {
    const keys = codeRows.map((r) => `${r.scheme}|${r.code}|${r.target_type}|${r.target}`);
    expect(keys.length - new Set(keys).size).toBe(0);
  });

  it('reaches all 11 sectors through NAICS and through PSC', () => {
    for (const scheme of ['NAICS', 'PSC']) {
      const reached = new Set(
        codeRows.filter((r) => r.scheme === scheme && r.target_type === 'sector').map((r) => r.target),
      );
      expect(
        [...SECTORS].filter((s) => !reached.has(s)),
        scheme,
      ).toEqual([]);
    }
  });
});

describe('data/crosswalk/keywords.csv', () => {
  it('reads without problems', () => {
    const read = readCrosswalkKeywords(data('crosswalk/keywords.csv'));
    expect(read.problems).toEqual([]);
    expect(read.rules.length).toBe(keywordRows.length);
  });

  it('targets only exact ILAB good names, tipwatch sector ids, or none (a guard); a not, input or made_of rule names a good and says why; a colour rule names none and says why', () => {
    const wrong = keywordRows.filter((r) => {
      if (r.target_type === 'good') return !goods.has(r.target ?? '');
      if (r.target_type === 'input' || r.target_type === 'made_of')
        return !goods.has(r.target ?? '') || !r.note?.trim();
      if (r.target_type === 'sector') return !(SECTORS as readonly string[]).includes(r.target ?? '');
      if (r.target_type === 'not') return !goods.has(r.target ?? '') || !r.note?.trim();
      if (r.target_type === 'colour') return r.target !== '' || !r.note?.trim();
      return r.target_type !== 'none' || r.target !== '';
    });
    expect(wrong).toEqual([]);
  });

  it('gives every guard rule a note saying why', () => {
    expect(keywordRows.filter((r) => r.target_type === 'none' && !r.note?.trim())).toEqual([]);
  });
});
