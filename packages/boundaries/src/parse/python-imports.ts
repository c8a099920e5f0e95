import { LineIndex, type PyToken } from '@agent-guards/source-lexing';
import { isDeclarationFile, type ImportRecord, type Reexport } from './import-record.js';
import { PyFolder } from './python-fold.js';
import { PyLoads, type PyDraft } from './python-loads.js';
import { PyScope } from './python-scope.js';
import { dottedChain, isName, isOp, pythonStatements } from './python-statements.js';

/** Code strings (`exec('…')`) nest at most this deep before they count as computed. */
const MAX_CODE_DEPTH = 3;

/**
 * Every import in a Python file: `import a.b as c`, `from .x import y`, and
 * every other way the file loads a module or changes where imports are found
 * (PyLoads). Imports under `if TYPE_CHECKING:` are type-only; imports at
 * module level carry the names they hand on to the file's own importers.
 */
export function parsePythonImports(path: string, source: string): ImportRecord[] {
  return parsePython(path, source, 0);
}

function parsePython(path: string, source: string, depth: number): ImportRecord[] {
  const statements = pythonStatements(source, isDeclarationFile(path));
  const scope = new PyScope(statements);
  const loads = new PyLoads(source, scope, new PyFolder(source, scope, path), path, (code) => (depth < MAX_CODE_DEPTH ? parsePython(path, code, depth + 1) : undefined));
  const drafts: { draft: PyDraft; moduleLevel: boolean }[] = [];
  const relevant = PyLoads.relevant(statements);
  for (const statement of statements) {
    for (const draft of [...statementImports(statement.tokens), ...(relevant ? loads.statement(statement) : [])]) {
      // Drafts are referred to by identity (aliases): marked in place.
      draft.typeOnly ||= statement.typeOnly;
      drafts.push({ draft, moduleLevel: statement.moduleLevel });
    }
  }
  const lines = new LineIndex(source);
  const records = new Map<PyDraft, ImportRecord>();
  for (const { draft, moduleLevel } of drafts) {
    const { token, bound, aliasName: _n, aliasDraft: _d, ...rest } = draft;
    const record: ImportRecord = { ...rest, line: lines.lineOf(token.start) };
    // What a module-level import binds is an attribute of the module: `from this import name` hands it on.
    if (moduleLevel && bound && bound.length > 0 && !record.typeOnly) record.reexports = reexportsOf(draft, bound);
    records.set(draft, record);
  }
  // A `sys.modules` alias of a bound name: the import that binds it.
  for (const { draft } of drafts) {
    const origin = draft.aliasDraft ?? (draft.aliasName !== undefined ? drafts.find((d) => d.draft.bound?.includes(draft.aliasName!))?.draft : undefined);
    if (origin) records.get(draft)!.aliasOf = records.get(origin);
    else if (draft.kind === 'python-module-alias') records.delete(draft);
  }
  return [...records.values()];
}

function reexportsOf(draft: PyDraft, bound: string[]): Reexport[] {
  if (draft.kind === 'python-from-import') {
    // `from m import a as b, *`: each local name and the name in m.
    return bound.map((as, k) => ({ as, name: as === '*' ? '*' : (draft.names ?? [])[k] ?? as }));
  }
  return bound.map((as) => ({ as, name: '*' }));
}

function statementImports(statement: PyToken[]): PyDraft[] {
  const head = statement[0];
  if (isName(head, 'import')) {
    const out: PyDraft[] = [];
    let j = 1;
    while (j < statement.length && isName(statement[j])) {
      const dotted = dottedChain(statement, j);
      j = dotted.next;
      // `import a.b` binds `a`; `import a.b as c` binds c to a.b.
      let bound = dotted.names[0]!;
      if (isName(statement[j], 'as') && isName(statement[j + 1])) {
        bound = statement[j + 1]!.value;
        j += 2;
      }
      out.push({ kind: 'python-import', specifier: dotted.names.join('.'), typeOnly: false, token: head!, bound: [bound] });
      if (!isOp(statement[j], ',')) break;
      j += 1;
    }
    return out;
  }
  if (isName(head, 'from')) {
    let j = 1;
    let dots = '';
    while (isOp(statement[j], '.')) {
      dots += '.';
      j += 1;
    }
    let module = '';
    if (isName(statement[j]) && !isName(statement[j], 'import')) {
      const dotted = dottedChain(statement, j);
      module = dotted.names.join('.');
      j = dotted.next;
    }
    if (!isName(statement[j], 'import') || (dots === '' && module === '')) return [];
    if (module === '__future__') return [];
    const pairs = importedPairs(statement.slice(j + 1));
    return [{ kind: 'python-from-import', specifier: dots + module, names: pairs.map((p) => p.name), typeOnly: false, token: head!, bound: pairs.map((p) => p.as) }];
  }
  return [];
}

/** The names a `from … import` brings in, each with the local name it is bound to. */
function importedPairs(clause: PyToken[]): { name: string; as: string }[] {
  const pairs: { name: string; as: string }[] = [];
  for (let k = 0; k < clause.length; k += 1) {
    const t = clause[k]!;
    if (isOp(t, '*')) pairs.push({ name: '*', as: '*' });
    else if (t.type === 'name' && t.value !== 'as' && !isName(clause[k - 1], 'as')) {
      pairs.push({ name: t.value, as: isName(clause[k + 1], 'as') && isName(clause[k + 2]) ? clause[k + 2]!.value : t.value });
    }
  }
  return pairs;
}
