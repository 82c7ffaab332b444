import { describe, expect, it } from 'vitest';
import type { DetectedLayout } from '../ingest/spend-file.js';
import { CompliancePlanAccumulator } from './compliance-plan-accumulator.js';
import { renderCompliancePlan } from './compliance-plan-md.js';
import { writeFindingsJsonl } from './findings-jsonl.js';
import {
  countries,
  datasets,
  hotlines,
  rejectHeaders,
  rejectRows,
  reportRows,
} from './fixtures/report-rows.case.js';
import { registerCsvHeader, writeRegisterCsv } from './register-csv.js';
import { rejectsCsvChunk, rejectsCsvHeader } from './rejects-csv.js';
import { ReportAccumulator } from './report-accumulator.js';
import { renderReportHtml } from './report-html.js';
import { type OutputSink, ScreeningOutputs } from './screening-outputs.js';

const layout: DetectedLayout = {
  format: 'csv',
  encoding: 'utf-8',
  encoding_source: 'bom',
  delimiter: ',',
  layout: 'generic',
  headers: rejectHeaders,
  mapping: {
    contract_id: 'contract_id',
    supplier: 'vendor_name',
    amount: 'obligated_amount',
    date: 'action_date',
  },
  unmapped: [rejectHeaders[3]!],
  problems: [],
};

/** A sink that keeps what it is given, and how: `whole` for text written whole, `pieces` for batches. */
function textSink() {
  const sink = { text: '', whole: 0, pieces: 0 };
  const out: OutputSink = {
    write: async (text) => {
      sink.text += text;
      sink.whole++;
    },
    writePieces: async (fill) => {
      fill((piece) => {
        sink.text += piece;
      });
      sink.pieces++;
    },
  };
  return { sink, out };
}

describe('ScreeningOutputs', () => {
  it('streams the register, findings and rejects, and renders the report and the plan from the same rows', async () => {
    const register = textSink();
    const findings = textSink();
    const rejects = textSink();
    const outputs = new ScreeningOutputs({
      register: register.out,
      findings: findings.out,
      rejects: rejects.out,
    });
    const rows = reportRows();
    const [first, second] = [rows.slice(0, 3), rows.slice(3)];
    await outputs.onLayout(layout);
    await outputs.onRows(first);
    await outputs.onRejects(rejectRows());
    await outputs.onRows(second);
    expect(outputs.layout).toBe(layout);

    const joined = (fill: (write: (t: string) => void) => void) => {
      let text = '';
      fill((t) => {
        text += t;
      });
      return text;
    };
    expect(register.sink.text).toBe(registerCsvHeader() + joined((w) => writeRegisterCsv(rows, w)));
    expect(register.sink).toMatchObject({ whole: 1, pieces: 2 });
    expect(findings.sink.text).toBe(joined((w) => writeFindingsJsonl(rows, w)));
    expect(findings.sink).toMatchObject({ whole: 0, pieces: 2 });
    expect(rejects.sink.text).toBe(rejectsCsvHeader(rejectHeaders) + rejectsCsvChunk(rejectRows()));

    const ctx = { input_name: 'spend.csv', generated_at: '2026-01-01T00:00:00Z', settings: { a: 'b' } };
    const docs = outputs.documents({ ...ctx, ref: { datasets, countries, hotlines } });
    const report = new ReportAccumulator();
    report.add(rows);
    report.addRejects(rejectRows());
    expect(docs.result).toEqual(report.result());
    const plan = new CompliancePlanAccumulator();
    plan.add(rows);
    expect(plan.hasPlans).toBe(true);
    const contracts = plan.result().contracts.length;
    expect(docs.reportHtml).toBe(
      renderReportHtml(report.result(), {
        ...ctx,
        layout,
        datasets,
        countries,
        compliance_plan: { contracts },
      }),
    );
    expect(docs.reportHtml).toContain(`in ${contracts} contracts`);
    expect(docs.planMarkdown).toBe(
      renderCompliancePlan(plan.result(), { ...ctx, hotlines, countries, datasets, columns: layout.mapping }),
    );
    // The plan names the file's own columns.
    expect(docs.planMarkdown).not.toBe(
      renderCompliancePlan(plan.result(), { ...ctx, hotlines, countries, datasets }),
    );
  });

  it('gives no plan when no contract needs one', async () => {
    const sink = textSink().out;
    const outputs = new ScreeningOutputs({ register: sink, findings: sink, rejects: sink });
    await outputs.onLayout(layout);
    await outputs.onRows(reportRows().filter((r) => r.findings.every((f) => f.kind !== 'far_plan')));
    const docs = outputs.documents({
      input_name: 'spend.csv',
      generated_at: '2026-01-01T00:00:00Z',
      settings: {},
      ref: { datasets, countries, hotlines },
    });
    expect(docs.planMarkdown).toBeNull();
    expect(docs.reportHtml).toContain('tipwatch screening report: spend.csv');
  });
});
