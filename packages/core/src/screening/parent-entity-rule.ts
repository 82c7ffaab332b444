import { ownString } from '../ingest/own-string.js';
import type { Finding } from '../model/finding.js';

/** The entity findings of one name in one country (the supplier rule, with its per-name cache). */
export type EntityLookup = (name: string, country: string | null) => Finding[];

const NO_FINDINGS: Finding[] = [];

/** A name for comparison: case, spaces and punctuation do not matter. */
function comparable(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The `entity` findings of a supplier's parent company: the parent's name is matched against the lists like a
 * supplier's (same matcher, cache and country), and each hit is said of the parent
 * (`Parent company "ESQUEL GROUP" matches UFLPA Entity List: "Esquel Group" …`, `details.matched_on:
 * parent_company`) at the level of a direct hit. No parent, a parent that is the supplier itself (spelt the
 * same but for case, spaces and punctuation), or a list entry the supplier's own name already matched, gives
 * nothing more. Each parent finding is made once per finding of the parent's name and shared by every row.
 */
export function createParentEntityRule(
  entity: EntityLookup,
): (
  parent: string,
  supplier: string,
  country: string | null,
  supplierFindings: readonly Finding[],
) => Finding[] {
  // The findings of a name are cached per name and country by the entity rule: each one belongs to one
  // name, so its parent form can be kept beside it.
  const asParent = new WeakMap<Finding, Finding>();

  function parentFinding(f: Finding, parent: string): Finding {
    let p = asParent.get(f);
    if (p === undefined) {
      // Kept with the cached finding: a copy, not a view of the reader's text chunk (see `ownString`).
      parent = ownString(parent);
      p = {
        ...f,
        summary: `Parent company "${parent}" matches ${f.summary}`,
        details: { ...f.details, matched_on: 'parent_company', parent_company: parent },
      };
      asParent.set(f, p);
    }
    return p;
  }

  return (parent, supplier, country, supplierFindings) => {
    const key = comparable(parent);
    if (key === '' || key === comparable(supplier)) return NO_FINDINGS;
    const hits = entity(parent, country);
    if (hits.length === 0) return NO_FINDINGS;
    const out: Finding[] = [];
    for (const f of hits) {
      if (f.kind !== 'entity') continue;
      const entry = f.details?.entry;
      if (supplierFindings.some((s) => s.kind === 'entity' && s.details?.entry === entry)) continue;
      out.push(parentFinding(f, parent));
    }
    return out;
  };
}
