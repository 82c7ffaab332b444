import type { DetectedLayout } from '../ingest/spend-file.js';
import { normaliseHeader } from '../model/header-name.js';

/** The layouts whose rows are US federal contract actions or awards (USAspending downloads, FPDS). */
const FEDERAL_LAYOUTS = new Set<DetectedLayout['layout']>([
  'usaspending_transactions',
  'usaspending_transactions_2018',
  'usaspending_award_summary',
  'fpds',
]);

/** USAspending's subaward download, read through the synonyms: the prime contract's PIID, the subaward's amount. */
const SUBAWARD_CONTRACT = 'primeawardpiid';
const SUBAWARD_AMOUNT = 'subawardamount';
/** A SAM.gov award notice: the firm awarded (`Awardee`), with the award's number or amount (`Award$`). */
const SAM_AWARDEE = new Set(['awardee', 'awardeename']);
const SAM_CONTRACT = 'awardnumber';
/** `Award$`, normalised (the sign is dropped). */
const SAM_AMOUNT = 'award';

/** The first column a mapped field was read from (a mapping may show `A, else B` or `A + B`). */
function firstColumn(mapping: DetectedLayout['mapping'], field: keyof DetectedLayout['mapping']): string {
  const shown = mapping[field];
  if (shown === undefined) return '';
  return normaliseHeader(shown.split(', else ')[0]!.split(' + ')[0]!);
}

/**
 * Whether a file's rows are US federal awards, as its layout shows: a USAspending transactions or award
 * summary download, an FPDS extract, USAspending's subaward download (its `prime_award_piid` or
 * `subaward_amount` column), or a SAM.gov award notice (its `Awardee` with `AwardNumber` or `Award$`). FAR
 * 52.222-50(h) binds such rows; of any other file (an importer's entry lines, a company's invoices, whose
 * `PO Number` is read as the contract id), it binds only the rows that belong to a US federal contract or
 * subcontract, which the file does not say.
 */
export function isFederalAwardLayout(layout: Pick<DetectedLayout, 'layout' | 'mapping'>): boolean {
  if (FEDERAL_LAYOUTS.has(layout.layout)) return true;
  const contract = firstColumn(layout.mapping, 'contract_id');
  const amount = firstColumn(layout.mapping, 'amount');
  if (contract === SUBAWARD_CONTRACT || amount === SUBAWARD_AMOUNT) return true;
  return (
    SAM_AWARDEE.has(firstColumn(layout.mapping, 'supplier')) &&
    (contract === SAM_CONTRACT || amount === SAM_AMOUNT)
  );
}
