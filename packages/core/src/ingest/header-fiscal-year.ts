/** A header that names a fiscal year beside what its column holds, split into the two. */
export interface HeaderFiscalYear {
  /** The header without the fiscal year: `Obligations` for `FY21 Obligations`. */
  base: string;
  /** The fiscal year as written, made four digits (`FY21` is 2021), to tell which of several is latest. */
  year: number;
}

/** `FY21`, `FY2021`, `FY 2022`, `FY-23`, `FY'24`, `Fiscal Year 2021`: the two or four digits of the year. */
const YEAR = String.raw`(?:FY|Fiscal\s+Year)[\s'’_-]?((?:19|20)\d{2}|\d{2})`;
/** Not followed by a letter or digit: `FY21_Obligations` is read, `FY210` is not a year. */
const END = String.raw`(?![\p{L}\p{N}])`;
const LEADING = new RegExp(String.raw`^${YEAR}${END}[\s_:–-]*(.+)$`, 'iu');
const TRAILING = new RegExp(
  String.raw`^(.+?)[\s_,:–-]*(?:\(\s*${YEAR}\s*\)|(?<![\p{L}\p{N}])${YEAR})$`,
  'iu',
);

/**
 * The fiscal year a header names before or after its name, as agency spend extracts name their amount columns:
 * `FY21 Obligations`, `FY2021 Obligated Amount`, `FY 2022 Spend`, `Obligations FY21`, `Obligations (FY21)`.
 * Null when the header names none, or nothing beside it (`FY21`, `Fiscal Year`). A two-digit year is read as
 * POSIX `strptime` reads one: 69 to 99 in the 1900s, 00 to 68 in the 2000s.
 */
export function headerFiscalYear(header: string): HeaderFiscalYear | null {
  const h = header.trim();
  const leading = LEADING.exec(h);
  const trailing = leading === null ? TRAILING.exec(h) : null;
  const base = (leading?.[2] ?? trailing?.[1] ?? '').trim();
  const digits = leading?.[1] ?? trailing?.[2] ?? trailing?.[3];
  if (digits === undefined || !/[\p{L}\p{N}]/u.test(base)) return null;
  const n = Number(digits);
  const year = digits.length === 4 ? n : n >= 69 ? 1900 + n : 2000 + n;
  return { base, year };
}
