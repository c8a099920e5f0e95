'use strict';
/**
 * A jest `testRunner` that records each test file's tree as jest-circus
 * builds it, then hands the file to the project's own jest-circus runner.
 *
 * Loaded by jest in its workers (outside the test sandbox) with
 * `--testRunner`; the skip-set runner collector passes, through the
 * environment, which jest-circus to delegate to and where to write:
 * - SKIP_SET_JEST_CIRCUS: JSON `{ "default": path, "byProject": { id: path } }`
 * - SKIP_SET_JEST_OUT: a directory; one `<sha1 of the test path>.json` per file.
 *
 * The tree is written at `run_start`, after the file has been evaluated and
 * before any test or hook runs (or at `teardown` under jest's own
 * `--collectTests`, which never starts a run). The collector also passes a
 * test name pattern that matches nothing, so no test body or hook runs at all.
 */
const { createHash } = require('node:crypto');
const { renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const circus = JSON.parse(process.env.SKIP_SET_JEST_CIRCUS || '{}');
const outDir = process.env.SKIP_SET_JEST_OUT;

function circusFor(projectId) {
  const path = (circus.byProject && circus.byProject[projectId]) || circus.default;
  if (!path) throw new Error('skip-set: SKIP_SET_JEST_CIRCUS does not name a jest-circus runner.');
  const loaded = require(path);
  return typeof loaded === 'function' ? loaded : loaded.default;
}

/** The line in the test file where a test was declared, from the stack jest-circus kept for it. */
function lineIn(error, testPath) {
  const stack = error && typeof error.stack === 'string' ? error.stack : '';
  for (const frame of stack.split('\n')) {
    const at = frame.indexOf(`${testPath}:`);
    if (at < 0) continue;
    const m = /^:(\d+)/.exec(frame.slice(at + testPath.length));
    if (m) return Number(m[1]);
  }
  return 0;
}

function tree(block, testPath) {
  return block.children.map((child) =>
    child.type === 'describeBlock'
      ? { type: 'describe', name: String(child.name), mode: child.mode || null, children: tree(child, testPath) }
      : { type: 'test', name: String(child.name), mode: child.mode || null, failing: Boolean(child.failing), line: lineIn(child.asyncError, testPath) },
  );
}

function record(testPath, state) {
  const file = join(outDir, `${createHash('sha1').update(testPath).digest('hex')}.json`);
  const dump = {
    testPath,
    hasFocusedTests: Boolean(state.hasFocusedTests),
    rootMode: state.rootDescribeBlock.mode || null,
    unhandledErrors: (state.unhandledErrors || []).map((e) => String((e && e.stack) || e)),
    tests: tree(state.rootDescribeBlock, testPath),
  };
  writeFileSync(`${file}.part`, JSON.stringify(dump));
  renameSync(`${file}.part`, file);
}

module.exports = async function skipSetJestRunner(globalConfig, config, environment, runtime, testPath, sendMessageToJest) {
  if (!outDir) throw new Error('skip-set: SKIP_SET_JEST_OUT is not set.');
  const adapter = circusFor(config.id);
  const own = typeof environment.handleTestEvent === 'function' ? environment.handleTestEvent.bind(environment) : undefined;
  let recorded = false;
  environment.handleTestEvent = (event, state) => {
    if (!recorded && (event.name === 'run_start' || event.name === 'teardown')) {
      recorded = true;
      record(testPath, state);
    }
    return own ? own(event, state) : undefined;
  };
  return adapter(globalConfig, config, environment, runtime, testPath, sendMessageToJest);
};
