import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@agent-guards/action-kit';
import { TempRepo } from '@agent-guards/testkit';
import { closestName, ConfigFileError, loadManifest, loadPolicy, loadTicket } from '../src/index.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

/** A repository whose base commit holds `files`, and a head that fixes them all (which must not be read). */
function baseWith(files: Record<string, string>): { repo: TempRepo; base: string } {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write({ 'README.md': 'service\n', ...files });
  const base = repo.commit('chore: config');
  repo.write(Object.fromEntries(Object.keys(files).map((f) => [f, 'version: 1\n'])));
  repo.commit('chore: a head that would be valid');
  return { repo, base };
}

async function rejection(load: Promise<unknown>): Promise<ConfigFileError> {
  const error = await load.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigFileError);
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigFileError;
}

const BROKEN_POLICY = `version: 1
forbiden_paths: ["src/legacy/**"]
cost:
  soft_cap_tokens: lots
  modles: { plan: claude-sonnet-4-6 }
tests:
  frameworks: [pytst]
runner:
  sandbox:
    mode: bubblwrap
guards:
  spec-conformance: { applies_to: agent-pr }
`;

describe('a policy with problems', () => {
  it('reports every problem at once, in file order, each with its line, field and a did-you-mean', async () => {
    const { repo, base } = baseWith({ '.github/agent-guards.yml': BROKEN_POLICY });
    const error = await rejection(loadPolicy({ repo: repo.dir, base }));
    expect(error.problems).toEqual([
      { line: 2, field: 'forbiden_paths', message: "unknown key 'forbiden_paths'; did you mean 'forbidden_paths'?" },
      { line: 4, field: 'cost.soft_cap_tokens', message: 'expected number, received string.' },
      { line: 5, field: 'cost.modles', message: "unknown key 'modles'; did you mean 'models'?" },
      { line: 7, field: 'tests.frameworks.0', message: expect.stringMatching(/^'pytst' must be one of auto, pytest, .*; did you mean 'pytest'\?$/) },
      { line: 10, field: 'runner.sandbox.mode', message: "'bubblwrap' must be one of bubblewrap, none; did you mean 'bubblewrap'?" },
      { line: 12, field: 'guards.spec-conformance.applies_to', message: "'agent-pr' must be one of agent-prs, every-pr; did you mean 'agent-prs'?" },
    ]);
    // The file, the commit it was read at, and that this is the base commit, not the PR's head.
    expect(error.message).toMatch(new RegExp(`^\\.github/agent-guards\\.yml at ${base.slice(0, 7)} \\(the policy, read at the base commit\\) has 6 problems:\\n`));
    expect(error.message).toContain("  - line 2, field 'forbiden_paths': unknown key 'forbiden_paths'; did you mean 'forbidden_paths'?\n");
    expect(error.message).toContain('schemas/policy.schema.json');
    expect(error).toMatchObject({ file: '.github/agent-guards.yml', line: 2, field: 'forbiden_paths' });
  });

  it('says a single problem on one line: file:line, the field, the commit it was read at, the fix', async () => {
    const { repo, base } = baseWith({ '.github/agent-guards.yml': 'version: 1\nprotected_branches: [main]\nforbiden_paths: []\n' });
    const error = await rejection(loadPolicy({ repo: repo.dir, base }));
    expect(error.message).toBe(
      `.github/agent-guards.yml:3, field 'forbiden_paths': unknown key 'forbiden_paths'; did you mean 'forbidden_paths'? The policy was read at the base commit ${base.slice(0, 7)}. ` +
        "Fix: correct that field as the schema says (schemas/policy.schema.json in the agent-guards repository; add '# yaml-language-server: $schema=…' for checks in the editor).",
    );
  });

  it('lists the keys that exist where a key is nothing like any of them', async () => {
    const { repo, base } = baseWith({ '.github/agent-guards.yml': 'version: 1\nspec:\n  path: docs/spec.md\n  colour: blue\n' });
    const error = await rejection(loadPolicy({ repo: repo.dir, base }));
    expect(error.problems).toEqual([{ line: 4, field: 'spec.colour', message: "unknown key 'colour'; the keys here are: path, map, require_map." }]);
  });

  it('names the forbidden category a misspelled every_pr_categories entry meant', async () => {
    const policy = 'version: 1\nguards:\n  manifest-scope:\n    every_pr_categories: [vendored-code, ci-definition]\n';
    const { repo, base } = baseWith({ '.github/agent-guards.yml': policy });
    const error = await rejection(loadPolicy({ repo: repo.dir, base }));
    expect(error.problems).toEqual([
      { line: 4, field: 'guards.manifest-scope.every_pr_categories.1', message: expect.stringMatching(/^'ci-definition' must be one of policy, ci-definitions, .*; did you mean 'ci-definitions'\?$/) },
    ]);
  });

  it('reports every YAML syntax error with its line', async () => {
    const { repo, base } = baseWith({ '.github/agent-guards.yml': 'version: 1\nforbidden_paths: [a\nprotected_branches: }\n' });
    const error = await rejection(loadPolicy({ repo: repo.dir, base }));
    expect(error.problems.length).toBeGreaterThanOrEqual(2);
    for (const p of error.problems) expect(p.message).toMatch(/^not valid YAML: /);
    expect(error.problems.map((p) => p.line)).toContain(3);
    expect(error.message).toContain('Fix: correct the YAML syntax at those lines.');
  });

  it('says what a field that takes several forms accepts, and which one a misspelling meant', async () => {
    const { repo, base } = baseWith({ '.github/agent-guards.yml': 'version: 1\nrunner:\n  sandbox: bubblwrap\n' });
    const error = await rejection(loadPolicy({ repo: repo.dir, base }));
    expect(error.problems).toEqual([
      {
        line: 3,
        field: 'runner.sandbox',
        message: "'bubblwrap' is none of the accepted forms: one of bubblewrap, none; or a mapping (key: value lines). Did you mean 'bubblewrap'?",
      },
    ]);
  });

  it('checks the fields of the form a value has, every one of them', async () => {
    const { repo, base } = baseWith({ '.github/agent-guards.yml': 'version: 1\nrunner:\n  sandbox:\n    mode: none\n    memry_mb: 512\n    max_processes: -1\n' });
    const error = await rejection(loadPolicy({ repo: repo.dir, base }));
    expect(error.problems).toEqual([
      { line: 5, field: 'runner.sandbox.memry_mb', message: "unknown key 'memry_mb'; did you mean 'memory_mb'?" },
      { line: 6, field: 'runner.sandbox.max_processes', message: 'too small: expected number to be >0.' },
    ]);
  });

  it('names a missing required key and the misspelling that was meant for it', async () => {
    const { repo, base } = baseWith({ '.github/agent-guards.yml': 'vesion: 1\n' });
    const error = await rejection(loadPolicy({ repo: repo.dir, base }));
    expect(error.problems).toEqual([
      { line: 1, field: 'version', message: 'missing: it is required (it must be 1).' },
      { line: 1, field: 'vesion', message: "unknown key 'vesion'; did you mean 'version'?" },
    ]);
  });
});

