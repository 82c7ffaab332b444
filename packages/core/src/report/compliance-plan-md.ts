import type { FindingKind } from '../model/finding.js';
import type { SourceRef } from '../model/source-ref.js';
import type { CanonicalField } from '../model/spend-row.js';
import type { CountryResolver } from '../reference/country-resolver.js';
import type { DatasetInfo } from '../reference/dataset-info.js';
import type { Hotline } from '../reference/hotline.js';
import type {
  CompliancePlanResult,
  ContractPlanData,
  ContractRisk,
  PlaceWithin,
} from './compliance-plan-accumulator.js';
import { FINDING_KIND_NOTES } from './finding-kind-notes.js';
import { currencyLabel, formatCount, formatDecimal, formatNumber } from './format-amount.js';
import { type PlanHotline, planHotlines } from './plan-hotlines.js';

/** What the plan needs besides the contracts: hotlines and countries from the reference data. */
export interface CompliancePlanContext {
  hotlines: readonly Hotline[];
  countries: Pick<CountryResolver, 'resolve' | 'get'>;
  /** The run's datasets: their as-of dates date the citations whose source carries none. */
  datasets?: readonly DatasetInfo[];
  generated_at: string;
  input_name?: string;
  /**
   * The columns the fields were read from (the detected layout's `mapping`), to name the column of a
   * contract's estimated value, dates, description and codes; without it the fields are named alone.
   */
  columns?: Partial<Record<CanonicalField, string>>;
}

/**
 * The hotline FAR 52.222-50(h)(3)(ii) requires a plan to make available to all employees, as printed in
 * the clause's OCT 2020 text (vendored in `data/far_52_222_50.md`, which warns the listing may be dated).
 */
export const FAR_REQUIRED_HOTLINE = {
  name: 'Global Human Trafficking Hotline',
  phone: '1-844-888-FREE',
  email: 'help@befree.org',
  clause_version: 'OCT 2020',
  /** When the clause text this draft follows took effect (the first day of its month: the source gives the month). */
  clause_from: '2020-10-01',
  record: '52.222-50(h)(3)(ii)',
} as const;

const FAR_DATASET = 'far_52_222_50';

/** Whom the clause binds ((i) flows it down), so a brand's own purchase orders are not read as bound by it. */
const FAR_SCOPE =
  'FAR 52.222-50(h) applies only to US federal government contracts and to the subcontracts they flow the clause down to ((i)). For a company’s own purchase orders outside a federal contract, this draft is a checklist of good practice, not a legal requirement.';

/** Backslash-escapes the characters that would turn user text into Markdown or HTML. */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~#&]/g, (c) => `\\${c}`);
}

/** Dataset id → as-of date, for sources that carry no date of their own. */
type AsOf = ReadonlyMap<string, string>;

function cite(source: SourceRef, asOf: AsOf): string {
  const date = source.as_of ?? asOf.get(source.dataset) ?? 'date unknown';
  return `${markdownText(source.dataset)}, ${markdownText(source.record)}, as of ${markdownText(date)}`;
}

function spendText(spend: Record<string, number>): string {
  const parts = Object.entries(spend)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([c, v]) => `${formatNumber(v)} ${currencyLabel(c)}`);
  return parts.length === 0 ? 'no amount given' : markdownText(parts.join('; '));
}

/**
 * The value of the rows: their sum, or, when some are de-obligations (negative amounts), the net with the
 * obligations and de-obligations it is made of, so that a net at or under zero reads for what it is.
 */
function valueLine(c: ContractPlanData): string {
  if (Object.keys(c.deobligated).length === 0) {
    return `- Value of these rows: ${spendText(c.spend)} (currencies not converted)`;
  }
  const obligated: Record<string, number> = {};
  for (const [cur, net] of Object.entries(c.spend)) obligated[cur] = net - (c.deobligated[cur] ?? 0);
  return `- Value of these rows, net of de-obligations: ${spendText(c.spend)} (obligations ${spendText(obligated)}; de-obligations ${spendText(c.deobligated)}; currencies not converted)`;
}

