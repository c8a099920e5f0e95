import { described } from '@agent-guards/action-kit';
import { isProtectedBranch } from '@agent-guards/config';
import { checkoutGit } from '@agent-guards/git';
import * as z from 'zod/mini';
import { conventionalCommitProblem } from './commit-message.js';
import { normalizeRequestedPath, protectedPathReason } from './path-safety.js';
import { capText, defineTool, ToolRefusal, ToolRejection, type SessionServices } from './tool.js';

/** git in the session's checkout: nothing the repository says may run, no secret in its environment. */
function git(services: SessionServices, args: string[], options: { input?: string; okExitCodes?: number[]; env?: NodeJS.ProcessEnv } = {}) {
  return checkoutGit(services.repo, args, options);
}

async function gitOut(services: SessionServices, args: string[]): Promise<string> {
  return (await git(services, args)).stdout.toString('utf8');
}

/** Paths with uncommitted changes (tracked or untracked, not ignored), both sides of a rename. */
export async function uncommittedPaths(services: SessionServices): Promise<string[]> {
  const { stdout } = await git(services, ['status', '--porcelain=v1', '-z', '--untracked-files=all']);
  const parts = stdout.toString('utf8').split('\0');
  const paths: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const entry = parts[i]!;
    if (entry.length < 4) continue;
    paths.push(entry.slice(3));
    if (entry[0] === 'R' || entry[0] === 'C') paths.push(parts[++i]!);
  }
  return paths;
}

export async function currentHead(services: SessionServices): Promise<string> {
  return (await gitOut(services, ['rev-parse', 'HEAD'])).trim();
}

export const gitCommitTool = defineTool({
  name: 'git_commit',
  description: 'Commit the changes to planned files with a conventional-commit message. Changes to files outside the plan are never staged.',
  input: z.strictObject({ message: z.string().check(z.minLength(1), z.maxLength(10_000)) }),
  async run(input, services) {
    const problem = conventionalCommitProblem(input.message, services.policy.commits);
    if (problem) throw new ToolRefusal(`not a conventional commit: ${problem}.`);
    const branch = (await gitOut(services, ['symbolic-ref', '--quiet', '--short', 'HEAD'])).trim();
    if (branch !== services.branch) throw new Error(`the working copy is on '${branch}', not the session branch '${services.branch}'`);
    const planned = new Set(services.plan?.files ?? []);
    const changed = await uncommittedPaths(services);
    const staged = changed.filter((p) => planned.has(p));
    const left = changed.filter((p) => !planned.has(p));
    if (staged.length === 0) throw new ToolRejection(`nothing to commit in planned files${left.length ? ` (changes outside the plan are not committed: ${left.slice(0, 10).join(', ')})` : ''}.`);
    await git(services, ['add', '-A', '--', ...staged.map((p) => `:(literal)${p}`)]);
    await git(services, ['commit', '-q', '--no-verify', '-F', '-'], {
      input: input.message,
      env: {
        GIT_AUTHOR_NAME: services.author.name,
        GIT_AUTHOR_EMAIL: services.author.email,
        GIT_COMMITTER_NAME: services.author.name,
        GIT_COMMITTER_EMAIL: services.author.email,
      },
    });
    services.invalidateGraph();
    const sha = await currentHead(services);
    return {
      content: `committed ${sha.slice(0, 12)}: ${staged.join(', ')}${left.length ? `\nnot committed (outside the plan): ${left.slice(0, 20).join(', ')}` : ''}`,
      attributes: { sha, files: staged },
    };
  },
});

