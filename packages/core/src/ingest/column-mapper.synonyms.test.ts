import { describe, expect, it } from 'vitest';
import { planColumns } from './column-mapper.js';

describe('planColumns(headers): description headers of European and Latin American exports', () => {
  it.each([
    'Beschreibung',
    'Artikelbezeichnung',
    'Warenbeschreibung',
    'Warenbezeichnung',
    'Produktbeschreibung',
    'Leistungsbeschreibung',
    'Kurztext',
    'Buchungstext',
    'Positionstext',
    'Descripción del artículo',
    'Descripción Comercial',
    'Concepto',
    'Denominación',
    'Detalle',
    'Texto breve de material',
    'Descrição do produto',
    'Denominazione',
    'Désignation article',
    'Description article',
    'Objet',
  ])('reads %s as the description', (header) => {
    expect(planColumns(['Lieferantenname', 'Land', header, 'Betrag']).mapping.description).toBe(header);
  });

  it.each([
    ['Objet', 'Désignation article'],
    ['Concepto', 'Descripción'],
    ['Detalle', 'Descripción Comercial'],
    ['Buchungstext', 'Warenbezeichnung'],
    ['Denominazione', 'Descrizione articolo'],
  ])('reads %s only where no better description column is present (%s)', (weak, better) => {
    const plan = planColumns(['Supplier', weak, better, 'Amount']);
    expect(plan.mapping.description).toBe(better);
    expect(plan.unmapped).toEqual([weak]);
  });

  it("does not read a company's name (Denominación social, or Denominazione beside a bare Fornitore) as one", () => {
    const social = planColumns(['Denominación social', 'País', 'Importe']);
    expect(social.mapping.supplier).toBe('Denominación social');
    expect(social.index.description).toBeUndefined();
    const beside = planColumns(['Fornitore', 'Denominazione', 'Importo']);
    expect(beside.mapping.supplier).toBe('Fornitore');
    expect(beside.index.description).toBeUndefined();
  });

  it('reads a column the user names for one field for that field alone', () => {
    const plan = planColumns(['Fornitore', 'Denominazione', 'Importo'], { supplier: 'Denominazione' });
    expect(plan.mapping.supplier).toBe('Denominazione');
    expect(plan.index.description).toBeUndefined();
    expect(plan.mapping.amount).toBe('Importo');
    expect(() => planColumns(['Supplier', 'Description', 'Amount'], { description: 'Supplier' })).toThrow(
      /No supplier name column/,
    );
  });
});

