import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseHeader, planColumns } from './column-mapper.js';

describe('planColumns(headers)', () => {
  it('reads city, state / province, region and postal code columns as parts of the address, in file order', () => {
    const headers = [
      'Facility Name',
      'Address',
      'City',
      'State/Province',
      'Country',
      'Product Type',
      'Postal Code',
      'Region',
    ];
    const plan = planColumns(headers);
    expect(plan.index.supplier_address).toBe(1);
    expect(plan.addressParts).toEqual([2, 3, 6, 7]);
    expect(plan.mapping.supplier_address).toBe('Address + City + State/Province + Postal Code + Region');
    expect(plan.unmapped).toEqual([]);
  });

  it("maps a contract's stated estimated value: USAspending's potential total value of award, or a generic column", () => {
    const usa = planColumns([
      'contract_transaction_unique_key',
      'award_id_piid',
      'federal_action_obligation',
      'potential_total_value_of_award',
      'recipient_name',
    ]);
    expect(usa.mapping.contract_value).toBe('potential_total_value_of_award');
    expect(usa.mapping.amount).toBe('federal_action_obligation');
    const generic = planColumns(['Supplier', 'Amount', 'Total Contract Value']);
    expect(generic.mapping.contract_value).toBe('Total Contract Value');
    expect(generic.mapping.amount).toBe('Amount');
  });

  it('maps the awarding agency: USAspending’s sub-agency, else its agency; FPDS’s and a generic contracting agency', () => {
    const usa = planColumns([
      'award_id_piid',
      'awarding_agency_name',
      'awarding_sub_agency_name',
      'federal_action_obligation',
      'recipient_name',
    ]);
    expect(usa.layout).toMatch(/^usaspending_transactions/);
    expect(usa.mapping.agency).toBe('awarding_sub_agency_name');
    const generic = planColumns(['PIID', 'Vendor Name', 'Contracting Agency', 'Obligated Amount']);
    expect(generic.mapping.agency).toBe('Contracting Agency');
    expect(planColumns(['Supplier', 'Amount']).mapping.agency).toBeUndefined();
  });

  it('builds the address from city and state alone when there is no address column', () => {
    const plan = planColumns(['Factory Name', 'City', 'State', 'Country / Region']);
    expect(plan.index.supplier_address).toBeUndefined();
    expect(plan.addressParts).toEqual([1, 2]);
    expect(plan.mapping.supplier_address).toBe('City + State');
    expect(plan.mapping.supplier_country).toBe('Country / Region');
  });

  it('reads only the named column when --map names the address', () => {
    const plan = planColumns(['Factory Name', 'Address', 'City', 'State'], { supplier_address: 'City' });
    expect(plan.index.supplier_address).toBe(2);
    expect(plan.addressParts).toEqual([]);
    expect(plan.mapping.supplier_address).toBe('City');
  });

  it.each([
    ['Migrant Worker %'],
    ['% of foreign migrant workers'],
    ['Foreign Workers (%)'],
    ['Migrant workers (%)'],
    ['% migrant'],
  ])('reads %s as the migrant share', (header) => {
    expect(planColumns(['Factory Name', header]).mapping.migrant_share).toBe(header);
  });

  it.each([['No. of Employees'], ['Size of workforce'], ['Total Workers']])(
    'reads %s as the worker count',
    (header) => {
      expect(planColumns(['Factory Name', header]).mapping.workers).toBe(header);
    },
  );

  it.each([['Main product'], ['Product Group'], ['Category'], ['Product Category']])(
    'reads %s as the product type',
    (header) => {
      expect(planColumns(['Factory Name', 'Country', header]).mapping.product_type).toBe(header);
    },
  );

  it.each([
    ['Parent Company'],
    ['Parent company'],
    ['Parent Group'],
    ['Group Company'],
    ['Holding Company'],
    ['Ultimate Parent Legal Business Name'],
    ['母公司'],
  ])('reads %s as the parent company', (header) => {
    const plan = planColumns(['Factory Name', 'Country', header]);
    expect(plan.mapping.parent_company).toBe(header);
    expect(plan.unmapped).toEqual([]);
  });

  it.each(['Group', 'Owner'])(
    'leaves a bare %s column alone (a cost group, the contract owner)',
    (header) => {
      expect(planColumns(['Supplier', 'Country', header]).mapping.parent_company).toBeUndefined();
    },
  );

  it('reads the parent company of an Open Supply Hub download and of a USAspending file', () => {
    const osh = planColumns(['os_id', 'name', 'address', 'country_name', 'sector', 'parent_company']);
    expect(osh.layout).toBe('open_supply_hub_download');
    expect(osh.mapping.parent_company).toBe('parent_company');
    const usa = planColumns([
      'contract_transaction_unique_key',
      'award_id_piid',
      'recipient_name',
      'recipient_parent_name',
      'federal_action_obligation',
    ]);
    expect(usa.layout).toBe('usaspending_transactions');
    expect(usa.mapping.parent_company).toBe('recipient_parent_name');
  });

  it('reads a parent company column named with --map', () => {
    const plan = planColumns(['Factory Name', 'Country', 'Holding'], { parent_company: 'Holding' });
    expect(plan.mapping.parent_company).toBe('Holding');
    expect(plan.index.parent_company).toBe(2);
  });

  it.each([
    ['Manufacturing Site Address'],
    ['Site address'],
    ['Location'],
    ['Factory Location'],
    ['Address Line 1'],
    ['Address 1'],
    ['Registered Address'],
  ])('reads %s as the supplier address', (header) => {
    expect(planColumns(['Supplier', header, 'Country']).mapping.supplier_address).toBe(header);
  });

  it.each([['Tier 1 Factory'], ['Supplier name'], ['Factory name (English)']])(
    'reads %s as the supplier name',
    (header) => {
      expect(planColumns([header, 'Country']).mapping.supplier).toBe(header);
    },
  );

  it("prefers a factory's English name, falling back on its local name", () => {
    const headers = ['Factory name (local)', 'Factory name (English)', 'Country'];
    const plan = planColumns(headers);
    expect(plan.layout).toBe('brand_factory_list');
    expect(plan.mapping.supplier).toBe('Factory name (English), else Factory name (local)');
    expect(plan.supplierFallbacks).toEqual([0]);
    expect(plan.unmapped).toEqual([]);
  });

  it('reads an FPDS ezSearch export as FPDS, in US dollars', () => {
    const headers = [
      'PIID',
      'Referenced IDV PIID',
      'Date Signed',
      'Action Obligation ($)',
      'Legal Business Name',
      'Vendor Address City',
      'Vendor Address Country Name',
      'Principal Place of Performance Country Name',
      'Product or Service Code (PSC)',
      'Commercial Item Acquisition Procedures',
      'Description of Requirement',
    ];
    const plan = planColumns(headers);
    expect(plan.layout).toBe('fpds');
    expect(plan.mapping).toEqual({
      contract_id: 'PIID',
      supplier: 'Legal Business Name',
      supplier_address: 'Vendor Address City',
      supplier_country: 'Vendor Address Country Name',
      place_of_performance: 'Principal Place of Performance Country Name',
      psc: 'Product or Service Code (PSC)',
      amount: 'Action Obligation ($)',
      date: 'Date Signed',
      description: 'Description of Requirement',
      cots: 'Commercial Item Acquisition Procedures',
    });
    expect(plan.defaultCurrency).toBe('USD');
    expect(plan.cotsFromCommercialProcedures).toBe(true);
    expect(plan.contractParent).toBe(1);
  });

  it('reads USAspending columns in a file that keeps only a few of them', () => {
    const headers = [
      'contract_transaction_unique_key',
      'recipient_name',
      'federal_action_obligation',
      'action_date',
      'primary_place_of_performance_country_code',
      'product_or_service_code',
    ];
    const plan = planColumns(headers);
    expect(plan.layout).toBe('generic');
    expect(plan.mapping).toMatchObject({
      supplier: 'recipient_name',
      amount: 'federal_action_obligation',
      place_of_performance: 'primary_place_of_performance_country_code',
    });
    expect(plan.refColumn).toBe(0);
    expect(plan.defaultCurrency).toBe('USD');
    expect(plan.unmapped).toEqual([]);
  });
});

