import { ownString } from '../ingest/own-string.js';
import type { Finding } from '../model/finding.js';

/** The entity findings of one name in one country (the supplier rule, with its per-name cache). */
export type EntityLookup = (name: string, country: string | null) => Finding[];

/** A party a row names beside its supplier: how its findings name it, and the row field it comes from. */
export interface PartyRole {
  /** The summary's opening words (`Parent company "X" matches …`). */
  label: string;
  /** The row field, given as `details.matched_on` and as the key of the party's name in the details. */
  field: 'parent_company' | 'dba' | 'shipper';
}

/** The supplier's parent or group company. */
export const PARENT_COMPANY: PartyRole = { label: 'Parent company', field: 'parent_company' };

/** The name the supplier does business as (a DBA or trade name beside its legal name). */
export const DBA: PartyRole = { label: 'Doing business as', field: 'dba' };

/** A bill of lading's shipper, exporter or seller beside the manufacturer that is the supplier. */
export const SHIPPER: PartyRole = { label: 'Shipper', field: 'shipper' };

const NO_FINDINGS: Finding[] = [];

/** A name for comparison: case, spaces and punctuation do not matter. */
function comparable(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The `entity` findings of another party a row names beside its supplier (its parent company, the shipper of
 * a bill of lading): the party's name is matched against the lists like a supplier's (same matcher and cache,
 * in the country the caller gives: the supplier's for a parent or a DBA name, the shipper's own, else none,
 * for a shipper), and each hit is said of the party (`Parent company "ESQUEL GROUP" matches UFLPA Entity List:
 * "Esquel Group" …`, `details.matched_on: parent_company`; `Shipper "…" matches …`, `matched_on: shipper`) at
 * the level of a direct hit (a possible match, just under the threshold, `may match` at its own level). No party, a party that is the supplier itself (spelt the same but for case,
 * spaces and punctuation), or a list entry already matched (`earlier`: the supplier's own findings, and
 * those of parties screened before; a possible match there does not keep a party's match out), gives
 * nothing more. Each party finding is made once per finding of the
 * party's name and shared by every row.
 */
export function createPartyEntityRule(
  entity: EntityLookup,
  role: PartyRole,
): (party: string, supplier: string, country: string | null, earlier: readonly Finding[]) => Finding[] {
  // The findings of a name are cached per name and country by the entity rule: each one belongs to one
  // name, so its party form can be kept beside it.
  const asParty = new WeakMap<Finding, Finding>();

  function partyFinding(f: Finding, party: string): Finding {
    let p = asParty.get(f);
    if (p === undefined) {
      // Kept with the cached finding: a copy, not a view of the reader's text chunk (see `ownString`).
      party = ownString(party);
      p = {
        ...f,
        summary: `${role.label} "${party}" ${f.details?.possible_match === true ? 'may match' : 'matches'} ${f.summary}`,
        details: { ...f.details, matched_on: role.field, [role.field]: party },
      };
      asParty.set(f, p);
    }
    return p;
  }

  return (party, supplier, country, earlier) => {
    // The cached look-up first: most parties match nothing, and then the names need not be compared.
    const hits = entity(party, country);
    if (hits.length === 0) return NO_FINDINGS;
    const key = comparable(party);
    if (key === '' || key === comparable(supplier)) return NO_FINDINGS;
    const out: Finding[] = [];
    for (const f of hits) {
      if (f.kind !== 'entity') continue;
      const entry = f.details?.entry;
      // An entry already named stays named once, unless this party matches what was only a possible match.
      const surer = f.details?.possible_match !== true;
      if (
        earlier.some(
          (s) =>
            s.kind === 'entity' &&
            s.details?.entry === entry &&
            (s.details?.possible_match !== true || !surer),
        )
      )
        continue;
      out.push(partyFinding(f, party));
    }
    return out;
  };
}

/**
 * Takes out of `findings` (in place) each possible match whose list entry another party of the row matches
 * outright: a supplier named `Supermax Glove Mfg` that only may match the Supermax order, and whose parent
 * company matches it, has the parent's match, not the same order said twice.
 */
export function dropSupersededNearMisses(findings: Finding[]): void {
  let kept = 0;
  for (const f of findings) {
    const superseded =
      f.kind === 'entity' &&
      f.details?.possible_match === true &&
      findings.some(
        (g) =>
          g.kind === 'entity' && g.details?.possible_match !== true && g.details?.entry === f.details?.entry,
      );
    if (!superseded) findings[kept++] = f;
  }
  findings.length = kept;
}
