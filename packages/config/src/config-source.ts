/** Where a config file was read: the commit (the PR base, for trusted files); none for a file on disk. */
export interface ConfigSource {
  commit?: string;
}

/** Where a file was read, as messages say it: `.github/agent-guards.yml at abc1234 (the policy, read at the base commit)`. */
export function describeSource(file: string, what: string, source: ConfigSource = {}): string {
  return source.commit ? `${file} at ${shortCommit(source.commit)} (the ${what}, read at the base commit)` : `${file} (the ${what})`;
}

/** A commit as messages show it: 7 hex digits for a full SHA, a ref as given. */
export function shortCommit(commit: string): string {
  return /^[0-9a-f]{40}$/.test(commit) ? commit.slice(0, 7) : commit;
}
