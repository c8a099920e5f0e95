import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { ConfigurationError } from '@agent-guards/action-kit';
import { AgentsPolicySchema } from '@agent-guards/config';
import { parse as parseYaml } from 'yaml';
import { checkConfigFiles } from './config-checks.js';
import { planWrites, writeAllOrNothing, type WriteAction } from './file-writes.js';
import { surveyRepository, type RepoSurvey } from './repo-survey.js';
import { starterFiles, templatePin } from './starter-files.js';
import type { TemplateFiles } from './template-files.js';
import { detectToolchain, type Toolchain } from './test-commands.js';
import { isPlaceholderSha } from './workflow-pins.js';

export interface InitOptions {
  /** The service repository's checkout (any folder inside it). */
  dir: string;
  templates: TemplateFiles;
  dryRun: boolean;
  force: boolean;
  /** The organisation's copy of agent-guards (`owner/name`), when not the one the templates name. */
  repository?: string;
  /** The logins the service's agents open PRs as (`<app-slug>[bot]`). */
  agentLogins?: readonly string[];
}

export interface InitFile {
  path: string;
  action: WriteAction;
  summary: string;
  bytes: number;
}

export interface InitResult {
  survey: Omit<RepoSurvey, 'files' | 'dependencyFiles' | 'forbiddenFiles'> & { files: number };
  toolchain: Toolchain;
  files: InitFile[];
  /** Things the user must still do, or know. */
  warnings: string[];
  written: boolean;
}

/** The revision init is about to produce: its own files, and the existing files it keeps. */
function plannedSource(dir: string, planned: Map<string, string>, survey: RepoSurvey) {
  const onDisk = (path: string): string | undefined => {
    try {
      return readFileSync(join(dir, path), 'utf8');
    } catch {
      return undefined;
    }
  };
  return {
    where: 'the files init writes',
    ref: 'working tree',
    read: async (path: string) => planned.get(path) ?? onDisk(path),
    list: async (folder: string) => {
      const prefix = `${folder.replace(/\/+$/, '')}/`;
      let present: string[] = [];
      try {
        present = readdirSync(join(dir, folder)).map((name) => posix.join(folder, name));
      } catch {
        // no such folder yet
      }
      return [...new Set([...survey.files.filter((f) => f.startsWith(prefix)), ...present, ...[...planned.keys()].filter((p) => p.startsWith(prefix))])].sort();
    },
  };
}

/**
 * Sets a service repository up for agent-guards: surveys it, drafts every
 * starter file, checks that the result loads with the guards' own loaders,
 * then writes what is missing (what exists only with `force`), all or nothing.
 */
export async function initRepository(options: InitOptions): Promise<InitResult> {
  const agentLogins = options.agentLogins ?? [];
  const logins = AgentsPolicySchema.safeParse({ logins: agentLogins });
  if (!logins.success) {
    throw new ConfigurationError(`${logins.error.issues[0]?.message ?? 'not a login'}: ${agentLogins.join(', ')}.`, {
      field: '--agent-login',
      fix: "give the login your agent's PRs are authored by, e.g. --agent-login octo-agent[bot].",
    });
  }
  const survey = await surveyRepository(options.dir);
  const toolchain = detectToolchain(survey);
  const drafts = starterFiles(survey, toolchain, options.templates, { agentLogins, ...(options.repository ? { repository: options.repository } : {}) });
  const plan = planWrites(survey.dir, drafts, options.force);

  const planned = new Map(plan.filter((w) => w.action !== 'keep').map((w) => [w.path, w.text]));
  const check = await checkConfigFiles(plannedSource(survey.dir, planned, survey));
  const broken = check.items.filter((i) => i.status === 'fail' && i.file !== undefined && planned.has(i.file));
  for (const w of plan.filter((p) => p.action !== 'keep')) {
    if (w.path.endsWith('.json')) JSON.parse(w.text);
    else if (w.path.endsWith('.yml')) parseYaml(w.text);
  }
  if (broken.length > 0) {
    const first = broken[0]!;
    throw new ConfigurationError(`a file init would write does not fit the files the repository keeps: ${first.detail ?? first.title}`, {
      file: first.file!,
      fix: 'pass --force to replace the kept files as well, or adjust the kept file; nothing was written.',
    });
  }

  const warnings: string[] = [];
  const pin = templatePin(options.templates);
  if (isPlaceholderSha(pin.ref)) {
    warnings.push(
      `the templates of this agent-guards build pin ${pin.repository}@${pin.ref} (${pin.comment ?? 'no version'}), a placeholder: install a released agent-guards CLI, whose templates carry the release's commit, and run init --force again.`,
    );
  }
  if (agentLogins.length === 0) warnings.push("no --agent-login: until the policy names the agents (agents.logins), every guard judges every PR, human PRs included.");
  if (!toolchain.testCommand) warnings.push('no test command found: set runner.test_command in .github/agent-guards.yml before the agent works a ticket.');
  for (const i of check.items.filter((c) => c.status === 'fail' && !broken.includes(c))) warnings.push(`${i.title}: ${i.detail ?? 'does not load'}${i.fix ? ` Fix: ${i.fix}` : ''}`);

  if (!options.dryRun) writeAllOrNothing(survey.dir, plan);
  const summaries = new Map(drafts.map((d) => [d.path, d.summary]));
  const { files, dependencyFiles: _dependencyFiles, forbiddenFiles: _forbiddenFiles, ...facts } = survey;
  return {
    survey: { ...facts, files: files.length },
    toolchain,
    files: plan.map((w) => ({ path: w.path, action: w.action, summary: summaries.get(w.path) ?? '', bytes: Buffer.byteLength(w.text) })),
    warnings,
    written: !options.dryRun,
  };
}
