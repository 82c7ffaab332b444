import type { ScreeningStore } from '@tipwatch/core';

/** The default upload limit: 100 MB. */
export const DEFAULT_UPLOAD_LIMIT = 100 * 1024 * 1024;
/** Attempts a screening job gets before it fails for good. */
export const DEFAULT_MAX_ATTEMPTS = 3;

/** What the screening workspace routes need besides the accounts. */
export interface WorkspaceDeps {
  screenings: ScreeningStore;
  /** The folder holding each screening's upload and outputs (`<data-dir>/screenings`). */
  filesDir: string;
  /** The largest upload accepted, in bytes (default 100 MB). */
  uploadLimit?: number;
  /** Attempts per job (default 3). */
  maxAttempts?: number;
}
