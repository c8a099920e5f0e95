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
  /** The simple name of the annotation it is (an alias resolved). */
  name: string;
  /** As written, where an alias stands for it: `Later (Disabled)`. */
  shown?: string;
  line: number;
}

interface ClassScope {
  name: string;
  annotations: Annotation[];
  close: number;
}

/** Whether an annotation, by its simple name, disables a test outright or under a condition. */
function skipName(name: string): 'skips' | 'conditional' | undefined {
  if (name === 'Ignore' || name.startsWith('Disabled')) return 'skips';
  return /^Enabled(?:If|On|For)/.test(name) ? 'conditional' : undefined;
}

function skipOf(annotations: readonly Annotation[]): { status: TestStatus; reason: string; kind: SkipKind } | undefined {
  for (const a of annotations) {
    if (skipName(a.name) === 'skips') return { status: 'skipped', reason: `@${a.shown ?? a.name}`, kind: 'marker' };
  }
  for (const a of annotations) {
    if (skipName(a.name) === 'conditional') return { status: 'skipped', reason: `@${a.shown ?? a.name} (conditional)`, kind: 'marker' };
  }
  return undefined;
}

/** A name as written in Kotlin or Java: a word, or any text in backticks (Kotlin). */
const NAME = String.raw`(?:\x60[^\x60\n]*\x60|[\w$]+)`;
const unquoted = (name: string): string => name.replace(/`/g, '');
const simpleName = (dotted: string): string => unquoted(dotted.split(/\s*\.\s*/).pop()!);
/** An annotation's name after its `@`: dotted, a Kotlin use-site target (`@get:`) left out. */
const ANNOTATION_NAME = new RegExp(String.raw`^@\s*(?:(?:field|get|set|param|property|receiver|setparam|delegate|file)\s*:\s*)?(${NAME}(?:\s*\.\s*${NAME})*)`);
/** The annotations before a declaration, for the composed annotations a file declares. */
const ANNOTATIONS = String.raw`((?:@\s*${NAME}(?:\s*\.\s*${NAME})*(?:\s*\([^()]*\))?\s*)+)`;
const COMPOSED_JAVA = new RegExp(String.raw`${ANNOTATIONS}(?:(?:public|protected|private|static|abstract)\s+)*@\s*interface\s+(${NAME})`, 'gd');
const COMPOSED_KOTLIN = new RegExp(String.raw`${ANNOTATIONS}(?:[a-z]+\s+)*annotation\s+class\s+(${NAME})`, 'gd');
const KOTLIN_ALIAS = new RegExp(String.raw`^[ \t]*(?:import\s+(${NAME}(?:\s*\.\s*${NAME})*)\s+as\s+(${NAME})|typealias\s+(${NAME})\s*=\s*(${NAME}(?:\s*\.\s*${NAME})*))`, 'gmd');

/**
 * The names in a file that stand for a skipping annotation under another name, by the name they
 * stand for: Kotlin's `import …Disabled as Later` and `typealias Later = Disabled`, and an
 * annotation the file declares with a skipping one on it (JUnit 5 reads annotations through the
 * annotations they carry: `@Disabled @interface Later`, `@Disabled annotation class Later`).
 */
function skipAliases(text: string, masked: string, kotlin: boolean): Map<string, string> {
  const aliases = new Map<string, string>();
  // A group of a match in the masked text, read from the text: the letters of a backticked name.
  const original = (m: RegExpMatchArray, group: number): string => {
    const [start, end] = m.indices![group]!;
    return text.slice(start, end);
  };
  if (kotlin) {
    for (const m of masked.matchAll(KOTLIN_ALIAS)) {
      const [alias, target] = m[1] ? [original(m, 2), original(m, 1)] : [original(m, 3), original(m, 4)];
      if (skipName(simpleName(target))) aliases.set(unquoted(alias), simpleName(target));
    }
  }
  for (const m of masked.matchAll(kotlin ? COMPOSED_KOTLIN : COMPOSED_JAVA)) {
    const carried = [...original(m, 1).matchAll(new RegExp(String.raw`@\s*(${NAME}(?:\s*\.\s*${NAME})*)`, 'g'))].map((a) => simpleName(a[1]!));
    const skipping = carried.map((name) => aliases.get(name) ?? name).find((name) => skipName(name));
    if (skipping) aliases.set(unquoted(original(m, 2)), skipping);
  }
  return aliases;
}

const WORD = /`[^`\n]*`|[A-Za-z_$][\w$]*|@|[{}();=]/g;

export function collectJvm(path: string, text: string): FileCollection {
  const kotlin = /\.kts?$/.test(path);
  const { masked, error } = maskCLike(text, kotlin ? 'kotlin' : 'java');
  const aliases = skipAliases(text, masked, kotlin);
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
      const written = ANNOTATION_NAME.exec(masked.slice(at, at + 300));
      if (!written) continue;
      // The masked text holds a backticked name's place, the text its letters.
      const own = simpleName(ANNOTATION_NAME.exec(text.slice(at, at + written[0].length))?.[1] ?? written[1]!);
      const target = aliases.get(own);
      pending.push({ name: target ?? own, ...(target ? { shown: `${own} (${target})` } : {}), line: lines.lineOf(at) });
      let end = at + written[0].length;
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
      // A declaration without a body (`annotation class Later`) ends before the next one: the brace
      // after that is the next one's.
      const header = masked.slice(at + word.length + (nameMatch?.[0].length ?? 0), open < 0 ? masked.length : open);
      const stop = header.search(/[;}]|\b(?:class|interface|object|fun|typealias)\b/);
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
