import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listBlobsAt, listFilesAt, readObjects } from '@agent-guards/git';
import { type LexedFile, LexWorkerError, PythonLexWorker, readingOf, sourceText, type Reading } from '@agent-guards/source-lexing';
import { conftestPathsFor } from './collectors/conftest-paths.js';
import { collectGo } from './collectors/go.js';
import { collectJs } from './collectors/js.js';
import { collectJvm } from './collectors/jvm.js';
import { collectPythonModule } from './collectors/python.js';
import type { PythonModule } from './collectors/python-module.js';
import { ModuleCache } from './collectors/python-resolver.js';
import { collectRuby } from './collectors/ruby.js';
import { collectRust } from './collectors/rust.js';
import { addFile, emptyCollection, type FileCollection, type TestCollection } from './model.js';
import { PythonScan } from './python-scan.js';
import { isConftest, testLanguageOf, type CollectionPatterns } from '@agent-guards/config';

export interface SourceFile {
  path: string;
  text: string;
}

export { sourceText };

/**
 * From this many Python files on, a scan lexes them on a worker thread while
 * this one parses: below it, starting the worker costs more than it saves.
 */
export const LEX_WORKER_MIN_FILES = 64;

/** How a scan lexes Python: on a worker thread when it has many files (`auto`), always, or never. */
export type LexWorkerMode = 'auto' | 'always' | 'never';

function lexWorkerFor(mode: LexWorkerMode, pythonFiles: number): PythonLexWorker | undefined {
  if (mode === 'never' || (mode === 'auto' && pythonFiles < LEX_WORKER_MIN_FILES)) return undefined;
  return PythonLexWorker.shared();
}

export { conftestPathsFor };

