import type { Finding } from '../model/finding.js';

/**
 * The identity of a finding across screenings: its kind, the dataset it cites and what in that dataset.
 * An `entity` finding names the listed entry by its stable key (`details.entry`, derived from the entry's
 * own text), not by its row: a new version of the UFLPA list that inserts or reorders entries moves rows but
 * keeps keys, so a disposition recorded once still carries over. A possible match (`details.possible_match`)
 * is a finding of its own: clearing a near miss must not clear the match the same entry may make later.
 * Other findings name the record they cite.
 *
 * @example findingIdentity({ kind: 'entity', source: { dataset: 'uflpa_entities', record: 'row 12' } })
 * // 'entity|uflpa_entities|row 12'
 * findingIdentity({ kind: 'entity', source: { dataset: 'cbp_wro', record: 'row 45' },
 *   details: { entry: 'cbp_wro:hoshine-silicon-industry-co-ltd-4e3b49cd' } })
 * // 'entity|cbp_wro|cbp_wro:hoshine-silicon-industry-co-ltd-4e3b49cd'
 */
export function findingIdentity(
  finding: Pick<Finding, 'kind' | 'details'> & { source: Pick<Finding['source'], 'dataset' | 'record'> },
): string {
  const entry = finding.kind === 'entity' ? finding.details?.entry : undefined;
  const what = typeof entry === 'string' && entry !== '' ? entry : finding.source.record;
  const possible = finding.kind === 'entity' && finding.details?.possible_match === true ? '|possible' : '';
  return `${finding.kind}|${finding.source.dataset}|${what}${possible}`;
}
