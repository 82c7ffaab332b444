import { TipwatchError } from '../errors.js';
import type { Problem } from '../model/problem.js';
import type { IlabGood } from '../reference/ilab-good.js';
import { elementLines, isXmlNode, parseIlabXml, type XmlNode, xmlText } from './xml-node.js';

export interface IlabGoodsOptions {
  /** Resolves the file's country names (`Burma`, `Congo, Democratic Republic of the`) to ISO alpha-3. */
  resolveIso3: (name: string) => string | null;
  /** The source's date (`YYYY-MM-DD`), null when unknown. */
  as_of: string | null;
  /** Dataset name used in every good's source (default `dol_ilab_goods`). */
  dataset?: string;
}

export interface IlabGoodsResult {
  goods: IlabGood[];
  problems: Problem[];
}

/** The columns of `tvpra_goods.csv`, in its order. */
export const TVPRA_GOODS_COLUMNS = [
  'good',
  'country',
  'region',
  'sector',
  'child_labor',
  'forced_labor',
  'forced_child_labor',
  'produced_with_exploitative_inputs',
  'input_source_country',
  'year_added',
] as const;

const FLAGS = [
  ['Child_Labor', 'child_labor'],
  ['Forced_Labor', 'forced_labor'],
  ['Forced_Child_Labor', 'forced_child_labor'],
  ['Derived_Labor_Exploitation', 'produced_with_exploitative_inputs'],
] as const;

/**
 * Parses DOL ILAB's List of Goods in its XML form (`<Goods><Good><Good_Name>…<Countries><Country>…`, as
 * shipped in the Sweat & Toil data) into one row per good × country, the shape of `tvpra_goods.csv`.
 *
 * Row trouble is returned as problems naming the `<Good>` element's number (`row`), the line of the
 * `<Country>` element and the field: a good or country without a name, a country the resolver does not know
 * (the row is skipped: a good that silently lost its country would never be flagged), a flag that is neither
 * `Yes` nor `No` (read as false), an input-source country that does not resolve (kept without ISO code).
 * Only a file that is not XML or not this format throws a TipwatchError.
 */
