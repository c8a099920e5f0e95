import { parseGoImports } from './go-imports.js';
import { languageOf, type ImportRecord } from './import-record.js';
import { parseJsImports } from './js-imports.js';
import { parsePythonImports } from './python-imports.js';

/** The imports of one source file, or none for a file in a language the guard does not read. */
export function parseImports(path: string, source: string): ImportRecord[] {
  switch (languageOf(path)) {
    case 'typescript':
      return parseJsImports(path, source);
    case 'python':
      return parsePythonImports(path, source);
    case 'go':
      return parseGoImports(source);
    default:
      return [];
  }
}
