import { readFileSync } from 'node:fs';
import {
  type CountryProfile,
  type Grant,
  type Hotline,
  type NewsItem,
  type Partnership,
  parseIlabCountries,
  type ResearchReport,
  type Tier,
  type TierHistoryRow,
} from '@tipwatch/core';
import Papa from 'papaparse';
import { nameToIso3 } from '../../core/src/knowledge/country-names.case.js';

/** Rows from the vendored data files and the seed page, shared by the store tests. */
const data = (file: string) => readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8');
const csv = (file: string) =>
  Papa.parse<Record<string, string>>(data(file), { header: true, skipEmptyLines: true }).data;

const resolveIso3 = nameToIso3(
  data('taxonomy/countries.csv'),
  data('taxonomy/countries_mledoze_altnames.csv'),
);
export const ILAB_XML = data('raw/dol_ilab_countries.xml');
export const ILAB_META = {
  dataset: 'dol_ilab_countries',
  as_of: null,
  source_file: 'dol_ilab_countries.xml',
};
const parsed = new Map<string, CountryProfile[]>();
// Parsing the 1.7 MB file once per text keeps the suite fast; stores get fresh copies.
export const parseIlab = (xml: string): CountryProfile[] => {
  if (!parsed.has(xml)) parsed.set(xml, parseIlabCountries(xml, { resolveIso3, as_of: null }).profiles);
  return structuredClone(parsed.get(xml) ?? []);
};

/** The ILAB file with Afghanistan's advancement level and Ghana's region edited, and Bolivia removed. */
export const changedIlabXml = (): string => CHANGED_XML;
const CHANGED_XML = buildChangedIlabXml();

function buildChangedIlabXml(): string {
  const blocks = ILAB_XML.split('<Country>');
  const edited = blocks.flatMap((block) => {
    if (block.includes('<Name>Bolivia</Name>')) return [];
    if (block.includes('<Name>Afghanistan</Name>')) {
      return [block.replace('<Advancement_Level>No Advancement<', '<Advancement_Level>Minimal Advancement<')];
    }
    if (block.includes('<Name>Ghana</Name>'))
      return [block.replace(/<Region>[^<]*</, '<Region>West Africa<')];
    return [block];
  });
  return edited.join('<Country>');
}

export function tierRows(): TierHistoryRow[] {
  return csv('tip_tiers.csv').map((r, i) => ({
    iso3: r.iso3 ?? '',
    country: r.country ?? '',
    year: Number(r.year),
    tier: r.tier as Tier,
    note: r.note ?? '',
    source: { dataset: 'tip_tiers', record: `row ${i + 1} (${r.source})`, as_of: null },
  }));
}

export function hotlineRows(): Hotline[] {
  return csv('hotlines.csv').map((r, i) => ({
    iso3: r.iso3 || null,
    country: r.country ?? '',
    scope: r.scope ?? '',
    name: r.name ?? '',
    phones: [],
    texts: [],
    phone_text: r.phone ?? '',
    text_sms_text: r.text_sms ?? '',
    email: r.email ?? '',
    web: r.web_or_chat ?? '',
    languages: r.languages ?? '',
    hours: r.hours ?? '',
    operator: r.operator ?? '',
    notes: r.notes ?? '',
    source: { dataset: 'hotlines', record: `row ${i + 1}`, as_of: null },
    source_url: r.source_url ?? '',
  }));
}

// Facts as the TIP Office home page (data/seed/tip-office-homepage.txt, early 2016) states them.
export const SEED = { dataset: 'tip_office_homepage_2016', as_of: null };
export const seedGrants: Grant[] = [
  {
    id: 'tip-office-2016:lpn-thailand-fishing',
    title: 'Support to migrants and trafficking victims in the Thai fishing industry',
    recipient: 'Labor Rights Promotion Network (LPN)',
    amount: 600_000,
    currency: 'USD',
    fiscal_year: null,
    countries: ['THA'],
    four_ps: ['protection', 'prosecution', 'prevention'],
    sex_trafficking: null,
    labour_trafficking: true,
    description:
      'Direct assistance to trafficking victims in the fishing industry (shelter, legal aid, witness protection), training, and support to law enforcement investigations and prosecutions.',
    source: { ...SEED, record: 'LPN grant' },
    url: null,
  },
  {
    id: 'tip-office-2016:cpc-ghana',
    title: 'Foreign assistance for the Child Protection Compact Partnership with Ghana',
    recipient: 'International Organization for Migration; Free the Slaves',
    amount: 5_000_000,
    currency: 'USD',
    fiscal_year: null,
    countries: ['GHA'],
    four_ps: [],
    sex_trafficking: true,
    labour_trafficking: true,
    description:
      'Activities in support of the CPC Partnership against child sex trafficking and forced child labor.',
    source: { ...SEED, record: 'CPC Foreign Assistance' },
    url: null,
  },
];
export const seedReports: ResearchReport[] = [
  {
    id: 'tip-office-2016:icmpd-syria',
    title: 'Impact of the Syrian war and refugee situation on trafficking in persons',
    publishers: ['International Centre for Migration Policy Development (ICMPD)'],
    funder: 'Office to Monitor and Combat Trafficking in Persons',
    date: '2015-12-09',
    countries: ['SYR', 'TUR', 'LBN', 'JOR', 'IRQ'],
    sectors: [],
    topics: ['refugees'],
    url: null,
    summary:
      'Analyses conditions in Syria, Turkey, Lebanon, Jordan and Iraq and identifies forms of trafficking.',
    source: { ...SEED, record: 'ICMPD study' },
  },
  {
    id: 'tip-office-2016:iom-lshtm-health',
    title: 'Health risks and consequences of migrant and trafficked workers',
    publishers: ['International Organization for Migration', 'London School of Hygiene & Tropical Medicine'],
    funder: 'Office to Monitor and Combat Trafficking in Persons',
    date: null,
    countries: ['KAZ', 'ARG', 'PER'],
    sectors: ['construction', 'textile', 'illegal mining'],
    topics: ['health'],
    url: null,
    summary: 'Compares migrant workers and trafficking victims in construction, textile and illegal mining.',
    source: { ...SEED, record: 'IOM/LSHTM report' },
  },
];
export const seedPartnership: Partnership = {
  id: 'tip-office-2016:cpc-ghana-partnership',
  name: 'Child Protection Compact Partnership (Ghana)',
  partners: ['Government of Ghana', 'Government of the United States'],
  countries: ['GHA'],
  date: '2015-06-23',
  description: 'A multi-year plan against child sex trafficking and forced child labor within Ghana.',
  url: null,
  source: { ...SEED, record: 'CPC Partnership' },
};
export const seedNews: NewsItem[] = [
  {
    id: 'tip-office-2016:rethink-supply-chains-finalists',
    title: 'Partnership for Freedom names five finalists of the Rethink Supply Chains challenge',
    date: '2016-02-01',
    body: 'Finalists proposed technical solutions to identify and address labor trafficking in global supply chains.',
    countries: [],
    url: 'https://www.partnershipforfreedom.org/rethinksupplychains/#finalists-current',
    source: { ...SEED, record: 'Rethink Supply Chains' },
  },
  {
    id: 'tip-office-2016:kerry-jan-5',
    title: 'Secretary Kerry on identifying victims of modern slavery',
    date: null,
    body: 'More than 20 million people are estimated to be enslaved; perhaps 1 percent are identified each year.',
    countries: [],
    url: null,
    source: { ...SEED, record: 'Secretary Kerry (Jan. 5)' },
  },
];
