import type { DashboardFigures } from '../figures/figures.js';
import { barChart, drawableLines, lineChart, type Tone } from './charts.js';
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
    : html`<p>${count(w.total_tokens)} tokens in all. ${budget === null ? 'No weekly budget is set (policy cost.weekly_budget_tokens).' : html`Weekly budget: <strong>${count(budget)}</strong> tokens (${w.budget_source === 'option' ? 'set on the command line' : 'the policy’s cost.weekly_budget_tokens'}).`}</p>
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
  return section('tokens', 'Token use against the weekly budget', w.status, body, {
    how: 'Every token the agent used, per ISO week (Monday to Sunday, UTC): input, cache reads and writes, and output — the sum the §4 session caps count. The bar turns amber at 80% of the weekly budget and red over it.',
    why: w.why,
  });
}

export function costPerPrSection(f: DashboardFigures): SafeHtml {
  const c = f.cost_per_pr;
  const shown = c.prs.slice(-MAX_BARS);
  const tone = (p: (typeof c.prs)[number]): Tone => (p.over_ceiling ? 'bad' : p.merged === true ? 'ok' : 'neutral');
  const merged = (m: boolean | null): string => (m === null ? 'open or unknown' : m ? 'merged' : 'closed unmerged');
  const ceiling = drawableLines([{ value: c.ceiling_micro_usd / 1_000_000, label: 'ceiling', kind: 'limit' }], shown.map((p) => p.cost_micro_usd / 1_000_000));
  const body = c.prs.length === 0
    ? html`<p class="note">No PR has spend in the ledgers given.</p>`
    : html`<p>${c.basis === 'merged' ? 'Mean over merged PRs' : 'Mean over every PR with spend (no PR outcomes given)'}: <strong>${dollars(c.mean_micro_usd)}</strong> over ${c.count} PR(s), highest ${dollars(c.max_micro_usd)}, total ${dollars(c.total_micro_usd)}. Ceiling per merged PR: <strong>${dollars(c.ceiling_micro_usd)}</strong> (§4, token cost only).${c.no_pr.sessions > 0 ? ` Not in any PR: ${dollars(c.no_pr.cost_micro_usd)} spent by ${c.no_pr.sessions} session(s) that opened no PR (escalated or running).` : ''}</p>
${barChart({
  id: 'chart-cost-per-pr',
  title: `Cost per PR against the ${dollars(c.ceiling_micro_usd)} ceiling`,
  bars: shown.map((p) => ({ label: `#${p.pr}`, value: p.cost_micro_usd / 1_000_000, tone: tone(p), tip: `${p.repo ?? ''}#${p.pr}: ${dollars(p.cost_micro_usd)} over ${p.sessions.length} session(s), ${merged(p.merged)}`, data: { pr: p.pr, micro: p.cost_micro_usd } })),
  lines: ceiling.lines,
  format: (v) => `$${v.toFixed(v < 10 ? 2 : 0)}`,
})}
${ceiling.omitted.length > 0 ? html`<p class="note">The ${dollars(c.ceiling_micro_usd)} ceiling is more than ten times the costliest PR (${dollars(c.max_micro_usd)}), so it is not drawn: every bar would be a sliver under it.</p>` : ''}
${legend([{ label: 'merged', tone: 'ok' }, { label: 'not merged / unknown', tone: 'neutral' }, { label: 'over the ceiling', tone: 'bad' }, ...(ceiling.omitted.length > 0 ? [] : [{ label: 'ceiling', ref: 'limit' as const }])])}
${c.prs.length > MAX_BARS ? html`<p class="note">The chart shows the latest ${MAX_BARS} of ${c.prs.length} PRs.</p>` : ''}
${table(
  [{ label: 'PR' }, { label: 'first call' }, { label: 'sessions' }, { label: 'tokens', num: true }, { label: 'cost', num: true }, { label: 'outcome' }],
  c.prs.slice(-MAX_TABLE_ROWS).map((p) => ({ cls: p.over_ceiling ? 'row-bad' : '', data: { pr: p.pr, micro: p.cost_micro_usd }, cells: [`${p.repo ?? ''}#${p.pr}`, utc(p.first_call), html`<code>${p.sessions.join(', ')}</code>`, num(count(p.tokens)), num(dollars(p.cost_micro_usd)), merged(p.merged)] })),
  'table-cost-per-pr',
)}${cutNote(c.prs.length)}`;
  return section('cost', 'Cost per merged PR', c.status, body, {
    how: 'The token cost of every session behind a PR — a resumed (rescued) session included — priced from the usage ledgers, against the ceiling of §4. The headline is the mean over merged PRs; a bar per PR shows which one is expensive.',
    why: c.why,
  });
}

export function cacheSection(f: DashboardFigures): SafeHtml {
  const c = f.cache_hit_rate;
  const body = c.rate === null
    ? html`<p class="note">No usage in the ledgers given.</p>`
    : html`<p><strong>${percent(c.rate)}</strong> of ${count(c.total_input_tokens)} input tokens were read from the cache (${count(c.cache_read_tokens)}); ${count(c.cache_write_tokens)} were written to it. Target ≥ ${percent(c.target, 0)} (§4, prompt-stability invariant).</p>
