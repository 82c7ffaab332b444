import { foldText } from '../reference/fold-text.js';

/**
 * The identity of a supplier within an organisation's screenings: its name folded (case, accents,
 * punctuation and spacing) and its resolved country (ISO alpha-3, or empty). `ACME Ltd.` in China and
 * `Acme  LTD` in China are one supplier; the same name in two countries is two.
 *
 * @example supplierIdentity('ACME  Ltd.', 'CHN') // 'acme ltd|CHN'
 */
export function supplierIdentity(name: string, country: string | null): string {
  return `${foldText(name)}|${country ?? ''}`;
}
