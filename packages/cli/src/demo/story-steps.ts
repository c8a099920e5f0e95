import { join } from 'node:path';
import type { Logger } from '@agent-guards/action-kit';
import { resumeGuardedSession, runGuardedSession, type SessionResult } from '@agent-guards/agent-runner';
import type { MessagesServer } from '@agent-guards/local-servers';
import { EXAMPLE_DIR } from '../example-repo.js';
import { loadTranscript } from '../scripted-model.js';
import type { LocalCi, PrChecks } from './local-ci.js';
import { PEOPLE, REPO_REF, SLUG, type LocalGitHub } from './local-github.js';
import type { Narrator } from './narrator.js';
import { pushHumanBranch, syncAgentCheckout, type HumanPr, type ServiceRepos } from './service-repos.js';
import { sessionStory, type SessionStory } from './session-story.js';

/** The repository's agent instruction files the runner puts in the stable, cached prefix of every call. */
export const SKILL_PATHS = ['AGENTS.md', '.agents/skills/testing.md', '.agents/skills/cloudevents.md'];
/** The scripted model's key: the local Messages server only checks one is sent. */
const SCRIPTED_KEY = 'scripted-model-no-real-key';
const AGENT_AUTHOR = { name: PEOPLE.agent, email: 'shop-agent[bot]@users.noreply.github.com' };

export interface StoryContext {
  narrator: Narrator;
  logger: Logger;
  repos: ServiceRepos;
  github: LocalGitHub;
  ci: LocalCi;
  model: MessagesServer;
  sessionsDir: string;
  /** Values for `{{…}}` in transcripts. */
  placeholders: Record<string, string>;
  /** What did not go as the story says: the demo fails when this is not empty. */
  unexpected: string[];
  sessions: SessionResult[];
}

/** Records an outcome the story did not expect (the demo then exits 1 and says which). */
export function expectThat(ctx: StoryContext, ok: boolean, what: string): void {
  if (!ok) {
    ctx.unexpected.push(what);
    ctx.narrator.note(`UNEXPECTED: ${what}`);
  }
}

function runtime(ctx: StoryContext) {
  return {
    anthropic: { baseURL: ctx.model.url, apiKey: SCRIPTED_KEY, maxRetries: 0 },
    github: { client: ctx.github.clientFor(PEOPLE.agent), repo: REPO_REF },
    push: { remote: 'origin', token: ctx.github.tokenFor(PEOPLE.agent) },
    logger: ctx.logger,
    author: AGENT_AUTHOR,
  };
}

function transcriptPath(ticket: string): string {
  return ticket === 'SHOP-142' ? join(EXAMPLE_DIR, 'transcript.json') : join(EXAMPLE_DIR, 'transcripts', `${ticket}.json`);
}

/** The scripted turns and the session must stay in step: a turn left over means the session did something else. */
function checkScriptUsed(ctx: StoryContext, what: string): void {
  if (ctx.model.remaining > 0) throw new Error(`the scripted model has ${ctx.model.remaining} turn(s) of ${what} left: the session ended earlier than its transcript says.`);
}

/**
 * The agent runner on one ticket, from the latest main: the real runner
 * (Frame → Plan → Implement → Review, the tool manifest, the sandbox, the
 * Review guards), the scripted model's turns for the ticket, the local GitHub
 * for the push, the PR and escalation comments.
 */
export async function runTicket(ctx: StoryContext, ticket: string, title: string): Promise<SessionStory> {
  const base = syncAgentCheckout(ctx.repos);
  ctx.model.enqueue(...loadTranscript(transcriptPath(ticket), ctx.placeholders));
  const story = await ctx.narrator.timed(
    'runner',
    `${ticket} ${title} — from main at ${base.slice(0, 7)}`,
    async () => {
      const result = await runGuardedSession({
        ...runtime(ctx),
        repo: ctx.repos.agent,
        base: 'main',
        ticketPath: `.agent/tickets/${ticket}.yml`,
        sessionDir: join(ctx.sessionsDir, ticket),
        repoSlug: SLUG,
        skillPaths: SKILL_PATHS,
      });
      checkScriptUsed(ctx, ticket);
      return sessionStory(result);
    },
    (s) => ({ verdict: s.result.status.toUpperCase(), details: [s.path, ...s.details] }),
  );
  ctx.sessions.push(story.result);
  if (story.result.status === 'done') ctx.ci.provideArtifacts(story.result.branch, { ledger: story.result.ledgerPath });
  return story;
}

/**
 * The rescue mission: an operator resumes an escalated session with context
 * added (a contract, an example), in the same session folder, ledger and
 * trace; the Review guards are the standard ones, as in the first run.
 */
