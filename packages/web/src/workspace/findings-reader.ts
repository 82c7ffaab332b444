import type { Page } from '../api/types.js';

/**
 * Reads a screening's findings page by page (the API orders them by row) only as far as the rows opened so
 * far need, and keeps what it has read. Reads run one after another, so two rows opened at once never read
 * the same page twice.
 */
export class FindingsReader<F extends { id: number; row: number }> {
  private readonly found = new Map<number, F>();
  private cursor: string | null = null;
  private started = false;
  private lastRow = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly fetchPage: (cursor: string | null) => Promise<Page<F>>) {}

  /** The findings of row `row` with these ids (in that order), reading further pages if needed. */
  read(row: number, ids: readonly number[]): Promise<F[]> {
    const run = this.queue.then(async () => {
      while (
        ids.some((id) => !this.found.has(id)) &&
        (!this.started || this.cursor !== null) &&
        this.lastRow <= row
      ) {
        const page = await this.fetchPage(this.cursor);
        this.started = true;
        this.cursor = page.next_cursor;
        for (const f of page.items) {
          this.found.set(f.id, f);
          this.lastRow = Math.max(this.lastRow, f.row);
        }
        if (page.items.length === 0) break;
      }
      return ids.flatMap((id) => {
        const f = this.found.get(id);
        return f ? [f] : [];
      });
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Replaces a finding already read (e.g. with its new disposition). */
  update(f: F): void {
    this.found.set(f.id, f);
  }

  get(id: number): F | undefined {
    return this.found.get(id);
  }
}
