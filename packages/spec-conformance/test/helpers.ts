import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PolicySchema, type Policy } from '@agent-guards/config';
import type { TempRepo } from '@agent-guards/testkit';

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
