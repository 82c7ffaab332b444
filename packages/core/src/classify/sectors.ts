/**
 * tipwatch's high-risk sector taxonomy, modelled on the 11 sectors of Verité's 2015 report for the
 * US State Department ("Strengthening Protections Against Trafficking in Persons in Federal and Corporate
 * Supply Chains"). The names are tipwatch's own labels.
 */
export const SECTORS = [
  'agriculture',
  'construction',
  'electronics',
  'extractives_metals',
  'fishing_aquaculture',
  'forestry',
  'healthcare',
  'hospitality',
  'housekeeping_facilities',
  'textiles_apparel',
  'transportation_warehousing',
] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Record<Sector, string> = {
  agriculture: 'Agriculture',
  construction: 'Construction',
  electronics: 'Electronics',
  extractives_metals: 'Extractives/mining and basic metal production',
  fishing_aquaculture: 'Fishing and aquaculture',
  forestry: 'Forestry',
  healthcare: 'Healthcare',
  hospitality: 'Hospitality',
  housekeeping_facilities: 'Housekeeping/facilities operation',
  textiles_apparel: 'Textiles and apparel',
  transportation_warehousing: 'Transportation and warehousing',
};
