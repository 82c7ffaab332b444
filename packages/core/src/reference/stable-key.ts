import { foldText } from './fold-text.js';

/**
 * A stable key for a list row, derived from the row's own text only: a slug of the folded name (at most
 * 40 characters) and an 8-hex-digit FNV-1a hash of the whole folded text, so two rows whose names share
 * a prefix still differ and adding or reordering other rows never changes a key.
 */
export function stableKey(name: string, text: string = name): string {
  const slug = foldText(name)
    .replace(/[^a-z0-9 ]/g, '')
    .trim()
    .replace(/ +/g, '-')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${slug || 'entry'}-${fnv1a(foldText(text))}`;
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
