import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface WebhookDoc {
  name: string;
  examples: Record<string, any>[];
}

const docs = require('@octokit/webhooks-examples') as WebhookDoc[];

/** A real example payload from @octokit/webhooks-examples (deep-copied), by event and action. */
export function examplePayload(event: string, action?: string): Record<string, any> {
  const doc = docs.find((d) => d.name === event);
  const example = doc?.examples.find((e) => action === undefined || e.action === action);
  if (!example) throw new Error(`no @octokit/webhooks-examples payload for ${event}.${action ?? '*'}`);
  return structuredClone(example);
}

export interface PullRequestRewrite {
  baseSha: string;
  headSha: string;
  baseRef?: string;
  headRef?: string;
  number?: number;
  body?: string;
  title?: string;
  commits?: number;
  repository?: string;
  author?: string;
}

/** A real pull_request payload rewritten to point at a temp repo's commits. */
export function pullRequestPayload(action: 'opened' | 'synchronize' | 'reopened' | 'edited', rw: PullRequestRewrite): Record<string, any> {
  const payload = examplePayload('pull_request', action === 'edited' ? undefined : action);
  payload.action = action;
  const pr = payload.pull_request;
  pr.base.sha = rw.baseSha;
  pr.head.sha = rw.headSha;
  if (rw.baseRef) pr.base.ref = rw.baseRef;
  if (rw.headRef) pr.head.ref = rw.headRef;
  if (rw.number !== undefined) {
    pr.number = rw.number;
    payload.number = rw.number;
  }
  if (rw.body !== undefined) pr.body = rw.body;
  if (rw.title !== undefined) pr.title = rw.title;
  if (rw.commits !== undefined) pr.commits = rw.commits;
  if (rw.author) pr.user.login = rw.author;
  if (rw.repository) {
    const [owner, name] = rw.repository.split('/') as [string, string];
    payload.repository.full_name = rw.repository;
    payload.repository.name = name;
    payload.repository.owner.login = owner;
  }
  return payload;
}
