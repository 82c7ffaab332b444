/** The names one list cell gives: the primary name and its aliases. */
export interface NamedEntity {
  name: string;
  aliases: string[];
}

/** "a/k/a", "also known as", "formerly known as", "f/k/a", "d/b/a", "also written". */
const ALIAS_MARK =
  /\s*,?\s*\b(?:a\/k\/a|f\/k\/a|d\/b\/a|aka|also known as|formerly known as|doing business as|also written)\b[:,]?\s*/gi;

/** Legal-form endings after which " and " starts a second company ("… Co., Ltd. and Baoding … Co., Ltd."). */
const LEGAL_END =
  /\b(?:Ltd|Co|Inc|Corp|Corporation|Company|LLC|Limited|Bhd|Berhad|PLC|GmbH|S\.A|D\.O\.O)\.?$/i;

/**
 * Splits a list cell that may name several entities, each with aliases. `;` separates entities (as CBP's
 * orders do); `a/k/a`, `also known as`, `formerly known as`, `f/k/a`, `d/b/a` separate a name from its
 * aliases; " and " separates two entities only after a legal form ("… Co., Ltd. and … Co., Ltd."), so
 * "Agriculture, Industry, and Trade Co., Ltd." stays one name. A trailing "and its subordinate and
 * affiliated entities" is dropped, and a name with a bracketed short form ("(XPCC)", "(BAT Malawi)")
 * also gets the name without it and the short form as aliases.
 */
export function splitEntities(text: string): NamedEntity[] {
  const out: NamedEntity[] = [];
  for (const part of text.split(';')) {
    for (const piece of splitOnAnd(part.trim())) {
      const names = splitAliases(piece);
      const first = names[0];
      if (!first) continue;
      out.push(withBracketForms(first, names.slice(1)));
    }
  }
  return out;
}

/** Splits one entity's text into its names (primary first) at the alias marks. */
export function splitAliases(text: string): string[] {
  return text
    .split(ALIAS_MARK)
    .map(clean)
    .filter((n) => n !== '');
}

/**
 * Splits a UFLPA-style alias cell: names separated by `;`, each optionally led by "also known as" or
 * "formerly known as". Source remarks in brackets ("(ITT)", "(alias … removed 2024-11)") and names cut
 * short in the source ("Hu...") are dropped: a partial name is no alias.
 */
export function splitAliasList(text: string): string[] {
  const out: string[] = [];
  for (const item of text.split(';')) {
    for (const name of splitAliases(item.replace(/\s*\([^()]*\)\s*$/, ''))) {
      if (name.includes('...') || name.includes('…')) continue;
      if (!out.includes(name)) out.push(name);
    }
  }
  return out;
}

function splitOnAnd(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (;;) {
    const m = /\s+and\s+/gi;
    let cut = -1;
    let len = 0;
    for (let hit = m.exec(rest); hit; hit = m.exec(rest)) {
      if (LEGAL_END.test(rest.slice(0, hit.index))) {
        cut = hit.index;
        len = hit[0].length;
        break;
      }
    }
    if (cut < 0) break;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut + len);
  }
  parts.push(rest);
  return parts;
}

function clean(name: string): string {
  return name
    .replace(/\s+and its subordinate and affiliated entities\s*$/i, '')
    .replace(/\s+/g, ' ')
    .replace(/^[,\s]+|[,\s]+$/g, '');
}

function withBracketForms(name: string, aliases: string[]): NamedEntity {
  const all = [...aliases];
  const add = (n: string) => {
    const c = n.replace(/\s+/g, ' ').trim();
    if (c && c !== name && !all.includes(c)) all.push(c);
  };
  for (const n of [name, ...aliases]) {
    if (!/\([^()]+\)/.test(n)) continue;
    add(n.replace(/\s*\([^()]*\)/g, ''));
    for (const m of n.matchAll(/\(([^()]+)\)/g)) {
      const inner = m[1]!.trim();
      // A short form with an acronym ("XPCC", "BAT Malawi") is a name of its own; "(New Life)" is not.
      if (inner.split(' ').length <= 3 && /\b[A-Z]{2,}\b/.test(inner)) add(inner);
    }
  }
  return { name, aliases: all };
}
