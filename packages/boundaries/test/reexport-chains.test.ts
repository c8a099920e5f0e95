import { describe, expect, it } from 'vitest';
import { changeSetup, guard, twoDomainPolicy } from './fixtures/two-domains.js';

const TS_BASE = {
  'src/bus/index.ts': 'export function publish(): void {}\n',
  'src/recommendations/engine.ts': 'export function recommend(): string[] { return []; }\nexport interface Recommendation { id: string }\n',
  // An old barrel outside every context: it hands on one name of recommendations and one of the bus.
  'src/shared/index.ts': "export { recommend } from '../recommendations/engine.js';\nexport { publish } from '../bus/index.js';\n",
  // An old helper outside every context that uses recommendations in its own code.
  'src/shared/feed.ts': "import { recommend } from '../recommendations/engine.js';\nexport function feedFor(): string[] { return recommend(); }\n",
  'src/events/capture.ts': "import { publish } from '../bus/index.js';\nexport const c = publish;\n",
};
const policy = twoDomainPolicy('src/');
const setup = changeSetup(TS_BASE);

describe('boundaries: an edge laundered through a file outside every context still counts', () => {
  it('fails an import of a new barrel that re-exports another context, naming the chain, and passes its type-only sibling', async () => {
    const barrel = { 'src/lib/recs.ts': "export * from '../recommendations/engine.js';\n" };
    const run = await guard(setup((repo) => repo.write({ ...barrel, 'src/events/search.ts': "import { recommend } from '../lib/recs.js';\nexport const r = recommend;\n" })), policy);
    expect(run.report.verdict).toBe('fail');
    expect(run.rules).toEqual(['forbidden-import@src/events/search.ts:1']);
    expect(run.report.findings[0]!.message).toContain('(src/recommendations/engine.ts, through src/lib/recs.ts, outside every context)');
    expect(run.report.metrics['edges-through-files-outside-contexts']).toBe(1);

    const typeOnly = await guard(
      setup((repo) => repo.write({ ...barrel, 'src/events/search.ts': "import type { Recommendation } from '../lib/recs.js';\nexport type R = Recommendation;\n" })),
      policy,
    );
    expect(typeOnly.report.verdict).toBe('pass');
    expect(typeOnly.report.findings).toEqual([]);
  });

  it('fails a new wrapper, a CommonJS re-export and a chain of two barrels, all files the change writes', async () => {
    const run = await guard(
      setup((repo) =>
        repo.write({
          'src/lib/wrap.ts': "import { recommend } from '../recommendations/engine.js';\nexport const feed = (): string[] => recommend();\n",
          'src/lib/cjs.js': "module.exports = require('../recommendations/engine.js');\n",
          'src/lib/outer.ts': "export * from './inner.js';\n",
          'src/lib/inner.ts': "export { recommend as rec } from '../recommendations/engine.js';\n",
          'src/events/search.ts': "import { feed } from '../lib/wrap.js';\nimport { rec } from '../lib/outer.js';\nconst cjs = require('../lib/cjs.js');\nexport const x = [feed, rec, cjs];\n",
        }),
      ),
      policy,
    );
    expect(run.rules).toEqual(['forbidden-import@src/events/search.ts:1', 'forbidden-import@src/events/search.ts:2', 'forbidden-import@src/events/search.ts:3']);
    expect(run.report.findings[1]!.message).toContain('through src/lib/outer.ts → src/lib/inner.ts');
  });

  it('follows an old barrel only for the names it hands on, and not into an old helper’s own code', async () => {
    const viaBarrel = await guard(setup((repo) => repo.write({ 'src/events/search.ts': "import { recommend } from '../shared/index.js';\nexport const r = recommend;\n" })), policy);
    expect(viaBarrel.rules).toEqual(['forbidden-import@src/events/search.ts:1']);

    const busName = await guard(setup((repo) => repo.write({ 'src/events/search.ts': "import { publish } from '../shared/index.js';\nexport const p = publish;\n" })), policy);
    expect(busName.report.verdict).toBe('pass');
    expect(busName.outputs).toEqual({ 'new-edges': 1, forbidden: 0 });

    const helper = await guard(setup((repo) => repo.write({ 'src/events/search.ts': "import { feedFor } from '../shared/feed.js';\nexport const f = feedFor;\n" })), policy);
    expect(helper.report.verdict).toBe('pass');
    expect(helper.report.findings).toEqual([]);
  });

  it('follows an old helper’s imports once the change touches it', async () => {
    const run = await guard(
      setup((repo) =>
        repo.write({
          'src/shared/feed.ts': `${TS_BASE['src/shared/feed.ts']}export const version = 2;\n`,
          'src/events/search.ts': "import { feedFor } from '../shared/feed.js';\nexport const f = feedFor;\n",
        }),
      ),
      policy,
    );
    expect(run.rules).toEqual(['forbidden-import@src/events/search.ts:1']);
  });

  it('keeps a laundered edge that was already there at the merge base a notice', async () => {
    const base = { ...TS_BASE, 'src/events/legacy.ts': "import { recommend } from '../shared/index.js';\nexport const r = recommend;\n" };
    const run = await guard(setup((repo) => repo.write({ 'src/events/legacy.ts': `${base['src/events/legacy.ts']}export const more = 1;\n` }), base), policy);
    expect(run.report.verdict).toBe('pass');
    expect(run.rules).toEqual(['existing-forbidden-import@src/events/legacy.ts:1']);
    expect(run.report.findings[0]!.severity).toBe('notice');
  });

  it('fails a forbidden module reached through a wrapper the change writes', async () => {
    const withDb = twoDomainPolicy('src/', { forbid: [{ from: 'events', to: 'pg', instead: 'write through the storage service on the bus.' }] });
    const run = await guard(
      setup((repo) =>
        repo.write({
          'src/lib/db.ts': "import { Pool } from 'pg';\nexport const pool = new Pool();\n",
          'src/events/store.ts': "import { pool } from '../lib/db.js';\nexport const p = pool;\n",
        }),
      ),
      withDb,
    );
    expect(run.rules).toEqual(['forbidden-import@src/events/store.ts:1']);
    expect(run.report.findings[0]!.message).toContain("(module 'pg', through src/lib/db.ts, outside every context): the policy forbids context 'events' → 'pg'");
  });

  it('fails closed when the chain reaches a load it cannot compute in a file the change writes', async () => {
    const run = await guard(
      setup((repo) =>
        repo.write({
          'src/lib/loader.js': 'module.exports = (name) => require(name);\n',
          'src/events/search.ts': "import load from '../lib/loader.js';\nexport const x = load;\n",
        }),
      ),
      policy,
    );
    expect(run.rules).toEqual(['computed-import@src/events/search.ts:1']);
    expect(run.report.findings[0]!.message).toContain('reaches src/lib/loader.js (outside every context), where require(name) on line 1 of src/lib/loader.js computes its module at run time');
  });
});

