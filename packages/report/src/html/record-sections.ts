import { CI_DEFINITION } from '../figures/ci-time-to-green.js';
import { CACHE_DEFINITION } from '../figures/cache.js';
import { COST_PER_PR_DEFINITION } from '../figures/cost.js';
import type { DashboardFigures } from '../figures/figures.js';
import { FIRST_PASS_DEFINITION } from '../figures/first-pass.js';
import type { Incident } from '../figures/incidents.js';
import { POLICY_VIOLATIONS_DEFINITION } from '../figures/policy-violations.js';
import { SESSION_TIME_DEFINITION } from '../figures/session-time.js';
import { count, dollars, minutes, percent, utc } from './format.js';
import { html, type SafeHtml } from './html.js';
import { cutNote, MAX_TABLE_ROWS, num, section, table } from './parts.js';

/** More than this many incidents is a list nobody reads on a page; figures.json has every one. */
const MAX_INCIDENTS = 200;

const KIND_TEXT: Record<Incident['kind'], string> = {
  'cost-incident': 'cost incident',
  'hard-cap': 'hard cap',
  'cost-over-ceiling': 'over ceiling',
  escalation: 'escalation',
  rescue: 'rescued',
  'invariant-violation': 'invariant',
  'ci-degradation': 'CI',
};

/** Where an incident was found, in words: the session record or the ledgers, not a path on the machine that built the page. */
function sourceText(i: Incident): string {
  if (i.source === 'ledgers' || i.source === 'workflow runs') return i.source;
  if (/session\.json$/.test(i.source)) return 'session record';
  if (/eval-results\.json$/.test(i.source)) return 'eval results';
  if (/report\.json$/.test(i.source)) return 'guard report';
  return i.source.split('/').at(-1) ?? i.source;
}

export function incidentsSection(f: DashboardFigures): SafeHtml {
  const list = f.incidents;
  const bad = list.filter((i) => i.severity === 'bad').length;
  const resolved = list.filter((i) => i.severity === 'info').length;
  const waiting = list.length - bad - resolved;
  const body = list.length === 0
    ? html`<p class="note">No incidents in this period.</p>`
    : html`<p>${bad} that broke a limit, ${waiting} escalation(s) waiting for a person, ${resolved} resolved. Newest first${list.length > MAX_INCIDENTS ? `; the latest ${MAX_INCIDENTS} are shown, figures.json has all of them` : ''}.</p><ol class="incidents">${list.slice(0, MAX_INCIDENTS).map(
        (i) => html`<li class="incident sev-${i.severity}" data-kind="${i.kind}" data-session="${i.session ?? ''}" data-pr="${i.pr ?? ''}"><span class="incident-when">${utc(i.at)}</span><div class="incident-title">[${KIND_TEXT[i.kind]}] ${i.title}</div><div class="incident-detail">${i.detail}</div><div class="incident-where">${[i.session ? `session ${i.session}` : '', i.pr !== null ? `${i.repo ?? ''}#${i.pr}` : '', sourceText(i)].filter(Boolean).join(' · ')}</div></li>`,
      )}</ol>`;
  const status = bad > 0 ? 'bad' : waiting > 0 ? 'warn' : 'ok';
  return section('incidents', 'Incidents', status, body, {
    how: 'Everything a person has to look at, newest first. Red: a limit was broken (a cost incident, the hard token cap, a PR over the cost ceiling, a §6 invariant violated in the eval, human CI slowed down). Amber: the runner stopped and escalated, as it should — a person now decides what happens to the ticket. Grey: resolved, such as an escalation an operator rescued by adding context.',
    why:
      bad > 0
        ? `${bad} limit(s) broken in this period: ${list.filter((i) => i.severity === 'bad').slice(0, 3).map((i) => i.title).join('; ')}${bad > 3 ? '; …' : ''}.`
        : waiting > 0
          ? `${waiting} escalated session(s) wait for a person; the agent will not go on by itself.`
          : null,
  });
}

/** Sessions whose tests, linter and installs ran without the sandbox: said in words, not only by a row colour. */
function uncontainedNote(f: DashboardFigures): SafeHtml | string {
  const n = f.sessions.filter((s) => s.sandboxed === false).length;
  if (n === 0) return '';
  return html`<p class="note warn">${count(n)} session(s) ran the service's tests, linter and installs without the sandbox (runner.sandbox: none): code the model wrote had the runner's access to files, processes, its environment's secrets and the network.</p>`;
}

