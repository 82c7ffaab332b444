import { describe, expect, it } from 'vitest';
import { spendRow } from '../model/spend-row.case.js';
import { createContractFarAggregator } from './contract-far-aggregator.js';

const resolve = (text: string) => ({ China: 'CHN', USA: 'USA' })[text] ?? null;
/** Supplies from China, not COTS: a FAR 52.222-50(h) portion. */
const abroad = (contract_id: string, amount: number, currency = '') =>
  spendRow({ contract_id, amount, currency, psc: '8405', origin_country: 'China', cots: false });

describe('createContractFarAggregator(resolve)', () => {
  it('sums the qualifying rows of each contract per currency and counts them', () => {
    const agg = createContractFarAggregator(resolve);
    agg.add(abroad('PO-1', 100));
    agg.add(abroad('PO-2', 5));
    agg.add(abroad('PO-1', 50.5, 'cny'));
    agg.add(abroad('PO-1', 25));
    agg.add(abroad('PO-1', 7, 'EUR'));
    agg.add(abroad('PO-1', 0.5, 'CNY'));
    agg.add(abroad('PO-2', 3, 'EUR'));
    agg.add(spendRow({ contract_id: 'PO-1', amount: 1000, psc: '8405', origin_country: 'USA' }));
    agg.add(
      spendRow({ contract_id: 'PO-3', amount: 1000, psc: '8405', origin_country: 'China', cots: true }),
    );
    const po1 = agg.get('PO-1');
    expect(po1).toEqual({
      contract_id: 'PO-1',
      totals: { USD: 125, CNY: 51, EUR: 7 },
      rows: 5,
      rows_without_amount: 0,
      first_date: '',
      estimated_value: null,
      positive_usd: null,
    });
    expect(Object.keys(po1?.totals ?? {})).toEqual(['USD', 'CNY', 'EUR']);
    expect(agg.get('PO-2')).toEqual({
      contract_id: 'PO-2',
      totals: { USD: 5, EUR: 3 },
      rows: 2,
      rows_without_amount: 0,
      first_date: '',
      estimated_value: null,
      positive_usd: null,
    });
    expect(agg.get('PO-3')).toBeUndefined();
    expect(agg.size).toBe(2);
  });

  it('finds every one of many contracts, ids beyond Latin-1 included', () => {
    const agg = createContractFarAggregator(resolve);
    const ids = Array.from({ length: 50_000 }, (_, i) => `PO-${i}`);
    ids.push('合同-7', 'PO-ü-1', 'PO-0/1');
    for (const [i, id] of ids.entries()) agg.add(abroad(id, i + 1));
    for (const id of ids) agg.add(abroad(id, 1));
    expect(agg.size).toBe(ids.length);
    for (const [i, id] of ids.entries()) {
      expect(agg.get(id)).toEqual({
        contract_id: id,
        totals: { USD: i + 2 },
        rows: 2,
        rows_without_amount: 0,
        first_date: '',
        estimated_value: null,
        positive_usd: null,
      });
    }
    expect(agg.get('PO-50000')).toBeUndefined();
    expect(agg.get('合同-8')).toBeUndefined();
  });

  it("keeps the earliest date of each contract's qualifying rows", () => {
    const agg = createContractFarAggregator(resolve);
    const dated = (id: string, date: string, origin = 'China') =>
      spendRow({ contract_id: id, amount: 1, psc: '8405', origin_country: origin, cots: false, date });
    agg.add(dated('PO-1', '2021-03-05'));
    agg.add(dated('PO-1', ''));
    agg.add(dated('PO-1', '2019-12-31'));
    agg.add(dated('PO-1', '2020-01-01'));
    agg.add(dated('PO-1', '2018-01-01', 'USA'));
    agg.add(dated('PO-2', ''));
    expect(agg.get('PO-1')?.first_date).toBe('2019-12-31');
    expect(agg.get('PO-2')?.first_date).toBe('');
  });

  it('keeps the largest estimated value in USD of each contract', () => {
    const agg = createContractFarAggregator(resolve);
    const valued = (id: string, contract_value: number | null, currency = '') =>
      spendRow({
        contract_id: id,
        amount: 1,
        psc: '8405',
        origin_country: 'China',
        cots: false,
        contract_value,
        currency,
      });
    agg.add(valued('PO-1', 900_000));
    agg.add(valued('PO-1', null));
    agg.add(valued('PO-1', 1_200_000));
    agg.add(valued('PO-1', 5_000_000, 'EUR'));
    agg.add(valued('PO-2', null));
    expect(agg.get('PO-1')?.estimated_value).toBe(1_200_000);
    expect(agg.get('PO-2')?.estimated_value).toBeNull();
  });

  it('takes ids that differ only in case, spaces, dashes or dots for one contract, shown as first written', () => {
    const agg = createContractFarAggregator(resolve);
    agg.add(abroad('W52P1J-21-C-0031', 300));
    agg.add(abroad('W52P1J21C0031', 300));
    agg.add(abroad('w52p1j21c0031', 300));
    agg.add(abroad('W52P1J 21 C.0031', 300));
    agg.add(abroad('W52P1J\u201321\u2013C\u20130031', 300));
    // A slash separates an IDV from its task order: other contracts.
    agg.add(abroad('W912ER20D0001/0001', 5));
    agg.add(abroad('W912ER20D0002/0001', 7));
    agg.add(abroad('合同-8', 1));
    agg.add(abroad('合同8', 1));
    expect(agg.size).toBe(4);
    for (const id of ['W52P1J21C0031', 'w52p1j-21-c-0031', 'W52P1J-21-C-0031']) {
      expect(agg.get(id)).toMatchObject({ contract_id: 'W52P1J-21-C-0031', totals: { USD: 1500 }, rows: 5 });
    }
    expect(agg.get('W912ER20D0001/0001')?.totals).toEqual({ USD: 5 });
    expect(agg.get('w912er20d0002/0001')).toMatchObject({
      contract_id: 'W912ER20D0002/0001',
      totals: { USD: 7 },
    });
    expect(agg.get('合同8')).toMatchObject({ contract_id: '合同-8', rows: 2 });
    expect(agg.get('W912ER20D0001')).toBeUndefined();
  });

  it('names a contract as first written whatever writing it is asked by, Latin-1 letters folded too', () => {
    const agg = createContractFarAggregator(resolve);
    agg.add(abroad('PO1', 1));
    agg.add(abroad('po-1', 2));
    agg.add(abroad('Po-ü-1', 4));
    agg.add(abroad('POÜ1', 8));
    agg.add(abroad('-.-', 16));
    expect(agg.size).toBe(2);
    expect(agg.get('p.o.1')).toMatchObject({ contract_id: 'PO1', totals: { USD: 3 } });
    expect(agg.get('PO1')).toMatchObject({ contract_id: 'PO1', totals: { USD: 3 } });
    expect(agg.get('poü1')).toMatchObject({ contract_id: 'Po-ü-1', totals: { USD: 12 } });
    expect(agg.get('po 1')?.totals).toEqual({ USD: 3 });
    expect(agg.get('-.-')).toBeUndefined();
    expect(agg.get('PO 2')).toBeUndefined();
  });

  it('counts the qualifying rows without an amount, and dates the contract by them too', () => {
    const agg = createContractFarAggregator(resolve);
    agg.add(abroad('PO-1', 100));
    agg.add(
      spendRow({
        contract_id: 'PO-1',
        amount: null,
        psc: '8405',
        origin_country: 'China',
        date: '2020-01-02',
      }),
    );
    agg.add(spendRow({ contract_id: 'PO-1', amount: null, psc: '8405', origin_country: 'USA' }));
    expect(agg.get('PO-1')).toMatchObject({
      totals: { USD: 100 },
      rows: 1,
      rows_without_amount: 1,
      first_date: '2020-01-02',
    });
  });

  it('keeps the sum of the positive USD amounts of a contract with de-obligations', () => {
    const agg = createContractFarAggregator(resolve);
    for (const amount of [200, 200, -60, 200, -10]) agg.add(abroad('PO-1', amount));
    agg.add(abroad('PO-1', -1000, 'EUR'));
    agg.add(abroad('PO-2', 200));
    agg.add(abroad('PO-3', -50));
    expect(agg.get('PO-1')).toMatchObject({ totals: { USD: 530, EUR: -1000 }, positive_usd: 600 });
    expect(agg.get('PO-2')?.positive_usd).toBeNull();
    expect(agg.get('PO-3')).toMatchObject({ totals: { USD: -50 }, positive_usd: 0 });
  });
});
