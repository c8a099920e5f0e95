import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '@agent-guards/action-kit';
import { PolicySchema, type Policy } from '@agent-guards/config';
import { cloneRealRepo, realReposAvailable, type TempRepo } from '@agent-guards/testkit';
import { runBoundariesGuard } from '../src/index.js';

/** A real repository at its bundle's commit, with changes committed on branches from it. */
function realRepo(name: string, policy: Policy) {
  let repo: TempRepo;
  let base: string;
  beforeAll(() => {
    repo = cloneRealRepo(name);
    base = repo.head();
  });
  afterAll(() => repo?.cleanup());
  return {
    /** A commit on top of the bundle's one: edits applied to files as the bundle has them (new files from ''). */
    change(branch: string, edits: Record<string, (source: string) => string>): string {
      repo.git('checkout', '-q', '-B', branch, base);
      for (const [path, edit] of Object.entries(edits)) {
        let source = '';
        try {
          source = readFileSync(repo.path(path), 'utf8');
        } catch {
          // A file the change adds.
        }
        repo.write({ [path]: edit(source) });
      }
      return repo.commit(branch);
    },
    async guard(head: string) {
      const run = await runBoundariesGuard({ repo: repo.dir, base, head, policy, logger: new MemoryLogger() });
      return { ...run, rules: run.report.findings.map((f) => `${f.rule}@${f.path}:${f.line}`) };
    },
  };
}

const available = realReposAvailable('express', 'flask');

describe.skipIf(!available)('boundaries on express: loads the runtime computes, on a real tree', () => {
  // Made-up contexts over express's own files: the view may not reach the HTTP objects; utils.js is outside every context.
  const express = realRepo(
    'express',
    PolicySchema.parse({
      version: 1,
      boundaries: {
        contexts: { views: ['lib/view.js'], http: ['lib/request.js', 'lib/response.js'], app: ['lib/application.js', 'lib/express.js'] },
        allow: [
          { from: 'app', to: 'views' },
          { from: 'app', to: 'http' },
        ],
      },
    }),
  );

  it("passes a change to view.js that leaves its computed `require(mod)` (the template engine) as it was", async () => {
    const run = await express.guard(express.change('touch-view', { 'lib/view.js': (s) => `${s}\n// touched\n` }));
    expect(run.report.verdict).toBe('pass');
    expect(run.report.metrics['computed-imports']).toBe(1);
  });

  it('fails a path the view computes into response.js, and one laundered through utils.js', async () => {
    const folded = await express.guard(
      express.change('view-to-response', { 'lib/view.js': (s) => s.replace("var fs = require('node:fs');\n", "var fs = require('node:fs');\nvar res = require(path.join(__dirname, 'response'));\n") }),
    );
    expect(folded.rules).toEqual(['forbidden-import@lib/view.js:19']);
    expect(folded.report.findings[0]!.message).toContain('(lib/response.js)');

    const laundered = await express.guard(
      express.change('via-utils', {
        'lib/utils.js': (s) => `${s}\nexports.response = require('./response');\n`,
        'lib/view.js': (s) => s.replace("var fs = require('node:fs');\n", "var fs = require('node:fs');\nvar utils = require('./utils');\n"),
      }),
    );
    expect(laundered.rules).toEqual(['forbidden-import@lib/view.js:19']);
    expect(laundered.report.findings[0]!.message).toContain('(lib/response.js, through lib/utils.js, outside every context)');
  });
});

describe.skipIf(!available)('boundaries on flask: the search path and re-exports, on a real tree', () => {
  const flask = realRepo(
    'flask',
    PolicySchema.parse({
      version: 1,
      boundaries: {
        contexts: { sansio: ['src/flask/sansio/**'], logging: ['src/flask/logging.py'], core: ['src/flask/**'] },
        allow: [{ from: 'sansio', to: 'core' }],
        forbid: [{ from: 'sansio', to: 'logging', instead: 'take the logger from the app.' }],
      },
    }),
  );

  it("passes touching files whose computed loads were already there (scaffold.py's find_spec, helpers.py's __import__)", async () => {
    const run = await flask.guard(
      flask.change('touch-loaders', { 'src/flask/sansio/scaffold.py': (s) => `${s}\n# touched\n`, 'src/flask/helpers.py': (s) => `${s}\n# touched\n` }),
    );
    expect(run.report.verdict).toBe('pass');
    expect(run.report.findings.filter((f) => f.rule.startsWith('computed'))).toEqual([]);
  });

  it('fails `import logging` once sys.path puts src/flask in front of the standard library', async () => {
    const run = await flask.guard(
      flask.change('shadow-logging', {
        'src/flask/sansio/blueprints.py': (s) => s.replace('import os\n', 'import os\nimport sys\nsys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))\nimport logging\n'),
      }),
    );
    expect(run.rules).toEqual(['forbidden-import@src/flask/sansio/blueprints.py:6']);
    expect(run.report.findings[0]!.message).toContain("import of 'logging' (src/flask/logging.py)");
  });

  it('fails a logger laundered through a new module outside every context', async () => {
    const run = await flask.guard(
      flask.change('shim', {
        'src/logshim/__init__.py': () => 'from flask.logging import create_logger\n',
        'src/flask/sansio/blueprints.py': (s) => s.replace('import os\n', 'import os\n\nfrom logshim import create_logger\n'),
      }),
    );
    expect(run.rules).toEqual(['forbidden-import@src/flask/sansio/blueprints.py:5']);
    expect(run.report.findings[0]!.message).toContain('through src/logshim/__init__.py');
  });
});