describe('planColumns(headers): other supplier columns', () => {
  it('reads a second column naming suppliers when the supplier column is empty, and shows it', () => {
    const plan = planColumns(['Supplier', 'Vendor', 'Country', 'Amount']);
    expect(plan.mapping.supplier).toBe('Supplier, else Vendor');
    expect(plan.index.supplier).toBe(0);
    expect(plan.supplierFallbacks).toEqual([1]);
    expect(plan.unmapped).toEqual([]);
  });

  it("takes vendor and factory names only, never the buyer's side (Company, Facility, Payee), and leaves Name alone", () => {
    const plan = planColumns(['Company', 'Name', 'Vendor Name', 'Supplier Name', 'Facility', 'Payee']);
    expect(plan.mapping.supplier).toBe('Supplier Name, else Vendor Name');
    expect(plan.unmapped).toEqual(['Company', 'Name', 'Facility', 'Payee']);
  });

  it('has none when --map names the supplier column', () => {
    const plan = planColumns(['Payee', 'Vendor', 'Supplier'], { supplier: 'Payee' });
    expect(plan.mapping.supplier).toBe('Payee');
    expect(plan.supplierFallbacks).toEqual([]);
  });

  it('has none in a file with one supplier column, nor from a column read as another field', () => {
    expect(planColumns(['Supplier', 'Country']).supplierFallbacks).toEqual([]);
    const plan = planColumns(['Supplier', 'Vendor'], { parent_company: 'Vendor' });
    expect(plan.mapping.supplier).toBe('Supplier');
    expect(plan.supplierFallbacks).toEqual([]);
  });
});

describe('planColumns(headers): common header names', () => {
  it.each([
    ['Spend (USD)', 'USD'],
    ['Total Spend', ''],
    ['Amount (EUR)', 'EUR'],
    ['Amount USD', 'USD'],
    ['Spend USD', 'USD'],
    ['PO Amount', ''],
    ['Invoice Total', ''],
    ['Line Amount', ''],
    ['Paid Amount', ''],
    ['Total Amount (USD)', 'USD'],
    ['Annual Spend', ''],
    ['Entered Value', ''],
    ['Amount in GBP', 'GBP'],
  ])('reads %s as the amount, in "%s" unless a row says otherwise', (header, currency) => {
    const plan = planColumns(['Supplier', header]);
    expect(plan.mapping.amount).toBe(header);
    expect(plan.defaultCurrency).toBe(currency);
  });

  it('takes no currency from a header code that is not ISO 4217, nor from a column not read as the amount', () => {
    expect(planColumns(['Supplier', 'Amount (XYZ)']).defaultCurrency).toBe('');
    const plan = planColumns(['Supplier', 'Amount', 'Fee (EUR)']);
    expect(plan.mapping.amount).toBe('Amount');
    expect(plan.defaultCurrency).toBe('');
  });

  it.each([
    'Supplier Legal Name',
    'Counterparty',
    'Creditor Name',
    'Nom du fournisseur',
    'Raison sociale',
    'Name des Lieferanten',
    'Lieferantenname',
    'Nombre del proveedor',
    'Ragione sociale',
  ])('reads %s as the supplier name', (header) => {
    expect(planColumns([header, 'Country']).mapping.supplier).toBe(header);
  });

  it('reads an SAP vendor export in German: Name 1, Land, Betrag, Währung', () => {
    const plan = planColumns(['Buchungskreis', 'Kreditor', 'Name 1', 'Land', 'Betrag', 'Währung']);
    expect(plan.mapping).toMatchObject({
      supplier: 'Name 1',
      supplier_country: 'Land',
      amount: 'Betrag',
      currency: 'Währung',
    });
    expect(planColumns(['Fournisseur', 'Nom du fournisseur', 'Montant', 'Devise']).mapping).toMatchObject({
      amount: 'Montant',
      currency: 'Devise',
    });
  });

  it('reads the name column of an ERP export, not its vendor number (Kreditor, Lieferant, Fournisseur)', () => {
    expect(planColumns(['Buchungskreis', 'Kreditor', 'Name des Lieferanten', 'Land']).mapping.supplier).toBe(
      'Name des Lieferanten',
    );
    expect(planColumns(['Fournisseur', 'Nom du fournisseur', 'Pays']).mapping.supplier).toBe(
      'Nom du fournisseur',
    );
  });

  it.each(['Kreditor', 'Lieferant', 'Fournisseur', 'Fornitore'])(
    'reads a bare %s only when no other column names the supplier, and marks it unproven',
    (word) => {
      const alone = planColumns([word, 'Land', 'Betrag']);
      expect(alone.mapping.supplier).toBe(word);
      expect(alone.supplierUnproven).toBe(true);
      const beside = planColumns([word, 'Lieferantenname', 'Betrag']);
      expect(beside.mapping.supplier).toBe('Lieferantenname');
      expect(beside.supplierUnproven).toBe(false);
    },
  );

  it.each(['Land', 'Pays', 'País', 'Ship From Country', 'Country (ISO)', 'Country Code'])(
    'reads %s as the supplier country',
    (header) => {
      expect(planColumns(['Supplier', header]).mapping.supplier_country).toBe(header);
    },
  );

  it('reads a customs entry: merchandise description, entered value, and the entry number as the row ref', () => {
    const plan = planColumns([
      'Entry Number',
      'Shipper',
      'Merchandise Description',
      'Country of Origin',
      'Entered Value',
    ]);
    expect(plan.mapping).toMatchObject({
      supplier: 'Shipper',
      description: 'Merchandise Description',
      origin_country: 'Country of Origin',
      amount: 'Entered Value',
    });
    expect(plan.mapping.contract_id).toBeUndefined();
    expect(plan.refColumn).toBe(0);
    expect(plan.unmapped).toEqual([]);
  });

  it.each(['ref', 'Ref No', 'Ref number'])('reads %s as the row ref, not as a contract id', (header) => {
    const plan = planColumns(['Supplier', header]);
    expect(plan.refColumn).toBe(1);
    expect(plan.mapping.contract_id).toBeUndefined();
  });
});