/**
 * What the countries of a contract's plan are: where services are performed; where supplies are acquired
 * (the supplier's country, else the origin) or, when the file gives a place of performance, produced.
 */
function countriesLabel(c: ContractPlanData): string {
  const services = c.far_portions.includes('services');
  const supplies = c.far_portions.includes('supplies');
  if (supplies && !services) return 'Countries where the supplies are acquired or produced';
  if (supplies && services) return 'Countries of performance (services) or of the supplies';
  return 'Countries of performance';
}

/** " (column X)" when the run says which column a field was read from, else ''. */
function columnOf(field: CanonicalField, ctx: CompliancePlanContext): string {
  const header = ctx.columns?.[field];
  return header === undefined || header === '' ? '' : ` (column ${markdownText(header)})`;
}

/**
 * What the rows buy, as the file gives it: their descriptions (a few, shortened) and their PSC and NAICS
 * codes; null when the file gives none of them.
 */
function purchaseLine(c: ContractPlanData, ctx: CompliancePlanContext): string | null {
  const parts: string[] = [];
  if (c.descriptions.length > 0) {
    const listed = c.descriptions.map((d) => `“${markdownText(d)}”`).join('; ');
    parts.push(
      `${listed}${c.more_descriptions ? '; and other descriptions' : ''}${columnOf('description', ctx)}`,
    );
  }
  if (c.psc.length > 0) parts.push(`PSC ${markdownText(c.psc.join(', '))}`);
  if (c.naics.length > 0) parts.push(`NAICS ${markdownText(c.naics.join(', '))}`);
  if (parts.length === 0) return null;
  return `- What is bought, as the file describes it: ${parts.join('; ')}${c.more_codes ? ' (more codes in the rows)' : ''}`;
}

/** The first and last date of the rows: the contract's own dates in the file, not the threshold's. */
function datesLine(c: ContractPlanData, ctx: CompliancePlanContext): string {
  const label = `- Dates of these rows${columnOf('date', ctx)}`;
  if (c.first_date === '') return `${label}: none given`;
  if (c.first_date === c.last_date) return `${label}: ${markdownText(c.first_date)}`;
  return `${label}: first ${markdownText(c.first_date)}, last ${markdownText(c.last_date)}`;
}

/**
 * The figure the FAR test compared with the threshold: the estimated value the file states (and its
 * column), when it was larger than the rows' amounts and so decided; else the sum of the rows' USD amounts.
 */
function comparedLine(c: ContractPlanData, ctx: CompliancePlanContext): string | null {
  const v = c.compared;
  if (v === null) return null;
  if (v.estimated) {
    const obligated =
      v.obligated === null
        ? ''
        : `, larger than the USD ${formatNumber(v.obligated)} that these rows add up to`;
    return `- Value compared with the threshold: **USD ${formatNumber(v.value)}**, the contract’s estimated value as the file states it${columnOf('contract_value', ctx)}${obligated}`;
  }
  return `- Value compared with the threshold: **USD ${formatNumber(v.value)}**, what these rows add up to in US dollars (the file states no larger estimated value)`;
}

/**
 * The thresholds the contract was judged against, each with the day it is in force from, and the date it
 * was applied on (the contract's first date in the file) so the two are not read for each other; with a
 * word when a threshold is older than the clause text this draft follows: the contract may carry that
 * older text.
 */
function thresholdLine(c: ContractPlanData): string | null {
  if (c.thresholds.length === 0) return null;
  const list = c.thresholds.map((t) => `USD ${formatNumber(t.amount)}, in force from ${t.from}`).join('; ');
  const on = c.compared?.on ?? '';
  const judged =
    on === ''
      ? ''
      : c.first_date === ''
        ? ` (the contract was judged on ${on}: no row is dated, so the day of the screening)`
        : on === c.first_date
          ? ` (the contract was judged on ${on}, the first date of these rows)`
          : ` (the contract was judged on ${on})`;
  const older = c.thresholds.some((t) => t.from < FAR_REQUIRED_HOTLINE.clause_from);
  return `- Threshold: ${markdownText(list + judged)}${older ? `. It is older than the ${FAR_REQUIRED_HOTLINE.clause_version} text this draft follows: the contract may carry the older clause text; check its version` : ''}`;
}

