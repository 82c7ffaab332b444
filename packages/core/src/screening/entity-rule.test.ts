import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ListEntry } from '../matching/list-entry.js';
import { createEntityRule } from './entity-rule.js';
import { buildTestReference, exactMatcher } from './screening-fixture.case.js';
import { parseWeights } from './weights.js';

const dataDir = new URL('../../../../data/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dataDir), 'utf8');
const ref = buildTestReference(read);
const weights = parseWeights(read('weights.json'));

/** An entry of a user's list named as the file it came from (`uflpa.csv`, `cbp_wro.csv`). */
const userEntry = (list: string, name: string, dataset = list): ListEntry => ({
  id: `${list}:golden-thread`,
  list,
  name,
  aliases: [],
  country: null,
  source: { dataset, record: 'row 1', as_of: null },
});

describe('createEntityRule(ref, matcher, weights, threshold)', () => {
  it('cites the reference data’s own entries by their list, with the order’s date and type', () => {
    const rule = createEntityRule(ref, exactMatcher(ref.listEntries), weights, 0.75);
    const [f] = rule('Hoshine Silicon Industry Co., Ltd.', null);
    expect(f?.summary).toMatch(/^CBP Withhold Release Orders and Findings: "Hoshine Silicon Industry/);
    expect(f?.summary).toContain('listed 2021-06-24');
  });

  it('cites a user list named like an official one as a user list, without the real list’s orders', () => {
    const uflpa = userEntry('uflpa', 'Golden Thread Co Ltd');
    const cbp = userEntry('cbp_wro', 'Golden Needle Co Ltd');
    const entries = [...ref.listEntries, uflpa, cbp];
    const rule = createEntityRule(ref, exactMatcher(entries), weights, 0.75);
    expect(rule('GOLDEN THREAD CO LTD', null)[0]?.summary).toBe(
      'user list "uflpa": "Golden Thread Co Ltd" (date not given) matched at 1.00',
    );
    // Row 1 of the real cbp_wro.csv is an order of 1953: none of its date or type is this entry's.
    expect(rule('GOLDEN NEEDLE CO LTD', null)[0]?.summary).toBe(
      'user list "cbp_wro": "Golden Needle Co Ltd" (date not given) matched at 1.00',
    );
  });
});
