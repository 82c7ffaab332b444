import { ownString } from '../ingest/own-string.js';
import type { Problem } from '../model/problem.js';

/** A note is given when at least this share of the non-empty descriptions classified nothing… */
const MIN_SHARE = 0.2;
/** …and at least this many. */
const MIN_ROWS = 5;
/** How much of the first such description the note quotes. */
const QUOTED = 60;

/** The free-text fields whose words classify a row. */
export type TextField = 'description' | 'product_type';

const WORDING: Record<TextField, { plural: string; expected: string }> = {
  description: {
    plural: 'descriptions',
    expected: 'a description of what was bought that names its goods, or an HS, NAICS or PSC code',
  },
  product_type: {
    plural: 'product types',
    expected: 'a product type that names its goods (garments, footwear, yarn …), or an HS, NAICS or PSC code',
  },
};

/**
 * Counts, among the rows with text in one field (a description, or a brand list's product type) and no HS,
 * NAICS or PSC code, those whose words matched no goods or sector keyword. Keywords cover English and, for
 * the main goods, Spanish, Portuguese, French, German, Italian and Indonesian/Malay; a file written in another
 * language, or in words the keywords lack, would otherwise get no goods or sector finding without a word said.
 * Rows with a code are left out: their codes were read, whatever the language.
 */
export class UnclassifiedDescriptions {
  private described = 0;
  private unclassified = 0;
  private first: { text: string; row: number; line: number } | null = null;

  /** `column`: the header of the file's column for `field`. */
  constructor(
    private readonly column: string,
    readonly field: TextField = 'description',
  ) {}

  /** Notes one row with text in the field and no code; `classified` when its words classified it. */
  add(description: string, classified: boolean, row: number, line: number): void {
    this.described++;
    if (classified) return;
    this.unclassified++;
    this.first ??= { text: ownString(description.slice(0, QUOTED + 1)), row, line };
  }

  /** One problem when enough descriptions classified nothing, else null. */
  problem(): Problem | null {
    const column = this.column;
    const n = this.unclassified;
    const m = this.described;
    if (this.first === null || n < MIN_ROWS || n < m * MIN_SHARE) return null;
    const text = this.first.text.length > QUOTED ? `${this.first.text.slice(0, QUOTED)}…` : this.first.text;
    const words = WORDING[this.field];
    const capital = words.plural[0]!.toUpperCase() + words.plural.slice(1);
    return {
      code: 'unclassified_descriptions',
      message:
        `${n} of ${m} ${words.plural} in column "${column}" (rows without an HS, NAICS or PSC code) matched no ` +
        `goods or sector keyword (first: row ${this.first.row}, "${text}"). ${capital} are read in English ` +
        'and, for the main goods, in Spanish, Portuguese, French, German, Italian and Indonesian/Malay; codes ' +
        'in any language: goods and sectors named otherwise were missed; name the code column if the file ' +
        'has one.',
      row: this.first.row,
      line: this.first.line,
      column,
      expected: words.expected,
    };
  }
}
