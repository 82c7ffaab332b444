import type { DetectedLayout } from '../ingest/spend-file.js';
import type { ScreenedRow } from '../model/screened-row.js';
import type { RejectedRow } from '../model/spend-row.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { screeningDatasets } from '../reference/screening-datasets.js';
import { CompliancePlanAccumulator } from './compliance-plan-accumulator.js';
import { renderCompliancePlan } from './compliance-plan-md.js';
import { writeFindingsJsonl } from './findings-jsonl.js';
import { registerCsvHeader, writeRegisterCsv } from './register-csv.js';
import { rejectsCsvChunk, rejectsCsvHeader } from './rejects-csv.js';
import { ReportAccumulator, type ReportResult } from './report-accumulator.js';
import { renderReportHtml } from './report-html.js';

/** Where one streamed output file goes; the caller does the writing. */
export interface OutputSink {
  /** Writes one piece of text whole (a header, a batch of rejects). */
  write(text: string): Promise<void>;
  /**
   * Writes one batch made of many small pieces: `fill` hands each piece, in order, to the functions it gets,
   * text to `write` and, when the sink takes them, ready UTF-8 bytes to `writeBytes`.
   */
  writePieces(
    fill: (write: (text: string) => void, writeBytes?: (bytes: Uint8Array) => void) => void,
  ): Promise<void>;
}

/** The streamed outputs of a run: register.csv, findings.jsonl and rejects.csv. */
export interface OutputSinks {
  register: OutputSink;
  findings: OutputSink;
  rejects: OutputSink;
}

/** What the report and the compliance-plan draft say about the run besides its rows. */
export interface OutputContext {
  /** The input file's name. */
  input_name: string;
  /** When the run happened (ISO timestamp). */
  generated_at: string;
  /** Run settings printed in the report. */
  settings: Readonly<Record<string, string>>;
  /** The reference data the run used. */
  ref: Pick<ReferenceData, 'datasets' | 'countries' | 'hotlines'>;
}

/** The documents rendered once every row is in. */
export interface OutputDocuments {
  result: ReportResult;
  /** report.html. */
  reportHtml: string;
  /** compliance-plan.md, or null when no contract needs a plan. */
  planMarkdown: string | null;
  /** What the report says of the plan (its contract sections), to render the report again the same way. */
  compliance_plan?: { contracts: number };
}

/**
 * The outputs of one screening, the same for `tipwatch screen` and the server's worker: hand its `onLayout`,
 * `onRows` and `onRejects` to `screenSpendFile` to stream the register, findings and rejects to the sinks,
 * then `documents()` renders the report and the compliance-plan draft from what the rows added up to.
 *
 * @example
 * const outputs = new ScreeningOutputs(sinks);
 * await screenSpendFile({ ...input, onLayout: outputs.onLayout, onRows: outputs.onRows, onRejects: outputs.onRejects });
 * const { reportHtml, planMarkdown } = outputs.documents({ input_name, generated_at, settings, ref });
 */
export class ScreeningOutputs {
  private readonly report = new ReportAccumulator();
  private readonly plan = new CompliancePlanAccumulator();
  private detected: DetectedLayout | undefined;

  constructor(private readonly sinks: OutputSinks) {}

  /** The input file's layout, once detected. */
  get layout(): DetectedLayout | undefined {
    return this.detected;
  }

  /** Writes the headers of the register and of the rejects (which repeat the input's columns). */
  readonly onLayout = async (layout: DetectedLayout): Promise<void> => {
    this.detected = layout;
    await this.sinks.register.write(registerCsvHeader());
    await this.sinks.rejects.write(rejectsCsvHeader(layout.headers));
  };

  /** Adds a batch of screened rows to the report and the plans and writes their register and findings lines. */
  readonly onRows = async (rows: readonly ScreenedRow[]): Promise<void> => {
    this.report.add(rows);
    this.plan.add(rows);
    await this.sinks.register.writePieces((write) => writeRegisterCsv(rows, write));
    await this.sinks.findings.writePieces((write, writeBytes) => writeFindingsJsonl(rows, write, writeBytes));
  };

  /** Adds a batch of rejected rows to the report and writes their lines. */
  readonly onRejects = async (rows: readonly RejectedRow[]): Promise<void> => {
    this.report.addRejects(rows);
    await this.sinks.rejects.write(rejectsCsvChunk(rows));
  };

  /** The report and the compliance-plan draft, rendered from every row added. */
  documents(ctx: OutputContext): OutputDocuments {
    const result = this.report.result();
    const plan = this.plan.hasPlans ? this.plan.result() : null;
    const compliance_plan =
      plan === null ? undefined : { contracts: plan.contracts.length + plan.contracts_not_kept };
    const reportHtml = renderReportHtml(result, {
      input_name: ctx.input_name,
      generated_at: ctx.generated_at,
      layout: this.detected,
      datasets: screeningDatasets(ctx.ref.datasets),
      countries: ctx.ref.countries,
      settings: ctx.settings,
      ...(compliance_plan === undefined ? {} : { compliance_plan }),
    });
    const planMarkdown =
      plan !== null
        ? renderCompliancePlan(plan, {
            hotlines: ctx.ref.hotlines,
            countries: ctx.ref.countries,
            datasets: screeningDatasets(ctx.ref.datasets),
            generated_at: ctx.generated_at,
            input_name: ctx.input_name,
            // The plan names the column each figure came from (the estimated value's, the dates').
            ...(this.detected ? { columns: this.detected.mapping } : {}),
          })
        : null;
    return {
      result,
      reportHtml,
      planMarkdown,
      ...(compliance_plan === undefined ? {} : { compliance_plan }),
    };
  }
}
