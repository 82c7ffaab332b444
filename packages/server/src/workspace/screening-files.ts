import { join } from 'node:path';

/** Screening ids are 16 base64url characters drawn at random: nothing a client sends becomes a path. */
export const SCREENING_ID = /^[A-Za-z0-9_-]{16}$/;

/** The files of one screening under the workspace's folder (`<data-dir>/screenings/<id>/`). */
export interface ScreeningFiles {
  dir: string;
  /** The uploaded file, as received. */
  upload: string;
  register: string;
  findings: string;
  rejects: string;
  report: string;
  plan: string;
  /** What the report is rendered from, so it can be rendered again with today's dispositions. */
  reportData: string;
  /** The totals of `GET …/summary`, summed by the database once the rows are in. */
  summary: string;
}

/** The paths of a screening's files; `id` must match `SCREENING_ID` (checked here, as a last guard). */
export function screeningFiles(root: string, id: string): ScreeningFiles {
  if (!SCREENING_ID.test(id)) throw new Error(`not a screening id: ${JSON.stringify(id)}`);
  const dir = join(root, id);
  return {
    dir,
    upload: join(dir, 'upload'),
    register: join(dir, 'register.csv'),
    findings: join(dir, 'findings.jsonl'),
    rejects: join(dir, 'rejects.csv'),
    report: join(dir, 'report.html'),
    plan: join(dir, 'compliance-plan.md'),
    reportData: join(dir, 'report-data.json'),
    summary: join(dir, 'summary.json'),
  };
}

/** The output files a job writes (everything but the upload), removed before a new attempt. */
export const OUTPUT_FILES = [
  'register',
  'findings',
  'rejects',
  'report',
  'plan',
  'reportData',
  'summary',
] as const;