describe('planColumns(headers): import and tier-2 layouts', () => {
  it.each(['Region / Province', 'Region/Province', 'Manufacturer City', '城市', '省份'])(
    'reads %s as a part of the address',
    (header) => {
      const plan = planColumns(['Supplier', 'Address', header]);
      expect(plan.addressParts).toEqual([2]);
      expect(plan.mapping.supplier_address).toBe(`Address + ${header}`);
    },
  );

  it('reads a bill-of-lading export: shipper, its address and country, goods and their value', () => {
    const plan = planColumns([
      'Consignee',
      'Notify Party',
      'Shipper',
      'Shipper Address',
      'Shipper Country',
      'Goods Shipped',
      'Value of Goods (USD)',
    ]);
    expect(plan.mapping).toMatchObject({
      supplier: 'Shipper',
      supplier_address: 'Shipper Address',
      supplier_country: 'Shipper Country',
      description: 'Goods Shipped',
      amount: 'Value of Goods (USD)',
    });
    expect(plan.defaultCurrency).toBe('USD');
    expect(plan.supplierFallbacks).toEqual([]);
    expect(plan.unmapped).toEqual(['Consignee', 'Notify Party']);
  });

  it('never takes the consignee or the notify party for the supplier', () => {
    expect(() => planColumns(['Consignee', 'Notify Party', 'Goods Shipped'])).toThrow(
      /No supplier name column found/,
    );
  });

  it('reads a CBP ACE entry summary line: entry summary number as the row ref, never the contract id', () => {
    const plan = planColumns([
      'Entry Summary Number',
      'Entry Summary Date',
      'Manufacturer Name',
      'HTS Description',
      'Line Goods Value Amount',
    ]);
    expect(plan.mapping).toMatchObject({
      supplier: 'Manufacturer Name',
      date: 'Entry Summary Date',
      description: 'HTS Description',
      amount: 'Line Goods Value Amount',
    });
    expect(plan.refColumn).toBe(0);
    expect(plan.mapping.contract_id).toBeUndefined();
  });

  it.each([['Product Details'], ['Material / Process'], ['材料/工序']])(
    'reads %s as the description',
    (h) => {
      expect(planColumns(['Supplier', h]).mapping.description).toBe(h);
    },
  );

  it('takes the tier-2 supplier, not the tier-1 factory, as the supplier of a tier-2 list', () => {
    const both = planColumns(['Tier 1 Factory', 'Tier 2 Supplier Name', 'Country', 'Material / Process']);
    expect(both.index.supplier).toBe(1);
    expect(both.supplierFallbacks).toEqual([]);
    expect(planColumns(['Tier 2 Supplier Name', 'Country']).index.supplier).toBe(0);
  });

  it("falls back on a supplier's name in the other language", () => {
    expect(planColumns(['Supplier Name', 'Supplier Name (Local Language)']).supplierFallbacks).toEqual([1]);
    const tier2 = planColumns([
      'Tier 1 Factory',
      'Tier 2 Supplier Name',
      'Tier 2 Supplier Name (Local Language)',
      'Country',
    ]);
    expect(tier2.index.supplier).toBe(1);
    expect(tier2.supplierFallbacks).toEqual([2]);
    expect(planColumns(['英文名称', '供应商名称']).mapping.supplier).toBe('供应商名称, else 英文名称');
  });
});

describe('planColumns(headers): columns sharing a name', () => {
  const headers = ['Supplier', 'Country', 'Amount', 'Country', 'Amount'];

  it('says which of the columns is read', () => {
    const plan = planColumns(headers);
    expect(plan.index.supplier_country).toBe(1);
    expect(plan.problems.map((p) => p.message)).toEqual([
      'Columns 2 and 4 are both named "Country": column 2 is read; rename one to choose, or pick another with --map FIELD="Country#2" (the second column of that name).',
      'Columns 3 and 5 are both named "Amount": column 3 is read; rename one to choose, or pick another with --map FIELD="Amount#2" (the second column of that name).',
    ]);
  });

  it('reads the second of them with --map FIELD="NAME#2"', () => {
    const plan = planColumns(headers, { supplier_country: 'country#2', amount: 'Amount #2' });
    expect(plan.index.supplier_country).toBe(3);
    expect(plan.index.amount).toBe(4);
    expect(plan.unmapped).toEqual(['Country', 'Amount']);
    expect(() => planColumns(headers, { amount: 'Amount#3' })).toThrow(/no such column/);
  });

  it('reads a column whose own name ends in #2 as named', () => {
    expect(planColumns(['Supplier', 'Line #2'], { amount: 'Line #2' }).index.amount).toBe(1);
  });

  it('says nothing of a name shared by columns that are not read', () => {
    expect(planColumns(['Supplier', 'Note', 'Note']).problems).toEqual([]);
  });
});

