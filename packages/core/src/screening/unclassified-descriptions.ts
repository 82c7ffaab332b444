import { ownString } from '../ingest/own-string.js';
import type { Problem } from '../model/problem.js';

/** A note is given when at least this share of the non-empty descriptions classified nothing… */
const MIN_SHARE = 0.2;
/** …and at least this many. */
const MIN_ROWS = 5;
/** How much of the first such description the note quotes. */
const QUOTED = 60;

/**
 * Counts the rows whose description classified nothing (no goods or sector keyword) while no code of the
 * row did either. Descriptions are read in English only, so a file written in another language ("Açúcar
 * VHP a granel", "Café verde") would otherwise get no goods or sector finding without a word said.
 */
export class UnclassifiedDescriptions {
  private described = 0;
  private unclassified = 0;
  private first: { text: string; row: number; line: number } | null = null;

  /** `column`: the header of the file's description column. */
  constructor(private readonly column: string) {}

  /** Notes one row with a non-empty description; `classified` when its codes or words classified it. */
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
    return {
      code: 'unclassified_descriptions',
      message:
        `${n} of ${m} descriptions in column "${column}" matched no goods or sector keyword, and no HS, ` +
        `NAICS or PSC code of their rows classified them (first: row ${this.first.row}, "${text}"); those rows ` +
        'got no goods or sector finding. Descriptions are read in English only; HS, NAICS and PSC codes are ' +
        'read whatever the language of the file: name the code column where the file has one.',
      row: this.first.row,
      line: this.first.line,
      column,
      expected: 'an English description of what was bought, or an HS, NAICS or PSC code',
    };
  }
}