describe('a ticket with problems', () => {
  it('reports every problem with its field path and the commit it was read at', async () => {
    const path = '.agent/tickets/SVC-9.yml';
    const { repo, base } = baseWith({ [path]: 'id: SVC 9\ntitel: Capture page views\nspec: "§3.6"\nscope:\n  includes: ["src/**"]\n  exclude: [""]\n' });
    const error = await rejection(loadTicket({ repo: repo.dir, base, path }));
    expect(error.problems).toEqual([
      { line: 1, field: 'id', message: 'ticket ids are letters, digits, dot, dash and underscore.' },
      { line: 1, field: 'title', message: 'missing: it is required (expected string).' },
      { line: 2, field: 'titel', message: "unknown key 'titel'; did you mean 'title'?" },
      { line: 3, field: 'spec', message: 'expected array, received string.' },
      { line: 4, field: 'scope.include', message: 'missing: it is required (expected array).' },
      { line: 5, field: 'scope.includes', message: "unknown key 'includes'; did you mean 'include'?" },
      { line: 6, field: 'scope.exclude.0', message: 'too small: expected string to have >=1 characters.' },
    ]);
    expect(error.message).toMatch(new RegExp(`^\\.agent/tickets/SVC-9\\.yml at ${base.slice(0, 7)} \\(the ticket, read at the base commit\\) has 7 problems:`));
    expect(error.message).toContain('schemas/ticket.schema.json');
  });
});

