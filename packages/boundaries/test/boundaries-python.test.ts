import { describe, expect, it } from 'vitest';
import type { TempRepo } from '@agent-guards/testkit';
import { guard, changeSetup, twoDomainPolicy } from './fixtures/two-domains.js';

const BASE = {
  'app/__init__.py': '',
  'app/bus/__init__.py': 'from .publisher import publish\n',
  'app/bus/publisher.py': 'def publish(event):\n    pass\n',
  'app/recommendations/__init__.py': '',
  'app/recommendations/engine.py': 'def recommend():\n    return []\n',
  'app/recommendations/types.py': 'class Recommendation:\n    pass\n',
  'app/events/__init__.py': '',
  'app/events/capture.py': 'from app.bus import publish\n\ndef capture():\n    publish({"type": "view"})\n',
};

const policy = twoDomainPolicy('app/');
const setup = changeSetup(BASE);

describe('boundaries guard on Python', () => {
  it('fails a cross-domain import, absolute or relative, and passes the bus', async () => {
    const s = setup((repo) =>
      repo.write({
        'app/events/search.py': [
          'from app.bus import publish',
          'from ..recommendations import engine',
          'import app.recommendations.engine as eng',
          '',
          'def search(q):',
          '    publish({"type": "search", "q": q})',
          '',
        ].join('\n'),
      }),
    );
    const run = await guard(s, policy);
    expect(run.report.verdict).toBe('fail');
    expect(run.rules).toEqual(['forbidden-import@app/events/search.py:2', 'forbidden-import@app/events/search.py:3']);
    expect(run.report.findings[0]!.message).toContain('app/recommendations/engine.py');

    const viaBus = await guard(setup((repo) => repo.write({ 'app/events/search.py': 'from ..bus import publish\nimport app.bus.publisher\n' })), policy);
    expect(viaBus.report.verdict).toBe('pass');
    expect(viaBus.outputs).toEqual({ 'new-edges': 2, forbidden: 0 });
  });

  it('treats imports under if TYPE_CHECKING as type-only, as the policy says', async () => {
    const change = (repo: TempRepo) =>
      repo.write({
        'app/events/typed.py': 'from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.recommendations.types import Recommendation\n\nx = 1\n',
      });
    expect((await guard(setup(change), policy)).report.verdict).toBe('pass');
    const checked = await guard(setup(change), twoDomainPolicy('app/', { type_only_imports: 'check' }));
    expect(checked.rules).toEqual(['forbidden-import@app/events/typed.py:3']);
  });

  it('reports an import already present at base as a notice', async () => {
    const base = { ...BASE, 'app/events/legacy.py': 'from app.recommendations.engine import recommend\n' };
    const run = await guard(setup((repo) => repo.write({ 'app/events/legacy.py': 'from app.recommendations.engine import recommend\nfrom app.bus import publish\n' }), base), policy);
    expect(run.report.verdict).toBe('pass');
    expect(run.rules).toEqual(['existing-forbidden-import@app/events/legacy.py:1']);
  });

  it('ignores imports in strings and comments, and resolves a src layout', async () => {
    const srcBase = Object.fromEntries(Object.entries(BASE).map(([k, v]) => [`src/${k}`, v]));
    const s = setup(
      (repo) =>
        repo.write({
          'src/app/events/doc.py': '"""\nimport app.recommendations.engine\n"""\n# from app.recommendations import engine\nx = "from app.recommendations import engine"\nimport app.recommendations\n',
        }),
      srcBase,
    );
    const run = await guard(s, twoDomainPolicy('src/app/'));
    expect(run.rules).toEqual(['forbidden-import@src/app/events/doc.py:6']);
    expect(run.report.metrics.imports).toBe(1);
  });
});
