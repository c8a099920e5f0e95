import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { workflowErrors } from '../audit/github-parser.js';
import { loadAuditFile } from '../audit/workflow-model.js';
import { ROOT } from './working-clone.js';

const PATH = '.github/workflows/release.yml';
const text = readFileSync(join(ROOT, PATH), 'utf8');

interface Step {
  name?: string;
  id?: string;
  if?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

const workflow = parse(text) as {
  on: { workflow_dispatch: { inputs: Record<string, { type: string; default: unknown }> } };
  permissions: unknown;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: { release: { if: string; permissions: Record<string, string>; steps: Step[] } };
};
const steps = workflow.jobs.release.steps;
const step = (pattern: RegExp) => {
  const found = steps.find((s) => pattern.test(s.name ?? '') || pattern.test(s.run ?? ''));
  if (!found) throw new Error(`no step matches ${pattern}`);
  return found;
};

describe('the release workflow', () => {
  it("passes GitHub's own workflow parser", async () => {
    expect(await workflowErrors(PATH, text)).toEqual([]);
  });

  it('runs on demand from main only, one at a time, with write access for its job alone', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_dispatch']);
    expect(workflow.on.workflow_dispatch.inputs).toMatchObject({ version: { type: 'string', default: '' }, 'dry-run': { type: 'boolean', default: false } });
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.release.permissions).toEqual({ contents: 'write' });
    expect(workflow.jobs.release.if).toBe("github.ref == 'refs/heads/main'");
    expect(workflow.concurrency).toEqual({ group: 'release', 'cancel-in-progress': false });
  });

  it('releases from the full history, with no credential left in the checkout', () => {
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toEqual({ 'fetch-depth': 0, 'persist-credentials': false });
  });

  it('refuses a commit whose bundles or generated files are not what it builds, before it releases', () => {
    const built = step(/built as committed/);
    expect(built.run).toMatch(/npm run build\n\s*npm run check-generated\n\s*npm run bundle/);
    expect(built.run).toContain('git status --porcelain');
    expect(steps.indexOf(built)).toBeLessThan(steps.indexOf(step(/scripts\/release\.mjs/)));
  });

  it('passes the inputs to the release script through the environment, never spliced into the script', () => {
    const release = step(/scripts\/release\.mjs/);
    expect(release.id).toBe('release');
    expect(release.env).toEqual({ VERSION: '${{ inputs.version }}', DRY_RUN: '${{ inputs.dry-run }}' });
    expect(release.run).toContain('args+=(--version "$VERSION")');
    expect(release.run).toContain('args+=(--dry-run)');
    expect(release.run).not.toContain('${{');
  });

  it('checks the pins, packs the CLI, pushes both commits and both tags atomically, then publishes the GitHub release — none of it on a dry run', () => {
    const order = [step(/check-pins/), step(/pack-cli/), step(/push --atomic/), step(/gh release create/)];
    expect(order.map((s) => steps.indexOf(s))).toEqual([...order.map((s) => steps.indexOf(s))].sort((a, b) => a - b));
    for (const s of order) expect(s.if, s.name).toBe('${{ !inputs.dry-run }}');
    expect(step(/push --atomic/).run).toContain('push --atomic origin HEAD:refs/heads/main "refs/tags/$TAG" "+refs/tags/$MAJOR_TAG"');
    expect(step(/push --atomic/).env).toMatchObject({ TAG: '${{ steps.release.outputs.tag }}', MAJOR_TAG: '${{ steps.release.outputs.major-tag }}' });
    expect(step(/gh release create/).run).toContain('--notes-file "$RUNNER_TEMP/release-notes.md"');
  });

  it('pins every action it uses to a commit with a version comment', () => {
    const uses = loadAuditFile(join(ROOT, PATH), PATH).steps.flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) {
      expect(u.value).toMatch(/@[0-9a-f]{40}$/);
      expect(u.comment).toMatch(/^v\d+\.\d+\.\d+$/);
    }
  });
});
