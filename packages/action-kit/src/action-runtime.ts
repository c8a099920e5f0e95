import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { traceGuardRun } from '@agent-guards/telemetry';
import type * as z from 'zod/mini';
import { describeError } from './errors.js';
import type { Logger } from './logger.js';
import { exitCodeFor, guardRunOrError, type GuardReport, type GuardRun, type Severity } from './report.js';
import { LIMITS, markdownText, planAnnotations, renderSummary, truncateUtf8 } from './render.js';
import { parseInputs } from './inputs.js';
import { neutralizeWorkflowCommands } from './safe-print.js';

interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
}

/**
 * The part of @actions/core the kit needs, as a structural type: actions pass
 * the real module in, tests pass a recorder, and packages never import it.
 */
export interface ActionsCore {
  getInput(name: string): string;
  setOutput(name: string, value: unknown): void;
  info(message: string): void;
  debug(message: string): void;
  warning(message: string | Error, properties?: AnnotationProperties): void;
  error(message: string | Error, properties?: AnnotationProperties): void;
  notice(message: string | Error, properties?: AnnotationProperties): void;
  summary: { addRaw(text: string, addEOL?: boolean): unknown; write(options?: { overwrite?: boolean }): Promise<unknown> };
}

/** A Logger over @actions/core whose lines cannot issue workflow commands. */
export function coreLogger(core: ActionsCore): Logger {
  return {
    debug: (m) => core.debug(neutralizeWorkflowCommands(m)),
    info: (m) => core.info(neutralizeWorkflowCommands(m)),
    // Plain log lines, not annotations: annotations are reserved for findings.
    warning: (m) => core.info(`warning: ${neutralizeWorkflowCommands(m)}`),
    error: (m) => core.info(`error: ${neutralizeWorkflowCommands(m)}`),
  };
}


export interface GuardActionOptions<S extends z.ZodMiniObject> {
  core: ActionsCore;
  guard: string;
  inputs: S;
  execute(inputs: z.infer<S>, logger: Logger): Promise<GuardRun>;
  /** Where the JSON report goes; default $RUNNER_TEMP/agent-guards. */
  reportDir?: string;
  env?: NodeJS.ProcessEnv;
}

export interface GuardActionOutcome {
  report: GuardReport;
  reportPath: string;
  exitCode: 0 | 1 | 2;
  /** Set when the step must fail: the message for core.setFailed. */
  failure?: string;
}

/**
 * Runs one guard as an action step: inputs parsed once, the guard executed, and
 * its report turned into outputs, annotations, a job summary (always, even after
 * an error) and a JSON file. It does not call setFailed: main.ts does, from the outcome.
 */
export async function runGuardAction<S extends z.ZodMiniObject>(options: GuardActionOptions<S>): Promise<GuardActionOutcome> {
  const { core, guard } = options;
  const env = options.env ?? process.env;
  const logger = coreLogger(core);
  // One span per guard run when OTEL_* names a collector (the pipeline passes TRACEPARENT from the runner job).
  const telemetryWarnings: string[] = [];
  const run = await traceGuardRun(
    guard,
    () =>
      guardRunOrError(
        guard,
        async () => options.execute(parseInputs(options.inputs, (name) => core.getInput(name)), logger),
        (error) => core.debug(error.stack ?? error.message),
      ),
    { onWarnings: (warnings) => telemetryWarnings.push(...warnings) },
  );
  for (const w of telemetryWarnings) logger.warning(w);
  const { report } = run;

  // Outside a runner (no RUNNER_TEMP) the report goes to the system's temp folder, never into the checkout.
  const reportDir = options.reportDir ?? join(env.RUNNER_TEMP ?? tmpdir(), 'agent-guards');
  mkdirSync(reportDir, { recursive: true });
  const reportPath = join(reportDir, `${guard}-report.json`);
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);

  core.setOutput('verdict', report.verdict);
  core.setOutput('report-path', reportPath);
  for (const [name, value] of Object.entries(run.outputs ?? {})) core.setOutput(name, String(value));

  emitAnnotations(core, report);

  try {
    const markdown = renderSummary(report) + (run.summary ? `\n${run.summary}\n` : '') + telemetrySummary(telemetryWarnings);
    core.summary.addRaw(truncateUtf8(markdown, LIMITS.summaryBytes - 1024), true);
    await core.summary.write();
  } catch (error) {
    // No GITHUB_STEP_SUMMARY (a local run): the report file and log still stand.
    core.debug(`job summary not written: ${describeError(error)}`);
  }

  const exitCode = exitCodeFor(report.verdict);
  const failure =
    report.verdict === 'pass'
      ? undefined
      : report.verdict === 'fail'
        ? `${guard} failed: ${report.findings.filter((f) => f.severity === 'error').length} violation(s); see the job summary.`
        : `${guard} could not decide (verdict error): ${report.findings[0]?.message ?? 'unknown error'}`;
  return { report, reportPath, exitCode, ...(failure ? { failure } : {}) };
}

/** What the telemetry could not send, under the report: the verdict stands, the trace may be incomplete. */
export function telemetrySummary(warnings: readonly string[]): string {
  if (warnings.length === 0) return '';
  return `\n> [!WARNING]\n> OpenTelemetry: ${warnings.length} problem(s); the verdict is unaffected.\n${warnings.map((w) => `> - ${markdownText(w)}`).join('\n')}\n`;
}

function emitAnnotations(core: ActionsCore, report: GuardReport): void {
  const plan = planAnnotations(report.findings);
  for (const f of plan.annotations) {
    const props: AnnotationProperties = { title: `${report.guard}: ${f.rule}`, file: f.path };
    if (f.line) props.startLine = f.line;
    const message = f.test ? `${f.message} (${f.test})` : f.message;
    if (f.severity === 'error') core.error(message, props);
    else if (f.severity === 'warning') core.warning(message, props);
    else core.notice(message, props);
  }
  const omitted = (Object.entries(plan.omitted) as [Severity, number][]).filter(([, n]) => n > 0);
  if (omitted.length > 0) {
    const text = omitted.map(([sev, n]) => `${n} ${sev}(s)`).join(', ');
    core.info(`${text} more finding(s) with a file were not annotated (GitHub shows at most ${LIMITS.annotationsPerSeverity} per severity per step); all are in the job summary and the report file.`);
  }
  // Findings without a path still deserve a visible line in the log.
  for (const f of report.findings.filter((x) => !x.path)) {
    core.info(`${f.severity}: ${f.rule}: ${neutralizeWorkflowCommands(f.message)}`);
  }
}
