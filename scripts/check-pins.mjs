// CI's check that what a user copies works: every pin of agent-guards' actions and reusable workflows
// in the templates, READMEs and workflow headers names one real release — a commit of this repository,
// with a version comment that agrees everywhere, with the CLI package's version, and with the release
// tag, whose actions/ are the pinned commit's. No placeholder passes. Between releases a branch
// carries the pins of the latest release it contains (the release commits land on it).
//
//   node scripts/check-pins.mjs [--release vX.Y.Z]   (the second form checks one release tag alone)
import { parseArgs } from 'node:util';
import { commitOf, git } from './release/git.mjs';
import { verifyCheckout, verifyReleaseCommit } from './release/verify.mjs';

const { values } = parseArgs({ options: { release: { type: 'string' } }, strict: true });
const dir = git(process.cwd(), ['rev-parse', '--show-toplevel']).trim();

function problems() {
  if (!values.release) return verifyCheckout(dir);
  const commit = commitOf(dir, `refs/tags/${values.release}`);
  if (!commit) return [`${values.release} is not a tag of this repository.`];
  return verifyReleaseCommit(dir, commit, values.release).problems;
}

try {
  const found = problems();
  if (found.length > 0) {
    console.error(`check-pins: ${found.length} problem(s):\n${found.map((p) => `  ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`check-pins: every pin names ${values.release ?? 'the latest release'}, and it verifies.`);
  }
} catch (error) {
  console.error(`check-pins: ${error.stack}`);
  process.exitCode = 2;
}
