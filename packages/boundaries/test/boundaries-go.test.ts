import { describe, expect, it } from 'vitest';
import { guard, changeSetup, twoDomainPolicy } from './fixtures/two-domains.js';

const BASE = {
  'go.mod': 'module example.com/shop // the service\n\ngo 1.22\n',
  'internal/bus/bus.go': 'package bus\n\nfunc Publish(e string) {}\n',
  'internal/recommendations/engine.go': 'package recommendations\n\nfunc Recommend() []string { return nil }\n',
  'internal/events/capture.go': 'package events\n\nimport "example.com/shop/internal/bus"\n\nfunc Capture() { bus.Publish("view") }\n',
};

const policy = twoDomainPolicy('internal/');
const setup = changeSetup(BASE);

describe('boundaries guard on Go', () => {
  it('fails an import of the recommendations package from events and passes the bus', async () => {
    const s = setup((repo) =>
      repo.write({
        'internal/events/search.go': [
          'package events',
          '',
          'import (',
          '\t"fmt"',
          '\t"example.com/shop/internal/bus"',
          '\t// "example.com/shop/internal/recommendations" in a comment',
          '\trec "example.com/shop/internal/recommendations"',
          ')',
          '',
          'func Search() { fmt.Println(rec.Recommend()); bus.Publish("search"); _ = "import \\"example.com/shop/internal/recommendations\\"" }',
          '',
        ].join('\n'),
      }),
    );
    const run = await guard(s, policy);
    expect(run.rules).toEqual(['forbidden-import@internal/events/search.go:7']);
    expect(run.report.findings[0]!.message).toContain('package internal/recommendations/');
    expect(run.outputs).toEqual({ 'new-edges': 2, forbidden: 1 });
  });

  it('reports an import already present at base as a notice', async () => {
    const base = { ...BASE, 'internal/events/legacy.go': 'package events\n\nimport "example.com/shop/internal/recommendations"\n\nvar R = recommendations.Recommend\n' };
    const run = await guard(setup((repo) => repo.write({ 'internal/events/legacy.go': `${base['internal/events/legacy.go']}var S = 1\n` }), base), policy);
    expect(run.report.verdict).toBe('pass');
    expect(run.rules).toEqual(['existing-forbidden-import@internal/events/legacy.go:3']);
  });

  it('fails closed on a go.mod without a module line', async () => {
    const s = setup((repo) => repo.write({ 'go.mod': 'go 1.22\n', 'internal/events/x.go': 'package events\n\nimport "example.com/shop/internal/bus"\n' }));
    await expect(guard(s, policy)).rejects.toThrow(/go\.mod.*module/);
  });
});
