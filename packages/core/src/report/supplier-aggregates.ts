import { grownCopy, type NumberColumn } from '../ingest/grown-copy.js';
import { ownString } from '../ingest/own-string.js';
import { hashString } from '../ingest/string-hash.js';
import { FINDING_KINDS, type Finding, type FindingKind } from '../model/finding.js';
import { LEVELS, type Level, levelRank } from '../model/level.js';
import type { CurrencyAmounts, SupplierSummary } from './report-accumulator.js';

/** Countries kept per supplier. */
const MAX_COUNTRIES = 5;
const KINDS = FINDING_KINDS.length;
const kindIndex = new Map<FindingKind, number>(FINDING_KINDS.map((k, i) => [k, i]));

/** Folds case and runs of spaces so `ACME  Ltd` and `Acme Ltd` are one supplier. */
export function supplierKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toUpperCase();
}

/** A power of two of at least twice `n` entries. */
function tableSize(n: number): number {
  let size = 16;
  while (size < 2 * n) size *= 2;
  return size;
}

/** Spend and risk-weighted spend of one supplier in the currencies after its first. */
interface OtherCurrencies {
  spend: CurrencyAmounts;
  weighted: CurrencyAmounts;
}

/**
 * Per-supplier aggregates of a screening run in a few typed arrays indexed by an interned supplier id:
 * rows, flagged rows, level, top score, finding counts per kind and up to five country ids, and the spend of
 * the supplier's first currency (the others, rare, in a side map), and the name as first seen. The folded
 * keys are not kept: a hash table of ids finds a supplier by its key's hash, checked against its name. `summary(id)` rebuilds the `SupplierSummary`
 * exactly as an object per supplier would have held it (keys in first-seen order).
 */
export class SupplierAggregates {
  /**
   * Folded key → id, as an open-addressing table of ids + 1 probed by a hash of the key; the keys
   * themselves are not kept (a candidate's key is its name folded again), only their hashes.
   */
  private slots: Int32Array;
  private keyHash = new Int32Array(0);
  /** Supplier text exactly as written → id, so repeated spellings skip the folding (bounded too). */
  private readonly rawIds = new Map<string, number>();
  private readonly names: string[] = [];
  private rows = new Uint32Array(0);
  private flagged = new Uint32Array(0);
  private level = new Uint8Array(0);
  private maxScore = new Float64Array(0);
  private kinds = new Uint32Array(0);
  /** The kinds in first-seen order, three bits each (kind index + 1). */
  private kindOrder = new Uint32Array(0);
  private countries = new Uint16Array(0);
  private countryCount = new Uint8Array(0);
  /** First currency with an amount (id + 1; 0: none yet), its spend and risk-weighted spend. */
  private currency = new Uint32Array(0);
  private spend = new Float64Array(0);
  private weighted = new Float64Array(0);
  private readonly others = new Map<number, OtherCurrencies>();
  private readonly currencyIds = new Map<string, number>();
  private readonly currencyNames: string[] = [];
  private readonly countryIds = new Map<string, number>();
  private readonly countryNames: string[] = [];
  /** The previous row's supplier as written, and its id (only names that got one). */
  private lastRaw: string | null = null;
  private lastId = 0;
  /** True once a new supplier was turned away because of the cap. */
  capped = false;
  /** Rows whose supplier was turned away because of the cap. */
  rowsUncounted = 0;

  constructor(readonly max: number) {
    this.slots = new Int32Array(tableSize(Math.min(max, 1024)));
  }

  get size(): number {
    return this.names.length;
  }

  /** Adds one screened row of supplier `raw` (`amount` null: the row has none). */
  add(
    raw: string,
    level: Level,
    score: number,
    findings: readonly Finding[],
    amount: number | null,
    currency: string,
    weight: number,
    country: string | null,
  ): void {
    let id: number | undefined;
    // Rows of one supplier often come together (the lines of an order): the previous row's id is reused.
    if (raw === this.lastRaw) id = this.lastId;
    else {
      id = this.rawIds.get(raw);
      if (id === undefined) {
        id = this.findOrCreate(raw);
        if (id === undefined) return;
        if (this.rawIds.size < 2 * this.max) {
          // Most names are written trimmed: the kept name is then the key too, one string for both.
          const name = this.names[id] as string;
          this.rawIds.set(name === raw ? name : ownString(raw), id);
        }
      }
      // Only the latest name is held: at most one chunk of the reader's text stays alive through it.
      this.lastRaw = raw;
      this.lastId = id;
    }
    this.rows[id] = (this.rows[id] as number) + 1;
    if (findings.length > 0) this.flagged[id] = (this.flagged[id] as number) + 1;
    const rank = levelRank(level);
    if (rank > (this.level[id] as number)) this.level[id] = rank;
    if (score > (this.maxScore[id] as number)) this.maxScore[id] = score;
    if (amount !== null) this.addAmount(id, currency, amount, amount * weight);
    for (const f of findings) {
      const k = kindIndex.get(f.kind) as number;
      const at = id * KINDS + k;
      if (this.kinds[at] === 0) {
        let order = this.kindOrder[id] as number;
        let shift = 0;
        while (order >>> shift !== 0) shift += 3;
        order |= (k + 1) << shift;
        this.kindOrder[id] = order;
      }
      this.kinds[at] = (this.kinds[at] as number) + 1;
    }
    if (country !== null) this.addCountry(id, country);
  }

