import type { Problem } from '../model/problem.js';
import {
  CANONICAL_FIELDS,
  type CanonicalField,
  type RejectedRow,
  type SpendRow,
} from '../model/spend-row.js';
import { AMOUNT_EXPECTED, type AmountStyle, amountWordProblem, parseAmount } from './amount-parser.js';
import type { ColumnPlan } from './column-mapper.js';
import { type CotsReading, readCots } from './cots-parser.js';
import {
  ALL_SYMBOLS,
  AMBIGUOUS_SYMBOLS,
  ambiguousSymbolLabel,
  codeAlias,
  currencyNamed,
  isIsoCurrencyCode,
  isSymbolOf,
  symbolCurrency,
} from './currency-symbols.js';
import { excelSerialDate, parseDate, slashDateOrder } from './date-parser.js';
import { ownString } from './own-string.js';
import { parseShare, readCount } from './share-parser.js';

/** A head count given only as an upper bound (`Less than 1000`): no count, but nothing wrong either. */
const UPPER_BOUND_ONLY = /^(less than|fewer than|under|below|<)\s*\d/i;

/**
 * Amount cells that say the row has no amount (`n/a`, `—`, Excel's `#N/A`): screened with none, and counted.
 * A lone `-` is not one of them: it is how Excel's accounting format writes zero.
 */
const NO_AMOUNT = new Set([
  'n/a',
  'na',
  'n.a.',
  '#n/a',
  '—',
  '–',
  '--',
  'none',
  'nil',
  'null',
  'not available',
]);

/** Whether an amount cell is one of `NO_AMOUNT` (most are numbers, passed over at their first digit). */
function saysNoAmount(text: string): boolean {
  const c = text.charCodeAt(0);
  if (Number.isNaN(c) || (c >= 48 && c <= 57) || text.length > 13) return false;
  return NO_AMOUNT.has(text.toLowerCase());
}

/** A National Stock Number, 4-2-3-4 digits with or without hyphens: its first four digits are the FSC. */
const NSN = /^(\d{4})-?\d{2}-?\d{3}-?\d{4}$/;

/** The Federal Supply Class of an NSN cell (the item's PSC), or '' when the cell is not an NSN. */
function nsnClass(text: string): string {
  return NSN.exec(text.trim())?.[1] ?? '';
}

/** Values that mean "no value" in a date / count / share column, not worth a note. */
const NO_VALUE = new Set(['n/a', 'na', '-', '--', 'none', 'null', 'unknown', 'not available', 'nil']);

interface NoteTally {
  count: number;
  first: { row: number; line: number; value: string };
}

/** A way a column's values were read that the user should know of, counted once per kind. */
interface Remark extends NoteTally {
  column: string;
  message: (t: NoteTally) => string;
}

/** How many distinct COTS cells a builder remembers, and the longest one it does. */
const COTS_MEMO_LIMIT = 256;
const COTS_MEMO_TEXT = 64;

/**
 * Turns records (arrays of field text) into `SpendRow`s or `RejectedRow`s for one column plan.
 *
 * Rules: a record whose field count differs from the header's is rejected with both counts; a row without a
 * supplier name is rejected naming the column; an amount that does not parse is rejected naming the column
 * and what was expected. Dates, worker counts and migrant shares that do not parse are not rejects (the row
 * can still be screened): the value is left empty and `notes()` summarises them per column.
 */
export class RowBuilder {
  private readonly tallies = new Map<CanonicalField, NoteTally>();
  private readonly remarks = new Map<string, Remark>();
  /**
   * The COTS reading of each distinct cell (a column holds a few values: `Y`, `N`, FPDS's `A`–`E`), under
   * this plan's `cotsFromCommercialProcedures`. Bounded; longer cells are read each time.
   */
  private readonly cotsReadings = new Map<string, CotsReading>();
  private readonly width: number;
  private readonly at: Record<CanonicalField, number>;

  constructor(
    private readonly plan: ColumnPlan,
    private readonly headers: string[],
    private readonly style: AmountStyle,
  ) {
    this.width = headers.length;
    const at = {} as Record<CanonicalField, number>;
    for (const f of CANONICAL_FIELDS) at[f] = plan.index[f] ?? -1;
    this.at = at;
  }

