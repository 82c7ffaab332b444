import { describe, expect, it } from 'vitest';
import { findingRecord, findingsJsonlChunk, writeFindingsJsonl } from './findings-jsonl.js';
import { expectGolden } from './fixtures/golden-file.case.js';
import { reportRows } from './fixtures/report-rows.case.js';

describe('findingsJsonlChunk(rows)', () => {
  it('renders the fixture rows as the golden findings file', () => {
    expectGolden('findings.golden.jsonl', findingsJsonlChunk(reportRows()));
  });

  it('writes one parseable object per finding, row identity first', () => {
    const rows = reportRows();
    const lines = findingsJsonlChunk(rows).split('\n').filter(Boolean);
    expect(lines).toHaveLength(rows.reduce((n, r) => n + r.findings.length, 0));
    const first = JSON.parse(lines[0]!);
    expect(Object.keys(first).slice(0, 7)).toEqual([
      'row',
      'ref',
      'supplier',
      'kind',
      'level',
      'summary',
      'source',
    ]);
    expect(first.matched_name).toBe(rows[0]!.input.supplier);
  });

  it('writes each line as JSON.stringify of its record, also when rows share a finding object', () => {
    const rows = reportRows();
    const shared = rows.flatMap((r) => r.findings)[0]!;
    const twice = [...rows, { ...rows[1]!, findings: [shared, ...rows[1]!.findings] }];
    const expected = twice.flatMap((r) => r.findings.map((f) => `${JSON.stringify(findingRecord(r, f))}\n`));
    expect(findingsJsonlChunk(twice)).toBe(expected.join(''));
    expect(findingsJsonlChunk(twice)).toBe(expected.join(''));
  });

  it('writes the same bytes when the caller takes each finding part as ready UTF-8', () => {
    const rows = reportRows();
    const shared = rows.flatMap((r) => r.findings)[0]!;
    const twice = [...rows, { ...rows[1]!, findings: [shared, ...rows[1]!.findings] }];
    const pieces: Uint8Array[] = [];
    const utf8 = new TextEncoder();
    for (let pass = 0; pass < 2; pass++) {
      writeFindingsJsonl(
        twice,
        (text) => pieces.push(utf8.encode(text)),
        (bytes) => pieces.push(bytes),
      );
    }
    const text = Buffer.concat(pieces).toString('utf8');
    expect(text).toBe(findingsJsonlChunk(twice).repeat(2));
  });
});
