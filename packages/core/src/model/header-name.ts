/**
 * Normalises a header for comparison: case, accents, spaces and punctuation do not matter (`Région` is
 * `region`, `Razón Social` is `razonsocial`), but `%` and `#` carry meaning (`% Migrant Workers` is a share,
 * `Migrant Workers` a count) so they become words. Accents are dropped from Latin letters only: a mark on
 * other scripts (the dakuten of Japanese kana) makes another letter. Spend files and screening lists read
 * their headers through it alike.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/%/g, 'percent')
    .replace(/#/g, 'number')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
