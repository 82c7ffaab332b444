import { once } from 'node:events';
import { createReadStream, createWriteStream, type ReadStream, type WriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import {
  type ClaimedJob,
  findingIdentity,
  type JobQueue,
  type NewStoredFinding,
  type OutputSink,
  type RegisterEntry,
  type SavedSupplier,
  type ScreenedRow,
  type ScreeningCounts,
  ScreeningOutputs,
  type ScreeningStore,
  screeningDatasets,
  screenSpendFile,
  supplierIdentity,
  TipwatchError,
  topFinding,
} from '@tipwatch/core';
import { OUTPUT_FILES, type ScreeningFiles, screeningFiles } from '../workspace/screening-files.js';
import type { ReportData } from './report-data.js';
import type { ScreeningEngine } from './screening-engine.js';

export interface RunnerDeps {
  screenings: ScreeningStore;
  jobs: JobQueue;
  /**
   * The engine, or where to get the one in force: asked before each claim, so a job claimed after
   * `tipwatch data import` screens with the new lists.
   */
  engine: ScreeningEngine | (() => Promise<ScreeningEngine>);
  /** `<data-dir>/screenings`. */
  filesDir: string;
  /** This worker's name in the queue (host and process id, say). */
  worker: string;
  clock: () => Date;
  /**
   * How long a claim lasts without a heartbeat (default 60 s). Heartbeats, which also store the progress
   * users see, come every 2 s (or every third of a shorter lease).
   */
  leaseMs?: number;
  /** Suppliers saved per screening for re-screening when lists change (default 100,000). */
  maxSavedSuppliers?: number;
  /** Told about unexpected errors (the user sees a short message; the operator wants the details). */
  onError?: (error: unknown, job: ClaimedJob) => void;
}

const DEFAULT_LEASE_MS = 60_000;

/** Thrown inside a run when the worker lost its claim (another worker took the job over). */
class LeaseLost extends Error {}

/**
 * Claims the next screening job, if any, and runs it: the same engine call and the same output files as
 * `tipwatch screen` (register.csv, findings.jsonl, rejects.csv, report.html, compliance-plan.md) under
 * `<filesDir>/<id>/`, the register rows and findings loaded into the store, and the suppliers saved. Bad
 * input fails the job with the engine's message (row, line, column); other errors give it another attempt.
 * Returns whether a job was claimed.
 */
export async function runNextJob(deps: RunnerDeps): Promise<boolean> {
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const terms = () => {
    const now = deps.clock();
    return {
      worker: deps.worker,
      now: now.toISOString(),
      lease_until: new Date(now.getTime() + leaseMs).toISOString(),
    };
  };
  const engine = typeof deps.engine === 'function' ? await deps.engine() : deps.engine;
  const job = await deps.jobs.claim(terms());
  if (job === null) return false;
  const run = { ...deps, engine };

  const progress = { rows: 0, fraction: 0 };
  let lost = false;
  const beat = async () => {
    if (!(await deps.jobs.heartbeat(job.screening_id, terms(), progress))) lost = true;
  };
  const timer = setInterval(
    () => {
      beat().catch(() => {
        // A missed heartbeat is retried at the next tick; the lease covers two more.
      });
    },
    Math.max(50, Math.min(2000, Math.floor(leaseMs / 3))),
  );
  try {
    const counts = await runJob(run, job, progress, () => {
      if (lost) throw new LeaseLost();
    });
    clearInterval(timer);
    await deps.jobs.complete(job.screening_id, deps.worker, counts, deps.clock().toISOString());
  } catch (err) {
    clearInterval(timer);
    // Deleted while it ran: drop what this attempt wrote after the delete.
    if ((await deps.screenings.screening(job.org_id, job.screening_id)) === null) {
      await deps.screenings.clearResults(job.screening_id);
      await rm(screeningFiles(deps.filesDir, job.screening_id).dir, { recursive: true, force: true });
      return true;
    }
    if (err instanceof LeaseLost) return true;
    const now = deps.clock().toISOString();
    if (err instanceof TipwatchError) {
      await deps.jobs.fail(job.screening_id, deps.worker, err.message, now, false);
    } else {
      deps.onError?.(err, job);
      const message =
        job.attempts < job.max_attempts
          ? `attempt ${job.attempts} of ${job.max_attempts} stopped on an internal error; the screening will be tried again`
          : `the screening stopped on an internal error ${job.max_attempts} times; upload the file again, or ask the operator to look at the server log`;
      await deps.jobs.fail(job.screening_id, deps.worker, message, now, true);
    }
  }
  return true;
}

/** Writes text to a stream, waiting when its buffer is full. */
async function put(stream: WriteStream, text: string): Promise<void> {
  if (text !== '' && !stream.write(text)) await once(stream, 'drain');
}

/** A stream fed text whole, or a batch's pieces joined into one text. */
function outputSink(stream: WriteStream): OutputSink {
  return {
    write: (text) => put(stream, text),
    writePieces: (fill) => {
      let text = '';
      fill((piece) => {
        text += piece;
      });
      return put(stream, text);
    },
  };
}

async function end(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

/**
 * What a finished job stores: the run's counts and, for a workbook, the worksheet read (so the workspace can
 * show which one it was).
 */
export type JobCounts = ScreeningCounts;

/** The runner's dependencies with the engine this job screens with. */
type JobDeps = RunnerDeps & { engine: ScreeningEngine };

async function runJob(
  deps: JobDeps,
  job: ClaimedJob,
  progress: { rows: number; fraction: number },
  check: () => void,
): Promise<JobCounts> {
  const files = screeningFiles(deps.filesDir, job.screening_id);
  await Promise.all(OUTPUT_FILES.map((k) => rm(files[k], { force: true })));
  await deps.screenings.clearResults(job.screening_id);

  const { engine } = deps;
  const temp = (path: string) => `${path}.partial`;
  const register = createWriteStream(temp(files.register));
  const findings = createWriteStream(temp(files.findings));
  const rejects = createWriteStream(temp(files.rejects));
  const streams = [register, findings, rejects];
  const outputs = new ScreeningOutputs({
    register: outputSink(register),
    findings: outputSink(findings),
    rejects: outputSink(rejects),
  });
  const suppliers = new Map<string, SavedSupplier>();
  const maxSuppliers = deps.maxSavedSuppliers ?? 100_000;
  const startedAt = deps.clock().toISOString();
  let reading: ReadStream | null = null;

  try {
    const summary = await screenSpendFile({
      open: () => {
        reading = createReadStream(files.upload, { highWaterMark: 1 << 20 });
        return reading;
      },
      // As stored from the upload form: map, encoding, format and, for a workbook, sheet.
      fileOptions: job.options,
      ref: engine.ref,
      matcher: engine.matcher,
      weights: engine.weights,
      options: { today: startedAt.slice(0, 10) },
      onLayout: outputs.onLayout,
      onRows: async (rows) => {
        check();
        await outputs.onRows(rows);
        const { entries, found } = storedRows(rows);
        await deps.screenings.addResults(job.screening_id, entries, found);
        for (const e of entries) {
          if (e.supplier === '' || suppliers.size >= maxSuppliers) continue;
          if (!suppliers.has(e.supplier_key)) {
            suppliers.set(e.supplier_key, {
              org_id: job.org_id,
              supplier_key: e.supplier_key,
              name: e.supplier,
              country: e.country,
              first_seen: startedAt,
              last_screening_id: job.screening_id,
            });
          }
        }
      },
      onRejects: outputs.onRejects,
      onProgress: (done) => {
        progress.rows = done;
        const stream = reading as ReadStream | null;
        if (stream !== null && job.file_size > 0) {
          progress.fraction = Math.min(1, stream.bytesRead / job.file_size);
        }
      },
    });
    await Promise.all(streams.map(end));
    check();
    await Promise.all(
      [files.register, files.findings, files.rejects].map((path) => rename(temp(path), path)),
    );
    await writeOutputs(deps.engine, job, files, outputs, startedAt);
    await deps.screenings.saveSuppliers([...suppliers.values()]);
    // Summed once here: the rows do not change after the job, and a million of them take seconds to sum.
    const totals = await deps.screenings.summary(job.org_id, job.screening_id);
    if (totals !== null) await writeFile(files.summary, JSON.stringify(totals));
    const counts: JobCounts = {
      rows: summary.rows,
      screened: summary.screened,
      rejected: summary.rejected,
      levels: summary.levels,
      layout: summary.layout.layout,
      data_versions: summary.data_versions,
    };
    if (summary.layout.sheet !== undefined) counts.sheet = summary.layout.sheet;
    return counts;
  } catch (err) {
    for (const s of streams) s.destroy();
    await Promise.all(
      [files.register, files.findings, files.rejects].map((path) => rm(temp(path), { force: true })),
    );
    throw err;
  }
}

async function writeOutputs(
  engine: ScreeningEngine,
  job: ClaimedJob,
  files: ScreeningFiles,
  outputs: ScreeningOutputs,
  generatedAt: string,
): Promise<void> {
  const { result, reportHtml, planMarkdown, compliance_plan } = outputs.documents({
    input_name: job.file_name,
    generated_at: generatedAt,
    settings: engine.settings,
    ref: engine.ref,
  });
  const layout = outputs.layout;
  const data: ReportData = {
    result,
    input_name: job.file_name,
    generated_at: generatedAt,
    ...(layout === undefined ? {} : { layout }),
    settings: engine.settings,
    datasets: screeningDatasets(engine.ref.datasets),
    ...(compliance_plan === undefined ? {} : { compliance_plan }),
  };
  await writeFile(files.report, reportHtml);
  await writeFile(files.reportData, JSON.stringify(data));
  if (planMarkdown !== null) await writeFile(files.plan, planMarkdown);
}

/** The register rows and findings of one batch, as the store keeps them. */
function storedRows(rows: readonly ScreenedRow[]): { entries: RegisterEntry[]; found: NewStoredFinding[] } {
  const entries: RegisterEntry[] = [];
  const found: NewStoredFinding[] = [];
  for (const r of rows) {
    const supplierKey = supplierIdentity(r.input.supplier, r.country);
    const kinds = [...new Set(r.findings.map((f) => f.kind))];
    entries.push({
      row: r.input.row,
      ref: r.input.ref,
      supplier: r.input.supplier,
      supplier_key: supplierKey,
      country: r.country,
      level: r.level,
      score: r.score,
      sectors: r.sectors,
      kinds,
      amount: r.input.amount,
      // As the report sums it, so the summary's totals are the report's.
      currency: r.input.currency.trim().toUpperCase(),
      top_reason: topFinding(r.findings)?.summary ?? '',
    });
    for (const f of r.findings) {
      found.push({
        row: r.input.row,
        ref: r.input.ref,
        supplier: r.input.supplier,
        supplier_key: supplierKey,
        finding_key: findingIdentity(f),
        kind: f.kind,
        level: f.level,
        summary: f.summary,
        source: { dataset: f.source.dataset, record: f.source.record, as_of: f.source.as_of },
        matched_name: f.matched_name ?? null,
        score: f.score ?? null,
      });
    }
  }
  return { entries, found };
}