describe('planColumns(headers): Spanish and Portuguese headers', () => {
  it('maps a Spanish export', () => {
    const plan = planColumns([
      'Razón social',
      'Dirección',
      'Ciudad',
      'Provincia',
      'País de origen',
      'Descripción',
      'Importe total',
      'Moneda',
      'Fecha de factura',
    ]);
    expect(plan.mapping).toEqual({
      supplier: 'Razón social',
      supplier_address: 'Dirección + Ciudad + Provincia',
      origin_country: 'País de origen',
      description: 'Descripción',
      amount: 'Importe total',
      currency: 'Moneda',
      date: 'Fecha de factura',
    });
    expect(plan.unmapped).toEqual([]);
    expect(plan.supplierUnproven).toBe(false);
  });

  it('maps a Brazilian export: NCM is the HS code', () => {
    const plan = planColumns([
      'Razão social',
      'Endereço',
      'Cidade',
      'Estado',
      'País de origem',
      'Descrição',
      'Código NCM',
      'Valor total',
      'Data',
    ]);
    expect(plan.mapping).toEqual({
      supplier: 'Razão social',
      supplier_address: 'Endereço + Cidade + Estado',
      origin_country: 'País de origem',
      description: 'Descrição',
      hs_code: 'Código NCM',
      amount: 'Valor total',
      date: 'Data',
    });
  });

  it.each([
    [['Razon social', 'Descripcion', 'Monto', 'Fecha'], 'Razon social', 'Descripcion', 'Monto', 'Fecha'],
    [['Razao social', 'Descricao', 'Valor', 'Data'], 'Razao social', 'Descricao', 'Valor', 'Data'],
    [
      ['Nombre del proveedor', 'Producto', 'Importe', 'Fecha'],
      'Nombre del proveedor',
      'Producto',
      'Importe',
      'Fecha',
    ],
    [['Nome do fornecedor', 'Produto', 'Valor', 'Data'], 'Nome do fornecedor', 'Produto', 'Valor', 'Data'],
  ])('maps %j', (headers, supplier, description, amount, date) => {
    expect(planColumns(headers).mapping).toEqual({ supplier, description, amount, date });
  });

  it('reads NCM as the HS code and Direccion / Endereco as the address', () => {
    expect(planColumns(['Razón social', 'NCM', 'Direccion']).mapping).toMatchObject({
      hs_code: 'NCM',
      supplier_address: 'Direccion',
    });
    expect(planColumns(['Razao social', 'Endereco']).mapping.supplier_address).toBe('Endereco');
  });

  it('reads Estado as an address part only beside an address or city column (alone it is often a status)', () => {
    expect(planColumns(['Razón social', 'Estado', 'Importe']).unmapped).toEqual(['Estado']);
    expect(planColumns(['Razón social', 'Ciudad', 'Estado']).mapping.supplier_address).toBe(
      'Ciudad + Estado',
    );
  });

  it('reads a bare Proveedor or Fornecedor only when no other column names the supplier, and marks it unproven', () => {
    const erp = planColumns(['Proveedor', 'Razón social', 'Importe']);
    expect(erp.mapping.supplier).toBe('Razón social');
    expect(erp.supplierUnproven).toBe(false);
    for (const word of ['Proveedor', 'Fornecedor']) {
      const alone = planColumns([word, 'Monto']);
      expect(alone.mapping.supplier).toBe(word);
      expect(alone.supplierUnproven).toBe(true);
    }
    expect(planColumns(['Proveedor', 'Nombre'], { supplier: 'Nombre' }).supplierUnproven).toBe(false);
  });
});

describe('planColumns(headers): Italian, German and French headers', () => {
  it('maps an Italian export', () => {
    const plan = planColumns([
      'Ragione sociale',
      'Paese',
      'Città',
      'Descrizione articolo',
      'Importo',
      'Valuta',
      'Data documento',
    ]);
    expect(plan.mapping).toEqual({
      supplier: 'Ragione sociale',
      supplier_country: 'Paese',
      supplier_address: 'Città',
      description: 'Descrizione articolo',
      amount: 'Importo',
      currency: 'Valuta',
      date: 'Data documento',
    });
    expect(planColumns(['Ragione sociale', 'Descrizione', 'Data']).mapping).toMatchObject({
      description: 'Descrizione',
      date: 'Data',
    });
  });

  it('decides a Valuta column by its values: codes or symbols are the currency (Italian), dates the value date (German)', () => {
    const italian = ['Ragione sociale', 'Importo', 'Valuta', 'Data documento'];
    for (const sample of [
      [
        ['Tessitura Rossi', '1.200,00', 'EUR', '31/12/2024'],
        ['Acme Ltd', '900,00', 'USD', '02/01/2025'],
      ],
      [
        ['Tessitura Rossi', '1.200,00', '€', '31/12/2024'],
        ['Acme Ltd', '900,00', '$', '02/01/2025'],
      ],
      // Nothing sampled, or nothing in the column: the currency, as before values were looked at.
      [],
      [['Tessitura Rossi', '1.200,00', '', '31/12/2024']],
    ]) {
      const plan = planColumns(italian, {}, sample);
      expect(plan.mapping).toMatchObject({ currency: 'Valuta', date: 'Data documento' });
      expect(plan.problems).toEqual([]);
    }

    const german = planColumns(['Lieferantenname', 'Belegdatum', 'Valuta', 'Betrag'], {}, [
      ['Müller GmbH', '28.12.2024', '31.12.2024', '1.200,00'],
      ['Schmidt AG', '30.12.2024', '02.01.2025', '900,00'],
    ]);
    expect(german.mapping).toEqual({ supplier: 'Lieferantenname', date: 'Belegdatum', amount: 'Betrag' });
    expect(german.unmapped).toEqual(['Valuta']);
    expect(german.problems).toMatchObject([{ code: 'valuta_value_date', column: 'Valuta' }]);
  });

  it("reads a German Valuta of dates as the rows' date when no other column dates them", () => {
    // A bank export: the booking day has no date synonym, the value date is the rows' only date.
    for (const dates of [
      ['31.12.2024', '02.01.2025'],
      ['31.12.24', '02.01.25'],
      ['2024-12-31', '2025-01-02'],
    ]) {
      const alone = planColumns(['Empfänger', 'Buchungstag', 'Valuta', 'Betrag'], { supplier: 'Empfänger' }, [
        ['Müller GmbH', '30.12.24', dates[0]!, '-1.200,00'],
        ['Schmidt AG', '02.01.25', dates[1]!, '-900,00'],
      ]);
      expect(alone.mapping.date).toBe('Valuta');
      expect(alone.mapping.currency).toBeUndefined();
      expect(alone.problems[0]?.message).toContain('it dates the rows');
    }
  });

  it('keeps a Valuta of dates the currency when --map says so, and reads Währung beside it as the currency', () => {
    const sample = [['Müller GmbH', '31.12.2024', 'EUR', '1.200,00']];
    const headers = ['Lieferantenname', 'Valuta', 'Währung', 'Betrag'];
    const mapped = planColumns(headers, { currency: 'Valuta' }, sample);
    expect(mapped.mapping.currency).toBe('Valuta');
    expect(mapped.mapping.date).toBeUndefined();
    expect(mapped.problems).toEqual([]);
    expect(planColumns(headers, {}, sample).mapping).toMatchObject({ currency: 'Währung', date: 'Valuta' });
  });

  it('maps a German export: Zolltarifnummer is the HS code, Warengruppe the product group', () => {
    const plan = planColumns([
      'Lieferantenname',
      'Ort',
      'Länderschlüssel',
      'Ursprungsland',
      'Artikelbeschreibung',
      'Warengruppe',
      'Zolltarifnummer',
      'Bruttobetrag',
      'Nettobetrag',
      'Belegdatum',
    ]);
    expect(plan.mapping).toEqual({
      supplier: 'Lieferantenname',
      supplier_address: 'Ort',
      supplier_country: 'Länderschlüssel',
      origin_country: 'Ursprungsland',
      description: 'Artikelbeschreibung',
      product_type: 'Warengruppe',
      hs_code: 'Zolltarifnummer',
      amount: 'Nettobetrag',
      date: 'Belegdatum',
    });
    expect(
      planColumns(['Name 1', 'Bezeichnung', 'Herkunftsland', 'Warennummer', 'Datum']).mapping,
    ).toMatchObject({
      description: 'Bezeichnung',
      origin_country: 'Herkunftsland',
      hs_code: 'Warennummer',
      date: 'Datum',
    });
    expect(planColumns(['Name 1', 'Materialkurztext']).mapping.description).toBe('Materialkurztext');
  });

  it('maps a French export: amounts before tax (HT) before those with tax (TTC)', () => {
    const plan = planColumns([
      'Fournisseur',
      'Fournisseur nom',
      'Désignation',
      'Montant TTC',
      'Montant HT',
      'Code SH',
      "Pays d'origine",
      'Date facture',
    ]);
    expect(plan.mapping).toMatchObject({
      supplier: 'Fournisseur nom',
      description: 'Désignation',
      amount: 'Montant HT',
      hs_code: 'Code SH',
      origin_country: "Pays d'origine",
      date: 'Date facture',
    });
    expect(plan.supplierUnproven).toBe(false);
    expect(planColumns(['Nom fournisseur', 'Libellé', 'Montant TTC']).mapping).toMatchObject({
      supplier: 'Nom fournisseur',
      description: 'Libellé',
      amount: 'Montant TTC',
    });
  });

  it("reads Fornecedor Nome and a mill list's Mill Name as the supplier", () => {
    expect(planColumns(['Fornecedor', 'Fornecedor Nome']).mapping.supplier).toBe('Fornecedor Nome');
    expect(planColumns(['Mill Name', 'Parent Company', 'Country']).mapping.supplier).toBe('Mill Name');
  });
});

