import { describe, expect, it } from 'vitest';
import { planColumns } from './column-mapper.js';
import { isRejected, RowBuilder } from './row-builder.js';

describe('RowBuilder.build(record)', () => {
  it('reads the parent company of a row, trimmed, and leaves it empty when the column is', () => {
    const headers = ['os_id', 'name', 'address', 'country_name', 'sector', 'parent_company'];
    const builder = new RowBuilder(planColumns(headers), headers, {});
    const row = builder.build(
      [
        'CN2019303BQ3FZP',
        'CHANGJI ESQUEL TEXTILE CO LTD',
        'CHANGJI XINJIANG',
        'China',
        'Textiles',
        ' ESQUEL GROUP ',
      ],
      1,
      2,
    );
    const alone = builder.build(
      ['BD2020111XYZ789', 'SMALL KNIT LTD', 'SAVAR', 'Bangladesh', 'Apparel', ''],
      2,
      3,
    );
    expect(isRejected(row) ? null : row.parent_company).toBe('ESQUEL GROUP');
    expect(isRejected(alone) ? null : alone.parent_company).toBe('');
  });

  it('leaves the parent company empty in a file without such a column', () => {
    const headers = ['Supplier', 'Country'];
    const row = new RowBuilder(planColumns(headers), headers, {}).build(['Acme Widgets Ltd', 'GBR'], 1, 2);
    expect(isRejected(row) ? null : row.parent_company).toBe('');
  });
});

describe("RowBuilder.build(record): a bill of lading's shipper", () => {
  const headers = ['Shipper', 'Manufacturer Name', 'Country of Origin', 'Product Description'];
  const builder = new RowBuilder(planColumns(headers), headers, {});

  it('reads the shipper beside the manufacturer, trimmed', () => {
    const row = builder.build(
      [' GANSU YASHENG INTERNATIONAL TRADE CO LTD ', 'LANZHOU GOOD FOODS CO LTD', 'CHINA', 'TOMATO PASTE'],
      1,
      2,
    );
    expect(isRejected(row) ? null : [row.supplier, row.shipper]).toEqual([
      'LANZHOU GOOD FOODS CO LTD',
      'GANSU YASHENG INTERNATIONAL TRADE CO LTD',
    ]);
  });

  it('takes the shipper as the supplier when the manufacturer cell is empty', () => {
    const row = builder.build(['NINGBO EXPORT SERVICES CO LTD', '', 'CHINA', 'T-SHIRTS'], 2, 3);
    expect(isRejected(row) ? null : [row.supplier, row.shipper]).toEqual([
      'NINGBO EXPORT SERVICES CO LTD',
      'NINGBO EXPORT SERVICES CO LTD',
    ]);
  });
});

describe("RowBuilder.build(record): a bill of lading's shipper's address and country", () => {
  const headers = [
    'Shipper Name',
    'Shipper Address',
    'Shipper Country',
    'Manufacturer Name',
    'Manufacturer Address',
    'Manufacturer Country',
    'Product Description',
  ];
  const builder = new RowBuilder(planColumns(headers), headers, {});
  const read = (fields: string[]) => {
    const row = builder.build(fields, 1, 2);
    return isRejected(row)
      ? null
      : [row.supplier, row.supplier_address, row.supplier_country, row.shipper_address, row.shipper_country];
  };

  it("reads the shipper's own beside the manufacturer's", () => {
    expect(
      read([
        'MONTE GRANDE S.A.',
        'MENDOZA',
        'Argentina',
        'BODEGA SUR SA',
        'SAN JUAN',
        'Argentina',
        'RED WINE',
      ]),
    ).toEqual(['BODEGA SUR SA', 'SAN JUAN', 'Argentina', 'MENDOZA', 'Argentina']);
  });

  it("gives the supplier the shipper's address and country when the shipper stands in for it", () => {
    expect(
      read([
        'KASHI JINYE TRADING CO LTD',
        'NO 9 JIEFANG NORTH RD, KASHGAR, XINJIANG',
        'China',
        '',
        '',
        '',
        'MENS COTTON T-SHIRTS',
      ]),
    ).toEqual([
      'KASHI JINYE TRADING CO LTD',
      'NO 9 JIEFANG NORTH RD, KASHGAR, XINJIANG',
      'China',
      'NO 9 JIEFANG NORTH RD, KASHGAR, XINJIANG',
      'China',
    ]);
  });

  it("keeps a manufacturer's address and country given without its name: they say where the goods were made", () => {
    expect(
      read([
        'NINGBO FORWARDING CO LTD',
        'NINGBO, ZHEJIANG',
        'China',
        '',
        'NO 1 KASHI EAST RD, KASHGAR, XINJIANG',
        'China',
        'TOMATO PASTE',
      ]),
    ).toEqual([
      'NINGBO FORWARDING CO LTD',
      'NO 1 KASHI EAST RD, KASHGAR, XINJIANG',
      'China',
      'NINGBO, ZHEJIANG',
      'China',
    ]);
  });
});

