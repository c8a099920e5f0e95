import { posix } from 'node:path';
import type { Finding } from '@agent-guards/action-kit';
import { isTestPath } from '@agent-guards/config';

/**
 * Review mode's golden-sample check: the files a change adds should sit where
 * the sample's pattern puts them (same folder shape) and its new tests where
 * the sample's tests are (same folder, same naming).
 *
 * Findings are warnings, never errors: a sample shows a pattern, not a rule (a
 * change may rightly add a shared helper elsewhere), so a human or the Review
 * escalation decides; the boundary guard is where hard failures live.
 */
export interface GoldenSampleLayoutInput {
  /** Repo paths of the sample: files, or feature folders ending in `/`; its tests may be listed too. */
  samples: readonly string[];
  /** Files the change adds. */
  addedFiles: readonly string[];
  /**
   * Every file at head, when known: finds the tests of a sample whose packet
   * names only its source, reads a folder sample's shape, and knows which tests
   * already exist.
   */
  knownFiles?: readonly string[];
}

export const GOLDEN_SAMPLE_RULE = 'golden-sample-layout';

type Family = 'js' | 'python' | 'go' | string;
type NamingCase = 'lower' | 'kebab' | 'snake' | 'camel' | 'pascal' | 'other';

interface TestName {
  prefix: string;
  subject: string;
  suffix: string;
}

/** Where new source files go, from one sample. */
interface SourceShape {
  sample: string;
  family: Family;
  namingCase: NamingCase;
  /** File sample: new files sit in this folder. */
  dir?: string;
  /** Folder sample: new files sit in a sibling feature folder under `parent`, in one of these sub-folders. */
  parent?: string;
  subDirs?: Set<string>;
}

/** Where tests go, from one sample and its test. */
interface TestShape {
  sampleSource: string;
  sampleTest: string;
  family: Family;
  /** The test folder, with `{feature}` where a folder sample's feature name goes. */
  dirPattern: string;
  name: TestName;
  /** The folder of the sample source, with `{feature}` likewise. */
  sourceDirPattern: string;
  /** The test is named after a folder sample's feature (`add-to-cart.test.ts` for `add-to-cart/`). */
  namedAfterFeature: boolean;
}

export function familyOf(path: string): Family {
  const ext = posix.extname(path);
  if (/^\.[cm]?[jt]sx?$/.test(ext)) return 'js';
  if (ext === '.py' || ext === '.pyi') return 'python';
  if (ext === '.go') return 'go';
  return ext;
}

/**
 * The parts of a test file's name, for files that are tests (config's
 * isTestPath, the one answer): `add-to-cart.test.ts` → {'', 'add-to-cart',
 * '.test.ts'}; `test_cart.py` → {'test_', 'cart', '.py'}; a file in a test
 * folder → its stem.
 */
export function testName(path: string): TestName | undefined {
  if (!isTestPath(path)) return undefined;
  const base = posix.basename(path);
  let m = /^(.+?)(\.(?:test|spec)\.[cm]?[jt]sx?)$/.exec(base);
  if (m) return { prefix: '', subject: m[1]!, suffix: m[2]! };
  m = /^(test_)(.+)(\.py)$/.exec(base);
  if (m) return { prefix: m[1]!, subject: m[2]!, suffix: m[3]! };
  m = /^(.+)(_test\.(?:py|go))$/.exec(base);
  if (m) return { prefix: '', subject: m[1]!, suffix: m[2]! };
  const stem = stemOf(base);
  return { prefix: '', subject: stem, suffix: base.slice(stem.length) };
}

function stemOf(base: string): string {
  const dot = base.indexOf('.', 1);
  return dot < 0 ? base : base.slice(0, dot);
}

export function namingCase(stem: string): NamingCase {
  if (/^[a-z0-9]+$/.test(stem)) return 'lower';
  if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(stem)) return 'kebab';
  if (/^[a-z0-9]+(_[a-z0-9]+)+$/.test(stem)) return 'snake';
  if (/^[a-z][a-zA-Z0-9]*$/.test(stem)) return 'camel';
  if (/^[A-Z][a-zA-Z0-9]*$/.test(stem)) return 'pascal';
  return 'other';
}

function casesCompatible(sample: NamingCase, added: NamingCase): boolean {
  if (sample === 'other' || sample === added) return true;
  if (sample === 'lower') return added !== 'pascal';
  return added === 'lower' && sample !== 'pascal';
}

const CASE_TEXT: Record<NamingCase, string> = {
  lower: 'lowercase',
  kebab: 'kebab-case',
  snake: 'snake_case',
  camel: 'camelCase',
  pascal: 'PascalCase',
  other: 'its own style',
};

const squash = (s: string): string => s.toLowerCase().replace(/[-_.]/g, '');

function dirOf(path: string): string {
  const d = posix.dirname(path);
  return d === '.' ? '' : d;
}

