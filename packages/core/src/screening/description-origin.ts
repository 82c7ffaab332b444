/**
 * Reads where a goods description says the goods, or what they are made of, come from: `COTTON YARN
 * ORIGIN: XINJIANG CHINA`, `MENS T-SHIRTS 100% XINJIANG COTTON`, `TOMATO PASTE (XUAR RAW MATERIAL)`,
 * `新疆番茄酱`, `SPUN FROM TURKMENISTAN COTTON`. A place counts only where the words around it make it the
 * origin: an origin word before it (`origin`, `from`, `made in`, `grown in`, `product of`) or after it
 * (`origin`, `raw material`, `grown`), or a good right after it (`Xinjiang cotton`, `Xinjiang long staple
 * cotton`; in Chinese script any word after it: `新疆棉`). It does not count when denied (`not of Xinjiang
 * origin`, `no Xinjiang cotton`, `Xinjiang-free`, `非新疆棉`), when it is a destination (`to`, `for`,
 * `运往`), a street (`Xinjiang Road`, `新疆路`) or a style (`Xinjiang style`, `新疆风味`).
 *
 * @example
 * const read = createOriginReader(['Cotton', 'Tomato Products']);
 * read('COTTON YARN ORIGIN: XINJIANG CHINA', { names: ['Xinjiang'], han: ['新疆'] }); // 'ORIGIN: XINJIANG'
 * read('NO XINJIANG COTTON', { names: ['Xinjiang'], han: ['新疆'] }); // null
 */

/** A place's names as a description may write them. */
export interface OriginPlace {
  /** Latin-script names (`Xinjiang`, `Xinjiang Uyghur Autonomous Region`, `Turkmenistan`). */
  names: readonly string[];
  /** Chinese-script names (`新疆`, `新疆维吾尔自治区`). */
  han: readonly string[];
}

/** Returns the words of a description that name the place as the goods' origin, or null. */
export type OriginReader = (description: string, place: OriginPlace) => string | null;

/** Parts of a description that are read apart: an origin word in one does not place a name in another. */
const CLAUSE = /[,;()[\]{}|，；（）。、]|\.(?!\d)/u;
const WORD = /[\p{L}\p{N}]+/gu;
const HAN = /\p{Script=Han}/u;

/**
 * Words that deny what follows within a few words (`not of Xinjiang origin`, `without Xinjiang content`);
 * `no` only when no number follows it (`NO. 5` is a number), `free` only before `of` or `from`.
 */
const DENIAL_BEFORE = new Set(
  'no not without free exclude excludes excluding excluded excl except nor never zero outside'.split(' '),
);
/** Words that deny the place right after them (`non-Xinjiang`, `other than Xinjiang`). */
const DENIAL_RIGHT_BEFORE = new Set(['non', 'than']);
/** Words that deny what comes before them within a few words (`Xinjiang-free`, `Xinjiang cotton excluded`). */
const DENIAL_AFTER = new Set('free excluded prohibited banned none'.split(' '));
/** `not` then one of these after the place denies it (`Xinjiang cotton not used`, not `… not dyed`). */
const NOT_AFTER = new Set('used included contained present detected allowed permitted sourced'.split(' '));
/**
 * Words right before a place that make it where the goods go, not where they come from, or the party that
 * receives them (`CONSIGNEE: TURKMENISTAN TEXTILE`, `BUYER: …`).
 */
const DESTINATION = new Set(
  'to into via through for towards toward destination consignee buyer importer notify customer'.split(' '),
);
/** Words right before a place that name it as the origin (`ORIGIN: XINJIANG`, `from Turkmenistan`). */
const ORIGIN_BEFORE = new Set('origin orig coo from'.split(' '));
/** Verbs that with `in` before a place name it as the origin (`made in Xinjiang`, `grown in Xinjiang`). */
const MADE_IN = new Set(
  (
    'made produced grown manufactured harvested processed sourced mined spun woven knitted picked ' +
    'originating originated'
  ).split(' '),
);
/** Nouns that with `of` before a place name it as the origin (`product of Xinjiang`). */
const PRODUCT_OF = new Set('product products produce'.split(' '));
/** Words right after a place that name it as the origin (`Xinjiang origin`, `XUAR raw material`). */
const ORIGIN_AFTER = new Set('origin origins grown produced made sourced raw material materials'.split(' '));
/** Words after a place that make it a style or a name, not an origin (`Xinjiang style lamb skewers`). */
const STYLE = new Set(
  'style styled flavor flavour flavored flavoured type cuisine recipe recipes restaurant dish map travel tour'.split(
    ' ',
  ),
);
/** Words right after a place that make it a street's name (`Xinjiang Road`, `Xinjiang Zhong Lu`). */
const STREET = new Set(
  'road rd street st avenue ave lane boulevard blvd lu jie dajie dadao zhonglu beilu nanlu donglu xilu'.split(
    ' ',
  ),
);
const STREET_SIDE = new Set('middle north south east west n s e w zhong bei nan dong xi'.split(' '));
/** The country's name may stand between the place and an origin word (`XINJIANG CHINA ORIGIN`). */
const COUNTRY_WORDS = new Set(['china', 'prc']);

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
  word: string;
  start: number;
  end: number;
}

