import type { DashboardFigures } from '../figures/figures.js';
import { barChart, lineChart, type Tone } from './charts.js';
import { compact, count, dollars, minutes, percent, utc } from './format.js';
import { html, type SafeHtml } from './html.js';
import { cutNote, legend, MAX_TABLE_ROWS, num, section, table } from './parts.js';

/** Bars beyond this many would be slivers: charts show the latest ones, tables more. */
const MAX_BARS = 40;

export function weeklyTokensSection(f: DashboardFigures): SafeHtml {
  const w = f.weekly_tokens;
  const budget = w.budget_tokens;
  const tone = (tokens: number): Tone => (budget === null ? 'neutral' : tokens > budget ? 'bad' : tokens >= 0.8 * budget ? 'warn' : 'ok');
  const body = w.weeks.length === 0
    ? html`<p class="note">No usage in the ledgers given.</p>`
    : html`<p>Tokens are total input (cache reads and writes included) plus output, the sum the §4 caps count, by ISO week (UTC) of the call. ${budget === null ? 'No weekly budget is set.' : html`Weekly budget: <strong>${count(budget)}</strong> tokens (${w.budget_source === 'option' ? '--weekly-budget-tokens' : 'policy cost.weekly_budget_tokens'}).`}</p>
${barChart({
  id: 'chart-weekly-tokens',
  title: 'Token use per ISO week against the weekly budget',
  bars: w.weeks.map((x) => ({ label: x.week, value: x.tokens, tone: tone(x.tokens), tip: `${x.week} (from ${x.start}): ${count(x.tokens)} tokens, ${x.sessions} session(s), ${dollars(x.cost_micro_usd)}${x.share_of_budget === null ? '' : `, ${percent(x.share_of_budget)} of budget`}`, data: { week: x.week } })),
  lines: budget === null ? [] : [{ value: budget, label: 'budget', kind: 'limit' }],
  format: compact,
})}
${legend([{ label: 'within budget', tone: 'ok' }, { label: '≥ 80% of budget', tone: 'warn' }, { label: 'over budget', tone: 'bad' }, ...(budget === null ? [] : [{ label: 'weekly budget', ref: 'limit' as const }])])}
${table(
  [{ label: 'week' }, { label: 'from' }, { label: 'sessions', num: true }, { label: 'tokens', num: true }, { label: 'of budget', num: true }, { label: 'cost', num: true }],
  w.weeks.map((x) => ({ cls: x.over_budget ? 'row-bad' : '', data: { week: x.week, tokens: x.tokens }, cells: [x.week, x.start, num(x.sessions), num(count(x.tokens)), num(percent(x.share_of_budget)), num(dollars(x.cost_micro_usd))] })),
  'table-weekly-tokens',
)}`;
  return section('tokens', 'Token use against the weekly budget', w.status, body);
}

export function costPerPrSection(f: DashboardFigures): SafeHtml {
  const c = f.cost_per_pr;
  const shown = c.prs.slice(-MAX_BARS);
  const tone = (p: (typeof c.prs)[number]): Tone => (p.over_ceiling ? 'bad' : p.merged === true ? 'ok' : 'neutral');
  const merged = (m: boolean | null): string => (m === null ? 'unknown' : m ? 'merged' : 'not merged');
  const body = c.prs.length === 0
    ? html`<p class="note">No PR has spend in the ledgers given.</p>`
    : html`<p>${c.basis === 'merged' ? 'Mean over merged PRs' : 'Mean over every PR with spend (no PR outcomes given)'}: <strong>${dollars(c.mean_micro_usd)}</strong> over ${c.count} PR(s), max ${dollars(c.max_micro_usd)}, total ${dollars(c.total_micro_usd)}. Ceiling per merged PR: <strong>${dollars(c.ceiling_micro_usd)}</strong> (§4, token cost only).</p>
${barChart({
  id: 'chart-cost-per-pr',
  title: `Cost per PR against the ${dollars(c.ceiling_micro_usd)} ceiling`,
  bars: shown.map((p) => ({ label: `#${p.pr}`, value: p.cost_micro_usd / 1_000_000, tone: tone(p), tip: `${p.repo ?? ''}#${p.pr}: ${dollars(p.cost_micro_usd)} over ${p.sessions.length} session(s), ${merged(p.merged)}`, data: { pr: p.pr, micro: p.cost_micro_usd } })),
  lines: [{ value: c.ceiling_micro_usd / 1_000_000, label: 'ceiling', kind: 'limit' }],
  format: (v) => `$${v.toFixed(v < 10 ? 2 : 0)}`,
})}
${legend([{ label: 'merged', tone: 'ok' }, { label: 'not merged / unknown', tone: 'neutral' }, { label: 'over the ceiling', tone: 'bad' }, { label: 'ceiling', ref: 'limit' }])}
${c.prs.length > MAX_BARS ? html`<p class="note">The chart shows the latest ${MAX_BARS} of ${c.prs.length} PRs.</p>` : ''}
${table(
  [{ label: 'PR' }, { label: 'first call' }, { label: 'sessions' }, { label: 'tokens', num: true }, { label: 'cost', num: true }, { label: 'outcome' }],
  c.prs.slice(-MAX_TABLE_ROWS).map((p) => ({ cls: p.over_ceiling ? 'row-bad' : '', data: { pr: p.pr, micro: p.cost_micro_usd }, cells: [`${p.repo ?? ''}#${p.pr}`, utc(p.first_call), html`<code>${p.sessions.join(', ')}</code>`, num(count(p.tokens)), num(dollars(p.cost_micro_usd)), merged(p.merged)] })),
  'table-cost-per-pr',
)}${cutNote(c.prs.length)}`;
  return section('cost', 'Cost per merged PR', c.status, body);
}

export function cacheSection(f: DashboardFigures): SafeHtml {
  const c = f.cache_hit_rate;
  const body = c.rate === null
    ? html`<p class="note">No usage in the ledgers given.</p>`
    : html`<p>Cache reads ÷ total input: <strong>${percent(c.rate)}</strong> (${count(c.cache_read_tokens)} of ${count(c.total_input_tokens)} input tokens). Target ≥ ${percent(c.target, 0)} (§4 prompt-stability invariant).</p>