function outcomeText(s: DashboardFigures['sessions'][number]): string {
  if (s.escalation) return `escalated (${s.escalation})`;
  if (s.status === 'done') return s.rescued > 0 ? 'PR opened after a rescue' : 'PR opened';
  return s.status ?? 'no record';
}

export function sessionsSection(f: DashboardFigures): SafeHtml {
  const target = f.session_time.target_minutes * 60;
  const body = f.sessions.length === 0
    ? html`<p class="note">No sessions in the data given.</p>`
    : html`${table(
        [{ label: 'session' }, { label: 'ticket' }, { label: 'PR' }, { label: 'outcome' }, { label: 'refused calls', num: true }, { label: 'sandbox' }, { label: 'started' }, { label: 'time', num: true }, { label: 'tokens', num: true }, { label: 'hit rate', num: true }, { label: 'cost', num: true }],
        f.sessions.slice(-MAX_TABLE_ROWS).map((s) => ({
          cls: s.status === 'escalated' || s.sandboxed === false ? 'row-warn' : '',
          data: { session: s.session, status: s.status, seconds: s.wall_seconds, tokens: s.tokens, micro: s.cost_micro_usd },
          cells: [
            html`<code>${s.session}</code>`,
            s.ticket ?? '–',
            s.pr === null ? '–' : `#${s.pr}`,
            outcomeText(s),
            num(s.refused_calls),
            s.sandboxed === null ? '–' : s.sandboxed ? 'contained' : 'NOT SANDBOXED',
            utc(s.start),
            num(minutes(s.wall_seconds), s.wall_seconds !== null && s.wall_seconds > target ? 'over' : undefined),
            num(count(s.tokens)),
            num(percent(s.cache_hit_rate)),
            num(dollars(s.cost_micro_usd)),
          ],
        })),
        'table-sessions',
      )}${cutNote(f.sessions.length)}${uncontainedNote(f)}`;
  return section('sessions', 'Sessions', undefined, body, {
    how: 'Every agent session in the data: its ticket, the PR it opened or the reason it escalated, the tool calls the runner refused it, whether the code it ran was sandboxed, and what it took in time, tokens and money.',
  });
}

export function dataSection(f: DashboardFigures): SafeHtml {
  const i = f.inputs;
  const body = html`<p>Built from ${count(i.ledgers)} usage ledger(s) (${count(i.usage_records)} model calls), ${count(i.sessions)} session record(s), ${count(i.guard_reports)} CI guard report(s), ${count(i.eval_suites)} eval run(s), ${count(i.workflow_runs)} workflow run(s) and ${count(i.pr_outcomes)} PR outcome(s). Money is priced from tokens with the cost guard's price table; every figure is also in <code>figures.json</code>, written next to this page.</p>
${f.gaps.length > 0 ? html`<h3>What the data could not show</h3><ul class="gaps">${f.gaps.map((g) => html`<li>${g}</li>`)}</ul>` : ''}
<h3>Definitions</h3>
<dl class="definitions">
<dt>First-pass validation</dt><dd>${FIRST_PASS_DEFINITION}</dd>
<dt>Policy violations</dt><dd>${POLICY_VIOLATIONS_DEFINITION}</dd>
<dt>Cost per merged PR</dt><dd>${COST_PER_PR_DEFINITION}</dd>
<dt>Cache hit rate</dt><dd>${CACHE_DEFINITION}</dd>
<dt>Session time</dt><dd>${SESSION_TIME_DEFINITION}</dd>
<dt>Weekly token use</dt><dd>Total input plus output per ISO week (Monday to Sunday, UTC) of each model call, against the policy's cost.weekly_budget_tokens (or a budget given on the command line).</dd>
<dt>CI time-to-green</dt><dd>${CI_DEFINITION}</dd>
<dt>Incidents</dt><dd>§4 cost incidents by the cost guard's rules at the end of each day of the ledgers, and those in cost-guard reports; sessions at or over the hard cap or escalated on the token ceiling; PRs over the cost ceiling; escalations, open and rescued; §6 invariant violations in evals; weeks of degraded human CI time-to-green.</dd>
</dl>`;
  return section('data', 'Data and definitions', f.gaps.length > 0 ? 'warn' : undefined, body);
}
