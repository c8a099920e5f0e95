/** The languages whose imports the guard reads. */
export type Language = 'typescript' | 'python' | 'go';

export type ImportKind =
  | 'import'
  | 'export-from'
  | 'import-equals'
  | 'require'
  | 'dynamic-import'
  | 'module-augmentation'
  | 'python-import'
  | 'python-from-import'
  | 'python-import-module'
  | 'go-import';

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
  /** Python `from M import a, b`: each name may itself be a submodule of M. */
  names?: string[];
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
