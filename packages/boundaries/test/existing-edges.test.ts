import { describe, expect, it } from 'vitest';
import { changeSetup, guard, twoDomainPolicy } from './fixtures/two-domains.js';

const BASE = {
  'app/__init__.py': '',
  'app/bus/__init__.py': 'def publish(event):\n    pass\n',
  'app/recommendations/__init__.py': '',
  'app/recommendations/engine.py': 'def recommend():\n    return []\n\ndef rank():\n    return []\n',
  'app/events/__init__.py': '',
  'app/events/legacy.py': 'from app.recommendations.engine import recommend\n\ndef capture():\n    return recommend()\n',
  'src/events/legacy.ts': "import { recommend } from '../recommendations/engine.js';\nexport const a = recommend;\n",
  'src/recommendations/engine.ts': 'export function recommend(): string[] { return []; }\n',
  'src/bus/index.ts': 'export function publish(): void {}\n',
};
const policy = twoDomainPolicy('app/');
const setup = changeSetup(BASE);

/** The finding messages by `rule@line`. */
function byLine(run: Awaited<ReturnType<typeof guard>>): Record<string, string> {
  return Object.fromEntries(run.report.findings.map((f) => [`${f.rule}@${f.line}`, f.message]));
}

describe('findings on edges that already existed at the merge base', () => {
  it('words an untouched old import as already there', async () => {
    const run = await guard(setup((repo) => repo.write({ 'app/events/legacy.py': `${BASE['app/events/legacy.py']}\ndef more():\n    return 1\n` })), policy);
    expect(run.report.verdict).toBe('pass');
    expect(run.rules).toEqual(['existing-forbidden-import@app/events/legacy.py:1']);
    expect(run.report.findings[0]!.severity).toBe('notice');
    expect(run.report.findings[0]!.message).toMatch(/^Existing import of 'app\.recommendations\.engine' .*it was already there at the merge base, so it does not fail this change\.$/);
    expect(run.summary).toContain('1 import(s) the policy does not allow were already there at the merge base');
  });

  it('keeps an old import old when lines above it move it down', async () => {
    const run = await guard(setup((repo) => repo.write({ 'app/events/legacy.py': `"""Capture."""\n\nimport os\n\n${BASE['app/events/legacy.py']}` })), policy);
    expect(run.rules).toEqual(['existing-forbidden-import@app/events/legacy.py:5']);
    expect(run.report.findings[0]!.message).toContain('it was already there at the merge base');
  });

  it('words a new import line of an old edge as new, without failing the change', async () => {
    const s = setup((repo) =>
      repo.write({
        'app/events/legacy.py': [
          'from app.recommendations.engine import recommend',
          'import app.recommendations.engine as engine',
          '',
          'def capture():',
          '    from app.recommendations.engine import rank',
          '    return recommend() + engine.rank() + rank()',
          '',
        ].join('\n'),
      }),
    );
    const run = await guard(s, policy);
    expect(run.report.verdict).toBe('pass');
    // Warnings (the lines the change adds) come before the notice (the untouched line); neither fails the change.
    expect(run.rules).toEqual(['existing-forbidden-import@app/events/legacy.py:2', 'existing-forbidden-import@app/events/legacy.py:5', 'existing-forbidden-import@app/events/legacy.py:1']);
    expect(run.report.findings.map((f) => f.severity)).toEqual(['warning', 'warning', 'notice']);
    const messages = byLine(run);
    expect(messages['existing-forbidden-import@1']).toContain('it was already there at the merge base');
    for (const line of [2, 5]) {
      const message = messages[`existing-forbidden-import@${line}`]!;
      expect(message).toMatch(/^New import of 'app\.recommendations\.engine' \(app\/recommendations\/engine\.py\) on an edge that already existed at the merge base: /);
      expect(message).toContain('this line does not fail the change');
      expect(message).toContain('Instead: publish an event on the bus');
      expect(message).not.toContain('it was already there');
    }
    // The edge is not new: no new edge, nothing forbidden, and the summary says which findings are new lines.
    expect(run.outputs).toEqual({ 'new-edges': 0, forbidden: 0 });
    expect(run.summary).toContain('3 import(s) the policy does not allow are on edges already there at the merge base (not failures); 2 of them on lines this change adds (warnings).');
  });

  it('treats an edited import line (another name) and a duplicated one as new lines', async () => {
    const edited = await guard(setup((repo) => repo.write({ 'app/events/legacy.py': 'from app.recommendations.engine import recommend, rank\n\ndef capture():\n    return recommend() + rank()\n' })), policy);
    expect(edited.rules).toEqual(['existing-forbidden-import@app/events/legacy.py:1']);
    expect(edited.report.findings[0]!.message).toContain('on an edge that already existed at the merge base');

    const duplicated = await guard(
      setup((repo) => repo.write({ 'app/events/legacy.py': `${BASE['app/events/legacy.py']}\ndef again():\n    from app.recommendations.engine import recommend\n    return recommend()\n` })),
      policy,
    );
    const messages = byLine(duplicated);
    expect(Object.keys(messages).sort()).toEqual(['existing-forbidden-import@1', 'existing-forbidden-import@7']);
    expect(messages['existing-forbidden-import@1']).toContain('it was already there at the merge base');
    expect(messages['existing-forbidden-import@7']).toContain('on an edge that already existed at the merge base');
  });

  it('still fails a new edge next to old ones, worded as new', async () => {
    const s = setup((repo) =>
      repo.write({
        'app/recommendations/feed.py': 'def feed():\n    return []\n',
        'app/events/legacy.py': `import app.recommendations.engine\nfrom app.recommendations.feed import feed\n${BASE['app/events/legacy.py']}`,
      }),
    );
    const run = await guard(s, policy);
    expect(run.report.verdict).toBe('fail');
    // Errors come first in the report, then warnings, then notices.
    expect(run.rules).toEqual([
      'forbidden-import@app/events/legacy.py:2',
      'existing-forbidden-import@app/events/legacy.py:1',
      'existing-forbidden-import@app/events/legacy.py:3',
    ]);
    expect(run.report.findings.map((f) => f.severity)).toEqual(['error', 'warning', 'notice']);
    const messages = byLine(run);
    expect(messages['forbidden-import@2']).toMatch(/^New import of 'app\.recommendations\.feed' \(app\/recommendations\/feed\.py\): the policy forbids context 'events' → 'recommendations'\. Instead: /);
    expect(messages['existing-forbidden-import@1']).toContain('on an edge that already existed at the merge base');
    expect(messages['existing-forbidden-import@3']).toContain('it was already there at the merge base');
    expect(run.outputs).toEqual({ 'new-edges': 1, forbidden: 1 });
  });

  it('words TypeScript the same way: a second import of an old edge is a new line', async () => {
    const s = setup((repo) =>
      repo.write({
        'src/events/legacy.ts': "import { recommend } from '../recommendations/engine.js';\nimport * as engine from '../recommendations/engine.js';\nexport const a = [recommend, engine];\n",
      }),
    );
    const run = await guard(s, twoDomainPolicy('src/'));
    expect(run.report.verdict).toBe('pass');
    const messages = byLine(run);
    expect(Object.keys(messages).sort()).toEqual(['existing-forbidden-import@1', 'existing-forbidden-import@2']);
    expect(messages['existing-forbidden-import@1']).toContain('it was already there at the merge base');
    expect(messages['existing-forbidden-import@2']).toContain('on an edge that already existed at the merge base');
  });
});
