import { describeGitHubError, parseRepoRef, statusOf, type GitHubClient } from '@agent-guards/github';
import type { CheckItem } from './checklist.js';
import { isCommitSha, isPlaceholderSha, workflowPins, type WorkflowPin } from './workflow-pins.js';

/** Whether a commit exists in a repository: true, false, or throws when it could not be told. */
export type CommitLookup = (repository: string, sha: string) => Promise<boolean>;

/**
 * Asks the GitHub API for the commit (GET /repos/{owner}/{repo}/commits/{ref}):
 * 404 and 422 ("No commit found for SHA") mean it does not exist there; any
 * other failure is not an answer.
 */
export function githubCommitLookup(client: GitHubClient): CommitLookup {
  return async (repository, sha) => {
    const { owner, repo } = parseRepoRef(repository, 'uses');
    try {
      await client.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', { owner, repo, ref: sha });
      return true;
    } catch (error) {
      const status = statusOf(error);
      if (status === 404 || status === 422) return false;
      throw new Error(describeGitHubError(error, `reading commit ${sha.slice(0, 12)} of ${repository}`));
    }
  };
}

const describePin = (pin: WorkflowPin): string => `${pin.repository}@${isCommitSha(pin.ref) ? pin.ref.slice(0, 12) : pin.ref}${pin.comment ? ` # ${pin.comment}` : ''}`;

/**
 * Every remote `uses:` of the caller workflows, one item per distinct
 * repository and reference: pinned to a full commit SHA that exists there.
 * Without a way to ask GitHub, an item says it could not check: never a pass.
 */
export async function checkWorkflowPins(workflows: readonly { path: string; text: string }[], lookup: CommitLookup | undefined, where: string): Promise<CheckItem[]> {
  const byTarget = new Map<string, { pin: WorkflowPin; places: string[] }>();
  for (const w of workflows) {
    for (const pin of workflowPins(w.text)) {
      const key = `${pin.repository.toLowerCase()}@${pin.ref}`;
      const entry = byTarget.get(key) ?? { pin, places: [] };
      entry.places.push(`${w.path}:${pin.line}`);
      byTarget.set(key, entry);
    }
  }
  const items: CheckItem[] = [];
  for (const { pin, places } of byTarget.values()) {
    const title = `pin ${describePin(pin)} in the workflows at ${where}`;
    const base = { id: 'workflow-pin', title };
    const used = ` (uses: at ${places.join(', ')})`;
    if (!isCommitSha(pin.ref)) {
      items.push({ ...base, status: 'fail', detail: `'${pin.ref}' is not a commit SHA: a tag or branch can be moved to other code${used}.`, fix: `pin the full 40-character commit SHA of the release, with the version as a comment (uses: ${pin.repository}/…@<sha> # ${pin.ref}).` });
    } else if (isPlaceholderSha(pin.ref)) {
      items.push({ ...base, status: 'fail', detail: `a placeholder of an unreleased template, not a commit: no workflow can run it${used}.`, fix: 'run `agent-guards init --force` from a released agent-guards CLI, or pin the SHA of the release you adopt.' });
    } else if (!lookup) {
      items.push({ ...base, status: 'unknown', detail: `whether the commit exists could not be checked without a token${used}.`, fix: 'set GITHUB_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token)) and run doctor again.' });
    } else {
      try {
        const exists = await lookup(pin.repository, pin.ref);
        items.push(
          exists
            ? { ...base, status: 'pass', detail: `the commit exists in ${pin.repository}${used}.` }
            : { ...base, status: 'fail', detail: `${pin.repository} has no commit ${pin.ref}${used}.`, fix: `pin a commit of ${pin.repository} (the SHA its release tag points at: git ls-remote https://github.com/${pin.repository} 'refs/tags/*').` },
        );
      } catch (error) {
        items.push({ ...base, status: 'unknown', detail: `${(error as Error).message}${used}`, fix: 'check the token can read the repository, then run doctor again.' });
      }
    }
  }
  return items;
}
