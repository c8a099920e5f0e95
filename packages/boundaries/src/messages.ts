import type { EdgeViolation } from './boundary-rules.js';
import type { ImportEdge } from './file-edges.js';
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

function importText(edge: ImportEdge): string {
  const verb = edge.record.typeOnly ? 'type-only import' : 'import';
  return `${verb} of '${clip(edge.record.specifier ?? '')}' (${clip(targetText(edge.target))})`;
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

export function computedImportMessage(record: ImportRecord): string {
  const call = record.kind === 'require' ? 'require' : record.kind === 'dynamic-import' ? 'import' : 'import_module';
  return `${call}(${clip(record.expression ?? '')}) computes its module at run time, so the boundary rules cannot check where it leads; import a literal module path.`;
}

export function noContextsMessage(policyPath: string): string {
  return `No bounded contexts are declared (boundaries.contexts in ${policyPath}), so no import was checked.`;
}
