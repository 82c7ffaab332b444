/**
 * Reads where a goods description says the goods, or what they are made of, come from: `COTTON YARN
 * ORIGIN: XINJIANG CHINA`, `MENS T-SHIRTS 100% XINJIANG COTTON`, `TOMATO PASTE (XUAR RAW MATERIAL)`,
 * `新疆番茄酱`, `SPUN FROM TURKMENISTAN COTTON`, and in German, French, Spanish, Portuguese, Italian and
 * Turkish (`Baumwolle aus Xinjiang`, `Coton du Xinjiang`, `Algodón origen Xinjiang`, `Cotone dello Xinjiang`,
 * `Türkmenistan menşeli pamuk`). A
 * place counts only where the words around it make it the origin: an origin word before it (`origin`,
 * `from`, `made in`, `product of`, `aus`, `Herkunft`, `hecho en`, `proveniente dallo`) or after it
 * (`origin`, `raw material`, `grown`), a good right after it (`Xinjiang cotton`, `Xinjiang long staple
 * cotton`, `Xinjiang-Baumwolle`; in Chinese script any word after it: `新疆棉`), a good right before `of`,
 * `de`, `du`, `dello` … and it (`coton du Xinjiang`, not `rue du Xinjiang`), or a good right before it when
 * it stands alone in brackets (`Cotton (XUAR)`) or before words of the good's kind after a comma (`COTTON,
 * XINJIANG LONG STAPLE`). It does not count when denied (`not of Xinjiang origin`, `no Xinjiang cotton`,
 * `Xinjiang-free`, `keine Xinjiang-Baumwolle`, `sans coton du Xinjiang`, `非新疆棉`, `Türkmen pamuğu değil`),
 * when it is a destination (`to`, `for`, `nach`, `vers le`, `para`, `per lo`, `运往`, `Türkmenistan'a`), a
 * street (`Xinjiang Road`, `Xinjiang-Straße`, `calle Xinjiang`, `新疆路`) or a style (`Xinjiang style`,
 * `Xinjiang-Stil`, `新疆风味`).
 * The words of each language are in `origin-words.ts`.
 *
 * @example
 * const read = createOriginReader(['Cotton', 'Tomato Products']);
 * read('COTTON YARN ORIGIN: XINJIANG CHINA', { names: ['Xinjiang'], han: ['新疆'] }); // 'ORIGIN: XINJIANG'
 * read('NO XINJIANG COTTON', { names: ['Xinjiang'], han: ['新疆'] }); // null
 */

import {
  ABLATIVE,
  ARTICLE,
  CASE_APOSTROPHE,
  COUNTRY_WORDS,
  DATIVE,
  DENIAL_AFTER,
  DENIAL_BEFORE,
  DENIAL_RIGHT_BEFORE,
  DESTINATION,
  DESTINATION_AFTER,
  FREE,
  FROM,
  FROM_OF,
  GOODS,
  IN,
  KIND,
  MADE_IN,
  NAMED_BEFORE,
  NON,
  NOT,
  NOT_AFTER,
  OF,
  ORIGIN_AFTER,
  ORIGIN_BEFORE,
  ORIGIN_NOUN,
  PRODUCT_OF,
  REGION,
  STREET,
  STREET_SIDE,
  STYLE,
} from './origin-words.js';

/** A place's names as a description may write them. */
export interface OriginPlace {
  /** Latin-script names (`Xinjiang`, `Xinjiang Uyghur Autonomous Region`, `Turkmenistan`). */
  names: readonly string[];
  /** Chinese-script names (`新疆`, `新疆维吾尔自治区`). */
  han: readonly string[];
  /**
   * True when the names are adjectives that may follow the good they describe, as in French, Spanish,
   * Portuguese and Italian (`coton turkmène`, `algodón turcomano`): a good right before one names it as the
   * good's origin.
   */
  follows?: boolean;
  /**
   * True when the names count only after an explicit origin word (`MANUFACTURED IN URUMQI`, `ORIGIN:
   * TURPAN`, `产地：阿克苏`), and `from`, `aus` or `desde` only right after a good (`COTTON FROM SHIHEZI`):
   * a city's name is also where goods pass or are shipped from, or a print (`TRANSIT VIA URUMQI`, `PRINTED
   * KASHGAR OLD TOWN`).
   */
  cue?: boolean;
}

