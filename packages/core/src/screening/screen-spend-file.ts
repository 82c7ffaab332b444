import { openSpendFile } from '../ingest/open-spend-file.js';
import { ownString } from '../ingest/own-string.js';
import type { ByteSource, DetectedLayout, SpendFile, SpendFileOptions } from '../ingest/spend-file.js';
import type { NameMatcher } from '../matching/name-matcher.js';
import { LEVELS, type Level } from '../model/level.js';
import type { Problem } from '../model/problem.js';
import type { ScreenedRow } from '../model/screened-row.js';
import type { RejectedRow } from '../model/spend-row.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { screeningDatasets } from '../reference/screening-datasets.js';
import {
  type ContractFarAggregator,
  contractKey,
  createContractFarAggregator,
} from './contract-far-aggregator.js';
import { isFederalAwardLayout } from './federal-award-layout.js';
import { RejectedBanOrigins } from './rejected-ban-origins.js';
import type { ScreenOptions } from './screen-options.js';
import type { ScreenSummary } from './screen-summary.js';
import { createScreener } from './screener.js';
import { UnclassifiedDescriptions } from './unclassified-descriptions.js';
import { UnknownCountries } from './unknown-countries.js';
import type { Weights } from './weights.js';

type MaybePromise = void | Promise<void>;

/** The row fields that hold a country name or code. */
const COUNTRY_FIELDS = ['supplier_country', 'origin_country', 'place_of_performance'] as const;
/** The row fields whose words classify a row. */
const TEXT_FIELDS = ['description', 'product_type'] as const;

export interface ScreenSpendFileArgs {
  /** Returns a fresh byte stream of the file; called twice when the FAR per-contract pre-pass runs. */
  open: () => ByteSource;
  /** The spend-file reader; default `openSpendFile` of the ingest module. */
  read?: (source: ByteSource, options: SpendFileOptions) => Promise<SpendFile>;
  fileOptions: SpendFileOptions;
  ref: ReferenceData;
  matcher: NameMatcher;
  weights: Weights;
  options: ScreenOptions;
  onLayout?: (layout: DetectedLayout) => MaybePromise;
  onRows: (rows: ScreenedRow[]) => MaybePromise;
  onRejects?: (rejects: RejectedRow[]) => MaybePromise;
  /** Called after each batch with the number of data rows done in the screening pass. */
  onProgress?: (rowsDone: number) => void;
}

/**
 * Screens a whole spend file: the one orchestration every shell (CLI, HTTP) calls. Core does no I/O: the
 * caller hands in `open`. When the file maps a `contract_id`, a first pass sums each contract's FAR
 * 52.222-50(h) portion and a second pass screens; otherwise one pass screens. Rows and rejects are handed
 * to the callbacks batch by batch, in input order, so memory stays flat.
 */
