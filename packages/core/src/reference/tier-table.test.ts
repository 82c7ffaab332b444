import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TipwatchError } from '../errors.js';
import { createTierTable } from './tier-table.js';

const data = (f: string) => readFileSync(new URL(`../../../../data/${f}`, import.meta.url), 'utf8');
const tiers = data('tip_tiers.csv');
const coverage = data('tip_tiers_coverage.csv');
const table = createTierTable(tiers, coverage);

/** The same data as it would have stood before the 2025 report: 2025 rows and coverage removed. */
const until2024 = createTierTable(
  tiers
    .split('\n')
    .filter((l) => !/,2025,/.test(l))
    .join('\n'),
  coverage
    .split('\n')
    .filter((l) => !l.startsWith('2025,'))
    .join('\n'),
);

describe('createTierTable(tiers, coverage).latest(iso3)', () => {
  it('takes a row of the latest year when there is one (Afghanistan, Tier 3 in 2025)', () => {
    expect(table.latest('AFG')).toMatchObject({ tier: 'Tier 3', year: 2025 });
  });

  it('turns a Tier 1 country absent from the partial 2025 lists into "Tier 1 or 2" of 2025 (Germany)', () => {
    const p = table.latest('DEU');
    expect(p).toMatchObject({ tier: 'Tier 1 or 2', year: 2025 });
    expect(p.note).toContain('Tier 1 in 2024');
  });

  it('does the same for a Tier 2 country (Albania, Tier 2 in 2024)', () => {
    expect(table.latest('ALB')).toMatchObject({ tier: 'Tier 1 or 2', year: 2025 });
  });

  it('reads absence from the complete 2024 Tier 1, Watch List and Tier 3 lists as Tier 2 (Bulgaria)', () => {
    // Bulgaria: Watch List in 2023, on none of the complete 2024 lists.
    expect(until2024.latest('BGR')).toMatchObject({ tier: 'Tier 2', year: 2024 });
    expect(table.latest('BGR')).toMatchObject({ tier: 'Tier 1 or 2', year: 2025 });
  });

  it('keeps a 2024 Tier 1 row when 2024 is the last year (Germany)', () => {
    expect(until2024.latest('DEU')).toMatchObject({ tier: 'Tier 1', year: 2024 });
  });

  it('keeps Special Case until a later row says otherwise (Libya: 2021, absent 2022-2024)', () => {
    expect(until2024.latest('LBY')).toMatchObject({ tier: 'Special Case', year: 2021 });
    expect(table.latest('LBY')).toMatchObject({ tier: 'Special Case', year: 2025 });
  });

  it('does not carry a country forward by absence once a complete year has missed it (Kiribati)', () => {
    // Kiribati: Watch List in 2017, absent from the complete 2020, 2021 and 2023 lists.
    const p = table.latest('KIR');
    expect(p).toMatchObject({ tier: 'Tier 2 Watch List', year: 2017 });
    expect(p.note).toContain('absent from the complete 2020 lists');
  });

  it('learns nothing from absence in a year with no complete list (2018, 2019)', () => {
    // Argentina: Tier 1 in 2017, no 2018 or 2019 row; the 2020 row is what counts next.
    const hist = table.history('ARG').map((h) => h.year);
    expect(hist).not.toContain(2018);
    expect(table.latest('ARG')).toMatchObject({ tier: 'Tier 1 or 2', year: 2025 });
  });

  it('says "not ranked" for a country without rows', () => {
    expect(table.latest('ATA')).toMatchObject({ tier: 'not ranked', year: null });
  });
});

describe('createTierTable(tiers, coverage).history(iso3)', () => {
  it('returns the rows in year order (Germany: Tier 2 in 2019, Tier 1 in 2023)', () => {
    const h = table.history('DEU');
    const years = h.map((x) => x.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(h.find((x) => x.year === 2019)).toMatchObject({ tier: 'Tier 2' });
    expect(h.find((x) => x.year === 2023)).toMatchObject({ tier: 'Tier 1' });
    expect(h.at(-1)).toMatchObject({ year: 2024, tier: 'Tier 1' });
  });
});

describe('createTierTable(tiers, coverage) on broken data', () => {
  it('names the file, row, line and column of an unknown tier', () => {
    const broken = tiers.replace('Albania,ALB,2001,Tier 3', 'Albania,ALB,2001,Tier 4');
    expect(() => createTierTable(broken, coverage)).toThrow(TipwatchError);
    expect(() => createTierTable(broken, coverage)).toThrow(
      /tip_tiers\.csv: row 1 \(line 2\), column "tier"/,
    );
  });

  it('rejects a year the coverage file does not describe', () => {
    const broken = tiers.replace('Albania,ALB,2001,Tier 3', 'Albania,ALB,1999,Tier 3');
    expect(() => createTierTable(broken, coverage)).toThrow(/column "year": expected a year listed/);
  });
});
