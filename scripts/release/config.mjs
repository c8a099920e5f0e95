// What a release of this repository is made of. A fork that publishes its own releases changes
// REPOSITORY, and the next release stamps the new name into every pin and schema URL.

/** The GitHub repository users pin (`uses: <REPOSITORY>/…@<sha>`) and fetch schemas from. */
export const REPOSITORY = 'your-org/agent-guards';

/** The CLI package: its version is the release's version. */
export const CLI_PACKAGE = 'packages/cli';

/**
 * The files a release stamps: every copy-ready `uses:` pin of this repository's actions and reusable
 * workflows, and every `$schema=` URL of the example configuration. Globs are matched against the paths
 * of tracked files; `*` stops at a `/`, `**` does not.
 */
export const STAMPED_FILES = [
  'README.md',
  'action-templates/**',
  'actions/*/README.md',
  '.github/workflows/*.yml',
];

/** Where the schemas are, relative to the repository root; their URLs name the release tag. */
export const SCHEMAS_DIR = 'schemas';

/** Commits the release makes are told apart from the work they release by this subject prefix. */
export const RELEASE_SUBJECT = 'chore(release):';
