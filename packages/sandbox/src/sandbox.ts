import { chownSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError, type Logger } from '@agent-guards/action-kit';
import type { SandboxPolicy } from '@agent-guards/config';
import { bubblewrapArgv, type ContainmentPlan } from './bubblewrap.js';
import { spawnContained, type ProcessResult } from './contained-process.js';
import type { EgressDecision, EgressProxy, Resolver } from './egress-proxy.js';
import { hostView, type HostView } from './host-view.js';
import { prlimitArgs, tasksOf } from './limits.js';
import { handOver, sandboxUid } from './ownership.js';
import { bwrapVersion, explainProbeFailure, findExecutable, MIN_BWRAP, unavailable, versionAtLeast } from './preflight.js';
import { containedProcessEnv } from './process-env.js';

/** The in-sandbox script that carries connections to the egress proxy (shipped beside the bundles). */
const BRIDGE = fileURLToPath(new URL('../bridge/egress-bridge.mjs', import.meta.url));
/** Where, inside the sandbox, the bridge listens for the proxy variables. */
const BRIDGE_PORT = 3128;
const MIB = 1024 * 1024;
/** The agent-guards installation this code runs from: never visible inside (4 levels: <root>/packages/sandbox/lib/sandbox.js). */
const INSTALLATION = resolve(fileURLToPath(import.meta.url), '../../../..');

export interface SandboxOptions {
  settings: SandboxPolicy;
  /** The policy file, for errors that name it. */
  policyPath: string;
  /** The checkout contained processes work in: the one writable place besides their private home and /tmp. */
  workdir: string;
  /** The checkout is only read (a collector listing tests): bound read-only, never handed to the sandbox user. */
  readOnlyWorkdir?: boolean;
  /** Further writable folders (a collector's output). */
  writable?: string[];
  /** Further read-only paths (a collector's plugin, a borrowed node_modules). */
  readOnly?: string[];
  /** Read-only binds inside the checkout (a borrowed node_modules at `<checkout>/node_modules`). */
  overlays?: { source: string; target: string }[];
  /** What must stay invisible besides the runner's home and temp: the session directory, the ledger, the trace. */
  hidden?: string[];
  logger?: Logger;
  /** Tests: name resolution for the egress proxy, and addresses it may accept besides public ones. */
  egressResolve?: Resolver;
  egressAllowAddresses?: string[];
}

export interface ContainedCommand {
  argv: string[];
  /** Inside the checkout; default the checkout. */
  cwd?: string;
  /** Variables added to the contained environment (never the runner's own). */
  env?: Record<string, string>;
  timeoutMs: number;
  /** Registry hosts the command may reach through the egress proxy; no network at all without it. */
  egress?: readonly string[];
  /** Output kept for the caller (default: all, up to the policy's output limit). */
  keepBytes?: number;
  /** Folders this command may also write (a collector's plugin and report folder). */
  writable?: readonly string[];
  /** Paths this command may also read (a framework's node_modules). */
  readOnly?: readonly string[];
}

export interface ContainedResult extends ProcessResult {
  /** Every connection the egress proxy allowed or refused for this command. */
  egress: EgressDecision[];
}

/** What a session record, a PR body and the dashboard say about containment. */
export interface SandboxDescription {
  mode: 'bubblewrap' | 'none';
  contained: boolean;
  /** One sentence in plain words. */
  summary: string;
  bubblewrap?: string;
  /** The uid contained processes run as. */
  uid?: number;
  limits?: { memory_mb: number; max_processes: number; max_file_size_mb: number; max_output_mb: number; tmp_size_mb: number };
  /** Host paths visible read-only. */
  visible?: string[];
}

export interface Sandbox {
  readonly description: SandboxDescription;
  run(command: ContainedCommand): Promise<ContainedResult>;
  /** Removes the sandbox's private home and sockets. */
  close(): Promise<void>;
}

const NOT_CONTAINED =
  'NOT SANDBOXED: runner.sandbox is `none`, so tests, the linter and installs run with the runner’s own access to files, processes, secrets in its environment and the network.';

