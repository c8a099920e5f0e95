import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TempRepo } from '@agent-guards/testkit';
import { workflowErrors } from '../audit/github-parser.js';
import { auditFile, formatViolations } from '../audit/security-rules.js';
import { loadAuditFile } from '../audit/workflow-model.js';
import { cloneWorkingTree, ROOT, runScript } from './working-clone.js';

const TEMPLATES = ['agent-guards.yml', 'agent-pipeline.yml', 'agent-guards-protection.yml', 'agent-pr-outcome.yml'].map((f) => `action-templates/workflow-templates/${f}`);
const EXAMPLES: Record<string, string> = {
  'agent-guards.yml': 'policy.schema.json',
  'agent-manifest.yml': 'tool-manifest.schema.json',
  'SVC-123.yml': 'ticket.schema.json',
  'agent-spec-map.yml': 'spec-map.schema.json',
};
// Read independently of the scripts under test: what a user sees in a file.
const OUR_PIN = /your-org\/agent-guards\/(?:actions\/[\w-]+|\.github\/workflows\/[\w.-]+)@(\S+) # (\S+)/g;

function pinsIn(repo: TempRepo, rev: string, paths: string[]): string[] {
  return paths.flatMap((path) => [...repo.git('show', `${rev}:${path}`).matchAll(OUR_PIN)].map((m) => `${m[1]} # ${m[2]}`));
}

function release(repo: TempRepo, ...args: string[]) {
  const notes = join(mkdtempSync(join(tmpdir(), 'notes-')), 'notes.md');
  const output = join(mkdtempSync(join(tmpdir(), 'output-')), 'github-output');
  writeFileSync(output, '');
  const run = runScript(repo.dir, 'scripts/release.mjs', ['--date', '2026-12-07', '--notes-file', notes, ...args], { GITHUB_OUTPUT: output });
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  };
  return { ...run, notes: read(notes), outputs: Object.fromEntries(read(output).split('\n').filter(Boolean).map((l) => l.split('=') as [string, string])) };
}

const commitOf = (repo: TempRepo, name: string) => repo.git('rev-parse', '--verify', `${name}^{commit}`);

