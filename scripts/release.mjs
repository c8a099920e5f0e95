// Cuts a release of agent-guards from the checked-out commit, in two commits and two tags:
//
//   1. the release commit — the CLI package's version and CHANGELOG.md. Its tree holds the code being
//      released, and it is the commit every template pins.
//   2. the stamping commit — every pin and schema URL of the stamped files (scripts/release/config.mjs)
//      set to `<release commit> # vX.Y.Z`. A file cannot hold the SHA of the commit it is in, so the
//      pins name the release commit, whose actions/ tree is the same. `vX.Y.Z` and the moving major tag
//      (`v1`) point here, so what a user copies from a release tag works as is.
//
// The version comes from the conventional commits since the last release (a breaking change is major, a
// feature minor, a fix patch) unless --version says it; the first release takes the CLI package's.
// Nothing is pushed: the release workflow pushes both commits and both tags in one atomic push. If any
// step fails, the commits and tags made so far are undone.
//
//   node scripts/release.mjs [--version X.Y.Z] [--notes-file PATH] [--date YYYY-MM-DD] [--dry-run]
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CLI_PACKAGE, RELEASE_SUBJECT } from './release/config.mjs';
import { commitOf, compareVersions, git, isShallow, releaseTagsMergedInto } from './release/git.mjs';
import { bumped, bumpFor, commitsIn, releaseNotes } from './release/notes.mjs';
import { pinTargets, stampText } from './release/pins.mjs';
import { isStamped, workingTree } from './release/tree.mjs';
import { verifyCheckout, verifyReleaseCommit } from './release/verify.mjs';

class ReleaseError extends Error {}

