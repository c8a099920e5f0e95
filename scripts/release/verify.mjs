// What makes pins honest. Every problem is collected, so one run names them all, each with its file,
// line and fix.
import { CLI_PACKAGE, REPOSITORY } from './config.mjs';
import { commitOf, git, isAncestor, isShallow, releaseTagsMergedInto } from './git.mjs';
import { findReferences, isPlaceholderSha, pinTargets, schemaUrl, SHA, stampText, VERSION_TAG } from './pins.mjs';
import { commitTree, isStamped, workingTree } from './tree.mjs';

const at = (ref) => `${ref.file}:${ref.line}`;

/** The files under actions/ that run (everything but the stamped READMEs), by path, as blob ids. */
function actionsCode(dir, commit) {
  const entries = git(dir, ['ls-tree', '-r', '-z', commit, '--', 'actions']).split('\0').filter(Boolean);
  return new Map(
    entries
      .map((entry) => /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(entry))
      .filter((m) => m && !isStamped(m[2]))
      .map((m) => [m[2], m[1]]),
  );
}

/** Every pin and schema URL of the stamped files of a tree. */
export function referencesIn(tree) {
  const targets = pinTargets(tree.paths);
  return tree.paths.filter(isStamped).flatMap((path) => findReferences(path, tree.read(path), targets));
}

/**
 * The one release a tree's references name, or the problems that keep them from naming one: a
 * placeholder, another repository, a missing or malformed version comment, or disagreement.
 */