describe('RowBuilder.build(record): the place of performance below the country', () => {
  const headers = [
    'award_id_piid',
    'federal_action_obligation',
    'recipient_name',
    'primary_place_of_performance_country_code',
    'primary_place_of_performance_city_name',
    'primary_place_of_performance_county_name',
    'primary_place_of_performance_state_name',
  ];
  const builder = new RowBuilder(planColumns(headers), headers, {});
  const place = (cells: string[]) => {
    const row = builder.build(['SPE1C121P3000', '100', 'BEIJING ZHONGXIN TEXTILE CO LTD', ...cells], 1, 2);
    return isRejected(row) ? null : [row.place_of_performance, row.place_of_performance_address];
  };

  it('joins city, county and state with ", ", skipping empty ones', () => {
    expect(place(['CHN', 'KORLA', '', 'XINJIANG'])).toEqual(['CHN', 'KORLA, XINJIANG']);
    expect(place(['USA', ' ARLINGTON ', 'ARLINGTON', 'VIRGINIA'])).toEqual([
      'USA',
      'ARLINGTON, ARLINGTON, VIRGINIA',
    ]);
    expect(place(['CHN', '', '', 'XINJIANG'])).toEqual(['CHN', 'XINJIANG']);
    expect(place(['CHN', '', '', ''])).toEqual(['CHN', '']);
  });

  it('is empty in a file without such columns', () => {
    const h = ['Supplier', 'Place of Performance'];
    const row = new RowBuilder(planColumns(h), h, {}).build(['Acme Widgets Ltd', 'Korla, Xinjiang'], 1, 2);
    expect(isRejected(row) ? null : [row.place_of_performance, row.place_of_performance_address]).toEqual([
      'Korla, Xinjiang',
      '',
    ]);
  });
});

