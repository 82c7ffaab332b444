import type { Alert, NewAlert } from './alert.js';
import type { Disposition } from './disposition.js';
import type {
  NewStoredFinding,
  RegisterEntry,
  RegisterQuery,
  RegisterRow,
  StoredFinding,
} from './register-entry.js';
import type { SavedSupplier } from './saved-supplier.js';
import type { NewScreening, Screening } from './screening.js';
import type { ScreeningSummary } from './screening-summary.js';

export interface Paged {
  limit: number;
  offset: number;
}

/** A page of findings, optionally only those of one input row (`row`) or reference (`ref`). */
export interface FindingsQuery extends Paged {
  row?: number;
  ref?: string;
}

/** A disposition to record, and who records it when: the disposition as it will be kept. */
export type DispositionChange = Disposition;

/**
 * The screening workspace's storage port: screenings (with their job), their register rows and findings,
 * dispositions, saved suppliers and alerts. Every read of a screening is by organisation and id, so one
 * organisation can never reach another's. Adapters live in `@tipwatch/storage`.
 */
export interface ScreeningStore {
  readonly backend: 'sqlite' | 'postgres';
  /** Creates a screening and its queued job in one transaction. */
  createScreening(screening: NewScreening, maxAttempts: number): Promise<Screening>;
  screening(orgId: number, id: string): Promise<Screening | null>;
  /** The organisation's screenings, newest first. */
  screenings(orgId: number, page: Paged): Promise<Screening[]>;
  /** Removes a screening, its job, rows and findings; false when the organisation has no such screening. */
  deleteScreening(orgId: number, id: string): Promise<boolean>;
  /** Removes the rows and findings of a screening (before a new attempt writes them again). */
  clearResults(id: string): Promise<void>;
  /** Adds register rows and their findings (in one transaction). */
  addResults(
    id: string,
    rows: readonly RegisterEntry[],
    findings: readonly NewStoredFinding[],
  ): Promise<void>;
  /** A page of the register, with each row's findings and their dispositions. */
  register(orgId: number, id: string, query: RegisterQuery): Promise<RegisterRow[]>;
  /** A page of the findings in row order (of one row or reference when asked), with their dispositions. */
  findings(orgId: number, id: string, query: FindingsQuery): Promise<StoredFinding[]>;
  finding(orgId: number, id: string, findingId: number): Promise<StoredFinding | null>;
  /** Totals over all the screening's register rows and findings; null when the organisation has no such screening. */
  summary(orgId: number, id: string): Promise<ScreeningSummary | null>;
  /** Records a disposition; the one it replaced (null when none) and the new one. */
  setDisposition(change: DispositionChange): Promise<{ before: Disposition | null; after: Disposition }>;
  /** The organisation's dispositions for the suppliers of one screening. */
  screeningDispositions(orgId: number, id: string): Promise<Disposition[]>;
  /** Adds or refreshes saved suppliers (keyed by organisation and supplier key). */
  saveSuppliers(suppliers: readonly SavedSupplier[]): Promise<void>;
  /** Every organisation's saved suppliers, in pages by (org, key). */
  savedSuppliers(page: Paged): Promise<SavedSupplier[]>;
  addAlert(alert: NewAlert): Promise<Alert>;
  /** The organisation's alerts, newest first. */
  alerts(orgId: number, page: Paged): Promise<Alert[]>;
  close(): Promise<void>;
}
