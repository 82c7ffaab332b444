import { describe, expect, it } from 'vitest';
import { mapLines, uploadForm } from './upload-file.js';

describe('mapLines(text)', () => {
  it('gives one FIELD=COLUMN pair a line, trimmed, blank lines left out', () => {
    expect(mapLines(' supplier=Factory Name \r\n\n supplier_country=Country / Region\n')).toEqual([
      'supplier=Factory Name',
      'supplier_country=Country / Region',
    ]);
    expect(mapLines('  \n')).toEqual([]);
  });
});

describe('uploadForm(file, options)', () => {
  const file = new File(['supplier\nAcme\n'], 'suppliers.xlsx');

  it('sends the columns, the encoding and the worksheet as the API’s form fields, then the file', () => {
    const form = uploadForm(file, {
      map: ['supplier=Factory Name', 'supplier_country=Country'],
      encoding: 'windows-1252',
      sheet: ' Tier 1 ',
    });
    expect([...form.keys()]).toEqual(['map', 'map', 'encoding', 'sheet', 'file']);
    expect(form.getAll('map')).toEqual(['supplier=Factory Name', 'supplier_country=Country']);
    expect(form.get('sheet')).toBe('Tier 1');
    expect((form.get('file') as File).name).toBe('suppliers.xlsx');
  });

  it('leaves out the fields left empty, so the server detects them', () => {
    const form = uploadForm(file, { map: [], encoding: '', sheet: '  ' });
    expect([...form.keys()]).toEqual(['file']);
  });
});
