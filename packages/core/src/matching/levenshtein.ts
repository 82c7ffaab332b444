// One reused row: the scorer calls this for every fuzzy token pair.
let row = new Uint32Array(64);

/** Levenshtein edit distance (insertions, deletions, substitutions) by UTF-16 code unit. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (la === 0) return lb;
  if (lb === 0) return la;
  if (row.length < lb + 1) row = new Uint32Array((lb + 1) * 2);
  for (let j = 0; j <= lb; j++) row[j] = j;
  for (let i = 1; i <= la; i++) {
    let diag = row[0]!;
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const up = row[j]!;
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(up + 1, row[j - 1]! + 1, diag + cost);
      diag = up;
    }
  }
  return row[lb]!;
}

/** 1 − distance / longer length: 1 for equal strings, 0 for nothing in common. */
export function levenshteinSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - levenshtein(a, b) / longer;
}