${table(
  [{ label: 'session' }, { label: 'calls', num: true }, { label: 'cold calls', num: true }, { label: 'written', num: true }, { label: 'read', num: true }, { label: 'hit rate', num: true }],
  c.by_session.slice(-MAX_TABLE_ROWS).map((r) => ({
    cls: c.sessions_below_target.includes(r.session) ? 'row-warn' : '',
    data: { session: r.session, rate: r.rate },
    cells: [html`${r.ticket ?? r.session}${r.first ? ' (first)' : ''}`, num(r.calls), num(r.cold_calls), num(count(r.cache_write_tokens)), num(count(r.cache_read_tokens)), num(percent(r.rate))],
  })),
  'table-cache',
)}${cutNote(c.by_session.length)}
${c.weeks.length > 1
  ? lineChart({
      id: 'chart-cache-hit-rate',
      title: 'Cache hit rate per ISO week',
      labels: c.weeks.map((w) => w.week),
      series: [{ name: 'hit rate', tone: 'ok', values: c.weeks.map((w) => w.rate) }],
      lines: [{ value: c.target, label: 'target', kind: 'target' }],
      format: (v) => percent(v, 0),
      top: 1,
    })
  : ''}`;
  return section('cache', 'Prompt cache hit rate', c.status, body, {
    how: 'The share of input the model read from the prompt cache instead of paying for it again. The tools, identity prompt, skill files and shared context packet repeat in every session of a mode; the first call to send them writes them (a “cold” call), the calls after it read them.',
    why: c.why,
  });
}

export function sessionTimeSection(f: DashboardFigures): SafeHtml {
  const t = f.session_time;
  const ended = f.sessions.filter((s) => s.wall_seconds !== null && (s.status === 'done' || s.status === 'escalated'));
  const shown = ended.slice(-MAX_BARS);
  const target = t.target_minutes * 60;
  const toneOf = (s: (typeof ended)[number]): Tone => (s.status === 'escalated' ? 'warn' : s.wall_seconds! > target ? 'bad' : 'ok');
  // Seconds when every session took under a minute and a half, minutes otherwise.
  const inSeconds = Math.max(0, ...shown.map((s) => s.wall_seconds!)) < 90;
  const unit = inSeconds ? 1 : 60;
  const targetLine = drawableLines([{ value: target / unit, label: 'target', kind: 'limit' }], shown.map((s) => s.wall_seconds! / unit));
  const body = t.sessions === 0 && t.escalated === 0
    ? html`<p class="note">No finished session records given.</p>`
    : html`<p>Ticket to PR: mean <strong>${minutes(t.mean_seconds)}</strong>, p95 <strong>${minutes(t.p95_seconds)}</strong>, longest ${minutes(t.max_seconds)}, over ${t.sessions} session(s) that opened a PR${t.rescued > 0 ? ` (${t.rescued} after a rescue: the runner’s time, not the wait for the operator)` : ''}; ${t.over_target} over the ${t.target_minutes}-minute target. ${t.escalated > 0 ? html`<strong>${t.escalated} escalated</strong> and opened no PR: not on target. ` : ''}${t.running > 0 ? `${t.running} still running.` : ''}</p>
${barChart({
  id: 'chart-session-time',
  title: 'Wall time of each session against the target',
  bars: shown.map((s) => ({ label: s.ticket ?? s.session, value: s.wall_seconds! / unit, tone: toneOf(s), tip: `${s.session} (${s.ticket ?? ''}): ${minutes(s.wall_seconds)}, ${s.status === 'escalated' ? `escalated (${s.escalation ?? ''}), no PR` : `PR${s.pr !== null ? ` #${s.pr}` : ''}`}`, data: { session: s.session, seconds: s.wall_seconds!, status: s.status ?? '' } })),
  lines: targetLine.lines,
  format: (v) => (inSeconds ? `${+v.toFixed(1)} s` : `${+v.toFixed(1)} min`),
})}
${targetLine.omitted.length > 0 ? html`<p class="note">The ${t.target_minutes}-minute target is more than ten times the longest session (${minutes(t.max_seconds ?? Math.max(...shown.map((s) => s.wall_seconds!)))}), so it is not drawn.</p>` : ''}
${ended.length > MAX_BARS ? html`<p class="note">The chart shows the latest ${MAX_BARS} of ${ended.length} sessions.</p>` : ''}
${legend([{ label: 'opened its PR within the target', tone: 'ok' }, { label: 'escalated: no PR, not on target', tone: 'warn' }, { label: 'over the target', tone: 'bad' }, ...(targetLine.omitted.length > 0 ? [] : [{ label: `${t.target_minutes}-minute target`, ref: 'limit' as const }])])}
${t.weeks.length > 1
  ? table(
      [{ label: 'week' }, { label: 'sessions with a PR', num: true }, { label: 'mean', num: true }, { label: 'p95', num: true }],
      t.weeks.map((w) => ({ cls: (w.mean_seconds ?? 0) > target ? 'row-bad' : '', data: { week: w.week }, cells: [w.week, num(w.sessions), num(minutes(w.mean_seconds)), num(minutes(w.p95_seconds))] })),
      'table-session-time',
    )
  : ''}`;
  return section('session-time', 'Session time: ticket to PR', t.status, body, {
    how: 'How long the agent takes from the ticket to an opened PR (§7: mean ≤ 12 minutes; past 30 minutes a session escalates by itself). One bar per session; only sessions that opened a PR count towards the mean. An escalated session has no time to PR and is never on target.',
    why: t.why,
  });
}
