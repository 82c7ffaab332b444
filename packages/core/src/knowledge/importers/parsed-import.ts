import { TipwatchError } from '../../errors.js';
import type { Problem } from '../../model/problem.js';

/** What an importer read from one file: the rows, and the problems that stop the import (none = go ahead). */
export interface ParsedImport<R> {
  rows: R[];
  /** Rows or cells that are wrong; any one stops the import. */
  problems: Problem[];
  /** Things worth saying that do not stop the import (a figure the source repeats per territory, say). */
  notes: Problem[];
}

/**
 * Runs one of the reference readers, which throw on the first bad cell, and turns what it throws into
 * problems. The readers name their vendored file (`data/tip_tiers.csv: `); that prefix is dropped, since
 * the file being imported is the user's.
 */
export function readRows<R>(read: () => R[]): ParsedImport<R> {
  try {
    return { rows: read(), problems: [], notes: [] };
  } catch (err) {
    if (!(err instanceof TipwatchError)) throw err;
    return { rows: [], problems: problemsOf(err), notes: [] };
  }
}

/** The problems a TipwatchError carries, or one made from its message. */
export function problemsOf(err: TipwatchError): Problem[] {
  if (err.problems.length > 0) return err.problems.map((p) => ({ ...p, message: withoutFile(p.message) }));
  const message = withoutFile(err.message);
  const located = /^(?:row (\d+) \()?line (\d+)\)?[:,]\s*/.exec(message);
  if (!located) return [{ code: err.code, message }];
  const problem: Problem = {
    code: err.code,
    message: message.slice(located[0].length),
    line: Number(located[2]),
  };
  if (located[1] !== undefined) problem.row = Number(located[1]);
  return [problem];
}

function withoutFile(message: string): string {
  return message.replace(/^data\/[A-Za-z0-9_./-]+:\s*/, '');
}
