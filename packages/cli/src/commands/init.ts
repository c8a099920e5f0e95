import { resolve } from 'node:path';
import { parseRepoRef, formatRepoRef } from '@agent-guards/github';
import { list, str, type CliIo, type CommandImplementation, type OptionValues } from '../command.js';
import { initRepository, type InitResult } from '../setup/init-repository.js';
import { runningTemplateFiles, type TemplateFiles } from '../setup/template-files.js';

const VERB = { create: 'create ', replace: 'replace', keep: 'keep   ' } as const;

function renderInit(result: InitResult, dryRun: boolean): string {
  const s = result.survey;
  const t = result.toolchain;
  const lines = [
    `repository: ${s.dir} (default branch ${s.defaultBranch}, ${s.files} files)`,
    `languages:  ${s.languages.join(', ') || 'none found'}`,
    `tests:      ${t.testCommand?.join(' ') ?? 'none found'}${t.frameworks.length > 0 ? ` (${t.frameworks.join(', ')})` : ''}`,
    `lint:       ${t.lintCommand?.join(' ') ?? 'none found'}`,
    `lockfiles:  ${s.lockfiles.join(', ') || 'none'}`,
    `forbidden categories with files here:`,
    ...(s.forbidden.length > 0 ? s.forbidden.map((f) => `  ${f.category}: ${f.files} file(s), e.g. ${f.examples.join(', ')}`) : ['  none']),
    '',
    dryRun ? 'would write (--dry-run: nothing written):' : 'wrote:',
    ...result.files.map((f) => `  ${VERB[f.action]} ${f.path}  — ${f.action === 'keep' ? 'exists; --force replaces it' : f.summary}`),
  ];
  if (result.warnings.length > 0) lines.push('', ...result.warnings.map((w) => `! ${w}`));
  if (!dryRun) {
    lines.push(
      '',
      'next: review the files, commit them to the default branch, import the ruleset',
      '      (gh api -X POST repos/OWNER/NAME/rulesets --input .github/rulesets/agent-guards-branch-ruleset.json),',
      '      then run `agent-guards doctor`.',
    );
  }
  return lines.join('\n');
}

/** Runs init with explicit templates (the running CLI's, or a release's copy). */
export async function runInit(values: OptionValues, io: Pick<CliIo, 'stdout' | 'cwd'>, templates: TemplateFiles): Promise<number> {
  const repository = str(values, 'agent-guards-repo');
  const dryRun = values['dry-run'] === true;
  const result = await initRepository({
    dir: resolve(io.cwd, str(values, 'repo') ?? '.'),
    templates,
    dryRun,
    force: values.force === true,
    agentLogins: list(values, 'agent-login'),
    ...(repository ? { repository: formatRepoRef(parseRepoRef(repository, '--agent-guards-repo')) } : {}),
  });
  io.stdout(values.json === true ? JSON.stringify(result, null, 2) : renderInit(result, dryRun));
  return 0;
}

/**
 * Sets a service repository up for agent-guards: detects its languages, test
 * and lint commands, lockfiles and forbidden categories, and writes the
 * policy, tool manifest, ticket template, spec and spec map, caller workflows
 * pinned to this version and the branch ruleset.
 */
export const initCommand: CommandImplementation = {
  run: (values, io) => runInit(values, io, runningTemplateFiles()),
};