export async function screenSpendFile(args: ScreenSpendFileArgs): Promise<ScreenSummary> {
  const read = args.read ?? openSpendFile;
  let file = await read(args.open(), args.fileOptions);
  const layout = file.layout;
  await args.onLayout?.(layout);
  // FAR 52.222-50(h) binds federal contracts and subcontracts: the layout tells whether the rows are such.
  const screener = createScreener(args.ref, args.matcher, args.weights, {
    ...args.options,
    federalAwards: args.options.federalAwards ?? isFederalAwardLayout(layout),
  });

  let contracts: ContractFarAggregator | null = null;
  if (layout.mapping.contract_id !== undefined) {
    contracts = createContractFarAggregator(screener.resolveCountry);
    const rejectedOf = new RejectedContractRows();
    for await (const batch of file.batches) {
      for (const row of batch.rows) contracts.add(row);
      for (const r of batch.rejects) rejectedOf.add(r);
    }
    const missing = rejectedOf.problem(contracts);
    if (missing !== null) layout.problems.push(missing);
    file = await read(args.open(), args.fileOptions);
  }

  // The country columns the file maps, with their headers, for reporting values that are no country.
  const countryColumns = COUNTRY_FIELDS.flatMap((field) => {
    const header = layout.mapping[field];
    return header === undefined ? [] : [{ field, header }];
  });
  const unknownCountries = new UnknownCountries();
  // The text columns the file maps (description, a brand list's product type), for saying when their words
  // classified too few rows.
  const texts = TEXT_FIELDS.flatMap((field) => {
    const header = layout.mapping[field];
    return header === undefined ? [] : [new UnclassifiedDescriptions(header, field)];
  });
  const classifier = args.ref.classifier;
  const banOrigins = new RejectedBanOrigins(layout, (d) => screener.banOriginNamed(d));

  const levels: Record<Level, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  const spend: Record<string, Record<Level, number>> = {};
  let screened = 0;
  let rejected = 0;
  let lastCurrency = '';
  let lastCurrencyKey = 'unspecified';
  for await (const batch of file.batches) {
    const out: ScreenedRow[] = new Array(batch.rows.length);
    for (let i = 0; i < batch.rows.length; i++) {
      const row = batch.rows[i]!;
      const s = screener.screen(
        row,
        contracts === null || row.contract_id === '' ? undefined : contracts.get(row.contract_id),
      );
      out[i] = s;
      levels[s.level]++;
      for (const c of countryColumns) {
        const value = row[c.field];
        if (value !== '' && screener.resolveCountry(value) === null) {
          unknownCountries.add(c.header, value, row.row, row.line, c.field);
        }
      }
      if (texts.length > 0 && row.hs_code === '' && row.naics === '' && row.psc === '') {
        let classified: boolean | undefined;
        for (const t of texts) {
          const text = row[t.field];
          if (text.trim() === '') continue;
          if (classified === undefined) {
            // The screener classified the row already: this is its cached result.
            const cls = classifier.classify(row);
            classified = cls.goods.length > 0 || cls.sectors.length > 0;
          }
          t.add(text, classified, row.row, row.line);
        }
      }
      if (row.amount !== null && Number.isFinite(row.amount)) {
        // Rows nearly always repeat the previous row's currency: fold it once.
        if (row.currency !== lastCurrency) {
          lastCurrency = row.currency;
          lastCurrencyKey = row.currency === '' ? 'unspecified' : row.currency.toUpperCase();
        }
        const cur = lastCurrencyKey;
        let byLevel = spend[cur];
        if (byLevel === undefined) {
          byLevel = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
          spend[cur] = byLevel;
        }
        byLevel[s.level] += row.amount;
      }
    }
    screened += out.length;
    rejected += batch.rejects.length;
    if (out.length > 0) await args.onRows(out);
    if (batch.rejects.length > 0) {
      banOrigins.mark(batch.rejects);
      await args.onRejects?.(batch.rejects);
    }
    args.onProgress?.(screened + rejected);
  }

  layout.problems.push(...unknownCountries.problems());
  for (const t of texts) {
    const unread = t.problem();
    if (unread !== null) layout.problems.push(unread);
  }
  layout.problems.push(...screener.farProblems());
  const rejectedOrigins = banOrigins.problem();
  if (rejectedOrigins !== null) layout.problems.push(rejectedOrigins);

  return {
    rows: screened + rejected,
    screened,
    rejected,
    levels,
    layout,
    data_versions: screeningDatasets(args.ref.datasets).map((d) => ({
      dataset: d.id,
      as_of: d.as_of,
      rows: d.rows,
      ...(d.imported === undefined ? {} : { imported: d.imported }),
    })),
    spend,
    passes: contracts === null ? 1 : 2,
    far_contracts: contracts?.size ?? 0,
  };
}

/** Rejected rows that carry a contract id, counted (up to a bound) to tell whether a FAR total misses them. */
class RejectedContractRows {
  private static readonly MAX = 100_000;
  /**
   * Contract key (`contractKey`: one contract however its id is written; a copy, as rejects are views of the
   * reader's text chunks) → rejected rows, the first one and its id as written.
   */
  private readonly rows = new Map<string, { count: number; row: number; line: number; id: string }>();

  add(r: RejectedRow): void {
    if (r.ref === '') return;
    const key = contractKey(r.ref);
    const seen = this.rows.get(key);
    if (seen !== undefined) seen.count++;
    else if (this.rows.size < RejectedContractRows.MAX)
      this.rows.set(ownString(key), { count: 1, row: r.row, line: r.line, id: ownString(r.ref) });
  }

  /**
   * One problem when rejected rows belong to contracts whose other rows are in a FAR 52.222-50(h) total:
   * their amounts are missing from those totals, which may then fall under the threshold.
   */
  problem(contracts: ContractFarAggregator): Problem | null {
    let count = 0;
    let ids = 0;
    let first: { id: string; row: number; line: number } | undefined;
    for (const [key, seen] of this.rows) {
      if (contracts.get(key) === undefined) continue;
      ids++;
      count += seen.count;
      first ??= { id: seen.id, row: seen.row, line: seen.line };
    }
    if (first === undefined) return null;
    return {
      code: 'rejected_contract_rows',
      message:
        `${count} rejected row(s) belong to ${ids} contract(s) whose other rows are summed for the FAR ` +
        `52.222-50(h) plan test (first: contract ${first.id}, row ${first.row}, line ${first.line}): their ` +
        'amounts are not in those totals, which may fall under the threshold because of it. Correct those ' +
        'rows (see rejects.csv) and screen the file again.',
      row: first.row,
      line: first.line,
    };
  }
}
