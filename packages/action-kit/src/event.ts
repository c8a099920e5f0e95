import { readFileSync } from 'node:fs';
import { ConfigurationError } from './errors.js';

/** The parts of a pull_request event the guards use. */
export interface PullRequestEvent {
  /** The webhook action: opened, synchronize, edited, closed… */
  action: string;
  number: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
  headRef: string;
  body: string;
  title: string;
  author: string;
  commits?: number;
  repository: string;
  merged: boolean;
  closedAt?: string;
  labels: string[];
}

/** The fields of a webhook `pull_request` object that are read here. */
interface PullRequestPayload {
  number?: number;
  merged?: boolean;
  closed_at?: string | null;
  labels?: { name?: string }[];
  title?: string;
  body?: string | null;
  commits?: number;
  base?: { sha?: string; ref?: string };
  head?: { sha?: string; ref?: string };
  user?: { login?: string };
}

/** Reads the pull request from $GITHUB_EVENT_PATH; undefined for other events. */
export function readPullRequestEvent(env: NodeJS.ProcessEnv = process.env): PullRequestEvent | undefined {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigurationError(`cannot read the event payload: ${(error as Error).message}.`, {
      file: path,
      fix: 'run the action in a GitHub Actions job, or pass the base and head inputs explicitly.',
    });
  }
  const pr = payload.pull_request as PullRequestPayload | undefined;
  if (!pr) return undefined;
  return {
    action: typeof payload.action === 'string' ? payload.action : '',
    number: Number(pr.number),
    baseSha: String(pr.base?.sha ?? ''),
    headSha: String(pr.head?.sha ?? ''),
    baseRef: String(pr.base?.ref ?? ''),
    headRef: String(pr.head?.ref ?? ''),
    body: typeof pr.body === 'string' ? pr.body : '',
    title: String(pr.title ?? ''),
    author: String(pr.user?.login ?? ''),
    ...(typeof pr.commits === 'number' ? { commits: pr.commits } : {}),
    repository: String((payload.repository as { full_name?: string } | undefined)?.full_name ?? env.GITHUB_REPOSITORY ?? ''),
    merged: pr.merged === true,
    ...(pr.closed_at ? { closedAt: pr.closed_at } : {}),
    labels: (pr.labels ?? []).map((l) => l.name ?? '').filter(Boolean),
  };
}

/** Base and head for a guard: explicit inputs win, else the pull_request event. */
export function resolveRevisions(
  inputs: { base?: string; head?: string },
  event: PullRequestEvent | undefined,
): { base: string; head: string; event?: PullRequestEvent } {
  const base = inputs.base ?? event?.baseSha;
  const head = inputs.head ?? event?.headSha;
  if (!base || !head) {
    throw new ConfigurationError('no base/head commits to compare.', {
      field: !base ? 'base' : 'head',
      fix: "run on a 'pull_request' event, or set the 'base' and 'head' inputs to commit SHAs.",
    });
  }
  return { base, head, ...(event ? { event } : {}) };
}
