import { described, GUARD_NAMES, reportFromFindings, type GuardName, type GuardRun, type Logger } from '@agent-guards/action-kit';
import * as z from 'zod/mini';
import { shortCommit } from './config-source.js';
import { FORBIDDEN_CATEGORY_IDS } from './forbidden.js';
import type { Policy } from './policy.js';

/** Whom a guard judges: only agent PRs, or every PR. */
export const APPLIES_TO = ['agent-prs', 'every-pr'] as const;
export type AppliesTo = (typeof APPLIES_TO)[number];

/**
 * The logins other coding agents open PRs as (`pull_request.user.login`):
 * GitHub Copilot coding agent (shown as `Copilot`, its app `copilot-swe-agent[bot]`),
 * the Claude GitHub App and the ChatGPT Codex connector. Counting them as agents
 * only ever adds checks, so they are agents in every policy.
 */
export const KNOWN_AGENT_LOGINS = ['Copilot', 'copilot-swe-agent[bot]', 'claude[bot]', 'chatgpt-codex-connector[bot]'] as const;

/**
 * Defaults: the agent-conduct rules (a spec reference and conventional commits,
 * the ticket's scope, what the sessions cost) for agent PRs; the rules any
 * change should keep (no test silently skipped, no forbidden import) for every PR.
 */
export const DEFAULT_APPLIES_TO: Readonly<Record<GuardName, AppliesTo>> = {
  'manifest-scope': 'agent-prs',
  'skip-set': 'every-pr',
  'spec-conformance': 'agent-prs',
  'cost-ceiling': 'agent-prs',
  boundaries: 'every-pr',
};

/** A GitHub login: letters, digits and '-', an app's with '[bot]'. */
const login = z.string().check(z.regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/, "a GitHub login such as octo-agent[bot] (an app's bot login ends in [bot])"));

/**
 * The agents are named in the policy because it is read at the base commit: a
 * PR cannot change who counts as one, as it could a workflow input (the caller
 * workflow of a pull_request run is the PR's own copy).
 */
export const AgentsPolicySchema = described(
  z.optional(
    z.strictObject({
      logins: described(
        z._default(z.array(login), []),
        `PR authors whose PRs are agent PRs: your agent's GitHub App (<app-slug>[bot]) and any other. ${KNOWN_AGENT_LOGINS.join(', ')} are always agents.`,
      ),
    }),
  ),
  'Who the agents are. Without this section no PR can be told to be a human one, so every guard judges every PR; with it, guards set to agent-prs pass human PRs with a notice.',
);

function appliesTo(guard: GuardName) {
  const fallback = DEFAULT_APPLIES_TO[guard];
  return described(z._default(z.enum(APPLIES_TO), fallback), `Whom ${guard} judges: agent-prs or every-pr (default ${fallback}).`);
}

function guardSettings(guard: GuardName) {
  return z._default(z.strictObject({ applies_to: appliesTo(guard) }), { applies_to: DEFAULT_APPLIES_TO[guard] });
}

/**
 * manifest-scope judges a PR against its ticket, which only an agent's PR has. The
 * forbidden categories need no ticket: a team may keep some of them on every PR.
 */
const ScopeSettingsSchema = z._default(
  z.strictObject({
    applies_to: appliesTo('manifest-scope'),
    every_pr_categories: described(
      z._default(z.array(z.enum(FORBIDDEN_CATEGORY_IDS)), []),
      "Forbidden categories checked on every PR, an agent's or not, without a ticket (e.g. [vendored-code, git-metadata]; 'policy' is the policy's own forbidden_paths). A PR that is not an agent's fails only for a path in one of these; an agent PR is judged on all of them and its ticket.",
    ),
  }),
  { applies_to: DEFAULT_APPLIES_TO['manifest-scope'], every_pr_categories: [] },
);

