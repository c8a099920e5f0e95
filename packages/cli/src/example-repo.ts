import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findTemplatesDir } from './setup/template-files.js';
import { shippedPath } from './shipped-files.js';

/** The example service: at the root of a checkout, or shipped in the CLI package. */
export const EXAMPLE_DIR = shippedPath('examples/service');
export const TICKET_PATH = '.agent/tickets/SHOP-142.yml';

export interface ExamplePr {
  branch: string;
  title: string;
  body: string;
  commits: { message: string; files: string[] }[];
}

export interface ExampleRepo {
  dir: string;
  base: string;
  head: string;
  branch: string;
  ticketPath: string;
  bodyFile: string;
  pr: ExamplePr;
}

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Example Engineer',
  GIT_AUTHOR_EMAIL: 'engineer@example.com',
  GIT_COMMITTER_NAME: 'Example Engineer',
  GIT_COMMITTER_EMAIL: 'engineer@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8').trim();
}

/**
 * Builds the embedded example service as a real git repository: the baseline
 * (with the policy, manifest, ticket and spec) on main, and the example PR's
 * commits on the agent branch. Returns where everything is.
 */
export function buildExampleRepo(target?: string, options: { withPr?: boolean; origin?: string } = {}): ExampleRepo {
  const dir = target ?? mkdtempSync(join(tmpdir(), 'agent-guards-example-'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(EXAMPLE_DIR, 'base'), dir, { recursive: true });
  // The spec and its map come from the starter templates: one source for both.
  const templates = findTemplatesDir();
  for (const [from, to] of [
    ['examples/agent-spec.md', 'docs/agent-spec.md'],
    ['examples/agent-spec-map.yml', 'docs/agent-spec-map.yml'],
  ] as const) {
    if (!templates) break;
    const src = join(templates, from);
    if (existsSync(src)) {
      mkdirSync(dirname(join(dir, to)), { recursive: true });
      cpSync(src, join(dir, to));
    }
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'chore: service baseline');
  const base = git(dir, 'rev-parse', 'HEAD');
  if (options.origin) {
    // A bare repository standing in for the GitHub remote the agent pushes to.
    rmSync(options.origin, { recursive: true, force: true });
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', options.origin], { env: ENV });
    git(dir, 'remote', 'add', 'origin', options.origin);
    git(dir, 'push', '-q', 'origin', 'main');
  }
  const pr = JSON.parse(readFileSync(join(EXAMPLE_DIR, 'pr.json'), 'utf8')) as ExamplePr;
  const bodyFile = join(dir, '.git', 'PR_BODY.md');
  writeFileSync(bodyFile, pr.body);
  if (options.withPr === false) return { dir, base, head: base, branch: 'main', ticketPath: TICKET_PATH, bodyFile, pr };
  git(dir, 'checkout', '-q', '-b', pr.branch);
  for (const commit of pr.commits) {
    for (const file of commit.files) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      cpSync(join(EXAMPLE_DIR, 'pr', file), join(dir, file));
    }
    git(dir, 'add', '--', ...commit.files);
    git(dir, 'commit', '-q', '-m', commit.message);
  }
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD'), branch: pr.branch, ticketPath: TICKET_PATH, bodyFile, pr };
}
