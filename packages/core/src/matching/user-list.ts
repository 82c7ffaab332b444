import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { TipwatchError } from '../errors.js';
import { sniffDelimiter } from '../ingest/delimiter-sniffer.js';
import { sniffEncoding } from '../ingest/encoding-sniffer.js';
import { normaliseHeader } from '../model/header-name.js';
import type { Problem } from '../model/problem.js';
import type { ListEntry } from './list-entry.js';
import { tokeniseName } from './name-normaliser.js';

export interface UserListOptions {
  /** Resolves the `country` column to ISO alpha-3; without it only alpha-3 codes are understood. */
  resolveCountry?: (text: string) => string | null;
}

export interface UserList {
  entries: ListEntry[];
  /**
   * What is wrong with the file, each naming its row, line and column. Only a problem
   * `isFatalUserListProblem` says so leaves the list unusable; after the others the entries are what the
   * message says (a row without a name skipped, an unknown country left out, a repeated name merged).
   */
  problems: Problem[];
  /** What the reader did not use, for the user to know: columns it does not read. */
  notes: Problem[];
}

/**
 * The headers of the name column, as lists write it, most specific last: `Name`, `Entity Name` (the bundled
 * lists' `entity_name`), `Supplier Name`, `Vendor Name`, `Company`, `Company Name`, Chinese `名称`. When a
 * list has several, the first in this order is the name and the others are noted as not used.
 */
const NAME_HEADERS = ['name', 'entityname', 'suppliername', 'vendorname', 'companyname', 'company', '名称'];
/**
 * The header of the aliases column, as lists write it (`Aliases`, `Alias`, `AKA`, `a.k.a.`, `Also known as`,
 * Chinese `别名`).
 */
const ALIAS_HEADERS = new Set(['aliases', 'alias', 'aka', 'alsoknownas', '别名']);
/**
 * The headers of a column giving the name in another script or language, as bilingual lists write it
 * (`Chinese Name`, `Name (Chinese)`, `Local Name`, Chinese `中文名称`): each cell is read as one more alias of
 * the row's name, since a supplier may be written only so (a Chinese customs declaration).
 */
const LOCAL_NAME_HEADERS = new Set([
  'chinesename',
  'namechinese',
  'localname',
  'namelocal',
  '中文名称',
  '中文名',
]);
/** The header of the country column: `Country`, `Country/Region` (as Excel and Windows write it), Chinese `国家`, `国家/地区`. */
const COUNTRY_HEADERS = new Set(['country', 'countryregion', 'countryorregion', '国家', '国家地区']);
/**
 * What separates aliases in one cell besides the documented `;`: `|`, as lists exported from other tools
 * write it. A cell split at one of these is noted once (the first), since `|` may also be part of a name.
 */
const OTHER_ALIAS_SEPARATORS = ['|'] as const;

/**
 * The text of a list file given as bytes, decoded as screened files are: by its byte-order mark, the NUL
 * pattern of UTF-16, a strict UTF-8 check, else the detected legacy encoding (GB18030, Windows-1252, …), so
 * that a list saved by Excel as "Unicode text" or by a Chinese Windows keeps its names. A workbook (XLSX,
 * an old .xls) or a ZIP archive is refused with a `TipwatchError` saying to save it as CSV, as is text with
 * bytes that do not decode, whose names would silently not match.
 */
export function decodeUserList(bytes: Uint8Array): { text: string; encoding: string } {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0)) {
    throw new TipwatchError(
      'list_not_csv',
      `the list is ${starts(0x50) ? 'an XLSX workbook or a ZIP archive' : 'an old Excel .xls workbook'}, ` +
        'and a list is read only as CSV text: save it as CSV (in Excel: Save As, "CSV UTF-8")',
    );
  }
  const { encoding } = sniffEncoding(bytes.subarray(0, 64 * 1024));
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  const bad = text.split('\uFFFD').length + text.split('\u0000').length - 2;
  if (bad > 0) {
    throw new TipwatchError(
      'list_undecodable',
      `the list cannot be read as text: read as ${encoding}, ${bad} characters do not decode; ` +
        'save it as CSV (in Excel: Save As, "CSV UTF-8")',
    );
  }
  return { text, encoding };
}

