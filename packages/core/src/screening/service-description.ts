import { fold } from './description-origin.js';

/**
 * Nouns of services that a description opens or closes with when it buys a service about goods rather than
 * the goods (`XINJIANG COTTON ISOTOPE TESTING`, `Prüfung Herkunft Xinjiang-Baumwolle (Isotopenanalyse)`,
 * `Freight of Turkmenistan cotton`), in English, German, French, Spanish, Portuguese and Italian, accents
 * folded. Only the first or the last word counts: a goods description may mention a service in passing
 * (`COTTON YARN, TEST REPORT ATTACHED, ORIGIN XINJIANG`, `… WITH CERTIFICATE OF ORIGIN`).
 */
const SERVICE_NOUNS = new Set([
  // English
  'testing',
  'analysis',
  'analyses',
  'inspection',
  'audit',
  'auditing',
  'certification',
  'verification',
  'consulting',
  'consultancy',
  'training',
  'research',
  'freight',
  'transport',
  'transportation',
  'trucking',
  'logistics',
  // German
  'prufung',
  'analyse',
  'untersuchung',
  'zertifizierung',
  'beratung',
  'fracht',
  // French
  'essai',
  'essais',
  'controle',
  'conseil',
  'transport',
  // Spanish
  'ensayo',
  'analisis',
  'inspeccion',
  'auditoria',
  'certificacion',
  'consultoria',
  'flete',
  'transporte',
  // Portuguese
  'ensaio',
  'analise',
  'inspecao',
  'certificacao',
  'frete',
  // Italian
  'analisi',
  'ispezione',
  'certificazione',
  'consulenza',
]);

/** German compounds close with the noun (`Isotopenanalyse`, `Herkunftsprüfung`). */
const COMPOUND_ENDS = ['analyse', 'prufung', 'untersuchung', 'zertifizierung', 'beratung'];

const WORD = /[\p{L}\p{N}]+/gu;

function isServiceNoun(word: string): boolean {
  if (SERVICE_NOUNS.has(word)) return true;
  return word.length > 8 && COMPOUND_ENDS.some((end) => word.endsWith(end));
}

/** Whether a description opens or closes with the noun of a service (testing, analysis, freight …). */
export function describesAService(description: string): boolean {
  const words = fold(description).replace(/ß/g, 'ss').match(WORD);
  if (words === null) return false;
  return isServiceNoun(words[0] as string) || isServiceNoun(words[words.length - 1] as string);
}
