import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TempRepo } from '@agent-guards/testkit';
import { ROOT } from './working-clone.js';

const GUIDE = readFileSync(join(ROOT, 'action-templates/README.md'), 'utf8');

/** The guide's pin command, as a reader copies it, with its three settings made ours. */
function pinCommand(settings: { ref: string; repo: string; clone: string }): string {
  const block = /pin another release[\s\S]*?```sh\n([\s\S]*?)```/.exec(GUIDE)?.[1];
  if (!block) throw new Error('action-templates/README.md has no pin command after "pin another release"');
  const script = block.replace(/^ {3}/gm, '');
  for (const name of ['ref', 'repo', 'clone'] as const) {
    if (!new RegExp(`^${name}=`, 'm').test(script)) throw new Error(`the pin command sets no ${name}=`);
  }
  return script.replace(/^(ref|repo|clone)=\S+/gm, (_, name: 'ref' | 'repo' | 'clone') => `${name}='${settings[name]}'`);
}

const OUR_PIN = /[\w.-]+\/agent-guards\/(\S+)@([0-9a-f]{40}) # (\S+)/g;

describe("the guide's pin command", () => {
  let agentGuards: TempRepo;
  let tagged: string;
  let work: string;
  let before: Record<string, string>;

  beforeAll(() => {
    agentGuards = new TempRepo();
    agentGuards.write({ 'README.md': 'agent-guards\n' });
    agentGuards.commit('feat: a release');
    agentGuards.git('tag', '-a', 'v1.2.3', '-m', 'v1.2.3');
    tagged = agentGuards.git('rev-parse', 'v1.2.3^{commit}');
  });

  function freshTemplates(): string {
    work = mkdtempSync(join(tmpdir(), 'org-github-'));
    cpSync(join(ROOT, 'action-templates/workflow-templates'), join(work, 'workflow-templates'), { recursive: true });
    before = Object.fromEntries(readdirSync(join(work, 'workflow-templates')).map((f) => [f, readFileSync(join(work, 'workflow-templates', f), 'utf8')]));
    return work;
  }

  const run = (ref: string, clone = agentGuards.dir) =>
    spawnSync('bash', ['-c', pinCommand({ ref, repo: 'octo-org/agent-guards', clone })], { cwd: freshTemplates(), encoding: 'utf8' });
  const templates = () => Object.fromEntries(readdirSync(join(work, 'workflow-templates')).map((f) => [f, readFileSync(join(work, 'workflow-templates', f), 'utf8')]));

  it('pins every agent-guards uses: of the templates to the tag’s commit, with the tag as its comment, and nothing else', () => {
    const result = run('v1.2.3');
    expect(result.status, result.stderr).toBe(0);
    const pinsBefore = Object.values(before).flatMap((t) => [...t.matchAll(OUR_PIN)].map((m) => m[1]));
    const after = templates();
    const pinsAfter = Object.values(after).flatMap((t) => [...t.matchAll(OUR_PIN)]);
    expect(pinsAfter.map((m) => m[1])).toEqual(pinsBefore);
    expect(pinsBefore.length).toBeGreaterThanOrEqual(4);
    for (const m of pinsAfter) expect(m[0]).toBe(`octo-org/agent-guards/${m[1]}@${tagged} # v1.2.3`);
    // Other actions keep their own pins.
    for (const [file, text] of Object.entries(after)) {
      expect([...text.matchAll(/actions\/checkout@\S+ # \S+/g)].map((m) => m[0]), file).toEqual([...before[file]!.matchAll(/actions\/checkout@\S+ # \S+/g)].map((m) => m[0]));
    }
  });

  it('fails loudly and changes nothing when the clone has no such tag', () => {
    const result = run('v1.0.0');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('has no tag or commit named v1.0.0');
    expect(templates()).toEqual(before);
  });

  it('fails loudly and changes nothing in a clone without any tag', () => {
    const untagged = new TempRepo();
    untagged.write({ 'README.md': 'x\n' });
    untagged.commit('chore: start');
    const result = run('v1.0.0', untagged.dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('has no tag or commit named v1.0.0');
    expect(templates()).toEqual(before);
  });
});
