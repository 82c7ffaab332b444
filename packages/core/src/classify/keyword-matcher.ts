/**
 * Phrase matching for free-text descriptions: whole words, case-insensitive, accents ignored, simple
 * plurals folded. Rules are compiled once into a token trie, so a text is matched in one pass over its
 * tokens whatever the number of rules (no regular expression per rule).
 */

const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/**
 * Letters that Unicode does not decompose into a letter and an accent, written out as their letters
 * (`Fußbekleidung` = `Fussbekleidung`, `bœuf` = `boeuf`, Turkish dotless `hazır` = `HAZIR` = `hazir`): else
 * they would split the word in two.
 */
const LIGATURES = /[ßœæı]/g;
const LIGATURE_LETTERS: Record<string, string> = { ß: 'ss', œ: 'oe', æ: 'ae', ı: 'i' };
const NON_WORD = /[^a-z0-9]+/;
/**
 * Marks between a text's parts (`Bricks, red, 230 mm`; `Shrimp (pink)`): a phrase does not run across them,
 * so `brick red` (a colour) is not read in `Bricks, red`. Hyphens, slashes and spaces join words.
 */
const PART_BREAK = /[,;:()[\]{}|\r\n\t]/;

/**
 * Tokens that stand for the start and the end of a text's part: a pattern written `^cmt$` matches only a
 * part that is that phrase alone, `uniforms$` only at a part's end. A text's tokens never hold these marks.
 */
const START = '^';
const END = '$';

/**
 * Folds a simple English plural to its singular so `gloves` matches `glove`. The same fold is applied to
 * patterns and text, so an irregular form only has to be listed as a pattern of its own (`tomatoes`).
 */
export function foldPlural(token: string): string {
  const n = token.length;
  if (n <= 3 || token.charCodeAt(n - 1) !== 115 /* s */) return token;
  if (token.endsWith('ies') && n > 4) return `${token.slice(0, -3)}y`;
  if (
    token.endsWith('sses') ||
    token.endsWith('shes') ||
    token.endsWith('ches') ||
    token.endsWith('xes') ||
    token.endsWith('zes')
  ) {
    return token.slice(0, -2);
  }
  if (token.endsWith('ss') || token.endsWith('us') || token.endsWith('is')) return token;
  return token.slice(0, -1);
}

/**
 * Lower-cases, strips accents (spelling out ß, œ and æ, reading ı as i), splits on anything that is not a letter or digit
 * and folds plurals.
 */
export function tokenize(text: string): string[] {
  let lower = text.toLowerCase();
  if (NON_ASCII.test(lower)) {
    lower = lower
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .replace(LIGATURES, (c) => LIGATURE_LETTERS[c] ?? c);
  }
  const parts = lower.split(NON_WORD);
  const tokens: string[] = [];
  for (const part of parts) {
    if (part.length > 0) tokens.push(foldPlural(part));
  }
  return tokens;
}

interface TrieNode<T> {
  children: Map<string, TrieNode<T>> | null;
  payload: T | undefined;
}

/**
 * Leftmost-longest phrase matcher. At each token the longest pattern starting there wins and its tokens
 * are consumed, which lets a longer rule (`gold star`, `carpet cleaning`) override a shorter one.
 */
export class KeywordMatcher<T> {
  private readonly root = new Map<string, TrieNode<T>>();
  private readonly patterns: string[] = [];
  /** True once a pattern is anchored (`^…`, `…$`): only then do texts get the start and end marks. */
  private anchored = false;

  /**
   * Adds a pattern; `merge` combines payloads when two patterns fold to the same tokens. A leading `^` or
   * trailing `$` anchors the pattern at the start or end of a text's part (see {@link START}).
   */
  add(pattern: string, payload: T, merge: (existing: T, added: T) => T): boolean {
    const trimmed = pattern.trim();
    const tokens = tokenize(trimmed);
    if (tokens.length === 0) return false;
    if (trimmed.startsWith(START)) {
      tokens.unshift(START);
      this.anchored = true;
    }
    if (trimmed.endsWith(END)) {
      tokens.push(END);
      this.anchored = true;
    }
    let level = this.root;
    let node: TrieNode<T> | undefined;
    for (const token of tokens) {
      node = level.get(token);
      if (!node) {
        node = { children: null, payload: undefined };
        level.set(token, node);
      }
      if (!node.children) node.children = new Map();
      level = node.children;
    }
    if (!node) return false;
    node.payload = node.payload === undefined ? payload : merge(node.payload, payload);
    this.patterns.push(pattern);
    return true;
  }

  get size(): number {
    return this.patterns.length;
  }

  /** The payloads of every phrase found in `text`, left to right, without overlaps or crossing a comma. */
  match(text: string): T[] {
    const out: T[] = [];
    if (text.length === 0) return out;
    if (!PART_BREAK.test(text)) {
      this.matchTokens(this.tokensOf(text), out);
      return out;
    }
    for (const part of text.split(PART_BREAK)) this.matchTokens(this.tokensOf(part), out);
    return out;
  }

  private tokensOf(part: string): string[] {
    const tokens = tokenize(part);
    if (this.anchored && tokens.length > 0) {
      tokens.unshift(START);
      tokens.push(END);
    }
    return tokens;
  }

  private matchTokens(tokens: string[], out: T[]): void {
    let i = 0;
    while (i < tokens.length) {
      let level: Map<string, TrieNode<T>> | null = this.root;
      let best: T | undefined;
      let bestEnd = -1;
      for (let j = i; j < tokens.length && level; j++) {
        const node: TrieNode<T> | undefined = level.get(tokens[j] as string);
        if (!node) break;
        if (node.payload !== undefined) {
          best = node.payload;
          bestEnd = j;
        }
        level = node.children;
      }
      if (best !== undefined) {
        out.push(best);
        i = bestEnd + 1;
      } else {
        i++;
      }
    }
  }
}
