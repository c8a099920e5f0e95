import { posix } from 'node:path';
import { LineIndex, maskCLike, matchingBrace } from '@agent-guards/source-lexing';
import { testId, type CollectedTest, type FileCollection } from '../model.js';

/**
 * Go tests: `func TestXxx(t *testing.T)` and `func FuzzXxx(f *testing.F)` in
 * `_test.go` files. A test is skipped when its body (or a helper in the same
 * file that it calls with its *testing.T) calls `Skip`, `Skipf` or `SkipNow` —
 * `testing.Short()` guards included — and every test of a file is skipped when
 * a `//go:build` line or the file name's GOOS/GOARCH suffix excludes the file
 * on the platform CI runs on (linux/amd64, cgo). Ids are `<package dir>::<name>`,
 * as `go test -list` sees them: a test moved between files of a package stays put.
 */
const GOOS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos']);
const GOARCH = new Set(['386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm']);
const SATISFIED = new Set(['linux', 'amd64', 'unix', 'gc', 'cgo']);

function tagSatisfied(tag: string): boolean {
  return SATISFIED.has(tag) || /^go1\.\d+$/.test(tag);
}

/** Evaluates a `//go:build` expression (`linux && !race || integration`). */
export function evaluateBuildConstraint(expr: string): boolean {
  const tokens = expr.match(/&&|\|\||!|\(|\)|[\w.]+/g) ?? [];
  let pos = 0;
  const parseOr = (): boolean => {
    let value = parseAnd();
    while (tokens[pos] === '||') {
      pos += 1;
      const right = parseAnd();
      value = value || right;
    }
    return value;
  };
  const parseAnd = (): boolean => {
    let value = parseNot();
    while (tokens[pos] === '&&') {
      pos += 1;
      const right = parseNot();
      value = value && right;
    }
    return value;
  };
  const parseNot = (): boolean => {
    const t = tokens[pos++];
    if (t === '!') return !parseNot();
    if (t === '(') {
      const v = parseOr();
      pos += 1;
      return v;
    }
    return t !== undefined && tagSatisfied(t);
  };
  return parseOr();
}

/** Why the file is left out of `go test` on linux/amd64, or undefined when it is built. */
export function goFileExclusion(path: string, text: string): string | undefined {
  const header = text.slice(0, Math.max(0, text.search(/^package\s/m)));
  const build = /^\/\/go:build\s+(.+)$/m.exec(header);
  if (build) {
    if (!evaluateBuildConstraint(build[1]!.trim())) return `excluded by //go:build ${build[1]!.trim()}`;
  } else {
    for (const line of header.matchAll(/^\/\/ \+build\s+(.+)$/gm)) {
      const ok = line[1]!.trim().split(/\s+/).some((alt) => alt.split(',').every((t) => (t.startsWith('!') ? !tagSatisfied(t.slice(1)) : tagSatisfied(t))));
      if (!ok) return `excluded by // +build ${line[1]!.trim()}`;
    }
  }
  const parts = posix.basename(path).replace(/_test\.go$/, '').split('_');
  const last = parts[parts.length - 1];
  const before = parts[parts.length - 2];
  if (parts.length >= 3 && before && GOOS.has(before) && last && GOARCH.has(last)) {
    if (before !== 'linux' || last !== 'amd64') return `excluded by the file name suffix _${before}_${last}`;
  } else if (parts.length >= 2 && last && (GOOS.has(last) || GOARCH.has(last)) && last !== 'linux' && last !== 'amd64') {
    return `excluded by the file name suffix _${last}`;
  }
  return undefined;
}

const TEST_FUNC = /^func\s+((?:Test|Fuzz)(?:[^a-z]\w*)?)\s*\(\s*(\w+)\s+\*testing\.(?:T|F)\s*\)/gm;
const HELPER_FUNC = /^func\s+(\w+)\s*\(([^)]*)\)/gm;

export function collectGo(path: string, text: string): FileCollection {
  const { masked, error } = maskCLike(text, 'go');
  const dir = posix.dirname(path);
  const lines = new LineIndex(text);
  const exclusion = goFileExclusion(path, text);

  // Helpers in this file that skip the *testing.T (or TB) they are given.
  const skippingHelpers = new Set<string>();
  for (const m of masked.matchAll(HELPER_FUNC)) {
    const param = /(\w+)\s+(?:\*testing\.(?:T|B|F)|testing\.TB)\b/.exec(m[2]!);
    if (!param || /^(?:Test|Fuzz|Benchmark)/.test(m[1]!)) continue;
    const open = masked.indexOf('{', m.index + m[0].length);
    const close = open < 0 ? -1 : matchingBrace(masked, open);
    if (close > 0 && new RegExp(`\\b${param[1]}\\.Skip(?:f|Now)?\\s*\\(`).test(masked.slice(open, close))) skippingHelpers.add(m[1]!);
  }

  const tests: CollectedTest[] = [];
  for (const m of masked.matchAll(TEST_FUNC)) {
    const name = m[1]!;
    const param = m[2]!;
    const open = masked.indexOf('{', m.index + m[0].length);
    const close = open < 0 ? -1 : matchingBrace(masked, open);
    const body = close < 0 ? '' : masked.slice(open, close + 1);
    let reason: string | undefined;
    let kind: 'marker' | 'runtime' | undefined;
    if (exclusion) [reason, kind] = [exclusion, 'marker'];
    else {
      const skip = new RegExp(`\\b${param}\\.(Skip(?:f|Now)?)\\s*\\(`).exec(body);
      const helper = [...skippingHelpers].find((h) => new RegExp(`\\b${h}\\s*\\(\\s*${param}\\b`).test(body));
      if (skip) reason = `${param}.${skip[1]}()${/\btesting\.Short\s*\(\s*\)/.test(body) ? ' under testing.Short()' : ''}`;
      else if (helper) reason = `${helper}(${param}) skips`;
      if (reason) kind = 'runtime';
    }
    tests.push({
      id: testId(dir, [], name),
      path,
      line: lines.lineOf(m.index),
      name,
      suite: [],
      status: reason ? 'skipped' : 'active',
      ...(reason ? { reason, skipKind: kind } : {}),
      body: close < 0 ? '' : text.slice(open, close + 1),
    });
  }
  return { path, language: 'go', tests, ...(error ? { error: { path, line: error.line, message: error.message } } : {}) };
}
