import { compareText } from '@agent-guards/action-kit';
import type { DashboardFigures } from '../figures/figures.js';
import type { FigureStatus } from '../figures/status.js';
import { compact, count, dollars, minutes, percent } from './format.js';
import { html, type SafeHtml } from './html.js';
import { badge } from './parts.js';

export interface Tile {
  figure: string;
  label: string;
  value: number | null;
  shown: string;
  note: string;
  status: FigureStatus;
  href: string;
  /** Why it is amber or red, in a few words (the panel says it in full). */
  why?: string | null;
}

function tile(t: Tile): SafeHtml {
  const why = t.why && (t.status === 'warn' || t.status === 'bad') ? html`<div class="tile-why">${t.why}</div>` : '';
  return html`<a class="tile status-${t.status}" href="#${t.href}" data-figure="${t.figure}" data-value="${t.value ?? ''}" data-status="${t.status}"><div class="tile-label">${t.label}${badge(t.status)}</div><div class="tile-value">${t.shown}</div><div class="tile-note">${t.note}</div>${why}</a>`;
}

/** What a red incident broke, in a few words. */
const BROKEN_TEXT: Record<string, string> = {
  'cost-incident': 'a §4 cost incident',
  'hard-cap': 'the hard token cap',
  'cost-over-ceiling': 'a PR over the cost ceiling',
  'invariant-violation': 'a §6 invariant in the eval',
  'ci-degradation': 'human CI time-to-green',
  escalation: 'an escalation',
  rescue: 'a rescue',
};

/** The first sentence of a longer explanation. */
function firstSentence(text: string | null): string | null {
  if (!text) return null;
  const m = /^(.+?[.:])(\s|$)/.exec(text);
  return (m ? m[1]! : text).replace(/:$/, '.');
}

/**
 * The signals of the spec on one row of tiles each: §2 (first-pass
 * validation, policy violations, CI time-to-green), §4 (cost per PR, cache,
 * weekly tokens), §7 (session time), §9 (the eval suite) and the incidents a
 * person must look at. Exported so the CLI can print the same headlines.
 */