  /** The contract id (`PARENT/PIID` under a parent vehicle) and the row's ref. */
  private ids(fields: string[]): { contractId: string; ref: string } {
    const plan = this.plan;
    const piid = cell(fields, this.at.contract_id);
    const parent = plan.contractParent === null ? '' : (fields[plan.contractParent] ?? '').trim();
    const contractId = parent !== '' && piid !== '' ? `${parent}/${piid}` : piid;
    const key = plan.refColumn === null ? '' : (fields[plan.refColumn] ?? '').trim();
    return { contractId, ref: contractId !== '' ? contractId : key };
  }

  /**
   * Rejects a line whose quote is not closed where its record should end (`CsvRecord.unclosedQuoteField`):
   * where its fields end is anyone's guess, so it is not screened.
   */
  unclosedQuote(fields: string[], row: number, line: number, field: number): RejectedRow {
    const column = this.headers[field - 1];
    const where = column === undefined ? `field ${field}` : `column "${column}"`;
    return reject(
      row,
      line,
      this.ids(fields).ref,
      `a quote opened in ${where} on line ${line} is not closed on that line: the line was read alone and not screened (check its quotes)`,
      fields,
    );
  }

  /** Builds one row; `row` is the 1-based data row, `line` the physical line (or sheet row). */
  build(record: string[], row: number, line: number): SpendRow | RejectedRow {
    const plan = this.plan;
    const at = this.at;
    // Empty fields past the header's last column (a trailing delimiter) carry nothing: the row is read.
    const fields =
      record.length > this.width && emptyFrom(record, this.width) ? record.slice(0, this.width) : record;
    const { contractId, ref } = this.ids(fields);
    if (this.width > 1 && isNoteLine(fields)) {
      return reject(row, line, ref, 'a note line, not a data row', fields);
    }
    if (fields.length !== this.width) {
      return reject(row, line, ref, `row has ${fields.length} fields, the header has ${this.width}`, fields);
    }
    let supplier = cell(fields, at.supplier);
    /** The column the supplier was read from when its own cell is empty. */
    let standIn = -1;
    for (const i of plan.supplierFallbacks) {
      if (supplier !== '') break;
      supplier = (fields[i] ?? '').trim();
      standIn = i;
    }
    if (supplier === '') {
      const label = this.totalsLabelElsewhere(fields);
      if (label >= 0) {
        return reject(
          row,
          line,
          ref,
          `"${(fields[label] ?? '').trim()}" in column "${this.headers[label] ?? ''}", with no supplier name and ` +
            'nothing else but amounts or counts, is a totals line, not a data row',
          fields,
        );
      }
      return reject(row, line, ref, this.missingSupplier(), fields);
    }
    if (!NAMES_SOMEONE.test(supplier) || NO_VALUE.has(supplier.toLowerCase())) {
      return reject(
        row,
        line,
        ref,
        `no supplier name: column "${this.header('supplier')}" says "${supplier}"`,
        fields,
      );
    }
    if (isTotalsLabel(supplier) && this.onlySupplierAndFigures(fields)) {
      return reject(
        row,
        line,
        ref,
        `"${supplier}" in column "${this.header('supplier')}" with nothing else but amounts or counts is a totals line, not a supplier`,
        fields,
      );
    }
    let amount: number | null = null;
    let currency = cell(fields, at.currency).toUpperCase();
    if (currency !== '' && currency.charCodeAt(0) > 0x7f) currency = currencyNamed(currency) ?? currency;
    else if (currency.length === 3) currency = codeAlias(currency) ?? currency;
    const amountText = cell(fields, at.amount);
    if (saysNoAmount(amountText)) {
      this.remark(
        'amount_not_given',
        'amount',
        amountText,
        row,
        line,
        (t) =>
          `${t.count} row(s) say in column "${this.header('amount')}" that they have no amount (first: ` +
          `"${t.first.value}" at row ${t.first.row}, line ${t.first.line}): they were screened without one, as ` +
          'if the cell were empty, and add nothing to the spend totals.',
      );
    } else if (amountText !== '') {
      const parsed = parseAmount(amountText, this.style);
      if (parsed === null) {
        const why = amountWordProblem(amountText);
        return reject(
          row,
          line,
          ref,
          `amount "${amountText}" in column "${this.header('amount')}" is not a number: ` +
            (why ?? `expected ${AMOUNT_EXPECTED}`),
          fields,
        );
      }
      if (parsed.multiplier !== undefined) this.multiplied(amountText, parsed.value, row, line);
      if (parsed.currency !== '') {
        if (currency !== '' && currency !== parsed.currency) {
          return reject(
            row,
            line,
            ref,
            `amount "${amountText}" is in ${parsed.currency} but column "${this.header('currency')}" says ${currency}`,
            fields,
          );
        }
        currency = parsed.currency;
      } else if (parsed.symbol !== undefined) {
        currency = this.currencyOfSymbol(parsed.symbol, currency, amountText, row, line);
      }
      if (parsed.pointAsGrouping === true) this.pointAsGrouping(amountText, parsed.value, row, line);
      amount = parsed.value;
      // A header's scale (`Obligations ($K)`) multiplies the amounts written without one of their own.
      if (plan.amountScale !== 1 && parsed.multiplier === undefined) {
        amount = scaled(parsed.value, plan.amountScale);
        this.headerScaled('amount', amountText, amount, row, line);
      }
    }
    if (currency === '') currency = plan.defaultCurrency;

    const date = this.readDate(cell(fields, at.date), row, line);
    const workersText = cell(fields, at.workers);
    const { count: workers, band } = readCount(workersText);
    if (workers === null && workersText !== '' && !UPPER_BOUND_ONLY.test(workersText))
      this.note('workers', workersText, row, line);
    else if (band) {
      this.remark(
        'workers_band',
        'workers',
        workersText,
        row,
        line,
        (t) =>
          `${t.count} worker count(s) in column "${this.header('workers')}" are bands, read as their lower ` +
          `bound (first: "${t.first.value}" at row ${t.first.row}, line ${t.first.line}, read as ` +
          `${readCount(t.first.value).count}): the least the workforce can be, not its size.`,
      );
    }
    const valueText = cell(fields, at.contract_value);
    const value = valueText === '' ? null : parseAmount(valueText, this.style);
    if (value === null && valueText !== '') this.note('contract_value', valueText, row, line);
    let contractValue = value?.value ?? null;
    if (value !== null && plan.contractValueScale !== 1 && value.multiplier === undefined) {
      contractValue = scaled(value.value, plan.contractValueScale);
      this.headerScaled('contract_value', valueText, contractValue, row, line);
    }
    const shareText = cell(fields, at.migrant_share);
    const share = parseShare(shareText, plan.sharePercent);
    if (share === null && shareText !== '') this.note('migrant_share', shareText, row, line);
    else if (share !== null && plan.sharePercent && /^0?[.,]\d+$/.test(shareText)) {
      this.remark(
        'share_fraction_as_percent',
        'migrant_share',
        shareText,
        row,
        line,
        (t) =>
          `${t.count} value(s) below 1 in column "${this.header('migrant_share')}" were read as percentages ` +
          `("${t.first.value}" at row ${t.first.row}, line ${t.first.line}, as ${t.first.value} %), because the ` +
          'column also holds values above 1: write a fraction as a percentage (35 or 35%) if that is what it is.',
      );
    }

    const cotsText = cell(fields, at.cots);
    const { cots, understood } = this.readCots(cotsText);
    if (!understood) this.note('cots', cotsText, row, line);

    // The shipper standing in for an empty manufacturer cell is the supplier: its address and country fill
    // the supplier's where the manufacturer's are empty (a manufacturer's address, where given, still says
    // where the goods were made).
    const shipperAddress = joinParts(fields, at.shipper_address, plan.shipperAddressParts);
    const shipperCountry = cell(fields, at.shipper_country);
    const shipperStandsIn = standIn >= 0 && standIn === at.shipper;
    let address = joinParts(fields, at.supplier_address, plan.addressParts);
    if (address === '' && shipperStandsIn) address = shipperAddress;
    let supplierCountry = cell(fields, at.supplier_country);
    if (supplierCountry === '' && plan.supplierCountryFallback !== null)
      supplierCountry = (fields[plan.supplierCountryFallback] ?? '').trim();
    if (supplierCountry === '' && shipperStandsIn) supplierCountry = shipperCountry;
    const placeAddress = joinParts(fields, at.place_of_performance_address, plan.placeParts);

    let productType = cell(fields, at.product_type);
    if (productType === '' && plan.productTypeFallback !== null)
      productType = (fields[plan.productTypeFallback] ?? '').trim();

    return {
      row,
      line,
      ref,
      contract_id: contractId,
      supplier,
      supplier_address: address,
      supplier_country: supplierCountry,
      origin_country: cell(fields, at.origin_country),
      description: cell(fields, at.description),
      naics: cell(fields, at.naics),
      psc: plan.nsnColumn === null ? cell(fields, at.psc) : nsnClass(fields[plan.nsnColumn] ?? ''),
      hs_code: cell(fields, at.hs_code),
      amount,
      currency,
      date,
      place_of_performance: cell(fields, at.place_of_performance),
      place_of_performance_address: placeAddress,
      cots,
      product_type: productType,
      parent_company: cell(fields, at.parent_company),
      dba: cell(fields, at.dba),
      shipper: cell(fields, at.shipper),
      shipper_address: shipperAddress,
      shipper_country: shipperCountry,
      workers,
      migrant_share: share,
      contract_value: contractValue,
      agency: cell(fields, at.agency),
    };
  }

