import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { maskPython, pythonStatementsOf, pythonTokens, scanPythonStatements } from '../src/index.js';

const CPYTHON_TOKENS = fileURLToPath(new URL('./fixtures/cpython-tokens.py', import.meta.url));

interface CPythonView {
  path: string;
  skipped?: string;
  statements?: [number, number][];
  strings?: [number, number][];
  names?: [number, number][];
  numbers?: [number, number][];
}

/** CPython's tokenizer on each file (stdin carries the paths: no argument-length limit). */
function cpythonView(paths: string[]): CPythonView[] {
  const out = execFileSync('python3', [CPYTHON_TOKENS], { input: paths.join('\n'), encoding: 'utf8', maxBuffer: 1 << 30 });
  return out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CPythonView);
}

function ourView(text: string): Required<Omit<CPythonView, 'path' | 'skipped'>> {
  const scan = scanPythonStatements(text);
  const view = { statements: [] as [number, number][], strings: [] as [number, number][], names: [] as [number, number][], numbers: [] as [number, number][] };
  for (let k = 0; k < scan.count; k += 1) {
    const tokens = pythonTokens(text, scan.start[k]!, scan.end[k]!);
    if (tokens.length === 0) continue;
    view.statements.push([tokens[0]!.start, scan.end[k]!]);
    for (const t of tokens) {
      if (t.type === 'string') view.strings.push([t.start, t.end]);
      else if (t.type === 'name') view.names.push([t.start, t.end]);
      else if (t.type === 'number') view.numbers.push([t.start, t.end]);
    }
  }
  return view;
}

function stdlibFiles(): string[] {
  const stdlib = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
  const files: string[] = [];
  for (const dir of ['', 'json', 'email', 'asyncio', 'importlib', 'logging', 'http', 'unittest', 'concurrent/futures', 'xml/etree']) {
    for (const name of readdirSync(join(stdlib, dir))) if (name.endsWith('.py')) files.push(join(stdlib, dir, name));
  }
  return files;
}

describe('the Python lexer against CPython’s tokenizer', () => {
  it('finds the same logical lines, strings, names and numbers in the standard library', () => {
    const files = stdlibFiles();
    expect(files.length).toBeGreaterThan(250);
    const views = cpythonView(files);
    const compared = views.filter((v) => !v.skipped);
    expect(compared.length).toBeGreaterThan(files.length * 0.95);
    const problems: string[] = [];
    for (const theirs of compared) {
      const ours = ourView(readFileSync(theirs.path, 'utf8'));
      for (const key of ['statements', 'strings', 'names', 'numbers'] as const) {
        const a = new Set(theirs[key]!.map(String));
        const b = new Set(ours[key].map(String));
        const missing = [...a].filter((x) => !b.has(x));
        const extra = [...b].filter((x) => !a.has(x));
        if (missing.length + extra.length > 0) problems.push(`${theirs.path} ${key}: CPython only ${missing.slice(0, 3).join(' ')}; lexer only ${extra.slice(0, 3).join(' ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  // Where the tokenizers boundaries and skip-set used to carry differed (or both erred).
  const CASES: [string, string][] = [
    ['f-string with nested quotes and braces', "x = f\"{d['k']!r:>{w}} {{literal}}\"\nimport real\n"],
    ['prefixes', "a = rb'\\d' + Rb\"x\" + u'y' + F'{z}' + br'''t\nu'''\nimport after\n"],
    ['name ending in prefix letters', 'elif_ = 1; br = 2; rb"x"\nimport later\n'],
    ['continuation and brackets', 'from a import (b,\n    c)\nx = 1 + \\\n    2\n'],
    ['exponent and complex', 'x = 1e-5 + 2.5E+3j - 0x1e - 1_000.0\n'],
    ['form feed resets indentation', 'if x:\n\f    import y\n'],
    ['unicode names', 'naïve = "é"; 变量 = 1\n'],
  ];
  it.each(CASES)('%s: agrees with CPython', (_name, source) => {
    const dir = execFileSync('mktemp', ['-d'], { encoding: 'utf8' }).trim();
    const path = join(dir, 'case.py');
    execFileSync('sh', ['-c', 'cat > "$1"', 'sh', path], { input: source });
    const [theirs] = cpythonView([path]);
    expect(theirs!.skipped).toBeUndefined();
    const { path: _path, ...expected } = theirs!;
    expect(ourView(source)).toEqual(expected);
  });
});

describe('Python masking', () => {
  it('blanks string contents and comments, keeping offsets and newlines', () => {
    const source = "x = 'a#b'  # note (\ny = f\"{z('q')}\"\n";
    const masked = maskPython(source, 0, source.length);
    expect(masked).toHaveLength(source.length);
    expect(masked).toBe("x = '   '          \ny = f\"        \"\n");
  });

  it('masks a range the same whether the whole text was lexed just before or not', () => {
    // Strings whose prefixes sit just before a range, that run past its end, nested in f-strings, on CRLF lines.
    const source = 'a = rb\'#x\' + f"{b[\'}\']!r:>{w}}"  # c\r\nd = """one\ntwo # no\n"""\ne = \'\'\'x\' if y else ü  # ü\n';
    const ranges: [number, number][] = [];
    for (let start = 0; start <= source.length; start += 1) for (let end = start; end <= source.length + 2; end += 3) ranges.push([start, end]);
    const alone = ranges.map(([start, end]) => maskPython(source, start, end));
    // Lexing the text keeps its bytes at hand for the masks that follow.
    scanPythonStatements(source);
    expect(ranges.map(([start, end]) => maskPython(source, start, end))).toEqual(alone);
    expect(alone[ranges.findIndex(([start, end]) => start === 0 && end >= source.length)]).toBe(maskPython(source, 0, source.length));
  });
});

describe('statements remembered by text', () => {
  it('gives the lexer’s own answer, the same one for an equal text read again', () => {
    const text = 'import pytest\n\n@pytest.mark.skip(reason="x")\ndef test_a():\n    assert (1 +\n        2)\n';
    const again = Buffer.from(text).toString('latin1');
    const first = pythonStatementsOf(text);
    const fresh = scanPythonStatements(text);
    expect(first.count).toBe(fresh.count);
    expect([...first.start.subarray(0, first.count)]).toEqual([...fresh.start.subarray(0, fresh.count)]);
    expect([...first.end.subarray(0, first.count)]).toEqual([...fresh.end.subarray(0, fresh.count)]);
    expect(pythonStatementsOf(again)).toBe(first);
    expect(pythonStatementsOf(`${text}# more\n`)).not.toBe(first);
  });
});