/** True when the problem leaves the list unusable (no name column); the others are warnings. */
export function isFatalUserListProblem(problem: Problem): boolean {
  return problem.code === 'missing_column';
}

/** 32-bit FNV-1a of a string, as 8 hex digits: a short, stable fingerprint. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The stable key of a user-list entry: a slug of its name plus a short hash of the name as written
 * (trimmed, case and spaces folded), so it survives rows being added, removed or reordered.
 */
export function userEntryKey(name: string): string {
  const folded = name.trim().replace(/\s+/g, ' ').toLowerCase();
  const slug = tokeniseName(folded).join('-').slice(0, 40).replace(/-+$/, '') || 'name';
  return `${slug}-${fnv1a(folded).slice(0, 6)}`;
}

/**
 * Parses a user's screening list: a CSV with a name column (`name`, or `entity_name`, `Supplier Name`,
 * `Company`, … as `NAME_HEADERS` lists), optional `aliases` (separated by `;` or `|`, the first `|` read noted; the
 * header may also be `Alias`, `AKA` or `Also known as`), optional columns of the name in another script
 * (`Chinese Name`, `Local Name`: more aliases) and optional `country` (or `Country/Region`). Entry ids are
 * `<listName>:<key>` (see `userEntryKey`). Rows without a name (skipped), repeated names (their aliases
 * added to the first row's entry) and countries that do not resolve (the entry kept without one) are
 * reported as problems naming the row, line and column; other columns are noted as not used.
 */