describe('planColumns(headers): migrant share columns', () => {
  it.each([
    '% Refugee Workers',
    '% Syrian / refugee workers',
    '% Migrant / Refugee Workers',
    'Share of foreign workers',
    'Percentage of migrant workers (%)',
  ])('reads %s as the migrant share', (header) => {
    expect(planColumns(['Factory Name', header]).mapping.migrant_share).toBe(header);
  });
});

describe('normaliseHeader(header)', () => {
  it('folds the accents of Latin letters, so that an accented header is its plain spelling', () => {
    expect(normaliseHeader('Région')).toBe('region');
    expect(normaliseHeader('Razón Social')).toBe('razonsocial');
    expect(normaliseHeader('Währungsschlüssel')).toBe('wahrungsschlussel');
    expect(normaliseHeader('Município')).toBe('municipio');
  });

  it('keeps letters of other scripts whole (a dakuten makes another kana) and ß as written', () => {
    expect(normaliseHeader('ガス')).not.toBe(normaliseHeader('カス'));
    expect(normaliseHeader('原产国（地区）')).toBe('原产国地区');
    expect(normaliseHeader('Straße')).toBe('straße');
  });
});

describe('planColumns(headers): French, German, Spanish and Portuguese addresses', () => {
  it.each(['Adresse', 'Anschrift', 'Straße', 'Strasse', 'Domicilio', 'Dirección', 'Endereço', 'Indirizzo'])(
    'reads %s as the supplier address',
    (header) => {
      const plan = planColumns(['Nom du fournisseur', header, 'Pays']);
      expect(plan.mapping.supplier_address).toBe(header);
    },
  );

  it.each([
    'Ville',
    'Localité',
    'Commune',
    'Région',
    'Département',
    'Stadt',
    'Ort',
    'Bundesland',
    'PLZ',
    'Población',
    'Localidad',
    'Municipio',
    'Município',
    'Cidade',
    'Região',
    'Estado/Provincia',
    'Código Postal',
  ])('reads %s as a part of the address, also with no address column', (header) => {
    expect(planColumns(['Nom du fournisseur', 'Adresse', header]).addressParts).toEqual([2]);
    const alone = planColumns(['Nom du fournisseur', header, 'Pays']);
    expect(alone.addressParts).toEqual([1]);
    expect(alone.mapping.supplier_address).toBe(header);
  });

  it('reads a French supplier file: address, town and country', () => {
    const plan = planColumns([
      'Code fournisseur',
      'Nom du fournisseur',
      'Adresse',
      'Ville',
      'Pays',
      'Désignation',
    ]);
    expect(plan.mapping).toMatchObject({
      supplier: 'Nom du fournisseur',
      supplier_address: 'Adresse + Ville',
      supplier_country: 'Pays',
      description: 'Désignation',
    });
    expect(plan.unmapped).toEqual(['Code fournisseur']);
  });

  it('leaves alone headers that only look like an address: a department, an e-mail address, a population', () => {
    const plan = planColumns([
      'Proveedor nombre',
      'Departamento',
      'E-Mail-Adresse',
      'Population',
      'Department',
    ]);
    expect(plan.mapping.supplier_address).toBeUndefined();
    expect(plan.addressParts).toEqual([]);
  });
});