const { values } = parseArgs({
  options: { version: { type: 'string' }, 'notes-file': { type: 'string' }, date: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  strict: true,
});

const dir = git(process.cwd(), ['rev-parse', '--show-toplevel']).trim();

function readJson(path) {
  return JSON.parse(readFileSync(join(dir, path), 'utf8'));
}

/** Writes JSON as npm does, refusing a file npm would not have written that way (its layout would be lost). */
function writeJsonAsNpm(path, update) {
  const text = readFileSync(join(dir, path), 'utf8');
  const data = JSON.parse(text);
  if (`${JSON.stringify(data, null, 2)}\n` !== text) throw new ReleaseError(`${path} is not laid out as npm writes it (2-space JSON and a final newline): run npm install to rewrite it, then release.`);
  update(data);
  writeFileSync(join(dir, path), `${JSON.stringify(data, null, 2)}\n`);
}

function nextVersion(previousTag, commits, current) {
  if (values.version !== undefined) {
    const version = values.version.replace(/^v/, '');
    if (!/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(version)) throw new ReleaseError(`--version '${values.version}' is not a release version: write X.Y.Z.`);
    if (previousTag && compareVersions(version, previousTag.slice(1)) <= 0) throw new ReleaseError(`--version ${version} is not after the last release, ${previousTag}.`);
    return version;
  }
  if (!previousTag) return current;
  const bump = bumpFor(commits);
  if (!bump) {
    throw new ReleaseError(`nothing to release since ${previousTag}: no feat, fix, perf or revert commit and no breaking change among ${commits.length} commit(s). Pass --version X.Y.Z to release anyway.`);
  }
  return bumped(previousTag.slice(1), bump);
}

function commitAll(paths, message) {
  git(dir, ['add', '--', ...paths]);
  git(dir, ['commit', '--no-verify', '--quiet', '-m', message]);
  return git(dir, ['rev-parse', 'HEAD']).trim();
}

function releaseCommit(version, notes) {
  writeJsonAsNpm(`${CLI_PACKAGE}/package.json`, (pkg) => (pkg.version = version));
  writeJsonAsNpm('package-lock.json', (lock) => {
    if (!lock.packages?.[CLI_PACKAGE]) throw new ReleaseError(`package-lock.json has no entry for ${CLI_PACKAGE}: run npm install, then release.`);
    lock.packages[CLI_PACKAGE].version = version;
  });
  const changelog = join(dir, 'CHANGELOG.md');
  const before = existsSync(changelog) ? readFileSync(changelog, 'utf8').replace(/^# Changelog\n+/, '') : '';
  writeFileSync(changelog, `# Changelog\n\n${notes}${before ? `\n${before}` : ''}`);
  return commitAll([`${CLI_PACKAGE}/package.json`, 'package-lock.json', 'CHANGELOG.md'], `${RELEASE_SUBJECT} v${version}`);
}

function stampingCommit(version, pinned) {
  const tree = workingTree(dir);
  const targets = pinTargets(tree.paths);
  const stamped = [];
  for (const path of tree.paths.filter(isStamped)) {
    const text = tree.read(path);
    const next = stampText(text, { sha: pinned, tag: `v${version}` }, targets);
    if (next !== text) {
      writeFileSync(join(dir, path), next);
      stamped.push(path);
    }
  }
  if (stamped.length === 0) throw new ReleaseError('no stamped file holds a pin or a schema URL: nothing would name the release.');
  return { commit: commitAll(stamped, `${RELEASE_SUBJECT} pin v${version} (${pinned.slice(0, 12)}) in templates, examples and workflow headers`), stamped };
}

function main() {
  const dirty = git(dir, ['status', '--porcelain']).trim();
  if (dirty) throw new ReleaseError(`the working tree has uncommitted changes; a release is cut from a commit:\n${dirty}`);
  if (isShallow(dir)) throw new ReleaseError('this is a shallow clone: the last release and the commits since cannot be read. Fetch the full history with tags (actions/checkout: fetch-depth: 0).');
  const start = git(dir, ['rev-parse', 'HEAD']).trim();
  const previousTag = releaseTagsMergedInto(dir, 'HEAD')[0];
  const commits = commitsIn(dir, previousTag ? `${previousTag}..HEAD` : 'HEAD');
  const current = readJson(`${CLI_PACKAGE}/package.json`).version;
  const version = nextVersion(previousTag, commits, current);
  const tag = `v${version}`;
  const majorTag = `v${version.split('.')[0]}`;
  if (commitOf(dir, `refs/tags/${tag}`)) throw new ReleaseError(`${tag} exists already.`);
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  const notes = releaseNotes(commits, { version, previousTag, date });
  if (values['notes-file']) writeFileSync(values['notes-file'], notes);
  if (values['dry-run']) {
    console.log(`would release ${tag} (${previousTag ? `after ${previousTag}` : 'the first release'}), moving ${majorTag}:\n\n${notes}`);
    return;
  }

  const previousMajor = commitOf(dir, `refs/tags/${majorTag}`) ? git(dir, ['rev-parse', `refs/tags/${majorTag}`]).trim() : undefined;
  const made = [];
  try {
    const pinned = releaseCommit(version, notes);
    const { commit, stamped } = stampingCommit(version, pinned);
    const release = verifyReleaseCommit(dir, commit, tag);
    if (release.problems.length > 0) throw new ReleaseError(`the release does not verify:\n${release.problems.join('\n')}`);
    git(dir, ['tag', '--annotate', '--cleanup=verbatim', '--file=-', tag, commit], { input: `${tag}\n\n${notes}` });
    made.push(tag);
    git(dir, ['tag', '--force', '--annotate', '--message', `${majorTag}: the latest ${majorTag}.x.y release, ${tag}`, majorTag, commit]);
    made.push(majorTag);
    const checkout = verifyCheckout(dir);
    if (checkout.length > 0) throw new ReleaseError(`the released checkout does not verify:\n${checkout.join('\n')}`);
    console.log(`released ${tag}: ${commit} (stamped ${stamped.length} files), pinning ${pinned}; ${majorTag} → ${tag}`);
    if (process.env.GITHUB_OUTPUT) {
      appendFileSync(process.env.GITHUB_OUTPUT, `version=${version}\ntag=${tag}\nmajor-tag=${majorTag}\npinned-commit=${pinned}\nrelease-commit=${commit}\n`);
    }
  } catch (error) {
    for (const name of made.reverse()) {
      if (name === majorTag && previousMajor) git(dir, ['update-ref', `refs/tags/${majorTag}`, previousMajor]);
      else git(dir, ['tag', '--delete', name]);
    }
    git(dir, ['reset', '--quiet', '--hard', start]);
    throw error;
  }
}

try {
  main();
} catch (error) {
  console.error(`release: ${error instanceof ReleaseError ? error.message : error.stack}`);
  process.exitCode = 1;
}
