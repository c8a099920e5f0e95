import type { Finding, GuardReport, Severity } from './report.js';

/** GitHub's per-step caps (docs: "Workflow commands", "Job summaries"). */
export const LIMITS = {
  annotationsPerSeverity: 10,
  summaryBytes: 1024 * 1024,
  outputBytes: 1_000_000,
  commentChars: 65_536,
} as const;

const VERDICT_ICON = { pass: '✅', fail: '❌', error: '⛔' } as const;
const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
export const TRUNCATION_MARKER = '\n\n_…truncated: the full report is in the JSON report file._\n';

/** Escapes text for a markdown table cell or line without letting it open HTML or break the table. */
export function markdownText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

function formatMetric(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(4).replace(/0+$/, '');
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function location(f: Finding): string {
  if (!f.path) return '';
  return `\`${markdownText(f.path)}${f.line ? `:${f.line}` : ''}\``;
}

/** The job-summary section for one guard report: a pure function, tested on its text. */
export function renderSummary(report: GuardReport, maxFindings = 200): string {
  const counts = countBySeverity(report.findings);
  const lines = [
    `## ${VERDICT_ICON[report.verdict]} ${report.guard}: ${report.verdict}`,
    '',
    `${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s).`,
    '',
  ];
  const shown = report.findings.slice(0, maxFindings);
  if (shown.length > 0) {
    lines.push('| | rule | where | message |', '|---|---|---|---|');
    for (const f of shown) {
      const where = [location(f), f.test ? `\`${markdownText(f.test)}\`` : ''].filter(Boolean).join(' ');
      lines.push(`| ${SEVERITY_ICON[f.severity]} | \`${f.rule}\` | ${where} | ${markdownText(f.message)} |`);
    }
    if (report.findings.length > shown.length) {
      lines.push('', `_${report.findings.length - shown.length} more finding(s) are in the JSON report._`);
    }
    lines.push('');
  }
  const metrics = Object.entries(report.metrics).filter(([, v]) => typeof v !== 'object' || v === null);
  if (metrics.length > 0) {
    lines.push('<details><summary>Metrics</summary>', '', '| metric | value |', '|---|---|');
    for (const [k, v] of metrics) lines.push(`| ${markdownText(k)} | ${markdownText(formatMetric(v))} |`);
    lines.push('', '</details>', '');
  }
  return lines.join('\n');
}

/** Cuts text to a byte budget on a character boundary, adding a visible marker. */
export function truncateUtf8(text: string, maxBytes: number, marker = TRUNCATION_MARKER): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const budget = maxBytes - Buffer.byteLength(marker, 'utf8');
  let cut = Buffer.from(text, 'utf8').subarray(0, Math.max(0, budget)).toString('utf8');
  // A cut inside a multi-byte character decodes to U+FFFD: drop it.
  if (cut.endsWith('\uFFFD')) cut = cut.slice(0, -1);
  return cut + marker;
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export interface AnnotationPlan {
  annotations: Finding[];
  /** Findings with a path that did not fit under the per-step caps, by severity. */
  omitted: Record<Severity, number>;
}

/**
 * Picks the findings that become annotations: those with a path, at most
 * `annotationsPerSeverity` of each severity (GitHub drops the rest silently, so
 * we count them and say so).
 */
export function planAnnotations(findings: Finding[], cap: number = LIMITS.annotationsPerSeverity): AnnotationPlan {
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Finding[] = [];
  for (const f of findings) {
    if (!f.path) continue;
    if (used[f.severity] < cap) {
      used[f.severity] += 1;
      annotations.push(f);
    } else {
      omitted[f.severity] += 1;
    }
  }
  return { annotations, omitted };
}

/** Plain-text rendering for the terminal. */
export function renderText(report: GuardReport): string {
  const lines = [`${report.guard}: ${report.verdict.toUpperCase()}`];
  for (const f of report.findings) {
    const where = f.path ? ` ${f.path}${f.line ? `:${f.line}` : ''}` : '';
    const test = f.test ? ` [${f.test}]` : '';
    lines.push(`  ${f.severity.padEnd(7)} ${f.rule}${where}${test}: ${f.message}`);
  }
  const metrics = Object.entries(report.metrics).filter(([, v]) => typeof v !== 'object' || v === null);
  if (metrics.length > 0) lines.push(`  metrics: ${metrics.map(([k, v]) => `${k}=${formatMetric(v)}`).join(', ')}`);
  return lines.join('\n');
}