describe('planColumns(headers): currency and amount headers of European ERP exports', () => {
  it.each(['Moeda', 'Divisa', 'Monnaie', 'Whrg', 'Währungsschlüssel', 'Waehrung', 'Curr.'])(
    'reads %s as the currency',
    (header) => {
      expect(planColumns(['Lieferantenname', 'Betrag', header]).mapping.currency).toBe(header);
    },
  );

  it.each([
    'Betrag in Hauswährung',
    'Betrag Hauswährung',
    'Importe neto',
    'Valor Líquido',
    'Nettowert',
    'Netto',
  ])('reads %s as the amount', (header) => {
    expect(planColumns(['Lieferantenname', header, 'Währung']).mapping.amount).toBe(header);
  });

  it("takes the amount in the document's currency before the amount in the company's", () => {
    const plan = planColumns(['Name 1', 'Betrag in Hauswährung', 'Betrag in Belegwährung', 'Währung']);
    expect(plan.mapping.amount).toBe('Betrag in Belegwährung');
  });

  it("reads an amount in the company's currency (Hauswährung) in the currency of its own column", () => {
    const local = planColumns(['Name 1', 'Whrg', 'Betrag in Hauswährung', 'HWähr']);
    expect(local.mapping).toMatchObject({ amount: 'Betrag in Hauswährung', currency: 'HWähr' });
    expect(local.unmapped).toEqual(['Whrg']);
    const both = planColumns(['Name 1', 'Währung', 'Betrag in Belegwährung', 'Hauswährung', 'Betrag in HW']);
    expect(both.mapping).toMatchObject({ amount: 'Betrag in Belegwährung', currency: 'Währung' });
    const named = planColumns(['Name 1', 'Whrg', 'Betrag in HW', 'Hauswährung'], { currency: 'Whrg' });
    expect(named.mapping.currency).toBe('Whrg');
  });

  it('reads a bare Netto only when no other column is the amount (packing lists weigh goods net)', () => {
    expect(planColumns(['Lieferantenname', 'Netto', 'Betrag']).mapping.amount).toBe('Betrag');
  });

  it('gives the rows the currency of a symbol in the amount header (Betrag (€), Valor (R$))', () => {
    const eur = planColumns(['Lieferantenname', 'Land', 'Betrag (€)']);
    expect(eur.mapping.amount).toBe('Betrag (€)');
    expect(eur.defaultCurrency).toBe('EUR');
    const brl = planColumns(['Razão Social', 'Valor (R$)']);
    expect(brl.mapping.amount).toBe('Valor (R$)');
    expect(brl.defaultCurrency).toBe('BRL');
    expect(planColumns(['Supplier', 'Amount ($)']).defaultCurrency).toBe('');
  });
});

describe('planColumns(headers): dates and supplier names of Spanish, Portuguese, French and German exports', () => {
  it.each([
    'Fecha factura',
    'Fecha de emisión',
    'Data Emissão',
    'Data da Fatura',
    'Date de facture',
    'Date de pièce',
    'Rechnungsdatum',
  ])('reads %s as the date', (header) => {
    expect(planColumns(['Razón social', 'NIF', header]).mapping.date).toBe(header);
  });

  it('prefers the invoice date to a bare Fecha', () => {
    expect(planColumns(['Razón social', 'Fecha', 'Fecha factura']).mapping.date).toBe('Fecha factura');
  });

  it.each([
    'Nombre proveedor',
    'Proveedor nombre',
    'Nome Fornecedor',
    'Kreditor Name',
    'Lieferant Name',
    'Lieferantenbezeichnung',
    'Raison sociale fournisseur',
    'Denominación social',
  ])('reads %s as the supplier, before the bare word beside it', (header) => {
    const plan = planColumns(['Proveedor', 'Kreditor', header, 'Importe']);
    expect(plan.mapping.supplier).toBe(header);
    expect(plan.supplierUnproven).toBe(false);
  });

  it('names a column without a header by its place among the columns not used', () => {
    const plan = planColumns(['', 'Lieferant', 'Name 1', 'Whrg', ' ']);
    expect(plan.unmapped).toEqual(['(column 1, no header)', 'Lieferant', '(column 5, no header)']);
  });
});

describe('planColumns(headers): brand lists and Open Supply Hub', () => {
  it.each([
    'Factory Name (Local Language)',
    'Factory Name in Local Language',
    'Factory Local Name',
    'Factory Name (Chinese)',
    'Local Name',
  ])("falls back on %s when a factory's English name is empty", (header) => {
    const plan = planColumns(['Factory Name', header, 'City', 'Country']);
    expect(plan.index.supplier).toBe(0);
    expect(plan.supplierFallbacks).toEqual([1]);
    expect(plan.mapping.supplier).toBe(`Factory Name, else ${header}`);
  });

  it('reads the sector of the Open Supply Hub upload template when the product type is empty', () => {
    const plan = planColumns([
      'country',
      'name',
      'address',
      'sector',
      'product_type',
      'facility_type',
      'number_of_workers',
      'parent_company',
    ]);
    expect(plan.layout).toBe('open_supply_hub');
    expect(plan.mapping.product_type).toBe('product_type');
    expect(plan.productTypeFallback).toBe(3);
    expect(plan.unmapped).not.toContain('sector');
  });
});

