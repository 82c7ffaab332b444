import type { DetectedLayout } from '../ingest/spend-file.js';
import { normaliseHeader } from '../model/header-name.js';

/** The layouts whose rows are US federal contract actions or awards (USAspending downloads, FPDS). */
const FEDERAL_LAYOUTS = new Set<DetectedLayout['layout']>([
  'usaspending_transactions',
  'usaspending_transactions_2018',
  'usaspending_award_summary',
  'fpds',
]);

/**
 * Contract id columns (normalised) that only federal award data has, read in files of no exact layout: a
 * contract's PIID, and the prime's in USAspending's subaward download (`prime_award_piid`).
 */
const FEDERAL_CONTRACT_COLUMNS = new Set(['piid', 'awardidpiid', 'primeawardpiid']);
/** The supplier column of a SAM.gov award notice, the firm awarded (normalised). */
const SAM_AWARDEE = new Set(['awardee', 'awardeename']);

/** The first column a mapped field was read from (a mapping may show `A, else B` or `A + B`). */
function firstColumn(mapping: DetectedLayout['mapping'], field: keyof DetectedLayout['mapping']): string {
  const shown = mapping[field];
  if (shown === undefined) return '';
  return normaliseHeader(shown.split(', else ')[0]!.split(' + ')[0]!);
}

/**
 * Whether a file's rows are US federal awards, as its layout shows: a USAspending transactions or award
 * summary download, an FPDS extract, or a file of no exact layout whose contract id is a PIID (USAspending's
 * subaward download: `prime_award_piid`) or whose supplier is a SAM.gov award notice's `Awardee`. FAR
 * 52.222-50(h) binds such rows; of any other file (an importer's entry lines, a company's invoices, whose
 * `PO Number` is read as the contract id), it binds only the rows that belong to a US federal contract or
 * subcontract, which the file does not say.
 */
export function isFederalAwardLayout(layout: Pick<DetectedLayout, 'layout' | 'mapping'>): boolean {
  if (FEDERAL_LAYOUTS.has(layout.layout)) return true;
  return (
    FEDERAL_CONTRACT_COLUMNS.has(firstColumn(layout.mapping, 'contract_id')) ||
    SAM_AWARDEE.has(firstColumn(layout.mapping, 'supplier'))
  );
}
