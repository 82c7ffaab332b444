import type { Finding } from '../model/finding.js';

/**
 * The identity of a finding across screenings: its kind and the dataset and record it cites. The same
 * supplier matched to the same UFLPA entry in next month's file has the same identity, so a disposition
 * recorded once carries over.
 *
 * @example findingIdentity({ kind: 'entity', source: { dataset: 'uflpa_entities', record: 'row 12' } })
 * // 'entity|uflpa_entities|row 12'
 */
export function findingIdentity(
  finding: Pick<Finding, 'kind'> & { source: Pick<Finding['source'], 'dataset' | 'record'> },
): string {
  return `${finding.kind}|${finding.source.dataset}|${finding.source.record}`;
}