export function parseUserList(csvText: string, listName: string, options: UserListOptions = {}): UserList {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const entries: ListEntry[] = [];
  const unmarked = csvText.charCodeAt(0) === 0xfeff ? csvText.slice(1) : csvText;
  // Excel's `sep=;` first line names the delimiter (sniffDelimiter reads it) and is not the header.
  const sepLine = /^sep=[^\r\n]\r?\n/i.exec(unmarked);
  const headerLine = sepLine === null ? 1 : 2;
  const text = sepLine === null ? unmarked : unmarked.slice(sepLine[0].length);
  // The delimiter is found as in screened files (`,`, `;`, tab or `|`), so a tab-delimited list ("Unicode
  // text" from Excel) or a `;`-delimited one with `|` in its aliases is read by its columns.
  const delimiter = sniffDelimiter(unmarked.slice(0, 64 * 1024));
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter });
  const rows = parsed.data;
  const given = (rows[0] ?? []).map((h) => h.trim());
  const header = given.map(normaliseHeader);
  // A list that gives its names only in another script (`Chinese Name`) has that column as its name.
  const nameHeader =
    NAME_HEADERS.find((h) => header.includes(h)) ?? header.find((h) => LOCAL_NAME_HEADERS.has(h));
  const nameCol = nameHeader === undefined ? -1 : header.indexOf(nameHeader);
  const aliasCol = header.findIndex((h) => ALIAS_HEADERS.has(h));
  const localCols = header.flatMap((h, i) => (LOCAL_NAME_HEADERS.has(h) && i !== nameCol ? [i] : []));
  const countryCol = header.findIndex((h) => COUNTRY_HEADERS.has(h));
  if (nameCol < 0) {
    problems.push({
      code: 'missing_column',
      message:
        `the list has no name column such as "name", "entity_name", "Supplier Name" or "Company" ` +
        `(columns found: ${given.join(', ') || 'none'})`,
      line: headerLine,
      column: 'name',
      expected: 'a header row with a "name" column, and optionally "aliases" and "country"',
    });
    return { entries, problems, notes };
  }
  given.forEach((h, i) => {
    if (i === nameCol || i === aliasCol || i === countryCol || localCols.includes(i) || h === '') return;
    notes.push({
      code: 'unused_column',
      message: `column "${h}" is not used (a list is read from its name, aliases and country columns)`,
      line: headerLine,
      column: h,
    });
  });
  const resolve =
    options.resolveCountry ?? ((t: string) => (/^[A-Za-z]{3}$/.test(t) ? t.toUpperCase() : null));
  const byKey = new Map<string, ListEntry>();
  /** The first alias cell split at a separator other than the documented `;`, for the user to check. */
  let otherSeparator: { sep: string; row: number; line: number; text: string } | undefined;
  let line = headerLine + (rows[0] ?? []).reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r]!;
    line += 1;
    const rowLine = line;
    line += cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    if (cells.length === 1 && cells[0]!.trim() === '') continue;
    const row = r;
    const name = (cells[nameCol] ?? '').trim();
    if (!name) {
      problems.push({
        code: 'missing_name',
        message: `row ${row} (line ${rowLine}) has no name; the row is skipped`,
        row,
        line: rowLine,
        column: 'name',
        expected: 'the listed entity name',
      });
      continue;
    }
    const aliasText = aliasCol >= 0 ? (cells[aliasCol] ?? '') : '';
    const locals = localCols.map((c) => (cells[c] ?? '').trim().replace(/\s+/g, ' ')).filter((a) => a !== '');
    const aliases = [...new Set([...splitAliasCell(aliasText), ...locals])].filter((a) => a !== name);
    for (const sep of OTHER_ALIAS_SEPARATORS) {
      if (otherSeparator === undefined && aliasText.split(sep).filter((a) => a.trim() !== '').length > 1)
        otherSeparator = { sep, row, line: rowLine, text: aliasText.trim() };
    }
    let country: string | null = null;
    const countryText = countryCol >= 0 ? (cells[countryCol] ?? '').trim() : '';
    if (countryText) {
      country = resolve(countryText);
      if (!country) {
        problems.push({
          code: 'unknown_country',
          message: `row ${row} (line ${rowLine}): country "${countryText}" not recognised; the entry is kept without a country`,
          row,
          line: rowLine,
          column: 'country',
          expected: 'an ISO 3166 code or a country name',
        });
      }
    }
    const key = userEntryKey(name);
    const existing = byKey.get(key);
    if (existing) {
      for (const a of aliases) if (!existing.aliases.includes(a)) existing.aliases.push(a);
      problems.push({
        code: 'duplicate_name',
        message: `row ${row} (line ${rowLine}) repeats the name "${name}" of ${existing.source.record}; its aliases were merged`,
        row,
        line: rowLine,
        column: 'name',
      });
      continue;
    }
    const entry: ListEntry = {
      id: `${listName}:${key}`,
      list: listName,
      name,
      aliases,
      country,
      source: { dataset: listName, record: `row ${row}`, as_of: null },
    };
    byKey.set(key, entry);
    entries.push(entry);
  }
  if (otherSeparator !== undefined) {
    const column = given[aliasCol]!;
    const { sep, row, line: at, text: cell } = otherSeparator;
    notes.push({
      code: 'alias_separator',
      message: `row ${row} (line ${at}): aliases in column "${column}" were read as separate names at "${sep}" ("${cell}")`,
      line: at,
      row,
      column,
    });
  }
  return { entries, problems, notes };
}

/**
 * The words that lead an alias in the bundled lists ("also known as X", "formerly known as Y"). Only a
 * phrase is taken, never a bare `aka`, which starts names too (`Aka Textiles`).
 */
const ALIAS_LEAD = /^(?:also known as|formerly known as|a\/k\/a|f\/k\/a|also written)\b[\s:,]*/i;

/**
 * The aliases one cell gives: names separated by `;` or `|`, each optionally led by "also known as",
 * "formerly known as" or "a/k/a" (as the bundled UFLPA list writes them). A remark wholly in brackets
 * ("(alias … removed 2024-11)") and a name cut short ("Hu...") are no alias.
 */
function splitAliasCell(text: string): string[] {
  const out: string[] = [];
  for (const item of text.split(/[;|]/)) {
    const alias = item.trim().replace(ALIAS_LEAD, '').replace(/\s+/g, ' ').trim();
    if (alias === '' || /^\(.*\)$/.test(alias) || alias.includes('...') || alias.includes('…')) continue;
    if (!out.includes(alias)) out.push(alias);
  }
  return out;
}