function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Builds a reader over the names of goods (ILAB good names: `Cotton`, `Tomato Products`, `Thread/Yarn`):
 * a good named right after a place makes the place its origin.
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

  const startsAt = (tokens: Token[], at: number, words: readonly string[]): boolean =>
    words.every((w, k) => tokens[at + k]?.word === w);

  /** The end (exclusive) of a good starting at `at`, or -1. */
  function goodAt(tokens: Token[], at: number): number {
    let end = -1;
    for (const g of goods) if (startsAt(tokens, at, g) && at + g.length > end) end = at + g.length;
    return end;
  }

  /** The words of one clause that name the place (as folded words) at `s`..`e` as the origin, or null. */
  function originAt(clause: string, tokens: Token[], s: number, e: number): string | null {
    const span = (from: number, to: number) => clause.slice(tokens[from]!.start, tokens[to - 1]!.end);
    for (let k = Math.max(0, s - 4); k < s; k++) {
      const word = tokens[k]!.word;
      if (!DENIAL_BEFORE.has(word)) continue;
      const next = tokens[k + 1]!.word;
      if (word === 'no' && /^\d/.test(next)) continue;
      if (word === 'free' && next !== 'of' && next !== 'from') continue;
      return null;
    }
    for (let k = e; k < Math.min(tokens.length, e + 4); k++) {
      const word = tokens[k]!.word;
      if (DENIAL_AFTER.has(word) || (word === 'not' && NOT_AFTER.has(tokens[k + 1]?.word ?? ''))) return null;
    }
    const next = tokens[e]?.word ?? '';
    if (STREET.has(next) || (STREET_SIDE.has(next) && STREET.has(tokens[e + 1]?.word ?? ''))) return null;
    if (STYLE.has(next)) return null;
    const before = s > 0 && tokens[s - 1]!.word === 'the' ? s - 1 : s;
    const prev = tokens[before - 1]?.word ?? '';
    const prev2 = tokens[before - 2]?.word ?? '';
    if (DESTINATION.has(prev) || DENIAL_RIGHT_BEFORE.has(prev)) return null;
    if (ORIGIN_BEFORE.has(prev)) return span(before - 1, e);
    if ((prev === 'in' && MADE_IN.has(prev2)) || (prev === 'of' && PRODUCT_OF.has(prev2))) {
      return span(before - 2, e);
    }
    let after = e;
    if (COUNTRY_WORDS.has(tokens[after]?.word ?? '')) after++;
    if (ORIGIN_AFTER.has(tokens[after]?.word ?? '')) {
      const word = tokens[after]!.word;
      // `raw material(s)` as a whole; `raw` alone is no origin word.
      if (word !== 'raw') return span(s, after + 1);
      if (/^materials?$/.test(tokens[after + 1]?.word ?? '')) return span(s, after + 2);
    }
    // A good right after the place, or after up to two words (`Xinjiang long staple cotton`).
    for (let k = e; k < Math.min(tokens.length, e + 3); k++) {
      if (STYLE.has(tokens[k]!.word)) return null;
      const end = goodAt(tokens, k);
      if (end !== -1) return span(s, end);
    }
    return null;
  }

  function readLatin(description: string, names: string[][]): string | null {
    for (const clause of description.split(CLAUSE)) {
      const tokens: Token[] = [];
      for (const m of clause.matchAll(WORD)) {
        tokens.push({ word: fold(m[0]), start: m.index, end: m.index + m[0].length });
      }
      for (let i = 0; i < tokens.length; i++) {
        let e = -1;
        for (const n of names) if (startsAt(tokens, i, n) && i + n.length > e) e = i + n.length;
        if (e === -1) continue;
        const read = originAt(clause, tokens, i, e);
        if (read !== null) return read;
        i = e - 1;
      }
    }
    return null;
  }

  /** `names` are the place's Chinese names in the description, longest first. */
  function readHan(description: string, names: readonly string[]): string | null {
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
      const attributive = /^\p{Script=Han}{1,8}/u.exec(rest)?.[0];
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
    const latin = names.length > 0 ? readLatin(description, names) : null;
    if (latin !== null) return latin;
    if (!HAN.test(description)) return null;
    const han = ready.han.filter((n) => description.includes(n));
    return han.length > 0 ? readHan(description, han) : null;
  };
}
