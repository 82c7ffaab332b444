import { describe, expect, it } from 'vitest';
import { planColumns } from './column-mapper.js';
import { isRejected, RowBuilder } from './row-builder.js';

describe('planColumns(headers): the name the supplier does business as', () => {
  it('reads the DBA column of USAspending, FPDS and subaward downloads', () => {
    const usa = planColumns([
      'contract_transaction_unique_key',
      'award_id_piid',
      'recipient_name',
      'recipient_doing_business_as_name',
      'recipient_parent_name',
      'federal_action_obligation',
    ]);
    expect(usa.layout).toBe('usaspending_transactions');
    expect(usa.mapping.dba).toBe('recipient_doing_business_as_name');
    expect(usa.mapping.supplier).toBe('recipient_name');
    const fpds = planColumns([
      'PIID',
      'Legal Business Name',
      'Doing Business As Name',
      'Action Obligation ($)',
    ]);
    expect(fpds.layout).toBe('fpds');
    expect(fpds.mapping.dba).toBe('Doing Business As Name');
    expect(fpds.mapping.supplier).toBe('Legal Business Name');
    const sub = planColumns([
      'prime_award_piid',
      'subawardee_name',
      'subawardee_dba_name',
      'subaward_amount',
    ]);
    expect(sub.mapping.dba).toBe('subawardee_dba_name');
    expect(sub.mapping.supplier).toBe('subawardee_name');
  });

  it.each([['DBA'], ['DBA Name'], ['Trade Name'], ['Doing Business As']])(
    'reads %s beside the supplier as its DBA, not as the supplier',
    (header) => {
      const plan = planColumns(['Supplier', header, 'Country', 'Amount']);
      expect(plan.mapping.dba).toBe(header);
      expect(plan.mapping.supplier).toBe('Supplier');
    },
  );

  it('reads no DBA from a file without such a column', () => {
    const plan = planColumns(['Supplier', 'Parent Company', 'Country']);
    expect(plan.mapping.dba).toBeUndefined();
  });
});

describe('RowBuilder.build(record): the DBA', () => {
  it('reads the DBA name of a row, trimmed, and leaves it empty when the cell is', () => {
    const headers = ['Supplier', 'DBA Name', 'Country'];
    const builder = new RowBuilder(planColumns(headers), headers, {});
    const row = builder.build(['XIANGYANG STORAGE TECHNOLOGY CO LTD', ' CAMEL GROUP CO LTD ', 'CHN'], 1, 2);
    const none = builder.build(['ACME WIDGETS LTD', '', 'GBR'], 2, 3);
    expect(isRejected(row) ? null : row.dba).toBe('CAMEL GROUP CO LTD');
    expect(isRejected(none) ? null : none.dba).toBe('');
  });
});
