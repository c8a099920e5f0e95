/** The languages whose imports the guard reads. */
export type Language = 'typescript' | 'python' | 'go';

export type ImportKind =
  | 'import'
  | 'export-from'
  | 'import-equals'
  | 'require'
  | 'dynamic-import'
  | 'module-augmentation'
  /** `require.resolve`, `import.meta.resolve`: where a module is, to be loaded some other way. */
  | 'require-resolve'
  /** A module run in a worker thread (`new Worker(path)`). */
  | 'worker'
  /** A module run in a child process (`child_process.fork(path)`). */
  | 'fork'
  /** A native addon (`process.dlopen`). */
  | 'native-addon'
  /** Every module under a folder (`require.context`, `import.meta.glob`): the specifier is the folder. */
  | 'module-glob'
  /** A folder searched for bare specifiers (`module.paths`, `NODE_PATH`): no edge itself. */
  | 'module-path-entry'
  /** Code run from a string (`eval`, `new Function`, `vm`) that is computed at run time. */
  | 'eval'
  | 'python-import'
  | 'python-from-import'
  | 'python-import-module'
  /** A module file run by path (`spec_from_file_location`, `runpy.run_path`, `exec(open(p).read())`). */
  | 'python-file-load'
  /** A folder put on the import path (`sys.path`, `site.addsitedir`): no edge itself. */
  | 'python-path-entry'
  /** `sys.modules[name] = module`: importing `name` anywhere gives that module. */
  | 'python-module-alias'
  /** Code run from a string (`exec`, `eval`, `compile`) that is computed at run time. */
  | 'python-exec'
  | 'go-import'
  /** `//go:linkname local importpath.name`: a symbol of another package, without importing it. */
  | 'go-linkname'
  /** A cgo preamble's `#include "…"` or `#cgo … -I…`: C code of another folder. */
  | 'cgo-include';

/** Kinds whose specifier is a path (relative to the importing file's folder, or to the working directory), not a module name. */
export const PATH_KINDS: ReadonlySet<ImportKind> = new Set(['worker', 'fork', 'native-addon', 'module-glob', 'module-path-entry', 'python-file-load', 'python-path-entry', 'cgo-include']);

/** Kinds that change how other imports resolve instead of importing something. */
export const SEARCH_PATH_KINDS: ReadonlySet<ImportKind> = new Set(['module-path-entry', 'python-path-entry', 'python-module-alias']);

/** One name an import hands on to the importers of its file (a re-export): `as` in this file, `name` in the imported module; `*` for all. */
export interface Reexport {
  as: string;
  name: string;
}

/** One import statement or call as written in a source file. */
export interface ImportRecord {
  kind: ImportKind;
  /**
   * The module as written (`./x.js`, `@app/bus`, `..models`, `example.com/svc/bus`).
   * Absent when the module is computed at run time (`import(name)`).
   */
  specifier?: string;
  /** For a computed module: the argument's source text, to tell base and head apart. */
  expression?: string;
  /** 1-based line of the statement or call. */
  line: number;
  /** Erased at run time: `import type`, all-`type` specifiers, `typeof import()`, `declare module 'x'` augmentations, `if TYPE_CHECKING:`. */
  typeOnly: boolean;
  /**
   * The names imported: Python `from M import a, b` (each may itself be a
   * submodule of M); JavaScript named and default imports (`default`).
   * Absent when the whole module is taken (`import * as`, `require`, `import M`).
   */
  names?: string[];
  /** How the module is loaded when not by an import statement, as written (`require.resolve`, `importlib.import_module`), for messages. */
  call?: string;
  /** The specifier is relative to the process's working directory, which the code does not fix, rather than to the file. */
  anchor?: 'cwd';
  /** What of the imported module this file hands on to its own importers. */
  reexports?: Reexport[];
  /** A search-path entry searched before the usual places (`sys.path.insert(0, …)`), or after them. */
  position?: 'front' | 'back';
  /** Found in code the file runs from a constant string (`eval('…')`, `exec('…')`). */
  evaluated?: boolean;
  /** A `sys.modules` alias: the import whose module is stored under the name in `specifier`. */
  aliasOf?: ImportRecord;
}

const TYPESCRIPT_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** The language of a source file by its name, or undefined for files the guard does not read. */
export function languageOf(path: string): Language | undefined {
  if (TYPESCRIPT_EXTENSIONS.some((ext) => path.endsWith(ext))) return 'typescript';
  if (path.endsWith('.py') || path.endsWith('.pyi')) return 'python';
  if (path.endsWith('.go')) return 'go';
  return undefined;
}

/** Declaration and stub files hold types only: every import in them is erased. */
export function isDeclarationFile(path: string): boolean {
  return /\.d\.[mc]?ts$/.test(path) || path.endsWith('.pyi');
}
