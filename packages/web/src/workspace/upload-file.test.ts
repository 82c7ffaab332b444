import { describe, expect, it } from 'vitest';
import { mapLines } from './upload-file.js';

describe('mapLines(text)', () => {
  it('gives one FIELD=COLUMN pair a line, trimmed, blank lines left out', () => {
    expect(mapLines(' supplier=Factory Name \r\n\n supplier_country=Country / Region\n')).toEqual([
      'supplier=Factory Name',
      'supplier_country=Country / Region',
    ]);
    expect(mapLines('  \n')).toEqual([]);
  });
});
