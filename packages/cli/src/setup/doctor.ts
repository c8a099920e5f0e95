import { describeError, silentLogger, type Logger } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, defaultPolicy } from '@agent-guards/config';
import { listFilesAt, readFileAt, resolveCommit, runGit } from '@agent-guards/git';
import { createGitHubClient, formatRepoRef, parseRepoRef, type GitHubClient, type RepoRef } from '@agent-guards/github';
import { checkProtection } from '@agent-guards/protection';
import type { CheckItem } from './checklist.js';
import { checkConfigFiles } from './config-checks.js';
import { checkNodeVersion, checkSandbox } from './machine-checks.js';
import { checkWorkflowPins, githubCommitLookup } from './pin-checks.js';
import { defaultBranchOf, repositoryTopLevel } from './repo-survey.js';
import { workflowPath } from './starter-files.js';
import { checkTemplatesCurrent } from './template-checks.js';
import { CALLER_WORKFLOWS, supportedNodeVersions, type TemplateFiles } from './template-files.js';

export interface DoctorOptions {
  /** The service repository's checkout. */
  dir: string;
  /** The revision to read the trusted files at; default the default branch (origin's when there is one). */
  ref?: string;
  /** `owner/name` on GitHub; default from the `origin` remote. */
  githubRepo?: string;
  token?: string;
  apiUrl?: string;
  templates: TemplateFiles;
  /** The Node.js version to judge (process.versions.node). */
  nodeVersion: string;
  logger?: Logger;
}

/** `owner/name` of a GitHub remote URL (https, ssh or scp form), or undefined. */
export function githubRepoOfUrl(url: string): string | undefined {
  const m = /^(?:https?:\/\/(?:[^@/]+@)?github\.com\/|ssh:\/\/git@github\.com\/|git@github\.com:)([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : undefined;
}

async function originRepo(dir: string): Promise<string | undefined> {
  const result = await runGit(dir, ['remote', 'get-url', 'origin'], { okExitCodes: [0, 2, 128] });
  return result.exitCode === 0 ? githubRepoOfUrl(result.stdout.toString('utf8')) : undefined;
}

/** The ref PRs are based on: origin's copy of the default branch when it is there, else the local branch. */
async function defaultRef(dir: string, branch: string): Promise<string> {
  const remote = await runGit(dir, ['rev-parse', '--verify', '--quiet', `refs/remotes/origin/${branch}^{commit}`], { okExitCodes: [0, 1, 128] });
  return remote.exitCode === 0 ? `origin/${branch}` : branch;
}

async function rulesetItem(options: DoctorOptions, client: GitHubClient | undefined, dir: string, policy: Parameters<typeof checkProtection>[2]): Promise<CheckItem> {
  const title = "the branch rulesets require the guard checks and block pushes, force pushes and deletion";
  if (!client) {
    return { id: 'ruleset', title, status: 'unknown', detail: 'the rulesets could not be read without a token.', fix: 'set GITHUB_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token)) and run doctor again.' };
  }
  const name = options.githubRepo ?? (await originRepo(dir));
  if (!name) {
    return { id: 'ruleset', title, status: 'unknown', detail: 'which GitHub repository this checkout is could not be told from its origin remote.', fix: 'pass --github-repo OWNER/NAME.' };
  }
  let repo: RepoRef;
  try {
    repo = parseRepoRef(name, '--github-repo');
  } catch (error) {
    return { id: 'ruleset', title, status: 'fail', detail: describeError(error), fix: 'pass --github-repo OWNER/NAME.' };
  }
  const { report } = await checkProtection(client, repo, policy);
  const named = `${title} (${formatRepoRef(repo)})`;
  const problems = report.findings.filter((f) => f.severity === 'error').map((f) => f.message);
  if (report.verdict === 'pass') return { id: 'ruleset', title: named, status: 'pass' };
  if (report.verdict === 'error') return { id: 'ruleset', title: named, status: 'unknown', detail: problems.join(' ') || 'the protection check could not decide.', fix: 'give the token read access to the repository administration (rulesets) and run doctor again.' };
  return {
    id: 'ruleset',
    title: named,
    status: 'fail',
    detail: problems.join(' '),
    fix: 'import .github/rulesets/agent-guards-branch-ruleset.json (gh api -X POST repos/OWNER/NAME/rulesets --input .github/rulesets/agent-guards-branch-ruleset.json), with include listing the policy\'s protected_branches.',
  };
}

/**
 * Checks a service repository end to end, as the guards and the runner will
 * meet it: the trusted files at the default branch, the workflow pins, the
 * templates, this machine's sandbox and Node.js, and the rulesets.
 */
export async function runDoctor(options: DoctorOptions): Promise<CheckItem[]> {
  const dir = await repositoryTopLevel(options.dir);
  const items: CheckItem[] = [];
  const client = options.token ? createGitHubClient({ token: options.token, logger: options.logger ?? silentLogger, ...(options.apiUrl ? { baseUrl: options.apiUrl } : {}) }) : undefined;
  const branch = await defaultBranchOf(dir);
  const ref = options.ref ?? (await defaultRef(dir, branch));
  let sha: string | undefined;
  try {
    sha = await resolveCommit(dir, ref, '--ref');
  } catch (error) {
    items.push({ id: 'ref', title: `the trusted files can be read at ${ref}`, status: 'fail', detail: describeError(error), fix: 'commit the files to the default branch (or fetch it), or pass --ref.' });
  }
  // Without a readable ref, the machine checks judge the built-in defaults.
  let policy = defaultPolicy();
  if (sha) {
    const at = sha;
    const where = `${ref} (${at.slice(0, 12)})`;
    const config = await checkConfigFiles({ where, ref: at, commit: at, read: (path) => readFileAt(dir, at, path), list: (folder) => listFilesAt(dir, at, [folder]) });
    items.push(...config.items);
    policy = config.policy;
    const workflows = new Map<string, string>();
    for (const name of CALLER_WORKFLOWS) {
      const text = await readFileAt(dir, at, workflowPath(name));
      if (text !== undefined) workflows.set(workflowPath(name), text);
    }
    const lookup = client ? githubCommitLookup(client) : undefined;
    items.push(...(await checkWorkflowPins([...workflows].map(([path, text]) => ({ path, text })), lookup, where)));
    items.push(...checkTemplatesCurrent((path) => workflows.get(path), options.templates, { defaultBranch: branch, where }));
  }
  items.push(await checkSandbox(policy.runner.sandbox, DEFAULT_POLICY_PATH));
  items.push(checkNodeVersion(options.nodeVersion, supportedNodeVersions(options.templates.dir)));
  items.push(await rulesetItem(options, client, dir, policy));
  return items;
}
