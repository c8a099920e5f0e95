import { existsSync, lstatSync, readlinkSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { ConfigurationError } from '@agent-guards/action-kit';

/**
 * What of the host a contained process sees: the system read-only, the
 * toolchains the runner's PATH names, what the policy adds, and nothing else
 * of the runner — not its home, temp or session directories, not the
 * agent-guards checkout, not other processes.
 */
export interface HostView {
  /** Host paths bound read-only at the same path. */
  readOnly: string[];
  /** Root entries that are symlinks on the host (usrmerge: /bin → usr/bin), recreated as symlinks. */
  symlinks: { path: string; target: string }[];
  /** PATH inside: the runner's entries that are visible there, in order. */
  path: string;
}

const SYSTEM = ['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32', '/etc'];

/** Where runner images keep installed toolchains (actions/setup-*). */
const TOOL_CACHES = ['/opt/hostedtoolcache'];

/**
 * Toolchain managers that live in the runner user's home, relative to it:
 * each holds interpreters, compilers and their packages, never credentials.
 * A PATH entry inside one of them makes the whole root visible (a shim needs
 * its manager). Other PATH entries under the home stay hidden unless the
 * policy lists them in `runner.sandbox.read_only`.
 */
export const HOME_TOOLCHAIN_ROOTS = [
  '.pyenv',
  '.rbenv',
  '.nodenv',
  '.nvm',
  '.volta',
  '.rustup',
  '.cargo/bin',
  '.local/bin',
  '.local/share/uv',
  '.local/share/pipx',
  '.local/share/pnpm',
  '.cache/pypoetry/virtualenvs',
  '.bun/bin',
  '.deno/bin',
  '.sdkman/candidates',
  'go/bin',
];

/** Never visible, whatever a policy lists: where a home keeps credentials. */
const CREDENTIAL_HOME_PATHS = ['.ssh', '.aws', '.gnupg', '.docker', '.kube', '.azure', '.config', '.git-credentials', '.gitconfig', '.npmrc', '.pypirc', '.netrc', '.cargo/credentials', '.cargo/credentials.toml', '.m2/settings.xml', '.gradle/gradle.properties'];

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function within(parent: string, child: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
}

/** The Go module cache the runner's toolchain would read (GOMODCACHE, else GOPATH/pkg/mod, else ~/go/pkg/mod). */
export function goModuleCache(env: NodeJS.ProcessEnv, home: string): string {
  if (env.GOMODCACHE) return env.GOMODCACHE;
  const gopath = env.GOPATH?.split(':')[0];
  return join(gopath || join(home, 'go'), 'pkg', 'mod');
}

export interface HostViewOptions {
  /** `runner.sandbox.read_only` as the policy gives it. */
  policyReadOnly: readonly string[];
  /** Further read-only paths the caller needs (a collector's plugin, a borrowed node_modules). */
  extraReadOnly?: readonly string[];
  /** Paths bound writable (the checkout): PATH entries inside them stay on PATH. */
  writable?: readonly string[];
  /**
   * Paths that must stay invisible (the session directory, the ledger, the
   * runner's temp, the agent-guards installation): nothing inside them or
   * containing them is bound.
   */
  hidden?: readonly string[];
  env?: NodeJS.ProcessEnv;
  home?: string;
  /** For errors: the policy file. */
  policyPath?: string;
}

/** Why a path may never be made visible, or undefined. */
function forbiddenReason(path: string, home: string): string | undefined {
  if (path === '/' || within(path, home)) return 'it contains the runner user’s home';
  for (const c of CREDENTIAL_HOME_PATHS) if (within(join(home, c), path)) return `it holds credentials (~/${c})`;
  return undefined;
}

export function hostView(options: HostViewOptions): HostView {
  const env = options.env ?? process.env;
  const home = normalize(options.home ?? homedir());
  const hidden = [home, ...(options.hidden ?? [])].map((h) => normalize(h));
  const overlapsHidden = (path: string): boolean => hidden.some((h) => within(h, path) || within(path, h));
  const readOnly: string[] = [];
  const symlinks: HostView['symlinks'] = [];
  const add = (path: string): void => {
    if (readOnly.some((p) => within(p, path))) return;
    for (let i = readOnly.length - 1; i >= 0; i -= 1) if (within(path, readOnly[i]!)) readOnly.splice(i, 1);
    readOnly.push(path);
  };
  for (const path of SYSTEM) {
    let st;
    try {
      st = lstatSync(path);
    } catch {
      continue;
    }
    if (st.isSymbolicLink()) symlinks.push({ path, target: readlinkSync(path) });
    else if (st.isDirectory()) add(path);
  }
  for (const path of [...TOOL_CACHES, env.RUNNER_TOOL_CACHE]) if (path && isDir(path) && !overlapsHidden(path)) add(path);

  const writable = (options.writable ?? []).map((w) => normalize(w));
  for (const entry of (env.PATH ?? '').split(':')) {
    if (!isAbsolute(entry) || !isDir(entry)) continue;
    const path = normalize(entry);
    if (writable.some((w) => within(w, path))) continue;
    if (within(home, path)) {
      // Only the known toolchain roots of the home, never the home itself.
      const root = HOME_TOOLCHAIN_ROOTS.map((r) => join(home, r)).find((r) => within(r, path));
      if (root) {
        add(root);
        // rustup's proxies in ~/.cargo/bin run the toolchains in ~/.rustup.
        if (root === join(home, '.cargo/bin') && isDir(join(home, '.rustup'))) add(join(home, '.rustup'));
      }
      continue;
    }
    if (readOnly.some((p) => within(p, path)) || symlinks.some((s) => within(s.path, path))) continue;
    // /opt/tool/bin → /opt/tool: a toolchain's libraries sit beside its bin/.
    const name = basename(path);
    const root = name === 'bin' || name === 'sbin' || name === 'shims' ? dirname(path) : path;
    if (!overlapsHidden(root) && root !== '/') add(root);
  }

  const modCache = goModuleCache(env, home);
  if (isDir(modCache)) add(modCache);

  for (const raw of options.policyReadOnly) {
    const path = normalize(raw.startsWith('~/') ? join(home, raw.slice(2)) : raw);
    const why = forbiddenReason(path, home) ?? (overlapsHidden(path) && !within(home, path) ? 'it overlaps the runner’s session, temp or installation directories' : undefined);
    if (why) {
      throw new ConfigurationError(`'${raw}' cannot be made visible to sandboxed processes: ${why}.`, {
        file: options.policyPath ?? '.github/agent-guards.yml',
        field: 'runner.sandbox.read_only',
        fix: 'list the toolchain or cache folder itself (e.g. ~/.local/share/mytool), not a folder that contains the home, credentials or the runner’s own files.',
      });
    }
    if (existsSync(path)) add(path);
  }
  for (const path of options.extraReadOnly ?? []) add(normalize(path));

  const visible = (dir: string): boolean =>
    readOnly.some((p) => within(p, dir)) || symlinks.some((s) => within(s.path, dir)) || writable.some((w) => within(w, dir));
  const path = (env.PATH ?? '')
    .split(':')
    .filter((e) => isAbsolute(e) && visible(normalize(e)))
    .join(':');
  return { readOnly, symlinks, path: path || '/usr/local/bin:/usr/bin:/bin' };
}
