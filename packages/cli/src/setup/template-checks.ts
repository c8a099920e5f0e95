import type { CheckItem } from './checklist.js';
import { renderCallerWorkflow, templatePin, workflowPath } from './starter-files.js';
import { CALLER_WORKFLOWS, type TemplateFiles } from './template-files.js';
import { workflowPins } from './workflow-pins.js';

/**
 * Each caller workflow against the template of the running agent-guards
 * version, as init would write it for this repository (the organisation's
 * copy of agent-guards and the default branch taken from what the repository
 * has): missing or pinned to another release fails; other edits are shown.
 */
export function checkTemplatesCurrent(
  read: (path: string) => string | undefined,
  templates: TemplateFiles,
  options: { defaultBranch: string; where: string },
): CheckItem[] {
  const expectedPin = templatePin(templates);
  return CALLER_WORKFLOWS.map((name): CheckItem => {
    const path = workflowPath(name);
    const title = `${path} at ${options.where} matches the agent-guards ${templates.version} template`;
    const actual = read(path);
    if (actual === undefined) {
      return { id: 'template-current', title, file: path, status: 'fail', detail: 'the workflow is missing.', fix: 'run `agent-guards init` (it writes only what is missing) and commit the workflow.' };
    }
    const template = templates.workflow(name);
    const templatePins = workflowPins(template).filter((p) => p.repository === expectedPin.repository);
    const actualPins = workflowPins(actual);
    // The repository may call its organisation's copy of agent-guards: find it where the template calls agent-guards.
    const repository = templatePins.map((t) => actualPins.find((a) => a.path === t.path)?.repository).find((r) => r !== undefined) ?? expectedPin.repository;
    const stale = templatePins.flatMap((t) => {
      const a = actualPins.find((p) => p.path === t.path);
      return a && a.ref !== t.ref ? [`${t.path}@${a.ref.slice(0, 12)}${a.comment ? ` (${a.comment})` : ''}, the template @${t.ref.slice(0, 12)}${t.comment ? ` (${t.comment})` : ''}`] : [];
    });
    if (stale.length > 0) {
      return { id: 'template-current', title, file: path, status: 'fail', detail: `pinned to another release: ${stale.join('; ')}.`, fix: `run \`agent-guards init --force\` with the version you adopt, or move every agent-guards pin of ${path} to one release.` };
    }
    const expected = renderCallerWorkflow(templates, name, { defaultBranch: options.defaultBranch, repository });
    if (expected === actual) return { id: 'template-current', title, file: path, status: 'pass' };
    const a = actual.split('\n');
    const e = expected.split('\n');
    let line = 0;
    while (line < Math.max(a.length, e.length) && a[line] === e[line]) line += 1;
    return {
      id: 'template-current',
      title,
      file: path,
      status: 'warn',
      detail: `same pins, but it differs from the template from line ${line + 1}: ${JSON.stringify((a[line] ?? '(end of file)').trim())}, the template has ${JSON.stringify((e[line] ?? '(end of file)').trim())}.`,
      fix: 'if the difference is not a deliberate local change, `agent-guards init --force` writes the template again.',
    };
  });
}
