const QUOTE = 34;
const LF = 10;
const CR = 13;

/** One CSV record: its fields and the 1-based physical line where it starts. */
export interface CsvRecord {
  fields: string[];
  line: number;
  /**
   * Set when a quote opened on this line is not closed where the record should end (see `expectFields`):
   * the 1-based field where it opened. The record then holds this physical line alone, read as if the quote
   * ran to the end of the line, and the lines after it are read as records of their own.
   */
  unclosedQuoteField?: number;
}

/**
 * An incremental RFC 4180 tokenizer: text is pushed in chunks of any size and complete records come out
 * with the physical line they start on (quoted fields may hold newlines, so a record can span lines).
 * A record that is not yet complete is kept until the next push or `end()`.
 *
 * Written by hand rather than with papaparse because the line where each record starts is needed for
 * every reject; bench/ingest-speed.ts compares both.
 */
export class CsvTokenizer {
  private rest = '';
  private line = 1;
  private width = 0;
  /** Records whose closing quote was missing at end of input (reported by the caller). */
  unterminatedQuoteLine: number | null = null;

  constructor(readonly delimiter: string) {}

  /**
   * Tells the tokenizer how many fields a record has (the header's count). From then on, a record whose
   * quoted field runs over a line break and which ends up with another number of fields is taken for a stray
   * quote: its first physical line becomes a record of its own, flagged `unclosedQuoteField`, and reading
   * goes on at the next line, so one stray quote cannot swallow the rows after it.
   */
  expectFields(width: number): void {
    this.width = width;
  }

  /** Feeds a chunk of text; returns the records completed by it. */
  push(text: string): CsvRecord[] {
    const input = this.rest.length > 0 ? this.rest + text : text;
    const out: CsvRecord[] = [];
    const consumed = this.parse(input, false, out);
    this.rest = consumed < input.length ? input.slice(consumed) : '';
    return out;
  }

  /** Flushes the last record (one without a final newline). */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.rest.length > 0) this.parse(this.rest, true, out);
    this.rest = '';
    return out;
  }

  /** Parses complete records from `s` into `out`; returns how many characters were consumed. */
  private parse(s: string, final: boolean, out: CsvRecord[]): number {
    const len = s.length;
    const delim = this.delimiter.charCodeAt(0);
    const breaks = new LineBreakFinder(s);
    let pos = 0;
    while (pos < len) {
      const startLine = this.line;
      let lines = 0;
      const fields: string[] = [];
      let p = pos;
      let complete = false;
      /** The field index and opening-quote position of the first quoted field that runs over a line break. */
      let spanField = -1;
      let spanQuote = -1;
      let unclosed = false;
      for (;;) {
        if (p < len && s.charCodeAt(p) === QUOTE) {
          // Quoted field: "" is an escaped quote; newlines inside count as physical lines.
          let value = '';
          let q = p + 1;
          let closed = false;
          for (;;) {
            const next = s.indexOf('"', q);
            if (next === -1) break;
            if (next + 1 < len && s.charCodeAt(next + 1) === QUOTE) {
              value += s.slice(q, next + 1);
              q = next + 2;
              continue;
            }
            if (next + 1 >= len && !final) break; // a quote at the very end may be the first of ""
            value += s.slice(q, next);
            q = next + 1;
            closed = true;
            break;
          }
          if (!closed) {
            if (!final) return pos;
            unclosed = true;
            value += s.slice(q);
            q = len;
          }
          const inside = breaks.count(p, q);
          if (inside > 0 && spanField === -1) {
            spanField = fields.length;
            spanQuote = p;
          }
          lines += inside;
          // Text after a closing quote (a"b"c) is kept as it is, as spreadsheets do.
          let r = q;
          while (r < len) {
            const c = s.charCodeAt(r);
            if (c === delim || c === LF || c === CR) break;
            r++;
          }
          if (r > q) value += s.slice(q, r);
          fields.push(value);
          p = r;
        } else {
          let r = p;
          while (r < len) {
            const c = s.charCodeAt(r);
            if (c === delim || c === LF || c === CR) break;
            r++;
          }
          fields.push(s.slice(p, r));
          p = r;
        }
        if (p >= len) {
          if (!final) return pos;
          complete = true;
          break;
        }
        const c = s.charCodeAt(p);
        if (c === delim) {
          p++;
          if (p >= len && final) {
            fields.push('');
            complete = true;
            break;
          }
          continue;
        }
        if (c === CR) {
          if (p + 1 >= len && !final) return pos; // may be the first half of \r\n
          p += p + 1 < len && s.charCodeAt(p + 1) === LF ? 2 : 1;
        } else {
          p++;
        }
        lines++;
        complete = true;
        break;
      }
      if (!complete) return pos;
      if (spanField !== -1 && this.width > 0 && (unclosed || fields.length !== this.width)) {
        pos = this.splitOffLine(s, pos, spanQuote, spanField, startLine, out);
        continue;
      }
      if (unclosed) this.unterminatedQuoteLine ??= startLine;
      out.push({ fields, line: startLine });
      this.line = startLine + lines;
      pos = p;
    }
    return pos;
  }

  /**
   * Emits the physical line that starts at `pos` as one record, its quote opened at `quote` read as running to
   * the end of that line; returns where the next line starts.
   */
  private splitOffLine(
    s: string,
    pos: number,
    quote: number,
    field: number,
    startLine: number,
    out: CsvRecord[],
  ): number {
    let end = quote;
    while (end < s.length) {
      const c = s.charCodeAt(end);
      if (c === LF || c === CR) break;
      end++;
    }
    const alone = new CsvTokenizer(this.delimiter);
    const records = [...alone.push(s.slice(pos, end)), ...alone.end()];
    out.push({ fields: records[0]?.fields ?? [''], line: startLine, unclosedQuoteField: field + 1 });
    this.line = startLine + 1;
    if (s.charCodeAt(end) === CR && s.charCodeAt(end + 1) === LF) return end + 2;
    return end + 1;
  }
}

/**
 * Counts line breaks inside quoted fields. Most quoted fields hold none: the next CR and LF positions are
 * looked up with indexOf and kept while the scan moves forward, so that case costs no loop at all and the
 * lookups stay linear over a chunk.
 */
class LineBreakFinder {
  private lf = -1;
  private cr = -1;

  constructor(private readonly s: string) {}

  count(from: number, to: number): number {
    if (this.lf !== Number.POSITIVE_INFINITY && this.lf < from) this.lf = nextOrInfinity(this.s, '\n', from);
    if (this.cr !== Number.POSITIVE_INFINITY && this.cr < from) this.cr = nextOrInfinity(this.s, '\r', from);
    if (this.lf >= to && this.cr >= to) return 0;
    let n = 0;
    for (let i = from; i < to; i++) {
      const c = this.s.charCodeAt(i);
      if (c === LF) n++;
      else if (c === CR && this.s.charCodeAt(i + 1) !== LF) n++;
    }
    return n;
  }
}

function nextOrInfinity(s: string, ch: string, from: number): number {
  const i = s.indexOf(ch, from);
  return i === -1 ? Number.POSITIVE_INFINITY : i;
}
