/** What a test does when the suite runs. `focused` tests make the rest of their file not run. */
export const TEST_STATUSES = ['active', 'skipped', 'xfail', 'todo', 'focused'] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

import type { Language } from '@agent-guards/config';

export type { Language };

/**
 * How a skip is seen: `marker` by a runner at collection (decorators, marks,
 * annotations, build constraints), `runtime` only by running the test (a skip
 * call in its body, a fixture or setUp), `focus` by another test's `.only`.
 */
export type SkipKind = 'marker' | 'runtime' | 'focus';

export interface CollectedTest {
  /** Stable id: file, suite path and name joined by `::` (pytest node-id style). */
  id: string;
  path: string;
  line: number;
  name: string;
  suite: string[];
  status: TestStatus;
  /** What makes it not active, e.g. `@pytest.mark.skip` or `it.skip`. */
  reason?: string;
  skipKind?: SkipKind;
  /**
   * Every reason it does not run (a decorator with its condition, a call site,
   * a helper, a structure), as stable keys: a reason gained at head is a new
   * skip even when the test did not run at base for another. Undefined where
   * a collector does not track them (the runner collectors, the languages
   * other than Python).
   */
  reasons?: string[];
  /** Some reason stops it everywhere (an unconditional skip): it cannot run less than it did. */
  neverRuns?: boolean;
  /** The test's source text, for matching a test renamed inside its file. */
  body: string;
}

export interface CollectionError {
  path: string;
  line?: number;
  message: string;
}

export interface FileCollection {
  path: string;
  language: Language;
  tests: CollectedTest[];
  error?: CollectionError;
}

/** The tests of one revision, from one collector. */
export interface TestCollection {
  tests: Map<string, CollectedTest>;
  errors: CollectionError[];
  /** Files the collector looked at. */
  files: number;
  /** Files skipped whole at collection (a module-level `pytest.importorskip`), with the reason. */
  skippedFiles?: Map<string, string>;
}

export function emptyCollection(): TestCollection {
  return { tests: new Map(), errors: [], files: 0 };
}

export function addFile(collection: TestCollection, file: FileCollection): void {
  collection.files += 1;
  if (file.error) collection.errors.push(file.error);
  for (const t of file.tests) collection.tests.set(t.id, t);
}

export type StatusTotals = Record<TestStatus | 'total', number>;

export function totalsByStatus(tests: Iterable<CollectedTest>): StatusTotals {
  const totals: StatusTotals = { total: 0, active: 0, skipped: 0, xfail: 0, todo: 0, focused: 0 };
  for (const t of tests) {
    totals.total += 1;
    totals[t.status] += 1;
  }
  return totals;
}

const STATUS_RANK: Record<TestStatus, number> = { active: 0, xfail: 1, todo: 2, skipped: 3, focused: 4 };

/** The stronger of two statuses: a skipped test stays skipped whatever else marks it. */
export function strongerStatus(a: TestStatus, b: TestStatus): TestStatus {
  return STATUS_RANK[b] > STATUS_RANK[a] ? b : a;
}

/** Makes ids unique inside one file: a second test with the same name gets `#2`. */
export class IdAllocator {
  private readonly seen = new Map<string, number>();
  allocate(id: string): string {
    const n = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  }
}

export function testId(path: string, suite: readonly string[], name: string): string {
  return [path, ...suite, name].join('::');
}