  /**
   * The currency of an amount written with a symbol (`€1000`, `R$ 1.234,56`, `¥3000`). A currency column's
   * value wins over the symbol (a contradiction is noted); so does the amount header's currency. Otherwise
   * a symbol that names one currency sets it, and one that names several keeps its rows apart under its own
   * label (`¥ (CNY OR JPY)`), except `$`, whose rows stay "currency not stated" (noted).
   */
  private currencyOfSymbol(symbol: string, stated: string, text: string, row: number, line: number): string {
    const named = symbolCurrency(symbol);
    const given = stated !== '' ? stated : this.plan.defaultCurrency;
    if (given !== '') {
      if (!isSymbolOf(symbol, given)) {
        const where =
          stated !== '' ? `column "${this.header('currency')}"` : `the header "${this.header('amount')}"`;
        this.remark(
          `symbol_contradicts:${symbol}`,
          'amount',
          text,
          row,
          line,
          (t) =>
            `${t.count} amount(s) in column "${this.header('amount')}" are written with ${symbol} but ${where} ` +
            `gives another currency (first: "${t.first.value}" at row ${t.first.row}, line ${t.first.line}): ` +
            `the currency ${stated !== '' ? 'column' : 'header'} was followed.`,
        );
      }
      return stated;
    }
    if (named !== null) return named;
    const label = ambiguousSymbolLabel(symbol);
    const codes = AMBIGUOUS_SYMBOLS[symbol] ?? [];
    this.remark(
      `ambiguous_symbol:${symbol}`,
      'amount',
      text,
      row,
      line,
      (t) =>
        `${t.count} amount(s) in column "${this.header('amount')}" are written with ${symbol}, which ` +
        `several currencies use (${codes.join(', ')}${symbol === '$' ? ' and others' : ''}), and no currency ` +
        `is stated (first: "${t.first.value}" at row ${t.first.row}, line ${t.first.line}): they are ` +
        (label === ''
          ? 'totalled as "currency not stated", which the FAR plan test takes for US dollars.'
          : `totalled apart as "${label}", not with any other currency.`) +
        ' A currency column, or the code in the header (Amount (USD)), says which.',
    );
    return label;
  }

