import * as z from 'zod/mini';
import { parseJsonText, readInputText, validateInput } from './json-file.js';

const timestamp = z.iso.datetime({ offset: true });
const user = z.object({ login: z.string().check(z.minLength(1)) });

/**
 * The fields of a workflow run (REST `GET /repos/{owner}/{repo}/actions/runs`,
 * schema `workflow-run`) that CI time-to-green needs. Not strict: the API
 * object has some sixty fields more.
 */
export const WorkflowRunSchema = z.object({
  id: z.int().check(z.positive()),
  name: z.optional(z.nullable(z.string())),
  event: z.string(),
  status: z.nullable(z.string()),
  conclusion: z.nullable(z.string()),
  head_sha: z.string().check(z.minLength(1)),
  head_branch: z.nullable(z.string()),
  run_attempt: z.optional(z.int().check(z.positive())),
  created_at: timestamp,
  updated_at: timestamp,
  run_started_at: z.optional(timestamp),
  actor: z.optional(z.nullable(user)),
  triggering_actor: z.optional(z.nullable(user)),
  repository: z.optional(z.object({ full_name: z.string().check(z.minLength(1)) })),
  pull_requests: z.optional(
    z.nullable(z.array(z.object({ number: z.int().check(z.positive()), url: z.string(), base: z.optional(z.object({ repo: z.optional(z.object({ name: z.string() })) })) }))),
  ),
});

export type WorkflowRun = z.infer<typeof WorkflowRunSchema>;

const PageSchema = z.object({ total_count: z.int().check(z.nonnegative()), workflow_runs: z.array(WorkflowRunSchema) });

const FIX = 'save the API response as is: one page (`{total_count, workflow_runs}`), every page (`gh api --paginate --slurp "repos/OWNER/NAME/actions/runs?created=>=YYYY-MM-DD"`), or the flat array octokit.paginate returns.';

const isPage = (v: unknown): boolean => typeof v === 'object' && v !== null && 'workflow_runs' in v;

/** Reads one page, an array of pages, or a flat array of runs. */
export async function readWorkflowRuns(file: string): Promise<WorkflowRun[]> {
  const text = await readInputText(file, 'workflow runs', FIX);
  const json = parseJsonText(text, file, 'workflow runs', FIX);
  if (isPage(json)) return validateInput(PageSchema, json, file, 'workflow runs page', FIX).workflow_runs;
  if (Array.isArray(json) && json.length > 0 && json.every(isPage)) return validateInput(z.array(PageSchema), json, file, 'workflow runs pages', FIX).flatMap((p) => p.workflow_runs);
  return validateInput(z.array(WorkflowRunSchema), json, file, 'workflow runs', FIX);
}

/**
 * The same run can appear twice (overlapping pages, an export per attempt):
 * the latest attempt wins, as the API itself reports a re-run.
 */
export function latestAttempts(runs: WorkflowRun[]): WorkflowRun[] {
  const byId = new Map<number, WorkflowRun>();
  for (const run of runs) {
    const seen = byId.get(run.id);
    if (!seen || (run.run_attempt ?? 1) > (seen.run_attempt ?? 1) || ((run.run_attempt ?? 1) === (seen.run_attempt ?? 1) && run.updated_at > seen.updated_at)) byId.set(run.id, run);
  }
  return [...byId.values()];
}

/** owner/name of a PR from its API url (`https://api.github.com/repos/OWNER/NAME/pulls/N`). */
export function repoOfPullUrl(url: string): string | undefined {
  const m = /\/repos\/([^/]+\/[^/]+)\/pulls\/\d+$/.exec(url);
  return m?.[1];
}
