import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findShipped } from '../shipped-files.js';
import { cliVersion } from '../version.js';

/**
 * Where the files a service repository copies (action-templates/) are at run
 * time: shipped in the CLI package, or at the root of the checkout it runs from
 * (findShipped).
 */
export function findTemplatesDir(moduleUrl: string = import.meta.url): string | undefined {
  const root = findShipped('action-templates/workflow-templates', moduleUrl);
  return root === undefined ? undefined : join(root, 'action-templates');
}

/** The caller workflows a service repository runs, by template file name; each is written to .github/workflows/ under the same name. */
export const CALLER_WORKFLOWS = ['agent-guards.yml', 'agent-pipeline.yml', 'agent-guards-protection.yml', 'agent-pr-outcome.yml'] as const;
export type CallerWorkflow = (typeof CALLER_WORKFLOWS)[number];

export const RULESET_TEMPLATE = 'rulesets/agent-guards-branch-ruleset.json';

/** The template files of one agent-guards version. */
export interface TemplateFiles {
  /** The action-templates directory they are read from. */
  dir: string;
  /** The version of the CLI that carries them. */
  version: string;
  read(relativePath: string): string;
  workflow(name: CallerWorkflow): string;
}

/** A template directory at a known place (a release's copy, or the one this CLI ships). */
export function templateFilesAt(dir: string, version: string): TemplateFiles {
  const read = (relativePath: string): string => {
    const path = join(dir, relativePath);
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      throw new Error(`the agent-guards template ${relativePath} cannot be read from ${dir}: ${(error as Error).message}. The CLI installation is incomplete; reinstall it.`);
    }
  };
  return { dir, version, read, workflow: (name) => read(`workflow-templates/${name}`) };
}

/** The templates of the running CLI: shipped in its package, or at the root of the checkout it runs from. */
export function runningTemplateFiles(): TemplateFiles {
  const dir = findTemplatesDir();
  if (!dir) throw new Error(`the agent-guards templates (action-templates/) are in no folder above ${fileURLToPath(import.meta.url)}: the CLI installation is incomplete; reinstall it.`);
  return templateFilesAt(dir, cliVersion());
}

/**
 * The Node versions the running agent-guards supports: `engines.node` of the
 * package.json beside its templates (the CLI package's, or the checkout's).
 */
export function supportedNodeVersions(templatesDir: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(dirname(templatesDir), 'package.json'), 'utf8')) as { engines?: { node?: unknown } };
    return typeof manifest.engines?.node === 'string' ? manifest.engines.node : undefined;
  } catch {
    return undefined;
  }
}
