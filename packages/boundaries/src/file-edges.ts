import type { BoundaryRules, EdgeJudgement } from './boundary-rules.js';
import type { ChainFollower } from './chains.js';
import { SEARCH_PATH_KINDS, type ImportRecord } from './parse/import-record.js';
import { parseImports } from './parse/parse-imports.js';
import type { ImportResolver } from './resolve/import-resolver.js';
import { targetKey, type ImportTarget } from './resolve/import-target.js';

/** An import that leaves its file's context, or reaches something the policy forbids. */
export interface ImportEdge {
  /** The importing file, in the state it was read from. */
  path: string;
  line: number;
  record: ImportRecord;
  /** The importing file's context. */
  from: string;
  target: ImportTarget;
  /** The files outside every context the import passes through to reach `target` (a barrel, a wrapper), in order. */
  via?: string[];
  judgement: EdgeJudgement;
  /** Compared between base and head: the importer's context and where the import leads. */
  key: string;
}

/** A load whose module is computed at run time: in the file itself, or in a file the import reaches through files outside every context. */
export interface ComputedLoad {
  record: ImportRecord;
  through?: { path: string; record: ImportRecord; via: string[] };
}

export interface FileEdges {
  edges: ImportEdge[];
  /** Loads whose module is computed at run time (`import(name)`), or reached through such a load. */
  computed: ComputedLoad[];
  imports: number;
  typeOnlySkipped: number;
}

/** What a computed load is compared by between base and head. */
export function computedKey(load: ComputedLoad): string {
  return load.through ? `${load.through.path}\0${load.through.record.expression ?? ''}` : (load.record.expression ?? '');
}

/**
 * Parses one file and keeps the imports the guard has to judge. Type-only
 * imports are left out when the policy allows them. An import of a file
 * outside every context is followed through it (ChainFollower) to where it
 * leads: each end is an edge of this import.
 */
export async function fileEdges(
  path: string,
  source: string,
  from: string,
  rules: BoundaryRules,
  resolver: ImportResolver,
  chains: ChainFollower,
  mapTargetPath: (path: string) => string = (p) => p,
): Promise<FileEdges> {
  const records = parseImports(path, source).filter((r) => !SEARCH_PATH_KINDS.has(r.kind));
  const result: FileEdges = { edges: [], computed: [], imports: records.length, typeOnlySkipped: 0 };
  for (const record of records) {
    if (record.typeOnly && rules.typeOnlyImports === 'allow') {
      result.typeOnlySkipped += 1;
      continue;
    }
    if (record.specifier === undefined) {
      result.computed.push({ record });
      continue;
    }
    const keys = new Set<string>();
    const judge = (target: ImportTarget, via?: string[]): void => {
      const contexts = rules.contextsOf(target, resolver.tree);
      const judgement = rules.judge(from, target, contexts);
      if (judgement.otherContexts.length === 0 && judgement.violations.length === 0) return;
      const compared = target.kind === 'module' ? target : { ...target, path: mapTargetPath(target.path) };
      const key = `${from}→${targetKey(compared)}`;
      if (keys.has(key)) return;
      keys.add(key);
      result.edges.push({ path, line: record.line, record, from, target, ...(via ? { via } : {}), judgement, key });
    };
    for (const target of await resolver.resolve(path, record)) {
      judge(target);
      if (!chains.followable(target)) continue;
      for (const end of await chains.follow(target, record)) {
        if ('computed' in end) result.computed.push({ record, through: { ...end.computed, via: end.via } });
        else judge(end.target, end.via);
      }
    }
  }
  return result;
}
