/**
 * Light, per-language readings of source text: the test cases a test file
 * declares and the public signatures a source file exports. Enough to tell
 * "a test was added, none removed" and "no public signature changed" for the
 * change kinds; the skip-set guard does the full test collection.
 */
function extension(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(dot + 1).toLowerCase();
}

const JS_EXTENSIONS = new Set(['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts']);

function collect(text: string, pattern: RegExp, group = 1): string[] {
  return [...text.matchAll(pattern)].map((m) => (m[group] ?? m[0]).replace(/\s+/g, ' ').trim());
}

/** Names of the test cases a test file declares (duplicates kept: they are counted). */
export function testCaseNames(path: string, text: string): string[] {
  const ext = extension(path);
  if (ext === 'py') {
    // Qualified by the enclosing class when indented under one, so the same name in two classes counts twice.
    const names: string[] = [];
    let currentClass = '';
    for (const line of text.split('\n')) {
      const cls = /^class\s+(\w+)/.exec(line);
      if (cls) currentClass = cls[1]!;
      else if (/^\S/.test(line)) currentClass = '';
      const def = /^(\s*)(?:async\s+)?def\s+(test\w*)\s*\(/.exec(line);
      if (def) names.push(def[1] && currentClass ? `${currentClass}.${def[2]}` : def[2]!);
    }
    return names;
  }
  if (JS_EXTENSIONS.has(ext)) {
    return collect(text, /\b(?:it|test)(?:\.(?:only|skip|todo|concurrent|fails|sequential))*(?:\.each\s*(?:\([^)]*\)|`[^`]*`))?\s*\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g, 2);
  }
  if (ext === 'go') return collect(text, /^func\s+(Test\w*|Benchmark\w*|Fuzz\w*|Example\w*)\s*\(/gm);
  if (ext === 'java' || ext === 'kt') return collect(text, /@(?:Test|ParameterizedTest|RepeatedTest)\b[^\n]*\n(?:\s*@[^\n]*\n)*\s*(?:(?:public|private|protected|internal|static|final|suspend)\s+)*(?:void\s+|fun\s+)(`[^`]+`|\w+)\s*\(/g);
  if (ext === 'rs') return collect(text, /#\[(?:tokio::)?test\][^\n]*\n(?:\s*#\[[^\]]*\][^\n]*\n)*\s*(?:pub\s+)?(?:async\s+)?fn\s+(\w+)/g);
  if (ext === 'rb') return collect(text, /^\s*(?:it|specify|scenario)\s*\(?\s*(['"])(.*?)\1/gm, 2);
  return [];
}

/**
 * The public signatures a source file exports, each as its declaration line up
 * to the body. A changed set means a changed public surface.
 */
export function exportedSignatures(path: string, text: string): string[] {
  const ext = extension(path);
  if (JS_EXTENSIONS.has(ext)) {
    return collect(text, /^[ \t]*(export\s+(?:\*|\{[^}]*\}|default\b|declare\s+|abstract\s+|async\s+)*(?:[^{=;\n]*))/gm).map((s) => s.replace(/\s*[{=;]?\s*$/, ''));
  }
  if (ext === 'py') return collect(text, /^((?:async\s+)?def\s+[A-Za-z]\w*\s*\([^)]*\)?[^:\n]*|class\s+[A-Za-z]\w*[^:\n]*)/gm);
  if (ext === 'go') return collect(text, /^((?:func\s+(?:\([^)]*\)\s*)?|type\s+|var\s+|const\s+)[A-Z]\w*[^{\n]*)/gm);
  if (ext === 'java' || ext === 'kt') return collect(text, /^[ \t]*(public\s[^{;=\n]*)/gm);
  if (ext === 'rs') return collect(text, /^[ \t]*(pub\s+(?!\(crate\))[^{;=\n]*)/gm);
  return [];
}

/** Multiset difference: what `before` has that `after` lacks (with multiplicity). */
export function missingFrom(before: readonly string[], after: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const name of after) counts.set(name, (counts.get(name) ?? 0) + 1);
  const missing: string[] = [];
  for (const name of before) {
    const left = counts.get(name) ?? 0;
    if (left > 0) counts.set(name, left - 1);
    else missing.push(name);
  }
  return missing;
}
