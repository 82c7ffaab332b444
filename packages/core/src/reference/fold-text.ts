/**
 * Folds text for lookup: lower case, accents removed (Ü → u, ç → c), apostrophes dropped, every other run
 * of punctuation or space turned into one space. Letters of any script are kept, so Chinese and Arabic
 * names fold to themselves.
 */
export function foldText(text: string): string {
  // Plain ASCII (most cells) skips Unicode normalisation, which is the slow part.
  if (!/[^\u0020-\u007e]/.test(text)) {
    return text
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
