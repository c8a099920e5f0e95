import { dayNumber, detectIncidents, digestHistory, historyLineOf, HistorySnapshot, type CostPolicy, type HistoryLine, type UsageRecord } from '@agent-guards/cost-ceiling';
import { compareText, groupDigits } from '@agent-guards/action-kit';
import type { GuardReportEntry } from '../inputs/guard-reports.js';
import type { CiTimeToGreenFigure } from './ci-time-to-green.js';
import type { CostPerPrFigure } from './cost.js';
import type { EvalFigure } from './evals.js';
import type { SessionView } from './session-view.js';
import { dollars, minutes } from '../text.js';
import { extent } from './stats.js';
import { DAY_MS } from './weeks.js';

export type IncidentKind = 'cost-incident' | 'hard-cap' | 'cost-over-ceiling' | 'escalation' | 'rescue' | 'invariant-violation' | 'ci-degradation';

export interface Incident {
  kind: IncidentKind;
  /** bad: a limit was broken; warn: the system did what it should (an escalation) but a person has to act; info: resolved (a rescued escalation). */
  severity: 'bad' | 'warn' | 'info';
  /** ISO time, when known. */
  at: string | null;
  title: string;
  detail: string;
  session: string | null;
  repo: string | null;
  pr: number | null;
  /** Where it was found: a file, or `ledgers`. */
  source: string;
}

/**
 * §4 cost incidents, with the cost guard's own rules (detectIncidents), as
 * they stood at the end of each UTC day of the ledgers. A spike is first seen
 * "so far" on its own day and judged whole the day after: the later wording
 * wins. The same sustained run reported on consecutive days is one incident.
 */
function ledgerCostIncidents(records: readonly UsageRecord[], policy: CostPolicy): Incident[] {
  const withRepo = records.filter((r): r is UsageRecord & { repo: string } => r.repo !== undefined);
  if (withRepo.length === 0) return [];
  const days = new Map<string, HistoryLine[]>();
  for (const r of [...withRepo].sort((a, b) => a.ts - b.ts)) {
    const line = historyLineOf(r);
    const file = `${line.ts.slice(0, 10)}.jsonl`;
    const lines = days.get(file);
    if (lines) lines.push(line);
    else days.set(file, [line]);
  }
  const digest = digestHistory(new HistorySnapshot(undefined, new Map([...days].sort(([a], [b]) => compareText(a, b)))));
  const range = extent(withRepo.map((r) => r.ts))!;
  const first = dayNumber(range.min);
  const last = dayNumber(range.max);
  const byKey = new Map<string, Incident>();
  let sustainedBefore = false;
  for (let day = first; day <= last + 1; day += 1) {
    const endOfDay = (day + 1) * DAY_MS - 1000;
    const triggers = detectIncidents(digest, policy.incident, new Date(endOfDay));
    for (const t of triggers) {
      const spikeDay = t.message.slice(0, 10);
      if (t.kind === 'daily-cost-spike') {
        byKey.set(`spike:${spikeDay}`, { kind: 'cost-incident', severity: 'bad', at: `${spikeDay}T23:59:59.000Z`, title: 'daily cost over 1.5× the 7-day median', detail: t.message, session: null, repo: null, pr: null, source: 'ledgers' });
      } else if (!sustainedBefore) {
        byKey.set(`sustained:${day}`, { kind: 'cost-incident', severity: 'bad', at: new Date(endOfDay).toISOString(), title: 'session cost over the incident threshold, sustained', detail: t.message, session: null, repo: null, pr: null, source: 'ledgers' });
      }
    }
    sustainedBefore = triggers.some((t) => t.kind === 'session-cost-sustained');
  }
  return [...byKey.values()];
}

function lastActivity(s: SessionView): string | null {
  const r = s.record;
  const times = [...(r?.modes ?? []).flatMap((m) => [m.start, m.end ?? m.start])].map((t) => Date.parse(t));
  if (s.usage) times.push(s.usage.lastTs);
  return times.length === 0 ? null : new Date(Math.max(...times)).toISOString();
}

export interface IncidentSources {
  records: readonly UsageRecord[];
  sessions: readonly SessionView[];
  guardReports: readonly GuardReportEntry[];
  costPerPr: CostPerPrFigure;
  ci: CiTimeToGreenFigure;
  evals: readonly EvalFigure[];
  policy: CostPolicy;
}

