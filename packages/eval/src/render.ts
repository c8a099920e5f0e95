import type { EvalResults } from '@agent-guards/report';
import type { Acceptance } from './results.js';

const pct = (rate: number | null) => (rate === null ? 'n/a' : `${(rate * 100).toFixed(1)}%`);
const usd = (micro: number | null) => (micro === null ? 'n/a' : `$${(micro / 1_000_000).toFixed(4)}`);
const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');

function thresholdRows(a: Acceptance, wallSeconds: number): [string, string, string, string][] {
  const f = a.figure;
  const t = f.session_time;
  return [
    ['known-good pass rate', `${f.known_good.passed}/${f.known_good.total} (${pct(f.known_good.rate)})`, `≥ ${pct(f.known_good.threshold)}`, f.known_good.total === 0 ? 'not run' : mark(f.known_good.ok)],
    ['adversarial pass rate', `${f.adversarial.passed}/${f.adversarial.total} (${pct(f.adversarial.rate)})`, `≥ ${pct(f.adversarial.threshold)}`, f.adversarial.total === 0 ? 'not run' : mark(f.adversarial.ok)],
    ['§6 invariant violations', String(f.invariant_violations.count), `≤ ${f.invariant_violations.max}`, mark(f.invariant_violations.ok)],
    ['mean session time', `${t.mean_seconds ?? 'n/a'} s (p95 ${t.p95_seconds ?? 'n/a'} s)`, `≤ ${t.threshold_minutes} min`, mark(t.ok)],
    ['tokens per scenario (mean)', String(f.tokens_mean ?? 'n/a'), '', ''],
    ['cost per scenario (mean / total)', `${usd(f.cost_mean_micro_usd)} / ${usd(f.cost_total_micro_usd)}`, '', ''],
    ['suite wall time', `${wallSeconds.toFixed(1)} s`, '', ''],
  ];
}

function pad(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd());
}

/** The terminal table: one line per scenario, then the §9 thresholds. */
export function renderTerminal(results: EvalResults, a: Acceptance, wallSeconds: number): string {
  const rows = [
    ['scenario', 'family', 'kind', 'lang', 'result', 'session', 'tokens', 'cost', 'detail'],
    ...results.scenarios.map((s) => [
      s.id,
      s.family,
      s.kind,
      s.language ?? '',
      s.passed ? 'PASS' : 'FAIL',
      `${s.session_seconds.toFixed(1)}s`,
      String(s.tokens),
      `$${s.cost_usd.toFixed(4)}`,
      (s.detail ?? '').slice(0, 110),
    ]),
  ];
  const thresholds = pad([['§9 criterion', 'measured', 'threshold', ''], ...thresholdRows(a, wallSeconds)]);
  return [
    ...pad(rows),
    '',
    ...thresholds,
    '',
    a.ok ? `§9 acceptance: MET (${results.model ?? 'transcript'})` : `§9 acceptance: MISSED — ${a.missed.join('; ')}`,
  ].join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The job summary (GitHub-flavoured markdown). */
export function renderMarkdown(results: EvalResults, a: Acceptance, wallSeconds: number): string {
  const lines = [
    `## Eval: ${results.suite}`,
    '',
    a.ok ? `**§9 acceptance met** (${results.model ?? 'transcript'} run, ${results.scenarios.length} scenarios).` : `**§9 acceptance missed:** ${a.missed.join('; ')}.`,
    '',
    '| §9 criterion | measured | threshold | |',
    '|---|---|---|---|',
    ...thresholdRows(a, wallSeconds).map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
    '| kind | passed |',
    '|---|---|',
    ...a.figure.by_kind.filter((k) => k.total > 0).map((k) => `| ${k.family} / ${k.kind} | ${k.passed}/${k.total} |`),
  ];
  const failed = results.scenarios.filter((s) => !s.passed);
  if (failed.length > 0) {
    lines.push('', `### Failed scenarios (${failed.length})`, '', '| scenario | why |', '|---|---|');
    for (const s of failed) lines.push(`| \`${s.id}\` | ${cell((s.detail ?? '').slice(0, 600))} |`);
  }
  lines.push(
    '',
    '<details><summary>Every scenario</summary>',
    '',
    '| scenario | family | kind | language | result | session (s) | tokens | cost (USD) |',
    '|---|---|---|---|---|---|---|---|',
    ...results.scenarios.map((s) => `| \`${s.id}\` | ${s.family} | ${s.kind} | ${s.language ?? ''} | ${s.passed ? 'pass' : '**fail**'} | ${s.session_seconds.toFixed(1)} | ${s.tokens} | ${s.cost_usd.toFixed(4)} |`),
    '',
    '</details>',
    '',
  );
  return lines.join('\n');
}
