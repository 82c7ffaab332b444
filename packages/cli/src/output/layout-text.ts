import type { DetectedLayout } from '@tipwatch/core';

/** Unused columns listed by name; past this many (and in USAspending files) only their count and the first few. */
const UNUSED_LISTED = 20;
const UNUSED_SHOWN = 5;

/** What the reader understood of a file, for the user to check before trusting the results. */
export function describeLayout(layout: DetectedLayout): string {
  const mapped = Object.entries(layout.mapping);
  // The arrows line up under the longest field name (place_of_performance_address), at least 22 wide.
  const width = Math.max(22, ...mapped.map(([field]) => field.length));
  const lines = [
    // A workbook's cells carry their own text: it has no encoding or delimiter to report.
    layout.format === 'xlsx'
      ? `Read as XLSX${layout.sheet === undefined ? '' : ` (worksheet "${layout.sheet}")`}, layout ${layout.layout}.`
      : `Read as CSV, layout ${layout.layout}, encoding ${layout.encoding} (${layout.encoding_source}), ` +
        `delimiter ${JSON.stringify(layout.delimiter)}.`,
    'Columns used:',
    ...mapped.map(([field, column]) => `  ${field.padEnd(width)} <- ${column}`),
  ];
  if (layout.unmapped.length > 0) lines.push(`Not used: ${unusedColumns(layout)}`);
  for (const p of layout.problems) lines.push(`Note: ${p.message}`);
  return `${lines.join('\n')}\n`;
}

/** The unused columns by name, or, for many (a USAspending download has ~280), their count and the first few. */
function unusedColumns(layout: DetectedLayout): string {
  const unused = layout.unmapped;
  const many =
    unused.length > UNUSED_LISTED ||
    (layout.layout.startsWith('usaspending') && unused.length > UNUSED_SHOWN);
  if (!many) return unused.join(', ');
  return `${unused.length} columns (${unused.slice(0, UNUSED_SHOWN).join(', ')}, … ; all are listed in report.html)`;
}