  /** One supplier's aggregate as a plain object (countries in first-seen order). */
  summary(id: number): SupplierSummary {
    const spend: CurrencyAmounts = {};
    const weighted: CurrencyAmounts = {};
    const first = this.currency[id] as number;
    if (first !== 0) {
      const name = this.currencyNames[first - 1] as string;
      spend[name] = this.spend[id] as number;
      weighted[name] = this.weighted[id] as number;
      const other = this.others.get(id);
      if (other !== undefined) {
        Object.assign(spend, other.spend);
        Object.assign(weighted, other.weighted);
      }
    }
    const kinds: Partial<Record<FindingKind, number>> = {};
    for (let order = this.kindOrder[id] as number; order !== 0; order >>>= 3) {
      const k = (order & 7) - 1;
      kinds[FINDING_KINDS[k] as FindingKind] = this.kinds[id * KINDS + k] as number;
    }
    const countries: string[] = [];
    for (let i = 0; i < (this.countryCount[id] as number); i++) {
      countries.push(this.countryNames[this.countries[id * MAX_COUNTRIES + i] as number] as string);
    }
    return {
      supplier: this.names[id] as string,
      rows: this.rows[id] as number,
      flagged_rows: this.flagged[id] as number,
      level: LEVELS[this.level[id] as number] as Level,
      max_score: this.maxScore[id] as number,
      spend,
      weighted,
      kinds,
      countries,
    };
  }

  /**
   * Ranks two suppliers by id as `SupplierSummary` objects rank: level, top score, flagged rows, rows, then
   * name (the earlier name ranks higher). Positive when `a` ranks above `b`.
   */
  readonly compare = (a: number, b: number): number => {
    const na = this.names[a] as string;
    const nb = this.names[b] as string;
    return (
      (this.level[a] as number) - (this.level[b] as number) ||
      (this.maxScore[a] as number) - (this.maxScore[b] as number) ||
      (this.flagged[a] as number) - (this.flagged[b] as number) ||
      (this.rows[a] as number) - (this.rows[b] as number) ||
      (na < nb ? 1 : na > nb ? -1 : 0)
    );
  };

  private findOrCreate(raw: string): number | undefined {
    const key = supplierKey(raw);
    if (key === '') return undefined;
    const hash = hashString(key);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let at = this.slots[slot] as number; at !== 0; at = this.slots[slot] as number) {
      const id = at - 1;
      if (this.keyHash[id] === hash && supplierKey(this.names[id] as string) === key) return id;
      slot = (slot + 1) & mask;
    }
    if (this.names.length >= this.max) {
      this.capped = true;
      this.rowsUncounted++;
      return undefined;
    }
    const id = this.names.length;
    if (id >= this.rows.length) this.grow();
    this.names.push(ownString(raw.trim()));
    this.keyHash[id] = hash;
    this.slots[slot] = id + 1;
    // At most half full, so probes stay short.
    if (2 * this.names.length > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.names.length; id++) {
      let slot = (this.keyHash[id] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }

  private addAmount(id: number, currency: string, amount: number, weighted: number): void {
    let cur = this.currencyIds.get(currency);
    if (cur === undefined) {
      cur = this.currencyNames.length + 1;
      this.currencyIds.set(ownString(currency), cur);
      this.currencyNames.push(ownString(currency));
    }
    const first = this.currency[id] as number;
    if (first === 0) this.currency[id] = cur;
    if (first === 0 || first === cur) {
      this.spend[id] = (this.spend[id] as number) + amount;
      this.weighted[id] = (this.weighted[id] as number) + weighted;
      return;
    }
    let other = this.others.get(id);
    if (other === undefined) {
      other = { spend: {}, weighted: {} };
      this.others.set(id, other);
    }
    const name = this.currencyNames[cur - 1] as string;
    other.spend[name] = (other.spend[name] ?? 0) + amount;
    other.weighted[name] = (other.weighted[name] ?? 0) + weighted;
  }

  private addCountry(id: number, country: string): void {
    const count = this.countryCount[id] as number;
    if (count >= MAX_COUNTRIES) return;
    let c = this.countryIds.get(country);
    if (c === undefined) {
      c = this.countryNames.length;
      this.countryIds.set(ownString(country), c);
      this.countryNames.push(ownString(country));
    }
    const base = id * MAX_COUNTRIES;
    for (let i = 0; i < count; i++) if (this.countries[base + i] === c) return;
    this.countries[base + count] = c;
    this.countryCount[id] = count + 1;
  }

  private grow(): void {
    const n = Math.min(this.max, Math.max(1024, this.rows.length * 2));
    const grown = <T extends NumberColumn>(old: T, per = 1): T => grownCopy(old, n * per);
    this.rows = grown(this.rows);
    this.flagged = grown(this.flagged);
    this.level = grown(this.level);
    this.maxScore = grown(this.maxScore);
    this.keyHash = grown(this.keyHash);
    this.kinds = grown(this.kinds, KINDS);
    this.kindOrder = grown(this.kindOrder);
    this.countries = grown(this.countries, MAX_COUNTRIES);
    this.countryCount = grown(this.countryCount);
    this.currency = grown(this.currency);
    this.spend = grown(this.spend);
    this.weighted = grown(this.weighted);
  }
}