/**
 * Read-only paths and, where one is reached through a symlink (a node_modules
 * linked to another checkout), its real path too: tools resolve modules to
 * real paths before they load them.
 */
function withRealPaths(paths: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    out.add(p);
    try {
      out.add(realpathSync(p));
    } catch {
      // missing: bwrap says so when it binds it
    }
  }
  return [...out];
}

function insideDir(dir: string, path: string): boolean {
  return path === dir || path.startsWith(dir + sep);
}

/** Contained processes without containment (`runner.sandbox: none`): a scrubbed environment, limits on time and output, nothing else. */
class Uncontained implements Sandbox {
  readonly description: SandboxDescription = { mode: 'none', contained: false, summary: NOT_CONTAINED };
  constructor(
    private readonly workdir: string,
    private readonly settings: SandboxPolicy,
  ) {}

  async run(command: ContainedCommand): Promise<ContainedResult> {
    const cwd = resolve(this.workdir, command.cwd ?? '.');
    const result = await spawnContained(command.argv, command.argv, {
      cwd,
      // Uncontained, the command shares the runner's home: it has no other.
      env: containedProcessEnv({ HOME: process.env.HOME ?? tmpdir(), ...command.env }),
      timeoutMs: command.timeoutMs,
      keepBytes: command.keepBytes ?? this.settings.max_output_mb * MIB,
      stopAfterBytes: this.settings.max_output_mb * MIB,
    });
    return { ...result, egress: [] };
  }

  async close(): Promise<void> {}
}

class Bubblewrap implements Sandbox {
  readonly description: SandboxDescription;
  private lastHandOver = 0;
  private runs = 0;

  constructor(
    private readonly options: SandboxOptions & { workdir: string },
    private readonly tools: ContainmentPlan['tools'],
    private readonly version: string,
    private readonly view: HostView,
    private readonly state: string,
    private readonly home: string,
    private readonly dropTo: ContainmentPlan['dropTo'],
  ) {
    const s = options.settings;
    this.description = {
      mode: 'bubblewrap',
      contained: true,
      summary: `Sandboxed with bubblewrap ${version}: no network (installs reach only allowlisted registries through an egress proxy), no secrets in the environment, nothing of the runner visible, the checkout the only writable place; limits ${s.memory_mb} MiB per process, ${s.max_processes} processes, ${s.max_file_size_mb} MiB per file, ${s.max_output_mb} MiB of output.`,
      bubblewrap: version,
      uid: dropTo?.uid ?? process.getuid?.() ?? -1,
      limits: { memory_mb: s.memory_mb, max_processes: s.max_processes, max_file_size_mb: s.max_file_size_mb, max_output_mb: s.max_output_mb, tmp_size_mb: s.tmp_size_mb },
      visible: view.readOnly,
    };
  }

  private plan(cwd: string, extra: { readOnly: string[]; writable: string[] }): ContainmentPlan {
    const { workdir, settings, readOnlyWorkdir } = this.options;
    const overlays = [...(this.options.overlays ?? [])];
    if (readOnlyWorkdir) overlays.unshift({ source: workdir, target: workdir });
    // The runner's git reads .git: code in the sandbox may not plant hooks, config or a gitdir pointer there.
    else if (existsSync(join(workdir, '.git'))) overlays.unshift({ source: join(workdir, '.git'), target: join(workdir, '.git') });
    return {
      view: { ...this.view, readOnly: [...this.view.readOnly, ...extra.readOnly] },
      writable: [...(readOnlyWorkdir ? [] : [workdir]), ...(this.options.writable ?? []), ...extra.writable],
      overlays,
      home: this.home,
      tmpSizeMb: settings.tmp_size_mb,
      cwd,
      limits: prlimitArgs(settings, this.dropTo ? 0 : tasksOf(process.getuid?.() ?? 0)),
      ...(this.dropTo ? { dropTo: this.dropTo } : {}),
      tools: this.tools,
    };
  }

