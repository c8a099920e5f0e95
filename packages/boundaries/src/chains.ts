import type { BoundaryRules } from './boundary-rules.js';
import { languageOf, SEARCH_PATH_KINDS, type ImportRecord } from './parse/import-record.js';
import { parseImports } from './parse/parse-imports.js';
import type { ImportResolver } from './resolve/import-resolver.js';
import type { ImportTarget } from './resolve/import-target.js';
import type { SourceSnapshot } from './snapshot.js';

/** Files outside every context a chain passes through before it is cut (and judged computed: it fails closed). */
export const MAX_CHAIN_LENGTH = 24;

/** Where a chain through files outside every context ends. */
export type ChainEnd =
  /** A target in a context, or a module outside the repository: judged as the importer's own edge. */
  | { target: ImportTarget; via: string[] }
  /** A load the guard cannot compute, in a file the chain passes through. */
  | { computed: { path: string; record: ImportRecord }; via: string[] };

/**
 * Follows an import into files outside every context, to where it really
 * leads, so that an edge laundered through such a file still counts.
 *
 * How far: through any number of files outside every context (up to
 * MAX_CHAIN_LENGTH), stopping at the first file in a context (that file's
 * own edges are judged on their own) or at a module outside the repository.
 * Which imports of such a file are followed depends on the change:
 * - a file the change adds or modifies is followed through every import it
 *   makes at run time: a wrapper function the change writes launders an edge
 *   as surely as a re-export does;
 * - a file the change leaves alone is followed only through what it hands on
 *   (`export … from`, an exported import binding, `module.exports =
 *   require(…)`, a module-level Python import), and only for the names the
 *   importer takes from it: an old barrel re-exporting another context is a
 *   way in, an old helper that merely uses one is that helper's own code.
 * Go has no re-export statement: a Go package outside every context is
 * followed only when the change touches one of its files.
 */
export class ChainFollower {
  private readonly parsed = new Map<string, Promise<ImportRecord[] | undefined>>();

  constructor(
    private readonly snapshot: SourceSnapshot,
    private readonly resolver: ImportResolver,
    private readonly rules: BoundaryRules,
    /** Paths (in this state) of the files the change adds or modifies. */
    private readonly changed: ReadonlySet<string>,
  ) {}

  /** Whether a target is outside every context and could hand on imports. */
  followable(target: ImportTarget): boolean {
    if (target.kind !== 'file' && target.kind !== 'dir') return false;
    if (this.rules.contextsOf(target, this.resolver.tree).length > 0) return false;
    return target.kind === 'dir' || languageOf(target.path) !== undefined;
  }

  /** Where `record`'s import of `target` (outside every context) leads. */
  async follow(target: ImportTarget, record: ImportRecord): Promise<ChainEnd[]> {
    return this.step(target, namesFor(target, record, record.names), [], new Set());
  }

  private async step(target: ImportTarget, names: readonly string[] | undefined, via: string[], seen: Set<string>): Promise<ChainEnd[]> {
    const files = await this.filesOf(target);
    const ends: ChainEnd[] = [];
    for (const { path, all } of files) {
      const key = `${path}\0${all || names === undefined ? '*' : [...names].sort().join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const chain = [...via, path];
      if (chain.length > MAX_CHAIN_LENGTH) {
        ends.push({ computed: { path, record: { kind: 'require', expression: `a chain of more than ${MAX_CHAIN_LENGTH} files`, line: 1, typeOnly: false } }, via: chain });
        continue;
      }
      const records = await this.records(path);
      if (!records) continue;
      for (const record of records) {
        if (SEARCH_PATH_KINDS.has(record.kind) || (record.typeOnly && this.rules.typeOnlyImports === 'allow')) continue;
        const next = all ? { names: record.names } : handedOn(record, names);
        if (next === undefined) continue;
        if (record.specifier === undefined) {
          // A computed load in code the change wrote; in an untouched file it is not the change's doing.
          if (all) ends.push({ computed: { path, record }, via: chain });
          continue;
        }
        for (const to of await this.resolver.resolve(path, record)) {
          if (this.followable(to)) ends.push(...(await this.step(to, namesFor(to, record, next.names), chain, seen)));
          else ends.push({ target: to, via: chain });
        }
      }
    }
    return ends;
  }

  /**
   * The files an import of `target` runs: a file; a Go package's files (only
   * when the change touches one of them); a workspace package's entry file.
   * `all`: whether every import of the file is followed (the change touches it).
   */
  private async filesOf(target: ImportTarget): Promise<{ path: string; all: boolean }[]> {
    if (target.kind === 'file') return [{ path: target.path, all: this.changed.has(target.path) }];
    if (target.kind !== 'dir') return [];
    const direct = this.resolver.tree.filesIn(target.path, false);
    const goFiles = direct.filter((p) => p.endsWith('.go') && !p.endsWith('_test.go'));
    if (goFiles.length > 0) return goFiles.some((p) => this.changed.has(p)) ? goFiles.map((path) => ({ path, all: true })) : [];
    if (direct.some((p) => p.endsWith('/package.json'))) {
      const entry = await this.resolver.packageEntry(target.path);
      return entry?.kind === 'file' && !this.rules.contextsOf(entry, this.resolver.tree).length ? [{ path: entry.path, all: this.changed.has(entry.path) }] : [];
    }
    return [];
  }

  private records(path: string): Promise<ImportRecord[] | undefined> {
    let cached = this.parsed.get(path);
    if (!cached) {
      cached = this.snapshot.read([path]).then((texts) => {
        const text = texts.get(path);
        return text === undefined ? undefined : parseImports(path, text);
      });
      this.parsed.set(path, cached);
    }
    return cached;
  }
}

/**
 * Whether an import of an untouched file is handed on to an importer that
 * takes `names` (undefined: everything), and if so, what the chain then takes
 * from the imported module.
 */
function handedOn(record: ImportRecord, names: readonly string[] | undefined): { names: string[] | undefined } | undefined {
  const matching = (record.reexports ?? []).filter((r) => names === undefined || r.as === '*' || names.includes(r.as));
  if (matching.length === 0) return undefined;
  const taken = new Set<string>();
  for (const r of matching) {
    // `export * as ns`, `import m; export { m }`: the whole module under one name.
    if (r.name === '*' && (r.as !== '*' || names === undefined)) return { names: undefined };
    if (r.name === '*') names!.forEach((n) => taken.add(n));
    else taken.add(r.name);
  }
  return { names: [...taken] };
}

/** What the chain takes from one target of a record: a Python submodule named in `from pkg import sub` is taken whole. */
function namesFor(target: ImportTarget, record: ImportRecord, names: string[] | undefined): string[] | undefined {
  if (target.kind !== 'file' || record.names === undefined) return names;
  const stem = target.path.replace(/\/__init__\.pyi?$/, '').replace(/\.[^/.]+$/, '');
  const last = stem.slice(stem.lastIndexOf('/') + 1);
  return record.names.includes(last) && languageOf(target.path) === 'python' && !record.specifier?.endsWith(last) ? undefined : names;
}
