import { it } from 'vitest';
import { silentLogger } from '@agent-guards/action-kit';
import { PolicySchema } from '@agent-guards/config';
import { runGit } from '@agent-guards/git';
import { TempRepo } from '@agent-guards/testkit';
import { runBoundariesGuard, TreeCache } from '@agent-guards/boundaries';
import { measure, printBench } from './report.js';

const DOMAINS = Array.from({ length: 20 }, (_, d) => `domain${d}`);
const FILES_PER_DOMAIN = 1000;
const PR_FILES = 200;

/** A source file with the import mix of a real service: siblings, the bus, an alias, a package, a builtin. */
function source(domain: string, n: number, extra = ''): string {
  return [
    `import { publish } from '../../bus/index.js';`,
    `import type { Config } from '@shared/config';`,
    `import { helper${n + 3} } from './file${n + 3}.js';`,
    `import { readFile } from 'node:fs/promises';`,
    `import React from 'react';`,
    extra,
    `// import { x } from '../../domain0/core/file0.js' (a comment, not an import)`,
    `export function helper${n}(input: string): string {`,
    `  const label = \`${domain}-\${input}\`;`,
    `  return /^[a-z]+$/.test(label) ? label : String(readFile) + String(React) + String(publish);`,
    `}`,
    '',
  ].join('\n');
}

function pathOf(d: number, n: number): string {
  return `src/${DOMAINS[d]}/${['core', 'api', 'store'][n % 3]}/file${n}.ts`;
}

it('boundary check of a 200-file PR in a 20,000-file TypeScript repository', async () => {
  const repo = new TempRepo();
  try {
    const baseFiles: [string, string][] = [
      ['tsconfig.json', JSON.stringify({ extends: './tsconfig.base.json', compilerOptions: { strict: true } })],
      ['tsconfig.base.json', JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@shared/*': ['src/shared/*'] } } })],
      ['package.json', JSON.stringify({ name: 'service', private: true })],
      ['src/bus/index.ts', 'export function publish(): void {}\n'],
      ['src/shared/config.ts', 'export interface Config { name: string }\n'],
    ];
    for (let d = 0; d < DOMAINS.length; d += 1) {
      for (let n = 0; n < FILES_PER_DOMAIN; n += 1) baseFiles.push([pathOf(d, n), source(DOMAINS[d]!, n)]);
    }
    const base = repo.fastImport('main', baseFiles, 'base');
    const prFiles: [string, string][] = [];
    for (let k = 0; k < PR_FILES; k += 1) {
      const d = k % DOMAINS.length;
      // Every 20th file adds an import across domains; a quarter of the PR is new files.
      const extra = k % 20 === 0 ? `import { helper3 } from '../../${DOMAINS[(d + 1) % DOMAINS.length]}/core/file3.js';` : '// changed by the PR';
      const path = k % 4 === 0 ? `src/${DOMAINS[d]}/feature/new${k}.ts` : pathOf(d, (k * 7) % FILES_PER_DOMAIN);
      prFiles.push([path, source(DOMAINS[d]!, k, extra)]);
    }
    const head = repo.fastImport('pr', prFiles, 'change', base);
    const fileCount = (await runGit(repo.dir, ['ls-tree', '-r', '--name-only', head])).stdout.toString().trim().split('\n').length;

    const policy = PolicySchema.parse({
      version: 1,
      boundaries: {
        contexts: { ...Object.fromEntries(DOMAINS.map((d) => [d, [`src/${d}/**`]])), bus: ['src/bus/**'], shared: ['src/shared/**'] },
        allow: DOMAINS.flatMap((d) => [{ from: d, to: 'bus' }, { from: d, to: 'shared' }]),
        forbid: [{ from: 'domain0', to: 'pg', instead: 'go through the storage service.' }],
        type_only_imports: 'check',
      },
    });
    const run = () => runBoundariesGuard({ repo: repo.dir, base: 'main', head: 'pr', policy, logger: silentLogger });
    const result = await run();
    const changed = (await runGit(repo.dir, ['diff', '--name-only', base, head])).stdout.toString().trim().split('\n').length;

    const baselineMs = await measure(() => runGit(repo.dir, ['diff', '--name-only', base, head]));
    const coldMs = await measure(run);
    const cache = new TreeCache();
    const warmMs = await measure(() => runBoundariesGuard({ repo: repo.dir, base: 'main', head: 'pr', policy, logger: silentLogger, treeCache: cache }));
    const listingMs = await measure(() => runGit(repo.dir, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', head]));

    printBench(
      'boundaries',
      [
        { name: 'files in repository', value: fileCount, unit: 'files' },
        { name: 'files changed by the PR', value: changed, unit: 'files' },
        { name: 'files parsed', value: Number(result.report.metrics['files-parsed']), unit: 'files' },
        { name: 'imports parsed', value: Number(result.report.metrics.imports), unit: 'imports' },
        { name: 'forbidden imports found', value: Number(result.report.metrics.forbidden), unit: 'findings' },
        { name: 'baseline: git diff --name-only', value: baselineMs, unit: 'ms' },
        { name: 'baseline: git ls-tree -r of head', value: listingMs, unit: 'ms' },
        { name: 'boundaries guard (cold)', value: coldMs, unit: 'ms', note: `${(coldMs / baselineMs).toFixed(1)}× git diff --name-only` },
        { name: 'boundaries guard (listings cached)', value: warmMs, unit: 'ms', note: `${(warmMs / baselineMs).toFixed(1)}× git diff --name-only` },
      ],
      [{ label: '200-file PR in a 20,000-file repo decided in ≤ 1 s', met: coldMs <= 1000, detail: `${coldMs.toFixed(0)} ms (cold, median of 5)` }],
    );
  } finally {
    repo.cleanup();
  }
});