  /** Root runners: what the runner wrote since the last run becomes the sandbox user's. */
  private handOverWrites(): void {
    if (!this.dropTo) return;
    const started = Date.now();
    const dirs = [...(this.options.readOnlyWorkdir ? [] : [this.options.workdir]), ...(this.options.writable ?? [])];
    for (const dir of dirs) handOver(dir, this.dropTo.uid, this.dropTo.gid, this.lastHandOver);
    this.lastHandOver = started;
  }

  async run(command: ContainedCommand): Promise<ContainedResult> {
    const { workdir, settings } = this.options;
    const cwd = resolve(workdir, command.cwd ?? '.');
    if (!insideDir(workdir, cwd)) throw new Error(`a contained command runs inside the checkout, not in ${cwd}`);
    this.handOverWrites();
    const n = (this.runs += 1);
    let proxy: EgressProxy | undefined;
    let argv = command.argv;
    const extra = { readOnly: withRealPaths(command.readOnly ?? []), writable: [...(command.writable ?? [])] };
    // Root runners: the sandbox user must be able to write the command's own folders.
    if (this.dropTo) for (const w of extra.writable) handOver(w, this.dropTo.uid, this.dropTo.gid);
    const env: Record<string, string> = { ...command.env, HOME: this.home, TMPDIR: '/tmp', PATH: this.view.path };
    if (command.egress) {
      const socketDir = join(this.state, `egress-${n}`);
      mkdirSync(socketDir);
      const socketPath = join(socketDir, 'proxy.sock');
      // The proxy (proxy-chain and its SOCKS and address libraries) loads for the first command that may reach a host.
      const { EgressProxy } = await import('./egress-proxy.js');
      proxy = await EgressProxy.start({
        allow: command.egress,
        socketPath,
        ...(this.options.egressResolve ? { resolve: this.options.egressResolve } : {}),
        ...(this.options.egressAllowAddresses ? { allowAddresses: this.options.egressAllowAddresses } : {}),
        ...(process.env.HTTPS_PROXY || process.env.https_proxy ? { upstreamProxyUrl: (process.env.HTTPS_PROXY || process.env.https_proxy)! } : {}),
      });
      extra.readOnly.push(process.execPath, BRIDGE);
      extra.writable.push(socketPath);
      argv = [process.execPath, BRIDGE, socketPath, String(BRIDGE_PORT), '--', ...command.argv];
      const url = `http://127.0.0.1:${BRIDGE_PORT}`;
      Object.assign(env, {
        HTTP_PROXY: url,
        HTTPS_PROXY: url,
        http_proxy: url,
        https_proxy: url,
        npm_config_proxy: url,
        npm_config_https_proxy: url,
        // Yarn 2+ reads only its own settings, not the variables above.
        YARN_HTTP_PROXY: url,
        YARN_HTTPS_PROXY: url,
        CARGO_HTTP_PROXY: url,
        NO_PROXY: '',
        no_proxy: '',
      });
    }
    try {
      const spawnArgv = bubblewrapArgv(this.plan(cwd, extra), argv);
      const result = await spawnContained(command.argv, spawnArgv, {
        cwd: this.state,
        env: containedProcessEnv(env),
        timeoutMs: command.timeoutMs,
        keepBytes: command.keepBytes ?? settings.max_output_mb * MIB,
        stopAfterBytes: settings.max_output_mb * MIB,
      });
      return { ...result, egress: proxy ? [...proxy.decisions] : [] };
    } finally {
      await proxy?.close();
    }
  }

  async close(): Promise<void> {
    rmSync(this.state, { recursive: true, force: true });
  }
}

const probed = new Map<string, Promise<void>>();

/**
 * Opens the sandbox a session or a collector runs its commands in, after
 * checking that it can start here (a probe command through the whole
 * sandbox). Fails closed: a ConfigurationError with the exact fix when it
 * cannot, unless the policy says `runner.sandbox: none`.
 */
