import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
const NL = 10;
const CR = 13;
const SP = 32;
const TAB = 9;
const FF = 12;
const HASH = 35;
const SQ = 39;
const DQ = 34;
const BS = 92;
const LBRACE = 123;
const RBRACE = 125;
/** What any non-ASCII character becomes in `syntaxBytes`: never syntax, always part of a name. */
const OTHER = 0x80;
const K_NEWLINE = 1;
const K_QUOTE = 2;
const K_HASH = 3;
const K_BACKSLASH = 4;
const K_OPEN = 5;
const K_CLOSE = 6;
/** Byte classes of the statement scanner; 0 is "nothing to do". */
const KIND = new Uint8Array(256);
KIND[NL] = K_NEWLINE;
KIND[CR] = K_NEWLINE;
KIND[SQ] = K_QUOTE;
KIND[DQ] = K_QUOTE;
KIND[HASH] = K_HASH;
KIND[BS] = K_BACKSLASH;
for (const c of '([{')
    KIND[c.charCodeAt(0)] = K_OPEN;
for (const c of ')]}')
    KIND[c.charCodeAt(0)] = K_CLOSE;
/**
 * The last few texts' bytes, most recent first: masking goes back and forth between a test
 * module and the conftest.py and helper modules it uses, and each return to a text would
 * otherwise copy all of it again.
 */
const scratches = Array.from({ length: 4 }, () => ({ buffer: Buffer.allocUnsafe(1 << 16), text: undefined, bytes: new Uint8Array(0) }));
/**
 * The text as one byte per UTF-16 code unit: ASCII as it is, any other
 * character `OTHER`. Every Python delimiter is ASCII, so the lexer reads these
 * bytes (a typed array reads faster than a string) and its offsets are the
 * text's own. The bytes live in a buffer shared with other texts and stay valid
 * until the next call with another text.
 */
