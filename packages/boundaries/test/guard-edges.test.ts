import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError, MemoryLogger } from '@agent-guards/action-kit';
import { shallowClone, type TempRepo } from '@agent-guards/testkit';
import { runBoundariesOnWorkingTree } from '../src/index.js';
import { guard, changeSetup, twoDomainPolicy } from './fixtures/two-domains.js';

const BASE = {
  'src/bus/index.ts': 'export function publish(): void {}\n',
  'src/recommendations/engine.ts': 'export function recommend(): string[] { return []; }\n',
  'src/events/capture.ts': "import { publish } from '../bus/index.js';\nexport const c = publish;\n",
};
const policy = twoDomainPolicy('src/');
const setup = changeSetup(BASE);
const clones: TempRepo[] = [];
afterEach(() => {
  for (const c of clones.splice(0)) c.cleanup();
});

describe('boundaries guard: configuration and failing closed', () => {
  it('rejects an allow edge naming an undeclared context, naming the field', async () => {
    const s = setup((repo) => repo.write({ 'src/events/a.ts': 'export {};\n' }));
    const bad = twoDomainPolicy('src/', { allow: [{ from: 'events', to: 'buss' }] });
    const error = await guard(s, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).field).toBe('boundaries.allow.0.to');
    expect((error as Error).message).toContain("'buss' is not a context");
  });

  it('passes with a notice when the policy declares no contexts', async () => {
    const s = setup((repo) => repo.write({ 'src/events/a.ts': "import '../recommendations/engine.js';\n" }));
    const run = await guard(s, twoDomainPolicy('src/', { contexts: {}, allow: [], forbid: [] }));
    expect(run.report.verdict).toBe('pass');
    expect(run.report.findings.map((f) => f.rule)).toEqual(['no-bounded-contexts']);
  });

  it('fails closed when a tsconfig the changed files need cannot be parsed at head', async () => {
    const s = setup((repo) => repo.write({ 'tsconfig.json': '{ "compilerOptions": { "paths": { "@r/*": ["src/recommendations/*"] } ', 'src/events/a.ts': "import { recommend } from '@r/engine';\n" }));
    await expect(guard(s, policy)).rejects.toThrow(/tsconfig\.json: is not valid JSON/);
  });

  it('fails closed on a shallow clone without the merge base', async () => {
    const s = setup((repo) => {
      repo.write({ 'src/events/a.ts': 'export {};\n' });
      repo.commit('one');
      repo.write({ 'src/events/b.ts': 'export {};\n' });
    });
    const clone = shallowClone(s.repo, 1, 'pr');
    clones.push(clone);
    clone.git('fetch', '-q', '--depth=1', 'origin', 'main');
    const error = await guard({ repo: clone, base: clone.git('rev-parse', 'FETCH_HEAD'), head: clone.head() }, policy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('shallow');
  });

  it('parses only changed files inside a context', async () => {
    const s = setup((repo) =>
      repo.write({ 'scripts/tool.ts': "import '../src/recommendations/engine.js';\n", 'README.md': 'import x from "y"\n', 'src/events/a.ts': "import '../bus/index.js';\n" }),
    );
    const run = await guard(s, policy);
    expect(run.report.metrics['files-changed']).toBe(3);
    expect(run.report.metrics['files-parsed']).toBe(1);
    expect(run.report.verdict).toBe('pass');
  });
});

describe('boundaries on the working tree (runner, in-process)', () => {
  it('judges uncommitted and untracked files against the merge base', async () => {
    const s = setup((repo) => repo.write({ 'src/events/a.ts': "import '../bus/index.js';\n" }));
    s.repo.write({
      'src/events/capture.ts': "import { publish } from '../bus/index.js';\nimport { recommend } from '../recommendations/engine.js';\nexport const c = [publish, recommend];\n",
      'src/events/untracked.ts': "export { recommend } from '../recommendations/engine.js';\n",
    });
    const run = await runBoundariesOnWorkingTree({ repo: s.repo.dir, base: s.base, policy, logger: new MemoryLogger() });
    expect(run.report.findings.map((f) => `${f.rule}@${f.path}:${f.line}`)).toEqual([
      'forbidden-import@src/events/capture.ts:2',
      'forbidden-import@src/events/untracked.ts:1',
    ]);
  });
});