export function parseIlabGoodsXml(xml: string, options: IlabGoodsOptions): IlabGoodsResult {
  const dataset = options.dataset ?? 'dol_ilab_goods';
  const doc = parseIlabXml(xml, 'the DOL ILAB goods XML file', [
    'Goods.Good',
    'Goods.Good.Countries.Country',
  ]);
  const root = doc.Goods;
  // An empty <Goods/> parses as '' : a list with no goods, not a wrong file.
  if (!isXmlNode(root) && root !== '') {
    const message = 'the file has no <Goods> root element';
    throw new TipwatchError('ilab_not_goods', message, [
      { code: 'ilab_not_goods', message, line: 1, expected: '<Goods><Good>…</Good></Goods>' },
    ]);
  }
  const goodNodes = isXmlNode(root) && Array.isArray(root.Good) ? (root.Good as unknown[]) : [];
  const goodLines = elementLines(xml, '<Good>');
  const countryLines = elementLines(xml, '<Country>');
  let countryIndex = 0;
  const goods: IlabGood[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();

  goodNodes.forEach((node, index) => {
    const row = index + 1;
    const countries = isXmlNode(node) && isXmlNode(node.Countries) ? node.Countries.Country : undefined;
    const countryNodes = Array.isArray(countries) ? (countries as unknown[]) : [];
    const firstCountry = countryIndex;
    countryIndex += countryNodes.length;
    const report = (line: number | undefined, p: Omit<Problem, 'row' | 'line'>): void => {
      problems.push(line === undefined ? { ...p, row } : { ...p, row, line });
    };
    const goodLine = goodLines[index];
    const good = isXmlNode(node) ? xmlText(node.Good_Name) : null;
    if (good === null) {
      report(goodLine, {
        code: 'ilab_good_no_name',
        message: `<Good> number ${row} has no <Good_Name>; skipped`,
        column: 'Good_Name',
        expected: 'the name of a good',
      });
      return;
    }
    if (countryNodes.length === 0) {
      report(goodLine, {
        code: 'ilab_good_no_country',
        message: `${good}: <Good> number ${row} lists no <Country>; skipped`,
        column: 'Countries',
        expected: 'at least one <Country>',
      });
      return;
    }
    const sector = xmlText((node as XmlNode).Good_Sector) ?? '';

    countryNodes.forEach((c, j) => {
      const line = countryLines[firstCountry + j];
      const at = (p: Omit<Problem, 'row' | 'line'>): void => report(line, p);
      const country = isXmlNode(c) ? xmlText(c.Country_Name) : null;
      if (country === null || !isXmlNode(c)) {
        at({
          code: 'ilab_good_country_no_name',
          message: `${good}: <Country> number ${j + 1} has no <Country_Name>; skipped`,
          column: 'Country_Name',
          expected: 'a country name',
        });
        return;
      }
      const iso3 = options.resolveIso3(country);
      if (iso3 === null) {
        at({
          code: 'ilab_good_country_unresolved',
          message: `${good}: country name "${country}" is not a known country; skipped`,
          column: 'Country_Name',
          expected: 'a country name or ISO code',
        });
        return;
      }
      const key = `${good.toLowerCase()}|${iso3}`;
      const first = seen.get(key);
      if (first !== undefined) {
        at({
          code: 'ilab_good_repeated',
          message: `${good} × ${country} repeats the pair of <Good> number ${first}; skipped`,
          column: 'Country_Name',
        });
        return;
      }
      seen.set(key, row);

      const flags = {} as Record<(typeof FLAGS)[number][1], boolean>;
      for (const [tag, field] of FLAGS) {
        const value = xmlText(c[tag]);
        const yes = value?.toLowerCase() === 'yes';
        if (!yes && value?.toLowerCase() !== 'no') {
          at({
            code: 'ilab_good_flag_invalid',
            message: `${good} × ${country}: ${tag} is ${value === null ? 'missing' : `"${value}"`}; read as No`,
            column: tag,
            expected: 'Yes or No',
          });
        }
        flags[field] = yes;
      }

      // The file says "No" here when there is no input-source country.
      const derived = xmlText(c.Derived_Country);
      const inputName = derived === null || derived.toLowerCase() === 'no' ? null : derived;
      let inputIso3: string | null = null;
      if (inputName !== null) {
        inputIso3 = options.resolveIso3(inputName);
        if (inputIso3 === null) {
          at({
            code: 'ilab_good_input_country_unresolved',
            message: `${good} × ${country}: input-source country "${inputName}" is not a known country; kept without an ISO code`,
            column: 'Derived_Country',
            expected: 'a country name or "No"',
          });
        }
      }
      if (flags.produced_with_exploitative_inputs && inputName === null) {
        at({
          code: 'ilab_good_input_country_missing',
          message: `${good} × ${country}: made with exploitative inputs, but no input-source country is given`,
          column: 'Derived_Country',
          expected: 'the country the inputs come from',
        });
      }

      goods.push({
        good,
        iso3,
        country,
        sector,
        ...flags,
        input_source_iso3: inputIso3,
        region: xmlText(c.Country_Region),
        input_source_country: inputName,
        source: { dataset, record: `${good} / ${country}`, as_of: options.as_of },
      });
    });
  });
  return { goods, problems };
}

/**
 * Writes goods in the shape of `tvpra_goods.csv` (same header, column order, `true`/`false` flags and CRLF
 * line ends), so a list read from the ILAB XML can stand in for the vendored CSV. `year_added` is left empty:
 * neither source gives it. An input-source country is written as the source spelled it, else as its ISO
 * alpha-3 code (which the CSV reader resolves too).
 */
export function ilabGoodsToCsv(goods: readonly IlabGood[]): string {
  const lines = [TVPRA_GOODS_COLUMNS.join(',')];
  for (const g of goods) {
    lines.push(
      [
        g.good,
        g.country,
        g.region ?? '',
        g.sector,
        String(g.child_labor),
        String(g.forced_labor),
        String(g.forced_child_labor),
        String(g.produced_with_exploitative_inputs),
        g.input_source_country ?? g.input_source_iso3 ?? '',
        '',
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** RFC 4180 quoting only: this file is data to be read back, so no formula guard alters its cells. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