function syntaxBytes(text) {
    let k = 0;
    while (k < scratches.length && scratches[k].text !== text)
        k += 1;
    if (k === 0)
        return scratches[0].bytes;
    // A hit moves to the front; a miss takes the least recently used buffer.
    const slot = scratches.splice(k < scratches.length ? k : scratches.length - 1, 1)[0];
    scratches.unshift(slot);
    if (k < scratches.length)
        return slot.bytes;
    const n = text.length;
    if (slot.buffer.length < 3 * n)
        slot.buffer = Buffer.allocUnsafe(Math.max(3 * n, 2 * slot.buffer.length));
    const scratch = slot.buffer;
    // UTF-8 is one byte per character exactly when the text is ASCII, the usual case: one native copy.
    if (scratch.write(text, 0, 'utf8') !== n) {
        for (let i = 0; i < n; i += 1) {
            const c = text.charCodeAt(i);
            scratch[i] = c < 128 ? c : OTHER;
        }
    }
    slot.text = text;
    slot.bytes = scratch.subarray(0, n);
    return slot.bytes;
}
/** The text's bytes when they are among the last few texts' (see syntaxBytes), else undefined. */
function recentSyntaxBytes(text) {
    for (const slot of scratches)
        if (slot.text === text)
            return slot.bytes;
    return undefined;
}
let rangeScratch = Buffer.allocUnsafe(1 << 12);
/** The bytes of text[from, to) as syntaxBytes makes them, at 0 on; valid until the next call. */
function rangeSyntaxBytes(text, from, to) {
    const n = Math.max(0, Math.min(to, text.length) - from);
    // A Buffer, as syntaxBytes gives: the lexer's code then sees one kind of array.
    if (rangeScratch.length < n)
        rangeScratch = Buffer.allocUnsafe(Math.max(n, 2 * rangeScratch.length));
    const b = rangeScratch;
    for (let k = 0; k < n; k += 1) {
        const c = text.charCodeAt(from + k);
        b[k] = c < 128 ? c : OTHER;
    }
    return b.subarray(0, n);
}
export function isPrefixLetter(c) {
    // r R b B u U f F t T
    return c === 114 || c === 82 || c === 98 || c === 66 || c === 117 || c === 85 || c === 102 || c === 70 || c === 116 || c === 84;
}
function isIdentChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c > 127;
}
class Cursor {
    b;
    line = 1;
    error;
    n;
    constructor(b) {
        this.b = b;
        this.n = b.length;
    }
    fail(message, line) {
        this.error ??= { message, line };
    }
    /** Whether the quote at `q` opens an f-string (or t-string): its prefix holds f/t. */
    isFormatted(q) {
        const b = this.b;
        let p = q - 1;
        let formatted = false;
        let letters = 0;
        while (letters < 2 && p >= 0 && isPrefixLetter(b[p])) {
            const c = b[p] | 32;
            if (c === 102 || c === 116)
                formatted = true;
            p -= 1;
            letters += 1;
        }
        if (letters === 0)
            return false;
        // `elif"x"` is not a prefix: the letters must start the token.
        if (p >= 0 && isIdentChar(b[p]))
            return false;
        return formatted;
    }
    /** Steps over the string literal whose opening quote is at `i`; returns the offset after it. */
    skipString(i) {
        const b = this.b;
        const n = this.n;
        const quote = b[i];
        const formatted = this.isFormatted(i);
        const startLine = this.line;
        const triple = b[i + 1] === quote && b[i + 2] === quote;
        let j = triple ? i + 3 : i + 1;
        while (j < n) {
            const c = b[j];
            if (c === BS) {
                const next = b[j + 1];
                if (next === NL)
                    this.line += 1;
                else if (next === CR) {
                    this.line += 1;
                    if (b[j + 2] === NL)
                        j += 1;
                }
                j += 2;
            }
            else if (c === quote) {
                if (!triple)
                    return j + 1;
                if (b[j + 1] === quote && b[j + 2] === quote)
                    return j + 3;
                j += 1;
            }
            else if (c === NL || c === CR) {
                if (!triple) {
                    this.fail('unterminated string literal', startLine);
                    return j;
                }
                if (c === CR && b[j + 1] === NL)
                    j += 1;
                this.line += 1;
                j += 1;
            }
            else if (formatted && c === LBRACE) {
                if (b[j + 1] === LBRACE)
                    j += 2;
                else
                    j = this.skipFormatExpression(j + 1);
            }
            else {
                j += 1;
            }
        }
        this.fail(triple ? 'unterminated triple-quoted string' : 'unterminated string literal', startLine);
        return n;
    }
    /** Steps over `{expression}` inside an f-string, nested strings and brackets included. */
    skipFormatExpression(i) {
        const b = this.b;
        const n = this.n;
        let depth = 0;
        let j = i;
        while (j < n) {
            const c = b[j];
            if (c === SQ || c === DQ)
                j = this.skipString(j);
            else if (c === 40 || c === 91 || c === LBRACE) {
                depth += 1;
                j += 1;
            }
            else if (c === 41 || c === 93) {
                depth -= 1;
                j += 1;
            }
            else if (c === RBRACE) {
                if (depth === 0)
                    return j + 1;
                depth -= 1;
                j += 1;
            }
            else {
                if (c === NL)
                    this.line += 1;
                j += 1;
            }
        }
        return n;
    }
}
/** Texts whose statements are remembered (in UTF-16 code units): a test suite's worth, then oldest dropped first. */
const REMEMBERED_CHARS = 32 * 1024 * 1024;
const remembered = new Map();
let rememberedChars = 0;
/**
 * scanPythonStatements, remembered by text: one process lexes the same module
 * more than once (the skip-set guard reads every changed Python file for pytest
 * hooks, then parses it for its tests). The statements depend on the text alone,
 * so a text seen before has the same answer; the arrays are shared, for callers
 * that only read them. (The lexing worker does not use this: it hands its
 * arrays over to the other thread.)
 */
