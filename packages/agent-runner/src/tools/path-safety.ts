import { lstatSync, realpathSync } from 'node:fs';
import { posix, relative, sep } from 'node:path';

/**
 * Every file tool resolves its path here (security.md item 14). A path must be
 * repo-relative text without `..`, NUL or an absolute form; its real path (all
 * symlinks resolved) must sit inside the real repo root under a
 * separator-aware prefix; symlink loops, `/proc`, `.git` internals and
 * credential files are refused whatever route reaches them.
 */
export class PathRefusedError extends Error {
  constructor(
    readonly path: string,
    readonly why: string,
  ) {
    super(`path '${printable(path)}' refused: ${why}`);
    this.name = 'PathRefusedError';
  }
}

export interface ResolvedPath {
  /** Repo-relative POSIX path the caller asked for, normalized. */
  rel: string;
  /** Absolute path to open (the requested location; for writes never a symlink). */
  abs: string;
  /** Repo-relative POSIX path of the real target (differs from rel through an in-repo symlink). */
  realRel: string;
  exists: boolean;
  isDirectory: boolean;
}

// Basenames and folders that hold credentials: never read, listed as content, or written.
const CREDENTIAL_BASENAMES = [
  /^\.env(\..*)?$/i,
  /^\.envrc$/i,
  /^\.npmrc$/i,
  /^\.yarnrc(\.yml)?$/i,
  /^\.pypirc$/i,
  /^\.netrc$/i,
  /^_netrc$/i,
  /^\.git-credentials$/i,
  /^\.gitconfig$/i,
  /^\.pgpass$/i,
  /^\.htpasswd$/i,
  /^\.dockercfg$/i,
  /^credentials(\.json)?$/i,
  /^id_(rsa|dsa|ecdsa|ed25519)(\.pub)?$/i,
  /\.(pem|key|p12|pfx|jks|keystore|kdbx|ppk)$/i,
  /^kubeconfig$/i,
  /^secrets?\.(ya?ml|json|toml)$/i,
];
const CREDENTIAL_DIRS = new Set(['.ssh', '.aws', '.gnupg', '.docker', '.kube', '.azure', '.gcloud', '.config/gcloud']);

function printable(path: string): string {
  return path.replace(/\0/g, '\\0').slice(0, 200);
}

/** Why a repo-relative path may never be touched by a file tool, or undefined. */
export function protectedPathReason(rel: string): string | undefined {
  const segments = rel.split('/');
  if (segments.some((s) => s.toLowerCase() === '.git')) return 'git internals (.git) are off limits';
  const base = segments[segments.length - 1] ?? '';
  if (CREDENTIAL_BASENAMES.some((re) => re.test(base))) return 'a credential file';
  for (let i = 0; i < segments.length - 1; i += 1) {
    if (CREDENTIAL_DIRS.has(segments[i]!.toLowerCase()) || CREDENTIAL_DIRS.has(segments.slice(i, i + 2).join('/').toLowerCase())) {
      return 'a credential folder';
    }
  }
  return undefined;
}

/** Checks the text of a requested path and normalizes it to repo-relative POSIX form. */
export function normalizeRequestedPath(input: unknown): string {
  if (typeof input !== 'string') throw new PathRefusedError(String(input), 'a path must be a string');
  if (input.includes('\0')) throw new PathRefusedError(input, 'NUL byte in path');
  if (input.length === 0 || input.length > 4096) throw new PathRefusedError(input, 'empty or over-long path');
  if (input.includes('\\')) throw new PathRefusedError(input, 'backslashes are not path separators here; use /');
  if (input.startsWith('/') || /^[A-Za-z]:/.test(input) || input.startsWith('~')) throw new PathRefusedError(input, 'absolute paths are refused; give a repo-relative path');
  const segments = input.split('/');
  if (segments.includes('..')) throw new PathRefusedError(input, "'..' segments are refused");
  const rel = posix.normalize(input).replace(/\/+$/, '');
  return rel === '' ? '.' : rel;
}

const realRoots = new Map<string, string>();

/** The repo root's real path, resolved once per root (it does not move during a session). */
function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    real = realpathSync.native(root);
    realRoots.set(root, real);
  }
  return real;
}

