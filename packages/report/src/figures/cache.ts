import { fractionBelow, totalInput, type CostPolicy, type CostSummary, type UsageRecord } from '@agent-guards/cost-ceiling';
import { compareText, groupDigits } from '@agent-guards/action-kit';
import { rate } from './stats.js';
import type { FigureStatus } from './status.js';
import { isoWeekOf, weeksCovering } from './weeks.js';

function count(n: number): string {
  return groupDigits(n);
}

export interface CacheSessionRow {
  session: string;
  ticket: string | null;
  rate: number | null;
  calls: number;
  /** Calls that read nothing from the cache: the first to send their prefix, they wrote it. */
  cold_calls: number;
  cache_write_tokens: number;
  cache_read_tokens: number;
  total_input_tokens: number;
  /** The session with the earliest call of the period: nothing was cached before it. */
  first: boolean;
}

export interface CacheFigure {
  status: FigureStatus;
  target: number;
  rate: number | null;
  cache_read_tokens: number;
  cache_write_tokens: number;
  total_input_tokens: number;
  sessions: number;
  sessions_below_target: string[];
  /** Every session's reads, writes and cold calls, in order of its first call. */
  by_session: CacheSessionRow[];
  weeks: { week: string; rate: number | null; total_input_tokens: number }[];
  why: string | null;
}

export const CACHE_DEFINITION =
  'Cache hit rate = tokens read from the prompt cache ÷ all input tokens (input + cache writes + cache reads), over every model call of the ledgers. ' +
  'A call reads the cache only for a prefix an identical earlier call wrote within the cache lifetime (5 minutes by default): the tools, the identity prompt, the skill files and the shared context packet are the stable prefix every session of a mode repeats (spec §4, prompt-stability invariant).';

/** Cache hit rate = cache read ÷ total input (input + cache writes + cache reads). */
export function cacheFigure(summary: CostSummary, records: readonly UsageRecord[], policy: CostPolicy): CacheFigure {
  const target = policy.min_cache_hit_rate;
  const byWeek = new Map<string, { read: number; input: number }>();
  for (const r of records) {
    const week = isoWeekOf(r.ts).label;
    const w = byWeek.get(week) ?? { read: 0, input: 0 };
    w.read += r.counts.cacheRead;
    w.input += totalInput(r.counts);
    byWeek.set(week, w);
  }
  const weeks = weeksCovering(records.map((r) => r.ts)).map((w) => {
    const t = byWeek.get(w.label) ?? { read: 0, input: 0 };
    return { week: w.label, rate: rate(t.read, t.input), total_input_tokens: t.input };
  });
  const below = [...summary.sessions.values()]
    .filter((s) => s.totals.totalInput > 0 && fractionBelow(s.totals.counts.cacheRead, s.totals.totalInput, target))
    .map((s) => s.session)
    .sort();
  const value = rate(summary.total.counts.cacheRead, summary.total.totalInput);
  const bySession = cacheBySession(summary, records);
  const status: FigureStatus = value === null ? 'none' : fractionBelow(summary.total.counts.cacheRead, summary.total.totalInput, target) ? 'bad' : below.length > 0 ? 'warn' : 'ok';
  return {
    status,
    target,
    rate: value,
    cache_read_tokens: summary.total.counts.cacheRead,
    cache_write_tokens: (summary.total.counts.cacheWrite5m + summary.total.counts.cacheWrite1h),
    total_input_tokens: summary.total.totalInput,
    sessions: summary.sessions.size,
    sessions_below_target: below,
    by_session: bySession,
    weeks,
    why: status === 'ok' || status === 'none' ? null : cacheWhy(value, target, bySession.filter((r) => below.includes(r.session)), summary),
  };
}

function cacheBySession(summary: CostSummary, records: readonly UsageRecord[]): CacheSessionRow[] {
  const calls = new Map<string, UsageRecord[]>();
  for (const r of records) {
    const list = calls.get(r.session);
    if (list) list.push(r);
    else calls.set(r.session, [r]);
  }
  const firstTs = Math.min(...[...summary.sessions.values()].map((s) => s.firstTs));
  return [...summary.sessions.values()]
    .sort((a, b) => a.firstTs - b.firstTs || compareText(a.session, b.session))
    .map((s) => {
      const own = calls.get(s.session) ?? [];
      return {
        session: s.session,
        ticket: s.ticket ?? null,
        rate: rate(s.totals.counts.cacheRead, s.totals.totalInput),
        calls: own.length,
        cold_calls: own.filter((r) => r.counts.cacheRead === 0).length,
        cache_write_tokens: (s.totals.counts.cacheWrite5m + s.totals.counts.cacheWrite1h),
        cache_read_tokens: s.totals.counts.cacheRead,
        total_input_tokens: s.totals.totalInput,
        first: s.firstTs === firstTs,
      };
    });
}


/** Why the hit rate is under its target, from the calls themselves. */
function cacheWhy(value: number | null, target: number, below: CacheSessionRow[], summary: CostSummary): string {
  const pct = (r: number | null): string => (r === null ? '–' : `${(r * 100).toFixed(1)}%`);
  const overall =
    value !== null && value < target
      ? `Overall, ${pct(value)} of the input came from the cache, under the ${pct(target)} target: ${count((summary.total.counts.cacheWrite5m + summary.total.counts.cacheWrite1h))} input tokens were cache writes (the first call to send a prefix pays to write it).`
      : `Overall the rate meets the ${pct(target)} target, but ${below.length} session(s) are under it.`;
  const shown = below.slice(0, 4).map(
    (r) =>
      `${r.ticket ?? r.session} (${pct(r.rate)}): ${r.cold_calls} of its ${r.calls} calls read nothing from the cache${r.first ? ' — it was the first session of the period, so every mode’s prefix was still to be written' : ''}; it wrote ${count(r.cache_write_tokens)} tokens to the cache for the calls after it`,
  );
  const more = below.length > shown.length ? ` (and ${below.length - shown.length} more)` : '';
  return `${overall} ${shown.join('; ')}${more}. A session whose prompt prefix was not cached in the last 5 minutes (the first after a pause, or after the tools, identity prompt, skill files or context packet changed) writes it; the sessions after it read it.`;
}