  /**
   * A date, its slash dates read in the column's order (`plan.dateOrder`). One that can only be read the
   * other way (`31/12/2024` in a column read month first) is read so and noted, as it puts the column's
   * order in doubt; dates that read either way (`03/04/2024`) are noted when the order was assumed, or when
   * the first rows wrote both orders.
   */
  private readDate(text: string, row: number, line: number): string {
    if (text === '') return '';
    const order = this.plan.dateOrder;
    const kind = slashDateOrder(text);
    const only = kind === 'day' || kind === 'month';
    const date = parseDate(text, only ? kind === 'day' : order.dayFirst);
    if (date === '') {
      const serial = this.style.cellNumbers === true ? excelSerialDate(text) : '';
      if (serial !== '') {
        this.remark(
          'date_excel_serial',
          'date',
          text,
          row,
          line,
          (t) =>
            `${t.count} date(s) in column "${this.header('date')}" are plain numbers, as a sheet gives a date cell ` +
            `formatted General, and were read as Excel's day numbers (first: "${t.first.value}" at row ` +
            `${t.first.row}, line ${t.first.line}, read as ${excelSerialDate(t.first.value)}). If they are not ` +
            'dates, the column is not the date: name another with --map date=.',
        );
        return serial;
      }
      this.note('date', text, row, line);
      return '';
    }
    if (only && (kind === 'day') !== order.dayFirst) {
      this.remark('date_order_contradicted', 'date', text, row, line, (t) => {
        const [was, other] = order.dayFirst ? ['day', 'month'] : ['month', 'day'];
        const why =
          order.basis === 'assumed'
            ? 'as no date in its first rows told the order and US spend files write dates month first'
            : order.basis === 'mixed'
              ? 'as at least as many of its first rows write them so'
              : `as its first rows write them ("${order.dayFirst ? order.dayFirstExample : order.monthFirstExample}")`;
        return (
          `${t.count} date(s) in column "${this.header('date')}" can only be read ${other} first (first: ` +
          `"${t.first.value}" at row ${t.first.row}, line ${t.first.line}), though the column's dates were read ` +
          `${was} first (${orderPattern(order.dayFirst)}) ${why}: those were read ${other} first, and the ` +
          `column's dates that read either way may be wrong. Write dates as YYYY-MM-DD to be sure.`
        );
      });
    } else if (kind === 'either' && order.basis !== 'sample') {
      this.remark(`date_order_${order.basis}`, 'date', text, row, line, (t) => {
        const first = `(first: "${t.first.value}" at row ${t.first.row}, line ${t.first.line}, read as ${parseDate(t.first.value, order.dayFirst)})`;
        if (order.basis === 'mixed') {
          return (
            `The first rows of column "${this.header('date')}" write dates both day first ` +
            `("${order.dayFirstExample}") and month first ("${order.monthFirstExample}"): each such date was ` +
            `read the only way it can be, and ${t.count} date(s) that read either way ${first} were read ` +
            `${order.dayFirst ? 'day' : 'month'} first (${orderPattern(order.dayFirst)}), as ` +
            `${order.dayFirst ? 'more' : 'at least as many'} of the first rows write them. Check them, or ` +
            'write dates as YYYY-MM-DD.'
          );
        }
        return (
          `${t.count} date(s) in column "${this.header('date')}" can be read month first or day first ${first}, and no ` +
          'date in the first rows tells which (none has a part above 12): they were read month first ' +
          '(MM/DD/YYYY), as US spend files write dates. If the file writes dates day first (DD/MM/YYYY), ' +
          'they are wrong: write them as YYYY-MM-DD.'
        );
      });
    }
    return date;
  }

