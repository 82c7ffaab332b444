import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ListEntry } from '../matching/list-entry.js';
import { parseCbpOrders } from '../reference/cbp-orders.js';
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

  it("carries the data's own doubt about a CBP order into the finding: tag, quoted note and details", () => {
    // The real reader of cbp_wro.csv, which keeps the rows' check notes.
    const cbp = parseCbpOrders(read('lists/cbp_wro.csv'), ref.countries, { dataset: 'cbp_wro', as_of: null });
    const withNotes = { ...ref, wroOrders: cbp.orders, listEntries: cbp.entries };
    const rule = createEntityRule(withNotes, exactMatcher(cbp.entries), weights, 0.75);
    const note =
      'CONFLICT: Reuters/theSun/DagangNews (2020-07-16/17) report the WRO on Top Glove Sdn Bhd and TG Medical Sdn Bhd was issued 2020-07-15, not 2021';
    const [topGlove] = rule('Top Glove Corporation Bhd', 'MYS');
    expect(topGlove?.summary).toBe(
      `CBP Withhold Release Orders and Findings: "Top Glove Corporation Bhd" (listed 2021-07-15; WRO; disputed by the data's own note) matched at 1.00. Data note: "${note}"`,
    );
    expect(topGlove?.details?.source_note).toBe(note);
    const [supermax] = rule('Supermax Corporation Berhad', 'MYS');
    expect(supermax?.summary).toBe(
      'CBP Withhold Release Orders and Findings: "Supermax Corporation Berhad" (listed 2021-10-21; WRO; not verified in the data) matched at 1.00',
    );
    expect(supermax?.details?.source_note).toBe('unverified');
    // A row whose check only cites another source raises no doubt.
    const [giant] = rule('Giant Manufacturing Co., Ltd.', null);
    expect(giant?.summary).toMatch(
      /^CBP Withhold Release Orders and Findings: "Giant Manufacturing Co\., Ltd\." \(listed [\d-]+; WRO\) matched at 1\.00$/,
    );
    expect(giant?.details?.source_note).toBeUndefined();
  });

  it('gives a user list entry no note of the official order of the same record', () => {
    const cbp = parseCbpOrders(read('lists/cbp_wro.csv'), ref.countries, { dataset: 'cbp_wro', as_of: null });
    const topGloveRecord = cbp.orders.find((o) => o.text.startsWith('Top Glove'))?.source.record ?? '';
    const user = {
      ...userEntry('cbp_wro', 'Top Glove Corporation Bhd'),
      source: { dataset: 'cbp_wro', record: topGloveRecord, as_of: null },
    };
    const rule = createEntityRule(
      { ...ref, wroOrders: cbp.orders, listEntries: cbp.entries },
      exactMatcher([user]),
      weights,
      0.75,
    );
    const [f] = rule('Top Glove Corporation Bhd', null);
    expect(f?.summary).toBe(
      'user list "cbp_wro": "Top Glove Corporation Bhd" (date not given) matched at 1.00',
    );
    expect(f?.details?.source_note).toBeUndefined();
  });
});
