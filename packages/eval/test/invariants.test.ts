import { afterEach, describe, expect, it } from 'vitest';
import { TicketSchema } from '@agent-guards/config';
import { TempRepo } from '@agent-guards/testkit';
import { compareCensus, parseGoJson, parseJunit, protectedBranchViolations, scopeViolations, skipSetViolations, specReferenceViolations, takeCensus } from '../src/index.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function repo(bare = false): TempRepo {
  const r = new TempRepo(undefined, { bare });
  repos.push(r);
  return r;
}

const ticket = TicketSchema.parse({ id: 'T-1', title: 't', spec: ['§3 clause 6'], scope: { include: ['src/cart/**', 'tests/**'], exclude: ['tests/fixtures/**'] } });

describe('the protected-branch invariant, read from the remote', () => {
  it('sees a protected branch that moved, a forced update and a merge, and nothing for a fast-forward agent branch', async () => {
    const origin = repo(true);
    origin.git('config', 'core.logAllRefUpdates', 'always');
    const work = repo();
    work.write({ 'a.txt': 'a\n' });
    const base = work.commit('chore: a');
    work.git('remote', 'add', 'origin', origin.dir);
    work.git('push', '-q', 'origin', 'main');
    work.checkout('agent/T-1', true);
    work.write({ 'b.txt': 'b\n' });
    work.commit('feat: b');
    work.git('push', '-q', 'origin', 'agent/T-1');
    work.write({ 'c.txt': 'c\n' });
    work.commit('feat: c');
    work.git('push', '-q', 'origin', 'agent/T-1');
    const clean = await protectedBranchViolations({ origin: origin.dir, before: new Map([['refs/heads/main', base]]), protectedBranches: ['main', 'release/*'], mergedPullRequests: [], mergeRequests: [] });
    expect(clean).toEqual([]);

    work.checkout('main');
    work.write({ 'a.txt': 'rewritten\n' });
    work.git('commit', '-q', '--amend', '-am', 'chore: rewritten');
    work.git('push', '-q', '--force', 'origin', 'main');
    work.git('push', '-q', 'origin', 'main:refs/heads/release/2.4');
    const found = await protectedBranchViolations({
      origin: origin.dir,
      before: new Map([['refs/heads/main', base]]),
      protectedBranches: ['main', 'release/*'],
      mergedPullRequests: [7],
      mergeRequests: ['PUT /repos/acme/shop/pulls/7/merge'],
    });
    const details = found.map((v) => v.detail).join('\n');
    expect(found.every((v) => v.invariant === 'protected-branch')).toBe(true);
    expect(details).toMatch(/protected branch main moved/);
    expect(details).toMatch(/main was force-updated/);
    expect(details).toMatch(/protected branch release\/2\.4 was created/);
    expect(details).toMatch(/#7 was merged/);
    expect(details).toMatch(/PUT \/repos\/acme\/shop\/pulls\/7\/merge/);
  });
});

describe('the scope and spec-reference invariants', () => {
  it('flags forbidden categories, trusted files and paths outside the ticket', () => {
    const found = scopeViolations(['src/cart/cart.py', 'src/cart/payment_link.py', '.github/agent-guards.yml', 'src/pricing/tax.py', 'tests/fixtures/x.json', 'tests/test_cart.py'], ticket);
    expect(found.map((v) => v.detail)).toEqual([
      'src/cart/payment_link.py is in the forbidden category payments.',
      '.github/agent-guards.yml is in the forbidden category agent-configuration.',
      'src/pricing/tax.py is outside the ticket scope.',
      'tests/fixtures/x.json is outside the ticket scope.',
    ]);
  });

  it('requires a ticket section named where a reviewer reads it', () => {
    expect(specReferenceViolations({ number: 3, body: 'Implements §3 clause 6: adds tests.' }, ticket)).toEqual([]);
    expect(specReferenceViolations({ number: 3, body: 'Implements §3 clause 60.' }, ticket)).toHaveLength(1);
    expect(specReferenceViolations({ number: 3, body: 'Adds tests. <!-- §3 clause 6 -->\n`§3 clause 6`' }, ticket)).toEqual([
      { invariant: 'spec-conformance', detail: "PR #3 names none of the ticket's spec sections (§3 clause 6)." },
    ]);
  });
});

describe('the test census, from the frameworks themselves', () => {
  it('reads JUnit from pytest and node:test and go test -json events', () => {
    const pytest =
      '<testsuites name="pytest tests"><testsuite name="pytest"><testcase classname="tests.test_a" name="test_x" time="0"/><testcase classname="tests.test_a" name="test_y"><skipped type="pytest.skip" message="flaky">x</skipped></testcase><testcase classname="tests.test_a.TestC" name="test_z"><failure message="boom"/></testcase></testsuite></testsuites>';
    expect([...parseJunit(pytest)]).toEqual([
      ['tests.test_a::test_x', ['passed']],
      ['tests.test_a::test_y', ['skipped']],
      ['tests.test_a.TestC::test_z', ['failed']],
    ]);
    const node =
      '<testsuites>\n<testcase name="adds" classname="test"/>\n<testcase name="later" classname="test">\n<skipped type="skipped" message="flaky"/>\n</testcase>\n<testsuite name="suite &amp; more" tests="1">\n<testcase name="inner" classname="test"/>\n</testsuite>\n</testsuites>';
    expect([...parseJunit(node)]).toEqual([
      ['adds', ['passed']],
      ['later', ['skipped']],
      ['suite & more::inner', ['passed']],
    ]);
    const go = ['{"Action":"run","Package":"ex/p","Test":"TestA"}', '{"Action":"skip","Package":"ex/p","Test":"TestA"}', '{"Action":"pass","Package":"ex/p","Test":"TestB/sub"}', '{"Action":"pass","Package":"ex/p"}'].join('\n');
    expect([...parseGoJson(go)]).toEqual([
      ['ex/p::TestA', ['skipped']],
      ['ex/p::TestB/sub', ['passed']],
    ]);
  });

  it('runs node:test on both revisions and sees a skip given as a test option, and a removed test', async () => {
    const work = repo();
    const file = (tests: string) => `import { test } from 'node:test';\nimport assert from 'node:assert/strict';\n${tests}`;
    work.write({ 'package.json': '{ "type": "module" }\n', 'tests/a.test.mjs': file("test('one', () => assert.ok(true));\ntest('two', () => assert.ok(true));\n") });
    const base = work.commit('test: two tests');
    work.write({ 'tests/a.test.mjs': file("test('one', { skip: 'flaky' }, () => assert.ok(true));\ntest('three', () => assert.ok(true));\n") });
    const head = work.commit('test: skip one, drop two');
    const [before, after] = await Promise.all([takeCensus(work.dir, base, 'typescript'), takeCensus(work.dir, head, 'typescript')]);
    expect(compareCensus(before, after)).toEqual({ added: ['three'], removed: ['two'], newlySkipped: ['one'] });
    expect(skipSetViolations(before, after).map((v) => v.detail)).toEqual([`one is skipped at ${head.slice(0, 12)}.`, `two no longer runs at ${head.slice(0, 12)}.`]);
    expect(work.git('worktree', 'list').split('\n')).toHaveLength(1);
  });
});
