import { grownCopy } from '../ingest/grown-copy.js';
import { ownString } from '../ingest/own-string.js';
import { hashString } from '../ingest/string-hash.js';
import type { SpendRow } from '../model/spend-row.js';
import { farPortion, rowCurrency } from './far-portion.js';

/** The FAR 52.222-50(h) portion of one contract: amounts of its qualifying rows summed per currency. */
export interface ContractFarTotals {
  /**
   * The contract's id as the file first writes it: ids written with other case, spaces, dashes or dots
   * (`W912DQ-16-D-3002`, `w912dq16d3002`) are the same contract (see `contractKey`).
   */
  contract_id: string;
  /** Currency → sum of the amounts of the contract's rows that are outside-US non-COTS supplies or services. */
  totals: Record<string, number>;
  /** How many of the contract's rows are in those totals. */
  rows: number;
  /**
   * How many of the contract's qualifying rows give no amount (an administrative modification, a blank
   * cell): they add nothing to the totals, but they are rows of the contract and get its answer.
   */
  rows_without_amount: number;
  /**
   * The earliest date (`YYYY-MM-DD`) among those rows, or '' when none is dated: the contract's first action
   * in the file, whose threshold is the one the whole contract is judged against.
   */
  first_date: string;
  /**
   * The largest USD estimated value (`contract_value`, e.g. USAspending's potential total value of award)
   * among those rows, or null when none gives one.
   */
  estimated_value: number | null;
  /**
   * When some of those rows have negative USD amounts (de-obligations): the sum of their positive USD
   * amounts, what the contract obligated before the de-obligations netted it down; else null.
   */
  positive_usd: number | null;
}

/**
 * The key that tells contracts apart: the id without spaces, dashes and dots, in capitals. Agency exports
 * write a PIID with dashes (`W52P1J-21-C-0031`), FPDS and USAspending without (`W52P1J21C0031`), and a
 * hand-kept file in lower case; they name one contract. Other characters (a slash between an IDV and its
 * task order) are kept.
 */
export function contractKey(id: string): string {
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    // Most ids are already capitals and digits: returned as they are, with no new string.
    if (c <= 32 || c === 45 || c === 46 || (c >= 97 && c <= 122) || c > 127) {
      return id.replace(SEPARATORS, '').toUpperCase();
    }
  }
  return id;
}

/** White space, the hyphen-minus and the Unicode hyphens and dashes (U+2010–U+2015), the full stop. */
const SEPARATORS = /[\s\-\u2010-\u2015.]+/g;

export interface ContractFarAggregator {
  add(row: SpendRow): void;
  get(contractId: string): ContractFarTotals | undefined;
  /** Number of contracts with at least one qualifying row. */
  readonly size: number;
}

/**
 * The pre-pass of a screening run: sums, per contract (`contractKey` of the `contract_id`), the amounts of the rows that form a FAR
 * 52.222-50(h) portion, so that each row can be judged against its contract's whole qualifying value.
 * Only contracts with a qualifying row are kept, compactly, as a file can hold hundreds of thousands: each
 * contract id once, its characters in one byte arena (ids of Latin-1 characters; others, rare, in a side
 * map), found through an open-addressing table of hashes, with USD totals, row counts and the total in one
 * other currency in typed arrays (further currencies, rare, in a side map): about 50 bytes per contract.
 * `get` builds the totals object, and reuses it while rows of one contract follow each other.
 */
