import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detect, FIXTURES, install, workspace } from './setup-toolchain-steps.js';

/**
 * Each test runs the detect step and then the install step with the fixed commands, for real: npm, pnpm and
 * Yarn from the npm registry, pip from a local wheelhouse (no Python package index is reachable here), Go
 * with nothing to fetch. uv and Poetry cannot be installed on this machine (they come from PyPI or GitHub
 * releases), so their command lines are checked against a recording stand-in.
 */

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const errors = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error'));

/** Where a step installs pnpm/Yarn/Poetry: the runner's tool cache, one per test (readable by all, as a runner's is). */
function toolCache(): string {
  const dir = mkdtempSync(join(tmpdir(), 'setup-toolchain-tool-cache-'));
  chmodSync(dir, 0o755);
  return dir;
}

/** The detect step, then the install step; `inputs` are the action's (by default sandbox: 'true', as in action.yml). */
function detectAndInstall(ws: { root: string; service: string }, env: Record<string, string> = {}, inputs: Record<string, string> = {}) {
  const decided = detect(ws);
  expect(decided.status, decided.stdout + decided.stderr).toBe(0);
  return { decided, installed: install(ws, decided.outputs, { RUNNER_TOOL_CACHE: toolCache(), ...env }, inputs) };
}

/**
 * The tests of Python installs from a local wheelhouse (PIP_* settings, a wheelhouse outside the checkout)
 * and of stand-ins that record their calls outside the checkout run uncontained: a contained install gets
 * neither. Contained Python installs have their own tests below.
 */
const UNCONTAINED = { sandbox: 'false' };

