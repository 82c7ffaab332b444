import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ScreenedRow } from '../model/screened-row.js';
import type { RejectedRow } from '../model/spend-row.js';
import { screenSpendFile } from './screen-spend-file.js';
import { buildTestReference, exactMatcher } from './screening-fixture.case.js';
import { parseWeights } from './weights.js';

const dataDir = new URL('../../../../data/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dataDir), 'utf8');
const ref = buildTestReference(read);
const weights = parseWeights(read('weights.json'));

function bytes(text: string): () => AsyncIterable<Uint8Array> {
  return () =>
    (async function* () {
      yield new TextEncoder().encode(text);
    })();
}

async function run(csv: string) {
  let opens = 0;
  const open = bytes(csv);
  const rows: ScreenedRow[] = [];
  const rejects: RejectedRow[] = [];
  const summary = await screenSpendFile({
    open: () => {
      opens++;
      return open();
    },
    fileOptions: {},
    ref,
    matcher: exactMatcher(ref.listEntries),
    weights,
    options: { today: '2026-11-29' },
    onRows: (batch) => {
      rows.push(...batch);
    },
    onRejects: (batch) => {
      rejects.push(...batch);
    },
  });
  return { summary, rows, rejects, opens };
}

describe('screenSpendFile(args)', () => {
  it('reads twice when contract_id is mapped and judges FAR per contract', async () => {
    const csv = [
      'contract_id,supplier,place_of_performance,psc,amount,currency,date',
      'C-1,Alpha Services GmbH,Germany,S201,300000,USD,2024-03-01',
      'C-1,Alpha Services GmbH,Germany,S201,300000,USD,2024-04-01',
      'C-2,Xinjiang Zhongtai Chemical Co. Ltd.,China,S201,100,USD,2024-04-01',
      'C-3,Beta Ltd,Germany,S201,abc,USD,2024-04-01',
    ].join('\n');
    const { summary, rows, opens } = await run(csv);
    expect(opens).toBe(2);
    expect(summary.passes).toBe(2);
    expect(summary.far_contracts).toBe(2);
    expect(summary.rejected).toBe(1);
    expect(summary.rows).toBe(summary.screened + summary.rejected);
    expect(rows.slice(0, 2).every((r) => r.findings.some((f) => f.kind === 'far_plan'))).toBe(true);
    expect(rows[2]?.level).toBe('critical');
    expect(summary.levels.critical).toBe(1);
    expect(summary.spend.USD?.medium).toBe(600_000);
    expect(summary.data_versions.map((d) => d.dataset)).toContain('uflpa_entities');
  });

  it('reads once without a contract_id column', async () => {
    const { summary, opens, rows } = await run('supplier,country,amount\nAcme,Burma,10\n');
    expect(opens).toBe(1);
    expect(summary.passes).toBe(1);
    expect(rows[0]?.country).toBe('MMR');
    expect(summary.levels.high).toBe(1);
  });
});