  /** Notes amounts written with a multiplier word (`2,3 Mio`), read multiplied out. */
  private multiplied(text: string, value: number, row: number, line: number): void {
    this.remark(
      'amount_multiplier',
      'amount',
      text,
      row,
      line,
      (t) =>
        `${t.count} amount(s) in column "${this.header('amount')}" are written with a multiplier word and ` +
        `were read multiplied out (first: "${t.first.value}" at row ${t.first.row}, line ${t.first.line}, ` +
        `read as ${value}): rounded amounts, not the exact spend.`,
    );
  }

  /** Notes amounts read multiplied by the scale their column's header states. */
  private headerScaled(
    field: 'amount' | 'contract_value',
    text: string,
    value: number,
    row: number,
    line: number,
  ) {
    const factor = field === 'amount' ? this.plan.amountScale : this.plan.contractValueScale;
    this.remark(
      `header_scale_${field}`,
      field,
      text,
      row,
      line,
      (t) =>
        `${t.count} value(s) in column "${this.header(field)}" were read multiplied by ` +
        `${factor === 1000 ? '1,000' : '1,000,000'}, as the header gives them in ` +
        `${factor === 1000 ? 'thousands' : 'millions'} (first: "${t.first.value}" at row ${t.first.row}, line ` +
        `${t.first.line}, read as ${value}).`,
    );
  }

