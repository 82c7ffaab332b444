import type { DetectedLayout } from '@tipwatch/core';
import { describe, expect, it } from 'vitest';
import { describeLayout } from './layout-text.js';

function layout(over: Partial<DetectedLayout>): DetectedLayout {
  return {
    format: 'csv',
    encoding: 'utf-8',
    encoding_source: 'detected',
    delimiter: ',',
    layout: 'generic',
    headers: [],
    mapping: { supplier: 'Supplier, else Vendor' },
    unmapped: [],
    problems: [],
    ...over,
  };
}

const columns = (n: number) => Array.from({ length: n }, (_, i) => `column_${i + 1}`);

describe('describeLayout(layout)', () => {
  it('shows the mapping and lists a few unused columns by name', () => {
    const text = describeLayout(layout({ unmapped: ['Note', 'Buyer'] }));
    expect(text).toContain('  supplier               <- Supplier, else Vendor\n');
    expect(text).toContain('Not used: Note, Buyer\n');
  });

  it('lines the arrows up under the longest field name', () => {
    const text = describeLayout(
      layout({ mapping: { supplier: 'Recipient', place_of_performance_address: 'City + State' } }),
    );
    expect(text).toContain(`  ${'supplier'.padEnd(28)} <- Recipient\n`);
    expect(text).toContain('  place_of_performance_address <- City + State\n');
  });

  it('counts many unused columns, naming the first few', () => {
    const text = describeLayout(layout({ unmapped: columns(285) }));
    expect(text).toContain(
      'Not used: 285 columns (column_1, column_2, column_3, column_4, column_5, … ; all are listed in report.html)\n',
    );
    expect(text).not.toContain('column_6');
    expect(describeLayout(layout({ unmapped: columns(20) }))).toContain('column_20');
  });

  it('counts the unused columns of a USAspending download', () => {
    const text = describeLayout(layout({ layout: 'usaspending_transactions', unmapped: columns(12) }));
    expect(text).toContain('Not used: 12 columns (column_1, column_2, column_3, column_4, column_5, … ;');
  });

  it('gives the encoding and delimiter of a CSV file', () => {
    expect(describeLayout(layout({}))).toMatch(
      /^Read as CSV, layout generic, encoding utf-8 \(detected\), delimiter ","\.\n/,
    );
  });

  it('names the worksheet of an XLSX workbook, which has no encoding or delimiter', () => {
    const text = describeLayout(
      layout({ format: 'xlsx', encoding: 'xlsx', encoding_source: 'xlsx', delimiter: '', sheet: 'Spend' }),
    );
    expect(text).toMatch(/^Read as XLSX \(worksheet "Spend"\), layout generic\.\n/);
    expect(text).not.toContain('encoding');
  });
});