const wheelhouse = (() => {
  let dir: string | undefined;
  return () => {
    if (dir) return dir;
    dir = mkdtempSync(join(tmpdir(), 'setup-toolchain-wheels-'));
    for (const name of ['fxdep-runtime', 'fxdep-dev', 'fxdep-docs', 'fxdep-req', 'fxdep-group']) {
      const r = spawnSync('python3', [join(FIXTURES, 'make_wheel.py'), dir, name, '1.0.0'], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
    }
    return dir;
  };
})();
/** pip reads these from the environment: install from the local wheels, never from an index. */
const offlinePip = () => ({ PIP_NO_INDEX: '1', PIP_FIND_LINKS: wheelhouse(), PIP_NO_CACHE_DIR: '1' });

function venvImports(service: string, modules: string[]) {
  return spawnSync(join(service, '.venv', 'bin', 'python'), ['-c', `import ${modules.join(', ')}`], { encoding: 'utf8' });
}

describe('setup-toolchain installs a JavaScript service', () => {
  it('npm: npm ci installs package-lock.json', () => {
    const ws = workspace({}, 'npm');
    const { installed } = detectAndInstall(ws);
    expect(installed.status, installed.stdout + installed.stderr).toBe(0);
    expect(installed.stdout).toContain('+ npm ci --no-audit --no-fund');
    expect(JSON.parse(readFileSync(join(ws.service, 'node_modules', 'is-number', 'package.json'), 'utf8')).version).toBe('7.0.0');
    expect(installed.outputs).toEqual({ installed: 'package-lock.json' });
  });

  it('pnpm: the pinned pnpm from the registry into the tool cache, on PATH, then a frozen install', () => {
    const ws = workspace({}, 'pnpm');
    const cache = toolCache();
    const { installed } = detectAndInstall(ws, { RUNNER_TOOL_CACHE: cache });
    expect(installed.status, installed.stdout + installed.stderr).toBe(0);
    const bin = join(cache, 'agent-guards', 'pnpm', '10.34.9', 'bin');
    expect(installed.stdout).toContain(`+ ${bin}/pnpm install --frozen-lockfile`);
    expect(installed.path).toEqual([bin]);
    expect(spawnSync(join(bin, 'pnpm'), ['--version'], { encoding: 'utf8' }).stdout.trim()).toBe('10.34.9');
    expect(existsSync(join(ws.service, 'node_modules', 'is-number', 'package.json'))).toBe(true);
    expect(installed.outputs.installed).toBe('pnpm-lock.yaml');
  });

  it('pnpm: a lockfile that no longer matches package.json fails the install instead of resolving anew', () => {
    const ws = workspace({}, 'pnpm');
    writeFileSync(join(ws.service, 'package.json'), JSON.stringify({ name: 'fx', private: true, dependencies: { 'is-number': '7.0.0', 'is-odd': '3.0.1' } }));
    const { installed } = detectAndInstall(ws);
    expect(installed.status).not.toBe(0);
    expect(installed.stdout + installed.stderr).toMatch(/ERR_PNPM_OUTDATED_LOCKFILE|not up to date/);
    expect(installed.outputs.installed).toBeUndefined();
  });

  it('pnpm: a packageManager release the registry does not have stops the step before any install', () => {
    const ws = workspace({}, 'pnpm');
    writeFileSync(join(ws.service, 'package.json'), JSON.stringify({ name: 'fx', private: true, packageManager: 'pnpm@0.0.999', dependencies: { 'is-number': '7.0.0' } }));
    const { installed } = detectAndInstall(ws);
    expect(installed.status).not.toBe(0);
    expect(installed.stderr).toContain('No matching version found for pnpm@0.0.999');
    expect(installed.stdout).not.toContain('install --frozen-lockfile');
    expect(existsSync(join(ws.service, 'node_modules'))).toBe(false);
  });

  it('yarn classic: Yarn 1 from the registry, yarn install --frozen-lockfile', () => {
    const ws = workspace({}, 'yarn-classic');
    const cache = toolCache();
    const { installed } = detectAndInstall(ws, { RUNNER_TOOL_CACHE: cache });
    expect(installed.status, installed.stdout + installed.stderr).toBe(0);
    expect(installed.stdout).toContain(`+ ${join(cache, 'agent-guards', 'yarn', '1.22.22', 'bin')}/yarn install --frozen-lockfile --non-interactive`);
    expect(existsSync(join(ws.service, 'node_modules', 'is-number', 'package.json'))).toBe(true);
    expect(installed.outputs.installed).toBe('yarn.lock');
  });

  it('yarn berry: the Yarn packageManager names, yarn install --immutable; a stale lockfile fails', () => {
    const ws = workspace({}, 'yarn-berry');
    const cache = toolCache();
    const { installed } = detectAndInstall(ws, { RUNNER_TOOL_CACHE: cache });
    expect(installed.status, installed.stdout + installed.stderr).toBe(0);
    const bin = join(cache, 'agent-guards', 'yarn', '4.18.1', 'bin');
    expect(installed.stdout).toContain(`+ ${bin}/yarn install --immutable`);
    expect(spawnSync(join(bin, 'yarn'), ['--version'], { cwd: ws.service, encoding: 'utf8' }).stdout.trim()).toBe('4.18.1');
    expect(existsSync(join(ws.service, 'node_modules', 'is-number', 'package.json'))).toBe(true);

    const stale = workspace({}, 'yarn-berry');
    const pkg = JSON.parse(readFileSync(join(stale.service, 'package.json'), 'utf8'));
    pkg.dependencies['is-odd'] = '3.0.1';
    writeFileSync(join(stale.service, 'package.json'), JSON.stringify(pkg));
    const refused = install(stale, detect(stale).outputs, { RUNNER_TOOL_CACHE: cache });
    expect(refused.status).not.toBe(0);
    expect(refused.stdout).toContain('The lockfile would have been modified by this install, which is explicitly forbidden.');
  });
});

describe('setup-toolchain installs a Python service into its .venv', () => {
  it('pip: the project in editable mode with its dev extra, then the requirements files, one resolve', () => {
    const ws = workspace({ 'requirements-dev.txt': 'fxdep-req==1.0.0\n' }, 'pip-project');
    const { installed } = detectAndInstall(ws, offlinePip(), UNCONTAINED);
    expect(installed.status, installed.stdout + installed.stderr).toBe(0);
    const venv = join(ws.service, '.venv');
    expect(installed.stdout).toContain(`+ ${venv}/bin/python -m pip install --disable-pip-version-check --editable .[dev] --requirement requirements-dev.txt`);
    const imports = venvImports(ws.service, ['fixture_service', 'fxdep_runtime', 'fxdep_dev', 'fxdep_req']);
    expect(imports.status, imports.stderr).toBe(0);
    // Not an extra for tests or linters: left out.
    expect(venvImports(ws.service, ['fxdep_docs']).status).not.toBe(0);
    // Editable: the checkout's own source is what the venv imports.
    const where = spawnSync(join(venv, 'bin', 'python'), ['-c', 'import fixture_service; print(fixture_service.__file__)'], { encoding: 'utf8' });
    expect(where.stdout.trim()).toBe(join(ws.service, 'src', 'fixture_service', '__init__.py'));
    expect(installed.path).toEqual([join(venv, 'bin')]);
    expect(installed.env).toEqual([`VIRTUAL_ENV=${venv}`]);
    expect(installed.outputs).toEqual({ 'python-environment': venv, installed: 'pyproject.toml requirements-dev.txt' });
    // git leaves the environment alone, whichever Python made it.
    expect(readFileSync(join(venv, '.gitignore'), 'utf8')).toBe('*\n');
  });

  it('pip: requirements.txt alone', () => {
    const ws = workspace({ 'requirements.txt': 'fxdep-req==1.0.0\nfxdep-runtime==1.0.0\n' });
    const { installed } = detectAndInstall(ws, offlinePip(), UNCONTAINED);
    expect(installed.status, installed.stdout + installed.stderr).toBe(0);
    expect(venvImports(ws.service, ['fxdep_req', 'fxdep_runtime']).status).toBe(0);
    expect(installed.outputs.installed).toBe('requirements.txt');
  });

  it('pip: a requirement that cannot be found fails the step and records nothing as installed', () => {
    const ws = workspace({ 'requirements.txt': 'fxdep-absent==9.9.9\n' });
    const { installed } = detectAndInstall(ws, offlinePip(), UNCONTAINED);
    expect(installed.status).not.toBe(0);
    expect(installed.stderr).toContain('No matching distribution found for fxdep-absent==9.9.9');
    expect(installed.outputs.installed).toBeUndefined();
  });

  it('pip: PEP 735 dependency groups need pip ≥ 25.1; an older pip is upgraded to the pinned one first, and the step says so when it cannot be', () => {
    const ws = workspace({}, 'pip-project');
    const pyproject = readFileSync(join(ws.service, 'pyproject.toml'), 'utf8');
    writeFileSync(join(ws.service, 'pyproject.toml'), `${pyproject}\n[dependency-groups]\ndev = ["fxdep-group==1.0.0"]\n`);
    const { decided, installed } = detectAndInstall(ws, offlinePip(), UNCONTAINED);
    expect(decided.outputs).toMatchObject({ 'pip-extras': 'dev', 'pip-groups': 'dev' });
    const pip = spawnSync(join(ws.service, '.venv', 'bin', 'python'), ['-m', 'pip', '--version'], { encoding: 'utf8' }).stdout.split(' ')[1]!;
    const [major, minor] = pip.split('.').map(Number) as [number, number];
    if (major > 25 || (major === 25 && minor >= 1)) {
      // This Python's own pip already knows --group.
      expect(installed.status, installed.stdout + installed.stderr).toBe(0);
      expect(installed.stdout).toContain('--editable .[dev] --group dev');
      expect(venvImports(ws.service, ['fxdep_group']).status).toBe(0);
    } else {
      // No index here to upgrade pip from: the step stops, saying what it needed.
      expect(installed.stdout).toContain(`pip ${pip} has no --group: upgrading the environment's pip to 25.3`);
      expect(installed.stdout).toContain(`+ ${join(ws.service, '.venv')}/bin/python -m pip install --disable-pip-version-check pip==25.3`);
      expect(installed.status).toBe(1);
      expect(errors(installed.stdout)).toEqual([expect.stringContaining("cannot install pip 25.3, which installing pyproject.toml's dependency groups (dev) needs")]);
    }
  });

  it('uv: uv sync --locked into .venv, with the interpreter set up before and no Python downloads', () => {
    const ws = workspace({ 'pyproject.toml': '[project]\nname = "svc"\nversion = "0.1.0"\nrequires-python = ">=3.11"\n', 'uv.lock': 'version = 1\n' });
    // uv is not installable here (PyPI and GitHub releases are out of reach): a stand-in records how it is
    // called and makes the environment, as uv sync would.
    const bin = mkdtempSync(join(tmpdir(), 'uv-stand-in-'));
    const record = join(bin, 'calls');
    writeFileSync(join(bin, 'uv'), `#!/bin/sh\nprintf '%s|%s|%s|%s\\n' "$*" "$UV_PYTHON" "$UV_PYTHON_DOWNLOADS" "$UV_PROJECT_ENVIRONMENT" >> ${record}\nmkdir -p "$UV_PROJECT_ENVIRONMENT/bin" && ln -s "$UV_PYTHON" "$UV_PROJECT_ENVIRONMENT/bin/python"\n`, { mode: 0o755 });
    const { decided, installed } = detectAndInstall(ws, { PATH: `${bin}:${process.env.PATH}` }, UNCONTAINED);
    expect(decided.outputs['python-manager']).toBe('uv');
    expect(installed.status, installed.stdout + installed.stderr).toBe(0);
    const python = spawnSync('sh', ['-c', 'command -v python3'], { encoding: 'utf8' }).stdout.trim();
    expect(readFileSync(record, 'utf8')).toBe(`sync --locked|${python}|never|${join(ws.service, '.venv')}\n`);
    expect(installed.outputs).toEqual({ 'python-environment': join(ws.service, '.venv'), installed: 'uv.lock' });
  });

  it('uv: without uv on PATH the step fails naming the step that installs it', () => {
    const ws = workspace({ 'pyproject.toml': '[project]\nname = "svc"\nversion = "0.1.0"\n', 'uv.lock': 'version = 1\n' });
    const { installed } = detectAndInstall(ws, { PATH: '/usr/bin:/bin' });
    expect(installed.status).toBe(1);
    expect(errors(installed.stdout)).toEqual(["::error title=setup-toolchain::uv is not on PATH: the 'Set up uv' step of this action installs it."]);
  });

  it.runIf(has('poetry'))('poetry: poetry install into the in-project .venv, dev group and the project itself', () => {
    const ws = workspace({}, 'poetry');
    const wheels = wheelhouse();
    const pyproject = readFileSync(join(ws.service, 'pyproject.toml'), 'utf8').replaceAll('WHEELHOUSE', wheels);
    writeFileSync(join(ws.service, 'pyproject.toml'), pyproject);
    const lock = spawnSync('poetry', ['lock', '--no-interaction'], { cwd: ws.service, encoding: 'utf8' });
    expect(lock.status, lock.stdout + lock.stderr).toBe(0);
    const { installed } = detectAndInstall(ws, {}, UNCONTAINED);
    expect(installed.status, installed.stdout + installed.stderr).toBe(0);
    expect(installed.stdout).toMatch(/\+ \S*poetry install --no-interaction/);
    expect(venvImports(ws.service, ['fixture_poetry', 'fxdep_runtime', 'fxdep_dev']).status).toBe(0);
    // The optional docs group stays out, as in Poetry's own default install.
    expect(venvImports(ws.service, ['fxdep_docs']).status).not.toBe(0);
    expect(installed.outputs).toEqual({ 'python-environment': join(ws.service, '.venv'), installed: 'poetry.lock' });
  });
  it('poetry: without a Poetry on PATH, the pinned Poetry goes into its own environment under the tool cache first', () => {
    // A PATH with only what the step needs, so no Poetry the machine may have: this Python, bash and coreutils.
    const bin = mkdtempSync(join(tmpdir(), 'no-poetry-bin-'));
    const python = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim();
    symlinkSync(python, join(bin, 'python3'));
    for (const tool of ['bash', 'awk', 'sort', 'dirname', 'env']) symlinkSync(spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim(), join(bin, tool));
    const ws = workspace({ 'pyproject.toml': '[tool.poetry]\nname = "svc"\nversion = "1.0.0"\n', 'poetry.lock': '[metadata]\n' });
    const cache = toolCache();
    // No package index here: the install of Poetry itself fails, after the commands this test checks.
    const { installed } = detectAndInstall(ws, { PATH: bin, RUNNER_TOOL_CACHE: cache, ...offlinePip() }, UNCONTAINED);
    const tool = join(cache, 'agent-guards', 'poetry', '2.5.1');
    expect(installed.stdout).toContain(`+ ${join(bin, 'python3')} -m venv ${tool}\n`);
    expect(installed.stdout).toContain(`+ ${tool}/bin/python -m pip install --disable-pip-version-check poetry==2.5.1\n`);
    expect(installed.status).not.toBe(0);
    expect(installed.stderr).toContain('No matching distribution found for poetry==2.5.1');
  });

  if (!has('poetry')) console.warn('[setup-toolchain] skipping the real Poetry install: no poetry on PATH (Debian: apt-get install python3-poetry)');
});

describe('setup-toolchain installs a Go service', () => {
  it.runIf(has('go'))('go mod download on a module with nothing to fetch', () => {
    const ws = workspace({ 'go.mod': 'module example.com/svc\n\ngo 1.19\n', 'main.go': 'package main\n\nfunc main() {}\n' });
    const { installed } = detectAndInstall(ws);
    expect(installed.status, installed.stdout + installed.stderr).toBe(0);
    expect(installed.stdout).toContain('+ go mod download');
    expect(installed.outputs.installed).toBe('go.mod');
  });

  it.runIf(has('go'))('a requirement that cannot be downloaded fails the step', () => {
    const ws = workspace({ 'go.mod': 'module example.com/svc\n\ngo 1.19\n\nrequire example.com/absent v1.2.3\n' });
    const { installed } = detectAndInstall(ws, { GOPROXY: 'off', GOFLAGS: '-mod=mod', GOMODCACHE: mkdtempSync(join(tmpdir(), 'gomodcache-')) });
    expect(installed.status).not.toBe(0);
    expect(installed.stderr).toContain('example.com/absent@v1.2.3');
    expect(installed.outputs.installed).toBeUndefined();
  });
});

/**
 * What an install runs is the checkout's code: a package's lifecycle scripts, the project's build backend.
 * Each probe below runs as that code and writes what it could reach into the checkout: a canary variable in
 * the step's environment, a canary file of the runner's, a TCP listener on the runner's loopback.
 */
describe('setup-toolchain installs in the sandbox (sandbox: true, the default)', () => {
  const CANARY = 'canary-4f1c2e9d';
  let listener: Server;
  let port: number;
  let secretFile: string;
  beforeAll(async () => {
    listener = createServer((socket) => socket.end());
    await new Promise<void>((resolveListen) => listener.listen(0, '127.0.0.1', resolveListen));
    port = (listener.address() as AddressInfo).port;
    secretFile = join(mkdtempSync(join(tmpdir(), 'runner-secrets-')), 'credentials');
    writeFileSync(secretFile, CANARY);
  });
  afterAll(() => listener.close());

  const probeEnv = () => ({ AGENT_GUARDS_TEST_TOKEN: CANARY, PROBE_FILE: secretFile, PROBE_PORT: String(port) });

  interface Probe {
    token: string | null;
    file: string;
    connect: string;
  }
  const probeOf = (service: string): Probe => JSON.parse(readFileSync(join(service, 'probe.json'), 'utf8')) as Probe;

  /** An npm service whose own postinstall script probes (the paths and port are baked in: the variables do not reach a contained script). */
  function npmService(): { root: string; service: string } {
    const ws = workspace({}, 'npm');
    const probe = `
const fs = require('node:fs'), net = require('node:net');
const out = { token: process.env.AGENT_GUARDS_TEST_TOKEN ?? null, file: '', connect: '' };
try { out.file = fs.readFileSync(${JSON.stringify(secretFile)}, 'utf8'); } catch (e) { out.file = e.code; }
const s = net.connect(${port}, '127.0.0.1');
s.on('connect', () => { out.connect = 'connected'; s.destroy(); done(); });
s.on('error', (e) => { out.connect = e.code; done(); });
function done() { fs.writeFileSync('probe.json', JSON.stringify(out)); }
`;
    writeFileSync(join(ws.service, 'probe.cjs'), probe);
    const pkg = JSON.parse(readFileSync(join(ws.service, 'package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(ws.service, 'package.json'), JSON.stringify({ ...pkg, scripts: { postinstall: 'node probe.cjs' } }, null, 2));
    return ws;
  }

  it('npm: the lifecycle scripts run with no secret, no runner file and no loopback, and the install still completes', () => {
    const ws = npmService();
    const { installed } = detectAndInstall(ws, probeEnv());
    expect(installed.status, installed.stdout + installed.stderr).toBe(0);
    expect(installed.stdout).toContain('+ npm ci --no-audit --no-fund\n  (in the sandbox: the network only to the npm registries)');
    expect(existsSync(join(ws.service, 'node_modules', 'is-number', 'package.json'))).toBe(true);
    expect(probeOf(ws.service)).toEqual({ token: null, file: 'ENOENT', connect: 'ECONNREFUSED' });
  });

  it('npm, uncontained (sandbox: false, for a trusted checkout): the same script reaches all three', () => {
    const ws = npmService();
    const { installed } = detectAndInstall(ws, probeEnv(), { sandbox: 'false' });
    expect(installed.status, installed.stdout + installed.stderr).toBe(0);
    expect(probeOf(ws.service)).toEqual({ token: CANARY, file: CANARY, connect: 'connected' });
  });

  it('npm: a registry the checkout names in .npmrc is refused, and the step says which host and how to allow a mirror', () => {
    const ws = workspace({ '.npmrc': 'registry=https://npm.mirror.example.org/\n' }, 'npm');
    const { installed } = detectAndInstall(ws);
    expect(installed.status).not.toBe(0);
    expect(installed.stdout).toMatch(/::warning title=setup-toolchain::the install was refused a connection to npm\.mirror\.example\.org:443 \(.*\); it may reach only registry\.npmjs\.org, registry\.yarnpkg\.com\. A company mirror goes in the 'registries' input\./);
    expect(existsSync(join(ws.service, 'node_modules', 'is-number'))).toBe(false);
    expect(installed.outputs.installed).toBeUndefined();
  });

  it("pip: the project's build backend runs contained, and installs the project and its dependencies", () => {
    const ws = workspace({}, 'pip-project');
    // The wheels come from a folder in the checkout, named in the requirements file: nothing else reaches a contained pip.
    cpSync(wheelhouse(), join(ws.service, 'wheels'), { recursive: true });
    writeFileSync(join(ws.service, 'requirements-dev.txt'), '--no-index\n--find-links wheels\nfxdep-req==1.0.0\n');
    const backend = join(ws.service, '_backend', 'backend.py');
    const probe = `import json, os, socket
_out = {"token": os.environ.get("AGENT_GUARDS_TEST_TOKEN"), "file": "", "connect": ""}
try:
    _out["file"] = open(${JSON.stringify(secretFile)}).read()
except OSError as e:
    _out["file"] = type(e).__name__
try:
    socket.create_connection(("127.0.0.1", ${port}), timeout=5).close()
    _out["connect"] = "connected"
except OSError as e:
    _out["connect"] = type(e).__name__
open(os.path.join(os.path.dirname(__file__), "..", "probe.json"), "w").write(json.dumps(_out))
`;
    writeFileSync(backend, probe + readFileSync(backend, 'utf8'));
    const { installed } = detectAndInstall(ws, probeEnv());
    expect(installed.status, installed.stdout + installed.stderr).toBe(0);
    expect(installed.stdout).toContain('(in the sandbox: the network only to the pypi registries)');
    expect(venvImports(ws.service, ['fixture_service', 'fxdep_runtime', 'fxdep_dev', 'fxdep_req']).status).toBe(0);
    expect(probeOf(ws.service)).toEqual({ token: null, file: 'FileNotFoundError', connect: 'ConnectionRefusedError' });
  });

  it('refuses a .venv the checkout brings, before running anything from it', () => {
    const ws = workspace({ 'requirements.txt': 'fxdep-req==1.0.0\n', '.venv/bin/python': '#!/bin/sh\necho ran > "$(dirname "$0")/../../ran"\n' });
    chmodSync(join(ws.service, '.venv', 'bin', 'python'), 0o755);
    const { installed } = detectAndInstall(ws);
    expect(installed.status).toBe(1);
    expect(errors(installed.stdout)).toEqual([expect.stringContaining('the checkout already has .venv: a sandboxed install makes its own environment')]);
    expect(existsSync(join(ws.service, 'ran'))).toBe(false);
  });

  it('takes a company mirror from the registries input: the proxy lets it through', () => {
    const ws = workspace({ '.npmrc': 'registry=https://npm.mirror.example.org/\n' }, 'npm');
    const { installed } = detectAndInstall(ws, {}, { registries: 'npm.mirror.example.org' });
    expect(installed.stdout).toContain('(in the sandbox: the network only to the npm registries and npm.mirror.example.org)');
    // Allowed, so the proxy looked the mirror up; it does not exist here.
    expect(installed.stdout).toContain('::warning title=setup-toolchain::the install could not reach npm.mirror.example.org:443: does not resolve');
    expect(installed.stdout).not.toContain('was refused a connection');
  });
});