export const GuardsPolicySchema = described(
  z._default(
    z.strictObject({
      'manifest-scope': described(
        ScopeSettingsSchema,
        "every-pr: every PR needs a ticket (the 'ticket' input or an agent branch name); its scope, the forbidden categories and the dependency allowlist are checked on all of them. agent-prs with every_pr_categories: other PRs are checked for those categories only.",
      ),
      'skip-set': guardSettings('skip-set'),
      'spec-conformance': guardSettings('spec-conformance'),
      'cost-ceiling': guardSettings('cost-ceiling'),
      boundaries: guardSettings('boundaries'),
    }),
    {
      ...(Object.fromEntries(GUARD_NAMES.map((g) => [g, { applies_to: DEFAULT_APPLIES_TO[g] }])) as Record<GuardName, { applies_to: AppliesTo }>),
      'manifest-scope': { applies_to: DEFAULT_APPLIES_TO['manifest-scope'], every_pr_categories: [] },
    },
  ),
  'Per guard: whom it judges (applies_to).',
);

/** The PR a guard is asked to judge, as far as whose it is goes. */
export interface PullRequestOrigin {
  /** `pull_request.user.login` from the event (or the CLI's --author); never `github.actor` or a committer. */
  author?: string | undefined;
  /** The PR's head branch, when known: the runner's branches start with `runner.branch_prefix`. */
  headRef?: string | undefined;
}

export interface ApplicabilityContext extends PullRequestOrigin {
  policy: Policy;
  /** Where the policy was read (for the notice). */
  policyPath: string;
  base: string;
}

export interface Applicability {
  applies: boolean;
  /** Why, in a sentence that names the setting that decided it. */
  reason: string;
}

/** Is `login` an agent's under this policy (the known agent bots included)? GitHub logins ignore case. */
export function isAgentLogin(policy: Policy, login: string): boolean {
  const wanted = login.toLowerCase();
  return [...KNOWN_AGENT_LOGINS, ...(policy.agents?.logins ?? [])].some((l) => l.toLowerCase() === wanted);
}

/**
 * Whether `guard` judges this PR. It does unless the policy sets it to agent
 * PRs, names who the agents are, and the PR is known to be someone else's: an
 * unknown author, a policy silent on agents or a runner branch all count as
 * an agent PR (fail closed).
 */
export function guardApplicability(guard: GuardName, ctx: ApplicabilityContext): Applicability {
  const setting = ctx.policy.guards[guard].applies_to;
  const key = `guards.${guard}.applies_to`;
  if (setting === 'every-pr') return { applies: true, reason: `${guard} judges every PR (${key}: every-pr).` };
  const author = ctx.author?.trim();
  if (!author) return { applies: true, reason: `the PR author is not known, so ${guard} judges it as an agent PR.` };
  if (isAgentLogin(ctx.policy, author)) return { applies: true, reason: `the PR author ${author} is an agent login.` };
  const prefix = ctx.policy.runner.branch_prefix;
  if (ctx.headRef && prefix && ctx.headRef.startsWith(prefix)) {
    return { applies: true, reason: `the PR comes from ${ctx.headRef}, an agent branch (runner.branch_prefix '${prefix}').` };
  }
  if (!ctx.policy.agents) {
    return { applies: true, reason: `${ctx.policyPath} has no 'agents' section, so no PR can be told to be a human one: ${guard} judges every PR.` };
  }
  const where = `${ctx.policyPath} at ${shortCommit(ctx.base)}`;
  return {
    applies: false,
    reason: `${guard} judges agent PRs only, and the author ${author} is not an agent login listed in ${where} (agents.logins; ${KNOWN_AGENT_LOGINS.join(', ')} are always agents). Set ${key}: every-pr to judge every PR.`,
  };
}

/** The rule of the notice a guard that does not apply reports. */
export const NOT_AN_AGENT_PR = 'not-an-agent-pr';

/**
 * The run of a guard that does not judge this PR: a pass with a notice saying
 * why, so a required check still reports. Undefined when the guard applies
 * (the reason is logged, so a run says why it judged the PR).
 */
export function notApplicableRun(guard: GuardName, ctx: ApplicabilityContext, logger: Logger): GuardRun | undefined {
  const { applies, reason } = guardApplicability(guard, ctx);
  if (applies) {
    logger.info(`${guard} applies: ${reason}`);
    return undefined;
  }
  logger.info(reason);
  return {
    report: reportFromFindings(guard, [{ rule: NOT_AN_AGENT_PR, severity: 'notice', message: reason }], { applies: false, author: ctx.author ?? '' }),
  };
}
