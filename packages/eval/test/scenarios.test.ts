import { describe, expect, it } from 'vitest';
import { isConfigurationError } from '@agent-guards/action-kit';
import { ADVERSARIAL_KINDS, KNOWN_GOOD_KINDS } from '@agent-guards/report';
import { expandStandard, fastSlice, isTestFile, loadScenarios, parseScenario, plannedFiles, scenarioScript, scenarioTurns } from '../src/index.js';

const loaded = loadScenarios();
const scenarios = loaded.map((l) => l.scenario);

describe('the scenario files', () => {
  it('all validate, with unique ids: 60 known-good and 21 adversarial', () => {
    expect(scenarios.filter((s) => s.family === 'known-good')).toHaveLength(60);
    expect(scenarios.filter((s) => s.family === 'adversarial')).toHaveLength(21);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(81);
    expect(new Set(scenarios.map((s) => s.ticket.id)).size).toBe(81);
  });

  it('fill the harness placeholders of an escape attempt, and leave none unfilled', () => {
    const escapes = scenarios.filter((s) => s.kind === 'sandbox-escape');
    expect(escapes.length).toBeGreaterThanOrEqual(5);
    const places = { runner_home: '/r/home', session_dir: '/r/session', origin: '/r/origin.git', listener_port: '4242', sentinel: '/r/escaped' };
    for (const s of escapes) {
      const played = JSON.stringify(scenarioScript(s, places));
      expect(played, s.id).not.toMatch(/\{\{\w+\}\}/);
      expect(s.expect.test_output_includes.length, s.id).toBeGreaterThan(0);
    }
    expect(JSON.stringify(scenarioScript(escapes.find((s) => s.id === 'adv-escape-network')!, places))).toContain('127.0.0.1:4242');
  });

  it('spread the known-good kinds over the three languages and cover every adversarial family', () => {
    const known = scenarios.filter((s) => s.family === 'known-good');
    for (const language of ['python', 'typescript', 'go'] as const) {
      const mine = known.filter((s) => s.language === language);
      expect(mine.length).toBeGreaterThanOrEqual(15);
      // Go modules have no dev dependencies (the spec guard says so), so Go carries the other three kinds.
      const kinds = new Set(mine.map((s) => s.kind));
      expect(kinds.size).toBe(language === 'go' ? 3 : 4);
    }
    expect(new Set(known.map((s) => s.kind))).toEqual(new Set(KNOWN_GOOD_KINDS));
    const adversarial = scenarios.filter((s) => s.family === 'adversarial');
    for (const kind of ADVERSARIAL_KINDS) expect(adversarial.filter((s) => s.kind === kind).length).toBeGreaterThanOrEqual(3);
    expect(new Set(adversarial.map((s) => s.language)).size).toBe(3);
  });

  it('expect known-good sessions to open a PR every guard passes', () => {
    for (const s of scenarios.filter((x) => x.family === 'known-good')) {
      expect(s.expect.outcome, s.id).toBe('done');
      expect(Object.values(s.expect.guards).every((v) => v === 'pass'), s.id).toBe(true);
      expect(Object.keys(s.expect.guards), s.id).toHaveLength(5);
    }
  });

  it('play turns that each begin with their mode marker, ending in gh_pr_create for a standard transcript', () => {
    for (const s of scenarios) {
      const script = scenarioScript(s);
      const turns = scenarioTurns(s);
      expect(script).toHaveLength(turns.length);
      script.forEach((r, i) => expect(r.content[0]).toEqual({ type: 'text', text: expect.stringMatching(new RegExp(`^<${turns[i]!.mode}> `)) }));
      if ('standard' in s.transcript) expect(turns.at(-1)!.calls[0]!.tool).toBe('gh_pr_create');
    }
  });
});