export function signalTileData(f: DashboardFigures): Tile[] {
  const fpv = f.first_pass_validation;
  const pv = f.policy_violations;
  const cost = f.cost_per_pr;
  const ci = f.ci_time_to_green;
  const cache = f.cache_hit_rate;
  const time = f.session_time;
  const weekly = f.weekly_tokens;
  const latestWeek = weekly.weeks[weekly.weeks.length - 1];
  const evalRun = [...f.evals].sort((a, b) => compareText(a.generated_at, b.generated_at)).pop();
  const open = f.incidents.filter((i) => i.severity !== 'info');
  const broke = f.incidents.filter((i) => i.severity === 'bad').length;
  const resolved = f.incidents.length - open.length;
  const stopped = pv.stopped.length;

  const tiles: Tile[] = [
    {
      figure: 'first-pass-validation',
      label: 'First-pass validation',
      value: fpv.rate,
      shown: percent(fpv.rate),
      note: `${fpv.first_pass} of ${fpv.decided} closed agent PRs merged without a spec amendment · target ≥ ${percent(fpv.target, 0)} (§2)${fpv.pending ? ` · ${fpv.pending} open` : ''}`,
      status: fpv.status,
      href: 'first-pass',
      why: firstSentence(fpv.why),
    },
    {
      figure: 'policy-violations',
      label: 'Policy violations on PRs',
      value: pv.reports === 0 ? null : pv.violations.length,
      shown: pv.reports === 0 ? '–' : count(pv.violations.length),
      note: `error findings of failed CI guard reports, ${count(pv.reports)} reports read · target 0 (§2)${stopped ? ` · ${stopped} attempt(s) stopped before a PR, not counted` : ''}`,
      status: pv.status,
      href: 'violations',
      why: firstSentence(pv.why),
    },
    {
      figure: 'cost-per-merged-pr',
      label: cost.basis === 'merged' ? 'Cost per merged PR (mean)' : 'Cost per PR (mean, merge unknown)',
      value: cost.mean_micro_usd,
      shown: dollars(cost.mean_micro_usd),
      note: `${cost.count} PR(s) · ceiling ${dollars(cost.ceiling_micro_usd)} (§4) · highest ${dollars(cost.max_micro_usd)}`,
      status: cost.status,
      href: 'cost',
      why: firstSentence(cost.why),
    },
    {
      figure: 'cache-hit-rate',
      label: 'Prompt cache hit rate',
      value: cache.rate,
      shown: percent(cache.rate),
      note: `input read from the cache · target ≥ ${percent(cache.target, 0)} (§4) · ${cache.sessions_below_target.length} of ${cache.sessions} sessions under it`,
      status: cache.status,
      href: 'cache',
      why: cache.sessions_below_target.length > 0 && cache.status === 'warn' ? `${cache.sessions_below_target.length} session(s) under the target: they wrote the cached prefix the others read.` : firstSentence(cache.why),
    },
    {
      figure: 'session-time-mean',
      label: 'Session time, ticket → PR (mean)',
      value: time.mean_seconds,
      shown: minutes(time.mean_seconds),
      note: `${time.sessions} session(s) that opened a PR · p95 ${minutes(time.p95_seconds)} · target mean ≤ ${time.target_minutes} min (§7)`,
      status: time.status,
      href: 'session-time',
      why: time.escalated > 0 && time.status === 'warn' ? `${time.escalated} escalated session(s) opened no PR: not on target.` : firstSentence(time.why),
    },
    {
      figure: 'weekly-tokens',
      label: 'Tokens this week',
      value: latestWeek?.tokens ?? null,
      shown: latestWeek ? compact(latestWeek.tokens) : '–',
      note: weekly.budget_tokens === null ? `${latestWeek?.week ?? ''} · no weekly budget set` : `${percent(latestWeek?.share_of_budget)} of the ${compact(weekly.budget_tokens)} weekly budget · ${latestWeek?.week ?? ''}`,
      status: weekly.status,
      href: 'tokens',
      why: firstSentence(weekly.why),
    },
    {
      figure: 'incidents',
      label: 'Incidents open',
      value: open.length,
      shown: count(open.length),
      note: `${broke} broke a limit · ${open.length - broke} escalation(s) wait for a person${resolved ? ` · ${resolved} resolved` : ''}`,
      status: broke > 0 ? 'bad' : open.length > 0 ? 'warn' : 'ok',
      href: 'incidents',
      why:
        broke > 0
          ? `Broken: ${[...new Set(f.incidents.filter((i) => i.severity === 'bad').map((i) => BROKEN_TEXT[i.kind]))].join(', ')}.`
          : open.length > 0
            ? 'The runner stopped as it should; a person decides what happens to those tickets.'
            : null,
    },
    evalRun
      ? {
          figure: 'eval-suite',
          label: `Eval suite (§9)${evalRun.selection ? ', a slice' : ''}`,
          value: evalRun.adversarial.rate,
          shown: `${percent(evalRun.known_good.rate, 0)} · ${percent(evalRun.adversarial.rate, 0)}`,
          note: `known-good ${evalRun.known_good.passed}/${evalRun.known_good.total} (≥ ${percent(evalRun.known_good.threshold, 0)}) · adversarial ${evalRun.adversarial.passed}/${evalRun.adversarial.total} (≥ ${percent(evalRun.adversarial.threshold, 0)}) · ${evalRun.invariant_violations.count} §6 violation(s)${evalRun.selection ? ` · ${evalRun.selection.scenarios} of ${evalRun.selection.of} scenarios` : ''}`,
          status: evalRun.status,
          href: 'evals',
          why: evalRun.why,
        }
      : { figure: 'eval-suite', label: 'Eval suite (§9)', value: null, shown: '–', note: 'no eval results given', status: 'none', href: 'evals' },
    {
      figure: 'ci-time-to-green-human',
      label: 'CI time-to-green, human PRs',
      value: ci.after_launch.mean_seconds,
      shown: minutes(ci.after_launch.mean_seconds ?? ci.baseline.mean_seconds),
      note: `${ci.after_launch.mean_seconds === null ? 'no human commit since the agent started' : 'since the agent started'} · before it ${minutes(ci.baseline.mean_seconds)}${ci.after_launch.ratio !== null ? ` (${ci.after_launch.ratio.toFixed(2)}×)` : ''} · must not degrade (§2)`,
      status: ci.status,
      href: 'ci',
      why: ci.cause && ci.after_launch.ratio !== null ? `Humans waited ${ci.after_launch.ratio.toFixed(2)}× as long since the agent started. ${ci.cause}` : firstSentence(ci.why),
    },
  ];
  return tiles;
}

export function signalTiles(f: DashboardFigures): SafeHtml {
  return html`<section class="tiles" aria-label="Signal metrics">${signalTileData(f).map(tile)}</section>`;
}