  /** Notes amounts like `150.000` in a file whose decimal mark is the point, read as 150000. */
  private pointAsGrouping(text: string, value: number, row: number, line: number): void {
    this.remark(
      'point_as_grouping',
      'amount',
      text,
      row,
      line,
      (t) =>
        `${t.count} amount(s) in column "${this.header('amount')}" have one "." followed by exactly three ` +
        `digits, read as thousands grouping (first: "${t.first.value}" at row ${t.first.row}, line ` +
        `${t.first.line}, read as ${value}). Meant as three decimals, they would be 1,000 times smaller.`,
    );
  }

  /** Why a row without a supplier name is rejected, naming every column looked in. */
  private missingSupplier(): string {
    const columns = [this.plan.index.supplier, ...this.plan.supplierFallbacks].map(
      (i) => `"${i === undefined ? 'supplier' : (this.headers[i] ?? '')}"`,
    );
    if (columns.length === 1) return `missing supplier name (column ${columns[0]})`;
    return `missing supplier name (columns ${columns.slice(0, -1).join(', ')} and ${columns.at(-1)} are empty)`;
  }

  /**
   * True when every mapped column but the supplier name, the money columns and the figures a sum line adds
   * up (a brand list's worker count and migrant share) is empty.
   */
  private onlySupplierAndFigures(fields: string[]): boolean {
    for (const f of CANONICAL_FIELDS) {
      if (SUMMED_FIELDS.has(f)) continue;
      if (cell(fields, this.at[f]) !== '') return false;
    }
    return true;
  }

  /**
   * The column of a sum line's label in a row with no supplier name (`Grand Total` under `Description`), when
   * every other mapped column but the money columns and summed figures is empty; -1 when there is none.
   */
  private totalsLabelElsewhere(fields: string[]): number {
    const label = fields.findIndex((f) => f.trim() !== '' && isTotalsLabel(f.trim()));
    if (label < 0) return -1;
    for (const f of CANONICAL_FIELDS) {
      const i = this.at[f];
      if (SUMMED_FIELDS.has(f) || i === label) continue;
      if (cell(fields, i) !== '') return -1;
    }
    return label;
  }

  /** One problem per column whose values were left empty because they did not parse. */
  notes(): Problem[] {
    const out: Problem[] = [];
    for (const [field, t] of this.tallies) {
      const column = this.header(field);
      const what =
        field === 'date'
          ? `a date (YYYY-MM-DD, ${orderPattern(this.plan.dateOrder.dayFirst)}, DD.MM.YYYY or 15-MAR-2019)`
          : (EXPECTED[field] ?? 'a value');
      out.push({
        code: `unparsed_${field}`,
        message:
          `${t.count} value(s) in column "${column}" could not be read as ${what} and were left empty ` +
          `(first: "${t.first.value}" at row ${t.first.row}, line ${t.first.line}).` +
          (field === 'date' ? UNDATED_FAR : ''),
        row: t.first.row,
        line: t.first.line,
        column,
        expected: what,
      });
    }
    for (const [key, r] of this.remarks) {
      out.push({
        code: key.split(':')[0] as string,
        message: r.message(r),
        row: r.first.row,
        line: r.first.line,
        column: r.column,
      });
    }
    return out;
  }

  /** A COTS cell's reading, remembered per distinct value. */
  private readCots(text: string): CotsReading {
    const fromProcedures = this.plan.cotsFromCommercialProcedures;
    if (text.length > COTS_MEMO_TEXT) return readCots(text, fromProcedures);
    let reading = this.cotsReadings.get(text);
    if (reading === undefined) {
      reading = readCots(text, fromProcedures);
      if (this.cotsReadings.size >= COTS_MEMO_LIMIT) this.cotsReadings.clear();
      this.cotsReadings.set(ownString(text), reading);
    }
    return reading;
  }

