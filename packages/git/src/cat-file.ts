import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Socket } from 'node:net';
import { resolve } from 'node:path';
import { GitError, spawnGit } from './run-git.js';

/** The object ids of the objects read by other names (`<rev>:<path>`), from cat-file's headers. */
const objectIds = new WeakMap<Buffer, string>();

/** The id of an object this module read, from the header git wrote before it. */
export function objectIdOf(object: Buffer): string | undefined {
  return objectIds.get(object);
}

/**
 * Reads the names with `git cat-file --batch`, handing each object to `onObject` as its bytes
 * arrive, in the order of the names (undefined for a name that names nothing). Nothing is
 * remembered: readObjects is the reader that remembers. If `onObject` throws, the read fails with
 * that error.
 *
 * A guard asks git for objects in rounds (the policy, the PR's files, the files those import),
 * and every git process started costs the main thread a fork and an exec, and the round git's
 * start-up. So the git of a repository is kept open while it is idle, and the next round is
 * written to it; a batch asked for while it is busy gets a git of its own, so batches never wait
 * on one another.
 */
export function catFileBatch(repo: string, names: readonly string[], onObject: (name: string, object: Buffer | undefined) => void): Promise<void> {
  if (names.length === 0) return Promise.resolve();
  const key = resolve(repo);
  const kept = keptOpen.get(key);
  if (kept && !kept.busy()) return kept.read(names, onObject, false);
  const git = new CatFileProcess(repo, () => keptOpen.get(key) === git && keptOpen.delete(key));
  // The first git of a repository stays; one started beside a busy one ends after its batch.
  if (!kept) keptOpen.set(key, git);
  return git.read(names, onObject, kept !== undefined);
}

/** The git kept open for each repository, while it is. */
const keptOpen = new Map<string, CatFileProcess>();

/** How long a kept-open git waits for another batch before it is closed. */
const IDLE_MS = 500;

/**
 * The last name of every batch: a name that names nothing, so git answers it with one line,
 * `<name> missing`, after every other answer. Output that ends with that line before the parser
 * has read every answer is out of step (a corrupt object's header promises more bytes than git
 * writes): the batch fails, where a git kept open would otherwise be waited on for good. Random,
 * so no file's content ends with its line by design.
 */
