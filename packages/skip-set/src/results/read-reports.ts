import { lstat, readdir, readFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { goEvents, readGoTestJson } from './go-json.js';
import { isJestJson, readJestJson } from './jest-json.js';
import { readJUnit } from './junit.js';
import type { ReportSet, TestReport } from './model.js';
import { isPytestJson, readPytestJson } from './pytest-json.js';
import type { SourceTree } from './source-tree.js';

/** Larger than any report a test run writes; a bigger file is not read whole into memory. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/** A directory walk stops here: a pattern that reaches this far names the wrong folder. */
const MAX_WALKED_FILES = 50_000;

const MAGIC = /[*?[\]{}]|[!@+]\(/;

interface Match {
  file: string;
  key: string;
}

const toPosix = (p: string): string => p.split(sep).join('/');

async function walk(dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (out.length >= MAX_WALKED_FILES) throw new Error(`more than ${MAX_WALKED_FILES} files under ${dir}: point the report patterns at the report files or their folder`);
    const full = join(dir, e.name);
    // Symbolic links are not followed: a report is a file the test run wrote.
    if (e.isDirectory()) await walk(full, out);
    else if (e.isFile()) out.push(full);
  }
}

/**
 * The files a pattern names, each with its key: its path below the pattern's
 * fixed part (a folder: below the folder; a file: its name). Base and head
 * reports with the same key are the same suite's.
 */
export async function expandPattern(pattern: string, cwd: string): Promise<Match[]> {
  const absolute = resolve(cwd, pattern);
  if (!MAGIC.test(pattern)) {
    const stat = await lstat(absolute).catch(() => undefined);
    if (stat?.isFile()) return [{ file: absolute, key: basename(absolute) }];
    if (!stat?.isDirectory()) return [];
    const files: string[] = [];
    await walk(absolute, files);
    return files.sort().map((file) => ({ file, key: toPosix(relative(absolute, file)) }));
  }
  const segments = toPosix(absolute).split('/');
  const fixed: string[] = [];
  for (const s of segments) {
    if (MAGIC.test(s)) break;
    fixed.push(s);
  }
  const root = fixed.join('/') || '/';
  const files: string[] = [];
  await walk(root, files);
  const posixPattern = toPosix(absolute);
  return files
    .filter((f) => minimatch(toPosix(f), posixPattern, { dot: true }))
    .sort()
    .map((file) => ({ file, key: toPosix(relative(root, file)) }));
}

/** Whether text that failed to parse was meant to be a report (then it is unreadable, not ignored). */
function looksLikeReport(text: string): boolean {
  return /<testsuites?[\s>]|"testResults"|"Action"\s*:|"nodeid"|"exitcode"/.test(text.slice(0, 65536));
}

/** One file read as whichever report it is; undefined when it is none. */
export function readReport(text: string, file: string, key: string, tree: SourceTree): TestReport | undefined {
  const start = text.trimStart()[0];
  const base = { file, key, failures: [], empty: [] };
  if (start === '<') {
    const junit = readJUnit(text, tree, key);
    return junit ? { ...base, format: 'junit-xml', tests: junit.tests, empty: junit.empty } : undefined;
  }
  let value: unknown;
  try {
    value = start === '{' || start === '[' ? JSON.parse(text) : undefined;
  } catch {
    value = undefined;
  }
  if (value === undefined) {
    // JSON lines, between which `go test -json` may print what the build said ("FAIL pkg [build failed]").
    const events = goEvents(text);
    if (events) return { ...base, format: 'go-test-json', ...readGoTestJson(events, tree) };
    if (start === '{' || start === '[') throw new Error('not valid JSON, nor JSON lines of go test -json events');
    return undefined;
  }
  if (isJestJson(value)) return { ...base, format: 'jest-json', ...readJestJson(value, tree) };
  if (isPytestJson(value)) return { ...base, format: 'pytest-json', ...readPytestJson(value, tree) };
  const events = goEvents(text);
  if (events) return { ...base, format: 'go-test-json', ...readGoTestJson(events, tree) };
  return undefined;
}

/**
 * Every report the patterns name, read against the revision's tree. A file
 * that is meant to be a report and cannot be read is `unreadable` (the
 * comparison cannot be decided); other files (coverage, logs) are ignored.
 */
export async function readReportSet(patterns: readonly string[], cwd: string, tree: SourceTree): Promise<ReportSet> {
  const set: ReportSet = { reports: [], unreadable: [], ignored: [], unmatched: [] };
  const seen = new Set<string>();
  for (const pattern of patterns) {
    const matches = await expandPattern(pattern, cwd);
    if (matches.length === 0) set.unmatched.push(pattern);
    for (const { file, key } of matches) {
      if (seen.has(file)) continue;
      seen.add(file);
      const shown = isAbsolute(pattern) ? file : toPosix(relative(cwd, file));
      const stat = await lstat(file);
      if (stat.size > MAX_REPORT_BYTES) {
        set.unreadable.push({ file: shown, message: `${stat.size} bytes, more than the ${MAX_REPORT_BYTES} a report is read up to` });
        continue;
      }
      const text = await readFile(file, 'utf8');
      try {
        const report = readReport(text, shown, key, tree);
        if (report) set.reports.push(report);
        else set.ignored.push(shown);
      } catch (error) {
        if (looksLikeReport(text)) set.unreadable.push({ file: shown, message: error instanceof Error ? error.message : String(error) });
        else set.ignored.push(shown);
      }
    }
  }
  return set;
}
