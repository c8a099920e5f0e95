import { conftestPathsFor } from './collectors/conftest-paths.js';
import { resolveHelperSkips } from './collectors/python-helpers.js';
import { ModuleCache, resolveAllBases } from './collectors/python-resolver.js';

/** Rounds of fetching what resolution asks for: base classes and helpers a few imports deep. */
const ROUNDS = 6;

/** How long (ms) parsing ahead runs before it lets git's output in. */
const PARSE_SLICE_MS = 4;

/** Fetches texts a round asked for (undefined: the path does not exist). */
export type FetchTexts = (paths: readonly string[]) => Promise<Map<string, string | undefined>>;

/**
 * The Python test files of one scan from git and the modules they use. Texts
 * are taken as git reads them, and each test file is parsed while git reads
 * the next ones; parsing depends on the text alone, so a module parsed ahead is
 * the one the rounds would parse.
 */
export class PythonScan {
  readonly texts = new Map<string, string | undefined>();
  readonly cache = new ModuleCache(this.texts);
  private readonly tests: Set<string>;
  /** Test files read and not parsed yet. */
  private readonly ahead: string[] = [];
  private reading = true;
  private scheduled = false;

  constructor(
    private readonly files: readonly string[],
    private readonly classPrefixes: readonly string[],
  ) {
    this.tests = new Set(files);
  }

  /** A text as git reads it (undefined: the path does not exist). */
  arrived(path: string, text: string | undefined): void {
    this.texts.set(path, text);
    if (!this.reading || text === undefined || !this.tests.has(path)) return;
    this.ahead.push(path);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.parseAhead());
  }

  /** Parses test files for a slice of time, then lets git's output in. */
  private parseAhead(): void {
    this.scheduled = false;
    const until = performance.now() + PARSE_SLICE_MS;
    while (this.reading && this.ahead.length > 0 && performance.now() < until) this.cache.prepare(this.ahead.shift()!);
    if (this.reading && this.ahead.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.parseAhead());
    }
  }

  /**
   * Resolves base classes and helpers in rounds, once every file has been read: what a round
   * asks for and no text holds is fetched for the next.
   */
  async resolve(fetch: FetchTexts): Promise<void> {
    // What is not parsed yet is parsed when the first round loads it.
    this.reading = false;
    const { cache } = this;
    // A file the scan could not read has no tests to resolve.
    let unresolved = this.files.filter((path) => cache.hasText(path));
    for (let round = 0; round < ROUNDS; round += 1) {
      const waiting: string[] = [];
      for (const path of unresolved) {
        const misses = cache.misses;
        const module = cache.load(path);
        if (module) resolveAllBases(module, cache.load, this.classPrefixes);
        // Helpers that skip, in the support modules the test and its conftest.py files import.
        for (const c of conftestPathsFor(path)) {
          const conftest = cache.load(c);
          if (conftest) resolveHelperSkips(conftest, cache.load);
        }
        if (module) resolveHelperSkips(module, cache.load);
        // A file whose resolving asked for nothing missing has resolved all it can: the next
        // round, with more modules, would load and find the same and ask for nothing more.
        if (cache.misses !== misses) waiting.push(path);
      }
      if (cache.missing.size === 0) break;
      unresolved = waiting;
      const asked = [...cache.missing];
      const fetched = await fetch(asked);
      cache.supply(asked.map((p) => [p, fetched.get(p)] as [string, string | undefined]));
    }
  }
}