export function pythonStatementsOf(text) {
    const hit = remembered.get(text);
    if (hit)
        return hit;
    const statements = scanPythonStatements(text);
    if (text.length > REMEMBERED_CHARS)
        return statements;
    remembered.set(text, statements);
    rememberedChars += text.length;
    for (const key of remembered.keys()) {
        if (rememberedChars <= REMEMBERED_CHARS)
            break;
        remembered.delete(key);
        rememberedChars -= key.length;
    }
    return statements;
}
/** The logical statements of a module, as objects (convenient for small inputs). */
export function scanPython(text) {
    const s = scanPythonStatements(text);
    const statements = [];
    for (let k = 0; k < s.count; k += 1)
        statements.push({ start: s.start[k], end: s.end[k], indent: s.indent[k], line: s.line[k] });
    return s.error ? { statements, error: s.error } : { statements };
}
export function scanPythonStatements(text) {
    const b = syntaxBytes(text);
    const n = b.length;
    // About one statement per 32 characters of source: most modules never grow the arrays.
    let capacity = Math.max(256, n >> 5);
    let count = 0;
    let starts = new Int32Array(capacity);
    let ends = new Int32Array(capacity);
    let indents = new Int32Array(capacity);
    let lines = new Int32Array(capacity);
    const grow = () => {
        capacity *= 2;
        const copy = (a) => {
            const bigger = new Int32Array(capacity);
            bigger.set(a);
            return bigger;
        };
        starts = copy(starts);
        ends = copy(ends);
        indents = copy(indents);
        lines = copy(lines);
    };
    const cur = new Cursor(b);
    // Without carriage returns a comment ends at the next '\n', found natively.
    const lfOnly = text.indexOf('\r') < 0;
    const commentEnd = (from) => {
        if (lfOnly) {
            const nl = b.indexOf(NL, from);
            return nl < 0 ? n : nl;
        }
        let j = from;
        for (let c = b[j]; j < n && c !== NL && c !== CR; c = b[++j])
            ;
        return j;
    };
    let i = 0;
    // A BOM is not code.
    if (text.charCodeAt(0) === 0xfeff)
        i = 1;
    while (i < n) {
        let indent = 0;
        let c = b[i];
        while (c === SP || c === TAB || c === FF) {
            indent = c === TAB ? (indent + 8) & ~7 : c === SP ? indent + 1 : 0;
            i += 1;
            c = b[i];
        }
        if (i >= n)
            break;
        if (c === NL) {
            cur.line += 1;
            i += 1;
            continue;
        }
        if (c === CR) {
            cur.line += 1;
            i += b[i + 1] === NL ? 2 : 1;
            continue;
        }
        if (c === HASH) {
            i = commentEnd(i);
            continue;
        }
        const start = i;
        const line = cur.line;
        let depth = 0;
        let depthLine = line;
        while (i < n) {
            c = b[i];
            const kind = KIND[c];
            if (kind === 0) {
                i += 1;
                continue;
            }
            if (kind === K_NEWLINE) {
                if (depth === 0)
                    break;
                cur.line += 1;
                i += c === CR && b[i + 1] === NL ? 2 : 1;
            }
            else if (kind === K_QUOTE) {
                i = cur.skipString(i);
            }
            else if (kind === K_HASH) {
                i = commentEnd(i);
            }
            else if (kind === K_BACKSLASH) {
                const next = b[i + 1];
                if (next === NL || next === CR) {
                    cur.line += 1;
                    i += next === CR && b[i + 2] === NL ? 3 : 2;
                }
                else
                    i += 1;
            }
            else if (kind === K_OPEN) {
                if (depth === 0)
                    depthLine = cur.line;
                depth += 1;
                i += 1;
            }
            else {
                if (depth === 0)
                    cur.fail(`unmatched '${String.fromCharCode(c)}'`, cur.line);
                else
                    depth -= 1;
                i += 1;
            }
        }
        if (depth > 0)
            cur.fail('bracket opened here is never closed', depthLine);
        if (count === capacity)
            grow();
        starts[count] = start;
        ends[count] = i;
        indents[count] = indent;
        lines[count] = line;
        count += 1;
    }
    const result = { count, start: starts, end: ends, indent: indents, line: lines };
    if (cur.error)
        result.error = cur.error;
    return result;
}
/**
 * The code of text[start, end) with string contents and comments replaced by
 * spaces (quotes and newlines kept), so offsets still match the original and a
 * pattern can only match code.
 */