export function createContractFarAggregator(resolve: (text: string) => string | null): ContractFarAggregator {
  let count = 0;
  let slots = new Int32Array(4096);
  let hashes = new Int32Array(1024);
  /** Arena offset of each id's characters (length: `starts[i + 1] - starts[i]`; 0: the id is in `wide`). */
  let starts = new Int32Array(1025);
  let arena = new Uint8Array(16_384);
  let arenaUsed = 0;
  const wide = new Map<string, number>();
  let usd = new Float64Array(1024);
  let hasUsd = new Uint8Array(1024);
  let rows = new Uint32Array(1024);
  let rowsWithoutAmount = new Uint32Array(1024);
  /**
   * Per contract whose first writing is not its key (`PO-2023-0000001` for `PO20230000001`), that writing,
   * shown in findings: its Latin-1 characters in a second arena (offset, and length + 1; 0: none), others
   * in a side map. Files that write every id with dashes have one per contract.
   */
  let writtenStart = new Int32Array(1024);
  let writtenLength = new Uint16Array(1024);
  let writtenArena = new Uint8Array(16_384);
  let writtenUsed = 0;
  const writtenWide = new Map<number, string>();
  /** Per contract with a negative USD amount: the sum of its positive USD amounts. */
  const positiveUsd = new Map<number, number>();
  /** Per contract, its earliest qualifying row's date as YYYYMMDD (0: none dated). */
  let firstDay = new Uint32Array(1024);
  /** Per contract, the largest USD estimated value of its qualifying rows (NaN: none given). */
  let estimate = new Float64Array(1024).fill(Number.NaN);
  /** Per contract, its first currency other than USD (id + 1; 0: none) and that currency's total. */
  let otherCurrency = new Uint16Array(1024);
  let otherTotal = new Float64Array(1024);
  const currencyIds = new Map<string, number>();
  const currencies: string[] = [];
  /** Totals in a contract's further currencies, rarer still. */
  const moreTotals = new Map<number, Record<string, number>>();
  let last: ContractFarTotals | undefined;
  let lastIndex = -1;
  let lastId = '';

  const isLatin1 = (text: string): boolean => {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 255) return false;
    return true;
  };

  function sameId(i: number, id: string): boolean {
    const start = starts[i] as number;
    if ((starts[i + 1] as number) - start !== id.length) return false;
    for (let k = 0; k < id.length; k++) if (arena[start + k] !== id.charCodeAt(k)) return false;
    return true;
  }

  /** The slot of `id` (holding its index + 1), or of the empty slot where it would go. */
  function slotOf(id: string, hash: number): number {
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (let at = slots[slot] as number; at !== 0; at = slots[slot] as number) {
      if (hashes[at - 1] === hash && sameId(at - 1, id)) return slot;
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /**
   * The index of the contract whose key is `contractKey(id)`. An ASCII id (nearly all) is folded while it
   * is hashed and compared, so that no key string is built per row.
   */
  function find(id: string): number | undefined {
    let hash = 0x811c9dc5;
    for (let k = 0; k < id.length; k++) {
      const c = foldedUnit(id.charCodeAt(k));
      if (c > 127) return indexOf(contractKey(id));
      if (c >= 0) hash = Math.imul(hash ^ c, 0x01000193);
    }
    hash |= 0;
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (let at = slots[slot] as number; at !== 0; at = slots[slot] as number) {
      if (hashes[at - 1] === hash && sameFolded(at - 1, id)) return at - 1;
      slot = (slot + 1) & mask;
    }
    return undefined;
  }

  /** True when the key of contract `i` is the ASCII `id` folded. */
  function sameFolded(i: number, id: string): boolean {
    const start = starts[i] as number;
    const end = starts[i + 1] as number;
    let at = start;
    for (let k = 0; k < id.length; k++) {
      const c = foldedUnit(id.charCodeAt(k));
      if (c < 0) continue;
      if (at === end || arena[at] !== c) return false;
      at++;
    }
    return at === end;
  }

  /** The key of contract `i`, from the arena. */
  function keyOf(i: number): string {
    let key = '';
    for (let at = starts[i] as number; at < (starts[i + 1] as number); at++) {
      key += String.fromCharCode(arena[at] as number);
    }
    return key;
  }

  function indexOf(id: string): number | undefined {
    if (!isLatin1(id)) return wide.get(id);
    const at = slots[slotOf(id, hashString(id))] as number;
    return at === 0 ? undefined : at - 1;
  }

  function insert(id: string): number {
    const i = count++;
    if (i + 1 >= starts.length) grow();
    if (!isLatin1(id)) {
      wide.set(ownString(id), i);
      starts[i] = arenaUsed;
      starts[i + 1] = arenaUsed;
      return i;
    }
    const hash = hashString(id);
    if (arenaUsed + id.length > arena.length) {
      arena = grownCopy(arena, Math.max(arena.length * 2, arenaUsed + id.length));
    }
    starts[i] = arenaUsed;
    for (let k = 0; k < id.length; k++) arena[arenaUsed + k] = id.charCodeAt(k);
    arenaUsed += id.length;
    starts[i + 1] = arenaUsed;
    hashes[i] = hash;
    slots[slotOf(id, hash)] = i + 1;
    // At most half full, so probes stay short.
    if (2 * count > slots.length) rehash();
    return i;
  }

  function rehash(): void {
    const next = new Int32Array(slots.length * 2);
    const mask = next.length - 1;
    for (let i = 0; i < count; i++) {
      if (starts[i + 1] === starts[i]) continue;
      let slot = (hashes[i] as number) & mask;
      while (next[slot] !== 0) slot = (slot + 1) & mask;
      next[slot] = i + 1;
    }
    slots = next;
  }

  function grow(): void {
    const n = usd.length * 2;
    usd = grownCopy(usd, n);
    hasUsd = grownCopy(hasUsd, n);
    rows = grownCopy(rows, n);
    rowsWithoutAmount = grownCopy(rowsWithoutAmount, n);
    firstDay = grownCopy(firstDay, n);
    const wider = new Float64Array(n).fill(Number.NaN);
    wider.set(estimate);
    estimate = wider;
    otherCurrency = grownCopy(otherCurrency, n);
    otherTotal = grownCopy(otherTotal, n);
    hashes = grownCopy(hashes, n);
    starts = grownCopy(starts, n + 1);
    writtenStart = grownCopy(writtenStart, n);
    writtenLength = grownCopy(writtenLength, n);
  }

  /** Keeps the first writing of contract `i` when it is not its key. */
  function keepWriting(i: number, id: string): void {
    if (!isLatin1(id) || id.length >= 65_535) {
      writtenWide.set(i, ownString(id));
      return;
    }
    if (writtenUsed + id.length > writtenArena.length) {
      writtenArena = grownCopy(writtenArena, Math.max(writtenArena.length * 2, writtenUsed + id.length));
    }
    writtenStart[i] = writtenUsed;
    for (let k = 0; k < id.length; k++) writtenArena[writtenUsed + k] = id.charCodeAt(k);
    writtenUsed += id.length;
    writtenLength[i] = id.length + 1;
  }

  /** The first writing of contract `i` when it is not its key, else undefined. */
  function writingOf(i: number): string | undefined {
    const length = writtenLength[i] as number;
    if (length === 0) return writtenWide.get(i);
    const start = writtenStart[i] as number;
    let id = '';
    for (let at = start; at < start + length - 1; at++) id += String.fromCharCode(writtenArena[at] as number);
    return id;
  }

  return {
    add(row) {
      if (row.contract_id === '' || (row.amount !== null && !Number.isFinite(row.amount))) return;
      if (farPortion(row, resolve) === null) return;
      let i = find(row.contract_id);
      if (i === undefined) {
        const key = contractKey(row.contract_id);
        if (key === '') return;
        i = insert(key);
        // The arena holds the key; the first writing is kept beside it when it differs (or is not Latin-1).
        if (key !== row.contract_id || !isLatin1(key)) keepWriting(i, row.contract_id);
      }
      last = undefined;
      const day = dayNumber(row.date);
      if (day !== 0 && (firstDay[i] === 0 || day < (firstDay[i] as number))) firstDay[i] = day;
      if (row.amount === null) {
        rowsWithoutAmount[i] = (rowsWithoutAmount[i] as number) + 1;
        return;
      }
      const cur = rowCurrency(row);
      if (cur === 'USD') {
        const positive = positiveUsd.get(i);
        if (row.amount < 0 && positive === undefined) positiveUsd.set(i, usd[i] as number);
        else if (row.amount > 0 && positive !== undefined) positiveUsd.set(i, positive + row.amount);
        usd[i] = (usd[i] as number) + row.amount;
        hasUsd[i] = 1;
        const value = row.contract_value;
        if (value !== null && Number.isFinite(value) && !((estimate[i] as number) >= value))
          estimate[i] = value;
      } else {
        let c = currencyIds.get(cur);
        if (c === undefined && currencies.length < 65_535) {
          currencies.push(ownString(cur));
          c = currencies.length;
          currencyIds.set(currencies[c - 1] as string, c);
        }
        const first = otherCurrency[i] as number;
        if (c !== undefined && (first === 0 || first === c)) {
          otherCurrency[i] = c;
          otherTotal[i] = (otherTotal[i] as number) + row.amount;
        } else {
          let more = moreTotals.get(i);
          if (more === undefined) {
            more = {};
            moreTotals.set(i, more);
          }
          more[cur] = (more[cur] ?? 0) + row.amount;
        }
      }
      rows[i] = (rows[i] as number) + 1;
    },
    get(id) {
      // Rows of one contract follow each other: the same written id is answered without folding it again.
      if (last !== undefined && id === lastId) return last;
      const i = find(id);
      if (i === undefined) return undefined;
      if (last !== undefined && lastIndex === i) {
        lastId = id;
        return last;
      }
      const totals: Record<string, number> = {};
      if (hasUsd[i] === 1) totals.USD = usd[i] as number;
      const first = otherCurrency[i] as number;
      if (first !== 0) totals[currencies[first - 1] as string] = otherTotal[i] as number;
      const more = moreTotals.get(i);
      if (more !== undefined) Object.assign(totals, more);
      const value = estimate[i] as number;
      last = {
        contract_id: writingOf(i) ?? (sameId(i, id) ? id : keyOf(i)),
        totals,
        rows: rows[i] as number,
        rows_without_amount: rowsWithoutAmount[i] as number,
        first_date: dayText(firstDay[i] as number),
        estimated_value: Number.isNaN(value) ? null : value,
        positive_usd: positiveUsd.get(i) ?? null,
      };
      lastIndex = i;
      lastId = id;
      return last;
    },
    get size() {
      return count;
    },
  };
}

/**
 * A code unit as `contractKey` folds an ASCII id: -1 for white space, a hyphen or a full stop (dropped),
 * the capital for a small letter, else itself (above 127: not ASCII, folded by `contractKey` instead).
 */
function foldedUnit(c: number): number {
  if (c === 32 || c === 45 || c === 46 || (c >= 9 && c <= 13)) return -1;
  return c >= 97 && c <= 122 ? c - 32 : c;
}

/** `YYYY-MM-DD` as the number YYYYMMDD (0 for '' or anything else). */
function dayNumber(date: string): number {
  if (date.length !== 10) return 0;
  const n = Number(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10));
  return Number.isInteger(n) ? n : 0;
}

function dayText(day: number): string {
  if (day === 0) return '';
  const t = String(day);
  return `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}`;
}
