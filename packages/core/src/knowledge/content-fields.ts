import { z } from 'zod';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar day. */
export function isPartialDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const leap = Number(y) % 4 === 0 && (Number(y) % 100 !== 0 || Number(y) % 400 === 0);
  const max = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= max;
}

/**
 * The field checks that hand-made content (the seed file, and records editors write through the API) shares,
 * so that a record is valid or not whichever way it arrives.
 */
export const contentFields = {
  text: z.string().trim().min(1, { error: 'expected non-empty text' }),
  date: z.string().refine(isPartialDate, { error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' }),
  iso3: z.string().regex(/^[A-Z]{3}$/, { error: 'expected an ISO alpha-3 country code' }),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 currency code' }),
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) address' }),
  fiscalYear: z.number().int().min(1990).max(2100),
};
