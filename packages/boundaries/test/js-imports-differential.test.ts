import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseImports } from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Real published code of many styles: ESM, CommonJS, declaration files, bundler output.
const CORPUS = ['packages', 'node_modules/zod/v4/core', 'node_modules/yaml/dist/compose', 'node_modules/@actions/core/lib', 'node_modules/minimatch/dist/esm'];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      // Our own packages: sources only, not their build output.
      if (entry.name !== 'node_modules' && !(entry.name === 'lib' && path.startsWith(join(root, 'packages')))) sourceFiles(path, out);
    } else if (/\.(?:[cm]?js|ts|tsx)$/.test(entry.name) && statSync(path).size < 300_000) out.push(path);
  }
  return out;
}

describe('TypeScript/JavaScript import parsing against the TypeScript scanner', () => {
  it('finds every module TypeScript’s preProcessFile finds, in real code', () => {
    const files = CORPUS.flatMap((dir) => sourceFiles(join(root, dir)));
    expect(files.length).toBeGreaterThan(150);
    const missed: string[] = [];
    const unexplained: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const theirs = new Set(ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName));
      const ours = parseImports(file, text);
      const found = new Set(ours.map((r) => r.specifier));
      for (const spec of theirs) if (!found.has(spec)) missed.push(`${file}: ${spec}`);
      // preProcessFile skips `export * as ns from`, some require()/import() calls, relative augmentations,
      // and every load that is not an import or a plain require/import() (require.resolve, workers, eval'd code…).
      for (const r of ours) {
        if (r.specifier !== undefined && !theirs.has(r.specifier) && !['export-from', 'require', 'dynamic-import', 'module-augmentation'].includes(r.kind) && !r.evaluated && r.call === undefined) {
          unexplained.push(`${file}:${r.line}: ${r.kind} ${r.specifier}`);
        }
      }
    }
    expect(missed).toEqual([]);
    expect(unexplained).toEqual([]);
  });
});