export function releaseNamedBy(refs, where, expectedTag) {
  const problems = [];
  const pins = refs.filter((r) => r.kind === 'pin');
  if (pins.length === 0) problems.push(`${where}: no pin of ${REPOSITORY}'s actions or workflows in the stamped files; the templates must pin a release.`);
  for (const pin of pins) {
    if (pin.slug !== REPOSITORY) problems.push(`${at(pin)}: pins ${pin.slug}, but releases come from ${REPOSITORY} (scripts/release/config.mjs); run the release to stamp it.`);
    if (!SHA.test(pin.ref) || isPlaceholderSha(pin.ref)) {
      problems.push(`${at(pin)}: '${pin.ref}' is a placeholder, not a commit: a user who copies it gets a workflow that cannot run. Stamp the pins with node scripts/release.mjs.`);
    }
    if (!pin.comment) problems.push(`${at(pin)}: no version comment after the SHA; write '# vX.Y.Z' (the release's tag).`);
    else if (!VERSION_TAG.test(pin.comment)) problems.push(`${at(pin)}: version comment '# ${pin.comment}' is not a release tag; write '# vX.Y.Z'.`);
  }
  const named = [...new Set(pins.map((p) => `${p.ref} # ${p.comment}`))];
  if (named.length > 1) {
    const byValue = named.map((value) => `${value} (${pins.filter((p) => `${p.ref} # ${p.comment}` === value).map(at).join(', ')})`);
    problems.push(`${where}: the pins disagree — one release must be named everywhere: ${byValue.join('; ')}.`);
  }
  const [sha, tag] = named.length === 1 ? named[0].split(' # ') : [];
  // With pins that disagree, the schema URLs are held to the release the tree should name.
  const schemaTag = tag ?? expectedTag;
  for (const ref of refs.filter((r) => r.kind === 'schema')) {
    if (schemaTag && ref.url !== schemaUrl(schemaTag, ref.schema)) problems.push(`${at(ref)}: $schema=${ref.url} is not the schema of ${schemaTag}: write ${schemaUrl(schemaTag, ref.schema)}.`);
  }
  return { sha, tag, problems };
}

function cliVersionAt(read, where) {
  try {
    return JSON.parse(read(`${CLI_PACKAGE}/package.json`)).version;
  } catch (error) {
    throw new Error(`${where}: ${CLI_PACKAGE}/package.json cannot be read: ${error.message}`);
  }
}

/**
 * A release commit is the commit its pins name plus the stamp, nothing else: the pinned commit exists
 * and is an ancestor, the code under its actions/ is the release's (only the stamped READMEs differ), every file that differs is a
 * stamped file whose difference is exactly the stamp, and the CLI package carries the version.
 */
export function verifyReleaseCommit(dir, commit, expectedTag) {
  const tree = commitTree(dir, commit);
  const { sha, tag, problems } = releaseNamedBy(referencesIn(tree), `${expectedTag} (${tree.name})`, expectedTag);
  if (problems.length > 0) return { pinned: sha, problems };
  if (tag !== expectedTag) return { pinned: sha, problems: [`${expectedTag}: its files name ${tag}, not ${expectedTag}.`] };
  const pinned = commitOf(dir, sha);
  if (!pinned) return { pinned: sha, problems: [`${expectedTag}: the pinned ${sha} is not a commit of this repository (a fake SHA, or a commit from elsewhere).`] };
  const out = [];
  if (pinned === commit || !isAncestor(dir, pinned, commit)) out.push(`${expectedTag}: the pinned ${sha} is not an ancestor of the release commit ${commit}.`);
  const shipped = actionsCode(dir, commit);
  const run = actionsCode(dir, pinned);
  const differing = [...new Set([...shipped.keys(), ...run.keys()])].filter((path) => shipped.get(path) !== run.get(path));
  if (shipped.size === 0) out.push(`${expectedTag}: the release has no actions/.`);
  for (const path of differing) out.push(`${expectedTag}: ${path} of the pinned ${sha.slice(0, 12)} is not the release's: users would run other code than the release ships.`);
  const pinnedTree = commitTree(dir, pinned);
  const targets = pinTargets(pinnedTree.paths);
  const changed = git(dir, ['diff', '--name-only', '-z', '--no-renames', pinned, commit]).split('\0').filter(Boolean);
  for (const path of changed) {
    if (!isStamped(path)) {
      out.push(`${expectedTag}: ${path} differs between the pinned commit and the release, and the release stamps no such file: the release ships something the pins do not run.`);
      continue;
    }
    const before = pinnedTree.paths.includes(path) ? pinnedTree.read(path) : undefined;
    if (before === undefined || stampText(before, { sha, tag }, targets) !== tree.read(path)) {
      out.push(`${expectedTag}: ${path} differs from the pinned commit's by more than the stamp.`);
    }
  }
  const version = cliVersionAt(pinnedTree.read, `the pinned ${sha.slice(0, 12)}`);
  if (`v${version}` !== expectedTag) out.push(`${expectedTag}: ${CLI_PACKAGE}/package.json at the pinned commit says ${version}; the release must bump it.`);
  return { pinned, problems: out };
}

/**
 * A checkout between releases carries the pins of the release it contains: the CLI package's version is
 * that release's, the tag exists and is a sound release, and the working tree names exactly its pins.
 */
export function verifyCheckout(dir) {
  if (isShallow(dir)) return [`${dir} is a shallow clone: the pinned commit and the release tags cannot be checked. Fetch the full history with tags (actions/checkout: fetch-depth: 0).`];
  const tree = workingTree(dir);
  const version = cliVersionAt(tree.read, 'the working tree');
  const expected = `v${version}`;
  const { sha, tag, problems } = releaseNamedBy(referencesIn(tree), 'the working tree', expected);
  if (problems.length > 0 && releaseTagsMergedInto(dir, 'HEAD').length === 0) {
    return [`this branch contains no release yet, so nothing here can pin one: cut the first with the release workflow or node scripts/release.mjs (RELEASING.md).`, ...problems];
  }
  if (problems.length > 0) return problems;
  if (tag !== expected) return [`the pins name ${tag}, but ${CLI_PACKAGE}/package.json says ${version}: between releases the tree carries the latest release's pins (node scripts/release.mjs writes both).`];
  if (git(dir, ['tag', '--list', 'v*']).trim() === '') return verifyWithoutTags(dir, sha, expected);
  const released = commitOf(dir, `refs/tags/${expected}`);
  if (!released) {
    return [`${expected} is not a tag of this repository: the pins name a release that does not exist. Cut it with node scripts/release.mjs (the release workflow), or fetch the tags.`];
  }
  const out = [];
  const latest = releaseTagsMergedInto(dir, 'HEAD');
  if (!latest.includes(expected)) out.push(`${expected} is not in this branch's history: the tree carries the pins of a release it does not contain.`);
  else if (latest[0] !== expected) out.push(`this branch contains ${latest[0]}, but the pins and ${CLI_PACKAGE}/package.json name ${expected}: carry the latest release's.`);
  const release = verifyReleaseCommit(dir, released, expected);
  out.push(...release.problems);
  if (release.pinned && commitOf(dir, sha) !== release.pinned) out.push(`the pins name ${sha}, but ${expected} pins ${release.pinned}: copy the release's pins.`);
  return out;
}

/**
 * A clone made without tags (some CI checkouts fetch the branch alone): the release commit is then found
 * as the tag would name it, the pinned commit's first descendant on this branch, and checked the same way.
 */
function verifyWithoutTags(dir, sha, expected) {
  const pinned = commitOf(dir, sha);
  if (!pinned || !isAncestor(dir, pinned, 'HEAD')) return [`the pins name ${sha}, which is not in this branch's history (and this clone has no tags to say which release it is): stamp the latest release's pins.`];
  const stamp = git(dir, ['rev-list', '--reverse', '--ancestry-path', `${pinned}..HEAD`]).split('\n')[0];
  if (!stamp) return [`the pins name ${sha}, which is HEAD itself: a release commit stamps the commit before it.`];
  return verifyReleaseCommit(dir, stamp, expected).problems;
}