describe('RowBuilder.build(record): a totals line', () => {
  const headers = ['Factory Name', 'Country', 'Amount'];
  const builder = new RowBuilder(planColumns(headers), headers, {});

  it.each([
    'Total',
    'TOTAL:',
    'Grand Total',
    'Subtotal',
    'Sum',
    'Summe',
    'Gesamt',
    'TOTAL GENERAL',
    'Total (EUR)',
    'Total Geral',
    'Totale generale',
    'Total Result',
    'Gesamtergebnis',
    'Ergebnis',
    'Gesamtsumme',
    'Gesamtbetrag',
    'Endsumme',
    'Totale',
    'Totaux',
    'Suma',
    'Suma total',
    'Soma',
    'Somme',
    'Somme totale',
    'Sous-total',
    'Sub-total',
    'Total EUR',
    'Summe EUR',
    'Summe (€)',
    'Total 2024',
    'Resultado',
    'Total Importe',
    'Total Amount (USD)',
    'Σ',
    'Totale complessivo',
    'Gran total',
    'Insgesamt',
    'Importe total',
    'Valor total',
    'Total HT',
    'Total TTC',
    'Somme TTC',
    'Summe netto',
    'Total en EUR',
    'Total em R$',
    'Total acumulado',
    'Total Ergebnis',
    'Total proveedor',
    'Total fornecedor',
    'Totale fornitore',
    'Summe Lieferant',
    'All suppliers',
    'ALL VENDORS',
    'All',
    '(All)',
    'All others',
    'All other suppliers',
    'Alle Lieferanten',
    'Alle anderen',
    'Todos los proveedores',
    'Todos los demás',
    'Todos os fornecedores',
    'Tous les fournisseurs',
    'Tutti i fornitori',
    '(Alle)',
  ])('rejects "%s" with nothing else but amounts', (label) => {
    const out = builder.build([label, '', '1,234,567'], 9, 10);
    expect(isRejected(out) ? out.reason : null).toBe(
      `"${label}" in column "Factory Name" with nothing else but amounts or counts is a totals line, not a supplier`,
    );
  });

  it.each([
    'Total Ltd',
    'Total Gas',
    'Total eur',
    'TotalEnergies',
    'Total S.A.',
    'Summit',
    'Ergebnis GmbH',
    'Valor Total Ltda',
    'Total en Ligne',
    'Insgesamt Bau GmbH',
    'Gran Total Construcciones SA',
    'Total Proveedores Industriales SA',
    'Summe Lieferanten GmbH',
    'All Suppliers Ltd',
    'Allegro Textiles',
    'Alle Lieferanten GmbH',
    'Todos Proveedores SA',
    'All Nippon Airways',
  ])('reads "%s" with only an amount as a supplier', (name) => {
    const out = builder.build([name, '', '100'], 1, 2);
    expect(isRejected(out) ? out.reason : out.supplier).toBe(name);
  });

  it("rejects a brand list's Total row with only a summed worker count and share", () => {
    const headers = ['Factory Name', 'Country', 'City', 'Number of Workers', '% Migrant Workers'];
    const brand = new RowBuilder(planColumns(headers), headers, {});
    const out = brand.build(['Total', '', '', '14450', '12%'], 9, 10);
    expect(isRejected(out) ? out.reason : null).toBe(
      '"Total" in column "Factory Name" with nothing else but amounts or counts is a totals line, not a supplier',
    );
    const factory = brand.build(['Total', 'France', '', '120', ''], 1, 2);
    expect(isRejected(factory) ? factory.reason : factory.supplier).toBe('Total');
  });

  it('reads a supplier named Total that has a country, and names that only contain the word', () => {
    for (const fields of [
      ['TOTAL', 'France', '100'],
      ['All Suppliers', 'China', '100'],
      ['Total Garments Ltd', '', '100'],
    ]) {
      const out = builder.build(fields, 1, 2);
      expect(isRejected(out) ? out.reason : out.supplier).toBe(fields[0]);
    }
  });
});

describe('RowBuilder.build(record): a totals line with an empty supplier cell', () => {
  const headers = [
    'Contract Number',
    'Vendor Name',
    'Vendor Country',
    'Description',
    'Dollars Obligated',
    'Total',
  ];
  const builder = new RowBuilder(planColumns(headers), headers, {});

  it('is rejected as a totals line, naming the column of its label', () => {
    const out = builder.build(['', '', '', 'Grand Total', '3,480,000.00', '3,800,000.00'], 12, 13);
    expect(isRejected(out) ? out.reason : null).toBe(
      '"Grand Total" in column "Description", with no supplier name and nothing else but amounts or counts, is a ' +
        'totals line, not a data row',
    );
  });

  it('is a row missing its supplier name when another column says more than the label', () => {
    for (const fields of [
      ['W912D121P0001', '', 'IRAQ', 'Grand Total', '700,000.00', ''],
      ['', '', '', 'BARRACKS RENOVATION', '700,000.00', ''],
    ]) {
      const out = builder.build(fields, 3, 4);
      expect(isRejected(out) ? out.reason : null).toBe('missing supplier name (column "Vendor Name")');
    }
  });
});

describe('RowBuilder.build(record): another supplier column', () => {
  const headers = ['Supplier', 'Vendor', 'Country'];
  const builder = new RowBuilder(planColumns(headers), headers, {});

  it('reads the supplier from the other column when the supplier column is empty', () => {
    const out = builder.build(['', ' Hoshine Silicon Industry Co Ltd ', 'China'], 1, 2);
    expect(isRejected(out) ? out.reason : out.supplier).toBe('Hoshine Silicon Industry Co Ltd');
    const own = builder.build(['Acme', 'Acme Holdings', 'USA'], 2, 3);
    expect(isRejected(own) ? own.reason : own.supplier).toBe('Acme');
  });

  it('rejects a row with both empty, naming both columns', () => {
    const out = builder.build(['', '', 'China'], 3, 4);
    expect(isRejected(out) ? out.reason : null).toBe(
      'missing supplier name (columns "Supplier" and "Vendor" are empty)',
    );
  });
});

