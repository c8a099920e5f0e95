import { describeError, LIMITS, neutralizeWorkflowCommands, truncateUtf8, type Logger } from '@agent-guards/action-kit';
import type { Ticket } from '@agent-guards/config';
import type { SessionRecord } from '../records/session-record.js';
import type { Escalation, RuntimeOptions, SoftCapNotice } from '../types.js';

export const ESCALATION_LABEL = 'agent-escalated';

/** A fenced block no text inside can close: the fence is longer than any backtick run in the text. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

export function escalationMarker(session: string): string {
  return `<!-- agent-guards:escalation:${session} -->`;
}

/** The escalation comment on the ticket issue: mode, reason and detail, as the session record says them. */
export function escalationComment(e: Escalation, session: { id: string; ticket: string; branch: string; sessionPath: string }): string {
  const body = [
    escalationMarker(session.id),
    `### The agent escalated ticket ${session.ticket}`,
    '',
    `| mode | reason |`,
    `|---|---|`,
    `| \`${e.mode}\` | \`${e.reason}\` |`,
    '',
    'Detail:',
    '',
    fenced(e.detail || '(none)'),
    '',
    `Session \`${session.id}\`, branch \`${session.branch}\`. The session record is \`${session.sessionPath}\`; an operator can resume it with added context (rescue mission).`,
  ].join('\n');
  return truncateUtf8(body, LIMITS.commentChars);
}

export function softCapMarker(session: string): string {
  return `<!-- agent-guards:soft-cap:${session} -->`;
}

export function softCapComment(n: SoftCapNotice): string {
  return [
    softCapMarker(n.session),
    `### <context-budget-warning> on ticket ${n.ticket}`,
    '',
    `The agent session \`${n.session}\` (mode \`${n.mode}\`) projects ${n.projectedTokens} tokens against the soft cap of ${n.softCap} (hard cap ${n.hardCap}; ${n.usedTokens} used so far). A reviewer may want to follow this session.`,
  ].join('\n');
}

/**
 * Tells people what the record says: the reviewer at the soft cap (hook and
 * ticket-issue comment), the ticket issue on escalation (comment and label).
 * A notification that fails is recorded and logged, never silently dropped.
 */
export class Notifier {
  constructor(
    private readonly record: SessionRecord,
    private readonly ticket: Ticket,
    private readonly logger: Logger,
    private readonly github: RuntimeOptions['github'],
    private readonly onSoftCap: RuntimeOptions['onSoftCap'],
    private readonly iso: () => string,
  ) {}

  async softCap(notice: SoftCapNotice): Promise<void> {
    const hook = this.onSoftCap;
    if (hook) await this.send('soft-cap', 'hook', () => Promise.resolve(hook(notice)));
    const gh = this.github;
    const issue = this.ticket.issue;
    if (gh && issue) await this.send('soft-cap', `issue #${issue}`, () => gh.client.commentOnIssue(gh.repo, issue, softCapComment(notice), softCapMarker(notice.session)));
  }

  async escalation(branch: string, sessionPath: string): Promise<void> {
    const e = this.record.escalation;
    const gh = this.github;
    const issue = this.ticket.issue;
    if (!e || !gh || !issue) return;
    const body = escalationComment(e, { id: this.record.session, ticket: this.ticket.id, branch, sessionPath });
    await this.send('escalation', `issue #${issue}`, () => gh.client.commentOnIssue(gh.repo, issue, body, escalationMarker(this.record.session)));
    await this.send('escalation', `issue #${issue} label`, () => gh.client.addLabels(gh.repo, issue, [ESCALATION_LABEL]));
  }

  private async send(kind: 'soft-cap' | 'escalation', target: string, send: () => Promise<unknown>): Promise<void> {
    try {
      await send();
      this.record.notifications.push({ kind, target, ok: true, detail: 'sent', at: this.iso() });
    } catch (error) {
      this.record.notifications.push({ kind, target, ok: false, detail: describeError(error), at: this.iso() });
      this.logger.error(`could not notify ${target} (${kind}): ${neutralizeWorkflowCommands(describeError(error))}`);
    }
  }
}
