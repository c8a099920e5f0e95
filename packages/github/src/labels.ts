import type { Api } from './api.js';
import { hasValidationCode, statusOf } from './errors.js';
import type { RepoRef } from './repo-ref.js';

const NEW_LABEL_COLOR = 'ededed';

/** Creates the labels the repository lacks. A label created meanwhile (422 already_exists) is fine. */
export async function ensureLabels(api: Api, repo: RepoRef, labels: string[]): Promise<void> {
  for (const name of unique(labels)) {
    try {
      await api.octokit.rest.issues.getLabel({ ...repo, name });
      continue;
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    try {
      await api.octokit.rest.issues.createLabel({ ...repo, name, color: NEW_LABEL_COLOR });
      api.logger.info(`Created label '${name}' in ${repo.owner}/${repo.repo}.`);
    } catch (error) {
      if (!hasValidationCode(error, 'already_exists')) throw error;
    }
  }
}

export async function addLabels(api: Api, repo: RepoRef, issueNumber: number, labels: string[]): Promise<void> {
  const names = unique(labels);
  if (names.length === 0) return;
  await ensureLabels(api, repo, names);
  // Adding labels is a set union, so a retried request changes nothing more.
  await api.octokit.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: names });
}

/** Removing a label the issue does not carry is not an error. */
export async function removeLabel(api: Api, repo: RepoRef, issueNumber: number, label: string): Promise<void> {
  try {
    await api.octokit.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name: label });
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
}

function unique(labels: string[]): string[] {
  const seen = new Set<string>();
  return labels.filter((l) => {
    const key = l.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
