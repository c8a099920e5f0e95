import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { compareText, ConfigurationError } from '@agent-guards/action-kit';

export const INPUT_KINDS = ['ledger', 'session', 'guard-report', 'eval', 'workflow-runs', 'pr-outcomes'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** The file names looked for when a directory is given, as the runner, the guards and the harness write them. */
export const KNOWN_FILE_NAMES: Record<InputKind, { pattern: RegExp; names: string }> = {
  ledger: { pattern: /(?:^|[-_.])(?:usage|ledger)\.jsonl$/, names: 'usage-ledger.jsonl, *-ledger.jsonl, usage.jsonl' },
  session: { pattern: /^session\.json$/, names: 'session.json' },
  'guard-report': { pattern: /(?:^|-)report\.json$/, names: '<guard>-report.json, report.json' },
  eval: { pattern: /(?:^|-)eval-results\.json$/, names: 'eval-results.json' },
  'workflow-runs': { pattern: /(?:^|-)workflow-runs\.json$/, names: 'workflow-runs.json' },
  'pr-outcomes': { pattern: /(?:(?:^|-)pr-outcomes\.jsonl?|^\d{4}-\d{2}-\d{2}\.jsonl)$/, names: 'pr-outcomes.json, pr-outcomes.jsonl, cost-history day files (YYYY-MM-DD.jsonl)' },
};

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

async function walk(dir: string, pattern: RegExp, found: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => compareText(a.name, b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) await walk(path, pattern, found);
    else if (entry.isFile() && pattern.test(entry.name)) found.push(path);
  }
}

/**
 * The files behind some paths: a file is taken as given, whatever its name; a
 * directory is searched recursively for the kind's known names. A path that
 * does not exist, or a directory without one such file, is a
 * ConfigurationError: a dashboard silently missing a source would mislead.
 */
export async function expandInputPaths(paths: readonly string[], kind: InputKind, option = kind): Promise<string[]> {
  const files: string[] = [];
  const { pattern, names } = KNOWN_FILE_NAMES[kind];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new ConfigurationError(`the ${kind} path does not exist.`, { file: path, field: option, fix: `pass an existing file or directory to --${option}.` });
    if (info.isFile()) {
      files.push(path);
      continue;
    }
    const found: string[] = [];
    await walk(path, pattern, found);
    if (found.length === 0) {
      throw new ConfigurationError(`the directory holds no ${kind} file (looked for ${names}).`, { file: path, field: option, fix: `pass the files themselves to --${option}, or a directory that holds them.` });
    }
    files.push(...found);
  }
  const seen = new Set<string>();
  return files.filter((f) => {
    const key = resolve(f);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
