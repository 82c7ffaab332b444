import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planColumns } from '../ingest/column-mapper.js';
import { isFederalAwardLayout } from './federal-award-layout.js';

const dataDir = new URL('../../../../data/', import.meta.url);
/** The official column list of a USAspending download in data/formats/ (comments left out). */
const columns = (name: string) =>
  readFileSync(new URL(`formats/${name}`, dataDir), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));

const federal = (headers: string[], overrides = {}) => isFederalAwardLayout(planColumns(headers, overrides));

describe('isFederalAwardLayout(layout)', () => {
  it.each([
    ['usaspending_contract_columns.txt'],
    ['usaspending_contract_columns_2018_layout.txt'],
    ['usaspending_contract_award_summary_columns.txt'],
  ])('takes the rows of a USAspending download (%s) for federal awards', (name) => {
    expect(federal(columns(name))).toBe(true);
  });

  it('takes the rows of an FPDS export for federal awards', () => {
    expect(federal(['PIID', 'Date Signed', 'Action Obligation ($)', 'Legal Business Name'])).toBe(true);
  });

  it("takes the rows of USAspending's subaward download for federal subcontracts", () => {
    const subaward = [
      'prime_award_piid',
      'prime_award_product_or_service_code',
      'subaward_amount',
      'subaward_action_date',
      'subawardee_name',
      'subawardee_country_code',
      'subawardee_country_name',
    ];
    expect(planColumns(subaward).layout).toBe('generic');
    expect(federal(subaward)).toBe(true);
  });

  it('takes a file of no exact layout whose contract id is a PIID for federal awards', () => {
    expect(federal(['PIID', 'Supplier', 'Country', 'PSC', 'Amount'])).toBe(true);
    expect(federal(['award_id_piid', 'Supplier', 'Country', 'Amount'])).toBe(true);
  });

  it('takes the rows of a SAM.gov award notice for federal awards', () => {
    const sam = [
      'NoticeId',
      'ClassificationCode',
      'PopCountry',
      'AwardNumber',
      'AwardDate',
      'Award$',
      'Awardee',
    ];
    expect(planColumns(sam).layout).toBe('generic');
    expect(federal(sam)).toBe(true);
    expect(federal(['Awardee Name', 'Country', 'Amount'])).toBe(true);
  });

  it("does not take an importer's entry lines, a company's invoices or an ERP export for federal awards", () => {
    const entries = [
      'Entry Number',
      'Line',
      'Importer of Record',
      'Manufacturer',
      'Country of Origin',
      'HTS Code',
      'Description',
      'Entered Value (USD)',
      'Entry Date',
    ];
    const invoices = [
      'Vendor Name',
      'Vendor Country',
      'Item Description',
      'HS Code',
      'Invoice Amount',
      'Currency',
      'Invoice Date',
      'PO Number',
    ];
    expect(planColumns(invoices).mapping.contract_id).toBe('PO Number');
    expect(federal(entries)).toBe(false);
    expect(federal(invoices)).toBe(false);
    expect(federal(['Lieferant', 'Land', 'Beschreibung', 'Betrag', 'Währung'])).toBe(false);
    expect(federal(['Contract Number', 'Supplier', 'Country', 'PSC', 'Amount'])).toBe(false);
  });
});