describe('RowBuilder.build(record): a supplier cell that names no one', () => {
  const headers = ['Supplier', 'Country', 'Amount'];
  const builder = new RowBuilder(planColumns(headers), headers, {});

  it.each(['***', '-', '🧤', 'N/A', 'unknown'])('rejects "%s"', (name) => {
    const out = builder.build([name, 'China', '10'], 3, 4);
    expect(isRejected(out) ? out.reason : null).toBe(`no supplier name: column "Supplier" says "${name}"`);
  });

  it('reads names in any script, and names of digits', () => {
    for (const name of ['合盛硅业', '3M', 'Ab']) {
      const out = builder.build([name, 'China', '10'], 1, 2);
      expect(isRejected(out) ? out.reason : out.supplier).toBe(name);
    }
  });
});

describe('RowBuilder.build(record): COTS', () => {
  const headers = ['Supplier', 'COTS'];
  it('reads COTS item and non-COTS, and notes wording it does not understand', () => {
    const builder = new RowBuilder(planColumns(headers), headers, {});
    const cots = ['COTS item', 'non-COTS', 'Commercial item', 'perhaps'].map((v, i) => {
      const r = builder.build([`S${i}`, v], i + 1, i + 2);
      return isRejected(r) ? 'rejected' : r.cots;
    });
    expect(cots).toEqual([true, false, null, null]);
    const notes = builder.notes();
    expect(notes.map((n) => [n.code, n.column, n.row])).toEqual([['unparsed_cots', 'COTS', 4]]);
    expect(notes[0]?.message).toMatch(/1 value\(s\) in column "COTS" .*"perhaps"/);
  });

  it("reads a repeated cell the same each time, by its own plan's reading of the column", () => {
    const plain = new RowBuilder(planColumns(headers), headers, {});
    const fpds = new RowBuilder({ ...planColumns(headers), cotsFromCommercialProcedures: true }, headers, {});
    const read = (builder: RowBuilder) =>
      ['D', 'Y', 'D', 'D'].map((v, i) => {
        const r = builder.build([`S${i}`, v], i + 1, i + 2);
        return isRejected(r) ? 'rejected' : r.cots;
      });
    expect(read(plain)).toEqual([null, true, null, null]);
    expect(read(fpds)).toEqual([false, null, false, false]);
    expect(read(plain)).toEqual([null, true, null, null]);
    expect(plain.notes().map((n) => [n.code, n.row])).toEqual([['unparsed_cots', 1]]);
    expect(fpds.notes().map((n) => [n.code, n.row])).toEqual([['unparsed_cots', 2]]);
  });
});

describe('RowBuilder.notes(): worker counts given as bands', () => {
  it('reads a band as its lower bound and says so once for the column', () => {
    const headers = ['Factory Name', 'Country', 'Number of Workers'];
    const builder = new RowBuilder(planColumns(headers), headers, {});
    const rows = [
      builder.build(['Knit One Ltd', 'Bangladesh', '1001-5000'], 1, 2),
      builder.build(['Knit Two Ltd', 'Bangladesh', '1200'], 2, 3),
      builder.build(['Knit Three Ltd', 'Bangladesh', '10000+'], 3, 4),
    ];
    expect(rows.map((r) => (isRejected(r) ? null : r.workers))).toEqual([1001, 1200, 10000]);
    const notes = builder.notes();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ code: 'workers_band', row: 1, line: 2, column: 'Number of Workers' });
    expect(notes[0]?.message).toContain('2 worker count(s) in column "Number of Workers" are bands');
    expect(notes[0]?.message).toContain('"1001-5000" at row 1, line 2, read as 1001');
  });

  it('says nothing of plain counts', () => {
    const headers = ['Factory Name', 'Number of Workers'];
    const builder = new RowBuilder(planColumns(headers), headers, {});
    builder.build(['Knit One Ltd', '1,200'], 1, 2);
    expect(builder.notes()).toEqual([]);
  });
});

