import { relative } from 'node:path';
import { emptyCollection, testId, type TestCollection } from '../model.js';
import type { Sandbox } from '@agent-guards/sandbox';
import { commandWorks, tail } from './run-process.js';

export interface GoRunnerOptions {
  /** Where the PR's code is built (cgo directives, `//go:generate`-free but build-tagged files): the checkout's sandbox. */
  sandbox: Sandbox;
  go?: string;
  timeoutMs?: number;
}

/**
 * `go test -list` over every package of a checkout: the tests the toolchain
 * builds on this platform (build constraints applied). A package that does not
 * build is a collection error: its tests are lost. Ids are `<package dir>::<name>`
 * as in the static collector; `go test -list` cannot see `t.Skip` calls.
 */
export async function collectWithGo(dir: string, options: GoRunnerOptions): Promise<TestCollection> {
  const go = options.go ?? 'go';
  const env = { GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local', GOPROXY: 'off' };
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;
  const list = await options.sandbox.run({ argv: [go, 'list', '-e', '-f', '{{.ImportPath}}\t{{.Dir}}', './...'], cwd: dir, env, timeoutMs });
  if (list.exitCode !== 0) throw new Error(`go list failed (exit ${list.exitCode}): ${tail(list.stderr)}`);
  const dirs = new Map<string, string>();
  for (const line of list.stdout.split('\n')) {
    const [importPath, pkgDir] = line.split('\t');
    if (importPath && pkgDir) dirs.set(importPath, relative(dir, pkgDir) || '.');
  }
  const result = await options.sandbox.run({ argv: [go, 'test', '-list', '^(Test|Fuzz)', './...'], cwd: dir, env, timeoutMs });
  if (result.timedOut) throw new Error('go test -list did not finish in time.');
  const collection = emptyCollection();
  let names: string[] = [];
  for (const line of result.stdout.split('\n')) {
    const ok = /^ok\s+(\S+)/.exec(line);
    const failed = /^FAIL\s+(\S+)\s+\[(.+)\]/.exec(line);
    if (ok || failed) {
      const pkg = (ok ?? failed)![1]!;
      const pkgDir = dirs.get(pkg) ?? pkg;
      collection.files += 1;
      if (failed) collection.errors.push({ path: pkgDir, message: `go test -list: package ${pkg} ${failed[2]}: ${tail(result.stderr, 800)}` });
      for (const name of names) {
        const id = testId(pkgDir, [], name);
        collection.tests.set(id, { id, path: pkgDir, line: 1, name, suite: [], status: 'active', body: '' });
      }
      names = [];
    } else if (/^(?:Test|Fuzz)\w*$/.test(line.trim())) names.push(line.trim());
  }
  if (result.exitCode !== 0 && collection.errors.length === 0) {
    collection.errors.push({ path: '.', message: `go test -list failed (exit ${result.exitCode}): ${tail(`${result.stdout}\n${result.stderr}`, 800)}` });
  }
  return collection;
}

export async function hasGo(go = 'go'): Promise<boolean> {
  return commandWorks([go, 'version'], 30_000);
}
