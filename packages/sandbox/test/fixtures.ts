import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PolicySchema, type SandboxPolicy } from '@agent-guards/config';
import { TempRepo } from '@agent-guards/testkit';

/** Secrets a runner would hold; none may ever appear in what a contained process sees or prints. */
export const CANARIES = {
  ANTHROPIC_API_KEY: 'sk-ant-canary-7f3a9d1e55c2',
  GITHUB_TOKEN: 'ghs_canaryTokenB4d9e0c17aa',
  INPUT_GITHUB_TOKEN: 'ghs_canaryInputToken0c1d2e',
  ACTIONS_RUNTIME_TOKEN: 'canary-actions-runtime-91ab',
  NPM_TOKEN: 'npm_canaryToken88d1e2f3',
  MY_SERVICE_PASSWORD: 'canary-password-5e6f7a',
};

export const HOME_CANARY = 'canary-home-credential-3c4d5e';
export const SESSION_CANARY = 'canary-session-record-6a7b8c';

/**
 * A runner's situation on this machine: a checkout (a real git repository),
 * a runner home holding credential files, a session directory with a record,
 * and canary secrets in the environment: this process's (what a spawned
 * command would inherit) and that of a stand-in runner process started with
 * them, as a runner's own process is (what /proc/<pid>/environ shows).
 */
export interface RunnerSituation {
  repo: TempRepo;
  home: string;
  sessionDir: string;
  cleanup(): void;
}

export function runnerSituation(files: Record<string, string> = {}): RunnerSituation {
  const repo = new TempRepo();
  repo.write({ 'README.md': '# svc\n', ...files });
  repo.commit('chore: base');
  const home = mkdtempSync(join(tmpdir(), 'runner-home-'));
  for (const [rel, text] of Object.entries({
    '.ssh/id_ed25519': `-----BEGIN OPENSSH PRIVATE KEY-----\n${HOME_CANARY}\n`,
    '.gitconfig': `[credential]\n\thelper = store\n# ${HOME_CANARY}\n`,
    '.git-credentials': `https://x-access-token:${HOME_CANARY}@github.com\n`,
    '.npmrc': `//registry.npmjs.org/:_authToken=${HOME_CANARY}\n`,
    '.config/gh/hosts.yml': `github.com:\n  oauth_token: ${HOME_CANARY}\n`,
  })) {
    mkdirSync(join(home, rel, '..'), { recursive: true });
    writeFileSync(join(home, rel), text);
  }
  const sessionDir = mkdtempSync(join(tmpdir(), 'runner-session-'));
  writeFileSync(join(sessionDir, 'session.json'), JSON.stringify({ secret: SESSION_CANARY }));
  const saved = { ...process.env };
  Object.assign(process.env, CANARIES, { HOME: home });
  const runner = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1 << 30)'], { env: { PATH: process.env.PATH, ...CANARIES }, stdio: 'ignore' });
  return {
    repo,
    home,
    sessionDir,
    cleanup: () => {
      runner.kill();
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
      repo.cleanup();
      rmSync(home, { recursive: true, force: true });
      rmSync(sessionDir, { recursive: true, force: true });
    },
  };
}

export function sandboxSettings(overrides: Record<string, unknown> = {}): SandboxPolicy {
  return PolicySchema.parse({ version: 1, runner: { sandbox: overrides } }).runner.sandbox;
}

/** Every canary, wherever it was planted. */
export function canaryValues(): string[] {
  return [...Object.values(CANARIES), HOME_CANARY, SESSION_CANARY];
}
