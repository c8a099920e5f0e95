export interface RepositoryRef {
  owner: string;
  repo: string;
}

/** The part of the @agent-guards/github client this package needs. */
export interface PullRequestReader {
  getPullRequest(repo: RepositoryRef, number: number): Promise<{ number: number; body?: string | null }>;
}

/**
 * The PR description as it is now. The event payload holds the body as it was
 * when the event fired, so a re-run after an edit would judge the old text:
 * the guard reads it through the API instead. An empty description is `''`.
 */
export async function fetchPullRequestBody(client: PullRequestReader, repo: RepositoryRef, number: number): Promise<string> {
  const pr = await client.getPullRequest(repo, number);
  if (pr.number !== number) {
    throw new Error(`asked GitHub for pull request #${number} of ${repo.owner}/${repo.repo} and got #${pr.number}`);
  }
  if (pr.body !== null && pr.body !== undefined && typeof pr.body !== 'string') {
    throw new Error(`pull request #${number} of ${repo.owner}/${repo.repo} has a body that is not text`);
  }
  return pr.body ?? '';
}
