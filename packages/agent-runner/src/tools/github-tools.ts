import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS, truncateUtf8 } from '@agent-guards/action-kit';
import * as z from 'zod/mini';
import { currentHead } from './git-tools.js';
import { defineTool, ToolRefusal, type SessionServices, type ToolResult } from './tool.js';

/**
 * Why a PR description does not name the spec section the ticket implements
 * (spec §6 spec-conformance), or undefined. References are read as a reviewer
 * sees them: hidden markdown and invisible characters do not count.
 */
export async function specReferenceProblem(body: string, ticketSections: readonly string[]): Promise<string | undefined> {
  // The markdown reader (a parser and GitHub's rendering rules) loads for the one call that opens a PR.
  const { findReferences, parseSpecReference } = await import('@agent-guards/spec-conformance');
  const found = findReferences(body).references;
  if (found.length === 0) return 'the description names no spec section (write e.g. "implements §3.6 (…)")';
  const wanted = ticketSections.flatMap((s) => parseSpecReference(s).map((r) => r.section));
  if (wanted.length === 0) return undefined;
  const named = new Set(found.map((r) => r.section));
  if (!wanted.some((w) => named.has(w))) return `the description must name the section this ticket implements: ${ticketSections.join(', ')}`;
  return undefined;
}

function footer(services: SessionServices): string {
  const plan = services.plan;
  return [
    '',
    '---',
    `Opened by the agent-guards runner: session \`${services.sessionId}\`, ticket \`${services.ticket.id}\`${services.ticket.spec.length ? ` (${services.ticket.spec.join(', ')})` : ''}.`,
    plan ? `Planned files (${plan.files.length}): ${plan.files.map((f) => `\`${f}\``).join(', ')}.` : '',
    // A reviewer must know when the tests this PR was checked with ran with the runner's own access.
    ...(services.containment.contained ? [] : ['', `> [!WARNING]\n> ${services.containment.summary}`]),
    ...(services.reviewWarnings.length ? ['', 'Review warnings for the reviewer:', ...services.reviewWarnings.slice(0, 20).map((w) => `- ${w}`)] : []),
  ].join('\n');
}

export const ghPrCreateTool = defineTool({
  name: 'gh_pr_create',
  description:
    'Open the pull request for the pushed session branch against the base branch (idempotent: an open PR for the branch is reused). The body must name the spec section the change implements.',
  input: z.strictObject({
    title: z.string().check(z.minLength(1), z.maxLength(256)),
    body: z.string().check(z.minLength(1), z.maxLength(60_000)),
    draft: z._default(z.boolean(), false),
  }),
  async run(input, services): Promise<ToolResult> {
    const problem = await specReferenceProblem(input.body, services.ticket.spec);
    if (problem) throw new ToolRefusal(`${problem}.`);
    const head = await currentHead(services);
    if (!services.pushed || services.pushed.sha !== head) {
      throw new ToolRefusal(`push the branch at its current commit ${head.slice(0, 12)} first (git_push_non_protected).`);
    }
    const body = truncateUtf8(`${input.body.trim()}\n${footer(services)}\n`, LIMITS.commentChars);
    const bodyPath = join(services.sessionDir, 'pr-body.md');
    writeFileSync(bodyPath, `# ${input.title}\n\n${body}`);
    services.prBodyPath = bodyPath;
    if (!services.github) {
      return {
        content: `no GitHub in this run: the PR description is in ${bodyPath} and the branch is ${services.branch} at ${head.slice(0, 12)}.`,
        attributes: { pr: 'local', sha: head },
        transition: 'pr-opened',
      };
    }
    const { client, repo } = services.github;
    const pr = await client.findOrCreatePullRequest(repo, { head: services.branch, base: services.baseBranch, title: input.title, body, draft: input.draft });
    services.pr = { number: pr.number, url: pr.html_url };
    return {
      content: `${pr.created ? 'opened' : 'found the open'} PR #${pr.number}: ${pr.html_url}`,
      attributes: { pr: pr.number, created: pr.created, sha: head },
      transition: 'pr-opened',
    };
  },
});

export const ghPrCommentTool = defineTool({
  name: 'gh_pr_comment',
  description: "Comment on this session's pull request.",
  input: z.strictObject({ body: z.string().check(z.minLength(1), z.maxLength(60_000)) }),
  async run(input, services) {
    if (!services.pr && !services.prBodyPath) throw new ToolRefusal('this session has not opened its PR yet.');
    const body = truncateUtf8(input.body, LIMITS.commentChars);
    if (!services.github || !services.pr) {
      appendFileSync(join(services.sessionDir, 'pr-comments.md'), `${body}\n\n---\n\n`);
      return { content: 'no GitHub in this run: the comment was written to pr-comments.md in the session folder.' };
    }
    await services.github.client.commentOnIssue(services.github.repo, services.pr.number, body);
    return { content: `commented on PR #${services.pr.number}`, attributes: { pr: services.pr.number } };
  },
});
