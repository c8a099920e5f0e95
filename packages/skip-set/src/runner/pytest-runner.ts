import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@agent-guards/action-kit';
import { emptyCollection, type CollectedTest, type TestCollection, type TestStatus } from '../model.js';
import type { Sandbox } from '@agent-guards/sandbox';
import { commandWorks, tail } from './run-process.js';

export interface PytestRunnerOptions {
  /** Where the PR's code runs (its conftest.py, plugins and test modules are imported): the checkout's sandbox. */
  sandbox: Sandbox;
  /** The Python that has the project's dependencies and pytest; default `python3`. */
  python?: string;
  timeoutMs?: number;
  /** Paths to collect, relative to the checkout; default what the project's pytest configuration says. */
  paths?: readonly string[];
}

interface PluginItem {
  nodeid: string;
  path: string;
  line: number;
  status: TestStatus | 'error';
  reason: string;
  markers: { name: string }[];
}

interface PluginReport {
  pytest: string;
  items: PluginItem[];
  deselected: PluginItem[];
  skipped_collectors: { nodeid: string; reason: string }[];
  errors: { nodeid: string; message: string }[];
}

const PLUGIN_MODULE = 'skip_set_pytest_plugin';

/** The plugin's source, read from the .py file shipped beside this package's sources. */
function pluginSource(): string {
  return readFileSync(new URL('../../python/skip_set_pytest_plugin.py', import.meta.url), 'utf8');
}

export function testFromNodeId(nodeid: string, path: string, line: number, status: TestStatus, reason: string): CollectedTest {
  const parts = nodeid.split('::');
  const name = parts[parts.length - 1] ?? nodeid;
  return {
    id: nodeid,
    path: parts[0] ?? path,
    line: Math.max(1, line),
    name,
    suite: parts.slice(1, -1),
    status,
    ...(status !== 'active' ? { reason, skipKind: 'marker' as const } : {}),
    body: '',
  };
}

/**
 * Asks pytest itself which tests a checkout has: `pytest --collect-only` with
 * the skip-set plugin loaded by `-p`. Every item comes back with its status
 * (skip/xfail conditions evaluated), configuration-deselected items as skipped,
 * module-level skips, and collection errors (lost tests).
 */
export async function collectWithPytest(dir: string, options: PytestRunnerOptions): Promise<TestCollection> {
  const python = options.python ?? 'python3';
  const work = mkdtempSync(join(tmpdir(), 'skip-set-pytest-'));
  try {
    writeFileSync(join(work, `${PLUGIN_MODULE}.py`), pluginSource());
    const reportPath = join(work, 'report.json');
    const result = await options.sandbox.run({
      argv: [python, '-m', 'pytest', '--collect-only', '-q', '-p', PLUGIN_MODULE, '-p', 'no:cacheprovider', '--continue-on-collection-errors', '--rootdir', dir, ...(options.paths ?? [])],
      cwd: dir,
      env: { PYTHONPATH: work, SKIP_SET_REPORT: reportPath, PYTHONDONTWRITEBYTECODE: '1' },
      writable: [work],
      timeoutMs: options.timeoutMs ?? 15 * 60_000,
    });
    let report: PluginReport;
    try {
      report = JSON.parse(readFileSync(reportPath, 'utf8')) as PluginReport;
    } catch {
      if (result.timedOut) throw new Error(`pytest collection did not finish within ${Math.round((options.timeoutMs ?? 900_000) / 1000)} s.`);
      if (/No module named pytest/.test(result.stderr)) {
        throw new ConfigurationError(`pytest is not installed for '${python}'.`, {
          field: 'tests.collector',
          fix: `install pytest and the project's test dependencies for ${python} before the guard runs, or use collector 'static'.`,
        });
      }
      throw new Error(`pytest collection produced no report (exit ${result.exitCode}): ${tail(`${result.stdout}\n${result.stderr}`)}`);
    }
    const collection = emptyCollection();
    collection.skippedFiles = new Map();
    const files = new Set<string>();
    for (const item of [...report.items, ...report.deselected]) {
      files.add(item.path);
      if (item.status === 'error') {
        collection.errors.push({ path: item.path, line: item.line, message: `${item.nodeid}: ${item.reason}` });
        continue;
      }
      collection.tests.set(item.nodeid, testFromNodeId(item.nodeid, item.path, item.line, item.status, item.reason));
    }
    for (const s of report.skipped_collectors) collection.skippedFiles.set(s.nodeid.split('::')[0]!, s.reason);
    for (const e of report.errors) {
      collection.errors.push({ path: e.nodeid.split('::')[0] || '.', message: `pytest could not collect ${e.nodeid || 'the session'}: ${tail(e.message, 800)}` });
    }
    collection.files = files.size;
    return collection;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Whether `python` can import pytest. */
export async function hasPytest(python = 'python3'): Promise<boolean> {
  return commandWorks([python, '-c', 'import pytest'], 60_000);
}
