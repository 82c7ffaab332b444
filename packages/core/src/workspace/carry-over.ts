import type { Finding } from '../model/finding.js';
import type { ScreenedRow } from '../model/screened-row.js';
import type { Disposition } from './disposition.js';
import { findingIdentity } from './finding-identity.js';
import { supplierIdentity } from './supplier-identity.js';

/** A disposition as a report shows it: its state and the analyst's note. */
export type ShownDisposition = Pick<Disposition, 'state' | 'note'>;

/**
 * The disposition, if any, of a finding of a screened row, from an organisation's recorded dispositions:
 * the same supplier (name and country) with the same finding in any screening counts.
 *
 * @example const dispositionOf = dispositionLookup(await store.screeningDispositions(org, id));
 * dispositionOf(row, row.findings[0]) // { state: 'false_positive', note: 'another company' } | undefined
 */
export function dispositionLookup(
  dispositions: readonly Disposition[],
): (row: ScreenedRow, finding: Finding) => ShownDisposition | undefined {
  const byKey = new Map<string, ShownDisposition>();
  for (const d of dispositions)
    byKey.set(`${d.supplier_key}\n${d.finding_key}`, { state: d.state, note: d.note });
  return (row, finding) =>
    byKey.get(`${supplierIdentity(row.input.supplier, row.country)}\n${findingIdentity(finding)}`);
}