/** Returns the words of a description that name the place as the goods' origin, or null. */
export type OriginReader = (description: string, place: OriginPlace) => string | null;

/** Parts of a description that are read apart: an origin word in one does not place a name in another. */
const CLAUSE = /[,;()[\]{}|，；（）。、]|\.(?!\d)/gu;
/** Brackets that open a part of a description read with the good right before them (`Cotton (XUAR)`). */
const OPEN = /^[([{（]$/u;
const WORD = /[\p{L}\p{N}]+/gu;
const HAN = /\p{Script=Han}/u;

/** Chinese-script words right before a place that deny it (`非新疆棉`, `不含新疆`, `无新疆`, `除新疆外`). */
const HAN_DENIAL = /(?:非|不含|不使用|不用|未使用|未含|无|無|没有|沒有|不是|除|禁用|禁止|拒绝|拒絕)\s*$/u;
/**
 * Chinese-script words right before a place that make it a destination (`运往新疆`, `发至新疆`, `到新疆`, and
 * `出口土库曼斯坦棉纱`, cotton yarn exported to Turkmenistan).
 */
const HAN_DESTINATION = /(?:[往至到]|出口)\s*$/u;
/** Chinese-script words right before a place that name it as the origin (`产地：新疆`, `来自新疆`). */
const HAN_ORIGIN = /(?:产地|產地|原产|原產|来自|來自|产自|產自|产于|產於|源自|原料)\s*[:：]?\s*$/u;
/** Chinese-script words right after a place: a street, a style or flavour, a cuisine, "outside". */
const HAN_NOT_ORIGIN =
  /^(?:[中北南东西東]?路|大?街|大?道|巷|风味|風味|风格|風格|式|菜|餐|口味|以外|之外|除外|地图|地圖|旅游|旅遊)/u;

interface Token {
  /** Folded: lower case, without accents. */
  word: string;
  /** Lower case as written (`für`, which folds to the good `fur`). */
  lower: string;
  /** Where the word is in the description. */
  start: number;
  end: number;
}

/** A part of a description between two of `CLAUSE`, with the mark before it (`(`, `,`, or `''` first). */
interface Clause {
  tokens: Token[];
  open: string;
}

/**
 * Lower case without accents (`XĪNJIĀNG` → `xinjiang`), as descriptions and place names are compared; Turkish
 * dotless `ı` as `i`, so that `menşeı`, `MENŞEİ` and `MENSEI` are one word.
 */
export function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replaceAll('ı', 'i');
}

/** The parts of a description between the marks of `CLAUSE`, with their words folded. */
function clausesOf(description: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let open = '';
  const add = (end: number) => {
    const tokens: Token[] = [];
    for (const m of description.slice(start, end).matchAll(WORD)) {
      const at = start + m.index;
      tokens.push({ word: fold(m[0]), lower: m[0].toLowerCase(), start: at, end: at + m[0].length });
    }
    clauses.push({ tokens, open });
  };
  for (const m of description.matchAll(CLAUSE)) {
    add(m.index);
    open = m[0];
    start = m.index + m[0].length;
  }
  add(description.length);
  return clauses;
}

/** The text between token `k - 1` and token `k` of a clause ('' when `k` is past its end). */
function between(description: string, tokens: Token[], k: number): string {
  const token = tokens[k];
  return token === undefined ? '' : description.slice(tokens[k - 1]!.end, token.start);
}

/** The end of a bracketed part whose last word ends at `end`: after its closing bracket when one follows. */
function closeAt(description: string, end: number): number {
  const m = /^\s*[)\]}）]/u.exec(description.slice(end));
  return m === null ? end : end + m[0].length;
}

/**
 * Builds a reader over the names of goods (ILAB good names: `Cotton`, `Tomato Products`, `Thread/Yarn`),
 * with the main goods' words in other languages (`GOODS`: `Baumwolle`, `coton`, `algodón` …): a good named
 * right after a place makes the place its origin, and so does one right before `de`, `du`, `dello` … and
 * the place.
 */