export function maskPython(text, start, end) {
    // The bytes from `base` on: the whole text's when they are at hand, else the range's alone, from
    // the letters a string prefix may have before it (a module's statements are masked long after it
    // was lexed, between other modules: copying all of it for one statement costs more than the mask).
    let b = recentSyntaxBytes(text);
    let base = 0;
    if (!b) {
        base = Math.max(0, start - 3);
        b = rangeSyntaxBytes(text, base, end);
    }
    const out = [];
    const cur = new Cursor(b);
    let i = start;
    let copied = start;
    while (i < end) {
        const c = b[i - base];
        if (c === SQ || c === DQ) {
            // A string that goes on past the range ends at the range's end, however far its bytes go.
            const close = Math.min(cur.skipString(i - base) + base, end);
            out.push(text.slice(copied, i + 1));
            out.push(blank(text, i + 1, close - 1));
            if (close - 1 > i)
                out.push(text.charAt(close - 1));
            copied = close;
            i = close;
        }
        else if (c === HASH) {
            let j = i;
            while (j < end && b[j - base] !== NL && b[j - base] !== CR)
                j += 1;
            out.push(text.slice(copied, i), ' '.repeat(j - i));
            copied = j;
            i = j;
        }
        else
            i += 1;
    }
    out.push(text.slice(copied, end));
    return out.join('');
}
function blank(text, from, to) {
    if (to <= from)
        return '';
    return text.slice(from, to).replace(/[^\r\n]/g, ' ');
}
/** The offset just after the string literal whose opening quote is at `quote` (its prefix precedes it). */
export function pythonStringEnd(text, quote) {
    return new Cursor(syntaxBytes(text)).skipString(quote);
}
/** The value of a simple string literal starting at `i` (quotes and prefix included), without escapes resolved. */
export function stringValueAt(text, i) {
    const b = syntaxBytes(text);
    let j = i;
    while (isPrefixLetter(b[j]))
        j += 1;
    const q = b[j];
    if (q !== SQ && q !== DQ)
        return undefined;
    const cur = new Cursor(b);
    const end = cur.skipString(j);
    const triple = b[j + 1] === q && b[j + 2] === q && end - j >= 6;
    return triple ? text.slice(j + 3, end - 3) : text.slice(j + 1, end - 1);
}
/**
 * A Python file's text from its bytes, its names as Python reads them (pythonNamesAsRead). Most
 * source files are plain ASCII: those are read as Latin-1, which is the same text for ASCII and
 * skips UTF-8 decoding (and no ASCII name changes under NFKC).
 */
export function pythonSourceText(bytes) {
    return isAscii(bytes) ? bytes.toString('latin1') : pythonNamesAsRead(bytes.toString('utf8'));
}
/** A character a Python name may hold (a little more: only what Python reads as a name can be in code). */
const NAME_CHAR = /^[\p{L}\p{M}\p{N}\p{Pc}]$/u;
const NON_ASCII = /[\u0080-\uffff]/g;
/**
 * Python source with its names as Python reads them: NFKC-normalized (PEP 3131), so
 * `@ｐytest.mark.skip` (a fullwidth p) is `@pytest.mark.skip`, and what looks for the name finds
 * it. Strings and comments stay as written, and no line break is added or taken away, so lines
 * still match the file.
 */
