import { GuardReportSchema, VerdictSchema, type GuardReport } from '@agent-guards/action-kit';
import * as z from 'zod/mini';
import { parseJsonText, readInputText, validateInput } from './json-file.js';

/** The combined report of `agent-guards check --json`: every guard's report under `reports`. */
const CombinedReportSchema = z.object({ verdict: VerdictSchema, reports: z.array(GuardReportSchema) });

export interface GuardReportEntry {
  file: string;
  report: GuardReport;
}

const FIX = "pass the report-path output of a guard step, or the output of 'agent-guards <guard> --json'.";

/** Every guard report in one file: one, or the several of a combined report. */
export async function readGuardReports(file: string): Promise<GuardReportEntry[]> {
  const text = await readInputText(file, 'guard report', FIX);
  const json = parseJsonText(text, file, 'guard report', FIX);
  const combined = typeof json === 'object' && json !== null && 'reports' in json;
  const reports = combined ? validateInput(CombinedReportSchema, json, file, 'combined guard report', FIX).reports : [validateInput(GuardReportSchema, json, file, 'guard report', FIX)];
  return reports.map((report) => ({ file, report }));
}
