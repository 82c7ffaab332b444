import { describe, expect, it } from 'vitest';
import { planColumns } from './column-mapper.js';
import { isRejected, RowBuilder } from './row-builder.js';

describe('planColumns(headers): import declaration, award list and ERP headers', () => {
  it.each([
    ['supplier_address', 'Domicilio del Proveedor'],
    ['supplier_address', 'Endereço do Exportador'],
    ['supplier_address', 'Anschrift Versender'],
    ['description', 'Descripción de la Mercancía'],
    ['description', 'Descrição da Mercadoria'],
    ['description', 'Designación de la mercancía'],
    ['description', 'Award Description'],
    ['description', 'Nomenclature'],
    ['description', 'Item Name'],
    ['hs_code', 'Código TARIC'],
    ['amount', 'Valor en Aduana'],
    ['amount', 'Zollwert (EUR)'],
    ['amount', 'Valor estadístico (EUR)'],
    ['amount', 'Importo netto'],
    ['amount', 'Importo totale'],
    ['amount', 'Importo lordo'],
    ['amount', 'Imponibile'],
    ['amount', 'Totale documento'],
    ['amount', 'Importe bruto'],
    ['amount', 'Valor bruto'],
    ['amount', 'Montant net'],
    ['amount', 'Bestellwert'],
    ['amount', 'Gasto total'],
    ['contract_id', 'AwardNumber'],
    ['contract_id', 'Award Number'],
    ['date', 'AwardDate'],
    ['date', 'Award Date'],
    ['date', 'Date of Award'],
    ['date', 'Fecha de documento'],
    ['date', 'Effective Date'],
    ['psc', 'Federal Supply Class'],
  ] as const)('reads %s from %s', (field, header) => {
    expect(planColumns(['Supplier', header]).mapping[field]).toBe(header);
  });

  it.each([['Versender'], ['Expedidor/Exportador'], ['Awardee'], ['Awardee Name']])(
    'reads %s as the supplier',
    (header) => {
      expect(planColumns([header, 'Description']).mapping.supplier).toBe(header);
    },
  );

  it('reads a net amount before a gross one, and an effective date only where no other column dates the row', () => {
    expect(planColumns(['Ragione sociale', 'Importo lordo', 'Importo netto']).mapping.amount).toBe(
      'Importo netto',
    );
    expect(planColumns(['Supplier', 'Effective Date', 'Invoice Date']).mapping.date).toBe('Invoice Date');
    expect(planColumns(['Supplier', 'Effective Date', 'Fecha']).mapping.date).toBe('Fecha');
  });

  it('reads a bare Award, Classification Code or Award$ column outside a SAM.gov award notice as nothing', () => {
    const plan = planColumns(['Supplier', 'Award', 'ClassificationCode', 'Award$']);
    expect(plan.mapping.amount).toBeUndefined();
    expect(plan.mapping.psc).toBeUndefined();
    expect(plan.mapping.contract_id).toBeUndefined();
  });
});

describe('planColumns(headers): a SAM.gov award notice', () => {
  const SAM = [
    'NoticeId',
    'NaicsCode',
    'ClassificationCode',
    'PopCity',
    'PopCountry',
    'AwardNumber',
    'AwardDate',
    'Award$',
    'Awardee',
    'OrganizationType',
    'State',
    'City',
    'ZipCode',
    'CountryCode',
    'Description',
  ];

  it("reads the awardee, the award's number, date, amount and PSC", () => {
    const plan = planColumns(SAM);
    expect(plan.mapping).toMatchObject({
      supplier: 'Awardee',
      contract_id: 'AwardNumber',
      date: 'AwardDate',
      amount: 'Award$',
      psc: 'ClassificationCode',
      naics: 'NaicsCode',
      place_of_performance: 'PopCountry',
      description: 'Description',
    });
  });

  it("does not read the contracting office's State, City, ZipCode and CountryCode as the awardee's", () => {
    const plan = planColumns(SAM);
    expect(plan.mapping.supplier_country).toBeUndefined();
    expect(plan.mapping.supplier_address).toBeUndefined();
    expect(plan.addressParts).toEqual([]);
    for (const h of ['State', 'City', 'ZipCode', 'CountryCode']) expect(plan.unmapped).toContain(h);
  });

  it("still reads them as the supplier's beside any other supplier column, or when named with --map", () => {
    const plan = planColumns(['Vendor Name', 'City', 'State', 'ZipCode', 'CountryCode']);
    expect(plan.mapping.supplier_country).toBe('CountryCode');
    expect(plan.addressParts.length).toBeGreaterThan(0);
    expect(planColumns(SAM, { supplier_country: 'CountryCode' }).mapping.supplier_country).toBe(
      'CountryCode',
    );
  });
});

describe('RowBuilder.build(record): the PSC of an NSN', () => {
  const headers = ['Award Number', 'Vendor Name', 'NSN', 'Nomenclature'];

  it('reads the first four digits of a National Stock Number, its FSC, as the PSC', () => {
    const plan = planColumns(headers);
    expect(plan.mapping.psc).toBe('NSN (its first four digits, the FSC)');
    const builder = new RowBuilder(plan, headers, {});
    const psc = (nsn: string) => {
      const r = builder.build(['SPE1C1-23-P-0101', 'TOP GLOVE SDN BHD', nsn, 'GLOVES'], 1, 2);
      return isRejected(r) ? null : r.psc;
    };
    expect(psc('6515-01-365-6205')).toBe('6515');
    expect(psc('8440015771237')).toBe('8440');
    // Not an NSN: no PSC guessed from it.
    expect(psc('6515')).toBe('');
    expect(psc('N/A')).toBe('');
    expect(planColumns(['Vendor', 'National Stock Number']).nsnColumn).toBe(1);
  });

  it('reads a PSC column of its own before the NSN', () => {
    const plan = planColumns([...headers, 'PSC']);
    expect(plan.mapping.psc).toBe('PSC');
    expect(plan.nsnColumn).toBeNull();
  });
});
