import { readFileSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference';
import { ROOT } from './shipped-files.js';

// @actions/workflow-parser imports its own JSON schemas without `with { type: 'json' }`, which Node refuses
// when it loads the package natively (vitest hands node_modules to Node). This loader hook adds the
// attribute to that package's JSON files and nothing else.
const hook = `export async function load(url, context, nextLoad) {
  if (url.endsWith('.json') && url.includes('/node_modules/@actions/workflow-parser/')) {
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return nextLoad(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

const parser = await import('@actions/workflow-parser');
const actions = await import('@actions/workflow-parser/actions/index');

/** Where a called workflow lives in this checkout: `./.github/workflows/x.yml` or `<owner>/agent-guards/.github/workflows/x.yml@sha`. */
function localWorkflow(ref: FileReference): string {
  if ('repository' in ref && ref.repository !== 'agent-guards') throw new Error(`not one of our workflows: ${JSON.stringify(ref)}`);
  if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(ref.path.replace(/^\.\//, ''))) throw new Error(`not a workflow path: ${ref.path}`);
  return join(ROOT, ref.path.replace(/^\.\//, ''));
}

/**
 * GitHub's own parser over a workflow: schema errors, expression errors, and — for calls of our reusable
 * workflows — inputs and secrets checked against the called workflow (read from this checkout).
 */
export async function workflowErrors(name: string, content: string): Promise<string[]> {
  const trace = new parser.NoOperationTraceWriter();
  const parsed = parser.parseWorkflow({ name, content }, trace);
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !parsed.value) return errors;
  const template = await parser.convertWorkflowTemplate(
    parsed.context,
    parsed.value,
    { getFileContent: async (ref) => ({ name: ref.path, content: readFileSync(localWorkflow(ref), 'utf8') }) },
    { fetchReusableWorkflowDepth: 1 },
  );
  return (template.errors ?? []).map((e) => e.Message);
}

/** GitHub's own parser over an action.yml. */
export function actionErrors(name: string, content: string): string[] {
  const parsed = actions.parseAction({ name, content }, new parser.NoOperationTraceWriter());
  return parsed.context.errors.getErrors().map((e) => e.message);
}