describe('planColumns(headers): bills of lading, entry lines and customs declarations', () => {
  it('reads a Panjiva export: the shipper full address, then its city and state', () => {
    const plan = planColumns([
      'Bill of Lading Number',
      'Consignee',
      'Consignee Full Address',
      'Shipper',
      'Shipper Full Address',
      'Shipper City',
      'Shipper State/Region',
      'Shipper Country',
      'Goods Shipped',
    ]);
    expect(plan.mapping.supplier).toBe('Shipper');
    expect(plan.mapping.supplier_address).toBe('Shipper Full Address + Shipper City + Shipper State/Region');
    expect(plan.unmapped).toContain('Consignee Full Address');
  });

  it.each(['Manufacturer Full Address', 'Exporter Full Address', 'Supplier Full Address'])(
    'reads %s as the supplier address',
    (header) => {
      expect(planColumns(['Manufacturer Name', header]).mapping.supplier_address).toBe(header);
    },
  );

  it.each(['HTS Number - Full', 'HTS Number Full', 'HTS Code', 'HTSUS', 'HTS10'])(
    'reads %s as the HS code',
    (header) => {
      expect(planColumns(['Manufacturer Name', header, 'HTS Description']).mapping.hs_code).toBe(header);
    },
  );

  it('falls back on the shipper, exporter or seller when the manufacturer is empty, never on the consignee', () => {
    const plan = planColumns([
      'Arrival Date',
      'Shipper',
      'Shipper Address',
      'Consignee',
      'Manufacturer Name',
      'Manufacturer Address',
      'Exporter',
      'Seller',
    ]);
    expect(plan.mapping.supplier).toBe('Manufacturer Name, else Exporter, else Shipper, else Seller');
    expect(plan.supplierFallbacks).toEqual([6, 1, 7]);
    expect(plan.mapping.shipper_address).toBe('Shipper Address');
    expect(plan.unmapped).toEqual(['Consignee']);
  });

  it('reads the shipper, exporter or seller beside the manufacturer as the shipper, which also stands in for it', () => {
    const plan = planColumns([
      'Arrival Date',
      'Shipper',
      'Shipper Address',
      'Manufacturer Name',
      'Manufacturer Address',
      'Product Description',
    ]);
    expect(plan.mapping.supplier).toBe('Manufacturer Name, else Shipper');
    expect(plan.index.shipper).toBe(1);
    expect(plan.mapping.shipper).toBe('Shipper');
    expect(plan.supplierFallbacks).toEqual([1]);
    expect(plan.unmapped).toEqual([]);
    for (const header of ['Exporter Name', 'Seller', 'Shipper Name']) {
      const other = planColumns(['Manufacturer', header, 'Goods Shipped']);
      expect(other.mapping.supplier).toBe(`Manufacturer, else ${header}`);
      expect(other.mapping.shipper).toBe(header);
    }
  });

  it("reads the shipper's country and address beside the manufacturer's own as the shipper's", () => {
    const plan = planColumns([
      'Shipper',
      'Shipper Country',
      'Manufacturer',
      'Manufacturer Country',
      'Manufacturer Address',
      'Exporter Address',
      'Shipper City',
      'Manufacturer City',
    ]);
    expect(plan.mapping.supplier_country).toBe('Manufacturer Country');
    expect(plan.mapping.shipper_country).toBe('Shipper Country');
    expect(plan.mapping.supplier_address).toBe('Manufacturer Address + Manufacturer City');
    expect(plan.mapping.shipper_address).toBe('Exporter Address + Shipper City');
    expect(plan.unmapped).toEqual([]);
    // A file with a Country column and the shipper as its only party: Shipper Country is not read as a
    // second party's (there is none), and stays unread beside the supplier's Country.
    const alone = planColumns(['Shipper', 'Country', 'Shipper Country', 'Shipper City']);
    expect(alone.mapping.supplier_country).toBe('Country');
    expect(alone.index.shipper_country).toBeUndefined();
    expect(alone.mapping.supplier_address).toBe('Shipper City');
    expect(alone.unmapped).toEqual(['Shipper Country']);
    // The country the goods were shipped from is not the shipper's own.
    const shipFrom = planColumns(['Shipper', 'Manufacturer', 'Ship From Country']);
    expect(shipFrom.index.shipper_country).toBeUndefined();
    expect(shipFrom.index.supplier_country).toBeUndefined();
  });

  it("does not read a shipper's country or address as the manufacturer's", () => {
    const plan = planColumns([
      'Shipper',
      'Shipper Address',
      'Shipper Country',
      'Manufacturer Name',
      'Country of Origin',
      'Product Description',
    ]);
    expect(plan.mapping.shipper).toBe('Shipper');
    expect(plan.index.supplier_country).toBeUndefined();
    expect(plan.index.supplier_address).toBeUndefined();
    expect(plan.mapping.origin_country).toBe('Country of Origin');
    // They are the shipper's own.
    expect(plan.mapping.shipper_address).toBe('Shipper Address');
    expect(plan.mapping.shipper_country).toBe('Shipper Country');
    expect(plan.unmapped).toEqual([]);
    // The shipper as the only party: its country and address are the supplier's.
    const alone = planColumns(['Shipper', 'Shipper Address', 'Shipper Country', 'Product Description']);
    expect(alone.mapping.supplier_country).toBe('Shipper Country');
    expect(alone.mapping.supplier_address).toBe('Shipper Address');
    expect(alone.index.shipper_country).toBeUndefined();
    expect(alone.index.shipper_address).toBeUndefined();
    // Named by the user, it is read as they say.
    const named = planColumns(['Shipper', 'Shipper Country', 'Manufacturer Name'], {
      supplier_country: 'Shipper Country',
    });
    expect(named.mapping.supplier_country).toBe('Shipper Country');
  });

  it('reads no shipper when the shipper is the supplier: the only party column, or named by --map', () => {
    const alone = planColumns(['Shipper', 'Shipper Address', 'Goods Shipped']);
    expect(alone.mapping.supplier).toBe('Shipper');
    expect(alone.index.shipper).toBeUndefined();
    const named = planColumns(['Shipper', 'Manufacturer Name', 'Goods Shipped'], { supplier: 'Shipper' });
    expect(named.index.supplier).toBe(0);
    expect(named.index.shipper).toBeUndefined();
    expect(named.unmapped).toEqual(['Manufacturer Name']);
  });

  it('reads no shipper in a spend file: its vendor is the only party', () => {
    const plan = planColumns(['Vendor Name', 'Invoice Date', 'Amount', 'Ship To', 'Ship Date']);
    expect(plan.index.shipper).toBeUndefined();
  });

  it('reads a Chinese customs declaration: foreign consignor, its address, goods, HS code, origin, total, currency', () => {
    const plan = planColumns([
      '报关单号',
      '申报日期',
      '境外发货人',
      '境外发货人地址',
      '境内收货人',
      '商品编号',
      '商品名称及规格型号',
      '原产国（地区）',
      '总价',
      '币制',
    ]);
    expect(plan.mapping).toMatchObject({
      supplier: '境外发货人',
      supplier_address: '境外发货人地址',
      hs_code: '商品编号',
      description: '商品名称及规格型号',
      origin_country: '原产国（地区）',
      amount: '总价',
      currency: '币制',
      date: '申报日期',
    });
    expect(plan.refColumn).toBe(0);
    expect(plan.unmapped).toEqual(['境内收货人']);
  });
});

