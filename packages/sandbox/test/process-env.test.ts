import { describe, expect, it } from 'vitest';
import { containedProcessEnv, isSecretName } from '../src/index.js';

describe('the environment of a contained process', () => {
  it('passes an allowlist and drops every secret and runner variable', () => {
    const env = containedProcessEnv(
      { HOME: '/sandbox/home' },
      {
        PATH: '/usr/bin',
        HOME: '/home/runner',
        LC_ALL: 'C',
        GOMODCACHE: '/home/runner/go/pkg/mod',
        ANTHROPIC_API_KEY: 'sk-ant',
        GITHUB_TOKEN: 'ghs',
        'INPUT_ANTHROPIC-API-KEY': 'sk-ant',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
        RUNNER_TEMP: '/home/runner/work/_temp',
        NPM_TOKEN: 'n',
        AWS_SECRET_ACCESS_KEY: 'a',
        DATABASE_URL: 'postgres://u:p@h/db',
        NODE_OPTIONS: '--require ./evil.js',
        SSH_AUTH_SOCK: '/tmp/ssh-agent.sock',
      },
    );
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/sandbox/home', LC_ALL: 'C', GOMODCACHE: '/home/runner/go/pkg/mod', CI: 'true', TERM: 'dumb', NO_COLOR: '1', FORCE_COLOR: '0' });
    expect(['GH_TOKEN', 'MY_API_KEY', 'SSH_AUTH_SOCK', 'PGPASSWORD', 'RUNNER_TEMP', 'INPUT_GITHUB-TOKEN'].every(isSecretName)).toBe(true);
    expect(['PATH', 'GOROOT', 'LANG'].some(isSecretName)).toBe(false);
  });
});