export async function resumeTicket(ctx: StoryContext, escalated: SessionStory, contextFile: string): Promise<SessionStory> {
  const ticket = escalated.record.ticket;
  ctx.model.enqueue(...loadTranscript(join(EXAMPLE_DIR, 'transcripts', `${ticket}.resume.json`), ctx.placeholders));
  const story = await ctx.narrator.timed(
    'runner',
    `${ticket} resumed (rescue mission) in ${escalated.record.escalation?.mode ?? '?'} mode with the added context`,
    async () => {
      const result = await resumeGuardedSession(join(escalated.result.sessionPath, '..'), {
        ...runtime(ctx),
        addContext: contextFile,
        addContextKind: 'contract',
      });
      checkScriptUsed(ctx, `${ticket} (resume)`);
      return sessionStory(result, { fromRun: 1 });
    },
    (s) => ({ verdict: s.result.status.toUpperCase(), details: [s.path, ...s.details] }),
  );
  ctx.sessions[ctx.sessions.indexOf(escalated.result)] = story.result;
  if (story.result.status === 'done') ctx.ci.provideArtifacts(story.result.branch, { ledger: story.result.ledgerPath });
  return story;
}

function checksDetails(c: PrChecks): string[] {
  const guards = c.guards.map((r) => `${r.guard} ${r.verdict}${r.findings.some((f) => f.severity === 'warning') ? ` (${r.findings.filter((f) => f.severity === 'warning').length} warning)` : ''}`);
  return [`ci: ${c.tests.passed ? 'PASS' : 'FAIL'} — ${c.tests.summary}`, `agent-guards: ${guards.join(', ')}`, ...c.guards.flatMap((r) => r.findings.filter((f) => f.severity !== 'notice').slice(0, 3).map((f) => `  ${r.guard} ${f.severity}: ${f.message.slice(0, 180)}`))];
}

/** Waits for the PR's CI (two workflow runs on the local GitHub) and prints it, timed as CI timed it. */
export async function awaitChecks(ctx: StoryContext, pr: number, who: string): Promise<PrChecks> {
  const checks = await ctx.ci.checksOf(pr);
  ctx.narrator.step('CI', `PR #${pr} (${who}): workflows ci and agent-guards on ${checks.headSha.slice(0, 7)}`, checks.green ? 'GREEN' : 'RED', checks.seconds, checksDetails(checks));
  return checks;
}

/** The operator (not the agent: it has no merge tool) merges a green PR on the local GitHub. */
export async function mergePr(ctx: StoryContext, pr: number, checks: PrChecks, agent: boolean): Promise<void> {
  const client = ctx.github.clientFor(PEOPLE.operator);
  await ctx.narrator.timed(
    'operator',
    `${PEOPLE.operator} reviews PR #${pr} and merges it`,
    async () => {
      const merged = await client.octokit.rest.pulls.merge({ ...REPO_REF, pull_number: pr, sha: checks.headSha, merge_method: 'merge' });
      const outcome = agent ? await ctx.ci.outcomeOf(pr) : undefined;
      return { sha: merged.data.sha, outcome };
    },
    (r) => ({
      verdict: 'MERGED',
      details: [`merge commit ${r.sha.slice(0, 7)} on main`, ...(r.outcome ? [`agent-pr-outcome (on close): ${r.outcome.report.findings[0]?.message ?? r.outcome.report.verdict} — in the cost history`] : [])],
    }),
  );
}

/** An engineer's pull request: their branch pushed, the PR opened with their token. Returns its number. */
export async function openHumanPr(ctx: StoryContext, pr: HumanPr): Promise<number> {
  pushHumanBranch(ctx.repos, pr);
  const opened = await ctx.github.clientFor(pr.author).findOrCreatePullRequest(REPO_REF, { head: pr.branch, base: 'main', title: pr.title, body: pr.body });
  return opened.number;
}

/** Waits for an engineer's PR's CI, prints it, and merges it when green. */
export async function landHumanPr(ctx: StoryContext, number: number, pr: HumanPr): Promise<void> {
  const checks = await ctx.ci.checksOf(number);
  ctx.narrator.step('CI', `PR #${number} by ${pr.author}: ${pr.title}`, checks.green ? 'GREEN' : 'RED', checks.seconds, checks.green ? [`ci: ${checks.tests.summary}; agent-guards: ${checks.guards.map((r) => `${r.guard} ${r.verdict}`).join(', ')}`] : checksDetails(checks));
  expectThat(ctx, checks.green, `PR #${number} by ${pr.author} is not green`);
  if (checks.green) await ctx.github.clientFor(PEOPLE.operator).octokit.rest.pulls.merge({ ...REPO_REF, pull_number: number, sha: checks.headSha, merge_method: 'merge' });
}