  private remark(
    key: string,
    field: CanonicalField,
    value: string,
    row: number,
    line: number,
    message: (t: NoteTally) => string,
  ): void {
    const r = this.remarks.get(key);
    if (r === undefined) {
      this.remarks.set(key, { count: 1, first: { row, line, value }, column: this.header(field), message });
    } else r.count++;
  }

  private note(field: CanonicalField, value: string, row: number, line: number): void {
    if (NO_VALUE.has(value.toLowerCase())) return;
    const t = this.tallies.get(field);
    if (t === undefined) this.tallies.set(field, { count: 1, first: { row, line, value } });
    else t.count++;
  }

  private header(field: CanonicalField): string {
    const i = this.plan.index[field];
    return i === undefined ? field : (this.headers[i] ?? field);
  }
}

const EXPECTED: Partial<Record<CanonicalField, string>> = {
  workers: 'a whole number of workers',
  migrant_share: 'a share (35%, 35 or 0.35)',
  contract_value: `an amount: ${AMOUNT_EXPECTED}`,
  cots: 'COTS or not (yes / no, COTS item, non-COTS, commercial item)',
};

/**
 * What an undated row means for the FAR plan test (`far-plan-rule.ts`): the threshold in force on the row's
 * date, else on its contract's first dated row in the file, else today's.
 */
const UNDATED_FAR =
  ' Such rows are tested against the FAR 52.222-50(h) threshold in force today, unless another row of the ' +
  "same contract gives a date (then the one in force on the contract's first dated row), so a plan an " +
  'older, lower threshold required may be missed: write dates as YYYY-MM-DD.';

function orderPattern(dayFirst: boolean): string {
  return dayFirst ? 'DD/MM/YYYY' : 'MM/DD/YYYY';
}

/** The supplier cell and the columns a sum line fills: amounts, their currency, counts and shares. */
const SUMMED_FIELDS: ReadonlySet<CanonicalField> = new Set<CanonicalField>([
  'supplier',
  'amount',
  'currency',
  'contract_value',
  'workers',
  'migrant_share',
]);

/**
 * The label of a spreadsheet's sum line, where a supplier name would be, in English, German, French,
 * Spanish, Portuguese and Italian, with Excel's pivot-table labels (`Grand Total`, `Gesamtergebnis`,
 * `Ergebnis`, `Total Ergebnis`, `Total Geral`, `Totale generale`, `Totale complessivo`, `Total général`, `Total
 * Result`), `Total Amount` (`Total Importe`, `Importe total`, `Valor total`, `Total Betrag` …), net and gross
 * totals (`Total HT`, `Total TTC`, `Somme TTC`, `Summe netto`), running totals (`Total acumulado`), a
 * supplier's subtotal (`Total proveedor`, `Total fornecedor`, `Totale fornitore`, `Summe Lieferant`) and a
 * sigma (`Σ`). A currency (`(EUR)`, `(€)`, `EUR`, `en EUR`, `em R$`) or a year (`Total 2024`) may follow it.
 */
const TOTALS_LINE =
  /^(?:(?:grand\s+|gran\s+|sub-?\s*|sous-?\s*)?(?:totals?|totaux|totales?)(?:\s+(?:g[ée]n[ée]ral|geral|generale|complessivo|result|ergebnis|acumulado|amount|spend|importe|valor|montant|betrag|importo|ht|ttc|netto|brutto|proveedor|fornecedor|fornitore))?|(?:importe|valor|montant)\s+total|(?:suma|soma|somme)(?:\s+(?:totale?|ttc|ht))?|sum|summe(?:\s+(?:netto|brutto|lieferant))?|[Σ∑]|gesamt|insgesamt|gesamtsumme|gesamtergebnis|gesamtbetrag|endsumme|zwischensumme|ergebnis|resultado)(?:\s*\(\s*(\S{1,3})\s*\)|\s+(?:en|em|in)\s+(\S{1,3})|\s+([A-Za-z]{3})|\s+(?:19|20)\d{2})?\s*:?$/i;

