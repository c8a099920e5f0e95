import { groupDigits, LIMITS, truncateUtf8, type Logger } from '@agent-guards/action-kit';
import type { CostPolicy } from './decisions.js';
import { formatUsd } from './money.js';
import type { SessionSummary } from './summary.js';
import { handle, type IncidentTrigger } from './history/incidents.js';
import { OVERSIGHT, type OversightState } from './history/oversight.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * The part of the GitHub client (packages/github) this guard calls, as a
 * structural type. The client owns retries, rate limits and idempotent
 * creates (find the sticky comment or issue by its marker before creating).
 */
export interface CostGitHubClient {
  addLabels(repo: RepoRef, issueNumber: number, labels: string[]): Promise<unknown>;
  upsertStickyComment(repo: RepoRef, issueNumber: number, marker: string, body: string): Promise<unknown>;
  upsertIssue(repo: RepoRef, issue: { marker: string; title: string; body: string; labels: string[] }): Promise<unknown>;
}

export interface CostNotifyTarget {
  client: CostGitHubClient;
  repo: RepoRef;
  prNumber: number;
}

export const CONTEXT_BUDGET_LABEL = 'context-budget-warning';
export const CONTEXT_BUDGET_MARKER = '<!-- agent-guards:cost-ceiling:context-budget -->';
export const COST_INCIDENT_LABEL = 'cost-incident';
export const COST_INCIDENT_MARKER = '<!-- agent-guards:cost-ceiling:cost-incident -->';

/** The reviewer's sticky comment: which sessions crossed the soft cap, by how much. */
export function contextBudgetComment(sessions: SessionSummary[], policy: CostPolicy): string {
  const rows = sessions.slice(0, 50).map((s) => {
    const t = s.totals;
    const over = t.capTokens >= policy.hard_cap_tokens ? 'hard cap' : 'soft cap';
    return `| \`${s.session}\` | ${[...s.modes].join(', ')} | ${groupDigits(t.capTokens)} | ${groupDigits(t.totalInput)} | ${groupDigits(t.counts.output)} | ${formatUsd(t.costMicro)} | ${over} |`;
  });
  const more = sessions.length > rows.length ? ['', `_${sessions.length - rows.length} more session(s) are in the job summary._`] : [];
  const body = [
    CONTEXT_BUDGET_MARKER,
    '### ⚠️ Context-budget warning',
    '',
    `The agent session(s) behind this PR reached the per-session soft cap of ${groupDigits(policy.soft_cap_tokens)} tokens (input including cache reads and writes, plus output; hard cap ${groupDigits(policy.hard_cap_tokens)}). A long context is where drift hides: please review the plan against the ticket scope with extra care.`,
    '',
    '| session | modes | tokens | input | output | cost | reached |',
    '|---|---|---:|---:|---:|---:|---|',
    ...rows,
    ...more,
    '',
    '_Updated by the cost-ceiling guard on every run; this comment is edited, never duplicated._',
  ].join('\n');
  return truncateUtf8(body, LIMITS.commentChars);
}

export function incidentIssue(triggers: IncidentTrigger[], escalateTo: readonly string[], now: Date): { marker: string; title: string; body: string; labels: string[] } {
  const who = escalateTo.length > 0 ? escalateTo.map(handle).join(' → ') : '_no escalation handles configured (policy cost.incident.escalate_to)_';
  return {
    marker: COST_INCIDENT_MARKER,
    title: 'Cost incident: agent token spend over the §4 escalation triggers',
    body: [
      COST_INCIDENT_MARKER,
      `**Escalation:** ${who}`,
      '',
      `Detected by the cost-ceiling guard at ${now.toISOString()}:`,
      '',
      ...triggers.map((t) => `- ${t.message}`),
      '',
      'Spec §4 cost-incident escalation: per-session cost sustained over the threshold, or daily cost over the multiple of the rolling 7-day median. This issue is updated on each run while the incident lasts; close it when resolved.',
    ].join('\n'),
    labels: [COST_INCIDENT_LABEL],
  };
}

/**
 * Sends what the decisions call for. Every call is an upsert or an idempotent
 * add, so a re-run updates rather than duplicates. A failure propagates: a
 * reviewer who was not told is a guard that did not do its job.
 */
export async function sendNotifications(
  target: CostNotifyTarget,
  what: { softCapSessions: SessionSummary[]; incidents: IncidentTrigger[]; oversight?: OversightState },
  policy: CostPolicy,
  now: Date,
  logger: Logger,
): Promise<string[]> {
  const done: string[] = [];
  const { client, repo, prNumber } = target;
  if (what.softCapSessions.length > 0) {
    await client.addLabels(repo, prNumber, [CONTEXT_BUDGET_LABEL]);
    await client.upsertStickyComment(repo, prNumber, CONTEXT_BUDGET_MARKER, contextBudgetComment(what.softCapSessions, policy));
    done.push(`labelled PR #${prNumber} ${CONTEXT_BUDGET_LABEL} and updated the reviewer's context-budget comment`);
  }
  if (what.incidents.length > 0) {
    await client.upsertIssue(repo, incidentIssue(what.incidents, policy.incident.escalate_to, now));
    done.push(`opened or updated the ${COST_INCIDENT_LABEL} issue`);
  }
  if (what.oversight?.extraReview) {
    await client.addLabels(repo, prNumber, [OVERSIGHT.label]);
    done.push(`labelled PR #${prNumber} ${OVERSIGHT.label} (§10 periodic review)`);
  }
  for (const line of done) logger.info(`cost-ceiling: ${line}.`);
  return done;
}