function countryName(iso3: string, ctx: CompliancePlanContext): string {
  const name = ctx.countries.get(iso3)?.name;
  return name === undefined ? iso3 : `${name} (${iso3})`;
}

/**
 * Countries of performance: those the `far_plan` findings name and the resolved places of performance,
 * else the rows' own countries.
 */
function performanceCountries(
  c: ContractPlanData,
  ctx: CompliancePlanContext,
): { iso3: string[]; unresolved: string[]; fromRows: boolean } {
  const iso3 = new Set<string>(c.far_countries);
  const unresolved: string[] = [];
  for (const place of c.places) {
    const resolved = ctx.countries.resolve(place);
    if (resolved === null) unresolved.push(place);
    else iso3.add(resolved);
  }
  if (iso3.size > 0 || unresolved.length > 0) return { iso3: [...iso3].sort(), unresolved, fromRows: false };
  return { iso3: [...c.row_countries], unresolved: [], fromRows: true };
}

/**
 * One hotline: whom it serves as the data says (its scope and notes, and the region of a regional line)
 * before its contact details, so that a line for children, for nationals abroad or for one province is
 * not posted for a workforce it does not serve.
 */
function hotlineLines(
  p: PlanHotline,
  countryLabel: string,
  within: PlaceWithin | undefined,
  asOf: AsOf,
): string {
  const h = p.hotline;
  const parts = [
    h.phone_text && `phone ${h.phone_text}`,
    h.text_sms_text && `text ${h.text_sms_text}`,
    h.email && `email ${h.email}`,
    h.web && `web ${h.web}`,
    h.hours && `hours: ${h.hours}`,
    h.languages && `languages: ${h.languages}`,
  ].filter((p) => p !== '');
  const serves: string[] = [];
  if (h.scope !== '') serves.push(`scope in the data: ${markdownText(h.scope)}`);
  if (p.region !== null) {
    const region = markdownText(p.region);
    const places = (within?.addresses ?? []).map((a) => `“${markdownText(a)}”`).join('; ');
    const others = within?.more_addresses === true ? '; and others' : '';
    const none = (within?.rows_without ?? 0) > 0 ? '; some rows give no place' : '';
    if (p.place === 'in')
      serves.push(`a line for ${region} only, where the file places the work (${places})`);
    else if (p.place === 'elsewhere') {
      serves.push(
        `a line for ${region} only: no place of performance the file gives in ${markdownText(countryLabel)} (${places}${others}) names ${region}, and tipwatch has no list of the places in it; post it only if the work is done in ${region}`,
      );
    } else if (p.place === 'some') {
      serves.push(
        `a line for ${region} only: post it only where the work is done in ${region} (places in the file: ${places}${others}${none})`,
      );
    } else {
      serves.push(
        `a line for ${region} only: the file does not say where in ${markdownText(countryLabel)} the work is done; post it only if it is in ${region}`,
      );
    }
  }
  // A closing full stop of the note is left to the sentence around the quote.
  const note =
    h.notes === '' ? '' : ` Note in the data: “${markdownText(h.notes.trim().replace(/\.$/, ''))}”.`;
  return `  - **${markdownText(h.name)}**${serves.length > 0 ? ` (${serves.join('; ')})` : ''}.${note} Contact: ${markdownText(parts.join('; ') || 'no contact details in the source')}. Source: ${cite(h.source, asOf)}${h.source_url ? `; ${markdownText(h.source_url)}` : ''}.`;
}

const RISK_ORDER: FindingKind[] = ['entity', 'import_ban', 'goods', 'country', 'sector', 'workforce'];

