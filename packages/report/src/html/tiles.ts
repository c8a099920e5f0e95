import type { DashboardFigures } from '../figures/figures.js';
import type { FigureStatus } from '../figures/status.js';
import { compact, count, dollars, minutes, percent } from './format.js';
import { html, type SafeHtml } from './html.js';
import { badge } from './parts.js';

interface Tile {
  figure: string;
  label: string;
  value: number | null;
  shown: string;
  note: string;
  status: FigureStatus;
  href: string;
}

function tile(t: Tile): SafeHtml {
  return html`<a class="tile status-${t.status}" href="#${t.href}" data-figure="${t.figure}" data-value="${t.value ?? ''}" data-status="${t.status}"><div class="tile-label">${t.label}${badge(t.status)}</div><div class="tile-value">${t.shown}</div><div class="tile-note">${t.note}</div></a>`;
}

/** The signal metrics of spec §2/§9/§10 and the case study's budget, one tile each, worst news first in colour. */
export function signalTiles(f: DashboardFigures): SafeHtml {
  const fpv = f.first_pass_validation;
  const pv = f.policy_violations;
  const cost = f.cost_per_pr;
  const ci = f.ci_time_to_green;
  const cache = f.cache_hit_rate;
  const time = f.session_time;
  const weekly = f.weekly_tokens;
  const latestWeek = weekly.weeks[weekly.weeks.length - 1];
  const ciLatest = [...ci.weeks].reverse().find((w) => w.human.mean_seconds !== null);
  const evalRun = [...f.evals].sort((a, b) => a.generated_at.localeCompare(b.generated_at)).pop();

  const tiles: Tile[] = [
    { figure: 'first-pass-validation', label: 'First-pass validation', value: fpv.rate, shown: percent(fpv.rate), note: `${fpv.first_pass} of ${fpv.decided} closed agent PRs merged without a spec amendment · target ≥ ${percent(fpv.target, 0)}, floor ${percent(fpv.floor, 0)} · ${fpv.pending} pending`, status: fpv.status, href: 'first-pass' },
    { figure: 'policy-violations', label: 'Policy violations', value: pv.failed, shown: count(pv.failed), note: `${pv.failed} of ${pv.reports} guard reports failed · ${pv.errored} undecided · target 0`, status: pv.status, href: 'violations' },
    {
      figure: 'cost-per-merged-pr',
      label: cost.basis === 'merged' ? 'Cost per merged PR (mean)' : 'Cost per PR (mean, merge unknown)',
      value: cost.mean_micro_usd,
      shown: dollars(cost.mean_micro_usd),
      note: `${cost.count} PR(s) · ${cost.over_ceiling} over the ${dollars(cost.ceiling_micro_usd)} ceiling · max ${dollars(cost.max_micro_usd)}`,
      status: cost.status,
      href: 'cost',
    },
    {
      figure: 'ci-time-to-green-human',
      label: 'CI time-to-green, human PRs',
      value: ciLatest?.human.mean_seconds ?? null,
      shown: minutes(ciLatest?.human.mean_seconds),
      note: `${ciLatest ? `${ciLatest.week}, ` : ''}baseline ${minutes(ci.baseline.mean_seconds)}${ciLatest?.human_ratio ? ` (${ciLatest.human_ratio.toFixed(2)}×)` : ''} · ${ci.degraded ? `degraded in ${ci.degraded_weeks.join(', ') || 'the weeks since launch'}` : 'must not degrade'}`,
      status: ci.status,
      href: 'ci',
    },
    { figure: 'cache-hit-rate', label: 'Cache hit rate', value: cache.rate, shown: percent(cache.rate), note: `cache reads ÷ total input · target ≥ ${percent(cache.target, 0)} · ${cache.sessions_below_target.length} of ${cache.sessions} sessions below`, status: cache.status, href: 'cache' },
    { figure: 'session-time-mean', label: 'Session time (mean)', value: time.mean_seconds, shown: minutes(time.mean_seconds), note: `p95 ${minutes(time.p95_seconds)} · ${time.sessions} sessions · target mean ≤ ${time.target_minutes} min`, status: time.status, href: 'session-time' },
    {
      figure: 'weekly-tokens',
      label: 'Tokens this week',
      value: latestWeek?.tokens ?? null,
      shown: latestWeek ? compact(latestWeek.tokens) : '–',
      note: weekly.budget_tokens === null ? `${latestWeek?.week ?? ''} · no weekly budget set` : `${latestWeek?.week ?? ''} · ${percent(latestWeek?.share_of_budget)} of the ${compact(weekly.budget_tokens)} weekly budget · ${weekly.weeks_over_budget} week(s) over`,
      status: weekly.status,
      href: 'tokens',
    },
  ];
  if (evalRun) {
    tiles.push(
      { figure: 'eval-known-good', label: 'Eval: known-good pass rate', value: evalRun.known_good.rate, shown: percent(evalRun.known_good.rate), note: `${evalRun.known_good.passed} of ${evalRun.known_good.total} · §9 ≥ ${percent(evalRun.known_good.threshold, 0)} · ${evalRun.suite}`, status: evalRun.known_good.ok ? 'ok' : 'bad', href: 'evals' },
      { figure: 'eval-adversarial', label: 'Eval: adversarial pass rate', value: evalRun.adversarial.rate, shown: percent(evalRun.adversarial.rate), note: `${evalRun.adversarial.passed} of ${evalRun.adversarial.total} · §9 ≥ ${percent(evalRun.adversarial.threshold, 0)} · ${evalRun.invariant_violations.count} invariant violation(s)`, status: evalRun.adversarial.ok && evalRun.invariant_violations.ok ? 'ok' : 'bad', href: 'evals' },
    );
  }
  return html`<section class="tiles" aria-label="Signal metrics">${tiles.map(tile)}</section>`;
}