describe('planColumns(headers): value, tariff, party and date headers of import files', () => {
  it.each([
    'Obligations',
    'Obligation Amount',
    'Net Obligations',
    'Rechnungsbetrag',
    'Valor FOB USD',
    'Declared Value (USD)',
    'Declared Value',
    'FOB Value USD',
    'CIF Value USD',
    'Customs Value',
    'Invoice Value',
    'Line Entered Value',
  ])('reads %s as the amount', (header) => {
    expect(planColumns(['Supplier', 'HS Code', header]).mapping.amount).toBe(header);
  });

  it('reads the FOB value before the CIF value, and neither customs code nor obligation date as an amount', () => {
    expect(planColumns(['Exportador', 'Valor CIF USD', 'Valor FOB USD']).mapping.amount).toBe(
      'Valor FOB USD',
    );
    const customs = planColumns(['Supplier', 'Customs Code', 'Customs Value']);
    expect(customs.mapping.hs_code).toBe('Customs Code');
    expect(customs.mapping.amount).toBe('Customs Value');
    const dated = planColumns(['Vendor Name', 'Obligation Date', 'Net Obligations']);
    expect(dated.mapping.amount).toBe('Net Obligations');
    expect(dated.unmapped).toEqual(['Obligation Date']);
  });

  it("reads a Peruvian import declaration: the exporter, its address, the tariff heading, the goods' FOB value", () => {
    const plan = planColumns([
      'Fecha',
      'Aduana',
      'Importador',
      'RUC Importador',
      'Exportador',
      'Dirección Exportador',
      'País de Origen',
      'País de Procedencia',
      'Partida Arancelaria',
      'Descripción Comercial',
      'Valor FOB USD',
      'Valor CIF USD',
    ]);
    expect(plan.mapping).toMatchObject({
      date: 'Fecha',
      supplier: 'Exportador',
      supplier_address: 'Dirección Exportador',
      origin_country: 'País de Origen',
      hs_code: 'Partida Arancelaria',
      description: 'Descripción Comercial',
      amount: 'Valor FOB USD',
    });
    // The importer is the buyer; a bare Partida is a budget line, not a tariff heading.
    expect(plan.unmapped).toEqual([
      'Aduana',
      'Importador',
      'RUC Importador',
      'País de Procedencia',
      'Valor CIF USD',
    ]);
    expect(planColumns(['Proveedor', 'Partida', 'Importe']).index.hs_code).toBeUndefined();
    expect(planColumns(['Proveedor', 'Fracción arancelaria', 'Importe']).mapping.hs_code).toBe(
      'Fracción arancelaria',
    );
  });

  it('reads a Chinese export declaration: the producer as the supplier, the domestic consignor as the shipper', () => {
    const plan = planColumns([
      '报关单号',
      '出口日期',
      '境内发货人',
      '生产销售单位',
      '境外收货人',
      '境内货源地',
      '商品编号',
      '商品名称及规格型号',
      '原产国（地区）',
      '总价',
      '币制',
    ]);
    expect(plan.mapping).toMatchObject({
      date: '出口日期',
      supplier: '生产销售单位, else 境内发货人',
      shipper: '境内发货人',
      supplier_address: '境内货源地',
      hs_code: '商品编号',
    });
    // The consignee abroad is the buyer.
    expect(plan.unmapped).toEqual(['境外收货人']);
    const consignor = planColumns(['境内发货人', '境外收货人', '总价']);
    expect(consignor.mapping.supplier).toBe('境内发货人');
    expect(consignor.index.shipper).toBeUndefined();
  });

  it('reads Buchungsdatum and Data fattura as the date, a document date before a posting date', () => {
    expect(planColumns(['Lieferantenname', 'Buchungsdatum', 'Betrag']).mapping.date).toBe('Buchungsdatum');
    expect(planColumns(['Ragione sociale', 'Data fattura', 'Importo']).mapping.date).toBe('Data fattura');
    expect(planColumns(['Lieferantenname', 'Buchungsdatum', 'Belegdatum', 'Betrag']).mapping.date).toBe(
      'Belegdatum',
    );
  });
});

describe('planColumns(headers): amounts given in thousands or millions', () => {
  it.each([
    ['Obligations ($K)', 1000, ''],
    ['Obligated Amount ($K)', 1000, ''],
    ['Dollars Obligated ($K)', 1000, ''],
    ['Amount ($000)', 1000, ''],
    ['Amount (in thousands)', 1000, ''],
    ['Amount (USD thousands)', 1000, 'USD'],
    ['Betrag (in Tsd. EUR)', 1000, 'EUR'],
    ['Amount (USD millions)', 1e6, 'USD'],
  ])('reads %s as the amount, scaled by %d', (header, scale, currency) => {
    const plan = planColumns(['Vendor Name', 'Description', header]);
    expect(plan.mapping.amount).toBe(header);
    expect(plan.amountScale).toBe(scale);
    expect(plan.defaultCurrency).toBe(currency);
  });

  it('scales nothing under a header that states no scale, and reads a named scaled contract value scaled', () => {
    const plan = planColumns(['Vendor Name', 'Amount (USD)', 'Contract Value ($K)']);
    expect(plan.amountScale).toBe(1);
    expect(plan.defaultCurrency).toBe('USD');
    expect(plan.mapping.contract_value).toBe('Contract Value ($K)');
    expect(plan.contractValueScale).toBe(1000);
    // A quantity in thousands is no amount.
    expect(planColumns(['Vendor Name', 'Quantity (000)']).index.amount).toBeUndefined();
  });
});
