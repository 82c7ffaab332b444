import type { Problem } from './model/problem.js';

/**
 * The one error class the engine throws, for input it cannot go on with (an unreadable file, a broken
 * reference dataset). Row-level trouble is never thrown: it is returned as `Problem`s or rejected rows.
 */
export class TipwatchError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'TipwatchError';
  }
}