const END_OF_BATCH = `agent-guards-end-of-batch-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
const END_LINE = Buffer.from(`${END_OF_BATCH} missing\n`);

const outOfStep = (): GitError =>
  new GitError('git cat-file --batch wrote answers out of step with the names asked (is an object in the clone corrupt? `git fsck` says)', ['cat-file', '--batch'], null, '');

interface Batch {
  parser: CatFileOutput;
  /** Whether git answered the end-of-batch name as a name that names nothing. */
  inStep: () => boolean;
  done: () => void;
  fail: (error: unknown) => void;
}

/** One `git cat-file --batch`: batches are written to it in turn and answered in that order. */
class CatFileProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly batches: Batch[] = [];
  /** The last bytes of the current batch's answers, as many as END_LINE has less one: the start of an end line split between chunks. */
  private tail: Buffer = Buffer.alloc(0);
  private readonly stderr: Buffer[] = [];
  private idle: NodeJS.Timeout | undefined;
  private ended = false;

  constructor(
    repo: string,
    private readonly onEnd: () => void,
  ) {
    this.child = spawnGit(repo, ['cat-file', '--batch']);
    this.child.stdout.on('data', (chunk: Buffer) => this.take(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk));
    this.child.stdin.on('error', () => undefined);
    this.child.on('error', (e) => this.fail(new GitError(`cannot run git: ${e.message}`, ['cat-file', '--batch'], null, '')));
    this.child.on('close', (code) => {
      const stderr = Buffer.concat(this.stderr).toString('utf8');
      this.fail(new GitError(`git cat-file --batch ended (exit ${code ?? -1}) before it answered every name: ${stderr.trim()}`, ['cat-file', '--batch'], code, stderr));
    });
  }

  /**
   * Whether git is still answering names of a batch. Callers have their objects before the batch's
   * end line arrives; a batch written while only end lines are awaited waits for nothing.
   */
  busy(): boolean {
    return this.batches.some((b) => b.parser.awaiting() > 1);
  }

  /** Writes the names; resolves once every one is answered. `last`: no batch follows, git ends after this one. */
  read(names: readonly string[], onObject: (name: string, object: Buffer | undefined) => void, last: boolean): Promise<void> {
    clearTimeout(this.idle);
    this.hold(true);
    return new Promise((done, fail) => {
      let inStep = false;
      const parser = new CatFileOutput([...names, END_OF_BATCH], (name, object) => {
        if (name === END_OF_BATCH) inStep = object === undefined;
        else onObject(name, object);
      });
      this.batches.push({ parser, inStep: () => inStep, done, fail });
      this.child.stdin.write(`${names.join('\n')}\n${END_OF_BATCH}\n`);
      if (last) this.close();
    });
  }

  private take(chunk: Buffer): void {
    let chunks = [chunk];
    try {
      while (chunks.length > 0 && this.batches.length > 0) {
        const batch = this.batches[0]!;
        let ends = false;
        for (const c of chunks) {
          batch.parser.push(c);
          ends = this.endsBatch(c);
        }
        if (!batch.parser.done()) {
          // The end line came, and answers are still awaited: git wrote fewer bytes than it promised.
          if (ends) throw outOfStep();
          return;
        }
        if (!batch.inStep()) throw outOfStep();
        this.batches.shift();
        this.tail = Buffer.alloc(0);
        batch.done();
        chunks = batch.parser.rest();
      }
      if (chunks.length > 0) throw outOfStep();
    } catch (error) {
      // Answers out of step with the names cannot be told apart any more: this git answers nothing more.
      this.fail(error);
      this.child.kill();
      return;
    }
    if (this.batches.length > 0) return;
    // Idle: the git no longer keeps this process alive, and closes unless another batch comes soon.
    this.hold(false);
    this.idle = setTimeout(() => this.close(), IDLE_MS);
    this.idle.unref();
  }

  /** Whether the current batch's answers so far end with the end-of-batch line (`chunk` their latest bytes). */
  private endsBatch(chunk: Buffer): boolean {
    const n = END_LINE.length;
    const last = chunk.length >= n ? chunk : Buffer.concat([this.tail, chunk]);
    this.tail = last.subarray(Math.max(0, last.length - (n - 1)));
    return last.length >= n && last.subarray(last.length - n).equals(END_LINE);
  }

  /** Whether the git and its pipes keep this process's event loop alive: only while a batch waits. */
  private hold(ref: boolean): void {
    // The pipes are sockets (net.Socket), which the child's stream types do not say.
    const pipes = [this.child.stdin, this.child.stdout, this.child.stderr] as unknown as Socket[];
    for (const handle of [this.child, ...pipes]) {
      if (ref) handle.ref();
      else handle.unref();
    }
  }

  /** Ends git's input: git answers what it was asked and exits. */
  private close(): void {
    this.retire();
    this.child.stdin.end();
  }

  /** Out of the map: a batch asked for from now on gets another git. */
  private retire(): void {
    if (this.ended) return;
    this.ended = true;
    clearTimeout(this.idle);
    this.onEnd();
  }

  /** This git answers nothing more; the batches waiting, if any, fail with `error`. */
  private fail(error: unknown): void {
    this.retire();
    for (const batch of this.batches.splice(0)) batch.fail(error);
  }
}

/** The line before an object: its id, its type and its size in bytes. */
const HEADER = /^([0-9a-f]{40}|[0-9a-f]{64}) (?:blob|tree|commit|tag) (\d+)$/;

/**
 * `cat-file --batch` output, read as it arrives: "<oid> <type> <size>" LF, the object, LF, for
 * each name in order ("<name> missing" LF for one that names nothing). An object within one chunk
 * of git's output is a view of it; one spread over several is copied once.
 */
class CatFileOutput {
  /** Bytes received and not consumed yet, oldest first. */
  private readonly chunks: Buffer[] = [];
  private buffered = 0;
  private next = 0;
  /** The header of the object whose bytes are awaited. */
  private header: { oid: string; size: number } | undefined;

  constructor(
    private readonly names: readonly string[],
    private readonly onObject: (name: string, object: Buffer | undefined) => void,
  ) {}

  done(): boolean {
    return this.next === this.names.length;
  }

  /** How many names are still to be answered. */
  awaiting(): number {
    return this.names.length - this.next;
  }

  /** What arrived after the last answer: the start of the next batch's answers. */
  rest(): Buffer[] {
    this.buffered = 0;
    return this.chunks.splice(0);
  }

  /** Reads what `chunk` completes; throws where git's output is not what it writes for the names in order. */
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    while (this.next < this.names.length) {
      if (!this.header) {
        const line = this.line();
        if (line === undefined) return;
        if (line.endsWith(' missing') || line.endsWith(' ambiguous')) {
          this.onObject(this.names[this.next++]!, undefined);
          continue;
        }
        const header = HEADER.exec(line);
        if (!header) throw outOfStep();
        this.header = { oid: header[1]!, size: Number.parseInt(header[2]!, 10) };
      }
      const { oid, size } = this.header;
      if (this.buffered < size + 1) return;
      const taken = this.take(size + 1);
      if (taken[size] !== 0x0a) throw outOfStep();
      const object = taken.subarray(0, size);
      this.header = undefined;
      objectIds.set(object, oid);
      this.onObject(this.names[this.next++]!, object);
    }
  }

  /** The next line without its LF, consumed; undefined until all of it has arrived. */
  private line(): string | undefined {
    let length = 0;
    for (const c of this.chunks) {
      const eol = c.indexOf(0x0a);
      if (eol >= 0) return this.take(length + eol + 1).toString('utf8', 0, length + eol);
      length += c.length;
    }
    return undefined;
  }

  /** The next `n` bytes (all received), consumed. */
  private take(n: number): Buffer {
    this.buffered -= n;
    const first = this.chunks[0]!;
    if (first.length > n) {
      this.chunks[0] = first.subarray(n);
      return first.subarray(0, n);
    }
    if (first.length === n) return this.chunks.shift()!;
    const out = Buffer.allocUnsafe(n);
    let at = 0;
    while (at < n) {
      const c = this.chunks[0]!;
      const part = Math.min(c.length, n - at);
      c.copy(out, at, 0, part);
      at += part;
      if (part === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(part);
    }
    return out;
  }
}

