import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PolicySchema, type Policy } from '@agent-guards/config';
import { TempRepo } from '@agent-guards/testkit';

const examples = (name: string) => fileURLToPath(new URL(`../../../action-templates/examples/${name}`, import.meta.url));

/** The seed spec as markdown: the main fixture. */
export const SPEC_MARKDOWN = readFileSync(examples('agent-spec.md'), 'utf8');
export const SPEC_MAP_YAML = readFileSync(examples('agent-spec-map.yml'), 'utf8');

export const SPEC_PATH = 'docs/agent-spec.md';
export const MAP_PATH = 'docs/agent-spec-map.yml';

export function policy(spec: Record<string, unknown> = {}, commits: Record<string, unknown> = {}): Policy {
  return PolicySchema.parse({ version: 1, spec: { path: SPEC_PATH, ...spec }, commits });
}

export interface ChainCommit {
  message: string;
  files?: Record<string, string>;
  deletes?: string[];
}

/**
 * Appends many commits to `branch` (starting from `parent`) in one
 * `git fast-import` run: a 300-commit PR in well under a second.
 */
export function commitChain(repo: TempRepo, branch: string, parent: string, commits: readonly ChainCommit[]): string {
  const chunks: string[] = [];
  commits.forEach((c, i) => {
    chunks.push(`commit refs/heads/${branch}\ncommitter Agent <agent@example.com> ${1_800_000_000 + i} +0000\ndata ${Buffer.byteLength(c.message)}\n${c.message}\n`);
    if (i === 0) chunks.push(`from ${parent}\n`);
    for (const path of c.deletes ?? []) chunks.push(`D ${path}\n`);
    for (const [path, content] of Object.entries(c.files ?? {})) chunks.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
    chunks.push('\n');
  });
  const res = spawnSync('git', ['-C', repo.dir, 'fast-import', '--quiet'], { input: chunks.join(''), maxBuffer: 1 << 30 });
  if (res.status !== 0) throw new Error(`fast-import failed: ${res.stderr.toString()}`);
  return repo.git('rev-parse', `refs/heads/${branch}`);
}

const pkg = (vitest: string) => `${JSON.stringify({ name: 'svc', dependencies: { express: '^4.21.0' }, devDependencies: { vitest: `^${vitest}` } }, null, 2)}\n`;
const lock = (vitest: string) =>
  `${JSON.stringify(
    {
      name: 'svc',
      lockfileVersion: 3,
      packages: {
        '': { name: 'svc', dependencies: { express: '^4.21.0' }, devDependencies: { vitest: `^${vitest}` } },
        'node_modules/express': { version: '4.21.0' },
        'node_modules/vitest': { version: vitest, dev: true },
      },
    },
    null,
    2,
  )}\n`;

/** A service repository whose base commit carries the spec (and, optionally, its map). The caller cleans it up. */
export function serviceRepo(options: { map?: boolean } = {}): { repo: TempRepo; base: string } {
  const repo = new TempRepo();
  repo.write({
    [SPEC_PATH]: SPEC_MARKDOWN,
    ...(options.map === false ? {} : { [MAP_PATH]: SPEC_MAP_YAML }),
    'package.json': pkg('4.1.11'),
    'package-lock.json': lock('4.1.11'),
    'src/app.ts': 'export const port = 8080;\n',
  });
  return { repo, base: repo.commit('chore: initial service') };
}

/** A dev-dependency bump: what §3 clause 9 of the seed spec authorises, per the seed map. */
export const BUMP: ChainCommit = { message: 'build(deps-dev): bump vitest to 4.1.12', files: { 'package.json': pkg('4.1.12'), 'package-lock.json': lock('4.1.12') } };