describe('RowBuilder.build(record): dates', () => {
  const headers = ['Contract Number', 'Vendor', 'Obligated Amount', 'Date'];

  it('reads dates with an English month name and two-digit years', () => {
    const builder = new RowBuilder(planColumns(headers), headers, {});
    const dates = ['15-MAR-19', '15-Mar-2019', 'March 15, 2019', '03/15/19'].map((d, i) => {
      const r = builder.build([`D00${i}`, 'Tokyo Facility Services', '520000.00', d], i + 1, i + 2);
      return isRejected(r) ? r.reason : r.date;
    });
    expect(dates).toEqual(['2019-03-15', '2019-03-15', '2019-03-15', '2019-03-15']);
    expect(builder.notes()).toEqual([]);
  });

  it("says that a row without a readable date is tested against today's FAR threshold", () => {
    const builder = new RowBuilder(planColumns(headers), headers, {});
    const r = builder.build(['D007', 'Tokyo Facility Services', '520000.00', 'FY2019'], 1, 2);
    expect(isRejected(r) ? r.reason : r.date).toBe('');
    const notes = builder.notes();
    expect(notes.map((n) => n.code)).toEqual(['unparsed_date']);
    expect(notes[0]?.message).toContain('"FY2019" at row 1, line 2');
    expect(notes[0]?.message).toContain(
      'Such rows are tested against the FAR 52.222-50(h) threshold in force today, unless another row of the same contract gives a date',
    );
  });
});

describe('RowBuilder.build(record): amounts', () => {
  const headers = ['Lieferantenname', 'Land', 'Betrag', 'Währung'];
  const build = (builder: RowBuilder, amount: string, currency = '') =>
    builder.build(['Hoshine Silicon Industry Co Ltd', 'CN', amount, currency], 1, 2);

  it('reads an accounting-format zero as zero', () => {
    const builder = new RowBuilder(planColumns(headers), headers, { decimalComma: true });
    for (const text of ['-', '- €', '€ -']) {
      const out = build(builder, text, 'EUR');
      expect(isRejected(out) ? out.reason : [out.amount, out.currency]).toEqual([0, 'EUR']);
    }
    expect(builder.notes()).toEqual([]);
  });

  it('screens a row whose amount cell says it has none, and counts such rows', () => {
    const builder = new RowBuilder(planColumns(headers), headers, { decimalComma: true });
    const amounts = ['n/a', 'N/A', '—'].map((text, i) => {
      const out = builder.build(['Hoshine Silicon Industry Co Ltd', 'CN', text, 'EUR'], i + 1, i + 2);
      return isRejected(out) ? out.reason : out.amount;
    });
    expect(amounts).toEqual([null, null, null]);
    const notes = builder.notes();
    expect(notes.map((n) => [n.code, n.column, n.row])).toEqual([['amount_not_given', 'Betrag', 1]]);
    expect(notes[0]?.message).toContain(
      '3 row(s) say in column "Betrag" that they have no amount (first: "n/a"',
    );
  });

  it('reads a multiplier word as such, never as a currency, and says so', () => {
    const builder = new RowBuilder(planColumns(headers), headers, { decimalComma: true });
    const out = [build(builder, '1,5 Mio', 'EUR'), build(builder, '2,3 Mio'), build(builder, '500 Tsd')].map(
      (r) => (isRejected(r) ? r.reason : [r.amount, r.currency]),
    );
    expect(out).toEqual([
      [1500000, 'EUR'],
      [2300000, ''],
      [500000, ''],
    ]);
    const notes = builder.notes();
    expect(notes.map((n) => n.code)).toEqual(['amount_multiplier']);
    expect(notes[0]?.message).toContain('3 amount(s) in column "Betrag" are written with a multiplier word');
    expect(notes[0]?.message).toContain('"1,5 Mio" at row 1, line 2, read as 1500000');
  });

  it('rejects a quantity with its unit, saying why', () => {
    const builder = new RowBuilder(planColumns(headers), headers, { decimalComma: true });
    const out = build(builder, '1.234,00 Stk');
    expect(isRejected(out) ? out.reason : out.currency).toBe(
      'amount "1.234,00 Stk" in column "Betrag" is not a number: "Stk" is not a currency (an ISO 4217 code or a symbol) or a multiplier (Tsd, Mio, Mrd, k, million, bn): a quantity or a unit is not an amount',
    );
  });

  it('still rejects other text with the usual reason', () => {
    const builder = new RowBuilder(planColumns(headers), headers, { decimalComma: true });
    const out = build(builder, '12-34');
    expect(isRejected(out) ? out.reason : null).toMatch(/is not a number: expected a number such as/);
  });
});

