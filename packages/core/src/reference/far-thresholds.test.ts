import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFarThresholds, thresholdOn } from './far-thresholds.js';

const bundled = readFileSync(new URL('../../../../data/far_thresholds.csv', import.meta.url), 'utf8');
const HEAD = 'from,amount,currency,source,note';

describe('parseFarThresholds(text, meta)', () => {
  it("dates each row's citation by the day its clause text took effect, not by the dataset's latest", () => {
    const [mar2015, oct2020] = parseFarThresholds(bundled, {
      dataset: 'far_thresholds',
      as_of: '2020-10-01',
    });
    expect(mar2015).toMatchObject({ from: '2015-03-02', amount: 500_000 });
    expect(mar2015?.source).toEqual({
      dataset: 'far_thresholds',
      record: expect.stringContaining('row 1: far_52_222_50.md: the MAR 2015 text'),
      as_of: '2015-03-02',
    });
    expect(oct2020?.source.as_of).toBe('2020-10-01');
  });

  it('reads the caveat the data gives of an unverified later threshold, and makes no row of it', () => {
    const rows = parseFarThresholds(bundled);
    expect(rows.map((r) => r.amount)).toEqual([500_000, 550_000]);
    expect(rows[0]?.caveat).toBeUndefined();
    expect(rows[1]?.caveat?.from).toBe('2025-10-01');
    expect(rows[1]?.caveat?.text).toContain('USD 700,000');
    expect(rows[1]?.caveat?.text).toContain('not verified');
    expect(thresholdOn(rows, '2026-01-15')?.amount).toBe(550_000);
  });

  it('reads an edition without the caveat columns, and wants both caveat cells or neither', () => {
    const plain = parseFarThresholds(`${HEAD}\n2020-10-01,550000,USD,the OCT 2020 text,\n`);
    expect(plain[0]?.caveat).toBeUndefined();
    expect(() =>
      parseFarThresholds(
        `${HEAD},caveat_from,caveat\n2020-10-01,550000,USD,the OCT 2020 text,,2025-10-01,\n`,
      ),
    ).toThrow(/row 1 \(line 2\), column "caveat": expected both caveat_from and caveat, or neither/);
    expect(() =>
      parseFarThresholds(`${HEAD},caveat_from,caveat\n2020-10-01,550000,USD,the OCT 2020 text,,2025,later\n`),
    ).toThrow(/column "caveat_from": expected a date as YYYY-MM-DD or nothing/);
  });
});
