import type { FindingKind } from '../model/finding.js';
import type { Level } from '../model/level.js';

/** What each finding kind means, for the method notes of the report. */
export const FINDING_KIND_NOTES: Readonly<Record<FindingKind, { label: string; note: string }>> = {
  entity: {
    label: 'Listed entity',
    note:
      "The supplier's name, that of the parent company the file gives for it, or that of the shipper, exporter " +
      'or seller a bill of lading names beside the manufacturer, matched an entry of the UFLPA Entity List, ' +
      'a CBP Withhold Release Order or Finding that names a company, or a user list. The finding ' +
      "gives the listed name that matched and the matcher's 0–1 score, and says when the data's own row " +
      'doubts or disputes the CBP order (quoting its note). A name match is a lead to verify (address, ' +
      'registration, ownership), not proof that it is the same company. A name that matched nothing but ' +
      'scored just under the threshold is a possible match, at a lower level: often a listed group’s ' +
      'subsidiary or a name written another way, as often a different company.',
  },
  import_ban: {
    label: 'Import ban',
    note:
      'The goods or the place named in the row fall under a region- or product-wide import restriction, such as a ' +
      'CBP order on all of one region’s or country’s production of a good, or a supplier address in the Xinjiang ' +
      'Uyghur Autonomous Region.',
  },
  goods: {
    label: 'Listed good',
    note:
      'What the row buys (by HS, NAICS or PSC code, or by its description) is a good that the US Department of ' +
      "Labor's List of Goods Produced by Child Labor or Forced Labor names for the row's country.",
  },
  country: {
    label: 'Country tier',
    note:
      "The row's country and its latest placement in the State Department's Trafficking in Persons Report " +
      '(Tier 1, Tier 2, Tier 2 Watch List, Tier 3 or Special Case).',
  },
  sector: {
    label: 'High-risk sector',
    note:
      "What the row buys falls in one of tipwatch's high-risk sectors, a taxonomy modelled on the 11 sectors of " +
      "Verité's 2015 report for the State Department on trafficking risk in federal supply chains.",
  },
  workforce: {
    label: 'Workforce',
    note: "The row's workforce data (number of workers, share of migrant workers) add to the risk.",
  },
  far_plan: {
    label: 'FAR compliance plan',
    note:
      'The row looks like a contract portion that needs a compliance plan under FAR 52.222-50(h): supplies other ' +
      'than commercially available off-the-shelf items acquired outside the United States, or services performed ' +
      'outside the United States, above the threshold in force on the row’s date. The rows of one contract are ' +
      'judged together, by their net value (de-obligations subtracted) or the contract value the file states; ' +
      'a note names contracts that de-obligations took under the threshold, rows dated before the first ' +
      'threshold, which are not judged, and rows abroad whose codes (PSC, NAICS, HS) do not tell supplies from ' +
      'services, which are not judged either. A draft plan per contract is in compliance-plan.md.',
  },
};

/** What each level asks of the reader, for the method notes. A row's level is its highest finding's. */
export const LEVEL_NOTES: Readonly<Record<Level, string>> = {
  low: 'Nothing found beyond ordinary risk: keep normal due diligence.',
  medium: 'A risk factor worth raising with the supplier.',
  high: 'Strong or several risk factors: ask for supply-chain tracing and evidence before relying on the supplier.',
  critical:
    'The most serious findings (such as a listed entity or an import ban): review before paying or importing.',
};
