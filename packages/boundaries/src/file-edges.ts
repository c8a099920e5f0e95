import type { BoundaryRules, EdgeJudgement } from './boundary-rules.js';
import type { ImportRecord } from './parse/import-record.js';
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
  judgement: EdgeJudgement;
  /** Compared between base and head: the importer's context and where the import leads. */
  key: string;
}

export interface FileEdges {
  edges: ImportEdge[];
  /** Imports whose module is computed at run time (`import(name)`). */
  computed: ImportRecord[];
  imports: number;
  typeOnlySkipped: number;
}

/**
 * Parses one file and keeps the imports the guard has to judge. Type-only
 * imports are left out when the policy allows them.
 */
export async function fileEdges(
  path: string,
  source: string,
  from: string,
  rules: BoundaryRules,
  resolver: ImportResolver,
  mapTargetPath: (path: string) => string = (p) => p,
): Promise<FileEdges> {
  const records = parseImports(path, source);
  const result: FileEdges = { edges: [], computed: [], imports: records.length, typeOnlySkipped: 0 };
  for (const record of records) {
    if (record.typeOnly && rules.typeOnlyImports === 'allow') {
      result.typeOnlySkipped += 1;
      continue;
    }
    if (record.specifier === undefined) {
      result.computed.push(record);
      continue;
    }
    for (const target of await resolver.resolve(path, record)) {
      const contexts = rules.contextsOf(target, resolver.tree);
      const judgement = rules.judge(from, target, contexts);
      if (judgement.otherContexts.length === 0 && judgement.violations.length === 0) continue;
      const compared = target.kind === 'module' ? target : { ...target, path: mapTargetPath(target.path) };
      result.edges.push({ path, line: record.line, record, from, target, judgement, key: `${from}→${targetKey(compared)}` });
    }
  }
  return result;
}