export async function openSandbox(options: SandboxOptions): Promise<Sandbox> {
  const workdir = realpathSync(options.workdir);
  if (options.settings.mode === 'none') {
    options.logger?.warning(`${NOT_CONTAINED} (${options.policyPath}, runner.sandbox)`);
    return new Uncontained(workdir, options.settings);
  }
  const { policyPath } = options;
  if (process.platform !== 'linux') {
    throw unavailable(
      `bubblewrap sandboxing needs Linux; this runner is ${process.platform}.`,
      'run the agent on a Linux runner (ubuntu-24.04).',
      policyPath,
    );
  }
  const bwrap = findExecutable('bwrap');
  const prlimit = findExecutable('prlimit');
  const setpriv = findExecutable('setpriv');
  if (!bwrap) throw unavailable('bwrap (bubblewrap) is not installed.', 'install bubblewrap ≥ 0.8 (`sudo apt-get install -y bubblewrap`), or run the agent-guards setup-toolchain action first.', policyPath);
  if (!prlimit || !setpriv) throw unavailable('prlimit and setpriv (util-linux) are not on PATH.', 'install util-linux (`sudo apt-get install -y util-linux`).', policyPath);
  const v = await bwrapVersion(bwrap);
  if (!v || !versionAtLeast(v, MIN_BWRAP)) {
    throw unavailable(
      `bubblewrap ${v ? v.join('.') : '(unknown version)'} is too old: ${MIN_BWRAP.join('.')} or later is needed (--disable-userns).`,
      'install a newer bubblewrap (ubuntu-24.04 and Debian 12 ship one).',
      policyPath,
    );
  }
  let dropTo: ContainmentPlan['dropTo'];
  if (process.getuid?.() === 0) {
    const uid = sandboxUid();
    if (uid === undefined) throw unavailable('the runner is root and no unprivileged uid is mapped for the sandbox.', 'run the runner as a non-root user.', policyPath);
    dropTo = { uid, gid: uid };
  }
  const hidden = [...(options.hidden ?? []), tmpdir(), ...(process.env.RUNNER_TEMP ? [process.env.RUNNER_TEMP] : []), INSTALLATION];
  const view = hostView({
    policyReadOnly: options.settings.read_only,
    extraReadOnly: withRealPaths(options.readOnly ?? []),
    writable: [workdir, ...(options.writable ?? [])],
    hidden: hidden.filter((h) => !insideDir(h, workdir) && !insideDir(workdir, h)),
    policyPath,
  });
  for (const h of options.hidden ?? []) {
    if (insideDir(workdir, resolve(h))) {
      throw new ConfigurationError(`${h} is inside the checkout the sandbox writes to, where contained code could read and rewrite it.`, {
        file: h,
        fix: 'keep session records, ledgers and traces outside the checkout (the default session directory is).',
      });
    }
  }
  const state = mkdtempSync(join(tmpdir(), 'agent-guards-sandbox-'));
  const home = join(state, 'home');
  mkdirSync(home);
  if (dropTo) chownSync(home, dropTo.uid, dropTo.gid);
  const sandbox = new Bubblewrap({ ...options, workdir }, { bwrap, prlimit, setpriv }, v.join('.'), view, state, home, dropTo);
  const key = `${bwrap}:${dropTo ? 'root' : process.getuid?.()}`;
  let probe = probed.get(key);
  if (!probe) {
    probe = (async () => {
      const r = await sandbox.run({ argv: ['true'], timeoutMs: 30_000 });
      if (r.exitCode !== 0) throw explainProbeFailure(r.stderr, policyPath);
    })();
    probed.set(key, probe);
    probe.catch(() => probed.delete(key));
  }
  try {
    await probe;
  } catch (error) {
    await sandbox.close();
    throw error;
  }
  options.logger?.info(`sandbox: bubblewrap ${v.join('.')}, ${dropTo ? `as uid ${dropTo.uid} (the runner is root)` : 'as the runner user'}; ${relative(process.cwd(), workdir) || '.'} writable`);
  return sandbox;
}
