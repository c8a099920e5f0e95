import { NO_RETRY, PER_PAGE, type Api } from './api.js';
import { hiddenMarker, markedBody } from './bodies.js';
import { createOnce } from './create-once.js';
import type { RepoRef } from './repo-ref.js';

interface CommentRef {
  id: number;
  body: string;
}

/** The first comment on the issue or pull request that starts with the hidden marker, across all pages. */
async function findMarkedComment(api: Api, repo: RepoRef, issueNumber: number, hidden: string): Promise<CommentRef | undefined> {
  const comments = await api.octokit.paginate(api.octokit.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: PER_PAGE });
  // Starts-with, not contains: a reply quoting our comment carries the marker too, after a `>`.
  const marked = comments.filter((c) => (c.body ?? '').startsWith(hidden));
  if (marked.length > 1) api.logger.warning(`#${issueNumber} has ${marked.length} comments marked ${hidden}; updating the oldest.`);
  const first = marked[0];
  return first ? { id: first.id, body: first.body ?? '' } : undefined;
}

async function createComment(api: Api, repo: RepoRef, issueNumber: number, hidden: string, text: string): Promise<number> {
  const comment = await createOnce({
    what: `a comment on #${issueNumber}`,
    find: () => findMarkedComment(api, repo, issueNumber, hidden),
    create: async () => {
      const { data } = await api.octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: text, request: NO_RETRY });
      return { id: data.id, body: data.body ?? '' };
    },
    retries: api.retries,
    backoffMs: api.retryBaseMs,
    logger: api.logger,
  });
  return comment.id;
}

/** One comment per marker: a re-run edits it in place, never posts a second. */
export async function upsertStickyComment(
  api: Api,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
  body: string,
): Promise<{ id: number; created: boolean }> {
  const hidden = hiddenMarker(marker);
  const text = markedBody(hidden, body);
  const existing = await findMarkedComment(api, repo, issueNumber, hidden);
  if (existing) {
    if (existing.body !== text) await api.octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: text });
    return { id: existing.id, created: false };
  }
  return { id: await createComment(api, repo, issueNumber, hidden, text), created: true };
}

/**
 * Posts a comment. With a marker it is posted once: if a comment with that
 * marker exists it is left as it is. Without one, a fresh marker still keeps a
 * retried request from posting twice.
 */
export async function commentOnIssue(
  api: Api,
  repo: RepoRef,
  issueNumber: number,
  body: string,
  marker?: string,
): Promise<{ id: number; created: boolean }> {
  // node:crypto loads when a comment is posted, not with the action (see randomHex in telemetry).
  const hidden = hiddenMarker(marker ?? `comment:${process.getBuiltinModule('node:crypto').randomUUID()}`);
  if (marker !== undefined) {
    const existing = await findMarkedComment(api, repo, issueNumber, hidden);
    if (existing) return { id: existing.id, created: false };
  }
  return { id: await createComment(api, repo, issueNumber, hidden, markedBody(hidden, body)), created: true };
}