export const gitDiffTool = defineTool({
  name: 'git_diff',
  description: 'The diff of the working copy against the session base (committed and uncommitted changes), optionally for one path or as a stat.',
  input: z.strictObject({ path: z.optional(z.string().check(z.maxLength(4096))), stat: z._default(z.boolean(), false) }),
  async run(input, services) {
    const rel = input.path === undefined ? undefined : normalizeRequestedPath(input.path);
    if (rel && protectedPathReason(rel)) throw new ToolRefusal(`${rel}: ${protectedPathReason(rel)}`);
    const diff = await git(services, ['diff', '--no-color', '--no-ext-diff', '-M', ...(input.stat ? ['--stat'] : []), services.baseSha, '--', ...(rel ? [`:(literal)${rel}`] : [])]);
    const untracked = (await git(services, ['ls-files', '-z', '-o', '--exclude-standard'])).stdout.toString('utf8').split('\0').filter(Boolean);
    const text = diff.stdout.toString('utf8');
    return {
      content: capText(`${text || '(no changes against the base)'}${untracked.length ? `\nuntracked: ${untracked.join(', ')}` : ''}`, 60_000, 'diff'),
      attributes: { bytes: text.length },
    };
  },
});

export const gitLogTool = defineTool({
  name: 'git_log',
  description: "The session's commits since the base, newest first.",
  input: z.strictObject({ max_count: z._default(z.int().check(z.gte(1), z.lte(200)), 50) }),
  async run(input, services) {
    const text = await gitOut(services, ['log', '--no-color', `--max-count=${input.max_count}`, '--format=%H %s%n%b', `${services.baseSha}..HEAD`, '--']);
    return { content: text.trim() || '(no commits since the base)' };
  },
});

const BRANCH_NAME = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)[A-Za-z0-9._/-]{1,200}(?<!\.lock)(?<![./])$/;

export const gitPushTool = defineTool({
  name: 'git_push_non_protected',
  description:
    'Push the branch this session created to the remote (fast-forward only; never a protected branch, never forced). The review guards run on the commit first.',
  input: z.strictObject({ branch: described(z.optional(z.string().check(z.maxLength(200))), "Defaults to the session's branch; no other branch can be pushed.") }),
  async run(input, services) {
    const branch = input.branch ?? services.branch;
    if (!BRANCH_NAME.test(branch)) throw new ToolRefusal(`'${branch}' is not a plain branch name (no refspecs, no '+', no ':').`);
    if (isProtectedBranch(branch, services.policy.protected_branches)) {
      throw new ToolRefusal(`'${branch}' matches a protected-branch glob (${services.policy.protected_branches.join(', ')}); the agent never pushes there.`);
    }
    if (branch !== services.branch) throw new ToolRefusal(`'${branch}' was not created by this session; only '${services.branch}' can be pushed.`);
    const head = await currentHead(services);
    const failures = await services.ensureReviewPasses(head);
    if (failures.length > 0) {
      return { content: `review guards failed on ${head.slice(0, 12)}; not pushed.`, escalate: { reason: 'review-guard-failed', detail: failures.join('\n') } };
    }
    const remote = services.push.remote;
    const known = await git(services, ['remote', 'get-url', remote], { okExitCodes: [0, 2, 128] });
    if (known.exitCode !== 0) {
      if (services.github) throw new Error(`the remote '${remote}' is not configured, so the branch cannot reach GitHub`);
      services.pushed = { branch, sha: head };
      return { content: `no remote '${remote}': the branch ${branch} stays local at ${head.slice(0, 12)} (no GitHub in this run).`, attributes: { remote: 'none', sha: head } };
    }
    // The token goes to this one process, for this remote's URL only, outside the sandbox.
    const url = known.stdout.toString('utf8').trim();
    const auth: NodeJS.ProcessEnv = services.push.token
      ? {
          GIT_CONFIG_COUNT: '1',
          GIT_CONFIG_KEY_0: `http.${url}.extraheader`,
          GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${services.push.token}`).toString('base64')}`,
        }
      : {};
    await git(services, ['push', '--no-verify', '--porcelain', remote, `refs/heads/${branch}:refs/heads/${branch}`], { env: auth });
    services.pushed = { branch, sha: head };
    return { content: `pushed ${branch} at ${head.slice(0, 12)} to ${remote}`, attributes: { remote, sha: head } };
  },
});