/** The tests of one file under `patterns`; undefined when no framework collects the file. */
export function collectFile(file: SourceFile, patterns: CollectionPatterns, modules: ModuleCache = new ModuleCache(new Map([[file.path, file.text]]))): FileCollection | undefined {
  const language = testLanguageOf(file.path, patterns);
  switch (language) {
    case 'python': {
      const chain = conftestPathsFor(file.path)
        .map((p) => modules.load(p))
        .filter((m): m is PythonModule => m !== undefined);
      const module = modules.load(file.path);
      if (!module) return undefined;
      return collectPythonModule(module, chain, {
        functionPrefixes: patterns.pythonFunctionPrefixes,
        classPrefixes: patterns.pythonClassPrefixes,
        load: modules.load,
      });
    }
    case 'javascript':
      return collectJs(file.path, file.text);
    case 'go':
      return collectGo(file.path, file.text);
    case 'jvm':
      return collectJvm(file.path, file.text);
    case 'ruby':
      return collectRuby(file.path, file.text);
    case 'rust': {
      // Only Rust files that declare tests count: most .rs files hold none.
      const collected = collectRust(file.path, file.text);
      return collected.tests.length > 0 || collected.error ? collected : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Collects tests from files in memory; conftest.py files among them feed the
 * Python fixtures, and `modules` supplies other modules (imported base classes).
 */
export function collectSources(files: Iterable<SourceFile>, patterns: CollectionPatterns, modules?: ModuleCache): TestCollection {
  const list = [...files];
  const cache = modules ?? new ModuleCache(new Map());
  cache.supply(list.filter((f) => f.path.endsWith('.py')).map((f) => [f.path, f.text] as [string, string]));
  const collection = emptyCollection();
  for (const f of list) collectInto(collection, f, patterns, cache);
  return collection;
}

function collectInto(collection: TestCollection, file: SourceFile, patterns: CollectionPatterns, cache: ModuleCache): void {
  if (isConftest(file.path)) return;
  const collected = collectFile(file, patterns, cache);
  if (collected) addFile(collection, collected);
  // A test module nothing else has asked for is done with: dropping its parse keeps the heap
  // small (another module importing it later parses it again).
  cache.release(file.path);
}

/** Whether a path is worth reading for a static collection (a test file or a conftest.py). */
export function isStaticInput(path: string, patterns: CollectionPatterns): boolean {
  return isConftest(path) || testLanguageOf(path, patterns) !== undefined;
}

/** Reads `paths` at `rev` (missing ones skipped) in one batch. */
export async function readSourcesAt(repo: string, rev: string, paths: Iterable<string>): Promise<SourceFile[]> {
  const unique = [...new Set(paths)].filter((p) => !p.includes('\n'));
  return readSources(repo, unique.map((path) => ({ path, object: `${rev}:${path}` })));
}

/**
 * Each object's text, decoded once however many reads get it: the harness layer and the
 * collection read the same files, and git's reads of one name hand back one buffer.
 */
const decoded = new WeakMap<Buffer, Map<Reading, string>>();

function textOf(buf: Buffer, path: string): string {
  // A text depends on how its path says to read it (a name in Python, in Java, in JS).
  const reading = readingOf(path);
  let texts = decoded.get(buf);
  if (!texts) decoded.set(buf, (texts = new Map()));
  let text = texts.get(reading);
  if (text === undefined) {
    text = sourceText(buf, path);
    texts.set(reading, text);
  }
  return text;
}

/** Reads files by object name (`rev:path`, or a blob id from a tree listing), missing ones skipped; `onSource` gets each file as git reads it. */
async function readSources(repo: string, files: readonly { path: string; object: string }[], onSource?: (file: SourceFile) => void): Promise<SourceFile[]> {
  let arrived: ((object: string, buf: Buffer | undefined) => void) | undefined;
  if (onSource) {
    const pathsOf = new Map<string, string[]>();
    for (const f of files) pathsOf.set(f.object, [...(pathsOf.get(f.object) ?? []), f.path]);
    arrived = (object, buf) => {
      if (buf) for (const path of pathsOf.get(object) ?? []) onSource({ path, text: textOf(buf, path) });
    };
  }
  const objects = await readObjects(
    repo,
    files.map((f) => f.object),
    arrived,
  );
  const out: SourceFile[] = [];
  for (const f of files) {
    const buf = objects.get(f.object);
    if (buf) out.push({ path: f.path, text: textOf(buf, f.path) });
  }
  return out;
}

/**
 * The static collection at a revision: every test file (full scan) or only
 * `paths` plus the conftest.py files they depend on (incremental scan).
 */
export async function collectStaticAt(repo: string, rev: string, patterns: CollectionPatterns, paths?: readonly string[]): Promise<TestCollection> {
  /** Every path in the commit's tree, once known. */
  let listed: Set<string> | undefined;
  let wanted: string[];
  let files: { path: string; object: string }[];
  if (paths) {
    const tests = paths.filter((p) => testLanguageOf(p, patterns) !== undefined);
    wanted = [...new Set([...tests, ...tests.filter((p) => p.endsWith('.py')).flatMap(conftestPathsFor)])];
    files = wanted.filter((p) => !p.includes('\n')).map((path) => ({ path, object: `${rev}:${path}` }));
  } else {
    const blobs = await listBlobsAt(repo, rev);
    listed = new Set(blobs.map((f) => f.path));
    // By <rev>:<path>, the name the harness layer reads the PR's files by while this runs: the
    // two reads are then one (which git makes by blob id, the tree being listed). A name cat-file
    // could not take as it is (a newline, surrounding blanks) is read by its blob id.
    files = blobs.filter((f) => isStaticInput(f.path, patterns)).map((f) => ({ path: f.path, object: /^\S(?:[^\n\r]*\S)?$/.test(f.path) ? `${rev}:${f.path}` : f.oid }));
    wanted = files.map((f) => f.path);
  }
  const pythonTests = wanted.filter((p) => testLanguageOf(p, patterns) === 'python');
  // Each test file is parsed as git reads it, while git reads the next ones.
  const scan = new PythonScan(pythonTests, patterns.pythonClassPrefixes);
  const sources = await readSources(repo, files, (f) => scan.arrived(f.path, f.text));
  const present = new Set(sources.map((s) => s.path));
  // conftest.py files that do not exist are known to be missing, not to be fetched.
  for (const p of wanted) if (!present.has(p)) scan.arrived(p, undefined);
  // Base classes imported from other modules: fetch what resolution asks for, a few rounds deep.
  await scan.resolve(async (asked) => {
    // Most paths an import could name are not in the commit (a module is looked for in several
    // places): one listing of the tree (shared with the harness layer) says so without asking git
    // for each, and a path the tree does not hold reads as missing anyway.
    listed ??= new Set(await listFilesAt(repo, rev));
    const inTree = asked.filter((p) => listed!.has(p));
    return new Map(inTree.length > 0 ? (await readSourcesAt(repo, rev, inTree)).map((s) => [s.path, s.text]) : []);
  });
  return collectSources(sources, patterns, scan.cache);
}

export interface ScanOptions {
  /** Lex Python on a worker thread: `auto` (default) does when there are many files. */
  lexWorker?: LexWorkerMode;
}

/**
 * Walks a directory (a checkout, an installed package) and collects its tests;
 * paths are relative to `root`, and only `under` (a sub-directory) is walked when given.
 */
export async function collectDirectory(root: string, patterns: CollectionPatterns, under = '', options: ScanOptions = {}): Promise<TestCollection> {
  const paths: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== '.git' && entry.name !== 'node_modules' && entry.name !== '__pycache__') walk(join(dir, entry.name), relPath);
      } else if (entry.isFile() && isStaticInput(relPath, patterns)) {
        paths.push(relPath);
      }
    }
  };
  walk(under ? join(root, under) : root, under.replace(/\/+$/, ''));
  const readText = (path: string): string => sourceText(readFileSync(join(root, path)), path);
  // Most candidate paths of an import do not exist (installed packages): check before reading.
  const cache = new ModuleCache(new Map(), (path) => (existsSync(join(root, path)) ? readText(path) : undefined));
  const worker = lexWorkerFor(options.lexWorker ?? 'auto', paths.filter((p) => p.endsWith('.py')).length);
  if (!worker) return collectSources(paths.map((path) => ({ path, text: readText(path) })), patterns, cache);

  // The worker reads and lexes the files in order while this thread parses and collects the ones it has sent.
  const collection = emptyCollection();
  let next = 0;
  const take = (files: LexedFile[]): void => {
    for (const f of files) {
      const path = paths[f.index]!;
      const text = f.text ?? readText(path);
      cache.supplyLexed(path, text, f.statements);
      collectInto(collection, { path, text }, patterns, cache);
      next = f.index + 1;
    }
  };
  try {
    await worker.lex(paths.map((p) => join(root, p)), take);
  } catch (e) {
    if (!(e instanceof LexWorkerError)) throw e;
    for (const path of paths.slice(next)) collectInto(collection, { path, text: readText(path) }, patterns, cache);
  }
  return collection;
}
