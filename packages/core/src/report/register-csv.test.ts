import { describe, expect, it } from 'vitest';
import { expectGolden } from './fixtures/golden-file.case.js';
import { reportRows } from './fixtures/report-rows.case.js';
import { registerCsvChunk, registerCsvHeader, topFinding } from './register-csv.js';

describe('registerCsvChunk(rows)', () => {
  it('renders the fixture rows as the golden register', () => {
    expectGolden('register.golden.csv', registerCsvHeader() + registerCsvChunk(reportRows()));
  });

  it('gives the same text in batches as in one piece', () => {
    const rows = reportRows();
    expect(registerCsvChunk(rows.slice(0, 2)) + registerCsvChunk(rows.slice(2))).toBe(registerCsvChunk(rows));
  });

  it('starts no cell with a formula character', () => {
    const cells = registerCsvChunk(reportRows())
      .split('\r\n')
      .flatMap((line) => line.split(','))
      .map((c) => c.replace(/^"/, ''));
    const bad = cells.filter((c) => /^[=+@\t\r]/.test(c) || /^-[^0-9]/.test(c));
    expect(bad).toEqual([]);
  });
});

describe('topFinding(findings)', () => {
  it('picks the highest level, the first among equals', () => {
    const [row] = reportRows();
    expect(topFinding(row!.findings)?.kind).toBe('entity');
    expect(topFinding([])).toBeUndefined();
  });
});