function riskLine(r: ContractRisk, asOf: AsOf): string {
  const match = r.matched_name !== undefined ? ` Matched name: “${markdownText(r.matched_name)}”.` : '';
  // The summary names the unverified threshold in short; the plan is where it is read in full.
  const caveat =
    r.threshold_caveat !== undefined
      ? ` The threshold caveat in full: “${markdownText(r.threshold_caveat)}”.`
      : '';
  return `- **${r.level.toUpperCase()}**: ${markdownText(r.summary)}${match}${caveat} (${formatCount(r.rows)} row${r.rows === 1 ? '' : 's'}; source: ${cite(r.source, asOf)})`;
}

function contractSection(c: ContractPlanData, ctx: CompliancePlanContext, asOf: AsOf): string {
  const lines: string[] = [];
  const title =
    c.contract_id === '' ? `Row ${c.row_numbers[0] ?? ''} (no contract id)` : `Contract ${c.contract_id}`;
  lines.push(`## ${markdownText(title)}`, '');
  if (c.other_ids.length > 0) {
    lines.push(
      `- Also written: ${c.other_ids.map(markdownText).join('; ')} (ids that differ only in case, spaces, dashes or dots are taken for one contract)`,
    );
  }
  const rowList = c.row_numbers.join(', ') + (c.rows > c.row_numbers.length ? ', …' : '');
  lines.push(`- Rows needing a plan: ${formatCount(c.rows)} (${c.rows === 1 ? 'row' : 'rows'} ${rowList})`);
  lines.push(
    `- Suppliers: ${c.suppliers.length === 0 ? 'none named' : c.suppliers.map(markdownText).join('; ')}${c.more_suppliers > 0 ? ` and ${formatCount(c.more_suppliers)} more` : ''}`,
  );
  const purchase = purchaseLine(c, ctx);
  if (purchase !== null) lines.push(purchase);
  if (c.agencies.length > 0) {
    lines.push(
      `- Awarding agency${c.agencies.length > 1 ? ' (several in the rows)' : ''}${columnOf('agency', ctx)}: ${c.agencies.map(markdownText).join('; ')}${c.more_agencies ? '; and others' : ''}`,
    );
  }
  lines.push(datesLine(c, ctx));
  lines.push(valueLine(c));
  const compared = comparedLine(c, ctx);
  if (compared !== null) lines.push(compared);
  const threshold = thresholdLine(c);
  if (threshold !== null) lines.push(threshold);
  lines.push(`- Highest level: **${c.level.toUpperCase()}** (top score ${formatCount(c.max_score)})`);
  const perf = performanceCountries(c, ctx);
  const countryList = perf.iso3.map((i) => markdownText(countryName(i, ctx)));
  const unresolvedList = perf.unresolved.map((p) => `“${markdownText(p)}” (not resolved to a country)`);
  lines.push(
    `- ${countriesLabel(c)}: ${[...countryList, ...unresolvedList].join('; ') || 'not known'}${perf.fromRows ? ' (the file gives no place of performance: the rows’ own countries are used)' : ''}`,
  );
  if (c.max_workers !== null)
    lines.push(`- Workers (largest figure in the rows): ${formatCount(c.max_workers)}`);
  if (c.max_migrant_share !== null) {
    lines.push(`- Share of migrant workers (largest figure): ${formatDecimal(c.max_migrant_share * 100)}%`);
  }
  lines.push('');

  const why = c.risks.filter((r) => r.kind === 'far_plan');
  lines.push('### Why a plan is needed', '');
  for (const r of why) lines.push(riskLine(r, asOf));
  lines.push('');

  lines.push("### This contract's risks", '');
  const others = c.risks.filter((r) => r.kind !== 'far_plan');
  if (others.length === 0) {
    lines.push(
      'No other finding on these rows. That is not clearance: the reference lists are partial (see the report’s data section).',
    );
  }
  for (const kind of RISK_ORDER) {
    const ofKind = others.filter((r) => r.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push(`**${FINDING_KIND_NOTES[kind].label}**`, '');
    for (const r of ofKind) lines.push(riskLine(r, asOf));
    lines.push('');
  }
  if (c.more_risks > 0) {
    lines.push(`${formatCount(c.more_risks)} further distinct findings are in findings.jsonl.`, '');
  }

  const entities = others.filter((r) => r.kind === 'entity' || r.kind === 'import_ban');
  const goodsOrSectors = others.filter((r) => r.kind === 'goods' || r.kind === 'sector');
  const countries = others.filter((r) => r.kind === 'country');

  lines.push('### (h)(3)(i) Awareness program', '');
  lines.push(
    'Inform every employee and agent working on this contract of the US Government’s policy prohibiting trafficking in persons, the activities prohibited by paragraph (b) (trafficking, procuring commercial sex, forced labour, withholding identity documents, misleading recruitment, recruitment fees, failing to provide return transport, substandard housing, missing written work documents), and the actions that will be taken against employees for violations. The clause points to the State Department’s Office to Monitor and Combat Trafficking in Persons for examples of awareness programs.',
  );
  // Low findings (a Tier 1 or 2 country, a sector alone) are listed above but give the training no focus.
  const focus = [...goodsOrSectors, ...countries].filter((r) => r.level !== 'low');
  if (focus.length > 0) {
    lines.push(
      '',
      `Tailor it to this contract’s risks: ${focus.map((r) => markdownText(r.summary)).join('; ')}.`,
    );
  }
  lines.push(
    '',
    '- [ ] To complete: languages of the workforce, who delivers the training, when and how often.',
    '',
  );

  lines.push('### (h)(3)(ii) Reporting process', '');
  lines.push(
    `Give employees a way to report, without fear of retaliation, activity inconsistent with the policy, and make available to all employees the hotline the clause names: the **${FAR_REQUIRED_HOTLINE.name}, ${FAR_REQUIRED_HOTLINE.phone}, ${FAR_REQUIRED_HOTLINE.email}** (FAR ${FAR_REQUIRED_HOTLINE.record}, ${FAR_REQUIRED_HOTLINE.clause_version} text; source: ${cite({ dataset: FAR_DATASET, record: FAR_REQUIRED_HOTLINE.record, as_of: null }, asOf)}). Check the clause version in the contract: later versions may list this hotline differently.`,
    '',
  );
  if (perf.iso3.length === 0) {
    lines.push('- No country of performance is known for these rows, so no local hotline can be suggested.');
  }
  for (const iso3 of perf.iso3) {
    const within = c.places_within.find((p) => p.iso3 === iso3);
    const local = planHotlines(ctx.hotlines, iso3, within);
    const label = countryName(iso3, ctx);
    if (local.shown.length === 0) {
      lines.push(
        `- ${markdownText(label)}: no hotline for this country is known in tipwatch’s hotline dataset. Find the local line before posting; do not rely on this draft for it.`,
      );
    } else {
      lines.push(`- ${markdownText(label)}: hotlines in tipwatch’s dataset:`);
      const plainName = ctx.countries.get(iso3)?.name ?? iso3;
      for (const h of local.shown) lines.push(hotlineLines(h, plainName, within, asOf));
    }
  }
  lines.push(
    '',
    '- [ ] To complete: internal reporting channel, who receives reports, how reporters are protected.',
    '',
  );

  lines.push('### (h)(3)(iii) Recruitment and wage plan', '');
  lines.push(
    'Use only recruitment companies with trained employees; charge no recruitment fees to employees or potential employees (fees as defined in paragraph (a), however collected); pay wages that meet the host country’s legal requirements, or explain any variance.',
  );
  if (c.max_migrant_share !== null || c.max_workers !== null || others.some((r) => r.kind === 'workforce')) {
    lines.push(
      '',
      'The rows give workforce figures (above): name the recruiters used, the countries workers are recruited from, and how fee-free recruitment is checked.',
    );
  }
  lines.push(
    '',
    '- [ ] To complete: recruiters used, fee policy, wage check per country of performance.',
    '',
  );

  lines.push('### (h)(3)(iv) Housing plan', '');
  lines.push(
    'If the contractor or a subcontractor provides or arranges housing, ensure it meets host-country housing and safety standards (see also paragraph (b)(8)).',
    '',
    '- [ ] To complete: whether housing is provided or arranged, where, and how it is inspected.',
    '',
  );

  lines.push('### (h)(3)(v) Agents and subcontractors', '');
  lines.push(
    'Set procedures to prevent agents and subcontractors at any tier and at any dollar value from engaging in trafficking in persons (including the paragraph (b) activities), and to monitor, detect and terminate any agent, subcontract or subcontractor employee that has.',
  );
  if (entities.length > 0) {
    lines.push(
      '',
      `Before relying on the suppliers of this contract, resolve these list and import-ban findings: ${entities.map((r) => markdownText(r.summary)).join('; ')}.`,
    );
  }
  lines.push(
    '',
    '- [ ] To complete: subcontractors and agents, flow-down of the clause (paragraph (i)), monitoring and audit schedule.',
    '',
  );
  return lines.join('\n');
}

/**
 * `compliance-plan.md`: one draft for the file with a section per contract that needs a FAR 52.222-50(h)
 * compliance plan, each covering the five minimum elements of (h)(3) with that contract's own risks and the
 * hotlines of its countries of performance.
 */
export function renderCompliancePlan(result: CompliancePlanResult, ctx: CompliancePlanContext): string {
  const asOf: AsOf = new Map((ctx.datasets ?? []).map((d) => [d.id, d.as_of]));
  const farAsOf = asOf.get(FAR_DATASET) ?? null;
  const head = [
    `# Draft anti-trafficking compliance plans${ctx.input_name ? `: ${markdownText(ctx.input_name)}` : ''}`,
    '',
    `Generated ${markdownText(ctx.generated_at)} by tipwatch. A draft to complete and review, not legal advice.`,
    '',
    FAR_SCOPE,
    '',
    `${plural(result.rows, 'row')} in ${plural(result.contracts.length + result.contracts_not_kept, 'contract')} look like contract portions that need a compliance plan under FAR 52.222-50(h): supplies other than commercially available off-the-shelf items acquired outside the United States, or services performed outside the United States, with an estimated value above the threshold in force ((h)(1); the threshold is inflation-adjusted, check it in the contract).`,
    '',
    'Every plan must be appropriate to the size and complexity of the contract and to the nature and scope of its activities, including the number of non-US citizens expected to be employed and the risk of services or supplies susceptible to trafficking ((h)(2)). It must include at a minimum ((h)(3)):',
    '',
    '1. (h)(3)(i) an awareness program;',
    '2. (h)(3)(ii) a process for employees to report, without fear of retaliation, including the hotline the clause names;',
    '3. (h)(3)(iii) a recruitment and wage plan;',
    '4. (h)(3)(iv) a housing plan, if the contractor or a subcontractor provides or arranges housing;',
    '5. (h)(3)(v) procedures to prevent, monitor, detect and terminate trafficking by agents and subcontractors.',
    '',
    'Also for every contract: post the relevant contents of the plan at the workplace and on the contractor’s website no later than the start of performance, or give them to each worker in writing ((h)(4)); give the plan to the Contracting Officer on request; certify annually after award ((h)(5)); inform the Contracting Officer and the agency Inspector General immediately of credible information of a violation ((d)); and flow the clause down to all subcontracts and contracts with agents ((i)).',
    '',
    `Source of the clause text: ${markdownText(FAR_DATASET)} (FAR 52.222-50, ${FAR_REQUIRED_HOTLINE.clause_version}), as of ${farAsOf ?? 'date unknown'}.`,
    '',
  ];
  if (result.contracts_not_kept > 0) {
    head.push(
      `Only the first ${formatCount(result.contracts.length)} contracts are drafted here; ${formatCount(result.contracts_not_kept)} more need a plan (their rows are in findings.jsonl, kind far_plan).`,
      '',
    );
  }
  return `${[...head, ...result.contracts.map((c) => contractSection(c, ctx, asOf))].join('\n').trimEnd()}\n`;
}

function plural(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
}