export function pythonNamesAsRead(text) {
    if (text.normalize('NFKC') === text)
        return text;
    // The characters outside ASCII on the lines NFKC changes (a combining mark changes only with the
    // letter before it): in code, outside strings and comments, such a character can only be part of
    // a name. A text with none in code reads the same (its changes are in strings, say).
    const candidates = [];
    let lineEnd = -1;
    let lineChanges = false;
    for (const m of text.matchAll(NON_ASCII)) {
        if (m.index > lineEnd) {
            const lineStart = text.lastIndexOf('\n', m.index) + 1;
            lineEnd = text.indexOf('\n', m.index);
            if (lineEnd < 0)
                lineEnd = text.length;
            const line = text.slice(lineStart, lineEnd);
            lineChanges = line.normalize('NFKC') !== line;
        }
        if (lineChanges)
            candidates.push(m.index);
    }
    const inCode = codeOffsets(text, candidates);
    if (inCode.length === 0)
        return text;
    const out = [];
    let copied = 0;
    for (const at of inCode) {
        if (at < copied)
            continue;
        let start = at;
        while (start > copied && isNameChar(text, start - 1))
            start -= 1;
        let end = at;
        while (end < text.length && isNameChar(text, end))
            end += 1;
        out.push(text.slice(copied, start), text.slice(start, end).normalize('NFKC'));
        copied = end;
    }
    out.push(text.slice(copied));
    return out.join('');
}
/** Whether the code unit at `i` is part of a name character. */
function isNameChar(text, i) {
    const unit = text.charCodeAt(i);
    if (unit < 128)
        return (unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122) || unit === 95;
    return NAME_CHAR.test(characterAt(text, i));
}
/** The character the code unit at `i` is part of: either half of a surrogate pair stands for the pair. */
function characterAt(text, i) {
    const unit = text.charCodeAt(i);
    const start = unit >= 0xdc00 && unit <= 0xdfff && i > 0 ? i - 1 : i;
    return String.fromCodePoint(text.codePointAt(start));
}
/** Of the offsets (ascending), those in code: outside string literals and comments. */
function codeOffsets(text, offsets) {
    const b = syntaxBytes(text);
    const cur = new Cursor(b);
    const out = [];
    let k = 0;
    for (let i = 0; i < b.length && k < offsets.length;) {
        // Offsets passed over inside a string or a comment are not code.
        while (k < offsets.length && offsets[k] < i)
            k += 1;
        const c = b[i];
        if (c === SQ || c === DQ)
            i = cur.skipString(i);
        else if (c === HASH) {
            while (i < b.length && b[i] !== NL && b[i] !== CR)
                i += 1;
        }
        else {
            if (offsets[k] === i) {
                out.push(i);
                k += 1;
            }
            i += 1;
        }
    }
    return out;
}
// This module doubles as the lexing worker (see `python-lex-worker.ts`): it
// imports nothing but Node's own modules, so it runs as it is, from the
// package or copied beside an action's bundle.
/** `workerData.role` of a lexing worker thread. */
export const LEX_WORKER_ROLE = 'agent-guards/python-lexer';
/** Files per reply: small enough that the main thread starts early, large enough that messages stay few. */
const LEX_BATCH = 16;
function serveLexing(port) {
    port.on('message', (request) => {
        const count = request.paths.length;
        let files = [];
        let transfer = [];
        for (let index = 0; index < count; index += 1) {
            const file = { index };
            const python = request.paths[index].endsWith('.py');
            let text;
            try {
                // Another language's file is left to the caller, which reads it as that language reads it.
                if (python)
                    text = pythonSourceText(readFileSync(request.paths[index]));
                file.text = text;
            }
            catch {
                // Left to the caller, which reads the file again and fails with the real error.
            }
            if (text !== undefined) {
                const statements = scanPythonStatements(text);
                file.statements = statements;
                transfer.push(statements.start.buffer, statements.end.buffer, statements.indent.buffer, statements.line.buffer);
            }
            files.push(file);
            if (files.length === LEX_BATCH || index === count - 1) {
                port.postMessage({ id: request.id, files, done: index === count - 1 }, transfer);
                files = [];
                transfer = [];
            }
        }
        if (count === 0)
            port.postMessage({ id: request.id, files: [], done: true });
    });
}
if (!isMainThread && parentPort && workerData?.role === LEX_WORKER_ROLE)
    serveLexing(parentPort);
//# sourceMappingURL=python-lexer.js.map