${lineChart({
  id: 'chart-cache-hit-rate',
  title: 'Cache hit rate per ISO week',
  labels: c.weeks.map((w) => w.week),
  series: [{ name: 'hit rate', tone: 'ok', values: c.weeks.map((w) => w.rate) }],
  lines: [{ value: c.target, label: 'target', kind: 'target' }],
  format: (v) => percent(v, 0),
  top: 1,
})}
${c.sessions_below_target.length > 0 ? html`<p class="note">Sessions below the target: <code>${c.sessions_below_target.join(', ')}</code></p>` : ''}`;
  return section('cache', 'Cache hit rate', c.status, body);
}

export function sessionTimeSection(f: DashboardFigures): SafeHtml {
  const t = f.session_time;
  const ended = f.sessions.filter((s) => s.wall_seconds !== null && s.status !== 'running');
  const shown = ended.slice(-MAX_BARS);
  const target = t.target_minutes * 60;
  const body = t.sessions === 0
    ? html`<p class="note">No finished session records given.</p>`
    : html`<p>Mean <strong>${minutes(t.mean_seconds)}</strong>, p95 <strong>${minutes(t.p95_seconds)}</strong>, longest ${minutes(t.max_seconds)} over ${t.sessions} finished session(s); ${t.over_target} over the ${t.target_minutes}-minute target (§9: mean ≤ ${t.target_minutes} min).${t.running > 0 ? ` ${t.running} still running.` : ''}</p>
${barChart({
  id: 'chart-session-time',
  title: 'Wall time of each session against the target',
  bars: shown.map((s) => ({ label: s.ticket ?? s.session, value: s.wall_seconds! / 60, tone: s.wall_seconds! > target ? 'bad' : s.status === 'escalated' ? 'warn' : 'ok', tip: `${s.session} (${s.ticket ?? ''}): ${minutes(s.wall_seconds)}, ${s.status ?? ''}`, data: { session: s.session, seconds: s.wall_seconds! } })),
  lines: [{ value: t.target_minutes, label: 'target', kind: 'limit' }],
  format: (v) => `${+v.toFixed(1)} min`,
})}
${ended.length > MAX_BARS ? html`<p class="note">The chart shows the latest ${MAX_BARS} of ${ended.length} sessions.</p>` : ''}
${legend([{ label: 'done within target', tone: 'ok' }, { label: 'escalated', tone: 'warn' }, { label: 'over target', tone: 'bad' }, { label: `${t.target_minutes}-minute target`, ref: 'limit' }])}
${table(
  [{ label: 'week' }, { label: 'sessions', num: true }, { label: 'mean', num: true }, { label: 'p95', num: true }],
  t.weeks.map((w) => ({ cls: (w.mean_seconds ?? 0) > target ? 'row-bad' : '', data: { week: w.week }, cells: [w.week, num(w.sessions), num(minutes(w.mean_seconds)), num(minutes(w.p95_seconds))] })),
  'table-session-time',
)}`;
  return section('session-time', 'Session time', t.status, body);
}
