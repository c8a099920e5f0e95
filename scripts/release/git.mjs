// The git the release scripts run: argv only (no shell), output as text, failures as errors that say
// what was asked.
import { execFileSync } from 'node:child_process';

export function git(cwd, args, { input } = {}) {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const stderr = String(error.stderr ?? '').trim();
    throw new Error(`git ${args.join(' ')} failed${stderr ? `: ${stderr}` : ''}`);
  }
}

/** The commit a name resolves to, or undefined when there is none (never a guess). */
export function commitOf(cwd, name) {
  try {
    return execFileSync('git', ['rev-parse', '--verify', '--quiet', `${name}^{commit}`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function isAncestor(cwd, ancestor, descendant) {
  try {
    execFileSync('git', ['merge-base', '--is-ancestor', ancestor, descendant], { cwd, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function isShallow(cwd) {
  return git(cwd, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
}

/** Release tags (`vX.Y.Z`) that `rev` contains, newest version first. */
export function releaseTagsMergedInto(cwd, rev) {
  return git(cwd, ['tag', '--list', 'v*', '--merged', rev])
    .split('\n')
    .filter((t) => /^v\d+\.\d+\.\d+$/.test(t))
    .sort((a, b) => compareVersions(b.slice(1), a.slice(1)));
}

export function compareVersions(a, b) {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}
