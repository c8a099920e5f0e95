import { describe, expect, it } from 'vitest';
import { checkCommits, DEFAULT_COMMIT_RULES, parseConventionalCommit } from '@agent-guards/spec-conformance';
import type { CommitInfo } from '@agent-guards/git';

describe('parseConventionalCommit', () => {
  it.each([
    ['feat: add page view events', { type: 'feat', breaking: false, description: 'add page view events' }],
    ['fix(events): handle an empty payload', { type: 'fix', scope: 'events', breaking: false }],
    ['feat(api)!: drop the v1 endpoint', { type: 'feat', scope: 'api', breaking: true }],
    ['refactor!: rename the store', { type: 'refactor', breaking: true }],
    ['build(deps-dev): bump vitest from 4.1.11 to 4.1.12', { type: 'build', scope: 'deps-dev' }],
    ['chore: tidy\n\nLonger body.\n\nBREAKING CHANGE: none really', { type: 'chore' }],
  ])('accepts %j', (message, header) => {
    const result = parseConventionalCommit(message);
    expect(result.valid).toBe(true);
    expect(result.header).toMatchObject(header);
  });

  it.each([
    ['Update stuff', "subject 'Update stuff' is not 'type(scope)!: description'"],
    ['', 'the commit message is empty'],
    ['feat:missing space', 'is not'],
    ['feat : space before colon', 'is not'],
    ['feat: ', 'is not'],
    ['feature: add events', "type 'feature' is not one of feat, fix, docs, style, refactor, perf, test, build, ci, chore, revert (did you mean 'feat'?)"],
    ['Fix: capitalised type', "did you mean 'fix'?"],
    ['fix(): empty scope', 'the scope in parentheses is empty'],
    ['fix: no blank line\nbody right away', 'separated from the subject by a blank line'],
    [`feat: ${'x'.repeat(120)}`, 'over the limit of 100'],
    ['fixup! feat: add events', "'fixup!' commit left unsquashed"],
    ['squash! fix: x', "'squash!' commit left unsquashed"],
    ['amend! fix: x', "'amend!' commit left unsquashed"],
    ['Revert "feat: add events"', 'is not'],
  ])('rejects %j', (message, problem) => {
    const result = parseConventionalCommit(message);
    expect(result.valid).toBe(false);
    if (!result.valid) {
      expect(result.problems.join('; ')).toContain(problem);
      expect(result.fix.length).toBeGreaterThan(10);
    }
  });

  it('applies the policy: custom types, a required scope, a shorter subject', () => {
    const rules = { types: ['feat', 'fix', 'deps'], require_scope: true, max_subject_length: 30 };
    expect(parseConventionalCommit('deps(npm): bump vitest', rules).valid).toBe(true);
    expect(parseConventionalCommit('deps: bump vitest', rules)).toMatchObject({ valid: false, problems: ['the policy requires a scope: type(scope): description'] });
    expect(parseConventionalCommit('chore(x): tidy', rules)).toMatchObject({ valid: false });
    expect(parseConventionalCommit('fix(x): a subject that is too long for it', rules)).toMatchObject({ valid: false });
  });

  it('says how to squash autosquash commits', () => {
    const result = parseConventionalCommit('fixup! feat: add events');
    expect(result.valid === false && result.fix).toContain('git rebase -i --autosquash');
  });
});

describe('checkCommits', () => {
  const commit = (sha: string, message: string, parents = ['p']): CommitInfo => ({
    sha: sha.padEnd(40, '0'),
    parents,
    subject: message.split('\n')[0]!,
    message,
    authorName: 'a',
    authorEmail: 'a@example.com',
  });

  it('names each offending commit by sha and skips only generated merge commits', () => {
    const result = checkCommits(
      [
        commit('aaaa', 'feat: one'),
        commit('bbbb', 'wip'),
        commit('cccc', "Merge branch 'main' into agent/x", ['p1', 'p2']),
        commit('dddd', 'Merge stuff by hand', ['p1', 'p2']),
        commit('eeee', "Merge branch 'main'"),
      ],
      DEFAULT_COMMIT_RULES,
    );
    expect(result).toMatchObject({ checked: 5, skippedMerges: 1, invalid: 3 });
    expect(result.findings.map((f) => f.message.slice(0, 19))).toEqual(['commit bbbb00000000', 'commit dddd00000000', 'commit eeee00000000']);
    expect(result.findings.every((f) => f.rule === 'non-conventional-commit' && f.severity === 'error' && f.message.includes('Fix:'))).toBe(true);
  });
});
