import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TempRepo } from './temp-repo.js';

/**
 * The shared real-repository bundles (single-commit git bundles of public
 * projects), beside the checkout: <repo>/../shared/fixtures/real-repos. A
 * fresh clone of agent-guards does not have them, so tests using them skip.
 */
export const REAL_REPOS_DIR = resolve(fileURLToPath(new URL('../../../', import.meta.url)), '..', 'shared', 'fixtures', 'real-repos');

/** Whether every named bundle is there; when not, says so on the console so the skip is visible. */
export function realReposAvailable(...names: string[]): boolean {
  const missing = names.filter((name) => !existsSync(join(REAL_REPOS_DIR, `${name}.bundle`)));
  if (missing.length > 0) console.warn(`[real-repos] skipping tests on ${missing.join(', ')}: no bundle under ${REAL_REPOS_DIR}`);
  return missing.length === 0;
}

/**
 * A fresh clone of a bundle in a temp directory, ready to commit on. The
 * bundle's one commit names a parent the bundle does not carry, so git cannot
 * walk its history (no merge base with a commit on top): the clone's `main` is
 * a root commit with the same tree instead.
 */
export function cloneRealRepo(name: string): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), `agent-guards-${name}-`));
  execFileSync('git', ['clone', '-q', join(REAL_REPOS_DIR, `${name}.bundle`), dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const repo = new TempRepo(dir, { init: false });
  repo.git('config', 'commit.gpgsign', 'false');
  repo.git('config', 'core.autocrlf', 'false');
  const root = repo.git('commit-tree', 'HEAD^{tree}', '-m', `${name} at ${repo.head()}`);
  repo.git('checkout', '-q', '-B', 'main', root);
  return repo;
}
