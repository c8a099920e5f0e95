import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync, chmodSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Committer',
  GIT_COMMITTER_EMAIL: 'committer@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
};

/** A real git repository in a temp dir, with helpers to build histories quickly. */
export class TempRepo {
  readonly dir: string;
  private tick = 0;

  constructor(dir?: string, options: { bare?: boolean; init?: boolean } = {}) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'agent-guards-'));
    if (options.init !== false) {
      this.git('init', '-q', ...(options.bare ? ['--bare'] : []), '-b', 'main');
      if (!options.bare) {
        this.git('config', 'core.autocrlf', 'false');
        this.git('config', 'commit.gpgsign', 'false');
      }
    }
  }

  /** Runs git and returns trimmed stdout; throws with stderr on failure. */
  git(...args: string[]): string {
    this.tick += 1;
    // Distinct, deterministic timestamps keep `git log` order stable.
    const date = `${1_700_000_000 + this.tick} +0000`;
    const out = execFileSync('git', ['-C', this.dir, ...args], {
      env: { ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return out.toString('utf8').trim();
  }

  path(rel: string): string {
    return join(this.dir, rel);
  }

  write(files: Record<string, string | Buffer>): this {
    for (const [rel, content] of Object.entries(files)) {
      const abs = this.path(rel);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
    return this;
  }

  remove(...rels: string[]): this {
    for (const rel of rels) rmSync(this.path(rel), { recursive: true, force: true });
    return this;
  }

  symlink(rel: string, target: string): this {
    const abs = this.path(rel);
    mkdirSync(dirname(abs), { recursive: true });
    try {
      unlinkSync(abs);
    } catch {
      // not there yet
    }
    symlinkSync(target, abs);
    return this;
  }

  chmod(rel: string, mode: number): this {
    chmodSync(this.path(rel), mode);
    return this;
  }

  move(from: string, to: string): this {
    mkdirSync(dirname(this.path(to)), { recursive: true });
    renameSync(this.path(from), this.path(to));
    return this;
  }

  /** Stages everything and commits; returns the new commit SHA. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '--no-verify', '-m', message);
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD');
  }

  checkout(ref: string, create = false): this {
    this.git('checkout', '-q', ...(create ? ['-b'] : []), ref);
    return this;
  }

  /**
   * Writes many files in one commit through `git fast-import` (100k files in
   * seconds). Files are added on top of `parent` (or start a new history).
   */
  fastImport(branch: string, files: Iterable<[string, string]>, message: string, parent?: string): string {
    const chunks: string[] = [];
    const msg = Buffer.byteLength(message);
    chunks.push(`commit refs/heads/${branch}\ncommitter Test <t@example.com> ${1_700_000_000 + ++this.tick} +0000\ndata ${msg}\n${message}\n`);
    if (parent) chunks.push(`from ${parent}\n`);
    for (const [path, content] of files) {
      chunks.push(`M 100644 inline "${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"\ndata ${Buffer.byteLength(content)}\n${content}\n`);
    }
    chunks.push('\n');
    const res = spawnSync('git', ['-C', this.dir, 'fast-import', '--quiet'], { input: chunks.join(''), env: GIT_ENV, maxBuffer: 1 << 30 });
    if (res.status !== 0) throw new Error(`fast-import failed: ${res.stderr.toString()}`);
    return this.git('rev-parse', `refs/heads/${branch}`);
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Makes a shallow clone of `source` at depth `depth` (file:// so --depth is honoured). */
export function shallowClone(source: TempRepo, depth: number, branch?: string): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'agent-guards-shallow-'));
  execFileSync('git', ['clone', '-q', `--depth=${depth}`, ...(branch ? ['--branch', branch] : []), `file://${source.dir}`, dir], {
    env: GIT_ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new TempRepo(dir, { init: false });
}