export function createOriginReader(goodNames: readonly string[]): OriginReader {
  const goods: string[][] = [];
  for (const name of goodNames) {
    for (const part of name.replace(/\(.*?\)/g, '').split('/')) {
      const words = fold(part).match(WORD);
      if (words === null || words.join('').length < 3) continue;
      goods.push(words);
      const last = words[words.length - 1]!;
      // The singular too: `Tomatoes` → `tomato`, `Garments` → `garment`.
      const singular = last.endsWith('oes') ? last.slice(0, -2) : last.endsWith('s') ? last.slice(0, -1) : '';
      if (singular.length >= 3) goods.push([...words.slice(0, -1), singular]);
    }
  }
  for (const word of GOODS) goods.push([word]);

  const startsAt = (tokens: Token[], at: number, words: readonly string[]): boolean =>
    words.every((w, k) => tokens[at + k]?.word === w);

  /** The end (exclusive) of a good starting at `at`, or -1. */
  function goodAt(tokens: Token[], at: number): number {
    let end = -1;
    for (const g of goods) if (startsAt(tokens, at, g) && at + g.length > end) end = at + g.length;
    return end;
  }

  /** Where the first good in `tokens` starts, or -1. */
  function firstGood(tokens: Token[]): number {
    for (let k = 0; k < tokens.length; k++) if (goodAt(tokens, k) !== -1) return k;
    return -1;
  }

  /** The start of the longest good that ends (exclusive) at `end`, or -1. */
  function goodEndingAt(tokens: Token[], end: number): number {
    for (let k = Math.max(0, end - 4); k < end; k++) if (goodAt(tokens, k) === end) return k;
    return -1;
  }

  /** True when a word in the first few of `tokens` from `from` denies what is before it (`Xinjiang-frei`). */
  function deniedAfter(tokens: Token[], from: number): boolean {
    for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
      const word = tokens[k]!.word;
      if (DENIAL_AFTER.has(word) || (NOT.has(word) && NOT_AFTER.has(tokens[k + 1]?.word ?? ''))) return true;
    }
    return false;
  }

  /** True when a word in `tokens[from..to)` denies what follows it (`not of`, `keine`, `sans`, `free of`). */
  function deniedBefore(tokens: Token[], from: number, to: number): boolean {
    for (let k = Math.max(0, from); k < to; k++) {
      const word = tokens[k]!.word;
      const next = tokens[k + 1]?.word ?? '';
      if (word === NON && (ORIGIN_BEFORE.has(next) || FROM_OF.has(next) || MADE_IN.has(next))) return true;
      if (FREE.has(word) && OF.has(next)) return true;
      if (!DENIAL_BEFORE.has(word)) continue;
      // `no` before a number is an item number (`NO. 5`); after a verb it is Portuguese `in the`
      // (`produzido no Xinjiang`); `free` denies only before `of` or `from`.
      if (word === 'no' && (/^\d/.test(next) || MADE_IN.has(tokens[k - 1]?.word ?? ''))) continue;
      if (word === 'free') continue;
      return true;
    }
    return false;
  }

  /**
   * Where the words before a place (at `s`) begin, past an article and a word for a region (`from the
   * Xinjiang`, `aus der Region Xinjiang`, `de la région du Xinjiang`).
   */
  function wordsBefore(tokens: Token[], s: number): number {
    let b = s;
    const at = (k: number) => tokens[k]?.word ?? '';
    // The country before the place (`ORIGIN: CHINA/XINJIANG`, `ORIGIN CHINA - XINJIANG`).
    if (COUNTRY_WORDS.has(at(b - 1))) b--;
    if (ARTICLE.has(at(b - 1))) b--;
    if (OF.has(at(b - 1)) && REGION.has(at(b - 2))) b -= 2;
    else if (REGION.has(at(b - 1))) b--;
    if (b < s && ARTICLE.has(at(b - 1))) b--;
    return b;
  }

  /** The words of a description that name the place (tokens `s`..`e` of a clause) as the origin, or null. */
  function originAt(
    description: string,
    tokens: Token[],
    s: number,
    e: number,
    follows: boolean,
    cue = false,
  ): string | null {
    const span = (from: number, to: number) => description.slice(tokens[from]!.start, tokens[to - 1]!.end);
    if (deniedBefore(tokens, s - 4, s)) return null;
    if (deniedAfter(tokens, e)) return null;
    const next = tokens[e]?.word ?? '';
    if (STREET.has(next) || (STREET_SIDE.has(next) && STREET.has(tokens[e + 1]?.word ?? ''))) return null;
    if (STYLE.has(next)) return null;
    // A Turkish case ending after the place and an apostrophe: the dative makes it where the goods go
    // (`Türkmenistan'a pamuk ipliği`), as `için` (for) does; the ablative names it as the origin, as `from`
    // does (`Türkmenistan'dan pamuk`), but not for a place that needs an explicit origin word.
    const ending = CASE_APOSTROPHE.test(between(description, tokens, e)) ? next : '';
    if (DATIVE.has(ending) || DESTINATION_AFTER.has(next)) return null;
    if (ABLATIVE.has(ending) && !cue) return span(s, e + 1);
    const before = wordsBefore(tokens, s);
    const prevToken = tokens[before - 1];
    const prev = prevToken?.word ?? '';
    const prev2 = tokens[before - 2]?.word ?? '';
    if (DESTINATION.has(prev) || DESTINATION.has(prevToken?.lower ?? '')) return null;
    if (DENIAL_RIGHT_BEFORE.has(prev)) return null;
    if (NAMED_BEFORE.has(prev) || (OF.has(prev) && NAMED_BEFORE.has(prev2))) return null;
    if (ORIGIN_BEFORE.has(prev)) {
      if (!cue || !FROM.has(prev)) return span(before - 1, e);
      const good = goodEndingAt(tokens, before - 1);
      if (good !== -1) return span(good, e);
    }
    if ((IN.has(prev) && MADE_IN.has(prev2)) || (prev === 'of' && PRODUCT_OF.has(prev2))) {
      return span(before - 2, e);
    }
    if (OF.has(prev) && FROM_OF.has(prev2)) return span(before - 2, e);
    // An origin noun, `of` and a good before the place (`ORIGIN OF COTTON: XINJIANG`, `ORIGEN DEL
    // ALGODON: XINJIANG`, `Herkunft der Baumwolle: Xinjiang`).
    const good = goodEndingAt(tokens, before);
    const link = tokens[good - 1]?.word ?? '';
    if (
      good > 1 &&
      (OF.has(link) || ARTICLE.has(link)) &&
      ORIGIN_NOUN.has(tokens[good - 2]!.word) &&
      !deniedBefore(tokens, good - 6, good - 2)
    ) {
      return span(good - 2, e);
    }
    if (cue) return null;
    // A good right before `de`, `du`, `dello`, `von` … (`coton du Xinjiang`, `algodón de Xinjiang`), or
    // with one word that describes it between (`coton peigné du Xinjiang`). English `of` is left to the
    // words after the place (`YARN OF TURKMEN ORIGIN` reads `TURKMEN ORIGIN`).
    if (OF.has(prev) && prev !== 'of' && prev !== 'from') {
      const good = goodEndingAt(tokens, before - 1);
      if (good !== -1) return span(good, e);
      const word = tokens[before - 2];
      const described = word !== undefined && /^\p{L}+$/u.test(word.word) && !OF.has(word.word);
      const further = described ? goodEndingAt(tokens, before - 2) : -1;
      if (further !== -1) return span(further, e);
    }
    let after = e;
    if (COUNTRY_WORDS.has(tokens[after]?.word ?? '')) after++;
    if (ORIGIN_AFTER.has(tokens[after]?.word ?? '')) {
      const word = tokens[after]!.word;
      // `raw material(s)` as a whole; `raw` alone is no origin word.
      if (word !== 'raw') return span(s, after + 1);
      if (/^materials?$/.test(tokens[after + 1]?.word ?? '')) return span(s, after + 2);
    }
    // An adjective right after a good (`coton turkmène`, `filato di cotone turkmeno`).
    if (follows) {
      const good = goodEndingAt(tokens, s);
      if (good !== -1) return span(good, e);
    }
    // A good right after the place, or after up to two words (`Xinjiang long staple cotton`).
    for (let k = e; k < Math.min(tokens.length, e + 3); k++) {
      if (STYLE.has(tokens[k]!.word)) return null;
      const end = goodAt(tokens, k);
      if (end !== -1) return span(s, end);
    }
    return null;
  }

  /**
   * The words that name the place (the first words of a clause, `0`..`e`, maybe with the country after
   * them) as the origin of a good that ends the clause before: alone in brackets right after it (`Cotton
   * (XUAR)`, `Baumwolle (XUAR)`, `Tomato paste (XUAR)`, `Cotton T-shirts (Xinjiang)`) or alone after a comma
   * at the end (`Tomato paste 28-30 brix, Xinjiang`), or after a comma and before words of the good's kind
   * (`COTTON, XINJIANG LONG STAPLE`). The good may stand anywhere in the part before (`Cotton T-shirts`,
   * `COUNTRY OF ORIGIN OF COTTON: CHINA (XINJIANG)`), or before a part that ends with the country (`Tomato
   * paste, product of China (Xinjiang)`); a place after words that name no good (`Spinnerei (XUAR)`) is
   * not read.
   */
  function originAfterGood(
    description: string,
    clause: Clause,
    previous: Clause | undefined,
    following: Clause | undefined,
    e: number,
    earlier?: Clause,
  ): string | null {
    const { tokens } = clause;
    if (previous === undefined || previous.tokens.length === 0) return null;
    if (deniedAfter(tokens, e) || (following !== undefined && deniedAfter(following.tokens, 0))) return null;
    let after = e;
    if (COUNTRY_WORDS.has(tokens[after]?.word ?? '')) after++;
    const bracketed = OPEN.test(clause.open) && after === tokens.length;
    const last =
      clause.open === ',' &&
      after === tokens.length &&
      (following === undefined || following.tokens.length === 0);
    const kind =
      clause.open === ',' && after < tokens.length && tokens.slice(after).every((t) => KIND.has(t.word));
    if (!bracketed && !last && !kind) return null;
    const end = kind ? tokens[tokens.length - 1]!.end : closeAt(description, tokens[e - 1]!.end);
    if (kind) {
      const good = goodEndingAt(previous.tokens, previous.tokens.length);
      if (good === -1 || deniedBefore(previous.tokens, 0, good)) return null;
      return description.slice(previous.tokens[good]!.start, end);
    }
    // The good in the part before, or in the part before that when the part before ends with the country
    // (`producto de China (Xinjiang)`).
    let before = previous;
    let good = firstGood(before.tokens);
    const country = COUNTRY_WORDS.has(previous.tokens[previous.tokens.length - 1]!.word);
    if (good === -1 && country && earlier !== undefined && earlier.tokens.length > 0) {
      before = earlier;
      good = firstGood(before.tokens);
    }
    // A denial anywhere before the place denies it (`Cotton yarn excluding (XUAR)`).
    if (good === -1 || deniedBefore(before.tokens, 0, before.tokens.length)) return null;
    if (before !== previous && deniedBefore(previous.tokens, 0, previous.tokens.length)) return null;
    // A destination before the place makes it where the goods go (`Cotton yarn, shipped to China (Xinjiang)`).
    if (previous.tokens.some((t) => DESTINATION.has(t.word) || DESTINATION.has(t.lower))) return null;
    return description.slice(before.tokens[good]!.start, end);
  }

  /**
   * The words that name the place (alone in brackets, tokens `0`..`e` of its clause) as the origin when the
   * country ends the part before the brackets and an origin word follows them (`China (Xinjiang) origin
   * cotton`, `Çin (Xinjiang) menşeli pamuk`); not when denied (`not China (Xinjiang) origin`) or a
   * destination (`to China (Xinjiang) origin …`).
   */
  function originAfterBracket(
    description: string,
    clause: Clause,
    previous: Clause | undefined,
    following: Clause | undefined,
    e: number,
  ): string | null {
    if (!OPEN.test(clause.open) || e !== clause.tokens.length) return null;
    if (previous === undefined || following === undefined || following.tokens.length === 0) return null;
    const country = previous.tokens.length - 1;
    if (country < 0 || !COUNTRY_WORDS.has(previous.tokens[country]!.word)) return null;
    // Only the closing bracket between the place and the origin word.
    const last = clause.tokens[e - 1]!;
    const first = following.tokens[0]!;
    if (!/^\s*[)\]}）]\s*$/u.test(description.slice(last.end, first.start))) return null;
    let end = 0;
    if (first.word === 'raw') {
      if (!/^materials?$/.test(following.tokens[1]?.word ?? '')) return null;
      end = 1;
    } else if (!ORIGIN_AFTER.has(first.word)) return null;
    if (deniedBefore(previous.tokens, country - 4, country) || deniedAfter(following.tokens, end + 1))
      return null;
    const before = previous.tokens[country - 1];
    if (before !== undefined && (DESTINATION.has(before.word) || DESTINATION.has(before.lower))) return null;
    return description.slice(previous.tokens[country]!.start, following.tokens[end]!.end);
  }

  function readLatin(description: string, names: string[][], follows: boolean, cue: boolean): string | null {
    const clauses = clausesOf(description);
    for (const [c, clause] of clauses.entries()) {
      const { tokens } = clause;
      for (let i = 0; i < tokens.length; i++) {
        let e = -1;
        for (const n of names) if (startsAt(tokens, i, n) && i + n.length > e) e = i + n.length;
        if (e === -1) continue;
        const read =
          originAt(description, tokens, i, e, follows, cue) ??
          (i === 0 ? originAfterBracket(description, clause, clauses[c - 1], clauses[c + 1], e) : null) ??
          (i === 0 && !cue
            ? originAfterGood(description, clause, clauses[c - 1], clauses[c + 1], e, clauses[c - 2])
            : null);
        if (read !== null) return read;
        i = e - 1;
      }
    }
    return null;
  }

  /** `names` are the place's Chinese names in the description, longest first. */
  function readHan(description: string, names: readonly string[], cueOnly: boolean): string | null {
    for (let i = 0; i < description.length; i++) {
      const name = names.find((n) => description.startsWith(n, i));
      if (name === undefined) continue;
      const end = i + name.length;
      const head = description.slice(0, i);
      const rest = description.slice(end);
      const start = i;
      i = end - 1;
      if (HAN_DENIAL.test(head) || HAN_DESTINATION.test(head) || HAN_NOT_ORIGIN.test(rest)) {
        continue;
      }
      const cue = HAN_ORIGIN.exec(head);
      const attributive = cueOnly ? undefined : /^\p{Script=Han}{1,8}/u.exec(rest)?.[0];
      if (cue === null && attributive === undefined) continue;
      return description.slice(cue?.index ?? start, end + (attributive?.length ?? 0)).trim();
    }
    return null;
  }

  // A place's names depend only on the place, and the screen asks about each place for many descriptions:
  // they are folded into words, and the Chinese ones sorted longest first (so `新疆维吾尔自治区` is read
  // whole), once per place.
  const prepared = new WeakMap<OriginPlace, { names: string[][]; han: string[] }>();
  function prepare(place: OriginPlace): { names: string[][]; han: string[] } {
    let ready = prepared.get(place);
    if (ready === undefined) {
      ready = {
        names: place.names.map((n) => fold(n).match(WORD) ?? []).filter((words) => words.length > 0),
        han: [...place.han].sort((a, b) => b.length - a.length),
      };
      prepared.set(place, ready);
    }
    return ready;
  }
  // The same description is asked about for several places in a row (Xinjiang, then a country by name and
  // by its people's name): its folded text is kept for the next call.
  let lastDescription = '';
  let lastFolded = '';

  return (description, place) => {
    if (description === '') return null;
    if (description !== lastDescription) {
      lastDescription = description;
      lastFolded = fold(description);
    }
    const folded = lastFolded;
    const ready = prepare(place);
    // Folded as the names are, so `ORIGIN: XĪNJIĀNG` is read as `ORIGIN: XINJIANG` is.
    const names = ready.names.filter((words) => folded.includes(words[0]!));
    const latin =
      names.length > 0 ? readLatin(description, names, place.follows === true, place.cue === true) : null;
    if (latin !== null) return latin;
    if (!HAN.test(description)) return null;
    const han = ready.han.filter((n) => description.includes(n));
    return han.length > 0 ? readHan(description, han, place.cue === true) : null;
  };
}