describe('the release script on a clone of this repository', () => {
  let repo: TempRepo;
  let first: ReturnType<typeof release>;

  beforeAll(() => {
    repo = cloneWorkingTree();
    first = release(repo);
  });

  it('cuts the first release at the CLI package’s version: a release commit, a stamping commit on top, the version tag and the major tag on it', () => {
    expect(first.status, first.stderr).toBe(0);
    const cliVersion = JSON.parse(repo.git('show', 'HEAD~2:packages/cli/package.json')).version as string;
    expect(cliVersion).toBe('0.1.0');
    expect(repo.git('log', '--format=%s', '-2').split('\n')).toEqual([
      expect.stringMatching(/^chore\(release\): pin v0\.1\.0 \([0-9a-f]{12}\) in templates/),
      'chore(release): v0.1.0',
    ]);
    expect(commitOf(repo, 'v0.1.0')).toBe(commitOf(repo, 'HEAD'));
    expect(commitOf(repo, 'v0')).toBe(commitOf(repo, 'HEAD'));
    expect(repo.git('cat-file', '-t', 'v0.1.0')).toBe('tag');
    expect(first.outputs).toEqual({ version: '0.1.0', tag: 'v0.1.0', 'major-tag': 'v0', 'pinned-commit': commitOf(repo, 'HEAD~1'), 'release-commit': commitOf(repo, 'HEAD') });
  });

  it('stamps every template, README example and workflow header with the release commit and its version, and every pin resolves to the code the tag ships', () => {
    const pinned = commitOf(repo, 'HEAD~1');
    const stamped = [...TEMPLATES, '.github/workflows/agent-guards.yml', '.github/workflows/agent-pipeline.yml', 'actions/guards/README.md', 'actions/skip-set/README.md'];
    const pins = pinsIn(repo, 'v0.1.0', stamped);
    expect(pins.length).toBeGreaterThanOrEqual(stamped.length);
    expect(new Set(pins)).toEqual(new Set([`${pinned} # v0.1.0`]));
    expect(repo.git('cat-file', '-t', pinned)).toBe('commit');
    // The pinned commit runs exactly the code the tag ships.
    expect(repo.git('rev-parse', `${pinned}:actions/manifest-scope/action.yml`)).toBe(repo.git('rev-parse', 'v0.1.0:actions/manifest-scope/action.yml'));
    const differing = repo.git('diff', '--name-only', pinned, 'v0.1.0', '--', 'actions').split('\n');
    expect(differing.every((path) => /^actions\/[^/]+\/README\.md$/.test(path)), differing.join(', ')).toBe(true);
    // The tag's templates carry no placeholder of any kind.
    for (const path of TEMPLATES) expect(repo.git('show', `v0.1.0:${path}`), path).not.toMatch(/@0{40}|<40-hex/);
  });

  it('leaves templates and workflows that pass the security rules and GitHub’s parser as released', async () => {
    for (const path of [...TEMPLATES, '.github/workflows/agent-guards.yml', '.github/workflows/agent-pipeline.yml']) {
      const text = repo.git('show', `v0.1.0:${path}`);
      const file = join(repo.dir, path);
      expect(readFileSync(file, 'utf8').trim()).toBe(text);
      expect(formatViolations(auditFile(loadAuditFile(file, path))), path).toBe('');
      expect(await workflowErrors(path, text), path).toEqual([]);
    }
  });

  it('points the example configuration at schema URLs of the release tag, which name files the tag has', () => {
    for (const [file, schema] of Object.entries(EXAMPLES)) {
      const text = repo.git('show', `v0.1.0:action-templates/examples/${file}`);
      expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=https://raw.githubusercontent.com/your-org/agent-guards/v0.1.0/schemas/${schema}`);
      expect(repo.git('cat-file', '-t', `v0.1.0:schemas/${schema}`)).toBe('blob');
    }
  });

  it('writes the notes from the conventional commits into the tag, CHANGELOG.md and the notes file', () => {
    expect(first.notes).toMatch(/^## \[0\.1\.0\]\(https:\/\/github\.com\/your-org\/agent-guards\/tree\/v0\.1\.0\) \(2026-12-07\)\n/);
    expect(first.notes).toContain('### Features');
    expect(first.notes.indexOf('### Features')).toBeLessThan(first.notes.indexOf('### Bug fixes'));
    expect(first.notes).not.toContain('chore(release)');
    expect(repo.git('show', 'v0.1.0:CHANGELOG.md')).toBe(`# Changelog\n\n${first.notes}`.trim());
    expect(repo.git('tag', '--list', '--format=%(contents)', 'v0.1.0')).toContain(first.notes.trim().split('\n')[0]);
  });

  it('leaves a branch that check-pins accepts, and check-pins accepts the tag alone', () => {
    const main = runScript(repo.dir, 'scripts/check-pins.mjs');
    expect(main.status, main.stderr).toBe(0);
    const tag = runScript(repo.dir, 'scripts/check-pins.mjs', ['--release', 'v0.1.0']);
    expect(tag.status, tag.stderr).toBe(0);
  });

  it('verifies a clone made without tags by the pinned commit and the stamping commit above it, and still fails a fake pin there', () => {
    const bare = mkdtempSync(join(tmpdir(), 'agent-guards-no-tags-'));
    execFileSync('git', ['clone', '-q', '--no-tags', repo.dir, bare]);
    expect(execFileSync('git', ['tag', '--list'], { cwd: bare, encoding: 'utf8' })).toBe('');
    const clean = runScript(bare, 'scripts/check-pins.mjs');
    expect(clean.status, clean.stderr).toBe(0);
    const path = join(bare, 'action-templates/workflow-templates/agent-guards.yml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/@[0-9a-f]{40} # /, `@${'1'.repeat(40)} # `));
    const faked = runScript(bare, 'scripts/check-pins.mjs');
    expect(faked.status).toBe(1);
    expect(faked.stderr).toMatch(/disagree|not a commit|not in this branch/);
  });

  it('takes the next version from the commits since: features make a minor release, and the major tag moves', () => {
    repo.write({ 'actions/manifest-scope/action.yml': `${readFileSync(join(repo.dir, 'actions/manifest-scope/action.yml'), 'utf8')}# a comment\n` });
    repo.git('commit', '-qam', 'feat(manifest-scope): a new input');
    repo.write({ 'README.md': `${readFileSync(join(repo.dir, 'README.md'), 'utf8')}\nMore.\n` });
    repo.git('commit', '-qam', 'fix(cli): a fixed message');
    repo.git('commit', '-q', '--allow-empty', '-m', 'docs: a clearer guide');
    const second = release(repo);
    expect(second.status, second.stderr).toBe(0);
    expect(commitOf(repo, 'v0.2.0')).toBe(commitOf(repo, 'HEAD'));
    expect(commitOf(repo, 'v0')).toBe(commitOf(repo, 'v0.2.0'));
    expect(commitOf(repo, 'v0.1.0')).not.toBe(commitOf(repo, 'v0.2.0'));
    expect(JSON.parse(repo.git('show', 'v0.2.0:packages/cli/package.json')).version).toBe('0.2.0');
    expect(JSON.parse(repo.git('show', 'v0.2.0:package-lock.json')).packages['packages/cli'].version).toBe('0.2.0');
    expect(new Set(pinsIn(repo, 'v0.2.0', TEMPLATES))).toEqual(new Set([`${commitOf(repo, 'v0.2.0~1')} # v0.2.0`]));
    expect(second.notes).toMatch(/^## \[0\.2\.0\]\(https:\/\/github\.com\/your-org\/agent-guards\/compare\/v0\.1\.0\.\.\.v0\.2\.0\)/);
    const sections = [...second.notes.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual(['Features', 'Bug fixes', 'Documentation']);
    expect(second.notes).toContain('- **manifest-scope:** a new input (');
    expect(repo.git('show', 'v0.2.0:CHANGELOG.md')).toMatch(/^# Changelog\n\n## \[0\.2\.0\][\s\S]*\n## \[0\.1\.0\]/);
  });

  it('makes a breaking change a major release, listed first, and starts the next major tag without moving the old one', () => {
    repo.git('commit', '-q', '--allow-empty', '-m', 'fix: a small fix');
    repo.git('commit', '-q', '--allow-empty', '-m', 'feat(policy)!: rename the spec key\n\nBREAKING CHANGE: `spec.file` is now `spec.path`.');
    const third = release(repo);
    expect(third.status, third.stderr).toBe(0);
    expect(commitOf(repo, 'v1.0.0')).toBe(commitOf(repo, 'HEAD'));
    expect(commitOf(repo, 'v1')).toBe(commitOf(repo, 'HEAD'));
    expect(commitOf(repo, 'v0')).toBe(commitOf(repo, 'v0.2.0'));
    const sections = [...third.notes.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual(['⚠ Breaking changes', 'Features', 'Bug fixes']);
    expect(third.notes).toContain('`spec.file` is now `spec.path`.');
    expect(runScript(repo.dir, 'scripts/check-pins.mjs').status).toBe(0);
    // Every release stays verifiable on its own.
    for (const tag of ['v0.1.0', 'v0.2.0', 'v1.0.0']) expect(runScript(repo.dir, 'scripts/check-pins.mjs', ['--release', tag]).status, tag).toBe(0);
  });

  it('refuses to release when nothing since the last release calls for one, and leaves no commit or tag behind', () => {
    const head = commitOf(repo, 'HEAD');
    repo.git('commit', '-q', '--allow-empty', '-m', 'docs: typo');
    const refused = release(repo);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('nothing to release since v1.0.0');
    expect(repo.git('tag', '--list', 'v1.0.1', 'v1.1.0')).toBe('');
    expect(commitOf(repo, 'HEAD~1')).toBe(head);
    const forced = release(repo, '--version', '1.0.1');
    expect(forced.status, forced.stderr).toBe(0);
    expect(commitOf(repo, 'v1')).toBe(commitOf(repo, 'v1.0.1'));
  });

  it('on a dry run prints the version and notes it would release, and changes nothing', () => {
    const head = commitOf(repo, 'HEAD');
    repo.git('commit', '-q', '--allow-empty', '-m', 'perf(boundaries): faster scans');
    const dry = release(repo, '--dry-run');
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('would release v1.0.2 (after v1.0.1), moving v1');
    expect(dry.notes).toContain('### Performance\n\n- **boundaries:** faster scans');
    expect(repo.git('tag', '--list', 'v1.0.2')).toBe('');
    expect(commitOf(repo, 'HEAD~1')).toBe(head);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('refuses a dirty working tree and a version that is not after the last release', () => {
    const head = commitOf(repo, 'HEAD');
    repo.write({ 'README.md': 'edited\n' });
    const dirty = release(repo);
    expect(dirty.status).toBe(1);
    expect(dirty.stderr).toContain('uncommitted changes');
    repo.git('checkout', '--', 'README.md');
    const older = release(repo, '--version', '0.9.0');
    expect(older.status).toBe(1);
    expect(older.stderr).toContain('not after the last release, v1.0.1');
    expect(commitOf(repo, 'HEAD')).toBe(head);
  });
});

describe('check-pins', () => {
  let repo: TempRepo;

  beforeAll(() => {
    repo = cloneWorkingTree();
    const cut = release(repo);
    if (cut.status !== 0) throw new Error(cut.stderr);
  });

  const check = () => runScript(repo.dir, 'scripts/check-pins.mjs');
  const edit = (path: string, change: (text: string) => string) => writeFileSync(join(repo.dir, path), change(readFileSync(join(repo.dir, path), 'utf8')));
  const restore = () => repo.git('checkout', '--', '.');

  it('fails on a placeholder SHA left in a template, naming the file and line', () => {
    edit(TEMPLATES[0]!, (t) => t.replace(/@[0-9a-f]{40} #/, `@${'0'.repeat(40)} #`));
    const run = check();
    restore();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/action-templates\/workflow-templates\/agent-guards\.yml:\d+: '0{40}' is a placeholder/);
  });

  it('fails when one version comment disagrees with the others', () => {
    edit('actions/guards/README.md', (t) => t.replace(/ # v0\.1\.0/, ' # v0.1.1'));
    const run = check();
    restore();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the pins disagree');
    expect(run.stderr).toMatch(/# v0\.1\.1 \(actions\/guards\/README\.md:\d+\)/);
  });

  it('fails when every pin names a commit this repository does not have', () => {
    const fake = 'feedface'.repeat(5);
    for (const path of repo.git('grep', '-l', 'your-org/agent-guards/', '--', 'README.md', 'action-templates', 'actions/*/README.md', '.github/workflows').split('\n')) {
      edit(path, (t) => t.replace(/(your-org\/agent-guards\/\S+@)[0-9a-f]{40}/g, `$1${fake}`));
    }
    const run = check();
    restore();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`the pins name ${fake}, but v0.1.0 pins`);
  });

  it('fails when the pins name a version the CLI package does not carry', () => {
    edit('packages/cli/package.json', (t) => t.replace('"version": "0.1.0"', '"version": "0.1.1"'));
    const run = check();
    restore();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the pins name v0.1.0, but packages/cli/package.json says 0.1.1');
  });

  it('fails a release tag whose pinned commit runs other action code than the tag ships', () => {
    repo.git('checkout', '-q', '-b', 'tampered', 'v0.1.0');
    edit('actions/manifest-scope/action.yml', (t) => `${t}# changed after the pin\n`);
    repo.git('commit', '-qam', 'fix: a change the pins do not run');
    repo.git('tag', 'v0.1.1');
    const run = runScript(repo.dir, 'scripts/check-pins.mjs', ['--release', 'v0.1.1']);
    repo.git('checkout', '-q', 'main');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('v0.1.1: its files name v0.1.0, not v0.1.1.');
    // The same tree stamped for v0.1.1 still pins code the tag does not ship.
    repo.git('checkout', '-q', 'tampered');
    for (const path of repo.git('grep', '-l', '-e', '# v0.1.0', '-e', '/v0.1.0/schemas/', '--', 'README.md', 'action-templates', 'actions/*/README.md', '.github/workflows').split('\n')) {
      edit(path, (t) => t.replaceAll('# v0.1.0', '# v0.1.1').replaceAll('/v0.1.0/schemas/', '/v0.1.1/schemas/'));
    }
    repo.git('commit', '-qam', 'chore: stamp by hand');
    repo.git('tag', '-f', 'v0.1.1');
    const stamped = runScript(repo.dir, 'scripts/check-pins.mjs', ['--release', 'v0.1.1']);
    repo.git('checkout', '-q', 'main');
    expect(stamped.status).toBe(1);
    expect(stamped.stderr).toContain('actions/manifest-scope/action.yml of the pinned');
    expect(stamped.stderr).toContain('users would run other code than the release ships');
  });

  it('fails before the first release, saying how to cut it and naming every placeholder', () => {
    // A repository before its first release: no tag, and templates that pin nothing real.
    const unreleased = cloneWorkingTree();
    for (const tag of unreleased.git('tag', '--list').split('\n').filter(Boolean)) unreleased.git('tag', '--delete', tag);
    const template = join(unreleased.dir, TEMPLATES[0]!);
    writeFileSync(template, readFileSync(template, 'utf8').replace(/(your-org\/agent-guards\/\S+@)[0-9a-f]{40}/g, `$1${'0'.repeat(40)}`));
    const run = runScript(unreleased.dir, 'scripts/check-pins.mjs');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('this branch contains no release yet');
    expect(run.stderr).toMatch(/action-templates\/workflow-templates\/agent-guards\.yml:\d+: '0{40}' is a placeholder/);
  });

  it('fails closed on a shallow clone, which cannot see the pinned commit', () => {
    const shallow = join(mkdtempSync(join(tmpdir(), 'shallow-')), 'agent-guards');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo.dir}`, shallow], { stdio: 'ignore' });
    const run = runScript(shallow, 'scripts/check-pins.mjs');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('shallow clone');
  });
});

describe('pack-cli on a clone', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = cloneWorkingTree();
  });

  it('refuses to pack templates of another release than the package’s version, naming the pin', () => {
    writeFileSync(join(repo.dir, 'packages/cli/package.json'), readFileSync(join(repo.dir, 'packages/cli/package.json'), 'utf8').replace(/"version": "[^"]+"/, '"version": "9.9.9"'));
    const run = runScript(repo.dir, 'scripts/pack-cli.mjs', ['--out', mkdtempSync(join(tmpdir(), 'pack-'))]);
    repo.git('checkout', '--', '.');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/action-templates\/\S+:\d+ pins v\S+, but packages\/cli\/package\.json says 9\.9\.9/);
  });

  it('refuses an unbuilt workspace, saying how to build it', () => {
    // The package's version that the templates' pins name (this checkout's), so only the build is missing.
    const version = (JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string }).version;
    writeFileSync(join(repo.dir, 'packages/cli/package.json'), readFileSync(join(repo.dir, 'packages/cli/package.json'), 'utf8').replace(/"version": "[^"]+"/, `"version": "${version}"`));
    const run = runScript(repo.dir, 'scripts/pack-cli.mjs', ['--out', mkdtempSync(join(tmpdir(), 'pack-'))]);
    repo.git('checkout', '--', '.');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the workspace is not built');
    expect(run.stderr).toContain('run npm run build first');
  });
});

describe('a release, packed', () => {
  it('packs the CLI with the version the release set and the templates it stamped, and --version prints it', () => {
    const repo = cloneWorkingTree();
    const cut = release(repo, '--version', '0.4.2');
    expect(cut.status, cut.stderr).toBe(0);
    // The clone gets this checkout's build and third-party packages; its workspace packages resolve to its own.
    const modules = join(repo.dir, 'node_modules');
    mkdirSync(join(modules, '@agent-guards'), { recursive: true });
    for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
      if (entry !== '@agent-guards' && entry !== '.bin') symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
    }
    for (const name of readdirSync(join(ROOT, 'packages'))) {
      // lib/, and the CLI's bundle in packages/cli/dist/.
      for (const built of ['lib', 'dist']) {
        if (existsSync(join(ROOT, 'packages', name, built))) cpSync(join(ROOT, 'packages', name, built), join(repo.dir, 'packages', name, built), { recursive: true });
      }
      symlinkSync(join(repo.dir, 'packages', name), join(modules, '@agent-guards', name));
    }
    const out = mkdtempSync(join(tmpdir(), 'packed-release-'));
    const pack = runScript(repo.dir, 'scripts/pack-cli.mjs', ['--out', out]);
    expect(pack.status, pack.stderr).toBe(0);
    expect(pack.stdout.trim()).toBe(join(out, 'agent-guards-cli-0.4.2.tgz'));
    const unpacked = mkdtempSync(join(tmpdir(), 'unpacked-'));
    execFileSync('tar', ['-xzf', pack.stdout.trim(), '-C', unpacked]);
    const pkg = join(unpacked, 'package');
    expect(JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version).toBe('0.4.2');
    const pinned = commitOf(repo, 'v0.4.2~1');
    const shipped = readFileSync(join(pkg, 'action-templates/workflow-templates/agent-guards.yml'), 'utf8');
    expect([...shipped.matchAll(OUR_PIN)].map((m) => `${m[1]} # ${m[2]}`)).toEqual([`${pinned} # v0.4.2`]);
    expect(execFileSync(process.execPath, [join(pkg, 'bin', 'agent-guards.js'), '--version'], { encoding: 'utf8' }).trim()).toBe('0.4.2');
  });
});