describe('planColumns(headers): contract value and recipient of federal award files', () => {
  it.each([
    'Base and All Options Value ($)',
    'Base and All Options Value (Total Contract Value) ($)',
    'base_and_all_options_value',
  ])('reads %s of an FPDS export as the contract value, in US dollars', (header) => {
    const plan = planColumns([
      'PIID',
      'Legal Business Name',
      'Action Obligation ($)',
      header,
      'Description of Requirement',
    ]);
    expect(plan.layout).toBe('fpds');
    expect(plan.mapping.contract_value).toBe(header);
    expect(plan.mapping.amount).toBe('Action Obligation ($)');
    expect(plan.defaultCurrency).toBe('USD');
  });

  it('reads base_and_all_options_value of a USAspending file that has no potential_total_value_of_award', () => {
    const head = [
      'contract_transaction_unique_key',
      'award_id_piid',
      'federal_action_obligation',
      'recipient_name',
    ];
    expect(planColumns([...head, 'base_and_all_options_value']).mapping.contract_value).toBe(
      'base_and_all_options_value',
    );
    expect(
      planColumns([...head, 'base_and_all_options_value', 'potential_total_value_of_award']).mapping
        .contract_value,
    ).toBe('potential_total_value_of_award');
  });

  it('reads a USAspending subaward download through the synonyms: the subawardee, not the prime awardee', () => {
    const headers = [
      'prime_award_unique_key',
      'prime_award_piid',
      'prime_award_parent_piid',
      'prime_award_amount',
      'prime_award_base_action_date',
      'prime_award_latest_action_date',
      'prime_awarding_agency_name',
      'prime_awardee_uei',
      'prime_awardee_name',
      'prime_awardee_parent_name',
      'prime_awardee_country_code',
      'prime_awardee_country_name',
      'prime_awardee_city_name',
      'prime_award_primary_place_of_performance_city_name',
      'prime_award_primary_place_of_performance_country_code',
      'prime_award_primary_place_of_performance_country_name',
      'prime_award_base_transaction_description',
      'prime_award_naics_code',
      'prime_award_naics_description',
      'prime_award_product_or_service_code',
      'subaward_type',
      'subaward_fsrs_report_id',
      'subaward_number',
      'subaward_amount',
      'subaward_action_date',
      'subaward_action_date_fiscal_year',
      'subawardee_uei',
      'subawardee_name',
      'subawardee_dba_name',
      'subawardee_parent_name',
      'subawardee_country_code',
      'subawardee_country_name',
      'subawardee_address_line_1',
      'subawardee_city_name',
      'subawardee_state_code',
      'subawardee_state_name',
      'subawardee_zip_code',
      'subaward_primary_place_of_performance_city_name',
      'subaward_primary_place_of_performance_state_code',
      'subaward_primary_place_of_performance_country_code',
      'subaward_primary_place_of_performance_country_name',
      'subaward_description',
      'usaspending_permalink',
    ];
    const plan = planColumns(headers);
    expect(plan.layout).toBe('generic');
    expect(plan.mapping).toMatchObject({
      contract_id: 'prime_award_piid',
      supplier: 'subawardee_name',
      supplier_country: 'subawardee_country_code, else subawardee_country_name',
      supplier_address:
        'subawardee_address_line_1 + subawardee_city_name + subawardee_state_code + subawardee_state_name + subawardee_zip_code',
      amount: 'subaward_amount',
      date: 'subaward_action_date',
      description: 'subaward_description',
      place_of_performance: 'subaward_primary_place_of_performance_country_code',
      place_of_performance_address:
        'subaward_primary_place_of_performance_city_name + subaward_primary_place_of_performance_state_code',
      parent_company: 'subawardee_parent_name',
    });
    expect(plan.defaultCurrency).toBe('USD');
    // The prime awardee's columns describe the prime contract: none is read as the subawardee's, but for the
    // prime's PSC and NAICS, whose FAR plan flows down to the subcontract.
    const primeCodes = ['prime_award_piid', 'prime_award_naics_code', 'prime_award_product_or_service_code'];
    for (const h of headers.filter((h) => h.startsWith('prime_award') && !primeCodes.includes(h))) {
      expect(plan.unmapped).toContain(h);
    }
  });

  it('reads no place of performance address in a generic file without the subaward columns', () => {
    const plan = planColumns(['Supplier', 'City', 'Place of Performance City']);
    expect(plan.index.place_of_performance_address).toBeUndefined();
    expect(plan.addressParts).toEqual([1]);
  });

  it("dates a USAspending award summary by the award's base action, by its latest only without the base", () => {
    const headers = readFileSync(
      new URL('../../../../data/formats/usaspending_contract_award_summary_columns.txt', import.meta.url),
      'utf8',
    )
      .split(/\r?\n/)
      .filter((h) => h !== '');
    const plan = planColumns(headers);
    expect(plan.layout).toBe('usaspending_award_summary');
    expect(plan.mapping.date).toBe('award_base_action_date');
    const latestOnly = planColumns(headers.filter((h) => h !== 'award_base_action_date'));
    expect(latestOnly.mapping.date).toBe('award_latest_action_date');
  });

  it.each([
    ['usaspending_contract_columns.txt', 'usaspending_transactions'],
    ['usaspending_contract_columns_2018_layout.txt', 'usaspending_transactions_2018'],
    ['usaspending_contract_award_summary_columns.txt', 'usaspending_award_summary'],
  ])("reads the place of performance city, county and state of %s as the place's address", (file, layout) => {
    const headers = readFileSync(new URL(`../../../../data/formats/${file}`, import.meta.url), 'utf8')
      .split(/\r?\n/)
      .filter((h) => h !== '');
    const plan = planColumns(headers);
    expect(plan.layout).toBe(layout);
    const at = (h: string) => headers.indexOf(h);
    expect(plan.index.place_of_performance_address).toBe(at('primary_place_of_performance_city_name'));
    expect(plan.placeParts).toEqual([
      at('primary_place_of_performance_county_name'),
      at('primary_place_of_performance_state_name'),
    ]);
    expect(plan.mapping.place_of_performance_address).toBe(
      'primary_place_of_performance_city_name + primary_place_of_performance_county_name + ' +
        'primary_place_of_performance_state_name',
    );
    expect(plan.mapping.place_of_performance).toBe('primary_place_of_performance_country_code');
    expect(plan.unmapped).not.toContain('primary_place_of_performance_state_name');
  });

  it('reads the place of performance city and state of an FPDS export, and none it does not have', () => {
    const head = ['PIID', 'Legal Business Name', 'Action Obligation ($)'];
    const plan = planColumns([
      ...head,
      'Principal Place of Performance City Name',
      'Principal Place of Performance State Code',
      'Principal Place of Performance Country Name',
    ]);
    expect(plan.layout).toBe('fpds');
    expect(plan.index.place_of_performance_address).toBe(3);
    expect(plan.placeParts).toEqual([4]);
    expect(plan.mapping.place_of_performance).toBe('Principal Place of Performance Country Name');
    const countryOnly = planColumns([...head, 'Principal Place of Performance Country Name']);
    expect(countryOnly.index.place_of_performance_address).toBeUndefined();
    expect(countryOnly.placeParts).toEqual([]);
    // A generic file's city is the supplier's address, not the place of performance.
    const generic = planColumns(['Supplier', 'City', 'State', 'Place of Performance']);
    expect(generic.index.place_of_performance_address).toBeUndefined();
    expect(generic.addressParts).toEqual([1, 2]);
  });

  it('falls back on recipient_name_raw when recipient_name is empty', () => {
    const plan = planColumns([
      'contract_transaction_unique_key',
      'award_id_piid',
      'federal_action_obligation',
      'recipient_name',
      'recipient_name_raw',
    ]);
    expect(plan.mapping.supplier).toBe('recipient_name, else recipient_name_raw');
    expect(plan.supplierFallbacks).toEqual([4]);
    const named = planColumns(
      ['award_id_piid', 'federal_action_obligation', 'recipient_name', 'recipient_name_raw'],
      { supplier: 'recipient_name' },
    );
    expect(named.supplierFallbacks).toEqual([]);
  });
});
