import { afterAll, expect, it } from 'vitest';
import { TempRepo } from '@agent-guards/testkit';
import { buildDependencyGraph } from '../src/tools/dependency-graph.js';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

it('draws an edge for what a file imports, none for a folder it puts on sys.path', async () => {
  const repo = new TempRepo();
  repos.push(repo);
  repo
    .write({
      'app/__init__.py': '',
      'app/rates.py': 'RATE = 1\n',
      'app/main.py': 'import sys\nsys.path.insert(0, "vendor")\nfrom app import rates\nimport requests\n',
      'web/index.ts': "import { x } from './util';\nimport express from 'express';\nexport const y = x;\n",
      'web/util.ts': 'export const x = 1;\n',
    })
    .commit('chore: base');
  const graph = await buildDependencyGraph(repo.dir);
  expect(graph.imports.get('app/main.py')).toEqual({ internal: ['app/__init__.py', 'app/rates.py'], external: ['requests', 'sys'] });
  expect(graph.imports.get('web/index.ts')).toEqual({ internal: ['web/util.ts'], external: ['express'] });
  expect(graph.importedBy.get('app/rates.py')).toEqual(['app/main.py']);
});
