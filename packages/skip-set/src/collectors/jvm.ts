import { LineIndex, maskCLike, matchingBrace, matchingBracket } from '@agent-guards/source-lexing';
import { IdAllocator, testId, type CollectedTest, type FileCollection, type SkipKind, type TestStatus } from '../model.js';

/**
 * JUnit 4 and 5 tests in Java and Kotlin: methods annotated `@Test`,
 * `@ParameterizedTest`, `@RepeatedTest`, `@TestFactory` or `@TestTemplate`,
 * inside (nested) classes. `@Ignore` and `@Disabled*` on the method or any
 * enclosing class skip it; `@Enabled*` conditions and `assume*` calls in the
 * body make it conditional (skipped when the condition does not hold).
 */
const TEST_ANNOTATIONS = new Set(['Test', 'ParameterizedTest', 'RepeatedTest', 'TestFactory', 'TestTemplate', 'Property', 'Example']);
const ASSUMPTION = /\b(?:Assume\.|Assumptions\.)?assume(?:True|False|That|NotNull|NoException)\s*\(/;

interface Annotation {
  name: string;
  line: number;
}

interface ClassScope {
  name: string;
  annotations: Annotation[];
  close: number;
}

function skipOf(annotations: readonly Annotation[]): { status: TestStatus; reason: string; kind: SkipKind } | undefined {
  for (const a of annotations) {
    if (a.name === 'Ignore' || a.name.startsWith('Disabled')) return { status: 'skipped', reason: `@${a.name}`, kind: 'marker' };
  }
  for (const a of annotations) {
    if (/^Enabled(?:If|On|For)/.test(a.name)) return { status: 'skipped', reason: `@${a.name} (conditional)`, kind: 'marker' };
  }
  return undefined;
}

const WORD = /`[^`\n]*`|[A-Za-z_$][\w$]*|@|[{}();=]/g;

export function collectJvm(path: string, text: string): FileCollection {
  const kotlin = /\.kts?$/.test(path);
  const { masked, error } = maskCLike(text, kotlin ? 'kotlin' : 'java');
  const lines = new LineIndex(text);
  const ids = new IdAllocator();
  const tests: CollectedTest[] = [];
  const classes: ClassScope[] = [];
  let pending: Annotation[] = [];

  WORD.lastIndex = 0;
  for (let m = WORD.exec(masked); m; m = WORD.exec(masked)) {
    const word = m[0];
    const at = m.index;
    while (classes.length > 0 && classes[classes.length - 1]!.close < at) classes.pop();
    if (word === '@') {
      const name = /^@\s*([\w$.]+)/.exec(masked.slice(at, at + 200))?.[1];
      if (!name) continue;
      pending.push({ name: name.slice(name.lastIndexOf('.') + 1), line: lines.lineOf(at) });
      let end = at + 1 + /^\s*[\w$.]+/.exec(masked.slice(at + 1))![0].length;
      const paren = /^\s*\(/.exec(masked.slice(end));
      if (paren) {
        const close = matchingBracket(masked, end + paren[0].length - 1);
        end = close < 0 ? end : close + 1;
      }
      WORD.lastIndex = end;
      continue;
    }
    if (word === ';' || word === '}' || word === '=') {
      pending = [];
      continue;
    }
    if (word === 'class' || word === 'interface' || word === 'object' || word === 'enum') {
      // `Foo.class` and `Foo::class` are class literals, not declarations.
      if (/[.:]\s*$/.test(masked.slice(Math.max(0, at - 3), at))) continue;
      const nameMatch = /^\s+(`[^`\n]*`|[\w$]+)/.exec(masked.slice(at + word.length));
      const companion = /\bcompanion\s+$/.test(masked.slice(Math.max(0, at - 12), at));
      if (!nameMatch && !companion) continue;
      const name = nameMatch
        ? text.slice(at + word.length + nameMatch[0].length - nameMatch[1]!.length, at + word.length + nameMatch[0].length).replace(/`/g, '')
        : 'Companion';
      const open = masked.indexOf('{', at);
      const stop = masked.slice(at, open < 0 ? masked.length : open).search(/[;}]/);
      if (open >= 0 && stop < 0) {
        const close = matchingBrace(masked, open);
        if (close > 0) classes.push({ name, annotations: pending, close });
        WORD.lastIndex = open + 1;
      }
      pending = [];
      continue;
    }
    const isTest = pending.some((a) => TEST_ANNOTATIONS.has(a.name));
    if (!isTest) {
      if (word === '(' || word === '{') pending = [];
      continue;
    }
    // The method name: Kotlin `fun name(`, Java `… name(`.
    let nameAt = -1;
    if (kotlin) {
      if (word !== 'fun') continue;
      const nm = /^\s+(?:<[^>]*>\s*)?(`[^`\n]*`|[\w$]+)\s*\(/.exec(masked.slice(at + 3));
      if (!nm) continue;
      nameAt = at + 3 + nm[0].indexOf(nm[1]!);
    } else {
      if (!/^\s*\(/.test(masked.slice(at + word.length)) || /^(?:if|for|while|switch|catch|synchronized|return|new)$/.test(word)) continue;
      nameAt = at;
    }
    const rawName = /^(`[^`\n]*`|[\w$]+)/.exec(text.slice(nameAt))![1]!;
    const name = rawName.replace(/`/g, '');
    const paren = masked.indexOf('(', nameAt + rawName.length);
    const parenClose = matchingBracket(masked, paren);
    const open = masked.indexOf('{', parenClose);
    const bodyClose = open < 0 ? -1 : matchingBrace(masked, open);
    const bodyMasked = bodyClose < 0 ? '' : masked.slice(open, bodyClose + 1);
    const annotations = [...classes.flatMap((c) => c.annotations), ...pending];
    let skip = skipOf(annotations);
    if (!skip && ASSUMPTION.test(bodyMasked)) skip = { status: 'skipped', reason: 'assumption in the body (assume*)', kind: 'runtime' };
    const suite = classes.map((c) => c.name);
    tests.push({
      id: ids.allocate(testId(path, suite, name)),
      path,
      line: lines.lineOf(nameAt),
      name,
      suite,
      status: skip ? skip.status : 'active',
      ...(skip ? { reason: skip.reason, skipKind: skip.kind } : {}),
      body: bodyClose < 0 ? '' : text.slice(open, bodyClose + 1),
    });
    pending = [];
    WORD.lastIndex = bodyClose > 0 ? bodyClose + 1 : parenClose + 1;
  }
  return { path, language: 'jvm', tests, ...(error ? { error: { path, line: error.line, message: error.message } } : {}) };
}
