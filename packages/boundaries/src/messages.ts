import type { EdgeViolation } from './boundary-rules.js';
import type { ComputedLoad, ImportEdge } from './file-edges.js';
import type { ImportRecord } from './parse/import-record.js';
import type { ImportTarget } from './resolve/import-target.js';

/** Specifiers and expressions come from the changed files: keep them to one short line. */
function clip(text: string, max = 160): string {
  const line = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

function targetText(target: ImportTarget): string {
  switch (target.kind) {
    case 'module':
      return `module '${target.name}'`;
    case 'dir':
      return `package ${target.path}/`;
    case 'unresolved':
      return `${target.path} (not found)`;
    case 'file':
      return target.path;
  }
}

/** How the module is loaded, as a noun: `import`, `require.resolve`, `//go:linkname`. */
function loadText(record: ImportRecord): string {
  if (record.typeOnly) return 'type-only import';
  if (record.evaluated) return `import in code run from a string (${clip(record.call ?? 'eval', 60)})`;
  return record.call !== undefined ? clip(record.call, 60) : 'import';
}

function importText(edge: ImportEdge): string {
  const through = edge.via && edge.via.length > 0 ? `, through ${clip(edge.via.join(' → '))}, outside every context` : '';
  return `${loadText(edge.record)} of '${clip(edge.record.specifier ?? '')}' (${clip(targetText(edge.target))}${through})`;
}

function edgeText(edge: ImportEdge, violation: EdgeViolation): string {
  return violation.reason === 'forbid'
    ? `the policy forbids context '${edge.from}' → '${violation.to}'`
    : `context '${edge.from}' → context '${violation.to}' is not an allowed edge`;
}

export function forbiddenImportMessage(edge: ImportEdge, violation: EdgeViolation): string {
  return `New ${importText(edge)}: ${edgeText(edge, violation)}. Instead: ${violation.instead}`;
}

export function existingForbiddenImportMessage(edge: ImportEdge, violation: EdgeViolation): string {
  return `Existing ${importText(edge)}: ${edgeText(edge, violation)}; it was already there at the merge base, so it does not fail this change.`;
}

/** A line the change adds on an edge the file already had: not failed (the edge is not new), but not "already there" either. */
export function newLineOfExistingEdgeMessage(edge: ImportEdge, violation: EdgeViolation): string {
  return (
    `New ${importText(edge)} on an edge that already existed at the merge base: ${edgeText(edge, violation)}. ` +
    'The edge is not new, so this line does not fail the change, but it adds to a dependency the policy does not allow. ' +
    `Instead: ${violation.instead}`
  );
}

/**
 * A load the guard cannot follow fails closed: a module computed at run time
 * can be any module, in any context.
 */
export function computedImportMessage(load: ComputedLoad): string {
  const fix = 'load a literal module path (or a constant the guard can compute: a string, a const, path.join of __dirname), or a map of literal imports to choose from.';
  if (load.through) {
    const { path, record, via } = load.through;
    return (
      `The import of '${clip(load.record.specifier ?? '')}' reaches ${clip(via.join(' → '))} (outside every context), where ` +
      `${handsOnLoader(record) ? clip(record.expression ?? '') : callText(record)} on line ${record.line} of ${clip(path)} ${handsOnLoader(record) ? 'hands on a module loader' : 'computes its module at run time'}: ` +
      `the guard cannot tell which context it reaches. In ${clip(path)}, ${fix}`
    );
  }
  if (handsOnLoader(load.record)) {
    return `${clip(load.record.expression ?? '')} hands on a module loader (${clip(load.record.call ?? '', 60)}) that the guard cannot follow to what it loads: call require, import() or createRequire(import.meta.url) directly, with a literal module path.`;
  }
  return `${callText(load.record)} computes its module at run time, so the boundary rules cannot check where it leads: ${fix}`;
}

/** `require` passed on as a value, taken out of `module`, or reached by a computed member: the loader itself escapes. */
function handsOnLoader(record: ImportRecord): boolean {
  return /\((?:passed on as a value|destructured)\)$|\[…\]$/.test(record.call ?? '');
}

function callText(record: ImportRecord): string {
  const call = record.call ?? (record.kind === 'require' ? 'require' : record.kind === 'dynamic-import' ? 'import' : 'import_module');
  return call.includes('(') ? clip(call, 60) : `${clip(call, 60)}(${clip(record.expression ?? '')})`;
}

/** A search-path change or module alias computed at run time: every import after it may find another module. */
export function computedSearchPathMessage(record: ImportRecord): string {
  const what = record.kind === 'python-module-alias' ? 'stores an imported module under a name computed at run time' : 'adds a folder computed at run time to where imports are searched';
  return (
    `${callText(record)} ${what}, so the guard cannot tell what later imports find, in any context. ` +
    'Use a constant path (a string, or os.path/pathlib of __file__) or, better, an installed package or a relative import.'
  );
}

export function noContextsMessage(policyPath: string): string {
  return `No bounded contexts are declared (boundaries.contexts in ${policyPath}), so no import was checked.`;
}
