import Papa from 'papaparse';

/** One legal form: its comparison key (e.g. `ag`, `gmbh`) and its generic class (e.g. `jsc`, `llc`, or ''). */
export interface LegalForm {
  compare: string;
  generic: string;
}

/** Legal forms keyed by their alias as normalised tokens joined with one space (`co ltd`, `sdn bhd`). */
export interface LegalFormTable {
  forms: Map<string, LegalForm>;
  /** The most tokens any alias has. */
  maxTokens: number;
}

/**
 * Abbreviations and forms the vendored table lacks, with the class of each where it is a legal one
 * ('' for words like "company" that say nothing about the form). The table's own rows win.
 */
/** Text with no letter outside the Latin script. */
const LATIN_ONLY = /^[^\p{L}]*(?:\p{Script=Latin}[^\p{L}]*)*$/u;

const EXTRA_FORMS: ReadonlyArray<readonly [string, string, string]> = [
  ['co', 'co', ''],
  ['company', 'co', ''],
  ['corp', 'corp', ''],
  ['corporation', 'corp', ''],
  ['inc', 'inc', 'llc'],
  ['llc', 'llc', 'llc'],
  ['limited liability company', 'llc', 'llc'],
  ['ltd', 'ltd', 'llc'],
  ['limited', 'ltd', 'llc'],
  ['co ltd', 'coltd', 'llc'],
  ['company limited', 'coltd', 'llc'],
  ['jsc', 'jsc', 'jsc'],
  ['joint stock company', 'jsc', 'jsc'],
  ['ojsc', 'ojsc', 'jsc'],
  ['open joint stock company', 'ojsc', 'jsc'],
  ['pjsc', 'pjsc', 'jsc'],
  ['public joint stock company', 'pjsc', 'jsc'],
  ['cjsc', 'cjsc', 'jsc'],
  ['closed joint stock company', 'cjsc', 'jsc'],
  ['oao', 'ao', 'jsc'],
  ['zao', 'zao', 'jsc'],
  ['pao', 'pao', 'jsc'],
  ['ao', 'ao', 'jsc'],
  ['ooo', 'ooo', 'llc'],
  ['bhd', 'bhd', 'llc'],
  ['berhad', 'bhd', 'llc'],
  ['sdn bhd', 'sdn bhd', 'llc'],
  ['sdn', 'sdn', 'llc'],
  ['pvt', 'pvt', 'llc'],
  ['pvt ltd', 'pvt ltd', 'llc'],
  ['private limited', 'pvt ltd', 'llc'],
  // Indian vendor records write Private Limited as `(P) Ltd`.
  ['p ltd', 'pvt ltd', 'llc'],
  ['p limited', 'pvt ltd', 'llc'],
  ['pte', 'pte', 'llc'],
  ['pty', 'pty', 'llc'],
  ['plc', 'plc', 'jsc'],
  ['gmbh', 'gmbh', 'llc'],
  ['ag', 'ag', 'jsc'],
  ['sa', 'sa', 'jsc'],
  ['doo', 'doo', 'llc'],
  ['srl', 'srl', 'llc'],
  ['sarl', 'sarl', 'llc'],
  ['bv', 'bv', 'llc'],
  ['nv', 'nv', 'jsc'],
  ['spa', 'spa', 'jsc'],
  ['sas', 'sas', 'jsc'],
  ['pt', 'pt', 'llc'],
  ['tbk', 'tbk', 'jsc'],
  ['lp', 'lp', 'lp'],
  ['llp', 'llp', 'llp'],
  ['kk', 'kk', 'jsc'],
];

/**
 * Builds the legal-form table from the CSV `alias,display,compare,generic` (the vendored
 * `org_types_aliases.csv`, handed in as text) plus the forms it lacks. `tokenise` must be the same
 * tokeniser the names go through, so that `Co., Ltd.` and `CO.,LTD` land on the same key.
 */
export function buildLegalFormTable(csvText: string, tokenise: (text: string) => string[]): LegalFormTable {
  const forms = new Map<string, LegalForm>();
  let maxTokens = 1;
  const add = (alias: string, compare: string, generic: string) => {
    const tokens = tokenise(alias);
    if (tokens.length === 0) return;
    const key = tokens.join(' ');
    if (forms.has(key)) return;
    forms.set(key, {
      compare: tokenise(compare).join('') || key.replaceAll(' ', ''),
      generic: generic.toLowerCase(),
    });
    if (tokens.length > maxTokens) maxTokens = tokens.length;
  };
  const parsed = Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: true });
  // Aliases in Latin script first: where another script's alias reads the same once romanised (股份有限公司,
  // a joint-stock company, reads `co ltd`), the Latin spelling says what the words mean in Latin-script
  // names (`Co., Ltd.`, a limited company, as `Ltd` and `Limited` are).
  const latinFirst = [...parsed.data].sort(
    (a, b) => Number(!LATIN_ONLY.test(a.alias ?? '')) - Number(!LATIN_ONLY.test(b.alias ?? '')),
  );
  for (const row of latinFirst) {
    const alias = row.alias ?? '';
    if (!alias) continue;
    // An alias written only in brackets (`(yu)`, Korean `(유)`) is a form only as bracketed text, which the
    // tokens no longer show: as a bare word it would strip `Yu` from names (the vessel `Liao Dong Yu`).
    if (alias.startsWith('(') && alias.endsWith(')')) continue;
    add(alias, row.compare ?? alias, row.generic ?? '');
  }
  for (const [alias, compare, generic] of EXTRA_FORMS) add(alias, compare, generic);
  return { forms, maxTokens };
}
