import type { DetectedLayout } from '@tipwatch/core';

/** What the reader understood of a file, for the user to check before trusting the results. */
export function describeLayout(layout: DetectedLayout): string {
  const lines = [
    `Read as ${layout.format.toUpperCase()}, layout ${layout.layout}, encoding ${layout.encoding} (${layout.encoding_source})` +
      (layout.format === 'csv' ? `, delimiter ${JSON.stringify(layout.delimiter)}` : '') +
      '.',
    'Columns used:',
    ...Object.entries(layout.mapping).map(([field, column]) => `  ${field.padEnd(22)} <- ${column}`),
  ];
  if (layout.unmapped.length > 0) lines.push(`Not used: ${layout.unmapped.join(', ')}`);
  for (const p of layout.problems) lines.push(`Note: ${p.message}`);
  return `${lines.join('\n')}\n`;
}