function within(dir: string, rel: string): string {
  return dir === '' ? rel : `${dir}/${rel}`;
}

export function checkGoldenSampleLayout(input: GoldenSampleLayoutInput): Finding[] {
  const findings: Finding[] = [];
  const known = input.knownFiles ? new Set(input.knownFiles) : undefined;
  const added = new Set(input.addedFiles);
  const sources: SourceShape[] = [];
  const tests: TestShape[] = [];
  const listedTests = input.samples.filter((s) => !s.endsWith('/') && isTestPath(s));

  for (const raw of input.samples) {
    const sample = raw.replace(/^\.\//, '');
    const isFolder = sample.endsWith('/') || (known !== undefined && !known.has(sample) && input.knownFiles!.some((f) => f.startsWith(`${sample}/`)));
    if (isFolder) {
      const folder = sample.replace(/\/+$/, '');
      folderShapes(folder, input.knownFiles, listedTests, sources, tests);
      continue;
    }
    if (known && !known.has(sample)) {
      findings.push({ rule: GOLDEN_SAMPLE_RULE, severity: 'warning', message: `The golden sample ${sample} does not exist in the repository, so nothing can be compared with it.` });
      continue;
    }
    if (isTestPath(sample)) continue;
    const stem = stemOf(posix.basename(sample));
    sources.push({ sample, family: familyOf(sample), namingCase: namingCase(stem), dir: dirOf(sample) });
    const test = findTest(sample, listedTests, input.knownFiles);
    if (test) tests.push(testShape(sample, test, undefined));
  }

  for (const path of input.addedFiles) {
    const family = familyOf(path);
    if (isTestPath(path)) {
      const candidates = tests.filter((t) => t.family === family);
      if (candidates.length === 0 || candidates.some((t) => testFits(t, path))) continue;
      const t = candidates[0]!;
      findings.push({
        rule: GOLDEN_SAMPLE_RULE,
        severity: 'warning',
        message: `New test ${path} does not follow the golden sample's test layout: the sample's test is ${t.sampleTest}, so tests go in ${describeDir(t.dirPattern)} named ${t.name.prefix}<name>${t.name.suffix}.`,
        path,
      });
      continue;
    }
    const candidates = sources.filter((s) => s.family === family);
    if (candidates.length === 0) continue;
    const fitting = candidates.find((s) => sourceFits(s, path));
    if (!fitting) {
      findings.push({
        rule: GOLDEN_SAMPLE_RULE,
        severity: 'warning',
        message: `New file ${path} does not sit where the golden sample's pattern puts it: ${candidates.map(describeSourceShape).join('; or ')}.`,
        path,
      });
      continue;
    }
    const stem = stemOf(posix.basename(path));
    const caseOfNew = namingCase(stem);
    if (!casesCompatible(fitting.namingCase, caseOfNew)) {
      findings.push({
        rule: GOLDEN_SAMPLE_RULE,
        severity: 'warning',
        message: `New file ${path} is named in ${CASE_TEXT[caseOfNew]}; the golden sample ${fitting.sample} is named in ${CASE_TEXT[fitting.namingCase]}.`,
        path,
      });
    }
    const expected = expectedTest(tests, path);
    if (expected && !added.has(expected.path) && !(known?.has(expected.path) ?? false)) {
      findings.push({
        rule: GOLDEN_SAMPLE_RULE,
        severity: 'warning',
        message: `New file ${path} has no test at ${expected.path}, where the golden sample's layout puts it (the sample ${expected.shape.sampleSource} is tested in ${expected.shape.sampleTest}).`,
        path,
      });
    }
  }
  return findings;
}

/** A folder sample `src/events/add-to-cart/`: new features are sibling folders with the same sub-folders. */
function folderShapes(folder: string, knownFiles: readonly string[] | undefined, listedTests: string[], sources: SourceShape[], tests: TestShape[]): void {
  const files = (knownFiles ?? []).filter((f) => f.startsWith(`${folder}/`));
  const sourceFiles = files.filter((f) => !isTestPath(f));
  const families = new Set(sourceFiles.map(familyOf));
  const subDirs = new Set(sourceFiles.map((f) => dirOf(f.slice(folder.length + 1))));
  if (subDirs.size === 0) subDirs.add('');
  const feature = posix.basename(folder);
  for (const family of families.size > 0 ? families : new Set(['js', 'python', 'go'])) {
    sources.push({ sample: `${folder}/`, family, namingCase: namingCase(feature), parent: dirOf(folder), subDirs });
  }
  const testsOfFolder = new Set([
    ...files.filter(isTestPath),
    ...[...listedTests, ...(knownFiles ?? []).filter(isTestPath)].filter((t) => squash(testName(t)!.subject) === squash(feature)),
  ]);
  const main = sourceFiles.find((f) => stemOf(posix.basename(f)) === 'index') ?? sourceFiles[0];
  for (const test of testsOfFolder) {
    const subject = squash(testName(test)!.subject);
    const named = sourceFiles.find((f) => squash(stemOf(posix.basename(f))) === subject);
    const source = named ?? (subject === squash(feature) ? main : undefined);
    if (source) tests.push(testShape(source, test, { folder, feature }));
  }
}

/** The sample's test: listed in the packet, or a known test file whose subject is the sample's name. */
function findTest(source: string, listedTests: readonly string[], knownFiles: readonly string[] | undefined): string | undefined {
  const subject = squash(stemOf(posix.basename(source)));
  const family = familyOf(source);
  const matches = (t: string): boolean => familyOf(t) === family && squash(testName(t)?.subject ?? '') === subject;
  const candidates = [...listedTests.filter(matches), ...(knownFiles ?? []).filter((f) => isTestPath(f) && matches(f))];
  // The nearest test wins: the longest shared folder prefix with the source.
  return candidates.sort((a, b) => sharedPrefix(b, source) - sharedPrefix(a, source))[0];
}

function sharedPrefix(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  let n = 0;
  while (n < pa.length - 1 && n < pb.length - 1 && pa[n] === pb[n]) n += 1;
  return n;
}

function testShape(source: string, test: string, folder: { folder: string; feature: string } | undefined): TestShape {
  const name = testName(test)!;
  const withFeature = (dir: string): string => {
    if (!folder) return dir;
    const parts = dir.split('/');
    const at = parts.lastIndexOf(folder.feature);
    if (at >= 0) parts[at] = '{feature}';
    return parts.join('/');
  };
  return {
    sampleSource: source,
    sampleTest: test,
    family: familyOf(test),
    dirPattern: withFeature(dirOf(test)),
    name,
    sourceDirPattern: withFeature(dirOf(source)),
    namedAfterFeature: folder !== undefined && squash(name.subject) === squash(folder.feature),
  };
}

function sourceFits(shape: SourceShape, path: string): boolean {
  if (shape.dir !== undefined) return dirOf(path) === shape.dir;
  const parent = shape.parent ?? '';
  const prefix = parent === '' ? '' : `${parent}/`;
  if (!path.startsWith(prefix)) return false;
  const rest = path.slice(prefix.length).split('/');
  if (rest.length < 2) return false;
  return shape.subDirs!.has(rest.slice(1, -1).join('/'));
}

/** `src/events/{feature}/__tests__` as a regex over a folder; with `capture`, the feature is group 1. */
function dirRegex(pattern: string, capture = false): RegExp {
  const escaped = pattern.split('{feature}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join(capture ? '([^/]+)' : '[^/]+')}$`);
}

function testFits(shape: TestShape, path: string): boolean {
  const name = posix.basename(path);
  if (!name.startsWith(shape.name.prefix) || !name.endsWith(shape.name.suffix)) return false;
  if (name.length <= shape.name.prefix.length + shape.name.suffix.length) return false;
  return dirRegex(shape.dirPattern).test(dirOf(path));
}

/** The test path the sample's layout gives a new source file, if the sample has a test for a file like it. */
function expectedTest(tests: TestShape[], path: string): { path: string; shape: TestShape } | undefined {
  const dir = dirOf(path);
  const base = posix.basename(path);
  for (const shape of tests) {
    if (shape.family !== familyOf(path)) continue;
    const m = dirRegex(shape.sourceDirPattern, true).exec(dir);
    if (!m) continue;
    // In a folder sample only files named like the tested one get a test (handler.ts, not index.ts).
    if (shape.sourceDirPattern.includes('{feature}') && posix.basename(shape.sampleSource) !== base) continue;
    const feature = m[1];
    const testDir = feature === undefined ? shape.dirPattern : shape.dirPattern.replace('{feature}', feature);
    const subject = shape.namedAfterFeature && feature !== undefined ? feature : shape.sourceDirPattern.includes('{feature}') ? shape.name.subject : stemOf(base);
    return { path: within(testDir, `${shape.name.prefix}${subject}${shape.name.suffix}`), shape };
  }
  return undefined;
}

function describeDir(pattern: string): string {
  return pattern === '' ? 'the repository root' : `${pattern.replace('{feature}', '<feature>')}/`;
}

function describeSourceShape(shape: SourceShape): string {
  if (shape.dir !== undefined) return `the sample ${shape.sample} puts files like it in ${describeDir(shape.dir)}`;
  const sub = [...(shape.subDirs ?? [])].map((s) => (s === '' ? '' : `${s}/`));
  const parent = shape.parent ? `${shape.parent}/` : '';
  return `the sample ${shape.sample} puts them in a feature folder ${parent}<feature>/${sub.length === 1 ? sub[0] : `{${sub.join(',')}}`}`;
}
