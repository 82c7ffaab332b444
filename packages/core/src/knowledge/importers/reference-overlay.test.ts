import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../reference/data-manifest.js';
import { MANIFEST_FILE } from '../../reference/load-reference-data.js';
import { overlayReferenceFiles } from './reference-overlay.js';

const data = (file: string) => readFileSync(new URL(`../../../../../data/${file}`, import.meta.url), 'utf8');

describe('overlayReferenceFiles(files, imported)', () => {
  const uflpa = data('lists/uflpa_entities.csv');
  const files = new Map([
    [MANIFEST_FILE, data('manifest.json')],
    ['lists/uflpa_entities.csv', uflpa],
  ]);
  const lines = uflpa.trimEnd().split('\n');
  const shorter = `${lines.slice(0, -2).join('\n')}\n`;

  it('puts the imported text in place and the manifest in step with it', () => {
    const out = overlayReferenceFiles(files, [
      {
        dataset: 'uflpa_entities',
        text: shorter,
        version: 3,
        imported_at: '2026-12-01T10:00:00.000Z',
        as_of: null,
        source_file: 'uflpa-december.csv',
      },
    ]);
    expect(out.get('lists/uflpa_entities.csv')).toBe(shorter);
    const info = parseManifest(out.get(MANIFEST_FILE) ?? '').find((d) => d.id === 'uflpa_entities');
    expect(info?.rows).toBe(lines.length - 3);
    expect(info?.as_of).toBe('2026-12-01');
    expect(info?.imported).toEqual({
      version: 3,
      imported_at: '2026-12-01T10:00:00.000Z',
      source_file: 'uflpa-december.csv',
    });
    expect(info?.gaps.slice(0, 2)).toEqual([
      'imported version 3 (uflpa-december.csv) of 2026-12-01 replaces the vendored file',
      'as_of is the import date: the imported file gave none',
    ]);
    expect(files.get('lists/uflpa_entities.csv')).toBe(uflpa);
  });

  it('refuses a dataset the manifest does not list, and changes nothing without imports', () => {
    expect(overlayReferenceFiles(files, [])).toEqual(files);
    const stray = { dataset: 'nope', text: '', version: 1, imported_at: 'x', as_of: null, source_file: null };
    expect(() => overlayReferenceFiles(files, [stray])).toThrow(/nope has no entry/);
  });
});
