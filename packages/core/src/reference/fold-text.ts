/**
 * Folds text for lookup: lower case, accents removed (Ü → u, ç → c), apostrophes dropped, every other run
 * of punctuation or space turned into one space. Letters of any script are kept, so Chinese and Arabic
 * names fold to themselves.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
