import type { ClassifyInput } from './classification.js';

/**
 * Whether a row's codes say it buys a service. The rule is the one the FAR 52.222-50(h) test applies
 * (`screening/far-portion.ts`): a PSC that starts with a letter is a service (supplies start with a digit); a
 * row without a PSC or an HS code is a service when its NAICS code is in a services sector.
 */
export function isServiceCodes(row: Pick<ClassifyInput, 'psc' | 'hs_code' | 'naics'>): boolean {
  const psc = row.psc.trimStart();
  if (psc !== '') return isServicePsc(psc);
  return row.hs_code.trim() === '' && isServicesNaics(row.naics);
}

/** Whether a PSC is of services: it starts with a letter (supplies start with a digit). */
export function isServicePsc(psc: string): boolean {
  const first = psc.charCodeAt(0);
  return (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
}

/**
 * The NAICS 2022 sectors of services: 22 Utilities, 23 Construction, 48-49 Transportation and Warehousing,
 * and 51 Information to 81 Other Services (except Public Administration). Manufacturing (31-33), trade
 * (42, 44-45) and farming and mining (11, 21) sell goods; 92 is government itself.
 */
export function isServicesNaics(naics: string): boolean {
  const digits = /^\s*(\d{2})/.exec(naics)?.[1];
  if (digits === undefined) return false;
  const sector = Number(digits);
  return sector === 22 || sector === 23 || sector === 48 || sector === 49 || (sector >= 51 && sector <= 81);
}

/**
 * Whether a NAICS code is in NAICS 2022 sector 31-33 Manufacturing, whose establishments make goods: a row
 * without a PSC or an HS code that gives one buys supplies (printed circuit assemblies, NAICS 334418). Other
 * sectors that sell goods are not taken: farming and mining (11, 21) have subsectors of support services
 * (115, 213), and trade (42, 44-45) is not used for federal purchases of supplies.
 */
export function isManufacturingNaics(naics: string): boolean {
  const digits = /^\s*(\d{2})/.exec(naics)?.[1];
  return digits === '31' || digits === '32' || digits === '33';
}

/**
 * Whether a row's codes say it buys construction work: a PSC of construction of structures and facilities
 * (`Y…`) or of maintenance, repair and alteration of real property (`Z…`), or, without a PSC or an HS code, a
 * NAICS code of sector 23 Construction (the codes `codes.csv` maps to the construction sector as services).
 * A construction contractor supplies the materials it builds with, as no other service does.
 */
export function isConstructionCodes(row: Pick<ClassifyInput, 'psc' | 'hs_code' | 'naics'>): boolean {
  const psc = row.psc.trimStart();
  if (psc !== '') return /^[YZyz]/.test(psc);
  return row.hs_code.trim() === '' && /^\s*23/.test(row.naics);
}