describe('a tool manifest with problems', () => {
  it('reports a misspelled mode and the missing one together', async () => {
    const path = '.github/agent-manifest.yml';
    const { repo, base } = baseWith({
      [path]: 'version: 1\nmodes:\n  frame: { read: [read_file] }\n  plan: { inherit: frame }\n  implement: { inherit: plan, wirte: [edit_file] }\n  reveiw: { inherit: implement }\n',
    });
    const error = await rejection(loadManifest({ repo: repo.dir, base, path }));
    expect(error.problems).toEqual([
      { line: 2, field: 'modes.review', message: 'missing: it is required (expected object).' },
      { line: 5, field: 'modes.implement.wirte', message: "unknown key 'wirte'; did you mean 'write'?" },
      { line: 6, field: 'modes.reveiw', message: "unknown key 'reveiw'; did you mean 'review'?" },
    ]);
    expect(error.message).toContain(`${path} at ${base.slice(0, 7)} (the tool manifest, read at the base commit) has 3 problems`);
  });

  it('still refuses an excluded tool once the shape is right, naming the mode', async () => {
    const path = '.github/agent-manifest.yml';
    const { repo, base } = baseWith({
      [path]: 'version: 1\nmodes:\n  frame: { read: [read_file] }\n  plan: { inherit: frame }\n  implement: { inherit: plan, write: [unrestricted_shell] }\n  review: { inherit: implement }\n',
    });
    const error = await rejection(loadManifest({ repo: repo.dir, base, path }));
    expect(error.problems).toEqual([{ line: 5, field: 'modes.implement', message: expect.stringContaining("tool 'unrestricted_shell' is not allowed") }]);
  });
});

describe('closestName', () => {
  it.each([
    ['forbiden_paths', 'forbidden_paths'],
    ['Forbidden-Paths', 'forbidden_paths'],
    ['protected_branch', 'protected_branches'],
    ['depedency_allowlist', 'dependency_allowlist'],
    ['colour', undefined],
    ['x', undefined],
  ])('%s → %s', (word, expected) => {
    expect(closestName(word, ['version', 'forbidden_paths', 'protected_branches', 'dependency_allowlist', 'cost'])).toBe(expected);
  });
});

describe('trusted files at a base commit the clone lacks', () => {
  it('are an error that names the base commit, never the built-in defaults or "no such file"', async () => {
    const { repo } = baseWith({ 'README.md': 'service\n' });
    const other = new TempRepo();
    repos.push(other);
    other.write({ 'x.txt': 'x\n' });
    const missing = other.commit('not fetched');
    // Each load is asked at once and settles on its own: each is handed its outcome as it starts.
    const loads = [loadPolicy({ repo: repo.dir, base: missing }), loadManifest({ repo: repo.dir, base: missing, path: '.agent/tools.yml' }), loadTicket({ repo: repo.dir, base: missing, path: '.agent/tickets/T-1.yml' })].map((load) =>
      load.then(
        () => undefined,
        (e: unknown) => e,
      ),
    );
    for (const load of loads) {
      const error = await load;
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).message).toContain(`the base commit '${missing}' is not in the local clone`);
    }
  });
});
