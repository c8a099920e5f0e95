import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildExampleRepo, EXAMPLE_DIR } from '../example-repo.js';

/** Where the demo's git repositories are: one remote (what the local GitHub serves) and the clones that work on it. */
export interface ServiceRepos {
  /** The bare repository behind the local GitHub: pushes land here, merges are made here. */
  origin: string;
  /** The agent runner's checkout (a clone, as actions/checkout makes one). */
  agent: string;
  /** The CI's checkout: fetches each PR's commits and runs the guards on them. */
  ci: string;
  /** The engineers' checkout, for their own pull requests. */
  humans: string;
}

const GIT_ENV: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };

export function git(dir: string, args: string[], author?: { name: string; email: string }): string {
  const who = author ? { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email } : {};
  return execFileSync('git', ['-C', dir, ...args], { env: { ...GIT_ENV, ...who }, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8').trim();
}

/**
 * The example service (examples/service/base, with the spec from the
 * starter templates) committed on main, pushed to a bare origin, and cloned
 * for the runner, the CI and the engineers.
 */
export function buildServiceRepos(work: string): ServiceRepos {
  const repos: ServiceRepos = { origin: join(work, 'origin.git'), agent: join(work, 'service'), ci: join(work, 'ci-checkout'), humans: join(work, 'engineers-checkout') };
  for (const dir of Object.values(repos)) rmSync(dir, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  buildExampleRepo(repos.agent, { withPr: false, origin: repos.origin });
  git(repos.agent, ['fetch', '-q', 'origin']);
  git(repos.agent, ['branch', '-q', '--set-upstream-to=origin/main', 'main']);
  for (const clone of [repos.ci, repos.humans]) execFileSync('git', ['clone', '-q', repos.origin, clone], { env: GIT_ENV, stdio: 'ignore' });
  return repos;
}

/** The runner's checkout on the latest main, clean, before a session starts from it. */
export function syncAgentCheckout(repos: ServiceRepos): string {
  git(repos.agent, ['fetch', '-q', 'origin']);
  git(repos.agent, ['checkout', '-q', 'main']);
  git(repos.agent, ['merge', '-q', '--ff-only', 'origin/main']);
  return git(repos.agent, ['rev-parse', 'HEAD']);
}

export interface HumanPr {
  phase: 'before' | 'after';
  author: string;
  branch: string;
  title: string;
  body: string;
  /** Repository path → file in examples/service that becomes its content. */
  files: Record<string, string>;
}

export function loadHumanPrs(): HumanPr[] {
  return (JSON.parse(readFileSync(join(EXAMPLE_DIR, 'human-prs.json'), 'utf8')) as { prs: HumanPr[] }).prs;
}

/** An engineer's change on a branch off the latest main, committed as them and pushed. Returns the head commit. */
export function pushHumanBranch(repos: ServiceRepos, pr: HumanPr): string {
  git(repos.humans, ['fetch', '-q', 'origin']);
  git(repos.humans, ['checkout', '-q', '-B', pr.branch, 'origin/main']);
  for (const [path, source] of Object.entries(pr.files)) {
    mkdirSync(dirname(join(repos.humans, path)), { recursive: true });
    cpSync(join(EXAMPLE_DIR, source), join(repos.humans, path));
  }
  git(repos.humans, ['add', '-A']);
  git(repos.humans, ['commit', '-q', '-m', pr.title], { name: pr.author, email: `${pr.author}@acme.example` });
  git(repos.humans, ['push', '-q', 'origin', pr.branch]);
  return git(repos.humans, ['rev-parse', 'HEAD']);
}
