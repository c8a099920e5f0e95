import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAuditFile, type AuditFile } from './workflow-model.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURES = join(import.meta.dirname, 'fixtures');

/** The reusable and CI workflows (GitHub runs them only from here, no sub-folders). */
export const WORKFLOWS_DIR = '.github/workflows';
/** The starter workflows a service organisation copies. */
export const TEMPLATES_DIR = 'action-templates/workflow-templates';

function yamlFilesIn(dir: string): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => `${dir}/${f}`);
}

/** Repo-relative paths of every workflow file we ship: this repository's and the starter templates. */
export function shippedWorkflowPaths(): string[] {
  return [...yamlFilesIn(WORKFLOWS_DIR), ...yamlFilesIn(TEMPLATES_DIR)];
}

/** Repo-relative paths of every actions/<name>/action.yml. */
export function shippedActionPaths(): string[] {
  return readdirSync(join(ROOT, 'actions'))
    .filter((name) => existsSync(join(ROOT, 'actions', name, 'action.yml')))
    .sort()
    .map((name) => `actions/${name}/action.yml`);
}

/** Every workflow, template and action.yml we ship, parsed. */
export function shippedFiles(): AuditFile[] {
  return [...shippedWorkflowPaths(), ...shippedActionPaths()].map((p) => loadAuditFile(join(ROOT, p), p));
}

/** A fixture under test/audit/fixtures, parsed. */
export function fixture(name: string): AuditFile {
  return loadAuditFile(join(FIXTURES, name), `fixtures/${name}`);
}
