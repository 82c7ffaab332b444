import { fold } from './description-origin.js';

/**
 * Nouns of services that a description opens or closes with when it buys a service about goods rather than
 * the goods (`XINJIANG COTTON ISOTOPE TESTING`, `Prüfung Herkunft Xinjiang-Baumwolle (Isotopenanalyse)`,
 * `Freight of Turkmenistan cotton`), in English, German, French, Spanish, Portuguese and Italian, accents
 * folded. Only the first or the last word counts: a goods description may mention a service in passing
 * (`COTTON YARN, TEST REPORT ATTACHED, ORIGIN XINJIANG`, `… WITH CERTIFICATE OF ORIGIN`).
 */
const ENGLISH_SERVICE_NOUNS = [
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
  // German `Analyse` is the British spelling too.
  'analyse',
];

/**
 * The same services in the languages that put a phrase's head first (see `FIRST_HEADS`), words English
 * shares (`transport`, `analyse`) left to the list above.
 */
const OTHER_SERVICE_NOUNS = [
  // German
  'prufung',
  'untersuchung',
  'zertifizierung',
  'beratung',
  'fracht',
  // French
  'essai',
  'essais',
  'controle',
  'conseil',
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
];

const SERVICE_NOUNS = new Set([...ENGLISH_SERVICE_NOUNS, ...OTHER_SERVICE_NOUNS]);

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

/**
 * English nouns of services done on goods, beside those above (`GARMENT REPAIR`, `Laundry services`,
 * `MAINTENANCE OF UNIFORMS`). They count only as the head of the description's first phrase (see
 * {@link namesAService}): as its first word they are often a modifier (`LAUNDRY BAG`, `CLEANING CLOTH`,
 * `REPAIR KIT`, `SERVICE UNIFORM`).
 */
const GOODS_SERVICE_NOUNS = [
  'service',
  'servicing',
  'repair',
  'laundry',
  'laundering',
  'cleaning',
  'washing',
  'alteration',
  'maintenance',
  'storage',
  'warehousing',
  'rental',
  'disposal',
];

/** The same services in Spanish, Portuguese, French, Italian and German: heads that come first. */
const GOODS_SERVICE_NOUNS_FIRST = [
  'servicio',
  'servico',
  'servizio',
  'servizi',
  'reparacion',
  'reparo',
  'reparation',
  'riparazione',
  'reparatur',
  'lavanderia',
  'blanchisserie',
  'limpieza',
  'limpeza',
  'nettoyage',
  'pulizia',
  'reinigung',
  'mantenimiento',
  'manutencao',
  'entretien',
  'manutenzione',
  'wartung',
];

const HEADS = new Set([...SERVICE_NOUNS, ...GOODS_SERVICE_NOUNS, ...GOODS_SERVICE_NOUNS_FIRST]);
/**
 * Nouns that head a phrase from its first word: those of the languages that put the head first (`Análisis de
 * origen`, `Prüfung Herkunft Baumwolle`); English nouns are left out, as English puts modifiers first
 * (`TRAINING SHOES`, `TRANSPORT TROLLEY`, `TESTING KIT` buy goods).
 */
const FIRST_HEADS = new Set([...GOODS_SERVICE_NOUNS_FIRST, ...OTHER_SERVICE_NOUNS]);

/** Words after which a description says what its head is of or for (`REPAIR OF GARMENTS`). */
const LINKS = new Set([
  'of',
  'for',
  'on',
  'to',
  'from',
  'with',
  'de',
  'del',
  'des',
  'du',
  'da',
  'do',
  'das',
  'dos',
  'di',
  'della',
  'delle',
  'dei',
  'per',
  'para',
  'pour',
  'con',
  'avec',
  'von',
  'vom',
  'der',
  'aus',
  'fur',
  'mit',
]);
/** Words that join two heads (`LAUNDRY AND DRY CLEANING`): each has to be a service. */
const JOINS = new Set(['and', '&', 'y', 'e', 'et', 'und']);
/** Marks that end a description's first phrase (`LAUNDRY SERVICE, COTTON UNIFORMS`; `TOWEL, BATH, OLIVE`). */
const FIRST_PHRASE = /^[^,;:()[\]{}|/\r\n\t]*/;

function isHead(word: string, heads: ReadonlySet<string>): boolean {
  if (heads.has(word)) return true;
  if (word.length > 4 && word.endsWith('s') && heads.has(word.slice(0, -1))) return true;
  // German compounds close with their head (`Herkunftsprüfung`), wherever the compound stands.
  return word.length > 8 && COMPOUND_ENDS.some((end) => word.endsWith(end));
}

/**
 * Whether a description names a service rather than goods, by the head of its first phrase: the last word
 * before `of`, `for`, `de` … (`REPAIR OF GARMENTS`, `Laundry services`, `XINJIANG COTTON ISOTOPE TESTING`,
 * `Transporte de algodón`), or its first word in a language that puts the head first (`Prüfung Herkunft
 * Baumwolle`). Joined heads all have to be services (`LAUNDRY AND DRY CLEANING`; not `UNIFORMS AND LAUNDRY`).
 * Stricter than {@link describesAService}: a goods description whose first word names a service
 * (`TRAINING SHOES`, `CLEANING CLOTH`, `LAUNDRY BAG`) is read as goods.
 */
export function namesAService(description: string): boolean {
  const phrase = FIRST_PHRASE.exec(description)?.[0] ?? '';
  const words = fold(phrase)
    .replace(/ß/g, 'ss')
    .match(/[\p{L}\p{N}&]+/gu);
  if (words === null) return false;
  const link = words.findIndex((word) => LINKS.has(word));
  const head = link < 0 ? words : words.slice(0, link);
  if (head.length === 0) return false;
  if (isHead(head[0] as string, FIRST_HEADS)) return true;
  let end = head.length;
  for (let i = head.length - 1; i >= -1; i--) {
    if (i >= 0 && !JOINS.has(head[i] as string)) continue;
    if (i + 1 >= end || !isHead(head[end - 1] as string, HEADS)) return false;
    end = i;
  }
  return true;
}
