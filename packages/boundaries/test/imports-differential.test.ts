import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseImports } from '../src/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/differential/${name}`, import.meta.url));

interface View {
  path: string;
  skipped?: string;
  imports: string[];
}

/** Runs a reference parser over files (paths on stdin), one JSON view per line. */
function reference(command: string, args: string[], paths: string[]): View[] {
  const out = execFileSync(command, args, { input: paths.join('\n'), encoding: 'utf8', maxBuffer: 1 << 30 });
  return out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as View);
}

function files(dir: string, extension: string, depth: number, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && depth > 0 && entry.name !== 'testdata') files(path, extension, depth - 1, out);
    else if (entry.isFile() && entry.name.endsWith(extension) && statSync(path).size < 500_000) out.push(path);
  }
  return out;
}

function compare(views: View[], ours: (path: string, text: string) => string[]): string[] {
  const problems: string[] = [];
  for (const view of views) {
    if (view.skipped) continue;
    const mine = ours(view.path, readFileSync(view.path, 'utf8')).sort();
    const theirs = view.imports;
    const missing = theirs.filter((x) => !mine.includes(x));
    const extra = mine.filter((x) => !theirs.includes(x));
    if (missing.length + extra.length > 0) problems.push(`${view.path}: reference only ${missing.slice(0, 3).join(' ')}; ours only ${extra.slice(0, 3).join(' ')}`);
  }
  return problems;
}

describe('import parsing against the languages’ own parsers', () => {
  it('Python: every import and from-import CPython’s ast finds in the standard library, on its line, with its names', () => {
    const stdlib = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
    const paths = ['', 'json', 'email', 'asyncio', 'importlib', 'logging', 'http', 'unittest', 'concurrent', 'xml', 'multiprocessing'].flatMap((dir) => files(join(stdlib, dir), '.py', dir === '' ? 0 : 2));
    expect(paths.length).toBeGreaterThan(300);
    const views = reference('python3', [fixture('python-ast-imports.py')], paths);
    expect(views.filter((v) => !v.skipped).length).toBeGreaterThan(paths.length * 0.95);
    const problems = compare(views, (path, text) =>
      parseImports(path, text)
        // Statements only, as ast sees them: not calls, search-path changes, aliases, nor imports in code strings.
        .filter((r) => (r.kind === 'python-import' || r.kind === 'python-from-import') && !r.evaluated)
        .map((r) => `${r.line}:${r.specifier}${r.names ? `[${r.names.join(',')}]` : ''}`),
    );
    expect(problems).toEqual([]);
  });

  it('Go: every import go/parser finds in the standard library, on its line', () => {
    const goroot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
    const paths = ['net/http', 'encoding/json', 'go/parser', 'os', 'runtime/cgo', 'crypto/tls'].flatMap((dir) => files(join(goroot, 'src', dir), '.go', 1));
    expect(paths.length).toBeGreaterThan(200);
    // A private build cache: the test needs nothing from the user's.
    const cache = mkdtempSync(join(tmpdir(), 'go-cache-'));
    const views = reference('sh', ['-c', `GOCACHE=${cache} go run "$1"`, 'sh', fixture('go-parser-imports.go')], paths);
    expect(views.filter((v) => !v.skipped).length).toBeGreaterThan(paths.length * 0.95);
    // Import declarations only: go/parser has no view of cgo preambles or //go:linkname.
    const problems = compare(views, (path, text) =>
      parseImports(path, text)
        .filter((r) => r.kind === 'go-import')
        .map((r) => `${r.line}:${r.specifier}`),
    );
    expect(problems).toEqual([]);
  });
});