function inside(realRootPath: string, realPath: string): boolean {
  return realPath === realRootPath || realPath.startsWith(realRootPath.endsWith(sep) ? realRootPath : realRootPath + sep);
}

function toRel(realRootPath: string, realPath: string): string {
  const r = relative(realRootPath, realPath).split(sep).join('/');
  return r === '' ? '.' : r;
}

function realpathOrRefuse(abs: string, rel: string): string {
  try {
    return realpathSync.native(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new PathRefusedError(rel, 'symlink loop');
    throw error;
  }
}

/**
 * Resolves a path for reading (or listing): symlinks are followed, and the
 * real target must be inside the repo and not protected.
 */
export function resolveForRead(root: string, input: unknown): ResolvedPath {
  const rel = normalizeRequestedPath(input);
  const rootReal = realRoot(root);
  const why = rel === '.' ? undefined : protectedPathReason(rel);
  if (why) throw new PathRefusedError(rel, why);
  const abs = rel === '.' ? rootReal : `${rootReal}${sep}${rel.split('/').join(sep)}`;
  let real: string;
  try {
    real = realpathOrRefuse(abs, rel);
  } catch (error) {
    if (error instanceof PathRefusedError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      // A dangling symlink anywhere on the way could point out: resolve what exists.
      checkExistingAncestor(rootReal, abs, rel);
      return { rel, abs, realRel: rel, exists: false, isDirectory: false };
    }
    throw error;
  }
  if (real.startsWith('/proc/') || real === '/proc') throw new PathRefusedError(rel, '/proc is refused');
  if (!inside(rootReal, real)) throw new PathRefusedError(rel, 'resolves (through a symlink) outside the repository');
  const realRel = toRel(rootReal, real);
  const realWhy = realRel === '.' ? undefined : protectedPathReason(realRel);
  if (realWhy) throw new PathRefusedError(rel, `resolves to ${realWhy}`);
  const st = lstatSync(real);
  return { rel, abs, realRel, exists: true, isDirectory: st.isDirectory() };
}

/**
 * Resolves a path for writing or deleting: the parent folder's real path must
 * be inside the repo, and the target itself must not be a symlink (writing
 * through one could land anywhere); callers open with O_NOFOLLOW as well.
 */
export function resolveForWrite(root: string, input: unknown): ResolvedPath {
  const rel = normalizeRequestedPath(input);
  if (rel === '.') throw new PathRefusedError(rel, 'the repository root is not a file');
  const why = protectedPathReason(rel);
  if (why) throw new PathRefusedError(rel, why);
  const rootReal = realRoot(root);
  const abs = `${rootReal}${sep}${rel.split('/').join(sep)}`;
  checkExistingAncestor(rootReal, abs, rel);
  let st;
  try {
    st = lstatSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { rel, abs, realRel: rel, exists: false, isDirectory: false };
    if (code === 'ENOTDIR') throw new PathRefusedError(rel, 'a parent of this path is a file');
    throw error;
  }
  if (st.isSymbolicLink()) throw new PathRefusedError(rel, 'is a symlink; the agent never writes through symlinks');
  if (st.isDirectory()) throw new PathRefusedError(rel, 'is a directory');
  return { rel, abs, realRel: rel, exists: true, isDirectory: false };
}

/** The deepest existing ancestor of `abs` must resolve inside the repo (catches symlinked folders pointing out). */
function checkExistingAncestor(rootReal: string, abs: string, rel: string): void {
  let current = abs;
  for (;;) {
    const parent = current.slice(0, current.lastIndexOf(sep)) || sep;
    if (parent.length < rootReal.length) return;
    try {
      const real = realpathOrRefuse(parent, rel);
      if (!inside(rootReal, real)) throw new PathRefusedError(rel, 'a parent folder resolves (through a symlink) outside the repository');
      const realRel = toRel(rootReal, real);
      const why = realRel === '.' ? undefined : protectedPathReason(realRel);
      if (why) throw new PathRefusedError(rel, `a parent folder resolves to ${why}`);
      return;
    } catch (error) {
      if (error instanceof PathRefusedError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      current = parent;
    }
  }
}