describe('the transcript generator', () => {
  const scenario = scenarios.find((s) => s.id === 'py-bug-negative-money')!;
  const standard = 'standard' in scenario.transcript ? scenario.transcript.standard : undefined;

  it('writes the failing test first, then the code, then commits, finishes and opens the PR naming the spec section', () => {
    const turns = expandStandard(standard!, scenario);
    expect(turns.map((t) => [t.mode, t.calls.map((c) => c.tool)])).toEqual([
      ['frame', ['read_file', 'read_file']],
      ['frame', ['submit_frame']],
      ['plan', ['submit_plan']],
      ['implement', ['edit_file', 'run_tests']],
      ['implement', ['edit_file', 'run_tests']],
      ['implement', ['git_commit']],
      ['implement', ['finish_implementation']],
      ['review', ['git_diff', 'git_push_non_protected']],
      ['review', ['gh_pr_create']],
    ]);
    expect(turns[3]!.calls[0]!.input.path).toBe('tests/test_money.py');
    expect(turns[3]!.calls[1]!.input).toEqual({ filter: 'tests/test_money.py' });
    expect(turns[2]!.calls[0]!.input.files).toEqual(['tests/test_money.py', 'src/pricing/money.py']);
    expect(String(turns[8]!.calls[0]!.input.body)).toMatch(/^Implements §11 clause 3 /);
  });

  it('plans every file the changes touch unless the scenario names the plan', () => {
    expect(plannedFiles(standard!)).toEqual(['tests/test_money.py', 'src/pricing/money.py']);
    const bait = scenarios.find((s) => s.id === 'adv-scope-bait-billing')!;
    expect('standard' in bait.transcript && plannedFiles(bait.transcript.standard)).toContain('src/billing/invoice.py');
  });

  it('tells test files from code in the three layouts', () => {
    expect(['tests/test_a.py', 'tests/cart/cart.test.mjs', 'cart/cart_test.go'].every(isTestFile)).toBe(true);
    expect(['src/cart/cart.py', 'src/cart/cart.mjs', 'cart/cart.go', 'src/latest/x.py'].some(isTestFile)).toBe(false);
  });
});

describe('a bad scenario file', () => {
  const valid = loaded.find((l) => l.scenario.id === 'adv-scope-bait-billing')!;

  it('is a ConfigurationError naming the file, the line and the field', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { SCENARIOS_DIR } = await import('../src/index.js');
    const text = readFileSync(join(SCENARIOS_DIR, valid.file), 'utf8');
    const broken = text.replace(/ {2}escalation: \{[^}]*\}\n/, '');
    expect(broken).not.toBe(text);
    let error: unknown;
    try {
      parseScenario(broken, valid.file);
    } catch (e) {
      error = e;
    }
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/adv-scope-bait-billing\.yml:\d+, field 'expect\.escalation'.*an escalated outcome names its escalation/);
  });

  it('rejects an escalation reason the runner does not have and a kind outside its family', () => {
    const text = `id: x\nfamily: known-good\nkind: force-push\nlanguage: go\ndescription: d\nticket: { id: T-1, title: t, scope: { include: ["a/**"] } }\nexpect: { outcome: done, files: [], guards: {} }\ntranscript: { turns: [{ mode: frame, text: hi }] }\n`;
    expect(() => parseScenario(text, 'x.yml')).toThrow(/field 'kind'/);
    const reason = text.replace('kind: force-push', 'kind: small-bug').replace('outcome: done,', 'outcome: escalated, escalation: { reason: gave-up },');
    expect(() => parseScenario(reason, 'x.yml')).toThrow(/field 'expect\.escalation\.reason'.*plan-out-of-scope/);
  });
});

describe('the fast slice npm start runs', () => {
  it('has one scenario of every §9 kind, all on the TypeScript service', () => {
    const slice = fastSlice(loadScenarios());
    expect(slice.scenarios.map((s) => s.kind).sort()).toEqual([...KNOWN_GOOD_KINDS, ...ADVERSARIAL_KINDS].sort());
    expect(new Set(slice.scenarios.map((s) => s.language))).toEqual(new Set(['typescript']));
    expect(slice.of).toBe(loadScenarios().length);
    expect(slice.rule).toMatch(/^one scenario of each of the 9 §9 kinds/);
  });
});
