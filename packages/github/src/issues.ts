import { NO_RETRY, PER_PAGE, type Api } from './api.js';
import { hiddenMarker, markedBody } from './bodies.js';
import { createOnce } from './create-once.js';
import { addLabels, ensureLabels } from './labels.js';
import type { RepoRef } from './repo-ref.js';

export interface IssueUpsert {
  /** Identifies the issue across runs; written as a hidden comment at the top of the body. */
  marker: string;
  title: string;
  body: string;
  labels: string[];
}

interface IssueRef {
  number: number;
  title: string;
  body: string;
  labels: string[];
}

/** The open issue (not pull request) carrying the first label whose body starts with the marker. */
async function findMarkedIssue(api: Api, repo: RepoRef, hidden: string, labels: string[]): Promise<IssueRef | undefined> {
  const issues = await api.octokit.paginate(api.octokit.rest.issues.listForRepo, {
    ...repo,
    state: 'open',
    ...(labels[0] !== undefined ? { labels: labels[0] } : {}),
    per_page: PER_PAGE,
  });
  const found = issues.filter((i) => !i.pull_request && (i.body ?? '').startsWith(hidden)).sort((a, b) => a.number - b.number)[0];
  if (!found) return undefined;
  return {
    number: found.number,
    title: found.title,
    body: found.body ?? '',
    labels: found.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
  };
}

/** One open issue per marker: updated when it exists, opened (at most once) when it does not. */
export async function upsertIssue(api: Api, repo: RepoRef, issue: IssueUpsert): Promise<{ number: number; created: boolean }> {
  const hidden = hiddenMarker(issue.marker);
  const body = markedBody(hidden, issue.body);
  const existing = await findMarkedIssue(api, repo, hidden, issue.labels);
  if (existing) {
    if (existing.title !== issue.title || existing.body !== body) {
      await api.octokit.rest.issues.update({ ...repo, issue_number: existing.number, title: issue.title, body });
    }
    const carried = new Set(existing.labels.map((l) => l.toLowerCase()));
    const missing = issue.labels.filter((l) => !carried.has(l.toLowerCase()));
    if (missing.length > 0) await addLabels(api, repo, existing.number, missing);
    return { number: existing.number, created: false };
  }
  await ensureLabels(api, repo, issue.labels);
  const created = await createOnce({
    what: `the issue '${issue.title}'`,
    find: () => findMarkedIssue(api, repo, hidden, issue.labels),
    create: async () => {
      const { data } = await api.octokit.rest.issues.create({ ...repo, title: issue.title, body, labels: issue.labels, request: NO_RETRY });
      return { number: data.number, title: data.title, body: data.body ?? '', labels: issue.labels };
    },
    retries: api.retries,
    backoffMs: api.retryBaseMs,
    logger: api.logger,
  });
  return { number: created.number, created: true };
}
