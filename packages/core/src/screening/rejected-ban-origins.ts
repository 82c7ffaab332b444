import type { DetectedLayout } from '../ingest/spend-file.js';
import type { Problem } from '../model/problem.js';
import type { RejectedRow } from '../model/spend-row.js';

/**
 * Rejected rows whose description names Xinjiang, or the country of a region- or product-wide order, as the
 * goods' origin (`TOMATO PASTE, XINJIANG` on a bill of lading line without a manufacturer or shipper): the
 * row could not be screened, but what it says is the gravest thing a row can say, so its reason in
 * rejects.csv says so and one note counts them.
 */
export class RejectedBanOrigins {
  private readonly column: number;
  private count = 0;
  private first: { row: number; line: number; words: string } | null = null;

  constructor(
    layout: Pick<DetectedLayout, 'headers' | 'mapping'>,
    private readonly originNamed: (description: string) => string | null,
  ) {
    // A mapping may show fallbacks (`Description, else Item Name`): the first column is the description's.
    const header = layout.mapping.description?.split(', else ')[0];
    this.column = header === undefined ? -1 : layout.headers.indexOf(header);
  }

  /** Adds to the reason of each rejected row whose description names such an origin. */
  mark(rejects: readonly RejectedRow[]): void {
    if (this.column < 0) return;
    for (const r of rejects) {
      const words = this.originNamed(r.fields[this.column] ?? '');
      if (words === null) continue;
      r.reason = `${r.reason}; its description names an import ban's origin ("${words}"): not screened, correct the row`;
      this.count++;
      this.first ??= { row: r.row, line: r.line, words };
    }
  }

  /** One note for the rows marked, or null. */
  problem(): Problem | null {
    if (this.first === null) return null;
    const { row, line, words } = this.first;
    return {
      code: 'rejected_ban_origin',
      message:
        `${this.count} rejected row(s) name an import ban's origin in their description (first: row ${row}, ` +
        `line ${line}, "${words}"), so they were not screened for it: correct them (see rejects.csv) and ` +
        'screen the file again.',
      row,
      line,
    };
  }
}