const PY_BASE = {
  'app/bus/__init__.py': 'def publish(event):\n    pass\n',
  'app/recommendations/__init__.py': '',
  'app/recommendations/engine.py': 'def recommend():\n    return []\n',
  // A Flask-style application package outside every context: it wires every context up inside a function.
  'app/__init__.py': 'db = object()\n\ndef create_app():\n    from app.recommendations import engine\n    return engine\n',
  'app/shared/__init__.py': 'from app.recommendations.engine import recommend\nfrom app.bus import publish\n',
  'app/events/__init__.py': '',
};
const pySetup = changeSetup(PY_BASE);
const pyPolicy = twoDomainPolicy('app/');

describe('boundaries on Python: re-export chains', () => {
  it('fails a new star-import barrel, follows an old one by name, and leaves the application package alone', async () => {
    const newBarrel = await guard(
      pySetup((repo) => repo.write({ 'app/lib/__init__.py': 'from app.recommendations.engine import *\n', 'app/events/search.py': 'from app.lib import recommend\n' })),
      pyPolicy,
    );
    expect(newBarrel.rules).toEqual(['forbidden-import@app/events/search.py:1']);
    expect(newBarrel.report.findings[0]!.message).toContain('through app/lib/__init__.py');

    const oldBarrel = await guard(pySetup((repo) => repo.write({ 'app/events/search.py': 'from app.shared import recommend, publish\n' })), pyPolicy);
    expect(oldBarrel.rules).toEqual(['forbidden-import@app/events/search.py:1']);

    const busOnly = await guard(pySetup((repo) => repo.write({ 'app/events/search.py': 'from app.shared import publish\nfrom app import db\n' })), pyPolicy);
    expect(busOnly.report.verdict).toBe('pass');
    expect(busOnly.report.findings).toEqual([]);
  });
});

const GO_BASE = {
  'go.mod': 'module example.com/svc\n\ngo 1.22\n',
  'bus/bus.go': 'package bus\n\nfunc Publish() {}\n',
  'recommendations/engine.go': 'package recommendations\n\nfunc Recommend() []string { return nil }\n',
  'recommendations/engine.h': 'int recommend(void);\n',
  'internal/shared/shared.go': 'package shared\n\nimport "example.com/svc/recommendations"\n\nvar Recommend = recommendations.Recommend\n',
  'events/capture.go': 'package events\n\nimport "example.com/svc/bus"\n\nfunc Capture() { bus.Publish() }\n',
};
const goSetup = changeSetup(GO_BASE);
const goPolicy = twoDomainPolicy('');

describe('boundaries on Go: packages outside every context, linkname, cgo and replace', () => {
  it('follows a Go package outside every context only when the change touches it', async () => {
    const untouched = await guard(goSetup((repo) => repo.write({ 'events/search.go': 'package events\n\nimport "example.com/svc/internal/shared"\n\nvar S = shared.Recommend\n' })), goPolicy);
    expect(untouched.report.verdict).toBe('pass');

    const touched = await guard(
      goSetup((repo) =>
        repo.write({
          'internal/shared/more.go': 'package shared\n\nvar More = 1\n',
          'events/search.go': 'package events\n\nimport "example.com/svc/internal/shared"\n\nvar S = shared.Recommend\n',
        }),
      ),
      goPolicy,
    );
    expect(touched.rules).toEqual(['forbidden-import@events/search.go:3']);
  });

  it('counts //go:linkname, a cgo #include, and a go.mod replace to a folder of another context', async () => {
    const run = await guard(
      goSetup((repo) =>
        repo.write({
          'go.mod': 'module example.com/svc\n\ngo 1.22\n\nreplace example.com/busclient => ./recommendations\n',
          'events/search.go': [
            'package events',
            '',
            '// #include "../recommendations/engine.h"',
            'import "C"',
            '',
            'import (',
            '\t_ "unsafe"',
            '\t"example.com/busclient"',
            ')',
            '',
            '//go:linkname recommend example.com/svc/recommendations.Recommend',
            'func recommend() []string',
            '',
            'var B = busclient.Recommend',
            '',
          ].join('\n'),
        }),
      ),
      goPolicy,
    );
    expect(run.rules).toEqual(['forbidden-import@events/search.go:3', 'forbidden-import@events/search.go:8', 'forbidden-import@events/search.go:11']);
    expect(run.report.findings[2]!.message).toContain("//go:linkname of 'example.com/svc/recommendations' (package recommendations/)");
  });
});