/** Everything a person has to look at, newest first: cost incidents, hard-cap hits, PRs over the ceiling, escalations, invariant violations, CI degradation. */
export function collectIncidents(src: IncidentSources): Incident[] {
  const incidents = ledgerCostIncidents(src.records, src.policy);
  const tokens = (n: number): string => groupDigits(n);

  const hardCapSessions = new Set<string>();
  for (const s of src.sessions) {
    const used = s.usage?.totals.capTokens;
    const overCap = used !== undefined && used >= src.policy.hard_cap_tokens;
    const escalatedOnCeiling = s.record?.escalation?.reason === 'token-ceiling';
    if (!overCap && !escalatedOnCeiling) continue;
    hardCapSessions.add(s.session);
    const detail = [
      used !== undefined ? `${tokens(used)} tokens against the hard cap of ${tokens(src.policy.hard_cap_tokens)}` : undefined,
      escalatedOnCeiling ? `escalated in ${s.record!.escalation!.mode}: ${s.record!.escalation!.detail}` : 'the session did not escalate on the token ceiling',
    ].filter(Boolean);
    incidents.push({ kind: 'hard-cap', severity: 'bad', at: lastActivity(s), title: 'hard token cap hit', detail: detail.join('; '), session: s.session, repo: s.repo ?? null, pr: s.pr ?? null, source: s.recordFile ?? 'ledgers' });
  }

  for (const p of src.costPerPr.prs.filter((x) => x.over_ceiling)) {
    incidents.push({ kind: 'cost-over-ceiling', severity: 'bad', at: p.first_call, title: `PR over the ${dollars(src.costPerPr.ceiling_micro_usd)} ceiling`, detail: `${dollars(p.cost_micro_usd)} over ${p.sessions.length} session(s): a §4 amendment, not a silent override.`, session: null, repo: p.repo, pr: p.pr, source: 'ledgers' });
  }

  for (const s of src.sessions) {
    const e = s.record?.escalation;
    if (s.record?.status !== 'escalated' || !e) continue;
    incidents.push({ kind: 'escalation', severity: 'warn', at: lastActivity(s), title: `escalated in ${e.mode}: ${e.reason}`, detail: e.detail, session: s.session, repo: s.repo ?? null, pr: s.pr ?? null, source: s.recordFile ?? 'ledgers' });
  }

  // Escalations an operator resolved by resuming the session with added context (a rescue mission).
  for (const s of src.sessions) {
    const r = s.record;
    if (!r) continue;
    for (const e of r.escalation_history ?? []) {
      const added = (r.added_context ?? []).map((a) => `${a.kind} ${a.file.split('/').at(-1)}`).join(', ');
      const outcome = r.status === 'done' ? `the session then finished${s.pr !== undefined ? ` and opened PR #${s.pr}` : ''}` : `the session is ${r.status}`;
      incidents.push({
        kind: 'rescue',
        severity: 'info',
        at: e.resumed_at,
        title: `resolved: escalated in ${e.mode} (${e.reason}), resumed by an operator${added ? ` with ${added}` : ''}`,
        detail: `${e.detail.split('\n')[0]!.slice(0, 600)} — ${outcome}.`,
        session: s.session,
        repo: s.repo ?? null,
        pr: s.pr ?? null,
        source: s.recordFile ?? 'ledgers',
      });
    }
  }

  const ledgerDetails = incidents.filter((i) => i.kind === 'cost-incident').map((i) => i.detail);
  for (const { file, report } of src.guardReports) {
    for (const f of report.findings) {
      if (f.rule === 'cost-incident' && !ledgerDetails.some((d) => f.message.includes(d))) {
        incidents.push({ kind: 'cost-incident', severity: 'bad', at: null, title: 'cost incident (cost guard)', detail: f.message, session: null, repo: null, pr: null, source: file });
      }
      if (f.rule === 'hard-cap-exceeded' && ![...hardCapSessions].some((id) => f.message.includes(`session ${id}`))) {
        incidents.push({ kind: 'hard-cap', severity: 'bad', at: null, title: 'hard token cap hit (cost guard)', detail: f.message, session: null, repo: null, pr: null, source: file });
      }
    }
  }

  for (const e of src.evals) {
    for (const v of e.invariant_violations.items) {
      incidents.push({ kind: 'invariant-violation', severity: 'bad', at: e.generated_at, title: `§6 invariant violated in eval ${e.suite}: ${v.invariant}`, detail: `${v.scenario}: ${v.detail}`, session: null, repo: null, pr: null, source: e.file });
    }
  }

  for (const w of src.ci.weeks.filter((x) => x.degraded)) {
    incidents.push({
      kind: 'ci-degradation',
      severity: 'bad',
      at: `${w.start}T00:00:00.000Z`,
      title: `human CI time-to-green degraded in ${w.week}`,
      detail: `humans waited ${minutes(w.human.mean_seconds)} on average over ${w.human.green} green commit(s), ${w.human_ratio}× the baseline of ${minutes(src.ci.baseline.mean_seconds)} (tolerance ${Math.round(src.ci.tolerance * 100)}%).`,
      session: null,
      repo: null,
      pr: null,
      source: 'workflow runs',
    });
  }
  return incidents.sort((a, b) => compareText(b.at ?? '', a.at ?? '') || compareText(a.kind, b.kind));
}
