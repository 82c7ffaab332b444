import type { Finding } from '../model/finding.js';
import type { ScreenedRow } from '../model/screened-row.js';
import type { Disposition, DispositionState } from './disposition.js';
import { findingIdentity } from './finding-identity.js';
import { supplierIdentity } from './supplier-identity.js';

/**
 * The disposition state, if any, of a finding of a screened row, from an organisation's recorded
 * dispositions: the same supplier (name and country) with the same finding in any screening counts.
 *
 * @example const stateOf = dispositionLookup(await store.screeningDispositions(org, id));
 * stateOf(row, row.findings[0]) // 'false_positive' | undefined
 */
export function dispositionLookup(
  dispositions: readonly Disposition[],
): (row: ScreenedRow, finding: Finding) => DispositionState | undefined {
  const byKey = new Map<string, DispositionState>();
  for (const d of dispositions) byKey.set(`${d.supplier_key}\n${d.finding_key}`, d.state);
  return (row, finding) =>
    byKey.get(`${supplierIdentity(row.input.supplier, row.country)}\n${findingIdentity(finding)}`);
}