describe('RowBuilder.build(record): a currency written in Chinese', () => {
  it('reads 美元, 人民币, 欧元, 日元 and 港币 as their ISO 4217 codes', () => {
    const headers = ['供应商名称', '总价', '币制'];
    const builder = new RowBuilder(planColumns(headers), headers, {});
    const currencies = ['美元', '人民币', '欧元', '日元', '港币', 'usd', '元'].map((c, i) => {
      const r = builder.build(['新疆中泰化学股份有限公司', '1000', c], i + 1, i + 2);
      return isRejected(r) ? r.reason : r.currency;
    });
    expect(currencies).toEqual(['USD', 'CNY', 'EUR', 'JPY', 'HKD', 'USD', '元']);
  });

  it('reads RMB, in the currency column or beside the amount, as CNY', () => {
    const headers = ['Supplier', 'Amount', 'Currency'];
    const builder = new RowBuilder(planColumns(headers), headers, {});
    const out = [
      ['Huafu Fashion', '1000', 'RMB'],
      ['Huafu Fashion', '1000 RMB', 'RMB'],
      ['Huafu Fashion', 'RMB 1000', ''],
    ].map((f, i) => {
      const r = builder.build(f, i + 1, i + 2);
      return isRejected(r) ? r.reason : r.currency;
    });
    expect(out).toEqual(['CNY', 'CNY', 'CNY']);
  });
});

describe('RowBuilder.build(record): amounts whose header gives them in thousands', () => {
  const headers = ['Vendor Name', 'Place of Performance Country', 'Obligations ($K)', 'Contract Value ($K)'];
  const plan = planColumns(headers);

  it('reads them multiplied by 1,000, once noted, and a cell with its own multiplier as it says', () => {
    const builder = new RowBuilder(plan, headers, {});
    const rows = [
      builder.build(['DESERT STAR SERVICES WLL', 'KUWAIT', '650', '1,200.5'], 1, 2),
      builder.build(['GULF CATERING CO', 'KUWAIT', '0.35', ''], 2, 3),
      builder.build(['GULF CATERING CO', 'KUWAIT', '$600K', ''], 3, 4),
    ];
    expect(rows.map((r) => (isRejected(r) ? null : [r.amount, r.contract_value]))).toEqual([
      [650000, 1200500],
      [350, null],
      [600000, null],
    ]);
    const notes = builder.notes();
    const scaled = notes.find((n) => n.code === 'header_scale_amount');
    expect(scaled?.message).toBe(
      '2 value(s) in column "Obligations ($K)" were read multiplied by 1,000, as the header gives them in ' +
        'thousands (first: "650" at row 1, line 2, read as 650000).',
    );
    expect(notes.map((n) => n.code)).toContain('header_scale_contract_value');
  });
});

describe('RowBuilder.build(record): a date cell formatted General', () => {
  const headers = ['Supplier', 'Invoice Date', 'Amount'];
  const plan = planColumns(headers);

  it("reads a sheet's plain number in the date column as Excel's day number, noted once", () => {
    const builder = new RowBuilder(plan, headers, { cellNumbers: true });
    const rows = [
      builder.build(['Alpha Ltd', '45700', '10'], 1, 2),
      builder.build(['Beta Ltd', '45710', '10'], 2, 3),
      builder.build(['Gamma Ltd', '2025-03-01', '10'], 3, 4),
    ];
    expect(rows.map((r) => (isRejected(r) ? r.reason : r.date))).toEqual([
      '2025-02-12',
      '2025-02-22',
      '2025-03-01',
    ]);
    expect(builder.notes().map((p) => [p.code, p.message])).toEqual([
      [
        'date_excel_serial',
        '2 date(s) in column "Invoice Date" are plain numbers, as a sheet gives a date cell formatted General, and ' +
          'were read as Excel\'s day numbers (first: "45700" at row 1, line 2, read as 2025-02-12). If they are ' +
          'not dates, the column is not the date: name another with --map date=.',
      ],
    ]);
  });

  it('reads no date from a number out of 1990-2100, nor from a number in a CSV file', () => {
    const sheet = new RowBuilder(plan, headers, { cellNumbers: true });
    const out = sheet.build(['Alpha Ltd', '12345', '10'], 1, 2);
    expect(isRejected(out) ? out.reason : out.date).toBe('');
    expect(sheet.notes().map((p) => p.code)).toEqual(['unparsed_date']);
    const csv = new RowBuilder(plan, headers, {});
    const text = csv.build(['Alpha Ltd', '45700', '10'], 1, 2);
    expect(isRejected(text) ? text.reason : text.date).toBe('');
    expect(csv.notes().map((p) => p.code)).toEqual(['unparsed_date']);
  });
});