/**
 * A summary's line for every supplier at once, in English, German, Spanish, Portuguese, French and Italian
 * (`All suppliers`, `All vendors`, `Alle Lieferanten`, `Todos los proveedores`, `Todos os fornecedores`, `Tous
 * les fournisseurs`, `Tutti i fornitori`), a top-N list's rest (`All others`, `All other suppliers`, `Alle
 * anderen`, `Todos los demás`, `Todos os outros`), or a pivot table's `All` (`(All)`, `(Alle)`, `(Todos)`,
 * `(Tous)`, `(Tutti)`): like a sum line, it is no supplier when nothing but figures stands beside it.
 */
const ALL_OF_THEM =
  /^\(?(?:all(?:\s+others?)?(?:\s+(?:suppliers|vendors|payees|recipients|companies|factories))?|alle(?:\s+(?:lieferanten|kreditoren|anderen))?|tod[oa]s(?:\s+(?:los\s+proveedores|os\s+fornecedores|los\s+dem[áa]s|os\s+outros))?|tous(?:\s+les\s+fournisseurs)?|tutti(?:\s+i\s+fornitori)?)\)?\s*:?$/i;

/**
 * Whether a supplier cell is a sum line's label. A word after the label counts only as an ISO 4217 code in
 * capitals (`Total EUR`, not `Total Ltd` or `Total Gas`); in brackets or after `en`, `em` or `in`, a code in
 * any case or a currency symbol.
 */
function isTotalsLabel(text: string): boolean {
  if (ALL_OF_THEM.test(text)) return true;
  const m = TOTALS_LINE.exec(text);
  if (m === null) return false;
  const [, bracketed, named, bare] = m;
  const code = bracketed ?? named;
  if (code !== undefined) return isIsoCurrencyCode(code.toUpperCase()) || ALL_SYMBOLS.includes(code);
  return bare === undefined || isIsoCurrencyCode(bare);
}

/**
 * The text of a note under (or above) a table: `Source: …`, `Notes: …`, `* amounts as invoiced`, `Prepared by
 * …`, `Compiled by …`, `Data as of …`.
 */
const NOTE_TEXT =
  /^(?:(?:sources?|notes?|n\.\s?b\.?|remarks?|disclaimer)\s*:|\*+\s*(?=\p{L})|(?:prepared|compiled)\s+by\b|data\s+as\s+(?:of|at)\b)/iu;

/** A record whose first cell holds a note and every other cell is empty. */
function isNoteLine(fields: string[]): boolean {
  return NOTE_TEXT.test((fields[0] ?? '').trim()) && emptyFrom(fields, 1);
}

/** A name with a letter or a digit in it; `***`, `-` or an emoji alone names no one. */
const NAMES_SOMEONE = /[\p{L}\p{N}]/u;

/** The mapped column's cell and the non-empty cells of `parts` after it, ", "-joined. */
function joinParts(fields: string[], at: number, parts: readonly number[]): string {
  const first = cell(fields, at);
  if (parts.length === 0) return first;
  const out = first === '' ? [] : [first];
  for (const i of parts) {
    const p = (fields[i] ?? '').trim();
    if (p !== '') out.push(p);
  }
  return out.join(', ');
}

/** A value times a header's scale, without the binary fraction's trailing digits (`1.234 × 1000` is 1234). */
function scaled(value: number, factor: number): number {
  return Number((value * factor).toPrecision(15));
}

/** A trimmed field, '' for an unmapped column (index -1). */
function cell(fields: string[], i: number): string {
  return i < 0 ? '' : (fields[i] ?? '').trim();
}

function emptyFrom(fields: string[], from: number): boolean {
  for (let i = from; i < fields.length; i++) if ((fields[i] as string).trim() !== '') return false;
  return true;
}

function reject(row: number, line: number, ref: string, reason: string, fields: string[]): RejectedRow {
  return { row, line, ref, reason, fields };
}

/** Tells a rejected row from a parsed one. */
export function isRejected(r: SpendRow | RejectedRow): r is RejectedRow {
  return 'reason' in r;
}
