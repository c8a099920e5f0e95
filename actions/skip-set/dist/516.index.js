export const id = 516;
export const ids = [516];
export const modules = {

/***/ 34516:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: Inputs

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./packages/action-kit/lib/index.js + 15 modules
var lib = __webpack_require__(67311);
// EXTERNAL MODULE: ./packages/config/lib/index.js + 13 modules
var config_lib = __webpack_require__(46888);
// EXTERNAL MODULE: ./packages/git/lib/index.js + 8 modules
var git_lib = __webpack_require__(84730);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/source-lexing/lib/line-index.js
/**
 * Lines by offset: the start of every line, found once, so that many look-ups
 * in one file cost a binary search each. Lines end at `\n` (a `\r\n` line ends
 * at its `\n`; a lone `\r` does not end a line, as in git's line counting).
 */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    /** The 1-based line holding `offset`. */
    lineOf(offset) {
        const starts = this.starts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}
/** The 1-based line of `offset`, for a single look-up (no index built). */
function lineOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line += 1;
    return line;
}
//# sourceMappingURL=line-index.js.map
;// CONCATENATED MODULE: ./packages/source-lexing/lib/masked-text.js
/**
 * Helpers over "masked" code: text whose string contents and comments were
 * blanked with spaces by a language's lexer, so brackets and commas seen here
 * are code, and offsets still point into the original text.
 */
function isOpen(c) {
    return c === 40 || c === 91 || c === 123;
}
function isClose(c) {
    return c === 41 || c === 93 || c === 125;
}
function isSpace(c) {
    return c === 32 || c === 10 || c === 13 || c === 9 || c === 12;
}
/** Offset of the bracket closing the one at `open`, or -1. */
function matchingBracket(masked, open) {
    let depth = 0;
    for (let i = open; i < masked.length; i += 1) {
        const c = masked.charCodeAt(i);
        if (isOpen(c))
            depth += 1;
        else if (isClose(c)) {
            depth -= 1;
            if (depth === 0)
                return i;
        }
    }
    return -1;
}
/** Splits masked[start, end) at commas outside brackets; spans are trimmed and empty ones dropped. */
function splitTopLevel(masked, start, end, separator = ',') {
    const spans = [];
    const sep = separator.charCodeAt(0);
    let depth = 0;
    let from = start;
    for (let i = start; i <= end; i += 1) {
        const c = i === end ? sep : masked.charCodeAt(i);
        if (isOpen(c))
            depth += 1;
        else if (isClose(c))
            depth -= 1;
        else if (c === sep && depth === 0) {
            let s = from;
            let e = i;
            while (s < e && isSpace(masked.charCodeAt(s)))
                s += 1;
            while (e > s && isSpace(masked.charCodeAt(e - 1)))
                e -= 1;
            if (e > s)
                spans.push({ start: s, end: e });
            from = i + 1;
        }
    }
    return spans;
}
//# sourceMappingURL=masked-text.js.map
;// CONCATENATED MODULE: ./packages/source-lexing/lib/js-lexer.js

/**
 * The tokenizer for TypeScript and JavaScript, exact about what is code:
 * comments, string literals, template literals (with `${}` code inside),
 * regular-expression literals and JSX text are never mistaken for code. It
 * builds no syntax tree; the import recognizer and the test collectors read
 * its tokens, held as parallel arrays (no object per token).
 */
const T_IDENT = 1;
const T_STRING = 2;
/** A backtick literal, with or without substitutions. */
const T_TEMPLATE = 3;
const T_PUNCT = 4;
const T_NUMBER = 5;
const T_REGEX = 6;
/** A JSX element, from its `<` to the end of its closing tag. */
const T_JSX = 7;
/** Whether a file's language allows JSX: every JavaScript and TSX file, but not .ts/.mts/.cts. */
function allowsJsx(path) {
    return !/\.[mc]?ts$/.test(path);
}
function tokenizeJs(text, options) {
    return new JsLexer(text, options.jsx, options.nested ?? false).run();
}
/** Keywords after which a `/` starts a regular expression rather than a division. */
const KEYWORDS_BEFORE_EXPRESSION = new Set([
    'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'extends',
]);
/** Keywords whose `( … )` is a condition, after which a `/` starts a regular expression. */
const CONTROL_KEYWORDS = new Set(['if', 'while', 'for', 'with']);
const CH_NEWLINE = 10;
const CH_RETURN = 13;
const CH_QUOTE = 34;
const CH_DOLLAR = 36;
const CH_APOSTROPHE = 39;
const CH_STAR = 42;
const CH_SLASH = 47;
const CH_LESS = 60;
const CH_GREATER = 62;
const CH_BACKSLASH = 92;
const CH_BACKTICK = 96;
const CH_OPEN_BRACE = 123;
const CH_CLOSE_BRACE = 125;
class JsLexer {
    src;
    jsx;
    nested;
    pos = 0;
    kind = [];
    start = [];
    end = [];
    /** Above zero while lexing code whose tokens are not reported (inside a literal, without `nested`). */
    hidden = 0;
    /** The last significant token, reported or not: it decides whether `/` opens a regex. */
    lastKind = 0;
    lastStart = 0;
    lastEnd = 0;
    /** For each open `(`: was it opened by if/while/for/with (so `)` ends a condition)? */
    parens = [];
    lastClosedParenWasControl = false;
    /** Was the last `!` TypeScript's non-null assertion (`x! / 2`) rather than a logical not (`!/re/.test(s)`)? */
    lastBangWasPostfix = false;
    error;
    constructor(src, jsx, nested) {
        this.src = src;
        this.jsx = jsx;
        this.nested = nested;
    }
    run() {
        if (this.src.startsWith('#!'))
            this.skipLine();
        this.scanTokens(false);
        const match = this.matchBrackets();
        const tokens = { kind: this.kind, start: this.start, end: this.end, match };
        if (this.error)
            tokens.error = this.error;
        return tokens;
    }
    fail(message, at) {
        this.error ??= { message, line: lineOf(this.src, at) };
    }
    /** Scans code; when `untilBrace`, stops after the `}` that closes the caller's `${` or `{`. */
    scanTokens(untilBrace) {
        const src = this.src;
        let depth = 0;
        while (this.pos < src.length) {
            const c = src.charCodeAt(this.pos);
            if (c <= 32 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029) {
                this.pos += 1;
                continue;
            }
            if (c === CH_SLASH) {
                const next = src.charCodeAt(this.pos + 1);
                if (next === CH_SLASH) {
                    this.skipLine();
                }
                else if (next === CH_STAR) {
                    const close = src.indexOf('*/', this.pos + 2);
                    if (close < 0)
                        this.fail('unterminated comment', this.pos);
                    this.pos = close < 0 ? src.length : close + 2;
                }
                else if (this.regexAllowed()) {
                    this.scanRegex();
                }
                else {
                    this.punct(1);
                }
                continue;
            }
            if (c === CH_APOSTROPHE || c === CH_QUOTE) {
                this.scanString(c);
                continue;
            }
            if (c === CH_BACKTICK) {
                this.scanTemplate();
                continue;
            }
            if (c === CH_OPEN_BRACE) {
                depth += 1;
                this.punct(1);
                continue;
            }
            if (c === CH_CLOSE_BRACE) {
                if (untilBrace && depth === 0) {
                    this.pos += 1;
                    return;
                }
                depth -= 1;
                this.punct(1);
                continue;
            }
            // `<` after `<` is the second half of `<<`, never an element.
            if (c === CH_LESS && this.jsx && this.regexAllowed() && !this.lastIs(CH_LESS) && this.looksLikeJsx()) {
                this.scanJsx();
                continue;
            }
            if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(this.pos + 1)))) {
                this.scanNumber();
                continue;
            }
            if (isIdentifierStart(c)) {
                this.scanName();
                continue;
            }
            if (c === 63 /* ? */ && src.charCodeAt(this.pos + 1) === 46 && !isDigit(src.charCodeAt(this.pos + 2))) {
                // `?.`: two tokens, so a member chain reads `.` name whether or not it is optional.
                this.punct(1);
                this.punct(1);
                continue;
            }
            if (c === 46 && src.charCodeAt(this.pos + 1) === 46 && src.charCodeAt(this.pos + 2) === 46) {
                this.punct(3);
                continue;
            }
            if (c === 61 /* = */ && src.charCodeAt(this.pos + 1) === CH_GREATER) {
                this.punct(2);
                continue;
            }
            if (c === 40 /* ( */) {
                this.parens.push(this.lastKind === T_IDENT && CONTROL_KEYWORDS.has(src.slice(this.lastStart, this.lastEnd)));
            }
            else if (c === 41 /* ) */) {
                this.lastClosedParenWasControl = this.parens.pop() ?? false;
            }
            else if (c === 33 /* ! */) {
                // After an operand, `!` is a non-null assertion and the operand goes on.
                this.lastBangWasPostfix = !this.regexAllowed();
            }
            this.punct(1);
        }
    }
    regexAllowed() {
        switch (this.lastKind) {
            case 0:
                return true;
            case T_IDENT:
                return KEYWORDS_BEFORE_EXPRESSION.has(this.src.slice(this.lastStart, this.lastEnd));
            case T_PUNCT: {
                if (this.lastEnd - this.lastStart > 1)
                    return true;
                const c = this.src.charCodeAt(this.lastStart);
                if (c === 41 /* ) */)
                    return this.lastClosedParenWasControl;
                if (c === 33 /* ! */)
                    return !this.lastBangWasPostfix;
                return c !== 93 /* ] */;
            }
            default:
                return false;
        }
    }
    /** Whether the last token is the one-character punctuator `c`. */
    lastIs(c) {
        return this.lastKind === T_PUNCT && this.lastEnd - this.lastStart === 1 && this.src.charCodeAt(this.lastStart) === c;
    }
    /** Records a token; reports it unless it is inside a hidden literal. Returns its index, or -1. */
    push(kind, start, end) {
        this.lastKind = kind;
        this.lastStart = start;
        this.lastEnd = end;
        if (this.hidden > 0)
            return -1;
        this.kind.push(kind);
        this.start.push(start);
        this.end.push(end);
        return this.kind.length - 1;
    }
    punct(length) {
        this.push(T_PUNCT, this.pos, this.pos + length);
        this.pos += length;
    }
    /**
     * A token that holds code (a template with substitutions, a JSX element):
     * reported first, its code after it when `nested`, none of it otherwise.
     * `scan` lexes the whole of it; afterwards the holder is the last token.
     */
    holder(kind, scan) {
        const start = this.pos;
        const index = this.nested ? this.push(kind, start, start) : -1;
        if (!this.nested)
            this.hidden += 1;
        scan();
        if (!this.nested)
            this.hidden -= 1;
        if (index >= 0)
            this.end[index] = this.pos;
        else
            this.push(kind, start, this.pos);
        this.lastKind = kind;
        this.lastStart = start;
        this.lastEnd = this.pos;
    }
    /** Code inside a literal, up to the `}` that closes it: an expression starts there. */
    scanEmbeddedCode() {
        this.lastKind = 0;
        this.scanTokens(true);
    }
    skipLine() {
        while (this.pos < this.src.length) {
            const c = this.src.charCodeAt(this.pos);
            if (c === CH_NEWLINE || c === CH_RETURN || c === 0x2028 || c === 0x2029)
                return;
            this.pos += 1;
        }
    }
    scanName() {
        const start = this.pos;
        this.pos += 1;
        while (this.pos < this.src.length && isIdentifierPart(this.src.charCodeAt(this.pos)))
            this.pos += 1;
        this.push(T_IDENT, start, this.pos);
    }
    scanNumber() {
        const src = this.src;
        const start = this.pos;
        while (this.pos < src.length) {
            const c = src.charCodeAt(this.pos);
            if (isIdentifierPart(c) || c === 46) {
                this.pos += 1;
            }
            else if ((c === 43 || c === 45) && (src.charCodeAt(this.pos - 1) | 32) === 101 /* e */ && !/^0[xX]/.test(src.slice(start, this.pos))) {
                this.pos += 1;
            }
            else
                break;
        }
        this.push(T_NUMBER, start, this.pos);
    }
    /**
     * A quoted string. A line break ends an unterminated one: JavaScript strings
     * cannot span lines, so one stray quote costs at most the rest of its line.
     */
    scanString(quote) {
        const src = this.src;
        const start = this.pos;
        this.pos += 1;
        while (this.pos < src.length) {
            const c = src.charCodeAt(this.pos);
            if (c === quote) {
                this.pos += 1;
                this.push(T_STRING, start, this.pos);
                return;
            }
            if (c === CH_BACKSLASH) {
                // A backslash before a line break continues the string on the next line.
                this.pos += src.charCodeAt(this.pos + 1) === CH_RETURN && src.charCodeAt(this.pos + 2) === CH_NEWLINE ? 3 : 2;
                continue;
            }
            if (c === CH_NEWLINE || c === CH_RETURN)
                break;
            this.pos += 1;
        }
        this.fail('unterminated string literal', start);
        this.pos = Math.min(this.pos, src.length);
        this.push(T_STRING, start, this.pos);
    }
    scanTemplate() {
        const src = this.src;
        const start = this.pos;
        const substitution = this.templateHasSubstitution(start);
        const scan = () => {
            this.pos += 1;
            while (this.pos < src.length) {
                const c = src.charCodeAt(this.pos);
                if (c === CH_BACKTICK) {
                    this.pos += 1;
                    return;
                }
                if (c === CH_BACKSLASH) {
                    this.pos += 2;
                    continue;
                }
                if (c === CH_DOLLAR && src.charCodeAt(this.pos + 1) === CH_OPEN_BRACE) {
                    this.pos += 2;
                    this.scanEmbeddedCode();
                    continue;
                }
                this.pos += 1;
            }
            this.fail('unterminated template literal', start);
            this.pos = src.length;
        };
        if (substitution) {
            this.holder(T_TEMPLATE, scan);
        }
        else {
            scan();
            this.push(T_TEMPLATE, start, this.pos);
        }
    }
    /** Whether the template literal at `start` holds a `${` before its closing backtick (escapes respected). */
    templateHasSubstitution(start) {
        const src = this.src;
        for (let i = start + 1; i < src.length; i += 1) {
            const c = src.charCodeAt(i);
            if (c === CH_BACKSLASH)
                i += 1;
            else if (c === CH_BACKTICK)
                return false;
            else if (c === CH_DOLLAR && src.charCodeAt(i + 1) === CH_OPEN_BRACE)
                return true;
        }
        return false;
    }
    scanRegex() {
        const src = this.src;
        const start = this.pos;
        this.pos += 1;
        let inClass = false;
        while (this.pos < src.length) {
            const c = src.charCodeAt(this.pos);
            if (c === CH_NEWLINE || c === CH_RETURN)
                break;
            if (c === CH_BACKSLASH) {
                this.pos += 2;
                continue;
            }
            if (c === 91 /* [ */)
                inClass = true;
            else if (c === 93 /* ] */)
                inClass = false;
            else if (c === CH_SLASH && !inClass) {
                this.pos += 1;
                while (this.pos < src.length && isIdentifierPart(src.charCodeAt(this.pos)))
                    this.pos += 1;
                this.push(T_REGEX, start, this.pos);
                return;
            }
            this.pos += 1;
        }
        this.fail('unterminated regular expression', start);
        this.pos = Math.min(this.pos, src.length);
        this.push(T_REGEX, start, this.pos);
    }
    /**
     * `<` where an expression starts: JSX unless it is a TSX generic arrow
     * (`<T,>(…)` or `<T extends U>(…)`).
     */
    looksLikeJsx() {
        const rest = this.src.slice(this.pos + 1, this.pos + 200);
        if (/^\s*>/.test(rest))
            return true;
        if (!/^\s*[A-Za-z_$]/.test(rest))
            return false;
        return !/^\s*[A-Za-z_$][\w$]*(?:\s*[,=]|\s+extends\s)/.test(rest);
    }
    scanJsx() {
        const start = this.pos;
        this.holder(T_JSX, () => {
            if (!this.scanJsxElement())
                this.fail('unterminated JSX element', start);
        });
    }
    /** From `<` to the end of the element; code in `{}` is lexed as usual. False when the text ends first. */
    scanJsxElement() {
        const src = this.src;
        this.pos += 1;
        this.skipSpaces();
        if (src.charCodeAt(this.pos) === CH_GREATER) {
            this.pos += 1;
            return this.scanJsxChildren();
        }
        while (this.pos < src.length) {
            const c = src.charCodeAt(this.pos);
            if (c === CH_SLASH && src.charCodeAt(this.pos + 1) === CH_GREATER) {
                this.pos += 2;
                return true;
            }
            if (c === CH_GREATER) {
                this.pos += 1;
                return this.scanJsxChildren();
            }
            if (c === CH_OPEN_BRACE) {
                this.pos += 1;
                this.scanEmbeddedCode();
                continue;
            }
            if (c === CH_QUOTE || c === CH_APOSTROPHE) {
                // Attribute strings have no escapes.
                const close = src.indexOf(src[this.pos], this.pos + 1);
                this.pos = close < 0 ? src.length : close + 1;
                continue;
            }
            this.pos += 1;
        }
        return false;
    }
    scanJsxChildren() {
        const src = this.src;
        while (this.pos < src.length) {
            const c = src.charCodeAt(this.pos);
            if (c === CH_OPEN_BRACE) {
                this.pos += 1;
                this.scanEmbeddedCode();
                continue;
            }
            if (c === CH_LESS) {
                let next = this.pos + 1;
                while (next < src.length && src.charCodeAt(next) <= 32)
                    next += 1;
                if (src.charCodeAt(next) === CH_SLASH) {
                    const close = src.indexOf('>', next);
                    this.pos = close < 0 ? src.length : close + 1;
                    return close >= 0;
                }
                if (!this.scanJsxElement())
                    return false;
                continue;
            }
            this.pos += 1;
        }
        return false;
    }
    skipSpaces() {
        while (this.pos < this.src.length && this.src.charCodeAt(this.pos) <= 32)
            this.pos += 1;
    }
    matchBrackets() {
        const { kind, start, src } = this;
        const match = new Array(kind.length).fill(-1);
        const stack = [];
        for (let t = 0; t < kind.length; t += 1) {
            if (kind[t] !== T_PUNCT)
                continue;
            const c = src.charCodeAt(start[t]);
            if (c === 40 || c === 91 || c === CH_OPEN_BRACE)
                stack.push(t);
            else if (c === 41 || c === 93 || c === CH_CLOSE_BRACE) {
                const open = stack.pop();
                if (open === undefined || src.charCodeAt(start[open]) !== OPENER[c]) {
                    this.fail(`unmatched '${String.fromCharCode(c)}'`, start[t]);
                    if (open === undefined)
                        continue;
                }
                match[open] = t;
                match[t] = open;
            }
        }
        if (stack.length > 0)
            this.fail('bracket opened here is never closed', start[stack[stack.length - 1]]);
        return match;
    }
}
/** The opening bracket of each closing one. */
const OPENER = { 41: 40, 93: 91, [CH_CLOSE_BRACE]: CH_OPEN_BRACE };
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/** Identifier characters, `#` of private names and `\` of Unicode escapes included. */
function isIdentifierStart(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === CH_DOLLAR || c === 35 /* # */ || c === CH_BACKSLASH || c > 127;
}
function isIdentifierPart(c) {
    return isIdentifierStart(c) || isDigit(c);
}
/**
 * The value of a string literal or of a template literal without
 * substitutions, escapes resolved; undefined for any other token (a template
 * with `${}` has no single value).
 */
function literalValue(text, tokens, t) {
    const kind = tokens.kind[t];
    if (kind !== T_STRING && kind !== T_TEMPLATE)
        return undefined;
    const start = tokens.start[t];
    const end = tokens.end[t];
    const quote = text.charCodeAt(start);
    let value = '';
    let chunk = start + 1;
    let i = start + 1;
    while (i < end) {
        const c = text.charCodeAt(i);
        if (c === quote)
            break;
        if (c === CH_BACKSLASH) {
            const escape = readEscape(text, i + 1);
            value += text.slice(chunk, i) + escape.text;
            i += 1 + escape.length;
            chunk = i;
            continue;
        }
        if (kind === T_TEMPLATE && c === CH_DOLLAR && text.charCodeAt(i + 1) === CH_OPEN_BRACE)
            return undefined;
        i += 1;
    }
    return value + text.slice(chunk, Math.min(i, end));
}
const SIMPLE_ESCAPES = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };
/** The text a backslash escape stands for and how many characters follow the backslash. */
function readEscape(src, at) {
    const c = src[at];
    if (c === undefined)
        return { text: '', length: 0 };
    if (c === '\r')
        return { text: '', length: src[at + 1] === '\n' ? 2 : 1 };
    if (c === '\n' || c === '\u2028' || c === '\u2029')
        return { text: '', length: 1 };
    const hex = c === 'x' ? /^[0-9a-fA-F]{2}/.exec(src.slice(at + 1, at + 3)) : c === 'u' ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/.exec(src.slice(at + 1, at + 9)) : null;
    if (hex) {
        const code = Number.parseInt(hex[0].replace(/[{}]/g, ''), 16);
        return { text: code <= 0x10ffff ? String.fromCodePoint(code) : '', length: 1 + hex[0].length };
    }
    return { text: SIMPLE_ESCAPES[c] ?? c, length: 1 };
}
/**
 * The parts of the template literal token `t`, from tokens lexed with
 * `nested` (a substitution's tokens follow the template that holds them).
 * Undefined for any other token, or when the template's code was not reported.
 */
function templateParts(text, tokens, t) {
    if (tokens.kind[t] !== T_TEMPLATE)
        return undefined;
    const end = tokens.end[t];
    const count = tokens.kind.length;
    const quasis = [];
    const substitutions = [];
    let chunk = '';
    let next = t + 1;
    let i = tokens.start[t] + 1;
    while (i < end) {
        const c = text.charCodeAt(i);
        if (c === CH_BACKTICK) {
            quasis.push(chunk);
            return { quasis, substitutions };
        }
        if (c === CH_BACKSLASH) {
            const escape = readEscape(text, i + 1);
            chunk += escape.text;
            i += 1 + escape.length;
            continue;
        }
        if (c !== CH_DOLLAR || text.charCodeAt(i + 1) !== CH_OPEN_BRACE) {
            chunk += text[i];
            i += 1;
            continue;
        }
        quasis.push(chunk);
        chunk = '';
        // The substitution's closing `}` is not a token: it is the first code character after the last token that is not one.
        const first = next;
        let pos = i + 2;
        let close = -1;
        for (;;) {
            const limit = next < count && tokens.start[next] < end ? tokens.start[next] : end;
            close = closingBrace(text, pos, limit);
            if (close >= 0 || limit === end)
                break;
            // Step over the token with everything it holds: a bracket group, or a nested template's or element's code.
            const partner = tokens.match[next];
            const stop = tokens.end[partner > next ? partner : next];
            next += 1;
            while (next < count && tokens.start[next] < stop)
                next += 1;
            pos = stop;
        }
        if (close < 0)
            return undefined;
        substitutions.push({ first, end: next });
        i = close + 1;
    }
    return undefined;
}
/** The offset of a `}` that is the first code in text[from, limit) (spaces and comments skipped), or -1. */
function closingBrace(text, from, limit) {
    let i = from;
    while (i < limit) {
        const c = text.charCodeAt(i);
        if (c <= 32 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029)
            i += 1;
        else if (c === CH_SLASH && text.charCodeAt(i + 1) === CH_SLASH) {
            while (i < limit && text.charCodeAt(i) !== CH_NEWLINE && text.charCodeAt(i) !== CH_RETURN)
                i += 1;
        }
        else if (c === CH_SLASH && text.charCodeAt(i + 1) === CH_STAR) {
            const close = text.indexOf('*/', i + 2);
            i = close < 0 ? limit : close + 2;
        }
        else
            return c === CH_CLOSE_BRACE ? i : -1;
    }
    return -1;
}
//# sourceMappingURL=js-lexer.js.map
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./packages/source-lexing/lib/python-lexer.js



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
function python_lexer_isPrefixLetter(c) {
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
        while (letters < 2 && p >= 0 && python_lexer_isPrefixLetter(b[p])) {
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
function pythonStatementsOf(text) {
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
function scanPython(text) {
    const s = scanPythonStatements(text);
    const statements = [];
    for (let k = 0; k < s.count; k += 1)
        statements.push({ start: s.start[k], end: s.end[k], indent: s.indent[k], line: s.line[k] });
    return s.error ? { statements, error: s.error } : { statements };
}
function scanPythonStatements(text) {
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
function maskPython(text, start, end) {
    const b = syntaxBytes(text);
    const out = [];
    const cur = new Cursor(b);
    let i = start;
    let copied = start;
    while (i < end) {
        const c = b[i];
        if (c === SQ || c === DQ) {
            const close = Math.min(cur.skipString(i), end);
            out.push(text.slice(copied, i + 1));
            out.push(blank(text, i + 1, close - 1));
            if (close - 1 > i)
                out.push(text.charAt(close - 1));
            copied = close;
            i = close;
        }
        else if (c === HASH) {
            let j = i;
            while (j < end && b[j] !== NL && b[j] !== CR)
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
function pythonStringEnd(text, quote) {
    return new Cursor(syntaxBytes(text)).skipString(quote);
}
/** The value of a simple string literal starting at `i` (quotes and prefix included), without escapes resolved. */
function stringValueAt(text, i) {
    const b = syntaxBytes(text);
    let j = i;
    while (python_lexer_isPrefixLetter(b[j]))
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
 * Source text from its bytes. Most source files are plain ASCII: those are read
 * as Latin-1, which is the same text for ASCII and skips UTF-8 decoding.
 */
function python_lexer_sourceText(bytes) {
    return (0,external_node_buffer_.isAscii)(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}
// This module doubles as the lexing worker (see `python-lex-worker.ts`): it
// imports nothing but Node's own modules, so it runs as it is, from the
// package or copied beside an action's bundle.
/** `workerData.role` of a lexing worker thread. */
const python_lexer_LEX_WORKER_ROLE = 'agent-guards/python-lexer';
/** Files per reply: small enough that the main thread starts early, large enough that messages stay few. */
const LEX_BATCH = 16;
function serveLexing(port) {
    port.on('message', (request) => {
        const count = request.paths.length;
        let files = [];
        let transfer = [];
        for (let index = 0; index < count; index += 1) {
            const file = { index };
            let text;
            try {
                text = python_lexer_sourceText((0,external_node_fs_.readFileSync)(request.paths[index]));
                file.text = text;
            }
            catch {
                // Left to the caller, which reads the file again and fails with the real error.
            }
            if (text !== undefined && request.paths[index].endsWith('.py')) {
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
if (!external_node_worker_threads_.isMainThread && external_node_worker_threads_.parentPort && external_node_worker_threads_.workerData?.role === python_lexer_LEX_WORKER_ROLE)
    serveLexing(external_node_worker_threads_.parentPort);
//# sourceMappingURL=python-lexer.js.map
;// CONCATENATED MODULE: ./packages/source-lexing/lib/python-tokens.js

/**
 * The tokens of text[start, end): one logical statement as
 * `scanPythonStatements` found it. Comments and line continuations are
 * skipped; every string form (prefixes, triple quotes, f-strings with their
 * nested expressions) is one token, found by the same rules the statement
 * scanner used. Operators are one character each.
 */
function pythonTokens(text, start, end) {
    const tokens = [];
    let pos = start;
    while (pos < end) {
        const c = text.charCodeAt(pos);
        if (c === 32 || c === 9 || c === 12 || c === 10 || c === 13 || c === 0xfeff) {
            pos += 1;
        }
        else if (c === 92 /* \ */ && (text.charCodeAt(pos + 1) === 10 || text.charCodeAt(pos + 1) === 13)) {
            pos += 2;
        }
        else if (c === 35 /* # */) {
            while (pos < end && text.charCodeAt(pos) !== 10 && text.charCodeAt(pos) !== 13)
                pos += 1;
        }
        else if (c === 39 || c === 34) {
            pos = stringToken(text, pos, pos, tokens);
        }
        else if (isNameStart(c)) {
            const from = pos;
            while (pos < end && isNamePart(text.charCodeAt(pos)))
                pos += 1;
            const q = text.charCodeAt(pos);
            if ((q === 39 || q === 34) && pos - from <= 2 && isPrefix(text, from, pos))
                pos = stringToken(text, from, pos, tokens);
            else
                tokens.push({ type: 'name', value: text.slice(from, pos), start: from, end: pos });
        }
        else if ((c >= 48 && c <= 57) || (c === 46 && python_tokens_isDigit(text.charCodeAt(pos + 1)))) {
            const from = pos;
            pos = numberEnd(text, pos, end);
            tokens.push({ type: 'number', value: text.slice(from, pos), start: from, end: pos });
        }
        else {
            tokens.push({ type: 'op', value: text[pos], start: pos, end: pos + 1 });
            pos += 1;
        }
    }
    return tokens;
}
function stringToken(text, from, quote, tokens) {
    const end = pythonStringEnd(text, quote);
    tokens.push({ type: 'string', value: stringValueAt(text, from) ?? '', start: from, end });
    return end;
}
/** The end of the number at `pos`: digits, `_`, `.`, letters (0x, 1j, 1e5) and an exponent's sign. */
function numberEnd(text, pos, end) {
    const hex = text.charCodeAt(pos) === 48 && (text.charCodeAt(pos + 1) | 32) === 120;
    let i = pos;
    while (i < end) {
        const c = text.charCodeAt(i);
        if (isNamePart(c) || c === 46)
            i += 1;
        else if ((c === 43 || c === 45) && !hex && (text.charCodeAt(i - 1) | 32) === 101 /* e */)
            i += 1;
        else
            break;
    }
    return i;
}
function isPrefix(text, from, to) {
    for (let i = from; i < to; i += 1)
        if (!python_lexer_isPrefixLetter(text.charCodeAt(i)))
            return false;
    return true;
}
function python_tokens_isDigit(c) {
    return c >= 48 && c <= 57;
}
function isNameStart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}
function isNamePart(c) {
    return isNameStart(c) || python_tokens_isDigit(c);
}
const PY_SIMPLE_ESCAPES = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
/** The literal of a string token (`pythonTokens` type `string`) spanning text[start, end). */
function pythonStringLiteral(text, start, end) {
    let q = start;
    while (q < end && isPrefixLetter(text.charCodeAt(q)))
        q += 1;
    const quote = text[q];
    if (quote !== "'" && quote !== '"')
        return undefined;
    const prefix = text.slice(start, q).toLowerCase();
    const triple = text.startsWith(quote.repeat(3), q) && end - q >= 6;
    const open = triple ? 3 : 1;
    const body = text.slice(q + open, Math.max(q + open, end - open));
    if (prefix.includes('f') || prefix.includes('t'))
        return { prefix, body };
    if (prefix.includes('r'))
        return { prefix, body, value: body };
    const value = pythonEscapes(body, prefix.includes('b'));
    return value === undefined ? { prefix, body } : { prefix, body, value };
}
/** Resolves the backslash escapes of a non-raw string body; undefined for `\N{…}`. */
function pythonEscapes(body, bytes) {
    let out = '';
    let i = 0;
    while (i < body.length) {
        const c = body[i];
        if (c !== '\\') {
            out += c;
            i += 1;
            continue;
        }
        const e = body[i + 1];
        if (e === undefined)
            return out + c;
        if (e === '\n') {
            i += 2;
            continue;
        }
        if (e === '\r') {
            i += body[i + 2] === '\n' ? 3 : 2;
            continue;
        }
        if (PY_SIMPLE_ESCAPES[e] !== undefined) {
            out += PY_SIMPLE_ESCAPES[e];
            i += 2;
            continue;
        }
        const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4));
        if (octal) {
            out += String.fromCharCode(Number.parseInt(octal[0], 8));
            i += 1 + octal[0].length;
            continue;
        }
        const width = e === 'x' ? 2 : !bytes && e === 'u' ? 4 : !bytes && e === 'U' ? 8 : 0;
        const hex = width > 0 ? body.slice(i + 2, i + 2 + width) : '';
        if (width > 0 && hex.length === width && /^[0-9a-fA-F]+$/.test(hex)) {
            const code = Number.parseInt(hex, 16);
            if (code > 0x10ffff)
                return undefined;
            out += String.fromCodePoint(code);
            i += 2 + width;
            continue;
        }
        if (e === 'N' && !bytes)
            return undefined;
        // An unknown escape keeps its backslash.
        out += c;
        i += 1;
    }
    return out;
}
//# sourceMappingURL=python-tokens.js.map
;// CONCATENATED MODULE: ./packages/source-lexing/lib/python-lex-worker.js


/** The lexing worker could not start or stopped: what it had not lexed yet is lexed by the caller. */
class python_lex_worker_LexWorkerError extends (/* unused pure expression or super */ null && (Error)) {
}
/**
 * A worker thread that reads and lexes Python files while the main thread
 * parses and collects the ones already lexed: a full scan uses both cores, as
 * the search tools it is measured against do. One worker serves the process;
 * it does not keep the process alive while idle. When it cannot start or
 * fails, `lex` rejects and the caller lexes on its own thread.
 */
class python_lex_worker_PythonLexWorker {
    worker;
    static instance;
    static unavailable = (/* unused pure expression or super */ null && (false));
    pending = new Map();
    nextId = 1;
    failure;
    constructor(worker) {
        this.worker = worker;
        worker.unref();
        worker.on('message', (reply) => this.receive(reply));
        worker.on('error', (e) => this.fail(new python_lex_worker_LexWorkerError(`the lexing worker failed: ${e instanceof Error ? e.message : String(e)}`)));
        worker.on('exit', (code) => this.fail(new python_lex_worker_LexWorkerError(`the lexing worker exited (code ${code})`)));
    }
    /** The process's lexing worker, started on first use; undefined where no worker can run. */
    static shared() {
        if (python_lex_worker_PythonLexWorker.instance && !python_lex_worker_PythonLexWorker.instance.failure)
            return python_lex_worker_PythonLexWorker.instance;
        if (python_lex_worker_PythonLexWorker.unavailable)
            return undefined;
        try {
            python_lex_worker_PythonLexWorker.instance = new python_lex_worker_PythonLexWorker(startLexerWorker());
        }
        catch {
            python_lex_worker_PythonLexWorker.unavailable = true;
            return undefined;
        }
        return python_lex_worker_PythonLexWorker.instance;
    }
    /** Whether the process's worker has been started (and not stopped). */
    static running() {
        return python_lex_worker_PythonLexWorker.instance !== undefined && !python_lex_worker_PythonLexWorker.instance.failure;
    }
    /** Stops the process's worker (a later scan starts a new one); scans waiting on it lex on their own thread. */
    static async stop() {
        const instance = python_lex_worker_PythonLexWorker.instance;
        python_lex_worker_PythonLexWorker.instance = undefined;
        if (instance)
            await instance.worker.terminate();
    }
    /** Reads files (absolute paths) and lexes the Python ones; `onFiles` gets them in order, a batch at a time. */
    lex(paths, onFiles) {
        if (this.failure)
            return Promise.reject(this.failure);
        const id = this.nextId;
        this.nextId += 1;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { onFiles, resolve, reject });
            if (this.pending.size === 1)
                this.worker.ref();
            this.worker.postMessage({ id, paths });
        });
    }
    receive(reply) {
        const request = this.pending.get(reply.id);
        if (!request)
            return;
        try {
            request.onFiles(reply.files);
        }
        catch (e) {
            this.settle(reply.id);
            request.reject(e instanceof Error ? e : new Error(String(e)));
            return;
        }
        if (reply.done) {
            this.settle(reply.id);
            request.resolve();
        }
    }
    settle(id) {
        this.pending.delete(id);
        if (this.pending.size === 0)
            this.worker.unref();
    }
    fail(error) {
        this.failure ??= error;
        for (const [id, request] of this.pending) {
            this.settle(id);
            request.reject(this.failure);
        }
    }
}
/**
 * The worker runs the compiled lexer module, which sits beside this one: in the
 * package's lib/, or beside an action's bundle (where scripts/bundle.mjs copies
 * it). From TypeScript sources (tests) it is the one in lib/.
 */
function startLexerWorker() {
    const here = import.meta.url;
    const script = here.endsWith('.ts') ? here.replace(/\/src\/[^/]+$/, '/lib/python-lexer.js') : here.replace(/[^/]+$/, 'python-lexer.js');
    return new Worker(new URL(script), { workerData: { role: LEX_WORKER_ROLE } });
}
//# sourceMappingURL=python-lex-worker.js.map
;// CONCATENATED MODULE: ./packages/source-lexing/lib/clike-lexer.js

/**
 * Blanks comments and literals of Go, Java, Kotlin or Rust: `//` and `/* *\/`
 * comments (nested in Kotlin and Rust), "…" strings, Go raw `…` strings, Java
 * and Kotlin `"""` text blocks, Kotlin `${…}` templates, Rust raw strings
 * r#"…"# and char literals (told apart from lifetimes). Kotlin backtick names
 * keep their length with their contents turned into `x`, so they stay one word.
 */
function maskCLike(text, dialect) {
    const n = text.length;
    const out = text.split('');
    let error;
    const fail = (message, at) => {
        error ??= { message, line: lineOf(text, at) };
    };
    const blank = (from, to, fill = ' ') => {
        for (let k = from; k < to && k < n; k += 1)
            if (out[k] !== '\n' && out[k] !== '\r')
                out[k] = fill;
    };
    const nestedComments = dialect === 'kotlin' || dialect === 'rust';
    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        const next = text.charCodeAt(i + 1);
        if (c === 47 && next === 47) {
            let j = i;
            while (j < n && text.charCodeAt(j) !== 10)
                j += 1;
            blank(i, j);
            i = j;
        }
        else if (c === 47 && next === 42) {
            let depth = 1;
            let j = i + 2;
            while (j < n && depth > 0) {
                if (text.charCodeAt(j) === 42 && text.charCodeAt(j + 1) === 47) {
                    depth -= 1;
                    j += 2;
                }
                else if (nestedComments && text.charCodeAt(j) === 47 && text.charCodeAt(j + 1) === 42) {
                    depth += 1;
                    j += 2;
                }
                else
                    j += 1;
            }
            if (depth > 0)
                fail('unterminated block comment', i);
            blank(i, j);
            i = j;
        }
        else if (c === 34) {
            const triple = (dialect === 'java' || dialect === 'kotlin') && next === 34 && text.charCodeAt(i + 2) === 34;
            const end = triple ? skipTripleQuoted(text, i, dialect === 'java') : skipQuoted(text, i, dialect === 'kotlin');
            if (end < 0) {
                fail('unterminated string literal', i);
                blank(i + 1, n);
                break;
            }
            blank(triple ? i + 3 : i + 1, triple ? end - 3 : end - 1);
            i = end;
        }
        else if (c === 96 && dialect === 'go') {
            const close = text.indexOf('`', i + 1);
            if (close < 0) {
                fail('unterminated raw string', i);
                blank(i + 1, n);
                break;
            }
            blank(i + 1, close);
            i = close + 1;
        }
        else if (c === 96 && dialect === 'kotlin') {
            const close = text.indexOf('`', i + 1);
            const eol = text.indexOf('\n', i + 1);
            if (close < 0 || (eol >= 0 && eol < close)) {
                fail('unterminated backtick name', i);
                i += 1;
                continue;
            }
            blank(i + 1, close, 'x');
            i = close + 1;
        }
        else if (c === 114 && dialect === 'rust' && (next === 35 || next === 34) && !isWordChar(text.charCodeAt(i - 1))) {
            // r"…", r#"…"#, r##"…"## (also after a `b`: br"…").
            let hashes = 0;
            let j = i + 1;
            while (text.charCodeAt(j) === 35) {
                hashes += 1;
                j += 1;
            }
            if (text.charCodeAt(j) !== 34) {
                i += 1;
                continue;
            }
            const terminator = `"${'#'.repeat(hashes)}`;
            const close = text.indexOf(terminator, j + 1);
            if (close < 0) {
                fail('unterminated raw string', i);
                blank(j + 1, n);
                break;
            }
            blank(j + 1, close);
            i = close + terminator.length;
        }
        else if (c === 39) {
            const end = charLiteralEnd(text, i, dialect);
            if (end > 0) {
                blank(i + 1, end - 1);
                i = end;
            }
            else
                i += 1;
        }
        else
            i += 1;
    }
    return { masked: out.join(''), ...(error ? { error } : {}) };
}
function isWordChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
/** End of a "…" string (after the closing quote), or -1. Kotlin templates `${…}` may hold strings. */
function skipQuoted(text, from, templates) {
    let j = from + 1;
    while (j < text.length) {
        const c = text.charCodeAt(j);
        if (c === 92)
            j += 2;
        else if (c === 34)
            return j + 1;
        else if (c === 10)
            return -1;
        else if (templates && c === 36 && text.charCodeAt(j + 1) === 123)
            j = skipTemplate(text, j + 2);
        else
            j += 1;
    }
    return -1;
}
function skipTripleQuoted(text, from, escapes) {
    let j = from + 3;
    while (j < text.length) {
        const c = text.charCodeAt(j);
        if (escapes && c === 92)
            j += 2;
        else if (c === 34 && text.charCodeAt(j + 1) === 34 && text.charCodeAt(j + 2) === 34) {
            // Kotlin allows extra quotes before the closing three: """a""""
            let k = j + 3;
            while (text.charCodeAt(k) === 34)
                k += 1;
            return k;
        }
        else if (!escapes && c === 36 && text.charCodeAt(j + 1) === 123)
            j = skipTemplate(text, j + 2);
        else
            j += 1;
    }
    return -1;
}
function skipTemplate(text, from) {
    let depth = 0;
    let j = from;
    while (j < text.length) {
        const c = text.charCodeAt(j);
        if (c === 34) {
            const end = skipQuoted(text, j, true);
            j = end < 0 ? j + 1 : end;
        }
        else if (c === 123) {
            depth += 1;
            j += 1;
        }
        else if (c === 125) {
            if (depth === 0)
                return j + 1;
            depth -= 1;
            j += 1;
        }
        else
            j += 1;
    }
    return text.length;
}
/** End of a char literal starting at `from`, or -1 when the quote is a Rust lifetime or label. */
function charLiteralEnd(text, from, dialect) {
    const next = text.charCodeAt(from + 1);
    if (next === 92) {
        // '\n', '\'', '\u{1F600}', '\u0041'
        const close = text.indexOf("'", from + 3);
        const eol = text.indexOf('\n', from);
        return close >= 0 && (eol < 0 || close < eol) ? close + 1 : -1;
    }
    if (text.charCodeAt(from + 2) === 39)
        return from + 3;
    // A surrogate pair is one character: '😀'.
    if (next >= 0xd800 && next <= 0xdbff && text.charCodeAt(from + 3) === 39)
        return from + 4;
    if (dialect !== 'rust')
        return -1;
    return -1;
}
/** Offset of the `}` matching the `{` at `open` in masked text, or -1. */
function matchingBrace(masked, open) {
    let depth = 0;
    for (let i = open; i < masked.length; i += 1) {
        const c = masked.charCodeAt(i);
        if (c === 123)
            depth += 1;
        else if (c === 125) {
            depth -= 1;
            if (depth === 0)
                return i;
        }
    }
    return -1;
}
//# sourceMappingURL=clike-lexer.js.map
;// CONCATENATED MODULE: ./packages/source-lexing/lib/ruby-lexer.js

/** Words after which an expression starts (so `/` opens a regexp). */
const RUBY_WORDS_BEFORE_STATEMENT = new Set(['then', 'else', 'do', 'return', 'and', 'or', 'not', 'begin', 'elsif', 'when', 'in']);
/**
 * Blanks Ruby's strings (with `#{}` code inside), %-literals, heredocs,
 * regexps, comments and `=begin` blocks, so that what is left is code, at the
 * same offsets. Tells a `/` that starts a regexp from a division by the word
 * before it.
 */
function maskRuby(text) {
    const n = text.length;
    const out = text.split('');
    let error;
    const lines = new LineIndex(text);
    const fail = (message, at) => {
        error ??= { message, line: lines.lineOf(at) };
    };
    const blank = (from, to) => {
        for (let k = from; k < to && k < n; k += 1)
            if (out[k] !== '\n')
                out[k] = ' ';
    };
    const heredocs = [];
    const prevSignificant = (i) => {
        let k = i - 1;
        while (k >= 0 && (text[k] === ' ' || text[k] === '\t'))
            k -= 1;
        return k < 0 ? '\n' : text[k];
    };
    const prevWord = (i) => /([A-Za-z_]\w*)\s*$/.exec(text.slice(Math.max(0, i - 20), i))?.[1] ?? '';
    const expressionStart = (i) => {
        const p = prevSignificant(i);
        if ('(,=!~|&;{[:?+*-<>%^\n'.includes(p))
            return true;
        return RUBY_WORDS_BEFORE_STATEMENT.has(prevWord(i)) || ['if', 'unless', 'while', 'until', 'puts', 'p'].includes(prevWord(i));
    };
    // Skips a delimited literal from `from` (the opening delimiter); returns the offset after the closing one.
    const skipDelimited = (from, interpolate) => {
        const open = text[from];
        const close = { '(': ')', '[': ']', '{': '}', '<': '>' }[open] ?? open;
        let depth = 1;
        let j = from + 1;
        while (j < n) {
            const c = text[j];
            if (c === '\\')
                j += 2;
            else if (interpolate && c === '#' && text[j + 1] === '{')
                j = skipInterpolation(j + 2);
            else if (c === close && --depth === 0)
                return j + 1;
            else {
                if (c === open && open !== close)
                    depth += 1;
                j += 1;
            }
        }
        fail(`unterminated literal opened with ${open}`, from);
        return n;
    };
    const skipInterpolation = (from) => {
        let depth = 0;
        let j = from;
        while (j < n) {
            const c = text[j];
            if (c === '"' || c === "'" || c === '`')
                j = skipDelimited(j, c !== "'");
            else if (c === '{') {
                depth += 1;
                j += 1;
            }
            else if (c === '}') {
                if (depth === 0)
                    return j + 1;
                depth -= 1;
                j += 1;
            }
            else
                j += 1;
        }
        return n;
    };
    let i = 0;
    let lineStart = true;
    while (i < n) {
        const c = text[i];
        if (lineStart && text.startsWith('=begin', i)) {
            const m = /^=end\b.*$/m.exec(text.slice(i));
            const stop = m ? i + m.index + m[0].length : n;
            if (!m)
                fail('unterminated =begin block', i);
            blank(i, stop);
            i = stop;
            continue;
        }
        if (lineStart && /^__END__\r?(?:\n|$)/.test(text.slice(i, i + 9))) {
            blank(i, n);
            break;
        }
        lineStart = false;
        if (c === '\n') {
            lineStart = true;
            i += 1;
            // Heredoc bodies start on the line after their opener.
            while (heredocs.length > 0) {
                const h = heredocs.shift();
                const re = new RegExp(`^${h.squiggly ? '[ \\t]*' : ''}${h.id}\\r?$`, 'm');
                const rest = text.slice(i);
                const m = re.exec(rest);
                if (!m) {
                    fail(`unterminated heredoc ${h.id}`, i);
                    blank(i, n);
                    i = n;
                    break;
                }
                blank(i, i + m.index);
                i += m.index + m[0].length;
            }
            continue;
        }
        if (c === '#') {
            let j = i;
            while (j < n && text[j] !== '\n')
                j += 1;
            blank(i, j);
            i = j;
        }
        else if (c === '"' || c === "'" || c === '`') {
            const end = skipDelimited(i, c !== "'");
            blank(i + 1, end - 1);
            i = end;
        }
        else if (c === '%' && /^%[qQwWiIrsx]?[([{<|!/^]/.test(text.slice(i, i + 3)) && (/[qQwWiIrsx]/.test(text[i + 1]) || expressionStart(i))) {
            const d = /[qQwWiIrsx]/.test(text[i + 1]) ? i + 2 : i + 1;
            const end = skipDelimited(d, !/[qwis]/.test(text[i + 1]));
            blank(d + 1, end - 1);
            i = end;
        }
        else if (c === '<' && text[i + 1] === '<') {
            const m = /^<<([~-]?)(['"`]?)([A-Za-z_]\w*)\2/.exec(text.slice(i, i + 80));
            if (m && (m[1] || m[2] || /^[A-Z_]+$/.test(m[3]))) {
                heredocs.push({ id: m[3], squiggly: m[1] !== '' });
                i += m[0].length;
            }
            else
                i += 2;
        }
        else if (c === '/' && expressionStart(i)) {
            const end = skipDelimited(i, true);
            blank(i + 1, end - 1);
            i = end;
        }
        else if (c === ':' && text[i + 1] === '"') {
            const end = skipDelimited(i + 1, true);
            blank(i + 2, end - 1);
            i = end;
        }
        else if (c === '?' && /[A-Za-z0-9_'"]/.test(text[i + 1] ?? '') && !/\w/.test(text[i + 2] ?? '') && /[\s(,=]/.test(text[i - 1] ?? ' ')) {
            // ?a character literal
            out[i + 1] = ' ';
            i += 2;
        }
        else
            i += 1;
    }
    return { masked: out.join(''), ...(error ? { error } : {}) };
}
//# sourceMappingURL=ruby-lexer.js.map
;// CONCATENATED MODULE: ./packages/source-lexing/lib/index.js








//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/harness/harness-files.js




const WHOLE = 'whole file';
function whole(text) {
    return new Map([[WHOLE, normalizeLines(text)]]);
}
/** Lines without trailing blanks and without blank lines: a whitespace-only edit is no change. */
function normalizeLines(text) {
    return text
        .split(/\r?\n/)
        .map((l) => l.replace(/\s+$/, ''))
        .filter((l) => l !== '')
        .join('\n');
}
/** Stable JSON: object keys sorted, so a reordered table is no change. */
function stable(value) {
    if (Array.isArray(value))
        return `[${value.map(stable).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'undefined';
}
function partsOf(entries) {
    return new Map(entries.filter(([, v]) => v !== undefined).map(([k, v]) => [k, typeof v === 'string' ? v : stable(v)]));
}
/** INI sections (`[name]`), each as its normalized key lines; comments dropped. */
function iniSections(text) {
    const sections = new Map();
    let current;
    for (const raw of text.split(/\r?\n/)) {
        const header = /^\s*\[([^\]]+)\]\s*$/.exec(raw);
        if (header) {
            current = [];
            sections.set(header[1].trim(), current);
            continue;
        }
        if (!current || /^\s*[#;]/.test(raw) || raw.trim() === '')
            continue;
        current.push(raw.replace(/\s+$/, ''));
    }
    return new Map([...sections].map(([k, v]) => [k, v.join('\n')]));
}
const TEST_TASK = /(?:^|[:._-])(?:test|tests|spec|check|ci|pytest|unittest)(?:$|[:._-])|^(?:pre|post)test/i;
const TEST_COMMAND = /\b(?:pytest|py\.test|unittest|tox|nox|vitest|jest|mocha|node\s+(?:[^|;&]*\s)?--test|go\s+test|cargo\s+(?:test|nextest)|rspec|mvn|gradle|gradlew)\b/;
/** Entries of a task table (npm scripts, poe tasks, hatch scripts) that run tests, and the tasks they call. */
function testTasks(tasks, prefix) {
    if (!tasks || typeof tasks !== 'object')
        return [];
    const chosen = new Set(Object.keys(tasks).filter((name) => TEST_TASK.test(name) || TEST_COMMAND.test(stable(tasks[name]))));
    // A test script that runs another script (`npm run test:unit`) makes that one harness too.
    for (let grew = true; grew;) {
        grew = false;
        for (const name of [...chosen]) {
            const body = stable(tasks[name]);
            for (const other of Object.keys(tasks)) {
                if (chosen.has(other))
                    continue;
                const quoted = other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
                if (new RegExp(`(?:run(?:-script)?|yarn|pnpm|bun|poe|hatch\\s+run|task)\\s+(?:[\\w:-]+\\s+)*${quoted}(?![\\w:-])`).test(body)) {
                    chosen.add(other);
                    grew = true;
                }
            }
        }
    }
    return [...chosen].sort().map((name) => [`${prefix}.${name}`, tasks[name]]);
}
function pyprojectParts(text) {
    const doc = (0,dist/* parse */.qg)(text);
    const tool = (doc.tool ?? {});
    const project = (doc.project ?? {});
    const poetry = tool.poetry;
    const hatchEnvs = tool.hatch?.envs ?? {};
    return partsOf([
        ['[tool.pytest]', tool.pytest],
        ['[tool.tox]', tool.tox],
        ['[project.entry-points.pytest11]', project['entry-points']?.pytest11],
        ['[tool.poetry.plugins.pytest11]', poetry?.plugins?.pytest11],
        ...Object.entries(hatchEnvs).flatMap(([env, e]) => testTasks(e?.scripts, `[tool.hatch.envs.${env}.scripts]`)),
        ...testTasks(tool.poe?.tasks, '[tool.poe.tasks]'),
        ...testTasks(tool.pdm?.scripts, '[tool.pdm.scripts]'),
        ...testTasks(tool.taskipy?.tasks, '[tool.taskipy.tasks]'),
    ]);
}
function sectionParts(text, keep) {
    return new Map([...iniSections(text)].filter(([s]) => keep(s)).map(([s, body]) => [`[${s}]`, body]));
}
function setupCfgParts(text) {
    const sections = iniSections(text);
    const out = new Map([...sections].filter(([s]) => s === 'tool:pytest' || s === 'tox:tox' || /^testenv(?::|$)/.test(s)).map(([s, b]) => [`[${s}]`, b]));
    // pytest11 entry points register plugins; other entry points are the package's own.
    const entryPoints = sections.get('options.entry_points');
    if (entryPoints) {
        const block = /(?:^|\n)pytest11\s*=[^\n]*(?:\n[ \t]+[^\n]*)*/.exec(entryPoints);
        if (block)
            out.set('[options.entry_points] pytest11', block[0].trim());
    }
    return out;
}
/** Lines of a Python or Ruby file that register test collection (setup.py's entry points, test_suite). */
function linesMatching(text, re, name) {
    const lines = text.split(/\r?\n/).filter((l) => re.test(l)).map((l) => l.trim());
    return lines.length > 0 ? new Map([[name, lines.join('\n')]]) : new Map();
}
function packageJsonParts(text) {
    const pkg = JSON.parse(text);
    return partsOf([
        ...testTasks(pkg.scripts, 'scripts'),
        ['jest', pkg.jest],
        ['mocha', pkg.mocha],
        ['ava', pkg.ava],
        ['workspaces', pkg.workspaces],
    ]);
}
/** make and just: the recipes of test targets and the variables that name test tools or options. */
function makeParts(text) {
    const out = new Map();
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i += 1) {
        const line = lines[i];
        const variable = /^(?:export\s+)?([A-Za-z_][\w.-]*)\s*(?::?=|\?=|\+=|:=)\s*(.*)$/.exec(line);
        if (variable && (/TEST|SPEC|PYTEST|JEST|VITEST|MOCHA/i.test(variable[1]) || TEST_COMMAND.test(variable[2]))) {
            out.set(`variable ${variable[1]}`, `${out.get(`variable ${variable[1]}`) ?? ''}${line.trim()}\n`);
            continue;
        }
        const rule = /^([@A-Za-z_.][^:=#\s]*(?:\s+[^:=#\s]+)*)\s*(?:\*?[^:=]*)?:(?!=)(.*)$/.exec(line);
        if (!rule || /^\s/.test(line))
            continue;
        const recipe = [line.trim()];
        for (let j = i + 1; j < lines.length && (/^[ \t]/.test(lines[j]) || lines[j].trim() === ''); j += 1)
            if (lines[j].trim())
                recipe.push(lines[j].trim());
        const targets = rule[1].replace(/^@/, '').split(/\s+/);
        if (targets.some((t) => TEST_TASK.test(t)) || recipe.slice(1).some((r) => TEST_COMMAND.test(r)))
            out.set(`target ${targets.join(' ')}`, recipe.join('\n'));
    }
    return out;
}
function taskfileParts(text) {
    const doc = (0,yaml_dist/* parse */.qg)(text);
    return partsOf(testTasks(doc?.tasks, 'tasks'));
}
/** A gradle build: the blocks that configure the test task (filters, excludes, enabled, JUnit platform tags). */
function gradleParts(text, path) {
    const masked = maskCLike(text, path.endsWith('.kts') ? 'kotlin' : 'java').masked;
    const out = new Map();
    const header = /(?:^|[\s;{(])((?:tasks\s*\.\s*)?(?:test|integrationTest)|tasks\s*\.\s*(?:named|getByName|withType|register|create)\s*(?:<\s*Test\s*>)?\s*\([^)]*\)|tasks\s*\.\s*withType\s*<\s*Test\s*>\s*\(\s*\)|testing|test\s*\.\s*configure|useJUnitPlatform|useJUnit|useTestNG|filter|test\s*\.\s*(?:exclude|include|filter|enabled|onlyIf|ignoreFailures|useJUnitPlatform))\s*(?:\.configure\s*)?\{/g;
    for (let m = header.exec(masked); m; m = header.exec(masked)) {
        const open = m.index + m[0].length - 1;
        const close = matchBrace(masked, open);
        const name = m[1].replace(/\s+/g, '');
        if (/^tasks\.(?:named|getByName|register|create)/.test(name) && !/test|Test/.test(name))
            continue;
        out.set(`${name} { }`, normalizeLines(text.slice(m.index, close < 0 ? text.length : close + 1)));
        header.lastIndex = close < 0 ? masked.length : close + 1;
    }
    // One-line settings: `test.enabled = false`, `check.dependsOn.remove(test)`, `tasks.test.configure …`.
    const single = text.split(/\r?\n/).filter((l, i) => /\b(?:tasks\s*\.\s*)?test\s*\.\s*(?:enabled|exclude|include|onlyIf|ignoreFailures|filter|useJUnitPlatform)|dependsOn\s*\.\s*remove|-x\s+test\b/.test(maskedLine(masked, text, i)));
    if (single.length > 0)
        out.set('test settings', single.map((l) => l.trim()).join('\n'));
    return out;
}
function maskedLine(masked, text, index) {
    let start = 0;
    for (let k = 0; k < index; k += 1)
        start = text.indexOf('\n', start) + 1;
    const end = text.indexOf('\n', start);
    return masked.slice(start, end < 0 ? masked.length : end);
}
function matchBrace(masked, open) {
    let depth = 0;
    for (let i = open; i < masked.length; i += 1) {
        const c = masked[i];
        if (c === '{')
            depth += 1;
        else if (c === '}') {
            depth -= 1;
            if (depth === 0)
                return i;
        }
    }
    return -1;
}
/** pom.xml: the surefire and failsafe plugins, test-skipping properties, the test source directory. */
function pomParts(text) {
    const xml = text.replace(/<!--[^]*?-->/g, '');
    const out = new Map();
    for (const m of xml.matchAll(/<plugin>(?:(?!<\/plugin>)[^])*<\/plugin>/g)) {
        const artifact = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(m[0])?.[1];
        if (artifact && /surefire|failsafe|junit|testng|scalatest|spock/.test(artifact)) {
            const key = `plugin ${artifact}`;
            out.set(key, `${out.get(key) ?? ''}${normalizeLines(m[0])}\n`);
        }
    }
    for (const m of xml.matchAll(/<((?:maven\.test\.|surefire\.|failsafe\.|junit\.|skip)[\w.-]*|skipTests|skipITs|test|it\.test|groups|excludedGroups|testSourceDirectory|testExcludes|testIncludes)>([^<]*)<\/\1>/g)) {
        out.set(`<${m[1]}>`, `${out.get(`<${m[1]}>`) ?? ''}${m[2].trim()}\n`);
    }
    return out;
}
function cargoParts(text) {
    const doc = (0,dist/* parse */.qg)(text);
    const pick = (o, keys) => {
        if (!o || typeof o !== 'object')
            return undefined;
        const picked = Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
        return Object.keys(picked).length > 0 ? picked : undefined;
    };
    const targetFlags = ['test', 'harness', 'doctest', 'required-features', 'path'];
    const list = (v) => (Array.isArray(v) ? v : []);
    return partsOf([
        ['[[test]]', doc.test],
        ['[lib] test flags', pick(doc.lib, ['test', 'harness', 'doctest'])],
        ['[[bin]] test flags', list(doc.bin).map((b) => pick(b, targetFlags)).filter(Boolean).length > 0 ? list(doc.bin).map((b) => pick(b, targetFlags)) : undefined],
        ['[package] autotests', pick(doc.package, ['autotests', 'autobins', 'autoexamples'])],
        ['[workspace] members', pick(doc.workspace, ['members', 'exclude', 'default-members'])],
    ]);
}
/** A Go test file: TestMain and init functions decide whether the tests of the package run at all. */
function goTestParts(text) {
    const masked = maskCLike(text, 'go').masked;
    const out = new Map();
    const re = /^func\s+(TestMain|init)\s*\(/gm;
    let initCount = 0;
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
        const open = masked.indexOf('{', m.index);
        const close = open < 0 ? -1 : matchBrace(masked, open);
        const name = m[1] === 'init' ? `func init #${(initCount += 1)}` : 'func TestMain';
        out.set(name, normalizeLines(text.slice(m.index, close < 0 ? text.length : close + 1)));
    }
    return out;
}
/**
 * How a top-level statement pythonHookParts keeps can start, tested (sticky) at the statement's
 * start: normalising (whitespace collapsed, then trimmed) keeps every other character, so a
 * statement whose text does not start so cannot start so once normalised.
 */
const HOOK_START = /\s*(?:@|async|def|class|pytest_|load_tests)/y;
/** Module-level pytest hooks, plugin registrations and unittest's load_tests in a Python module. */
function pythonHookParts(text) {
    const out = new Map();
    const scan = pythonStatementsOf(text);
    let current;
    const flush = () => {
        if (current)
            out.set(current.name, `${out.get(current.name) ?? ''}${current.lines.join('\n')}\n`);
        current = undefined;
    };
    let decorators = [];
    for (let k = 0; k < scan.count; k += 1) {
        const start = scan.start[k];
        const end = scan.end[k];
        const indent = scan.indent[k];
        // Statements are normalised only where they are kept: a module's function bodies are most of it.
        if (current && indent > current.indent) {
            current.lines.push(text.slice(start, end).replace(/\s+/g, ' ').trim());
            continue;
        }
        flush();
        if (indent !== 0)
            continue;
        // One that does not start like a decorator, a definition or a hook binding is none of them: it
        // only ends a decorator run, and is not normalised (most of a module's statements).
        HOOK_START.lastIndex = start;
        if (!HOOK_START.test(text)) {
            decorators = [];
            continue;
        }
        const statement = text.slice(start, end).replace(/\s+/g, ' ').trim();
        if (statement.startsWith('@')) {
            decorators.push(statement);
            continue;
        }
        const def = /^(?:async\s+)?def\s+(pytest_\w+|load_tests)\b/.exec(statement);
        const hookImpl = decorators.some((d) => /hookimpl|hookwrapper/.test(d));
        const anyDef = /^(?:async\s+)?(?:def|class)\s+(\w+)/.exec(statement);
        if (def || (hookImpl && anyDef)) {
            current = { name: `def ${(def ?? anyDef)[1]}`, indent, lines: [...decorators, statement] };
        }
        else {
            const bound = /^(pytest_\w+|load_tests)\b\s*(?:[:+|]|=|\.|\[)/.exec(statement);
            if (bound) {
                const key = bound[1] === 'pytest_plugins' ? 'pytest_plugins' : `${bound[1]} =`;
                out.set(key, `${out.get(key) ?? ''}${statement}\n`);
            }
        }
        decorators = [];
    }
    flush();
    return out;
}
function yamlOrJson(text) {
    return new Map([[WHOLE, stable((0,yaml_dist/* parse */.qg)(text))]]);
}
function tomlWhole(text) {
    return new Map([[WHOLE, stable((0,dist/* parse */.qg)(text))]]);
}
const JS_EXT = /\.(?:js|mjs|cjs|ts|mts|cts|json|jsonc)$/;
/** Every harness file kind, recognised by path; the first rule that matches a path decides it. */
const RULES = [
    // Python
    { test: (_p, b) => b === 'conftest.py', kind: { what: 'conftest.py (fixtures, hooks and plugins for every test below it)', framework: 'pytest', parts: whole } },
    { test: (_p, b) => b === 'pytest.ini' || b === '.pytest.ini', kind: { what: 'pytest configuration', framework: 'pytest', parts: (t) => whole(t) } },
    { test: (_p, b) => b === 'pytest.toml' || b === '.pytest.toml', kind: { what: 'pytest configuration', framework: 'pytest', parts: tomlWhole } },
    { test: (_p, b) => b === 'pyproject.toml', kind: { what: 'pyproject.toml test configuration', framework: 'pytest', parts: pyprojectParts } },
    { test: (_p, b) => b === 'tox.ini', kind: { what: 'tox.ini (pytest section and test environments)', framework: 'pytest', parts: (t) => sectionParts(t, (s) => s === 'pytest' || s === 'tox' || /^testenv(?::|$)/.test(s) || s === 'gh-actions') } },
    { test: (_p, b) => b === 'setup.cfg', kind: { what: 'setup.cfg test configuration', framework: 'pytest', parts: setupCfgParts } },
    { test: (_p, b) => b === 'setup.py', kind: { what: 'setup.py test registration', framework: 'pytest', parts: (t) => linesMatching(t, /pytest11|test_suite|tests_require|test_loader|test_runner|cmdclass/, 'test registration') } },
    { test: (_p, b) => b === 'noxfile.py', kind: { what: 'noxfile.py (test sessions)', framework: 'pytest', parts: whole } },
    { test: (_p, b) => b === 'sitecustomize.py' || b === 'usercustomize.py', kind: { what: 'Python start-up hook', framework: 'pytest', parts: whole } },
    // Task runners
    { test: (_p, b) => /^(?:GNUmakefile|[Mm]akefile)$|\.mk$/.test(b), kind: { what: 'Makefile test targets', framework: 'make', parts: makeParts } },
    { test: (_p, b) => /^(?:[Jj]ustfile|\.justfile)$/.test(b), kind: { what: 'justfile test recipes', framework: 'just', parts: makeParts } },
    { test: (_p, b) => /^Taskfile\.ya?ml$/.test(b), kind: { what: 'Taskfile test tasks', framework: 'task', parts: taskfileParts } },
    // JavaScript / TypeScript
    { test: (_p, b) => b === 'package.json', kind: { what: 'package.json test scripts and test-runner settings', framework: 'npm', parts: packageJsonParts } },
    { test: (_p, b) => /^vitest\.(?:config|workspace|projects)(?:\.[\w-]+)?\.[cm]?[jt]s$|^vitest\.workspace\.json$/.test(b), kind: { what: 'vitest configuration', framework: 'vitest', parts: whole } },
    {
        test: (_p, b) => /^vite\.config(?:\.[\w-]+)?\.[cm]?[jt]s$/.test(b),
        kind: { what: 'vite configuration read by vitest', framework: 'vitest', parts: (t) => (/\btest\s*:|vitest/.test(t) ? whole(t) : new Map()) },
    },
    { test: (_p, b) => /^jest\.config(?:\.[\w-]+)?\.(?:[cm]?[jt]s|json)$|^jest-preset\.[cm]?js$/.test(b), kind: { what: 'jest configuration', framework: 'jest', parts: whole } },
    { test: (_p, b) => /^\.mocharc(?:\.(?:js|cjs|mjs|json|jsonc|ya?ml))?$/.test(b), kind: { what: 'mocha configuration', framework: 'mocha', parts: (t, p) => (/\.(?:json|jsonc|ya?ml)$/.test(p) ? yamlOrJson(t) : whole(t)) } },
    { test: (p) => /(?:^|\/)test\/mocha\.opts$/.test(p), kind: { what: 'mocha options', framework: 'mocha', parts: whole } },
    // Go
    { test: (p) => p.endsWith('_test.go'), kind: { what: 'Go test file with TestMain or init', framework: 'go test', parts: goTestParts } },
    // JVM
    { test: (p, b) => /^(?:build|settings)\.gradle(?:\.kts)?$/.test(b) || (/(?:^|\/)(?:buildSrc|build-logic|gradle)\//.test(p) && /\.gradle(?:\.kts)?$/.test(b)), kind: { what: 'Gradle test task configuration', framework: 'gradle', parts: gradleParts } },
    { test: (_p, b) => b === 'pom.xml', kind: { what: 'Maven surefire/failsafe configuration', framework: 'maven', parts: pomParts } },
    { test: (p) => /(?:^|\/)\.mvn\/(?:maven|jvm)\.config$/.test(p), kind: { what: 'Maven command-line defaults', framework: 'maven', parts: whole } },
    { test: (_p, b) => b === 'junit-platform.properties', kind: { what: 'JUnit Platform configuration', framework: 'junit', parts: whole } },
    { test: (p) => /(?:^|\/)META-INF\/services\/org\.(?:junit|testng)\./.test(p), kind: { what: 'JUnit/TestNG service registration (extensions, discovery filters, listeners)', framework: 'junit', parts: whole } },
    // Ruby
    { test: (_p, b) => /^\.rspec(?:-local|_parallel)?$/.test(b), kind: { what: 'RSpec options', framework: 'rspec', parts: whole } },
    { test: (_p, b) => b === 'spec_helper.rb' || b === 'rails_helper.rb', kind: { what: 'RSpec helper', framework: 'rspec', parts: whole } },
    { test: (_p, b) => b === 'Rakefile' || b.endsWith('.rake'), kind: { what: 'Rake test task', framework: 'rspec', parts: (t) => (/RSpec::Core::RakeTask|Rake::TestTask/.test(t) ? whole(t) : new Map()) } },
    // Rust
    { test: (_p, b) => b === 'Cargo.toml', kind: { what: 'Cargo test targets', framework: 'cargo test', parts: cargoParts } },
    { test: (p) => /(?:^|\/)\.cargo\/config(?:\.toml)?$/.test(p), kind: { what: 'Cargo configuration (aliases, runner, cfg flags)', framework: 'cargo test', parts: whole } },
    { test: (p) => /(?:^|\/)\.config\/nextest\.toml$/.test(p), kind: { what: 'nextest configuration', framework: 'cargo test', parts: tomlWhole } },
    { test: (_p, b) => b === 'build.rs', kind: { what: 'build script cfg flags', framework: 'cargo test', parts: (t) => linesMatching(t, /rustc-cfg|rustc-env|rustc-check-cfg/, 'cfg flags') } },
];
/** Kinds recognised by content, for files whose path alone does not say (tried when no path rule matched). */
const PYTHON_HOOK_MODULE = { what: 'pytest plugin or unittest load_tests module', framework: 'pytest', parts: pythonHookParts };
const RSPEC_SUPPORT = {
    what: 'RSpec configuration in a support file',
    framework: 'rspec',
    parts: (t) => (/RSpec\.configure|config\.(?:filter_run|before|around|exclude_pattern|pattern)/.test(t) ? whole(t) : new Map()),
};
const JVM_EXTENSION = {
    what: 'JUnit extension, rule or runner (can disable or intercept tests)',
    framework: 'junit',
    parts: (t) => /\b(?:implements|:)\s*[^{]*\b(?:ExecutionCondition|InvocationInterceptor|PostDiscoveryFilter|LauncherDiscoveryListener|TestExecutionListener|TestExecutionExceptionHandler|TestRule|MethodRule|IMethodInterceptor|IAnnotationTransformer)\b|\bextends\s+(?:BlockJUnit4ClassRunner|ParentRunner|Runner|Suite)\b/.test(t)
        ? whole(t)
        : new Map(),
};
/** A module a test configuration loads (setupFiles, globalSetup, a spread-in config): harness as a whole. */
function loadedModuleKind(by, framework) {
    return { what: `loaded by ${by}`, framework, parts: whole };
}
/** The harness kind of a path, by its name and place; undefined for other files (content-based kinds aside). */
function harnessKindOf(path) {
    if (/(?:^|\/)(?:node_modules|\.git|vendor|site-packages|__pycache__)\//.test(path))
        return undefined;
    const base = external_node_path_.posix.basename(path);
    return RULES.find((r) => r.test(path, base))?.kind;
}
/** The content-based kind a file may be, by extension. */
function contentKindOf(path) {
    if (/(?:^|\/)(?:node_modules|\.git|vendor|site-packages|__pycache__)\//.test(path))
        return undefined;
    if (path.endsWith('.py'))
        return PYTHON_HOOK_MODULE;
    if (/(?:^|\/)spec\/support\/.*\.rb$/.test(path))
        return RSPEC_SUPPORT;
    if (/\.(?:java|kt|groovy|scala)$/.test(path))
        return JVM_EXTENSION;
    return undefined;
}
function isJsModulePath(path) {
    return /\.(?:js|mjs|cjs|ts|mts|cts|jsx|tsx)$/.test(path) && !path.endsWith('.d.ts');
}

//# sourceMappingURL=harness-files.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/collection-config.js






const PYTEST_KEYS = [
    'addopts',
    'testpaths',
    'python_files',
    'python_classes',
    'python_functions',
    'norecursedirs',
    // Settings that decide what runs as much as what is collected.
    'usefixtures',
    'empty_parameter_set_mark',
    'collect_imported_tests',
    'consider_namespace_packages',
    'required_plugins',
];
/** The files pytest reads its configuration from, in the order it looks for them in a directory (pytest 9). */
const PYTEST_CONFIG_ORDER = ['pytest.toml', '.pytest.toml', 'pytest.ini', '.pytest.ini', 'pyproject.toml', 'tox.ini', 'setup.cfg'];
const JS_KEYS = new Set(['include', 'exclude', 'testMatch', 'testRegex', 'testPathIgnorePatterns', 'roots', 'testNamePattern', 'modulePathIgnorePatterns', 'projects', 'workspace', 'dir', 'root', 'allowOnly', 'spec', 'ignore', 'grep', 'fgrep', 'invert', 'recursive', 'extension', 'file']);
const MOCHA_KEYS = ['spec', 'ignore', 'exclude', 'grep', 'fgrep', 'invert', 'recursive', 'extension', 'file'];
const JEST_KEYS = ['testMatch', 'testRegex', 'testPathIgnorePatterns', 'roots', 'modulePathIgnorePatterns', 'projects', 'testNamePattern'];
const JS_CONFIG = /^(?:vitest|vite|jest)\.(?:config|workspace)(?:\.[\w-]+)?\.(?:js|mjs|cjs|ts|mts|cts|json)$|^vitest\.workspace\.(?:js|ts|json)$|^\.mocharc\.(?:js|cjs|mjs|json|jsonc|ya?ml)$/;
/** Whether a file can hold collection settings. */
function isCollectionConfigPath(path) {
    const base = external_node_path_.posix.basename(path);
    if (/(?:^|\/)(?:node_modules|\.git)\//.test(path))
        return false;
    return ([...PYTEST_CONFIG_ORDER, 'conftest.py', 'package.json', '.rspec', 'noxfile.py', 'Makefile', 'makefile', 'GNUmakefile', 'justfile', 'Justfile', '.justfile'].includes(base) || JS_CONFIG.test(base));
}
/** Reads the collection settings a config file holds (empty when it holds none or does not parse). */
function collectionSettings(path, text) {
    const base = external_node_path_.posix.basename(path);
    try {
        if (base === 'pytest.ini' || base === '.pytest.ini')
            return withPresence(path, iniSettings(path, text, 'pytest'), true);
        if (base === 'tox.ini')
            return [...withPresence(path, iniSettings(path, text, 'pytest'), /^\s*\[pytest\]\s*$/m.test(text)), ...toxCommandSettings(path, text)];
        if (base === 'setup.cfg')
            return withPresence(path, iniSettings(path, text, 'tool:pytest'), /^\s*\[tool:pytest\]\s*$/m.test(text));
        if (base === 'pytest.toml' || base === '.pytest.toml')
            return withPresence(path, tomlTableSettings(path, text, (0,dist/* parse */.qg)(text).pytest ?? {}), true);
        if (base === 'pyproject.toml')
            return pyprojectSettings(path, text);
        if (base === 'noxfile.py')
            return commandLineSettings(path, text, 'nox', /\bsession\.run\s*\([^\n]*/g);
        if (/^(?:GNUmakefile|[Mm]akefile|[Jj]ustfile|\.justfile)$/.test(base))
            return commandLineSettings(path, text, 'make', /^[ \t]+[^\n]*\b(?:pytest|py\.test|unittest|tox|nox)\b[^\n]*/gm);
        if (base === 'conftest.py')
            return conftestSettings(path, text);
        if (base === 'package.json')
            return packageJsonSettings(path, text);
        if (base === '.rspec')
            return rspecSettings(path, text);
        if (/^\.mocharc\.(?:json|jsonc|ya?ml)$/.test(base))
            return objectSettings(path, 'mocha', (0,yaml_dist/* parse */.qg)(text), MOCHA_KEYS);
        if (JS_CONFIG.test(base))
            return jsConfigSettings(path, text, base.startsWith('jest') ? 'jest' : base.startsWith('.mocharc') ? 'mocha' : 'vitest');
    }
    catch {
        // A config that does not parse cannot be compared key by key: compare it whole.
        return [{ file: path, key: `${base} (unparsable)`, value: text }];
    }
    return [];
}
function iniSettings(path, text, section) {
    const out = [];
    let inSection = false;
    let current;
    text.split(/\r?\n/).forEach((line, index) => {
        const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
        if (header) {
            inSection = header[1].trim() === section;
            current = undefined;
            return;
        }
        if (!inSection || /^\s*[#;]/.test(line))
            return;
        if (/^\s+\S/.test(line) && current) {
            current.value = `${current.value} ${line.trim()}`.trim();
            return;
        }
        const kv = /^([\w.-]+)\s*[=:]\s*(.*)$/.exec(line);
        current = undefined;
        if (kv && PYTEST_KEYS.includes(kv[1])) {
            current = { file: path, key: `pytest.${kv[1]}`, value: kv[2].trim(), line: index + 1 };
            out.push(current);
        }
    });
    for (const s of out)
        s.value = s.value.replace(/\s+/g, ' ');
    return out;
}
/**
 * A pseudo-setting saying that a file holds pytest configuration: pytest reads
 * the first such file it finds, so a new one (even an empty `pytest.ini`)
 * silently replaces the settings another file held.
 */
function withPresence(path, settings, present) {
    return present ? [{ file: path, key: PYTEST_CONFIG_KEY, value: 'present' }, ...settings] : settings;
}
const PYTEST_CONFIG_KEY = 'pytest (configuration file)';
/** tox's test commands: `commands` of each `[testenv…]` section, as the settings they are. */
function toxCommandSettings(path, text) {
    const out = [];
    let section = '';
    let current;
    text.split(/\r?\n/).forEach((line, index) => {
        const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
        if (header) {
            section = header[1].trim();
            current = undefined;
            return;
        }
        if (/^\s*[#;]/.test(line))
            return;
        if (/^\s+\S/.test(line) && current) {
            current.value = `${current.value} ${line.trim()}`.trim();
            return;
        }
        current = undefined;
        const kv = /^(commands(?:_pre|_post)?)\s*[=:]\s*(.*)$/.exec(line);
        if (kv && /^testenv(?::|$)/.test(section)) {
            current = { file: path, key: `tox.${section}.${kv[1]}`, value: kv[2].trim(), line: index + 1 };
            out.push(current);
        }
    });
    return out;
}
/** Lines of a task file that run a Python test runner (nox sessions, make and just recipes), one setting per file. */
function commandLineSettings(path, text, tool, pattern) {
    const lines = [...text.matchAll(pattern)].map((m) => m[0].trim().replace(/\s+/g, ' '));
    return lines.length > 0 ? [{ file: path, key: `${tool} test commands`, value: lines.join('; ') }] : [];
}
function tomlTableSettings(path, text, table) {
    const lines = text.split(/\r?\n/);
    return PYTEST_KEYS.filter((k) => table[k] !== undefined).map((k) => {
        const value = table[k];
        const line = lines.findIndex((l) => new RegExp(`^\\s*${k}\\s*=`).test(l));
        return { file: path, key: `pytest.${k}`, value: Array.isArray(value) ? value.join(' ') : String(value), ...(line >= 0 ? { line: line + 1 } : {}) };
    });
}
function pyprojectSettings(path, text) {
    const doc = (0,dist/* parse */.qg)(text);
    const pytest = doc.tool?.pytest;
    if (!pytest)
        return [];
    const table = { ...(pytest.ini_options ?? {}), ...Object.fromEntries(Object.entries(pytest).filter(([k]) => k !== 'ini_options')) };
    return withPresence(path, tomlTableSettings(path, text, table), true);
}
function conftestSettings(path, text) {
    const out = [];
    const lines = new LineIndex(text);
    // Any statement that binds or grows the list counts, at any depth (`if sys.version_info < …:` blocks hold many):
    // `=`, an annotation (`collect_ignore: list[str] = …`), `+=`, `|=`, slices, `.append`/`.extend`/`.insert`.
    for (const st of scanPython(text).statements) {
        const m = /^(collect_ignore(?:_glob)?)\s*(?:(?::[^=\n]*)?=|\+=|\|=|\[[^\]]*\]\s*=|\.(?:append|extend|insert)\s*\()/.exec(text.slice(st.start, st.end));
        if (m)
            out.push({ file: path, key: `conftest.${m[1]}`, value: text.slice(st.start, st.end).replace(/\s+/g, ' '), line: lines.lineOf(st.start) });
    }
    // Hooks however they are bound (`def`, `@hookimpl`, `pytest_x = helper`) and `pytest_plugins`.
    for (const [name, value] of pythonHookParts(text)) {
        const hook = name.replace(/^def\s+/, '').replace(/\s*=$/, '');
        const at = text.search(new RegExp(`^(?:async\\s+)?(?:def\\s+)?${hook}\\b`, 'm'));
        out.push({ file: path, key: `conftest.${hook}`, value: value.trim(), ...(at >= 0 ? { line: lines.lineOf(at) } : {}) });
    }
    // Several `collect_ignore` statements (`=`, `+=`, `.append`) are one setting.
    const merged = new Map();
    for (const s of out) {
        const prev = merged.get(s.key);
        merged.set(s.key, prev ? { ...prev, value: `${prev.value}; ${s.value}` } : s);
    }
    return [...merged.values()];
}
function objectSettings(path, prefix, obj, keys) {
    if (!obj || typeof obj !== 'object')
        return [];
    return keys.filter((k) => obj[k] !== undefined).map((k) => ({ file: path, key: `${prefix}.${k}`, value: JSON.stringify(obj[k]) }));
}
function packageJsonSettings(path, text) {
    const pkg = JSON.parse(text);
    const out = [...objectSettings(path, 'jest', pkg.jest, JEST_KEYS), ...objectSettings(path, 'mocha', pkg.mocha, MOCHA_KEYS)];
    for (const [name, command] of Object.entries(pkg.scripts ?? {})) {
        if (/^test(?::|$)/.test(name))
            out.push({ file: path, key: `package.json scripts.${name}`, value: command });
    }
    return out;
}
function rspecSettings(path, text) {
    const options = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => /^--(?:pattern|exclude-pattern|tag|example|default-path)\b|^-[teP]\b/.test(l));
    return options.length > 0 ? [{ file: path, key: 'rspec options', value: options.join(' ') }] : [];
}
/** Properties such as `test.exclude` or `testPathIgnorePatterns` in a JS/TS config, by dotted path. */
function jsConfigSettings(path, text, tool) {
    const tokens = tokenizeJs(text, { jsx: false });
    const lines = new LineIndex(text);
    const out = [];
    const keyStack = [];
    const { kind, start, end, match } = tokens;
    const tokenText = (t) => text.slice(start[t], end[t]);
    for (let t = 0; t < kind.length; t += 1) {
        const w = tokenText(t);
        if (kind[t] === T_PUNCT && (w === '{' || w === '[' || w === '(')) {
            // The key this object is the value of: `test: {`.
            const key = kind[t - 2] !== undefined && tokenText(t - 1) === ':' ? keyName(tokenText(t - 2), kind[t - 2]) : undefined;
            keyStack.push(w === '{' ? key : undefined);
            continue;
        }
        if (kind[t] === T_PUNCT && (w === '}' || w === ']' || w === ')')) {
            keyStack.pop();
            continue;
        }
        if ((kind[t] !== T_IDENT && kind[t] !== T_STRING) || tokenText(t + 1) !== ':')
            continue;
        const key = keyName(w, kind[t]);
        if (!key || !JS_KEYS.has(key))
            continue;
        const dotted = [...keyStack.filter((k) => k !== undefined), key].join('.');
        if (/(?:^|\.)(?:coverage|server|build|resolve|optimizeDeps|css)\./.test(dotted))
            continue;
        let v = t + 2;
        const from = start[v];
        while (v < kind.length && !(kind[v] === T_PUNCT && (tokenText(v) === ',' || tokenText(v) === '}')))
            v = match[v] > v ? match[v] + 1 : v + 1;
        if (from === undefined)
            continue;
        out.push({ file: path, key: `${tool}.${dotted}`, value: text.slice(from, end[v - 1] ?? from).replace(/\s+/g, ' '), line: lines.lineOf(start[t]) });
    }
    return out;
}
function keyName(raw, kind) {
    if (kind === T_IDENT)
        return raw;
    if (kind === T_STRING || kind === T_TEMPLATE)
        return raw.slice(1, -1);
    return undefined;
}
/**
 * The root file pytest reads its configuration from: the first of
 * PYTEST_CONFIG_ORDER that exists (pytest.toml, pytest.ini, even empty) or has
 * a pytest section (pyproject.toml, tox.ini, setup.cfg).
 */
function effectivePytestConfig(settings) {
    return PYTEST_CONFIG_ORDER.find((f) => settings.some((s) => s.file === f && s.key === PYTEST_CONFIG_KEY));
}
/** When the file pytest reads changes (a new pytest.ini shadows pyproject.toml), that is a change of every setting it held. */
function effectiveConfigChange(before, after) {
    const a = effectivePytestConfig(before);
    const b = effectivePytestConfig(after);
    // No file at base: pytest ran on its defaults, which a new file's settings (diffed on their own) change.
    if (a === b || a === undefined)
        return undefined;
    return { file: b ?? a, key: 'pytest configuration file', ...(a ? { before: a } : {}), ...(b ? { after: b } : {}) };
}
/** Settings that differ between two versions of the same config files. */
function diffSettings(before, after) {
    const key = (s) => `${s.file}\0${s.key}`;
    const a = new Map(before.map((s) => [key(s), s]));
    const b = new Map(after.map((s) => [key(s), s]));
    const changes = [];
    for (const k of new Set([...a.keys(), ...b.keys()])) {
        const x = a.get(k);
        const y = b.get(k);
        if (x?.value === y?.value)
            continue;
        const s = (y ?? x);
        changes.push({ file: s.file, key: s.key, ...(x ? { before: x.value } : {}), ...(y ? { after: y.value } : {}), ...(y?.line ? { line: y.line } : {}) });
    }
    return changes;
}
/** What a pytest `addopts` (or a command that runs pytest) does to what runs, for the finding's message. */
function describeAddopts(value) {
    const effects = [];
    if (/--deselect\b/.test(value))
        effects.push('--deselect removes tests');
    if (/(?:^|\s)-k\b/.test(value))
        effects.push('-k filters tests by name');
    if (/(?:^|\s)-m\b/.test(value))
        effects.push('-m filters tests by mark');
    if (/--ignore(?:-glob)?\b/.test(value))
        effects.push('--ignore drops files');
    if (/(?:^|\s)(?:--co|--collect-only)\b/.test(value))
        effects.push('--collect-only runs no test');
    if (/(?:^|\s)(?:-x|--exitfirst|--maxfail(?:=|\s))|(?:^|\s)(?:--sw|--stepwise|--lf|--last-failed)\b/.test(value))
        effects.push('-x/--maxfail/--stepwise/--last-failed stop or narrow the run');
    if (/--noconftest\b|--confcutdir\b/.test(value))
        effects.push('--noconftest/--confcutdir leave conftest.py files out');
    if (/(?:^|\s)(?:-o|--override-ini)(?:\s|=)|(?:^|\s)(?:-c|--config-file)(?:\s|=)|--rootdir\b/.test(value))
        effects.push('-o/-c/--rootdir replace the configuration');
    if (/(?:^|\s)-p\s*(?!no:)\S/.test(value))
        effects.push('-p loads a plugin');
    if (/(?:^|\s)-p\s*no:/.test(value))
        effects.push('-p no: disables a plugin');
    return effects;
}
/** The effects a setting's new value has on what runs: pytest options in addopts and in the commands that run pytest. */
function settingEffects(key, value) {
    if (key === PYTEST_CONFIG_KEY)
        return [];
    if (/addopts$|commands(?:_pre|_post)?$|test commands$|^package\.json scripts\./.test(key))
        return describeAddopts(value);
    if (/usefixtures|empty_parameter_set_mark|collect_imported_tests|required_plugins/.test(key))
        return [`${key.replace(/^pytest\./, '')} changes what runs`];
    return [];
}
/**
 * The collection patterns in force at a revision, from the root config files'
 * settings: pytest `python_files`/`testpaths`/`python_classes`/`python_functions`,
 * vitest `test.include`/`test.exclude`, jest `testMatch`/`testPathIgnorePatterns`
 * when they are literal lists of strings.
 */
function patternsFromSettings(settings, languages) {
    const patterns = { ...(0,config_lib/* defaultPatterns */.P9)(languages) };
    const root = settings.filter((s) => !s.file.includes('/'));
    const pytestFile = effectivePytestConfig(settings);
    const pytest = (k) => {
        const s = root.find((x) => x.file === pytestFile && x.key === `pytest.${k}`);
        return s ? s.value.split(/\s+/).filter(Boolean) : undefined;
    };
    const literalList = (key) => {
        const s = root.find((x) => x.key === key);
        if (!s)
            return undefined;
        const items = [...s.value.matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]);
        const stripped = s.value.replace(/(['"`])((?:\\.|(?!\1).)*)\1/g, '').replace(/[\s,[\]]/g, '');
        return stripped === '' ? items : undefined;
    };
    return {
        ...patterns,
        pythonFiles: pytest('python_files') ?? patterns.pythonFiles,
        pythonTestpaths: pytest('testpaths') ?? patterns.pythonTestpaths,
        pythonFunctionPrefixes: (pytest('python_functions') ?? patterns.pythonFunctionPrefixes).map((p) => p.replace(/\*$/, '')),
        pythonClassPrefixes: (pytest('python_classes') ?? patterns.pythonClassPrefixes).map((p) => p.replace(/\*$/, '')),
        jsInclude: literalList('vitest.test.include') ?? literalList('jest.testMatch') ?? patterns.jsInclude,
        jsExcludeGlobs: literalList('vitest.test.exclude') ?? patterns.jsExcludeGlobs,
        jsIgnoreRegexps: literalList('jest.testPathIgnorePatterns') ?? [],
    };
}
//# sourceMappingURL=collection-config.js.map
// EXTERNAL MODULE: ./packages/skip-set/lib/compare-collectors.js
var compare_collectors = __webpack_require__(11748);
;// CONCATENATED MODULE: ./packages/skip-set/lib/similarity.js
/**
 * How alike two test bodies are, 0–1: the Dice coefficient of their token
 * bigrams, so formatting changes do not matter and a renamed test with the same
 * body scores 1.
 */
function bodySimilarity(a, b) {
    const x = bigrams(a);
    const y = bigrams(b);
    if (x.size === 0 || y.size === 0)
        return 0;
    let shared = 0;
    let total = 0;
    for (const [k, n] of x) {
        shared += Math.min(n, y.get(k) ?? 0);
        total += n;
    }
    for (const n of y.values())
        total += n;
    return (2 * shared) / total;
}
function bigrams(text) {
    const tokens = text.match(/[A-Za-z_]\w*|\d+|\S/g) ?? [];
    const out = new Map();
    for (let i = 0; i + 1 < tokens.length; i += 1) {
        const k = `${tokens[i]} ${tokens[i + 1]}`;
        out.set(k, (out.get(k) ?? 0) + 1);
    }
    return out;
}
//# sourceMappingURL=similarity.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/decision.js


const NOT_RUNNING = new Set(['skipped', 'xfail', 'todo']);
function describeStatus(t) {
    return t.reason ? `${t.status} (${t.reason})` : t.status;
}
/**
 * The reasons not to run a test has at head and did not have at base, when it
 * does not run at head and its base could still run: a test skipped only on
 * Windows that gains an unconditional skip stops running everywhere. A test
 * that never ran at base (an unconditional skip) cannot run less.
 */
function gainedReasons(b, h) {
    if (!b.reasons || !h.reasons || !NOT_RUNNING.has(h.status) || b.neverRuns)
        return [];
    const before = new Set(b.reasons);
    return h.reasons.filter((r) => !before.has(r));
}
/** The id a base test would have at head if its file followed a git rename. */
function mappedId(test, renames) {
    const to = renames.get(test.path);
    if (to === undefined)
        return test.id;
    if (test.id.startsWith(`${test.path}::`))
        return `${to}${test.id.slice(test.path.length)}`;
    // Go ids start with the package directory.
    const fromDir = external_node_path_.posix.dirname(test.path);
    if (test.id.startsWith(`${fromDir}::`))
        return `${external_node_path_.posix.dirname(to)}${test.id.slice(fromDir.length)}`;
    return test.id;
}
/**
 * Compares the tests at base and head: a test active at base that does not run
 * at head, a new test that does not run, a focused test, a base test with no
 * counterpart (after git renames, moves between files by name, and renames
 * inside a file by body similarity), fewer tests in all, and collection errors.
 */
function decide(base, head, context) {
    const findings = [];
    const threshold = context.renameThreshold ?? 0.75;
    const decision = { findings, newSkips: 0, removed: 0, renamed: 0, moved: 0, counterparts: new Map(), reasonGains: 0 };
    const matchedHead = new Set();
    const unmatchedBase = [];
    const focusExcluded = new Map();
    const newSkip = (h, message) => {
        decision.newSkips += 1;
        if (h.skipKind === 'focus') {
            const entry = focusExcluded.get(h.path) ?? { count: 0, line: h.line, reason: h.reason ?? '' };
            entry.count += 1;
            focusExcluded.set(h.path, entry);
            return;
        }
        findings.push({ rule: 'new-skip', severity: 'error', message, path: h.path, line: h.line, test: h.id });
    };
    const compare = (b, h) => {
        decision.counterparts.set(b.id, h.id);
        if (h.status === 'focused' && b.status !== 'focused') {
            newSkip(h, `test '${h.name}' is focused (${h.reason ?? '.only'}): every other test in ${h.path} stops running.`);
        }
        else if (b.status === 'active' && NOT_RUNNING.has(h.status)) {
            newSkip(h, `test '${h.name}' was active at base and is ${describeStatus(h)} at head.`);
        }
        else {
            const gained = gainedReasons(b, h);
            if (gained.length > 0) {
                decision.reasonGains += 1;
                newSkip(h, `test '${h.name}' was already ${describeStatus(b)} at base and gains another reason not to run at head: ${gained.join('; ')} (each skip is judged on its own: a skip that was there does not cover a new one).`);
            }
        }
    };
    for (const b of base.tests.values()) {
        const h = head.tests.get(mappedId(b, context.renames));
        if (h) {
            matchedHead.add(h.id);
            compare(b, h);
        }
        else
            unmatchedBase.push(b);
    }
    const unmatchedHead = [...head.tests.values()].filter((h) => !matchedHead.has(h.id));
    const headByName = new Map();
    for (const h of unmatchedHead) {
        const key = [...h.suite, h.name].join('::');
        headByName.set(key, [...(headByName.get(key) ?? []), h]);
    }
    // A test moved to another file keeps its suite path and name.
    const stillUnmatched = [];
    for (const b of unmatchedBase) {
        // Same suite path and name, and (when both sides have source) a similar body: a generic name alone is no move.
        const candidates = headByName
            .get([...b.suite, b.name].join('::'))
            ?.filter((h) => !matchedHead.has(h.id) && (!b.body || !h.body || bodySimilarity(b.body, h.body) >= threshold)) ?? [];
        const h = candidates[0];
        if (h) {
            matchedHead.add(h.id);
            decision.moved += 1;
            findings.push({ rule: 'test-moved', severity: 'notice', message: `test '${b.name}' moved from ${b.path} to ${h.path}.`, path: h.path, line: h.line, test: h.id });
            compare(b, h);
        }
        else
            stillUnmatched.push(b);
    }
    // A test renamed inside its file: the most similar unmatched body in the same (renamed) file.
    const pairs = [];
    for (const b of stillUnmatched) {
        const file = context.renames.get(b.path) ?? b.path;
        for (const h of unmatchedHead) {
            if (h.path !== file || matchedHead.has(h.id))
                continue;
            const score = bodySimilarity(b.body, h.body);
            if (score >= threshold)
                pairs.push({ b, h, score });
        }
    }
    pairs.sort((x, y) => y.score - x.score);
    const pairedBase = new Set();
    for (const { b, h, score } of pairs) {
        if (pairedBase.has(b) || matchedHead.has(h.id))
            continue;
        pairedBase.add(b);
        matchedHead.add(h.id);
        decision.renamed += 1;
        findings.push({
            rule: 'test-renamed',
            severity: 'notice',
            message: `test '${[...b.suite, b.name].join('::')}' appears renamed to '${[...h.suite, h.name].join('::')}' (bodies ${Math.round(score * 100)}% similar).`,
            path: h.path,
            line: h.line,
            test: h.id,
        });
        compare(b, h);
    }
    for (const b of stillUnmatched) {
        if (pairedBase.has(b))
            continue;
        const renamedTo = context.renames.get(b.path);
        const skippedAtHead = head.skippedFiles?.get(renamedTo ?? b.path);
        if (skippedAtHead !== undefined && b.status === 'active') {
            decision.newSkips += 1;
            findings.push({ rule: 'new-skip', severity: 'error', message: `test '${b.name}' was active at base; at head its module is skipped at collection (${skippedAtHead || 'module-level skip'}).`, path: renamedTo ?? b.path, line: b.line, test: b.id });
            continue;
        }
        decision.removed += 1;
        let why = 'it was deleted or renamed without a counterpart';
        if (renamedTo !== undefined && !context.isHeadTestFile(renamedTo))
            why = `its file was renamed to ${renamedTo}, which the test collection pattern does not match`;
        else if (context.headHasFile && !context.headHasFile(renamedTo ?? b.path))
            why = 'its file was deleted';
        findings.push({
            rule: 'test-removed',
            severity: 'error',
            message: `test '${[...b.suite, b.name].join('::')}' (${b.path}:${b.line} at base) has no counterpart at head: ${why}.`,
            path: renamedTo ?? b.path,
            line: b.line,
            test: b.id,
        });
    }
    for (const h of unmatchedHead) {
        if (matchedHead.has(h.id))
            continue;
        if (h.status === 'focused')
            newSkip(h, `new test '${h.name}' is focused (${h.reason ?? '.only'}): every other test in ${h.path} stops running.`);
        else if (NOT_RUNNING.has(h.status))
            newSkip(h, `new test '${h.name}' is added ${describeStatus(h)}.`);
    }
    for (const [path, f] of focusExcluded) {
        findings.push({ rule: 'new-skip', severity: 'error', message: `${f.count} test(s) in ${path} no longer run: ${f.reason}.`, path });
    }
    if (head.tests.size < base.tests.size) {
        findings.push({ rule: 'tests-decreased', severity: 'error', message: `${base.tests.size} test(s) at base, ${head.tests.size} at head: the number of tests must not go down.` });
    }
    for (const e of head.errors) {
        findings.push({ rule: 'collection-error', severity: 'error', message: `cannot collect tests at head: ${e.message} (the tests in it are lost).`, path: e.path, ...(e.line ? { line: e.line } : {}) });
    }
    return decision;
}
//# sourceMappingURL=decision.js.map
// EXTERNAL MODULE: ./packages/skip-set/lib/model.js
var model = __webpack_require__(23005);
;// CONCATENATED MODULE: ./packages/skip-set/lib/collectors/go.js



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
function tagSatisfied(tag) {
    return SATISFIED.has(tag) || /^go1\.\d+$/.test(tag);
}
/** Evaluates a `//go:build` expression (`linux && !race || integration`). */
function evaluateBuildConstraint(expr) {
    const tokens = expr.match(/&&|\|\||!|\(|\)|[\w.]+/g) ?? [];
    let pos = 0;
    const parseOr = () => {
        let value = parseAnd();
        while (tokens[pos] === '||') {
            pos += 1;
            const right = parseAnd();
            value = value || right;
        }
        return value;
    };
    const parseAnd = () => {
        let value = parseNot();
        while (tokens[pos] === '&&') {
            pos += 1;
            const right = parseNot();
            value = value && right;
        }
        return value;
    };
    const parseNot = () => {
        const t = tokens[pos++];
        if (t === '!')
            return !parseNot();
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
function goFileExclusion(path, text) {
    const header = text.slice(0, Math.max(0, text.search(/^package\s/m)));
    const build = /^\/\/go:build\s+(.+)$/m.exec(header);
    if (build) {
        if (!evaluateBuildConstraint(build[1].trim()))
            return `excluded by //go:build ${build[1].trim()}`;
    }
    else {
        for (const line of header.matchAll(/^\/\/ \+build\s+(.+)$/gm)) {
            const ok = line[1].trim().split(/\s+/).some((alt) => alt.split(',').every((t) => (t.startsWith('!') ? !tagSatisfied(t.slice(1)) : tagSatisfied(t))));
            if (!ok)
                return `excluded by // +build ${line[1].trim()}`;
        }
    }
    const parts = external_node_path_.posix.basename(path).replace(/_test\.go$/, '').split('_');
    const last = parts[parts.length - 1];
    const before = parts[parts.length - 2];
    if (parts.length >= 3 && before && GOOS.has(before) && last && GOARCH.has(last)) {
        if (before !== 'linux' || last !== 'amd64')
            return `excluded by the file name suffix _${before}_${last}`;
    }
    else if (parts.length >= 2 && last && (GOOS.has(last) || GOARCH.has(last)) && last !== 'linux' && last !== 'amd64') {
        return `excluded by the file name suffix _${last}`;
    }
    return undefined;
}
const TEST_FUNC = /^func\s+((?:Test|Fuzz)(?:[^a-z]\w*)?)\s*\(\s*(\w+)\s+\*testing\.(?:T|F)\s*\)/gm;
const HELPER_FUNC = /^func\s+(\w+)\s*\(([^)]*)\)/gm;
function collectGo(path, text) {
    const { masked, error } = maskCLike(text, 'go');
    const dir = external_node_path_.posix.dirname(path);
    const lines = new LineIndex(text);
    const exclusion = goFileExclusion(path, text);
    // Helpers in this file that skip the *testing.T (or TB) they are given.
    const skippingHelpers = new Set();
    for (const m of masked.matchAll(HELPER_FUNC)) {
        const param = /(\w+)\s+(?:\*testing\.(?:T|B|F)|testing\.TB)\b/.exec(m[2]);
        if (!param || /^(?:Test|Fuzz|Benchmark)/.test(m[1]))
            continue;
        const open = masked.indexOf('{', m.index + m[0].length);
        const close = open < 0 ? -1 : matchingBrace(masked, open);
        if (close > 0 && new RegExp(`\\b${param[1]}\\.Skip(?:f|Now)?\\s*\\(`).test(masked.slice(open, close)))
            skippingHelpers.add(m[1]);
    }
    const tests = [];
    for (const m of masked.matchAll(TEST_FUNC)) {
        const name = m[1];
        const param = m[2];
        const open = masked.indexOf('{', m.index + m[0].length);
        const close = open < 0 ? -1 : matchingBrace(masked, open);
        const body = close < 0 ? '' : masked.slice(open, close + 1);
        let reason;
        let kind;
        if (exclusion)
            [reason, kind] = [exclusion, 'marker'];
        else {
            const skip = new RegExp(`\\b${param}\\.(Skip(?:f|Now)?)\\s*\\(`).exec(body);
            const helper = [...skippingHelpers].find((h) => new RegExp(`\\b${h}\\s*\\(\\s*${param}\\b`).test(body));
            if (skip)
                reason = `${param}.${skip[1]}()${/\btesting\.Short\s*\(\s*\)/.test(body) ? ' under testing.Short()' : ''}`;
            else if (helper)
                reason = `${helper}(${param}) skips`;
            if (reason)
                kind = 'runtime';
        }
        tests.push({
            id: (0,model/* testId */.ec)(dir, [], name),
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
//# sourceMappingURL=go.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/collectors/js.js


/**
 * Tests of vitest, jest and mocha (BDD and TDD interfaces): `it`/`test`/
 * `specify` inside `describe`/`context`/`suite`, with their modifiers
 * (`.skip`, `.only`, `.todo`, `.skipIf(…)`, `.runIf(…)`, `.fails`, `.failing`,
 * `.each`, `.concurrent`…), the `x`/`f` prefixed forms, `this.skip()` in a test
 * or a suite's hook, and aliases such as `const t = it.skip`.
 */
const TEST_FUNCTIONS = new Set(['it', 'test', 'specify', 'xit', 'xtest', 'xspecify', 'fit', 'ftest']);
const SUITE_FUNCTIONS = new Set(['describe', 'context', 'suite', 'xdescribe', 'xcontext', 'fdescribe', 'fcontext']);
const HOOKS = new Set(['before', 'beforeAll', 'beforeEach', 'suiteSetup', 'setup']);
/** Chain members that take their own argument list before the test's: `it.each(table)(name, fn)`. */
const CALLED_MODIFIERS = new Set(['each', 'skipIf', 'runIf', 'for', 'extend', 'scoped']);
function modifiersOf(parts) {
    const base = parts[0];
    const mods = {};
    if (base.startsWith('x'))
        mods.skip = base;
    if (base.startsWith('f') && base !== 'for')
        mods.only = base;
    for (const p of parts.slice(1)) {
        if (p === 'skip')
            mods.skip = `${base}.skip`;
        else if (p === 'skipIf' || p === 'runIf')
            mods.skip = `${base}.${p}(…)`;
        else if (p === 'only')
            mods.only = `${base}.only`;
        else if (p === 'todo')
            mods.todo = `${base}.todo`;
        else if (p === 'fails' || p === 'failing')
            mods.fails = `${base}.${p}`;
    }
    return mods;
}
class JsFileCollector {
    path;
    text;
    tokens;
    aliases = new Map();
    blocks = [];
    lines;
    constructor(path, text, tokens) {
        this.path = path;
        this.text = text;
        this.tokens = tokens;
        this.lines = new LineIndex(text);
    }
    tokenText(t) {
        return this.text.slice(this.tokens.start[t], this.tokens.end[t]);
    }
    isPunct(t, ch) {
        return this.tokens.kind[t] === T_PUNCT && this.tokenText(t) === ch;
    }
    /** Reads `name(.name | (args) | `tpl`)*` from an identifier that does not follow a dot. */
    readChain(t) {
        const names = [this.tokenText(t)];
        let j = t + 1;
        const { kind, match } = this.tokens;
        for (;;) {
            if (this.isPunct(j, '.') && kind[j + 1] === T_IDENT) {
                names.push(this.tokenText(j + 1));
                j += 2;
            }
            else if (this.isPunct(j, '(') && CALLED_MODIFIERS.has(names[names.length - 1]) && match[j] > j) {
                const after = match[j] + 1;
                if (!this.isPunct(after, '(') && kind[after] !== T_TEMPLATE && names[names.length - 1] !== 'extend')
                    break;
                j = after;
            }
            else if (kind[j] === T_TEMPLATE && names[names.length - 1] === 'each') {
                j += 1;
            }
            else
                break;
        }
        return { names, next: j };
    }
    resolve(names) {
        const alias = this.aliases.get(names[0]);
        const parts = alias ? [...alias, ...names.slice(1)] : [...names];
        const base = parts[0];
        return TEST_FUNCTIONS.has(base) || SUITE_FUNCTIONS.has(base) ? parts : undefined;
    }
    collect() {
        const { kind, match } = this.tokens;
        const count = kind.length;
        const parents = [];
        for (let t = 0; t < count; t += 1) {
            while (parents.length > 0 && this.blocks[parents[parents.length - 1]].close < t)
                parents.pop();
            if (kind[t] !== T_IDENT || (t > 0 && this.isPunct(t - 1, '.')))
                continue;
            const word = this.tokenText(t);
            if (word === 'const' || word === 'let' || word === 'var') {
                this.readAlias(t);
                continue;
            }
            if (word === 'this' || word === 'ctx' || word === 'context') {
                this.readSkipCall(t, parents);
                if (word === 'this')
                    continue;
            }
            if (HOOKS.has(word) && this.isPunct(t + 1, '('))
                continue;
            const { names, next } = this.readChain(t);
            const parts = this.resolve(names);
            if (!parts || !this.isPunct(next, '(') || match[next] < 0)
                continue;
            const base = parts[0];
            // `test.skip()` or `test.skip(condition)` inside a test body is Playwright's runtime skip.
            if (parents.length > 0 && parts.includes('skip') && !this.hasName(next)) {
                const owner = this.blocks[parents[parents.length - 1]];
                owner.runtimeSkip ??= `${parts.join('.')}() call`;
                t = next;
                continue;
            }
            const close = match[next];
            const block = {
                kind: SUITE_FUNCTIONS.has(base) || parts.includes('describe') ? 'suite' : 'test',
                name: this.nameArgument(next, close),
                line: this.lines.lineOf(this.tokens.start[t]),
                parent: parents[parents.length - 1] ?? -1,
                mods: modifiersOf(parts) ?? {},
                open: next,
                close,
            };
            // `it('name')` with no function is pending in mocha, todo in jest and vitest.
            if (block.kind === 'test' && !this.hasFunctionArgument(next, close))
                block.mods.todo ??= `${base}() without a function`;
            this.readOptionsArgument(next, close, base, block.mods);
            this.blocks.push(block);
            parents.push(this.blocks.length - 1);
            t = next;
        }
        return this.finish();
    }
    /**
     * node:test (and vitest's) options object before the function:
     * `test(name, { skip: 'why' }, fn)`, `{ todo: true }`, `{ only: true }`, a
     * shorthand `{ skip }`. A literal `false` (or `undefined`/`null`/`0`/`''`) is no modifier.
     */
    readOptionsArgument(open, close, base, mods) {
        const { match } = this.tokens;
        let t = open + 1;
        // Step over the first argument (the name) to the top-level comma.
        while (t < close && !this.isPunct(t, ','))
            t = match[t] > t ? match[t] + 1 : t + 1;
        const brace = t + 1;
        if (t >= close || !this.isPunct(brace, '{') || match[brace] < 0)
            return;
        const end = match[brace];
        for (let k = brace + 1; k < end; k = match[k] > k ? match[k] + 1 : k + 1) {
            const key = this.tokenText(k);
            if (this.tokens.kind[k] !== T_IDENT || !(key === 'skip' || key === 'todo' || key === 'only'))
                continue;
            if (!this.isPunct(k - 1, '{') && !this.isPunct(k - 1, ','))
                continue;
            let valueText = 'true';
            if (this.isPunct(k + 1, ':')) {
                let v = k + 2;
                const parts = [];
                while (v < end && !this.isPunct(v, ',')) {
                    parts.push(this.tokenText(v));
                    v = match[v] > v ? match[v] + 1 : v + 1;
                }
                valueText = parts.join(' ').trim();
            }
            else if (!this.isPunct(k + 1, ',') && k + 1 !== end)
                continue;
            if (['false', 'undefined', 'null', '0', "''", '""', '``'].includes(valueText))
                continue;
            const why = `${base}(…, { ${key}: ${valueText.length > 40 ? `${valueText.slice(0, 40)}…` : valueText} })`;
            if (key === 'skip')
                mods.skip ??= why;
            else if (key === 'todo')
                mods.todo ??= why;
            else
                mods.only ??= why;
        }
    }
    hasName(open) {
        const k = this.tokens.kind[open + 1];
        return k === T_STRING || k === T_TEMPLATE || (k === T_IDENT && this.isPunct(open + 2, ','));
    }
    hasFunctionArgument(open, close) {
        for (let t = open + 1; t < close; t += 1) {
            const w = this.tokenText(t);
            if (w === '=>' || w === 'function' || (this.tokens.kind[t] === T_IDENT && this.isPunct(t - 1, ',')))
                return true;
        }
        return false;
    }
    nameArgument(open, close) {
        const { kind, start, end, match } = this.tokens;
        const first = open + 1;
        if (first >= close)
            return '';
        if ((kind[first] === T_STRING || kind[first] === T_TEMPLATE) && (first + 1 === close || this.isPunct(first + 1, ','))) {
            return this.text.slice(start[first] + 1, end[first] - 1);
        }
        let t = first;
        while (t < close && !this.isPunct(t, ','))
            t = match[t] > t ? match[t] + 1 : t + 1;
        return this.text.slice(start[first], end[t - 1]).replace(/\s+/g, ' ');
    }
    /** `const t = it.skip`, `const myTest = test.extend({…})`. */
    readAlias(t) {
        const { kind } = this.tokens;
        if (kind[t + 1] !== T_IDENT || !this.isPunct(t + 2, '=') || kind[t + 3] !== T_IDENT)
            return;
        const { names, next } = this.readChain(t + 3);
        const parts = this.resolve(names);
        if (!parts)
            return;
        // A call result is not an alias, except `test.extend(…)`, which returns a test function.
        if (this.isPunct(next, '('))
            return;
        this.aliases.set(this.tokenText(t + 1), parts.filter((p) => p !== 'extend'));
    }
    /** `this.skip()` / `ctx.skip()` in a test body or a suite's before-hook. */
    readSkipCall(t, parents) {
        if (!this.isPunct(t + 1, '.') || this.tokenText(t + 2) !== 'skip' || !this.isPunct(t + 3, '(') || this.hasName(t + 3))
            return;
        const owner = parents[parents.length - 1];
        if (owner === undefined)
            return;
        const block = this.blocks[owner];
        if (block.kind === 'test') {
            block.runtimeSkip ??= `${this.tokenText(t)}.skip() in the test`;
            return;
        }
        // In a suite body, a skip inside a before-hook skips the whole suite.
        for (let h = t - 1; h > block.open; h -= 1) {
            if (this.tokens.kind[h] === T_IDENT && HOOKS.has(this.tokenText(h)) && this.isPunct(h + 1, '(') && this.tokens.match[h + 1] > t) {
                block.runtimeSkip ??= `${this.tokenText(t)}.skip() in ${this.tokenText(h)}()`;
                return;
            }
        }
    }
    finish() {
        const ids = new model/* IdAllocator */.p();
        const drafts = [];
        let focusLine;
        for (const block of this.blocks) {
            if (block.kind !== 'test')
                continue;
            const chain = [];
            for (let p = block.parent; p >= 0; p = this.blocks[p].parent)
                chain.unshift(this.blocks[p]);
            const all = [...chain, block];
            let status = 'active';
            let reason;
            let skipKind;
            const skipper = all.find((b) => b.mods.skip);
            const runtime = all.find((b) => b.runtimeSkip);
            const focus = all.find((b) => b.mods.only);
            // A todo suite (describe.todo, node:test's { todo }) makes its tests todo too.
            const todo = all.find((b) => b.mods.todo);
            if (skipper)
                [status, reason, skipKind] = ['skipped', skipper.mods.skip, 'marker'];
            else if (todo)
                [status, reason, skipKind] = ['todo', todo.mods.todo, 'marker'];
            else if (runtime)
                [status, reason, skipKind] = ['skipped', runtime.runtimeSkip, 'runtime'];
            else if (focus)
                [status, reason, skipKind] = ['focused', focus.mods.only, 'focus'];
            else if (all.some((b) => b.mods.fails))
                [status, reason, skipKind] = ['xfail', all.find((b) => b.mods.fails).mods.fails, 'marker'];
            if (status === 'focused')
                focusLine ??= focus.line;
            const suite = chain.map((b) => b.name);
            const id = ids.allocate((0,model/* testId */.ec)(this.path, suite, block.name));
            const body = this.text.slice(this.tokens.start[block.open], this.tokens.end[block.close]);
            drafts.push({
                test: { id, path: this.path, line: block.line, name: block.name, suite, status, ...(reason ? { reason, skipKind } : {}), body },
                focused: status === 'focused',
            });
        }
        if (focusLine !== undefined) {
            for (const d of drafts) {
                if (d.test.status === 'active' || d.test.status === 'xfail') {
                    d.test.status = 'skipped';
                    d.test.reason = `not run: a focused test (.only) at line ${focusLine} excludes it`;
                    d.test.skipKind = 'focus';
                }
            }
        }
        return drafts.map((d) => d.test);
    }
}
function collectJs(path, text) {
    const tokens = tokenizeJs(text, { jsx: allowsJsx(path) });
    const tests = new JsFileCollector(path, text, tokens).collect();
    return {
        path,
        language: 'javascript',
        tests,
        ...(tokens.error ? { error: { path, line: tokens.error.line, message: tokens.error.message } } : {}),
    };
}
//# sourceMappingURL=js.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/collectors/jvm.js


/**
 * JUnit 4 and 5 tests in Java and Kotlin: methods annotated `@Test`,
 * `@ParameterizedTest`, `@RepeatedTest`, `@TestFactory` or `@TestTemplate`,
 * inside (nested) classes. `@Ignore` and `@Disabled*` on the method or any
 * enclosing class skip it; `@Enabled*` conditions and `assume*` calls in the
 * body make it conditional (skipped when the condition does not hold).
 */
const TEST_ANNOTATIONS = new Set(['Test', 'ParameterizedTest', 'RepeatedTest', 'TestFactory', 'TestTemplate', 'Property', 'Example']);
const ASSUMPTION = /\b(?:Assume\.|Assumptions\.)?assume(?:True|False|That|NotNull|NoException)\s*\(/;
function skipOf(annotations) {
    for (const a of annotations) {
        if (a.name === 'Ignore' || a.name.startsWith('Disabled'))
            return { status: 'skipped', reason: `@${a.name}`, kind: 'marker' };
    }
    for (const a of annotations) {
        if (/^Enabled(?:If|On|For)/.test(a.name))
            return { status: 'skipped', reason: `@${a.name} (conditional)`, kind: 'marker' };
    }
    return undefined;
}
const WORD = /`[^`\n]*`|[A-Za-z_$][\w$]*|@|[{}();=]/g;
function collectJvm(path, text) {
    const kotlin = /\.kts?$/.test(path);
    const { masked, error } = maskCLike(text, kotlin ? 'kotlin' : 'java');
    const lines = new LineIndex(text);
    const ids = new model/* IdAllocator */.p();
    const tests = [];
    const classes = [];
    let pending = [];
    WORD.lastIndex = 0;
    for (let m = WORD.exec(masked); m; m = WORD.exec(masked)) {
        const word = m[0];
        const at = m.index;
        while (classes.length > 0 && classes[classes.length - 1].close < at)
            classes.pop();
        if (word === '@') {
            const name = /^@\s*([\w$.]+)/.exec(masked.slice(at, at + 200))?.[1];
            if (!name)
                continue;
            pending.push({ name: name.slice(name.lastIndexOf('.') + 1), line: lines.lineOf(at) });
            let end = at + 1 + /^\s*[\w$.]+/.exec(masked.slice(at + 1))[0].length;
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
            if (/[.:]\s*$/.test(masked.slice(Math.max(0, at - 3), at)))
                continue;
            const nameMatch = /^\s+(`[^`\n]*`|[\w$]+)/.exec(masked.slice(at + word.length));
            const companion = /\bcompanion\s+$/.test(masked.slice(Math.max(0, at - 12), at));
            if (!nameMatch && !companion)
                continue;
            const name = nameMatch
                ? text.slice(at + word.length + nameMatch[0].length - nameMatch[1].length, at + word.length + nameMatch[0].length).replace(/`/g, '')
                : 'Companion';
            const open = masked.indexOf('{', at);
            const stop = masked.slice(at, open < 0 ? masked.length : open).search(/[;}]/);
            if (open >= 0 && stop < 0) {
                const close = matchingBrace(masked, open);
                if (close > 0)
                    classes.push({ name, annotations: pending, close });
                WORD.lastIndex = open + 1;
            }
            pending = [];
            continue;
        }
        const isTest = pending.some((a) => TEST_ANNOTATIONS.has(a.name));
        if (!isTest) {
            if (word === '(' || word === '{')
                pending = [];
            continue;
        }
        // The method name: Kotlin `fun name(`, Java `… name(`.
        let nameAt = -1;
        if (kotlin) {
            if (word !== 'fun')
                continue;
            const nm = /^\s+(?:<[^>]*>\s*)?(`[^`\n]*`|[\w$]+)\s*\(/.exec(masked.slice(at + 3));
            if (!nm)
                continue;
            nameAt = at + 3 + nm[0].indexOf(nm[1]);
        }
        else {
            if (!/^\s*\(/.test(masked.slice(at + word.length)) || /^(?:if|for|while|switch|catch|synchronized|return|new)$/.test(word))
                continue;
            nameAt = at;
        }
        const rawName = /^(`[^`\n]*`|[\w$]+)/.exec(text.slice(nameAt))[1];
        const name = rawName.replace(/`/g, '');
        const paren = masked.indexOf('(', nameAt + rawName.length);
        const parenClose = matchingBracket(masked, paren);
        const open = masked.indexOf('{', parenClose);
        const bodyClose = open < 0 ? -1 : matchingBrace(masked, open);
        const bodyMasked = bodyClose < 0 ? '' : masked.slice(open, bodyClose + 1);
        const annotations = [...classes.flatMap((c) => c.annotations), ...pending];
        let skip = skipOf(annotations);
        if (!skip && ASSUMPTION.test(bodyMasked))
            skip = { status: 'skipped', reason: 'assumption in the body (assume*)', kind: 'runtime' };
        const suite = classes.map((c) => c.name);
        tests.push({
            id: ids.allocate((0,model/* testId */.ec)(path, suite, name)),
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
//# sourceMappingURL=jvm.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/collectors/python-vocabulary.js

/** What a canonical name does when called (or raised). */
const CALLABLE = {
    'pytest.skip': { status: 'skipped', label: 'pytest.skip()' },
    'pytest.importorskip': { status: 'skipped', label: 'pytest.importorskip()' },
    'pytest.xfail': { status: 'xfail', label: 'pytest.xfail()' },
    'pytest.exit': { status: 'skipped', label: 'pytest.exit() (stops the session: no later test runs)' },
    'os._exit': { status: 'skipped', label: 'os._exit() (ends the process: no later test runs)' },
};
const EXCEPTION = new Set(['unittest.SkipTest', 'pytest.skip.Exception']);
const KNOWN_PREFIXES = ['pytest', 'unittest', '_pytest', 'os'];
/** `unittest.case.SkipTest` → `unittest.SkipTest`; `_pytest.outcomes.skip` → `pytest.skip`. */
function canonicalize(name) {
    return name
        .replace(/^unittest\.case\./, 'unittest.')
        .replace(/^_pytest\.outcomes\.(skip|xfail|exit|importorskip)$/, 'pytest.$1')
        .replace(/^_pytest\.outcomes\.Skipped$/, 'pytest.skip.Exception')
        .replace(/^_pytest\.outcomes\.XFailed$/, 'pytest.xfail.Exception')
        .replace(/^pytest\.skip\.Exception$/, 'pytest.skip.Exception')
        .replace(/^_pytest\.mark\.(?:structures\.)?MARK_GEN\b/, 'pytest.mark');
}
/** The canonical name a local dotted name stands for, through the module's bindings. */
function resolveName(vocab, dotted) {
    if (!vocab || vocab.names.size === 0)
        return dotted;
    const parts = dotted.split('.');
    for (let k = parts.length; k >= 1; k -= 1) {
        const bound = vocab.names.get(parts.slice(0, k).join('.'));
        if (bound !== undefined)
            return canonicalize([bound, ...parts.slice(k)].join('.'));
    }
    return canonicalize(dotted);
}
const python_vocabulary_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Reads the bindings of pytest's and unittest's skip names from a module's statements. */
function readVocabulary(text, scan) {
    const names = new Map();
    const bind = (local, target) => {
        const canonical = canonicalize(target);
        // `import pytest` binds pytest to itself: nothing to learn.
        if (local !== canonical)
            names.set(local, canonical);
    };
    for (let k = 0; k < scan.count; k += 1) {
        const start = scan.start[k];
        const c = text.charCodeAt(start);
        if (c !== 102 && c !== 105 && !(scan.indent[k] === 0 && /[A-Za-z_]/.test(text[start])))
            continue;
        const raw = text.slice(start, scan.end[k]);
        if (!/pytest|unittest|os\b|skip|Skip|xfail|exit|mark/.test(raw))
            continue;
        const from = /^from\s+([\w.]+)\s+import\s+\(?([^)#]*)\)?/.exec(raw);
        if (from) {
            if (!KNOWN_PREFIXES.some((p) => from[1] === p || from[1].startsWith(`${p}.`)))
                continue;
            for (const item of from[2].split(',')) {
                const m = /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(item.replace(/\\\s*\n/g, ' '));
                if (m)
                    bind(m[2] ?? m[1], `${from[1]}.${m[1]}`);
            }
            continue;
        }
        const plain = /^import\s+([^#]*)/.exec(raw);
        if (plain) {
            for (const item of plain[1].split(',')) {
                const m = /^\s*([\w.]+)\s+as\s+(\w+)\s*$/.exec(item);
                if (m && KNOWN_PREFIXES.some((p) => m[1] === p || m[1].startsWith(`${p}.`)))
                    bind(m[2], m[1]);
            }
            continue;
        }
        // A top-level alias of a skip, a mark namespace or a module: `stop = pytest.skip`, `mk = pytest.mark`.
        const alias = /^([A-Za-z_]\w*)\s*(?::[^=\n]*)?=\s*([A-Za-z_][\w.]*)\s*$/.exec(raw);
        if (alias) {
            const target = resolveName({ names, needles: [] }, alias[2]);
            if (CALLABLE[target] || EXCEPTION.has(target) || /^(?:pytest(?:\.mark)?|unittest|pytest\.mark\.(?:skip|skipif|xfail)|unittest\.(?:skip|skipIf|skipUnless|expectedFailure))$/.test(target)) {
                names.set(alias[1], target);
            }
            continue;
        }
        // A subclass of a skip exception is raised as one: `class Later(unittest.SkipTest): pass`.
        const cls = /^class\s+(\w+)\s*\(\s*([\w.]+)\s*\)/.exec(raw);
        if (cls && EXCEPTION.has(resolveName({ names, needles: [] }, cls[2])))
            names.set(cls[1], 'unittest.SkipTest');
    }
    const vocab = { names, needles: [] };
    const calls = [];
    const raises = [];
    for (const local of names.keys()) {
        const target = names.get(local);
        if (CALLABLE[target])
            calls.push(python_vocabulary_escape(local));
        else if (EXCEPTION.has(target))
            raises.push(python_vocabulary_escape(local));
        else if (target === 'pytest' || target === 'os')
            calls.push(`${python_vocabulary_escape(local)}\\.(?:skip|xfail|importorskip|exit|_exit)`);
        else if (target === 'unittest')
            raises.push(`${python_vocabulary_escape(local)}(?:\\.case)?\\.SkipTest`);
        else
            continue;
        vocab.needles.push(local);
    }
    if (calls.length > 0)
        vocab.call = new RegExp(`(?<![\\w.])(${calls.join('|')})\\s*\\(`, 'g');
    if (raises.length > 0)
        vocab.raise = new RegExp(`\\braise\\s+(${raises.join('|')})\\b`, 'g');
    return vocab;
}
const USUAL_CALL = /(?<![\w.])(pytest\.(?:skip|xfail|importorskip|exit)|importorskip|os\._exit)\s*\(|\.(skipTest)\s*\(|\b(raise)\s+((?:unittest\.(?:case\.)?)?SkipTest|pytest\.skip\.Exception)\b|\.(applymarker|add_marker)\s*\(/g;
function callText(masked, at) {
    const open = masked.indexOf('(', at);
    if (open < 0)
        return masked.slice(at).trim();
    const close = matchingBracket(masked, open);
    return masked.slice(at, close < 0 ? masked.length : close + 1).replace(/\s+/g, ' ').trim();
}
/**
 * Every skip, xfail or exit in a masked statement (strings and comments
 * blanked): calls and raises under their usual names and the module's own,
 * `self.skipTest`, and markers applied at run time (`request.applymarker`).
 */
function bodySkipsIn(masked, vocab) {
    const out = [];
    for (const m of masked.matchAll(USUAL_CALL)) {
        const at = m.index ?? 0;
        if (m[1]) {
            const name = m[1] === 'importorskip' ? 'pytest.importorskip' : m[1];
            const what = CALLABLE[name];
            out.push({ status: what.status, label: `${what.label.replace(/\(\)/, '()')} call`, text: callText(masked, at) });
        }
        else if (m[2]) {
            out.push({ status: 'skipped', label: '.skipTest() call', text: callText(masked, at) });
        }
        else if (m[3]) {
            out.push({ status: 'skipped', label: `raise ${m[4]}`, text: `raise ${m[4]}` });
        }
        else if (m[5]) {
            const call = callText(masked, at);
            const mark = /\bmark\.(skipif|skip|xfail)\b/.exec(call);
            if (mark)
                out.push({ status: mark[1] === 'xfail' ? 'xfail' : 'skipped', label: `${m[5]}(pytest.mark.${mark[1]}) at run time`, text: call });
        }
    }
    if (vocab?.call) {
        for (const m of masked.matchAll(vocab.call)) {
            const target = resolveName(vocab, m[1]);
            const what = CALLABLE[target];
            if (what)
                out.push({ status: what.status, label: `${m[1]}() call (${what.label})`, text: callText(masked, m.index ?? 0) });
        }
    }
    if (vocab?.raise) {
        for (const m of masked.matchAll(vocab.raise))
            out.push({ status: 'skipped', label: `raise ${m[1]} (a SkipTest)`, text: `raise ${m[1]}` });
    }
    return out;
}
//# sourceMappingURL=python-vocabulary.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/collectors/python-module.js


const MODULE_SKIP = /\bimportorskip\s*\(|\bpytest\.skip\s*\([^]*allow_module_level\s*=\s*True|\braise\s+(?:unittest\.(?:case\.)?)?SkipTest\b/;
const DEF_HEADER = /(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/y;
const CLASS_HEADER = /^class\s+([A-Za-z_]\w*)\s*(\()?/;
const ASSIGNMENT = /([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=(?!=)\s*/y;
const HEAD = /^\s*([A-Za-z_][\w.]*)/;
const FIXTURE_DECORATOR = /^\s*(?:pytest\.)?fixture\b/;
const NO_DECORATORS = [];
Object.freeze(NO_DECORATORS);
function skipped(reason, kind = 'marker', extra = {}) {
    return { status: 'skipped', reason, kind, ...extra };
}
function xfail(reason, kind = 'marker') {
    return { status: 'xfail', reason, kind };
}
/** A mark under another name: its reason says where it came from, its key keeps what it is. */
function relabel(mark, reason, keyPrefix) {
    return { ...mark, reason, key: `${keyPrefix}${mark.key ?? mark.reason}` };
}
/** The key of a mark in a test's reason set. */
function markKey(mark) {
    return mark.key ?? mark.reason;
}
/** Code text without its comments, whitespace collapsed: a reason key that an edited comment does not change. */
function codeText(text, start, end) {
    const raw = text.slice(start, end);
    // Without a '#' there is no comment: most statements need no mask.
    if (!raw.includes('#'))
        return raw.replace(/\s+/g, ' ').trim();
    const masked = maskPython(text, start, end);
    let out = '';
    for (let i = 0; i < masked.length; i += 1) {
        const c = text.charCodeAt(start + i);
        // A '#' the mask blanked is a comment's start (a '#' in a string stays in the raw text and in the mask's quotes).
        if (c === 35 && masked.charCodeAt(i) === 32) {
            while (i < masked.length && text.charCodeAt(start + i) !== 10)
                i += 1;
            continue;
        }
        out += text[start + i];
    }
    return out.replace(/\s+/g, ' ').trim();
}
const FALSE_LITERAL = /^(?:False|0|None|''|""|\(\)|\[\]|\{\}|not\s+True|not\s+1)$/;
const TRUE_LITERAL = /^(?:True|1|"True"|'True'|not\s+False|not\s+0|not\s+None)$/;
/**
 * Detail of a pytest or unittest skip mark from its call (`skipif(True)`,
 * `xfail(run=False)`): the key is the call as written (its condition counts),
 * and whether it applies everywhere.
 */
function markDetail(mark, which, expr, masked) {
    const m = masked ?? expr;
    const open = m.search(/\(/);
    const close = open >= 0 ? matchingBracket(m, open) : -1;
    const call = (open >= 0 && close > open ? expr.slice(0, close + 1) : (expressionHead(expr) ?? expr)).replace(/\s+/g, ' ').trim();
    const args = open >= 0 && close > open ? splitTopLevel(m, open + 1, close).map((s) => ({ masked: m.slice(s.start, s.end).trim(), raw: expr.slice(s.start, s.end).trim() })) : [];
    const positional = args.filter((a) => !/^\w+\s*=/.test(a.masked));
    const condition = positional[0]?.raw ?? args.find((a) => /^condition\s*=/.test(a.masked))?.raw.replace(/^condition\s*=\s*/, '');
    let unconditional = false;
    let reason = mark.reason;
    if (which === 'skip')
        unconditional = true;
    else if (which === 'skipif' || which === 'skipIf')
        unconditional = condition === undefined ? which === 'skipif' : TRUE_LITERAL.test(condition);
    else if (which === 'skipUnless')
        unconditional = condition !== undefined && FALSE_LITERAL.test(condition);
    else if (which === 'xfail' && args.some((a) => /^run\s*=\s*False\b/.test(a.raw))) {
        reason = `${mark.reason}(run=False): never runs`;
        unconditional = condition === undefined || TRUE_LITERAL.test(condition);
    }
    return { ...mark, reason, key: `@${call.replace(/^@/, '')}`, ...(unconditional ? { unconditional } : {}) };
}
/** The helper-name convention for conditional skip decorators (`td.skip_if_no("scipy")`, `skipIfNoDb`). */
const SKIP_HELPER = /^(?:skip|xfail)(?:_?[Ii]f|_?[Uu]nless|_on|_without|_when|_no|_for)/;
/** The dotted name an expression starts with: `pytest.mark.skipif` in `pytest.mark.skipif(x, reason="…")`. */
function expressionHead(expr) {
    return HEAD.exec(expr)?.[1];
}
/**
 * The mark a decorator or mark expression applies, judged by the name it starts
 * with (so text in its arguments never counts): pytest marks, unittest
 * decorators (under any name the module gave them), `getattr(pytest.mark,
 * "skip")`, module aliases, and the skip-helper naming convention. `masked` is
 * `expr` with its strings blanked, when the caller has it.
 */
function markOfExpression(expr, aliases, vocab, masked) {
    const local = expressionHead(expr);
    if (!local)
        return undefined;
    let head = resolveName(vocab, local);
    const dynamic = head === 'getattr' ? /^\s*getattr\s*\(\s*([\w.]+)\s*,\s*["'](skipif|skip|xfail)["']/.exec(expr) : null;
    if (dynamic && /(?:^|\.)mark$/.test(resolveName(vocab, dynamic[1])))
        head = `pytest.mark.${dynamic[2]}`;
    head = head.replace(/\.with_args$/, '');
    const pytestMark = /(?:^|\.)mark\.(skipif|skip|xfail)$/.exec(head);
    if (pytestMark)
        return markDetail(pytestMark[1] === 'xfail' ? xfail('@pytest.mark.xfail') : skipped(`@pytest.mark.${pytestMark[1]}`), pytestMark[1], expr, masked);
    const unittestMark = /^(?:unittest\.)?(skip|skipIf|skipUnless|expectedFailure)$/.exec(head);
    if (unittestMark) {
        const mark = unittestMark[1] === 'expectedFailure' ? xfail('@unittest.expectedFailure') : skipped(`@unittest.${unittestMark[1]}${local !== head ? ` (as ${local})` : ''}`);
        return markDetail(mark, unittestMark[1], expr, masked);
    }
    const alias = aliases.get(local);
    if (alias)
        return alias;
    const last = local.slice(local.lastIndexOf('.') + 1);
    if (SKIP_HELPER.test(last)) {
        const mark = last.startsWith('xfail') ? xfail(`${local} (xfail helper)`) : skipped(`${local} (skip helper)`);
        return { ...mark, key: `@${expr.replace(/\s+/g, ' ').trim()}` };
    }
    return undefined;
}
/** Every mark expression inside a masked expression (`pytestmark = [a, b] + extra`, `marks=(…)`), each with its key from the raw text. */
function marksIn(masked, raw, aliases, vocab) {
    const out = [];
    for (const m of masked.matchAll(/(?<![\w.])[A-Za-z_][\w.]*/g)) {
        const at = m.index ?? 0;
        const open = masked.slice(at).search(/[^\w.\s]/);
        const end = open >= 0 && masked[at + open] === '(' ? matchingBracket(masked, at + open) + 1 : at + m[0].length;
        const mark = markOfExpression(raw.slice(at, end > at ? end : undefined), aliases, vocab, masked.slice(at, end > at ? end : undefined));
        if (mark)
            out.push(mark);
    }
    return out;
}
/** Marks of `[m1, m2]`, `(m1,)` or a single mark expression (masked); the strongest one. */
function markOfList(expr, aliases) {
    const trimmed = expr.trim();
    const elements = trimmed.startsWith('[') || trimmed.startsWith('(')
        ? splitTopLevel(trimmed, 1, Math.max(1, matchingBracket(trimmed, 0))).map((s) => trimmed.slice(s.start, s.end))
        : [trimmed];
    let best;
    for (const e of elements) {
        const mark = markOfExpression(e, aliases);
        if (mark && (!best || (best.status === 'xfail' && mark.status === 'skipped')))
            best = mark;
    }
    return best;
}
/** Parameter names of a function, read from its header once. */
function parametersOf(module, def) {
    if (def.params)
        return def.params;
    const header = module.text.slice(def.start, def.headerEnd);
    // Most headers hold no string or comment: read them as they are.
    const masked = /["'#]/.test(header) ? maskPython(module.text, def.start, def.headerEnd) : header;
    const open = masked.indexOf('(');
    const close = matchingBracket(masked, open);
    const names = [];
    if (open >= 0 && close >= 0) {
        for (const span of splitTopLevel(masked, open + 1, close)) {
            const m = /^\*{0,2}\s*([A-Za-z_]\w*)/.exec(masked.slice(span.start, span.end));
            if (m)
                names.push(m[1]);
        }
    }
    def.params = names;
    return names;
}
function classBases(masked, open) {
    const close = matchingBracket(masked, open);
    if (close < 0)
        return [];
    return splitTopLevel(masked, open + 1, close)
        .map((s) => masked.slice(s.start, s.end).replace(/\s+/g, ''))
        .filter((b) => !/^\w+=/.test(b));
}
/** Fixture names given as string literals in `usefixtures("a", "b")` at text[start, end). */
function usefixtureNames(text, start, end) {
    const masked = maskPython(text, start, end);
    const at = masked.search(/\busefixtures\s*\(/);
    if (at < 0)
        return [];
    const open = masked.indexOf('(', at);
    const close = matchingBracket(masked, open);
    const names = [];
    for (const s of splitTopLevel(masked, open + 1, close < 0 ? masked.length : close)) {
        const value = stringValueAt(text, start + s.start);
        if (value !== undefined)
            names.push(value);
    }
    return names;
}
/** Compound statements whose body may not run: a definition under one exists only when it lets it. */
const BLOCK_HEADER = /^(?:(if|elif|while|for|except|else|try|finally|with|match|case)\b|async\s+(for|with)\b)/;
const NEVER = /^(?:(?:if|elif|while)\s+(?:False|0|None|''|""|not\s+True|not\s+1|(?:typing\.)?TYPE_CHECKING)\s*:|for\s+\w+\s+in\s+(?:\[\s*\]|\(\s*\)|range\s*\(\s*0\s*\))\s*:)$/;
const DOCSTRING = /^[rRuUbBfF]{0,2}(?:"""[^]*"""|'''[^]*'''|"[^"\n]*"|'[^'\n]*')$/;
/** Parses a Python module into the classes, functions, fixtures and marks the collector needs. */
function python_module_parsePythonModule(path, text, statements) {
    const scan = statements ?? pythonStatementsOf(text);
    const module = {
        path,
        text,
        classes: [],
        classesByName: new Map(),
        functions: new Map(),
        fixtures: new Map(),
        skippingFixtures: false,
        moduleMarks: [],
        moduleUsefixtures: [],
        aliases: new Map(),
        vocab: readVocabulary(text, scan),
        functionMarks: [],
        sequences: new Map(),
        importRanges: [],
        ...(scan.error ? { error: scan.error } : {}),
    };
    const stack = [];
    // Most statements carry no decorator: they share one empty list.
    let decorators = NO_DECORATORS;
    // Offsets of every skip-like word, found in one native pass: a statement is
    // only masked and analysed when one falls inside it.
    const hits = wordOffsets(text, module.vocab.needles);
    let hit = 0;
    let outerDef;
    // The definition whose first body statement is still to come (for `return` first, and empty bodies).
    let opening;
    let docstringSeen = false;
    // The last `if`/`try` header at each indent, so an `else:` says what it is the else of.
    const lastHeader = new Map();
    const close = (st) => {
        const indent = st ? st.indent : -1;
        while (stack.length > 0 && stack[stack.length - 1].indent >= indent) {
            const top = stack.pop();
            if (top.scope.kind === 'def') {
                top.scope.def.end = st ? st.start : text.length;
                if (outerDef === top.scope)
                    outerDef = undefined;
            }
        }
    };
    /** The innermost class or def, looking through compound statements. */
    const innermostScope = () => {
        for (let k = stack.length - 1; k >= 0; k -= 1) {
            const scope = stack[k].scope;
            if (scope.kind !== 'block')
                return scope;
        }
        return undefined;
    };
    /** The compound statements between the innermost class or def and a new definition. */
    const openBlocks = () => {
        let conditions;
        let never = false;
        for (let k = stack.length - 1; k >= 0; k -= 1) {
            const scope = stack[k].scope;
            if (scope.kind !== 'block')
                break;
            if (!scope.conditional)
                continue;
            (conditions ??= []).unshift(scope.header);
            never ||= scope.never;
        }
        return conditions ? { conditions, never } : undefined;
    };
    const st = { start: 0, end: 0, indent: 0, line: 0 };
    for (let k = 0; k < scan.count; k += 1) {
        st.start = scan.start[k];
        st.end = scan.end[k];
        st.indent = scan.indent[k];
        st.line = scan.line[k];
        if (opening) {
            if (st.indent > opening.indent) {
                if (!docstringSeen && opening.bodyCount === 0 && DOCSTRING.test(text.slice(st.start, st.end).trim()))
                    docstringSeen = true;
                else {
                    if (opening.bodyCount === 0 && /^return\b/.test(text.slice(st.start, st.start + 7)))
                        opening.returnsFirst = true;
                    opening.bodyCount = (opening.bodyCount ?? 0) + 1;
                }
            }
            else
                opening = undefined;
        }
        close(st);
        while (hit < hits.length && hits[hit] < st.start)
            hit += 1;
        const hasSkipWord = hit < hits.length && hits[hit] < st.end;
        const first = text.charCodeAt(st.start);
        if (first === 64 /* @ */) {
            if (decorators === NO_DECORATORS)
                decorators = [];
            decorators.push({ raw: text.slice(st.start + 1, st.end), offset: st.start + 1, line: st.line });
            continue;
        }
        const innermost = innermostScope();
        DEF_HEADER.lastIndex = st.start;
        const defMatch = (first === 100 && text.startsWith('def', st.start)) || (first === 97 && text.startsWith('async', st.start)) ? DEF_HEADER.exec(text) : null;
        if (defMatch) {
            const def = {
                name: defMatch[1],
                line: st.line,
                indent: st.indent,
                start: st.start,
                headerEnd: st.end,
                end: text.length,
                decorators,
                isFixture: decorators.length > 0 && decorators.some((d) => FIXTURE_DECORATOR.test(d.raw)),
                owner: module,
            };
            decorators = NO_DECORATORS;
            // A one-line body (`def test(): pytest.skip()`) is part of the header statement.
            if (hasSkipWord)
                addBodyMarks(def, maskPython(text, st.start, st.end), module);
            if (outerDef) {
                if (def.bodyMarks)
                    for (const m of def.bodyMarks)
                        addBodyMark(outerDef.def, m);
            }
            else {
                definedAt(def, text, st);
                if (def.bodyCount === 0) {
                    opening = def;
                    docstringSeen = false;
                }
                const blocks = openBlocks();
                if (blocks) {
                    def.conditions = blocks.conditions;
                    if (blocks.never)
                        def.neverDefined = true;
                }
                if (innermost?.kind === 'class') {
                    shadowing(innermost.cls.defs.get(def.name), def);
                    innermost.cls.defs.set(def.name, def);
                    registerFixture(module, innermost.cls.fixtures, def);
                }
                else {
                    shadowing(module.functions.get(def.name), def);
                    module.functions.set(def.name, def);
                    registerFixture(module, module.fixtures, def);
                }
            }
            const scope = { kind: 'def', def, ...(innermost?.kind === 'class' ? { owner: innermost.cls } : {}) };
            outerDef ??= scope;
            stack.push({ indent: st.indent, scope });
            continue;
        }
        if (first === 99 && text.startsWith('class', st.start)) {
            const masked = maskPython(text, st.start, st.end);
            const classMatch = CLASS_HEADER.exec(masked);
            if (classMatch) {
                const cls = {
                    name: classMatch[1],
                    line: st.line,
                    indent: st.indent,
                    bases: classMatch[2] ? classBases(masked, classMatch[0].length - 1) : [],
                    decorators,
                    pytestmark: [],
                    usefixtures: decorators.flatMap((d) => usefixtureNames(text, d.offset, d.offset + d.raw.length)),
                    defs: new Map(),
                    classes: [],
                    fixtures: new Map(),
                    insideDef: outerDef !== undefined,
                    disabled: false,
                    owner: module,
                };
                decorators = NO_DECORATORS;
                if (!outerDef) {
                    const blocks = openBlocks();
                    if (blocks) {
                        cls.conditions = blocks.conditions;
                        if (blocks.never)
                            cls.neverDefined = true;
                    }
                }
                if (innermost?.kind === 'class') {
                    cls.parent = innermost.cls;
                    innermost.cls.classes.push(cls);
                }
                else if (!outerDef) {
                    module.classes.push(cls);
                    module.classesByName.set(cls.name, cls);
                }
                stack.push({ indent: st.indent, scope: { kind: 'class', cls } });
                continue;
            }
        }
        decorators = NO_DECORATORS;
        if (outerDef) {
            if (hasSkipWord)
                addBodyMarks(outerDef.def, maskPython(text, st.start, st.end), module);
            continue;
        }
        const header = blockHeader(text, st);
        if (header) {
            const keyword = /^\w+/.exec(header)[0];
            const of = keyword === 'else' || keyword === 'elif' || keyword === 'except' ? lastHeader.get(st.indent) : undefined;
            if (keyword === 'if' || keyword === 'try' || keyword === 'for' || keyword === 'while')
                lastHeader.set(st.indent, header);
            stack.push({
                indent: st.indent,
                scope: { kind: 'block', header: of ? `${header} (after ${of})` : header, conditional: !/^(?:try|finally|with|async\s+with)\b/.test(header), never: NEVER.test(header) },
            });
            continue;
        }
        if (innermost?.kind === 'class')
            classStatement(module, innermost.cls, st, hasSkipWord);
        else if (!innermost)
            moduleStatement(module, st, hasSkipWord);
    }
    close(undefined);
    resolveModuleSkipDefs(module);
    return module;
}
/** What the header of a definition says of its body when the body is on the same line (`def test(): return`). */
function definedAt(def, text, st) {
    // Most headers end with their colon: the body is on the next lines.
    if (text.charCodeAt(st.end - 1) === 58 || text.slice(st.start, st.end).trimEnd().endsWith(':')) {
        def.bodyCount = 0;
        return;
    }
    const inline = /\)\s*(?:->[^:]*)?:\s*(\S[^]*)$/.exec(maskPython(text, st.start, st.end).replace(/\s+/g, ' ').trim());
    if (!inline) {
        def.bodyCount = 0;
        return;
    }
    def.bodyCount = 1;
    if (/^return\b/.test(inline[1]))
        def.returnsFirst = true;
}
/** A second definition of a name in the same scope replaces the first, whose body then never runs. */
function shadowing(earlier, def) {
    if (earlier && !earlier.conditions && !def.conditions)
        def.shadows = earlier.line;
}
/** The header of a compound statement whose body is on the next lines (`if x:`), normalized; undefined otherwise. */
function blockHeader(text, st) {
    const c = text.charCodeAt(st.start);
    // i(f) e(lif, lse, xcept) w(hile, ith) f(or, inally) t(ry) m(atch) c(ase) a(sync)
    if (c !== 105 && c !== 101 && c !== 119 && c !== 102 && c !== 116 && c !== 109 && c !== 99 && c !== 97)
        return undefined;
    if (!BLOCK_HEADER.test(text.slice(st.start, st.start + 12)))
        return undefined;
    const code = codeText(text, st.start, st.end);
    return code.endsWith(':') ? code : undefined;
}
/** Sorted offsets of `skip`/`Skip` (by their `kip`), `xfail`, exits, run-time markers and the module's own skip names, found with native indexOf. */
function wordOffsets(text, needles = []) {
    const kip = [];
    for (let i = text.indexOf('kip'); i >= 0; i = text.indexOf('kip', i + 3)) {
        const c = text.charCodeAt(i - 1);
        if (c === 115 || c === 83)
            kip.push(i - 1);
    }
    const others = [];
    for (const word of ['xfail', 'exit(', 'marker(', ...needles]) {
        for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length))
            others.push(i);
    }
    if (others.length === 0)
        return kip;
    return [...kip, ...others].sort((a, b) => a - b);
}
function addBodyMark(def, mark) {
    def.bodyMarks ??= [];
    // The same call twice is two reasons: a second `pytest.skip()` is a new call site.
    const key = markKey(mark);
    const same = def.bodyMarks.filter((m) => markKey(m).replace(/ #\d+$/, '') === key).length;
    const placed = same === 0 ? mark : { ...mark, key: `${key} #${same + 1}` };
    def.bodyMarks.push(placed);
    def.bodyMark ??= placed;
}
function addBodyMarks(def, masked, module) {
    for (const found of bodySkipsIn(masked, module.vocab))
        addBodyMark(def, { status: found.status, reason: found.label, kind: 'runtime', key: found.text });
}
function registerFixture(module, into, def) {
    if (!def.isFixture)
        return;
    const text = module.text;
    const d = def.decorators.find((x) => FIXTURE_DECORATOR.test(x.raw));
    const masked = maskPython(text, d.offset, d.offset + d.raw.length);
    const nameArg = /\bname\s*=\s*(?=['"])/.exec(masked);
    const name = (nameArg ? stringValueAt(text, d.offset + nameArg.index + nameArg[0].length) : undefined) ?? def.name;
    into.set(name, { name, autouse: /\bautouse\s*=\s*True\b/.test(masked), def, module });
}
/** `pytestmark = …`, `pytestmark += […]`, `pytestmark.append(…)`, annotated or not: the marks it adds. */
function pytestmarkStatement(module, st) {
    const text = module.text;
    if (!text.startsWith('pytestmark', st.start))
        return undefined;
    const rest = /^pytestmark\s*(?::[^=\n]*)?(?:\+=|=|\.(?:append|extend|insert)\s*\()/.exec(text.slice(st.start, Math.min(st.end, st.start + 200)));
    if (!rest)
        return undefined;
    const from = st.start + rest[0].length;
    return marksIn(maskPython(text, from, st.end), text.slice(from, st.end), module.aliases, module.vocab);
}
const SPECIAL_ATTRIBUTE = /^([A-Za-z_]\w*)\s*\.\s*(__test__|pytestmark|__unittest_skip__|__unittest_expecting_failure__)\s*(?::[^=\n]*)?(\+?=)\s*/;
const SETATTR = /^setattr\s*\(\s*([A-Za-z_]\w*)\s*,\s*(["'])(__test__|pytestmark|__unittest_skip__|__unittest_expecting_failure__)\2\s*,\s*/;
const FALSY = /^(?:False|0|None|''|"")$/;
/** What a statement does to a test function or class defined before it in the same scope; true when it did something. */
function rebindingStatement(module, st, defs, classes) {
    const text = module.text;
    const raw = text.slice(st.start, st.end);
    const targetOf = (name) => defs.get(name) ?? classes?.get(name);
    const add = (name, mark) => {
        const target = targetOf(name);
        if (!target)
            return false;
        (target.assigned ??= []).push(mark);
        return true;
    };
    const del = /^del\s+([^#\n]+)/.exec(raw);
    if (del) {
        let any = false;
        for (const name of del[1].split(',').map((n) => n.trim())) {
            if (/^\w+$/.test(name))
                any = add(name, skipped(`deleted by \`del ${name}\``, 'marker', { key: `del ${name}`, unconditional: true })) || any;
        }
        return any;
    }
    const special = SPECIAL_ATTRIBUTE.exec(raw);
    const viaSetattr = special ? null : SETATTR.exec(raw);
    if (special || viaSetattr) {
        const name = (special ?? viaSetattr)[1];
        const attr = special ? special[2] : viaSetattr[3];
        const from = st.start + (special ?? viaSetattr)[0].length;
        const value = codeText(text, from, st.end).replace(/\)$/, '').trim();
        if (attr === 'pytestmark') {
            let any = false;
            for (const m of marksIn(maskPython(text, from, st.end), text.slice(from, st.end), module.aliases, module.vocab)) {
                any = add(name, relabel(m, `${name}.pytestmark: ${m.reason}`, `${name}.pytestmark: `)) || any;
            }
            return any;
        }
        const truthy = !FALSY.test(value);
        if (attr === '__test__' && !truthy)
            return add(name, skipped(`${name}.__test__ = ${value}: pytest does not collect it`, 'marker', { key: `${name}.__test__ = ${value}`, unconditional: true }));
        if (attr === '__unittest_skip__' && truthy)
            return add(name, skipped(`${name}.__unittest_skip__ = ${value}`, 'marker', { key: `${name}.__unittest_skip__ = ${value}`, unconditional: true }));
        if (attr === '__unittest_expecting_failure__' && truthy)
            return add(name, { ...xfail(`${name}.__unittest_expecting_failure__ = ${value}`), key: `${name}.__unittest_expecting_failure__` });
        return false;
    }
    ASSIGNMENT.lastIndex = st.start;
    const assign = ASSIGNMENT.exec(text);
    if (!assign || !targetOf(assign[1]))
        return false;
    const name = assign[1];
    const rhsStart = st.start + assign[0].length;
    const rhs = codeText(text, rhsStart, st.end);
    // `test_x = pytest.mark.skip(test_x)`, `test_x = unittest.skip("later")(test_x)`: a decorator applied by hand.
    const applied = new RegExp(`^(.+)\\(\\s*${name}\\s*\\)$`).exec(rhs);
    const def = defs.get(name);
    if (applied) {
        const mark = markOfExpression(applied[1], module.aliases, module.vocab);
        if (mark)
            return add(name, relabel(mark, `${mark.reason} applied by \`${name} = …(${name})\``, ''));
        // Another decorator applied by hand is read as a decorator (one that never calls the test is found later).
        if (def)
            def.decorators = [...def.decorators, { raw: applied[1], offset: rhsStart, line: st.line, byHand: true }];
        return false;
    }
    return add(name, skipped(`rebound to \`${rhs.slice(0, 60)}\` after its definition: its body never runs`, 'marker', { key: `${name} = ${rhs}`, unconditional: true }));
}
function classStatement(module, cls, st, hasSkipWord) {
    const marks = pytestmarkStatement(module, st);
    if (marks) {
        cls.pytestmark.push(...marks);
        cls.usefixtures.push(...usefixtureNames(module.text, st.start, st.end));
        return;
    }
    ASSIGNMENT.lastIndex = st.start;
    const assign = ASSIGNMENT.exec(module.text);
    if (assign && (assign[1] === '__test__' || assign[1] === '__unittest_skip__')) {
        const value = codeText(module.text, st.start + assign[0].length, st.end);
        const truthy = !FALSY.test(value);
        if (assign[1] === '__test__') {
            cls.testAttr = truthy;
            if (!truthy)
                cls.disabled = true;
        }
        else if (truthy) {
            (cls.assigned ??= []).push(skipped(`${cls.name}.__unittest_skip__ = ${value}`, 'marker', { key: `__unittest_skip__ = ${value}`, unconditional: true }));
        }
        return;
    }
    if (hasSkipWord || /^(?:del\b|setattr\b|[A-Za-z_]\w*\s*(?:\.|=[^=]|:))/.test(module.text.slice(st.start, st.start + 60)))
        rebindingStatement(module, st, cls.defs, undefined);
}
/** The module's import bindings, read from its import statements the first time they are needed. */
function importsOf(module) {
    if (!module.imports) {
        module.imports = new Map();
        const r = module.importRanges;
        for (let k = 0; k < r.length; k += 2) {
            const raw = module.text.slice(r[k], r[k + 1]);
            importStatement(module, module.imports, /["'#]/.test(raw) ? maskPython(module.text, r[k], r[k + 1]) : raw);
        }
    }
    return module.imports;
}
/** Records `import …` and `from … import …` bindings, relative imports resolved against the module's package. */
function importStatement(module, into, masked) {
    const from = /^from\s+(\.*)([\w.]*)\s+import\s+([^]*)$/.exec(masked);
    if (from) {
        const packageParts = module.path.split('/').slice(0, -1);
        const dots = from[1].length;
        const base = dots === 0 ? [] : packageParts.slice(0, packageParts.length - (dots - 1));
        const target = [...base, ...(from[2] ? from[2].split('.') : [])].join('.');
        for (const item of from[3].replace(/[()\\]/g, ' ').split(',')) {
            const m = /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(item);
            if (m)
                into.set(m[2] ?? m[1], { module: target, name: m[1] });
        }
        return;
    }
    const plain = /^import\s+([^]*)$/.exec(masked);
    if (!plain)
        return;
    for (const item of plain[1].split(',')) {
        const m = /^\s*([\w.]+)(?:\s+as\s+(\w+))?\s*$/.exec(item);
        if (!m)
            continue;
        if (m[2])
            into.set(m[2], { module: m[1] });
        else
            into.set(m[1].split('.')[0], { module: m[1].split('.')[0] });
    }
}
function moduleStatement(module, st, hasSkipWord) {
    const text = module.text;
    if (text.startsWith('from', st.start) || text.startsWith('import', st.start)) {
        module.importRanges.push(st.start, st.end);
        return;
    }
    const marks = pytestmarkStatement(module, st);
    if (marks) {
        for (const mark of marks)
            module.moduleMarks.push(relabel(mark, `pytestmark: ${mark.reason}`, 'pytestmark: '));
        module.moduleUsefixtures.push(...usefixtureNames(text, st.start, st.end));
        return;
    }
    // `globals()["pytestmark"] = …` sets it too.
    if (hasSkipWord && /^globals\s*\(\s*\)\s*\[\s*["']pytestmark["']\s*\]\s*=/.test(text.slice(st.start, st.start + 40))) {
        const from = text.indexOf('=', st.start) + 1;
        for (const mark of marksIn(maskPython(text, from, st.end), text.slice(from, st.end), module.aliases, module.vocab)) {
            module.moduleMarks.push(relabel(mark, `globals()["pytestmark"]: ${mark.reason}`, 'pytestmark: '));
        }
        return;
    }
    ASSIGNMENT.lastIndex = st.start;
    const assign = ASSIGNMENT.exec(text);
    if (assign?.[1] === '__test__') {
        // pytest collects nothing from a module whose `__test__` is false.
        const value = codeText(text, st.start + assign[0].length, st.end);
        if (FALSY.test(value))
            module.moduleMarks.push(skipped(`module __test__ = ${value}: pytest collects nothing from it`, 'marker', { key: `module __test__ = ${value}`, unconditional: true }));
        return;
    }
    if ((assign && (module.functions.has(assign[1]) || module.classesByName.has(assign[1]))) ||
        /^(?:del\b|setattr\s*\(|[A-Za-z_]\w*\s*\.\s*(?:__test__|pytestmark|__unittest_skip__|__unittest_expecting_failure__)\b)/.test(text.slice(st.start, st.start + 60))) {
        if (rebindingStatement(module, st, module.functions, module.classesByName))
            return;
    }
    if (assign) {
        const name = assign[1];
        const rhsStart = st.start + assign[0].length;
        const opener = text.charCodeAt(rhsStart);
        if (opener === 91 || opener === 40) {
            module.sequences.set(name, { start: rhsStart, end: st.end });
            if (hasSkipWord) {
                const masked = maskPython(text, rhsStart, st.end);
                const mark = /\bparam\s*\(/.test(masked) ? undefined : markOfList(masked, module.aliases);
                if (mark)
                    module.aliases.set(name, { ...mark, reason: `${name} = ${mark.reason}`, key: `@${name} = ${markKey(mark)}` });
            }
        }
        else if (hasSkipWord || module.vocab.needles.length > 0) {
            const end = Math.min(st.end, rhsStart + 400);
            const mark = markOfExpression(text.slice(rhsStart, end), module.aliases, module.vocab, maskPython(text, rhsStart, end));
            if (mark)
                module.aliases.set(name, { ...mark, reason: `${name} (${mark.reason})`, key: `@${name} = ${markKey(mark)}` });
        }
    }
    if (hasSkipWord) {
        const masked = maskPython(text, st.start, st.end);
        if (MODULE_SKIP.test(masked)) {
            const m = /importorskip|SkipTest|pytest\.skip/.exec(masked)[0];
            const label = `module-level ${m === 'importorskip' ? 'pytest.importorskip()' : m === 'SkipTest' ? 'raise SkipTest' : 'pytest.skip()'}`;
            module.moduleMarks.push(skipped(label, 'marker', { key: `${label}: ${codeText(text, st.start, st.end)}` }));
        }
    }
}
/** `setUpModule` (and pytest's `setup_module`, `setup_function`) that skips makes the tests it sets up skip when they run. */
function resolveModuleSkipDefs(module) {
    for (const name of ['setUpModule', 'setup_module']) {
        const def = module.functions.get(name);
        for (const mark of def?.bodyMarks ?? [])
            module.moduleMarks.push(relabel(mark, `${mark.reason} in ${name}`, `${name}: `));
    }
    for (const mark of module.functions.get('setup_function')?.bodyMarks ?? [])
        module.functionMarks.push(relabel(mark, `${mark.reason} in setup_function`, 'setup_function: '));
    const skips = (fixtures) => [...fixtures.values()].some((f) => f.def.bodyMark);
    const anyClassFixture = (classes) => classes.some((c) => skips(c.fixtures) || anyClassFixture(c.classes));
    module.skippingFixtures = skips(module.fixtures) || anyClassFixture(module.classes);
}
//# sourceMappingURL=python-module.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/collectors/python-resolver.js

/** Files that may hold a dotted module: `a/b.py`, `a/b/__init__.py`, and the same under `src/`. */
function modulePaths(dotted) {
    let paths = pathsOf.get(dotted);
    if (!paths) {
        const p = dotted.split('.').join('/');
        paths = [`${p}.py`, `${p}/__init__.py`, `src/${p}.py`, `src/${p}/__init__.py`];
        pathsOf.set(dotted, paths);
    }
    return paths;
}
const pathsOf = new Map();
function loadDotted(dotted, load) {
    for (const path of modulePaths(dotted)) {
        const m = load(path);
        if (m)
            return m;
    }
    return undefined;
}
/**
 * The class a base-class expression names, as Python would find it: a class of
 * the same module, or one imported from another module of the repository
 * (through package `__init__` re-exports). Undefined for classes outside the
 * repository (`unittest.TestCase`, installed packages).
 */
function resolveClass(from, name, load, depth = 0) {
    let known = resolved.get(from);
    if (!known) {
        known = new Map();
        resolved.set(from, known);
    }
    if (known.has(name))
        return known.get(name) ?? undefined;
    const cls = resolveUncached(from, name, load, depth);
    // A miss is only final once the loader has every module it asked for.
    if (cls || !load.incomplete?.())
        known.set(name, cls ?? null);
    return cls;
}
/** Resolutions per module: a base class named in many test modules is looked up once per module. */
const resolved = new WeakMap();
function resolveUncached(from, name, load, depth) {
    if (depth > 8)
        return undefined;
    if (name === 'object')
        return undefined;
    const parts = name.split('.');
    if (parts.length === 1) {
        const local = from.classesByName.get(name);
        if (local)
            return local;
    }
    if (from.importRanges.length === 0)
        return undefined;
    const imported = importsOf(from).get(parts[0]);
    if (!imported)
        return undefined;
    const target = [...imported.module.split('.').filter(Boolean), ...(imported.name ? [imported.name] : []), ...parts.slice(1)];
    for (let k = target.length - 1; k >= 1; k -= 1) {
        const module = loadDotted(target.slice(0, k).join('.'), load);
        if (!module)
            continue;
        const rest = target.slice(k);
        if (rest.length === 1) {
            const cls = module.classesByName.get(rest[0]);
            if (cls)
                return cls;
        }
        return importsOf(module).has(rest[0]) ? resolveClass(module, rest.join('.'), load, depth + 1) : undefined;
    }
    return undefined;
}
/**
 * Whether a class can be collected, so its bases are worth resolving: its name
 * has a test-class prefix, or a base is named like a test case (`BaseTestCase`).
 * Other classes (an ExtensionArray subclass in a test module) would send the
 * resolver through the library's own modules for nothing.
 */
function mayBeTestClass(cls, classPrefixes = ['Test']) {
    return classPrefixes.some((p) => cls.name.startsWith(p)) || cls.bases.some((b) => /Test|Case/.test(b));
}
/** Resolves the bases of every class that may be collected (and of the classes found), so a loader learns what it lacks. */
function resolveAllBases(module, load, classPrefixes) {
    const seen = new Set();
    const visit = (cls) => {
        if (seen.has(cls))
            return;
        seen.add(cls);
        for (const b of cls.bases) {
            const base = resolveClass(cls.owner, b, load);
            if (base)
                visit(base);
        }
        for (const nested of cls.classes)
            if (mayBeTestClass(nested, classPrefixes))
                visit(nested);
    };
    for (const cls of module.classes)
        if (mayBeTestClass(cls, classPrefixes))
            visit(cls);
}
/**
 * Parsed modules by path, parsed once; paths it has no text for are recorded in
 * `missing` so a caller can fetch them (from git) and try again.
 */
class python_resolver_ModuleCache {
    texts;
    readSync;
    parsed = new Map();
    /** How many times each path was asked for. */
    asked = new Map();
    missing = new Set();
    /** Statements a worker found for texts not parsed yet, used once. */
    lexed = new Map();
    constructor(texts, readSync) {
        this.texts = texts;
        this.readSync = readSync;
    }
    load = Object.assign((path) => this.loadPath(path), { incomplete: () => this.missing.size > 0 });
    loadPath(path) {
        this.asked.set(path, (this.asked.get(path) ?? 0) + 1);
        if (this.parsed.has(path))
            return this.parsed.get(path);
        let text = this.texts.get(path);
        if (text === undefined && !this.texts.has(path)) {
            if (!this.readSync) {
                this.missing.add(path);
                return undefined;
            }
            text = this.readSync(path);
            this.texts.set(path, text);
        }
        const lexed = this.lexed.get(path);
        if (lexed)
            this.lexed.delete(path);
        const module = text === undefined ? undefined : python_module_parsePythonModule(path, text, lexed);
        this.parsed.set(path, module);
        return module;
    }
    /** Forgets the parse of a module asked for at most once (its text stays, so it can be parsed again). */
    release(path) {
        if ((this.asked.get(path) ?? 0) <= 1)
            this.parsed.delete(path);
    }
    /** Adds a text with its statements, already lexed (by a worker). */
    supplyLexed(path, text, statements) {
        if (this.parsed.has(path))
            return;
        this.texts.set(path, text);
        this.missing.delete(path);
        if (statements)
            this.lexed.set(path, statements);
    }
    /** Adds fetched texts (undefined: the path does not exist) and forgets them as missing. */
    supply(texts) {
        for (const [path, text] of texts) {
            this.texts.set(path, text);
            this.missing.delete(path);
        }
    }
}
//# sourceMappingURL=python-resolver.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/collectors/python-helpers.js



/**
 * Skips reached through names: a helper a test calls that calls
 * `pytest.skip`, a decorator defined in the repository that skips or never
 * calls the test, in the test's module or in a test support module it imports
 * (conftest.py, tests/helpers.py, a `testing` package), followed a few calls deep.
 */
const supportModulePaths = new Map();
/** Modules worth following for helpers: test support by their path (the library under test is not read). */
function isSupportModulePath(path) {
    // Asked for the same few module paths from every file of a suite: the answer is kept.
    let answer = supportModulePaths.get(path);
    if (answer === undefined) {
        answer = /(?:^|\/)conftest\.py$|(?:^|\/)[^/]*(?:test|helper|fixture|support|util|spec|conftest)[^/]*(?:\/|\.py$)/i.test(path);
        supportModulePaths.set(path, answer);
    }
    return answer;
}
const MAX_DEPTH = 4;
const resolvedModules = new WeakSet();
const python_helpers_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function firstMark(def) {
    return def?.bodyMarks?.find((m) => m.status === 'skipped') ?? def?.bodyMarks?.[0];
}
/** A repository module a dotted import names, when it is test support. */
function loadSupport(dotted, load) {
    for (const path of modulePaths(dotted)) {
        if (!isSupportModulePath(path))
            continue;
        const m = load(path);
        if (m)
            return m;
    }
    return undefined;
}
/** Names this module may call that skip: its own helpers, imported ones, and `alias.helper` of an imported support module. */
function skippingCallables(module, load, depth) {
    const out = new Map();
    for (const [name, def] of module.functions) {
        const mark = firstMark(def);
        if (mark && !def.isFixture)
            out.set(name, mark);
    }
    if (depth >= MAX_DEPTH || module.importRanges.length === 0)
        return out;
    for (const [local, binding] of importsOf(module)) {
        if (!binding.module || /^(?:pytest|unittest|_pytest|os|sys|typing)(?:\.|$)/.test(binding.module))
            continue;
        const fromModule = binding.name ? loadSupport(binding.module, load) : undefined;
        if (fromModule && binding.name) {
            resolveHelperSkips(fromModule, load, depth + 1);
            const mark = firstMark(fromModule.functions.get(binding.name));
            if (mark) {
                out.set(local, relabel(mark, `${binding.name}() from ${fromModule.path}: ${mark.reason}`, `${fromModule.path}::${binding.name}() → `));
                continue;
            }
        }
        // `import tests.helpers as h`, `from tests import helpers`: calls are `h.fn(…)`.
        const asModule = loadSupport(binding.name ? `${binding.module}.${binding.name}` : binding.module, load);
        if (!asModule || asModule === module)
            continue;
        resolveHelperSkips(asModule, load, depth + 1);
        for (const [name, def] of asModule.functions) {
            const mark = firstMark(def);
            if (mark && !def.isFixture)
                out.set(`${local}.${name}`, relabel(mark, `${local}.${name}() from ${asModule.path}: ${mark.reason}`, `${asModule.path}::${name}() → `));
        }
    }
    return out;
}
function everyDef(module) {
    const defs = [...module.functions.values()];
    const visit = (classes) => {
        for (const c of classes) {
            defs.push(...c.defs.values());
            visit(c.classes);
        }
    };
    visit(module.classes);
    return defs;
}
/**
 * Marks every definition of the module (tests, fixtures, setUp, helpers) that
 * calls a skipping helper as skipping, to a fixed point, so a fixture calling a
 * helper that skips is a skipping fixture. Done once per module, once its
 * loader has every module it asked for.
 */
function resolveHelperSkips(module, load, depth = 0) {
    if (resolvedModules.has(module))
        return;
    const callables = skippingCallables(module, load, depth);
    if (callables.size > 0) {
        const defs = everyDef(module);
        const applied = new Set();
        for (let grew = true, round = 0; grew && round < 6; round += 1) {
            grew = false;
            const pattern = new RegExp(`(?<![\\w.])(${[...callables.keys()].map(python_helpers_escape).join('|')})\\s*\\(`, 'g');
            for (const def of defs) {
                const raw = module.text.slice(def.headerEnd, def.end);
                pattern.lastIndex = 0;
                if (!pattern.test(raw))
                    continue;
                // matchAll starts where the last test stopped.
                pattern.lastIndex = 0;
                const masked = maskPython(module.text, def.headerEnd, def.end);
                for (const m of masked.matchAll(pattern)) {
                    const callee = m[1];
                    const mark = callables.get(callee);
                    if (!mark || callee === def.name || applied.has(`${def.line}\0${callee}`))
                        continue;
                    applied.add(`${def.line}\0${callee}`);
                    const placed = { ...relabel(mark, `calls ${callee}() → ${mark.reason}`, `${callee}() → `), kind: 'runtime' };
                    // A module resolved again (its loader was missing modules the first time) keeps one mark per call.
                    if (def.bodyMarks?.some((x) => x.key === placed.key))
                        continue;
                    (def.bodyMarks ??= []).push(placed);
                    def.bodyMark ??= placed;
                    if (module.functions.get(def.name) === def && !def.isFixture && !callables.has(def.name)) {
                        callables.set(def.name, placed);
                        grew = true;
                    }
                }
            }
        }
        const skips = (defs) => [...defs].some((f) => f.def.bodyMark);
        const anyClass = (classes) => classes.some((c) => skips(c.fixtures.values()) || anyClass(c.classes));
        module.skippingFixtures = skips(module.fixtures.values()) || anyClass(module.classes);
    }
    if (!load.incomplete?.())
        resolvedModules.add(module);
}
/** Whether a decorator function never calls nor returns the function it decorates: the test's body never runs. */
function discardsFunction(def) {
    const param = parametersOf(def.owner, def)[0];
    if (!param || param === 'self' || param === 'cls')
        return false;
    const body = maskPython(def.owner.text, def.headerEnd, def.end).replace(new RegExp(`\\b(?:functools\\.)?wraps\\s*\\(\\s*${python_helpers_escape(param)}\\s*\\)`, 'g'), '');
    return !new RegExp(`(?<![\\w.])${python_helpers_escape(param)}(?!\\w)`).test(body);
}
/**
 * The mark of a decorator defined in the repository: one whose body skips, or
 * (used bare, `@deco`) one that never calls the test. Looked up in the module
 * and in the support modules it imports.
 */
function repositoryDecoratorMark(module, raw, load) {
    const head = /^\s*([A-Za-z_][\w.]*)\s*(\()?/.exec(raw);
    if (!head)
        return undefined;
    const name = head[1];
    const called = head[2] !== undefined;
    let def = module.functions.get(name);
    let where = module.path;
    let alias;
    if (!def && module.importRanges.length > 0) {
        const [first, ...rest] = name.split('.');
        const binding = importsOf(module).get(first);
        if (binding) {
            const target = binding.name ? (rest.length > 0 ? `${binding.module}.${binding.name}` : binding.module) : binding.module;
            const member = rest.length > 0 ? rest.join('.') : binding.name;
            const from = member ? loadSupport(target, load) : undefined;
            if (from && member && !member.includes('.')) {
                resolveHelperSkips(from, load, 1);
                def = from.functions.get(member);
                alias = from.aliases.get(member);
                where = from.path;
            }
        }
    }
    if (alias)
        return relabel(alias, `@${name} from ${where}: ${alias.reason}`, `@${name} from ${where}: `);
    if (!def || def.isFixture)
        return undefined;
    const mark = firstMark(def);
    if (mark)
        return relabel(mark, `decorator @${name} (${where}): ${mark.reason}`, `@${name} → `);
    if (!called && discardsFunction(def)) {
        return { status: 'skipped', reason: `decorator @${name} (${where}) never calls the test: its body never runs`, kind: 'runtime', key: `@${name} discards the test`, unconditional: true };
    }
    return undefined;
}
//# sourceMappingURL=python-helpers.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/collectors/python.js





const PARAM_CALL = /\bparam\s*\(/;
const NO_MARKS = [];
function matchesPrefix(name, prefixes) {
    return prefixes.some((p) => name.startsWith(p));
}
function decoratorKind(d) {
    if (d.kind)
        return d.kind;
    const head = expressionHead(d.raw) ?? '';
    d.kind = head.endsWith('parametrize') ? 'parametrize' : head.endsWith('usefixtures') ? 'usefixtures' : /^(?:pytest\.)?fixture$/.test(head) ? 'fixture' : 'other';
    return d.kind;
}
/** Marks of a definition's decorators: pytest/unittest marks under any name, aliases, and decorators defined in the repository. */
function decoratorMarks(decorators, module, load) {
    const marks = [];
    for (const d of decorators) {
        if (decoratorKind(d) !== 'other')
            continue;
        let mark = markOfExpression(d.raw, module.aliases, module.vocab);
        // Read again with its strings blanked, so a parenthesis inside a reason string does not end the call.
        if (mark?.key && !d.byHand)
            mark = markOfExpression(d.raw, module.aliases, module.vocab, maskPython(module.text, d.offset, d.offset + d.raw.length)) ?? mark;
        mark ??= load ? repositoryDecoratorMark(module, d.raw, load) : undefined;
        if (mark)
            marks.push(mark);
    }
    return marks;
}
/** The frameworks' own modules, when a repository holds them (CPython's Lib, a vendored copy): their classes are not helpers. */
const FRAMEWORK_MODULE = /(?:^|\/)(?:unittest|_pytest|pytest|twisted\/trial)\//;
const selfCallPatterns = new WeakMap();
/** `self.name(` or `cls.name(` for the names of `methods`. */
function selfCallPattern(methods) {
    const known = selfCallPatterns.get(methods);
    if (known && known.size === methods.size) {
        known.re.lastIndex = 0;
        return known.re;
    }
    const re = new RegExp(`\\b(?:self|cls)\\s*\\.\\s*(${[...methods.keys()].join('|')})\\s*\\(`, 'g');
    selfCallPatterns.set(methods, { size: methods.size, re });
    return re;
}
/** The methods a TestCase overrides to run its tests: an override decides whether a test body runs at all. */
const RUN_OVERRIDES = ['run', '__call__', 'debug', '_callTestMethod', '_callSetUp'];
function strongest(marks) {
    return marks.find((m) => m.status === 'skipped') ?? marks.find((m) => m.status === 'xfail');
}
const SETUP_HOOKS = ['setUpClass', 'setUp', 'asyncSetUp', 'setup_class', 'setup_method', 'setup'];
class PythonFileCollector {
    module;
    conftests;
    /** Names are unique per scope already (the parser keeps the last definition, as Python does). */
    tests = [];
    functionPrefixes;
    classPrefixes;
    /** Names of fixtures that skip, directly or through the fixtures they request (any scope). */
    skipping;
    /** Matches a header that names one of `skipping`: a cheap test before reading parameters. */
    skippingPattern;
    autouse = [];
    /** Whether every test here requests a skipping fixture (autouse, or the module's usefixtures). */
    fileRequestsSkipping;
    load;
    lines;
    paramSequences;
    constructor(module, 
    /** conftest.py modules from the nearest directory up. */
    conftests, options) {
        this.module = module;
        this.conftests = conftests;
        this.functionPrefixes = options.functionPrefixes ?? ['test'];
        this.classPrefixes = options.classPrefixes ?? ['Test'];
        this.load = options.load ?? (() => undefined);
        const shared = chainFixtures(conftests);
        this.autouse.push(...shared.autouse);
        for (const f of module.fixtures.values())
            if (f.autouse)
                this.autouse.push(f.name);
        this.skipping = skippingFixtureNames(module, shared.skipping);
        this.skippingPattern = this.skipping.size > 0 ? skippingPattern(this.skipping) : /(?!)/;
        this.fileRequestsSkipping = anyIn(this.autouse, this.skipping) || anyIn(module.moduleUsefixtures, this.skipping);
    }
    collect() {
        for (const def of this.module.functions.values()) {
            if (matchesPrefix(def.name, this.functionPrefixes) && !def.isFixture)
                this.emit(def, [], []);
        }
        for (const cls of this.module.classes)
            this.visitClass(cls, [], []);
        // pytest collects every Test* class in the module's namespace, imported ones included.
        for (const [local, binding] of this.importsTestClasses() ? importsOf(this.module) : []) {
            if (!binding.name || !matchesPrefix(local, this.classPrefixes) || this.module.classesByName.has(local))
                continue;
            const cls = resolveClass(this.module, local, this.load);
            if (cls)
                this.visitClass(cls, [], [], local);
        }
        return this.tests;
    }
    lineages = new Map();
    baseClasses(cls) {
        return cls.bases.map((b) => resolveClass(cls.owner, b, this.load)).filter((c) => c !== undefined);
    }
    /** Whether an import statement could bind a Test* name (reading imports costs; most modules import none). */
    importsTestClasses() {
        const r = this.module.importRanges;
        for (let k = 0; k < r.length; k += 2) {
            const raw = this.module.text.slice(r[k], r[k + 1]);
            if (raw.startsWith('from') && this.classPrefixes.some((p) => raw.includes(p)))
                return true;
        }
        return false;
    }
    isTestCase(cls) {
        return this.lineage(cls).some((c) => c.bases.some((b) => /(?:^|\.)\w*TestCase$/.test(b)));
    }
    /** The class followed by its bases (same module or imported), depth first: an approximation of the MRO. */
    lineage(cls) {
        let known = this.lineages.get(cls);
        if (!known) {
            known = this.walkLineage(cls, new Set());
            this.lineages.set(cls, known);
        }
        return known;
    }
    walkLineage(cls, seen) {
        if (seen.has(cls))
            return [];
        seen.add(cls);
        const out = [cls];
        for (const base of this.baseClasses(cls))
            out.push(...this.walkLineage(base, seen));
        return out;
    }
    visitClass(cls, suite, enclosing, name = cls.name) {
        if (cls.insideDef || this.disabledByTestAttr(cls))
            return;
        if (name === cls.name && !mayBeTestClass(cls, this.classPrefixes))
            return;
        const testCase = this.isTestCase(cls);
        if (!testCase && (!matchesPrefix(name, this.classPrefixes) || cls.defs.has('__init__')))
            return;
        const path = [...suite, name];
        const chain = [...enclosing, cls];
        const classMarks = this.classMarks(chain);
        const methods = new Map();
        for (const c of this.lineage(cls))
            for (const [name, def] of c.defs)
                if (!methods.has(name))
                    methods.set(name, def);
        for (const [name, def] of methods) {
            if (matchesPrefix(name, testCase ? ['test'] : this.functionPrefixes) && !def.isFixture)
                this.emit(def, path, chain, classMarks, name);
        }
        if (!testCase)
            for (const nested of cls.classes)
                this.visitClass(nested, path, chain);
    }
    /** pytest reads `__test__` through the class's bases: the nearest class that sets it decides. */
    disabledByTestAttr(cls) {
        for (const c of this.lineage(cls))
            if (c.testAttr !== undefined)
                return !c.testAttr;
        return false;
    }
    classMarks(chain) {
        const marks = [];
        for (const enclosing of chain) {
            for (const c of this.lineage(enclosing))
                marks.push(...decoratorMarks(c.decorators, c.owner, this.load), ...c.pytestmark, ...(c.assigned ?? []));
            if (enclosing.conditions)
                marks.push(conditionMark(`class ${enclosing.name}`, enclosing.conditions, enclosing.neverDefined === true));
        }
        const innermost = chain[chain.length - 1];
        if (innermost) {
            const testCase = this.isTestCase(innermost);
            for (const c of this.lineage(innermost)) {
                for (const hook of SETUP_HOOKS) {
                    const def = c.defs.get(hook);
                    for (const m of def?.bodyMarks ?? [])
                        marks.push(relabel(m, `${m.reason} in ${c.name}.${hook}`, `${c.name}.${hook}: `));
                    if (def)
                        marks.push(...this.selfCallMarks(def, chain, `${c.name}.${hook}`));
                }
                // Only in the test's own module: framework base classes in the repository (unittest's own TestCase,
                // a Django-style SimpleTestCase) override these to run tests, and are not the PR's to judge here.
                if (!testCase || c.owner !== this.module)
                    continue;
                for (const hook of RUN_OVERRIDES) {
                    if (c.defs.has(hook))
                        marks.push({ status: 'skipped', reason: `${c.name}.${hook} is overridden: whether a test body runs is up to it`, kind: 'runtime', key: `${c.name} overrides TestCase.${hook}` });
                }
            }
        }
        return marks;
    }
    skippingMethodsOf = new Map();
    /**
     * Methods of the class and its bases that skip when called, directly or
     * through other `self.` calls, computed once per class. The framework's own
     * classes (unittest's TestCase, whose `skipTest` is the skip itself) are left out.
     */
    skippingMethods(cls) {
        let known = this.skippingMethodsOf.get(cls);
        if (known)
            return known;
        known = new Map();
        const methods = new Map();
        for (const c of this.lineage(cls)) {
            if (FRAMEWORK_MODULE.test(c.owner.path))
                continue;
            for (const [name, def] of c.defs)
                if (!methods.has(name) && !def.isFixture)
                    methods.set(name, def);
        }
        for (const [name, def] of methods) {
            const mark = def.bodyMarks?.find((m) => m.status === 'skipped') ?? def.bodyMarks?.[0];
            if (mark)
                known.set(name, mark);
        }
        for (let grew = known.size > 0, round = 0; grew && round < 3; round += 1) {
            grew = false;
            const pattern = selfCallPattern(known);
            for (const [name, def] of methods) {
                if (known.has(name))
                    continue;
                const raw = def.owner.text.slice(def.headerEnd, def.end);
                pattern.lastIndex = 0;
                if (!pattern.test(raw))
                    continue;
                pattern.lastIndex = 0;
                const called = [...maskPython(def.owner.text, def.headerEnd, def.end).matchAll(pattern)].map((m) => m[1]).find((n) => known.has(n));
                if (called) {
                    const mark = known.get(called);
                    known.set(name, relabel(mark, `self.${called}() → ${mark.reason}`, `self.${called}() → `));
                    grew = true;
                }
            }
        }
        this.skippingMethodsOf.set(cls, known);
        return known;
    }
    /** Skips reached through `self.helper()` / `cls.helper()`: a method of the class or its bases whose body skips. */
    selfCallMarks(def, chain, where) {
        const cls = chain[chain.length - 1];
        if (!cls)
            return [];
        const skipping = this.skippingMethods(cls);
        if (skipping.size === 0)
            return [];
        const pattern = selfCallPattern(skipping);
        if (!pattern.test(def.owner.text.slice(def.headerEnd, def.end)))
            return [];
        pattern.lastIndex = 0;
        const marks = [];
        const seen = new Set();
        for (const m of maskPython(def.owner.text, def.headerEnd, def.end).matchAll(pattern)) {
            const name = m[1];
            const mark = skipping.get(name);
            if (!mark || seen.has(name) || name === def.name)
                continue;
            seen.add(name);
            marks.push({ ...relabel(mark, `${where} calls self.${name}() → ${mark.reason}`, `self.${name}() → `), kind: 'runtime' });
        }
        return marks;
    }
    findFixture(name, chain) {
        for (let i = chain.length - 1; i >= 0; i -= 1) {
            for (const c of this.lineage(chain[i])) {
                const f = c.fixtures.get(name);
                if (f)
                    return f;
            }
        }
        return this.module.fixtures.get(name) ?? this.conftests.map((m) => m.fixtures.get(name)).find((f) => f !== undefined);
    }
    /** Skips in the fixtures a test requests (by parameter, usefixtures or autouse), followed transitively. */
    fixtureMarks(def, chain) {
        if (this.skipping.size === 0)
            return NO_MARKS;
        // Most tests request no skipping fixture: answer that without building lists.
        const skipping = this.skipping;
        const touches = this.fileRequestsSkipping ||
            (this.skippingPattern.test(def.owner.text.slice(def.start, def.headerEnd)) && anyIn(parametersOf(def.owner, def), skipping)) ||
            chainRequests(chain, skipping) ||
            hasUsefixturesDecorator(def);
        if (!touches)
            return NO_MARKS;
        const requested = [
            ...parametersOf(def.owner, def).filter((p) => p !== 'self' && p !== 'cls'),
            ...def.decorators.filter((d) => decoratorKind(d) === 'usefixtures').flatMap((d) => usefixtureNames(def.owner.text, d.offset, d.offset + d.raw.length)),
            ...chain.flatMap((c) => c.usefixtures),
            ...this.module.moduleUsefixtures,
            ...this.autouse,
        ];
        for (const c of chain)
            for (const f of c.fixtures.values())
                if (f.autouse)
                    requested.push(f.name);
        if (!requested.some((name) => this.skipping.has(name)))
            return [];
        const marks = [];
        const seen = new Set();
        const queue = [...requested];
        while (queue.length > 0) {
            const name = queue.shift();
            if (seen.has(name))
                continue;
            seen.add(name);
            const fixture = this.findFixture(name, chain);
            if (!fixture)
                continue;
            for (const m of fixture.def.bodyMarks ?? [])
                marks.push(relabel(m, `${m.reason} in fixture '${name}'`, `fixture '${name}': `));
            queue.push(...parametersOf(fixture.module, fixture.def).filter((p) => p !== 'self' && p !== 'request'));
        }
        return marks;
    }
    emit(def, suite, chain, classMarks = [], name = def.name) {
        const owner = def.owner;
        const own = def.decorators.length > 0 ? decoratorMarks(def.decorators, owner, this.load) : NO_MARKS;
        const fixtures = this.fixtureMarks(def, chain);
        const structure = structuralMarks(def, name);
        const module = this.module;
        const functionMarks = chain.length === 0 ? module.functionMarks : NO_MARKS;
        const selfCalls = chain.length > 0 ? this.selfCallMarks(def, chain, name) : NO_MARKS;
        const params = def.decorators.length > 0 ? this.emptyParametrize(owner, def) : NO_MARKS;
        const marks = module.moduleMarks.length + functionMarks.length + classMarks.length + own.length + fixtures.length + structure.length + selfCalls.length + params.length === 0
            ? (def.bodyMarks ?? NO_MARKS)
            : [...module.moduleMarks, ...functionMarks, ...classMarks, ...own, ...(def.bodyMarks ?? NO_MARKS), ...structure, ...selfCalls, ...params, ...fixtures];
        // A method inherited from another module is reported at its class in this file.
        const cls = chain[chain.length - 1];
        const line = owner === this.module ? def.line : cls?.owner === this.module ? cls.line : 1;
        this.add(suite, name, marks, owner.text.slice(def.headerEnd, def.end), line);
        for (const d of def.decorators) {
            if (decoratorKind(d) !== 'parametrize')
                continue;
            for (const c of this.paramCases(owner, d)) {
                this.add(suite, `${name}[${c.id}]`, [...marks, c.mark], c.body, owner === this.module ? c.line : line);
            }
        }
    }
    /** `@pytest.mark.parametrize("x", [])`: pytest skips a test whose parameter set is empty. */
    emptyParametrize(module, def) {
        const out = [];
        for (const d of def.decorators) {
            // Only an empty literal, a named sequence or argvalues= can be empty: most parametrize lists are not read twice.
            if (decoratorKind(d) !== 'parametrize' || !/[[(]\s*[\])]|list\(\s*\)|tuple\(\s*\)|,\s*[A-Za-z_]\w*\s*[,)]|argvalues\s*=/.test(d.raw))
                continue;
            const expr = maskPython(module.text, d.offset, d.offset + d.raw.length);
            const open = expr.indexOf('(');
            const close = matchingBracket(expr, open);
            if (open < 0 || close < 0)
                continue;
            const args = splitTopLevel(expr, open + 1, close);
            const positional = args.filter((s) => !/^\w+\s*=/.test(expr.slice(s.start, s.end)));
            const valuesSpan = positional[1] ?? args.find((s) => /^argvalues\s*=/.test(expr.slice(s.start, s.end)));
            if (!valuesSpan)
                continue;
            let values = expr.slice(valuesSpan.start, valuesSpan.end).replace(/^argvalues\s*=\s*/, '').trim();
            const named = /^[A-Za-z_]\w*$/.test(values) ? module.sequences.get(values) : undefined;
            if (named)
                values = maskPython(module.text, named.start, named.end).trim();
            if (/^(?:\[\s*\]|\(\s*\)|list\(\s*\)|tuple\(\s*\))$/.test(values)) {
                out.push({ status: 'skipped', reason: 'parametrize with an empty parameter set: pytest skips it', kind: 'marker', key: `empty parametrize @${d.raw.replace(/\s+/g, ' ').trim()}`, unconditional: true });
            }
        }
        return out;
    }
    add(suite, name, marks, body, line) {
        const id = suite.length === 0 ? `${this.module.path}::${name}` : (0,model/* testId */.ec)(this.module.path, suite, name);
        const mark = marks.length === 0 ? undefined : marks.length === 1 ? marks[0] : strongest(marks);
        const test = { id, path: this.module.path, line, name, suite, status: mark ? mark.status : 'active', body };
        if (mark) {
            test.reason = mark.reason;
            test.skipKind = mark.kind;
            test.reasons = [...new Set(marks.map(markKey))].sort();
            if (marks.some((m) => m.unconditional && m.status === 'skipped') || marks.some((m) => m.unconditional && /run=False/.test(m.reason)))
                test.neverRuns = true;
        }
        this.tests.push(test);
    }
    /** `pytest.param(…, marks=…)` cases of a parametrize decorator that carry a skip or xfail. */
    paramCases(module, d) {
        const text = module.text;
        const paramSequences = module === this.module
            ? (this.paramSequences ??= [...module.sequences.values()].some((s) => PARAM_CALL.test(text.slice(s.start, s.end))))
            : [...module.sequences.values()].some((s) => PARAM_CALL.test(text.slice(s.start, s.end)));
        if (!paramSequences && !PARAM_CALL.test(d.raw))
            return [];
        const expr = maskPython(text, d.offset, d.offset + d.raw.length);
        const open = expr.indexOf('(');
        const close = matchingBracket(expr, open);
        if (open < 0 || close < 0)
            return [];
        const args = splitTopLevel(expr, open + 1, close);
        const positional = args.filter((s) => !/^\w+\s*=/.test(expr.slice(s.start, s.end)));
        const keyword = args.find((s) => /^argvalues\s*=/.test(expr.slice(s.start, s.end)));
        const namesSpan = positional[0];
        const argnames = namesSpan ? (stringValueAt(text, d.offset + namesSpan.start) ?? '').split(',').map((s) => s.trim()) : [];
        const valuesSpan = positional[1] ?? keyword;
        if (!valuesSpan)
            return [];
        let values = expr.slice(valuesSpan.start, valuesSpan.end).replace(/^argvalues\s*=\s*/, '');
        let offset = d.offset + valuesSpan.end - values.length;
        if (/^[A-Za-z_]\w*$/.test(values)) {
            const seq = module.sequences.get(values);
            if (!seq)
                return [];
            values = maskPython(text, seq.start, seq.end);
            offset = seq.start;
        }
        if (!/^[[(]/.test(values))
            return [];
        const listClose = matchingBracket(values, 0);
        const cases = [];
        splitTopLevel(values, 1, listClose < 0 ? values.length : listClose).forEach((el, index) => {
            const element = values.slice(el.start, el.end);
            if (!/^(?:pytest\.)?param\s*\(/.test(element))
                return;
            const po = element.indexOf('(');
            const pc = matchingBracket(element, po);
            const pargs = splitTopLevel(element, po + 1, pc < 0 ? element.length : pc);
            const marksSpan = pargs.find((s) => /^marks\s*=/.test(element.slice(s.start, s.end)));
            if (!marksSpan)
                return;
            const mark = markOfList(element.slice(marksSpan.start, marksSpan.end).replace(/^marks\s*=\s*/, ''), module.aliases);
            if (!mark)
                return;
            const base = offset + el.start;
            const idArg = pargs.map((s) => /^id\s*=\s*/.exec(element.slice(s.start, s.end)) && s).find(Boolean);
            const id = (idArg ? stringValueAt(text, base + idArg.start + /^id\s*=\s*/.exec(element.slice(idArg.start))[0].length) : undefined) ??
                pargs
                    .filter((s) => !/^\w+\s*=/.test(element.slice(s.start, s.end)))
                    .map((s, k) => autoId(text.slice(base + s.start, base + s.end), argnames[k] ?? 'arg', index))
                    .join('-');
            const lines = module === this.module ? (this.lines ??= new LineIndex(text)) : new LineIndex(text);
            cases.push({ id, mark: { ...mark, reason: `pytest.param(marks=${mark.reason})` }, line: lines.lineOf(base), body: text.slice(base, base + el.end - el.start) });
        });
        return cases;
    }
}
/** Why a definition may not run from how the module holds it: conditions, shadowing, a rebinding, an early return. */
function structuralMarks(def, name) {
    if (!def.assigned && !def.conditions && def.shadows === undefined && !def.returnsFirst)
        return NO_MARKS;
    const marks = [...(def.assigned ?? [])];
    if (def.conditions)
        marks.push(conditionMark(name, def.conditions, def.neverDefined === true));
    if (def.shadows !== undefined) {
        marks.push({ status: 'skipped', reason: `${name} is defined again (first at line ${def.shadows}): the earlier definition never runs`, kind: 'marker', key: `${name} shadows an earlier definition` });
    }
    if (def.returnsFirst)
        marks.push({ status: 'skipped', reason: 'returns before its body: nothing after the first statement runs', kind: 'runtime', key: 'return as first statement', unconditional: true });
    return marks;
}
/** A test (or class) defined under `if …:`: it exists only when the condition holds. */
function conditionMark(what, conditions, never) {
    return {
        status: 'skipped',
        reason: never ? `${what} is defined under \`${conditions.join(' / ')}\`, which never holds` : `${what} is defined only under \`${conditions.join(' / ')}\``,
        kind: 'marker',
        key: `defined under ${conditions.join(' / ')}`,
        ...(never ? { unconditional: true } : {}),
    };
}
function allFixtures(module) {
    const out = [...module.fixtures.values()];
    const visit = (classes) => {
        for (const c of classes) {
            out.push(...c.fixtures.values());
            visit(c.classes);
        }
    };
    visit(module.classes);
    return out;
}
/** Per conftest chain: a suite's hundreds of test modules share a few conftest.py files. */
const chainCache = new WeakMap();
function chainFixtures(conftests) {
    const nearest = conftests[0];
    if (!nearest)
        return { skipping: new Set(), autouse: [] };
    const key = conftests.map((c) => c.path).join('\0');
    let byChain = chainCache.get(nearest);
    if (!byChain) {
        byChain = new Map();
        chainCache.set(nearest, byChain);
    }
    let known = byChain.get(key);
    if (!known) {
        const fixtures = conftests.flatMap(allFixtures);
        known = {
            skipping: conftests.some((m) => m.skippingFixtures) ? fixtureClosure(fixtures, new Set()) : new Set(),
            autouse: conftests.flatMap((m) => [...m.fixtures.values()].filter((f) => f.autouse).map((f) => f.name)),
        };
        byChain.set(key, known);
    }
    return known;
}
/** The conftest chain's skipping fixtures, plus the module's own (which may request the chain's). */
function skippingFixtureNames(module, fromChain) {
    const own = allFixtures(module);
    if (own.length === 0)
        return fromChain;
    if (!module.skippingFixtures && fromChain.size === 0)
        return fromChain;
    return fixtureClosure(own, new Set(fromChain));
}
const patterns = new WeakMap();
function skippingPattern(names) {
    let re = patterns.get(names);
    if (!re) {
        re = new RegExp(`\\b(?:${[...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`);
        patterns.set(names, re);
    }
    return re;
}
function fixtureClosure(fixtures, names) {
    for (const f of fixtures)
        if (f.def.bodyMark)
            names.add(f.name);
    for (let grew = true; grew;) {
        grew = false;
        for (const f of fixtures) {
            if (!names.has(f.name) && parametersOf(f.module, f.def).some((p) => names.has(p))) {
                names.add(f.name);
                grew = true;
            }
        }
    }
    return names;
}
/** pytest's id for one parameter value: simple literals as written, anything else argname + index. */
function autoId(source, argname, index) {
    const s = source.trim();
    if (/^-?\d[\d_]*(\.\d+)?$/.test(s) || /^(True|False|None)$/.test(s))
        return s;
    const value = /^[rRuU]?(['"])/.test(s) && !/^[rRuU]?('''|""")/.test(s) ? stringValueAt(s, 0) : undefined;
    if (value !== undefined && /^[\x20-\x7e]*$/.test(value))
        return value;
    return `${argname}${index}`;
}
/** The tests of one Python test module; `conftests` are the conftest.py modules that apply, nearest first. */
function collectPythonModule(module, conftests, options = {}) {
    // Helpers that skip, here and in the support modules imported (conftest.py files first: their fixtures may call them).
    const load = options.load ?? (() => undefined);
    for (const c of conftests)
        resolveHelperSkips(c, load);
    resolveHelperSkips(module, load);
    const tests = new PythonFileCollector(module, conftests, options).collect();
    return {
        path: module.path,
        language: 'python',
        tests,
        ...(module.error ? { error: { path: module.path, line: module.error.line, message: module.error.message } } : {}),
    };
}
function collectPython(path, text, conftests = [], options = {}) {
    return collectPythonModule(parsePythonModule(path, text), conftests, options);
}

/** Whether a class of the chain requests a skipping fixture (usefixtures, or an autouse one it declares). */
function chainRequests(chain, skipping) {
    for (const c of chain)
        if (anyIn(c.usefixtures, skipping) || autouseSkipping(c, skipping))
            return true;
    return false;
}
function hasUsefixturesDecorator(def) {
    for (const d of def.decorators)
        if (decoratorKind(d) === 'usefixtures')
            return true;
    return false;
}
function anyIn(names, set) {
    for (const name of names)
        if (set.has(name))
            return true;
    return false;
}
/** Whether a class declares an autouse fixture among the skipping ones. */
function autouseSkipping(cls, skipping) {
    for (const f of cls.fixtures.values())
        if (f.autouse && skipping.has(f.name))
            return true;
    return false;
}
//# sourceMappingURL=python.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/collectors/ruby.js


/**
 * RSpec examples (`it`, `specify`, `example`, `scenario`) in groups
 * (`describe`, `context`, `feature`), with `x`/`f` forms, `skip`/`pending`
 * example definitions, `:skip`/`:pending`/`:focus` metadata, `skip`/`pending`
 * calls in an example or a group's `before` hook, and examples without a block
 * (not yet implemented). Ruby's `do … end` blocks are matched by a lexer that
 * knows strings (with `#{}`), %-literals, heredocs, regexps, comments and
 * `=begin` blocks, and tells statement `if` from modifier `if`.
 */
const EXAMPLES = new Set(['it', 'specify', 'example', 'scenario', 'its', 'xit', 'xspecify', 'xexample', 'xscenario', 'fit', 'fspecify', 'fexample', 'fscenario', 'focus']);
const GROUPS = new Set(['describe', 'context', 'feature', 'example_group', 'xdescribe', 'xcontext', 'xfeature', 'fdescribe', 'fcontext', 'ffeature', 'shared_examples', 'shared_context', 'shared_examples_for']);
const ruby_HOOKS = new Set(['before', 'prepend_before', 'append_before', 'around']);
const ALWAYS_OPEN = new Set(['def', 'class', 'module', 'begin', 'case', 'do']);
const STATEMENT_OPEN = new Set(['if', 'unless', 'while', 'until', 'for']);
const TOKEN = /[A-Za-z_]\w*[?!]?|::|[{}();\n.,=]|\|\||&&/g;
function collectRuby(path, text) {
    const { masked, error } = maskRuby(text);
    const lines = new LineIndex(text);
    const nodes = [];
    /** The block stack; an entry may carry the RSpec node whose body it is. */
    const stack = [];
    let pendingNode;
    let previous = '\n';
    let loopLine = -1;
    const innermostNode = () => {
        for (let k = stack.length - 1; k >= 0; k -= 1)
            if (stack[k])
                return stack[k];
        return undefined;
    };
    const open = (at) => {
        stack.push(pendingNode);
        if (pendingNode) {
            pendingNode.depth = stack.length;
            pendingNode.hasBlock = true;
            pendingNode.open = at;
            pendingNode = undefined;
        }
    };
    const close = (at) => {
        const node = stack.pop();
        if (node)
            node.close = at;
    };
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(masked); m; m = TOKEN.exec(masked)) {
        const word = m[0];
        const at = m.index;
        const statementStart = previous === '\n' || previous === ';' || previous === '(' || previous === '=' || previous === '||' || previous === '&&' || RUBY_WORDS_BEFORE_STATEMENT.has(previous);
        const afterDot = previous === '.' || previous === '::';
        const label = masked[at + word.length] === ':' && masked[at + word.length + 1] !== ':';
        previous = word;
        if (word === '\n' || word === ';') {
            // A call with no block ends with its line (unless its arguments go on).
            if (pendingNode && word === '\n' && !/[,(\\]\s*$/.test(masked.slice(pendingNode.open, at)))
                pendingNode = undefined;
            continue;
        }
        if (afterDot && word !== 'describe')
            continue;
        if (label)
            continue;
        if (word === '{') {
            // After `,` `:` `(` or `=>` a brace is a hash argument, not the call's block.
            if (pendingNode && /(?:[,:(]|=>)$/.test(masked.slice(Math.max(0, at - 3), at).trimEnd()))
                stack.push(undefined);
            else
                open(at);
            continue;
        }
        if (word === '}' || word === 'end') {
            close(at);
            continue;
        }
        if (word === 'do') {
            if (loopLine === lines.lineOf(at))
                continue;
            open(at);
            continue;
        }
        if (ALWAYS_OPEN.has(word)) {
            open(at);
            continue;
        }
        if (STATEMENT_OPEN.has(word)) {
            if (statementStart) {
                open(at);
                if (word === 'while' || word === 'until' || word === 'for')
                    loopLine = lines.lineOf(at);
            }
            continue;
        }
        if (!statementStart && !(word === 'describe' && masked.slice(at - 6, at) === 'RSpec.'))
            continue;
        const parent = innermostNode();
        const inExample = parent?.kind === 'example' || parent?.kind === 'hook';
        if ((word === 'skip' || word === 'pending') && inExample) {
            const target = parent.kind === 'hook' ? parent.parent : parent;
            if (target)
                target.runtime ??= { status: word === 'skip' ? 'skipped' : 'xfail', reason: `${word} call in ${parent.kind === 'hook' ? `a ${parent.name} hook` : 'the example'}` };
            continue;
        }
        let kind;
        if (GROUPS.has(word))
            kind = 'group';
        else if (EXAMPLES.has(word) || word === 'skip' || word === 'pending')
            kind = 'example';
        else if (ruby_HOOKS.has(word))
            kind = 'hook';
        if (!kind)
            continue;
        const args = argumentsOf(masked, at + word.length);
        const node = { kind, name: kind === 'hook' ? word : nameOf(text, masked, args), line: lines.lineOf(at), hasBlock: false, open: at, close: masked.length, ...(parent ? { parent } : {}) };
        const metadata = masked.slice(args.start, args.end);
        if (word.startsWith('x') || word === 'skip' || /(?:^|[\s,(])(?::skip\b|skip:)/.test(metadata))
            [node.status, node.reason] = ['skipped', word.startsWith('x') ? word : 'skip'];
        else if (word === 'pending' || /(?:^|[\s,(])(?::pending\b|pending:)/.test(metadata))
            [node.status, node.reason] = ['xfail', 'pending'];
        else if ((word.startsWith('f') && word !== 'feature') || word === 'focus' || /(?:^|[\s,(])(?::focus\b|focus:\s*true|fit:)/.test(metadata))
            [node.status, node.reason] = ['focused', word.startsWith('f') || word === 'focus' ? word : ':focus'];
        nodes.push(node);
        pendingNode = node;
        node.open = at;
    }
    const ids = new model/* IdAllocator */.p();
    const tests = [];
    let focusLine;
    for (const node of nodes) {
        if (node.kind !== 'example')
            continue;
        const chain = [];
        for (let p = node.parent; p; p = p.parent)
            if (p.kind === 'group')
                chain.unshift(p);
        const all = [...chain, node];
        let status = 'active';
        let reason;
        let skipKind;
        const skipper = all.find((x) => x.status === 'skipped');
        const runtime = all.find((x) => x.runtime);
        const focus = all.find((x) => x.status === 'focused');
        if (skipper)
            [status, reason, skipKind] = ['skipped', skipper.reason, 'marker'];
        else if (!node.hasBlock)
            [status, reason, skipKind] = ['todo', 'example without a block (not yet implemented)', 'marker'];
        else if (runtime)
            [status, reason, skipKind] = [runtime.runtime.status, runtime.runtime.reason, 'runtime'];
        else if (all.some((x) => x.status === 'xfail'))
            [status, reason, skipKind] = ['xfail', 'pending', 'marker'];
        else if (focus)
            [status, reason, skipKind] = ['focused', focus.reason, 'focus'];
        if (status === 'focused')
            focusLine ??= focus.line;
        const suite = chain.map((g) => g.name);
        tests.push({
            id: ids.allocate((0,model/* testId */.ec)(path, suite, node.name)),
            path,
            line: node.line,
            name: node.name,
            suite,
            status,
            ...(reason ? { reason, skipKind } : {}),
            body: text.slice(node.open, node.close),
        });
    }
    if (focusLine !== undefined) {
        for (const t of tests) {
            if (t.status === 'active' || t.status === 'xfail')
                Object.assign(t, { status: 'skipped', reason: `not run: a focused example at line ${focusLine} excludes it`, skipKind: 'focus' });
        }
    }
    return { path, language: 'ruby', tests, ...(error ? { error: { path, line: error.line, message: error.message } } : {}) };
}
/** The argument text of a call: up to `do`, a block `{` or the end of the line (continued after a comma). */
function argumentsOf(masked, from) {
    let j = from;
    while (j < masked.length) {
        const c = masked[j];
        if (c === '(' || c === '[') {
            const close = matchingBracket(masked, j);
            j = close < 0 ? masked.length : close + 1;
            continue;
        }
        if (c === '\n') {
            if (/,\s*$/.test(masked.slice(from, j))) {
                j += 1;
                continue;
            }
            break;
        }
        if (c === '{' && !/[,:(]\s*$|=>\s*$/.test(masked.slice(from, j)))
            break;
        if (/^do\b/.test(masked.slice(j, j + 3)) && /\s/.test(masked[j - 1] ?? ' '))
            break;
        if (c === '{') {
            const close = matchingBracket(masked, j);
            j = close < 0 ? masked.length : close + 1;
            continue;
        }
        j += 1;
    }
    return { start: from, end: j };
}
function nameOf(text, masked, args) {
    const raw = text.slice(args.start, args.end).trim().replace(/^\(/, '');
    const literal = /^(['"])((?:\\.|(?!\1)[^\\])*)\1/.exec(raw);
    if (literal)
        return literal[2];
    const first = masked.slice(args.start, args.end).trim().replace(/^\(/, '').split(/,|\)\s*$/)[0].trim();
    return first ? text.slice(args.start, args.end).trim().replace(/^\(/, '').slice(0, first.length).trim() : '(anonymous)';
}
//# sourceMappingURL=ruby.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/collectors/rust.js


/**
 * Rust tests: functions with a `#[test]`-like attribute (`#[test]`,
 * `#[tokio::test]`, `#[rstest]`, `#[test_case(…)]`…) inside nested `mod`s.
 * `#[ignore]` skips; `#[cfg_attr(…, ignore)]` skips conditionally; a `#[cfg(…)]`
 * on the function or an enclosing module that is false on linux/x86_64 with
 * default features leaves the test out of the build.
 */
const rust_WORD = /#!?\[|\bmod\s+([A-Za-z_]\w*)\s*\{|\bfn\s+([A-Za-z_]\w*)|[;{}]/g;
/** Evaluates a `cfg(…)` predicate for linux/x86_64, `test` on, no optional features. */
function evaluateCfg(expr) {
    const s = expr.trim();
    const call = /^(all|any|not)\s*\(([^]*)\)$/.exec(s);
    if (call) {
        const inner = call[2];
        const args = [];
        let depth = 0;
        let from = 0;
        for (let i = 0; i <= inner.length; i += 1) {
            const c = inner[i];
            if (c === '(')
                depth += 1;
            else if (c === ')')
                depth -= 1;
            else if ((c === ',' || c === undefined) && depth === 0) {
                if (inner.slice(from, i).trim())
                    args.push(inner.slice(from, i));
                from = i + 1;
            }
        }
        if (call[1] === 'not')
            return !evaluateCfg(args[0] ?? '');
        return call[1] === 'all' ? args.every(evaluateCfg) : args.some(evaluateCfg);
    }
    const kv = /^(\w+)\s*=\s*"([^"]*)"$/.exec(s);
    if (kv) {
        const values = {
            target_os: ['linux'],
            target_family: ['unix'],
            target_arch: ['x86_64'],
            target_pointer_width: ['64'],
            target_endian: ['little'],
            target_env: ['gnu'],
            panic: ['unwind'],
        };
        return values[kv[1]]?.includes(kv[2]) ?? false;
    }
    return ['test', 'unix', 'debug_assertions'].includes(s);
}
function collectRust(path, text) {
    const { masked, error } = maskCLike(text, 'rust');
    const lines = new LineIndex(text);
    const ids = new model/* IdAllocator */.p();
    const tests = [];
    const mods = [];
    let pending = [];
    rust_WORD.lastIndex = 0;
    for (let m = rust_WORD.exec(masked); m; m = rust_WORD.exec(masked)) {
        const at = m.index;
        while (mods.length > 0 && mods[mods.length - 1].close < at)
            mods.pop();
        const token = m[0];
        if (token.startsWith('#')) {
            const open = at + token.length - 1;
            const close = matchingBracket(masked, open);
            if (close < 0)
                break;
            // The original text: `#[cfg(feature = "x")]` needs its string values.
            pending.push({ text: text.slice(open + 1, close).replace(/\s+/g, ' ').trim() });
            rust_WORD.lastIndex = close + 1;
            continue;
        }
        if (m[1]) {
            const open = at + token.length - 1;
            const close = matchingBrace(masked, open);
            const cfg = pending.map((a) => /^cfg\s*\(([^]*)\)$/.exec(a.text)?.[1]).find((c) => c !== undefined && !evaluateCfg(c));
            mods.push({ name: m[1], close: close < 0 ? masked.length : close, ...(cfg ? { excluded: `#[cfg(${cfg})] on mod ${m[1]}` } : {}) });
            pending = [];
            continue;
        }
        if (m[2]) {
            const attrs = pending;
            pending = [];
            const isTest = attrs.some((a) => /^(?:[\w:]*::)?(?:test|rstest|test_case|test_log::test|wasm_bindgen_test|quickcheck|proptest)\b/.test(a.text));
            if (!isTest)
                continue;
            const name = m[2];
            const open = masked.indexOf('{', at);
            const close = open < 0 ? -1 : matchingBrace(masked, open);
            let reason;
            const excludedMod = mods.find((x) => x.excluded);
            const cfg = attrs.map((a) => /^cfg\s*\(([^]*)\)$/.exec(a.text)?.[1]).find((c) => c !== undefined && !evaluateCfg(c));
            if (excludedMod)
                reason = excludedMod.excluded;
            else if (cfg !== undefined)
                reason = `#[cfg(${cfg})]`;
            else if (attrs.some((a) => /^ignore\b/.test(a.text)))
                reason = '#[ignore]';
            else {
                const cfgAttr = attrs.find((a) => /^cfg_attr\s*\(.*\bignore\b/.test(a.text));
                if (cfgAttr)
                    reason = `#[${cfgAttr.text}] (conditional)`;
            }
            const suite = mods.map((x) => x.name);
            tests.push({
                id: ids.allocate((0,model/* testId */.ec)(path, suite, name)),
                path,
                line: lines.lineOf(at),
                name,
                suite,
                status: reason ? 'skipped' : 'active',
                ...(reason ? { reason, skipKind: 'marker' } : {}),
                body: close < 0 ? '' : text.slice(open, close + 1),
            });
            if (close > 0)
                rust_WORD.lastIndex = close + 1;
            continue;
        }
        pending = [];
    }
    return { path, language: 'rust', tests, ...(error ? { error: { path, line: error.line, message: error.message } } : {}) };
}
//# sourceMappingURL=rust.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/static-collector.js















/**
 * From this many Python files on, a scan lexes them on a worker thread while
 * this one parses: below it, starting the worker costs more than it saves.
 */
const LEX_WORKER_MIN_FILES = 64;
function lexWorkerFor(mode, pythonFiles) {
    if (mode === 'never' || (mode === 'auto' && pythonFiles < LEX_WORKER_MIN_FILES))
        return undefined;
    return PythonLexWorker.shared();
}
/** conftest.py paths that apply to a test file, nearest directory first. */
function conftestPathsFor(path) {
    const out = [];
    for (let dir = external_node_path_.posix.dirname(path);; dir = external_node_path_.posix.dirname(dir)) {
        out.push(dir === '.' ? 'conftest.py' : `${dir}/conftest.py`);
        if (dir === '.' || dir === '/' || dir === '')
            break;
    }
    return out;
}
/** The tests of one file under `patterns`; undefined when no framework collects the file. */
function collectFile(file, patterns, modules = new python_resolver_ModuleCache(new Map([[file.path, file.text]]))) {
    const language = (0,config_lib/* testLanguageOf */.gE)(file.path, patterns);
    switch (language) {
        case 'python': {
            const chain = conftestPathsFor(file.path)
                .map((p) => modules.load(p))
                .filter((m) => m !== undefined);
            const module = modules.load(file.path);
            if (!module)
                return undefined;
            return collectPythonModule(module, chain, {
                functionPrefixes: patterns.pythonFunctionPrefixes,
                classPrefixes: patterns.pythonClassPrefixes,
                load: modules.load,
            });
        }
        case 'javascript':
            return collectJs(file.path, file.text);
        case 'go':
            return collectGo(file.path, file.text);
        case 'jvm':
            return collectJvm(file.path, file.text);
        case 'ruby':
            return collectRuby(file.path, file.text);
        case 'rust': {
            // Only Rust files that declare tests count: most .rs files hold none.
            const collected = collectRust(file.path, file.text);
            return collected.tests.length > 0 || collected.error ? collected : undefined;
        }
        default:
            return undefined;
    }
}
/**
 * Collects tests from files in memory; conftest.py files among them feed the
 * Python fixtures, and `modules` supplies other modules (imported base classes).
 */
function collectSources(files, patterns, modules) {
    const list = [...files];
    const cache = modules ?? new python_resolver_ModuleCache(new Map());
    cache.supply(list.filter((f) => f.path.endsWith('.py')).map((f) => [f.path, f.text]));
    const collection = (0,model/* emptyCollection */.eD)();
    for (const f of list)
        collectInto(collection, f, patterns, cache);
    return collection;
}
function collectInto(collection, file, patterns, cache) {
    if ((0,config_lib/* isConftest */.P4)(file.path))
        return;
    const collected = collectFile(file, patterns, cache);
    if (collected)
        (0,model/* addFile */.sM)(collection, collected);
    // A test module nothing else has asked for is done with: dropping its parse keeps the heap
    // small (another module importing it later parses it again).
    cache.release(file.path);
}
/** Whether a path is worth reading for a static collection (a test file or a conftest.py). */
function isStaticInput(path, patterns) {
    return (0,config_lib/* isConftest */.P4)(path) || (0,config_lib/* testLanguageOf */.gE)(path, patterns) !== undefined;
}
/** Reads `paths` at `rev` (missing ones skipped) in one batch. */
async function readSourcesAt(repo, rev, paths) {
    const unique = [...new Set(paths)].filter((p) => !p.includes('\n'));
    return readSources(repo, unique.map((path) => ({ path, object: `${rev}:${path}` })));
}
/** Reads files by object name (`rev:path`, or a blob id from a tree listing), missing ones skipped. */
async function readSources(repo, files) {
    const objects = await (0,git_lib/* readObjects */.$I)(repo, files.map((f) => f.object));
    const out = [];
    for (const f of files) {
        const buf = objects.get(f.object);
        if (buf)
            out.push({ path: f.path, text: python_lexer_sourceText(buf) });
    }
    return out;
}
/**
 * The static collection at a revision: every test file (full scan) or only
 * `paths` plus the conftest.py files they depend on (incremental scan).
 */
async function collectStaticAt(repo, rev, patterns, paths) {
    let wanted;
    let sources;
    /** Every path in the commit's tree, once known. */
    let listed;
    if (paths) {
        const tests = paths.filter((p) => (0,config_lib/* testLanguageOf */.gE)(p, patterns) !== undefined);
        wanted = [...tests, ...tests.filter((p) => p.endsWith('.py')).flatMap(conftestPathsFor)];
        sources = await readSourcesAt(repo, rev, wanted);
    }
    else {
        const blobs = await (0,git_lib/* listBlobsAt */.S7)(repo, rev);
        listed = new Set(blobs.map((f) => f.path));
        const tree = blobs.filter((f) => isStaticInput(f.path, patterns));
        wanted = tree.map((f) => f.path);
        // By <rev>:<path>, the name the harness layer reads the PR's files by while this runs: the
        // two reads are then one. A name cat-file could not take as it is (a newline, surrounding
        // blanks) is read by its blob id.
        sources = await readSources(repo, tree.map((f) => ({ path: f.path, object: /^\S(?:[^\n\r]*\S)?$/.test(f.path) ? `${rev}:${f.path}` : f.oid })));
    }
    const present = new Set(sources.map((s) => s.path));
    const texts = new Map(sources.map((s) => [s.path, s.text]));
    // conftest.py files that do not exist are known to be missing, not to be fetched.
    for (const p of wanted)
        if (!present.has(p))
            texts.set(p, undefined);
    const cache = new python_resolver_ModuleCache(texts);
    // Base classes imported from other modules: fetch what resolution asks for, a few rounds deep.
    for (let round = 0; round < 6; round += 1) {
        for (const s of sources)
            if ((0,config_lib/* testLanguageOf */.gE)(s.path, patterns) === 'python') {
                const module = cache.load(s.path);
                if (module)
                    resolveAllBases(module, cache.load, patterns.pythonClassPrefixes);
                // Helpers that skip, in the support modules the test and its conftest.py files import.
                for (const c of conftestPathsFor(s.path)) {
                    const conftest = cache.load(c);
                    if (conftest)
                        resolveHelperSkips(conftest, cache.load);
                }
                if (module)
                    resolveHelperSkips(module, cache.load);
            }
        if (cache.missing.size === 0)
            break;
        const asked = [...cache.missing];
        // Most paths an import could name are not in the commit (a module is looked for in several
        // places): one listing of the tree (shared with the harness layer) says so without asking git
        // for each, and a path the tree does not hold reads as missing anyway.
        listed ??= new Set(await (0,git_lib/* listFilesAt */.R4)(repo, rev));
        const inTree = asked.filter((p) => listed.has(p));
        const fetched = new Map(inTree.length > 0 ? (await readSourcesAt(repo, rev, inTree)).map((s) => [s.path, s.text]) : []);
        cache.supply(asked.map((p) => [p, fetched.get(p)]));
    }
    return collectSources(sources, patterns, cache);
}
/**
 * Walks a directory (a checkout, an installed package) and collects its tests;
 * paths are relative to `root`, and only `under` (a sub-directory) is walked when given.
 */
async function collectDirectory(root, patterns, under = '', options = {}) {
    const paths = [];
    const walk = (dir, rel) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const relPath = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (entry.name !== '.git' && entry.name !== 'node_modules' && entry.name !== '__pycache__')
                    walk(join(dir, entry.name), relPath);
            }
            else if (entry.isFile() && isStaticInput(relPath, patterns)) {
                paths.push(relPath);
            }
        }
    };
    walk(under ? join(root, under) : root, under.replace(/\/+$/, ''));
    const readText = (path) => sourceText(readFileSync(join(root, path)));
    // Most candidate paths of an import do not exist (installed packages): check before reading.
    const cache = new ModuleCache(new Map(), (path) => (existsSync(join(root, path)) ? readText(path) : undefined));
    const worker = lexWorkerFor(options.lexWorker ?? 'auto', paths.filter((p) => p.endsWith('.py')).length);
    if (!worker)
        return collectSources(paths.map((path) => ({ path, text: readText(path) })), patterns, cache);
    // The worker reads and lexes the files in order while this thread parses and collects the ones it has sent.
    const collection = emptyCollection();
    let next = 0;
    const take = (files) => {
        for (const f of files) {
            const path = paths[f.index];
            const text = f.text ?? readText(path);
            cache.supplyLexed(path, text, f.statements);
            collectInto(collection, { path, text }, patterns, cache);
            next = f.index + 1;
        }
    };
    try {
        await worker.lex(paths.map((p) => join(root, p)), take);
    }
    catch (e) {
        if (!(e instanceof LexWorkerError))
            throw e;
        for (const path of paths.slice(next))
            collectInto(collection, { path, text: readText(path) }, patterns, cache);
    }
    return collection;
}
//# sourceMappingURL=static-collector.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/incremental.js





/** Files whose tests must be re-read: the changed ones, and every test under a changed conftest.py. */
async function incrementalPaths(repo, rev, files, side, patterns) {
    const paths = [];
    for (const f of files) {
        if (side === 'base' && ['modified', 'deleted', 'renamed', 'type-changed'].includes(f.status))
            paths.push(f.status === 'renamed' ? f.previousPath : f.path);
        if (side === 'head' && ['added', 'modified', 'renamed', 'copied', 'type-changed'].includes(f.status))
            paths.push(f.path);
    }
    const shared = paths.filter((p) => p.endsWith('.py') && !(0,config_lib/* isConftest */.P4)(p) && (0,config_lib/* testLanguageOf */.gE)(p, patterns) === undefined);
    if (shared.length > 0 && (await someUnlisted(repo, rev, paths)))
        paths.push(...(await dependentsOfTestBases(repo, rev, shared)));
    // A changed conftest.py (or one importing a changed helper) changes every test below it.
    const conftestDirs = [...new Set(paths.filter(config_lib/* isConftest */.P4).map((p) => p.slice(0, Math.max(0, p.lastIndexOf('/')))))];
    // One listing for all of them (a root conftest.py means the whole tree), not one git process each.
    if (conftestDirs.length > 0)
        paths.push(...(await (0,git_lib/* listFilesAt */.R4)(repo, rev, conftestDirs.includes('') ? [] : conftestDirs)).filter((p) => p.endsWith('.py')));
    return [...new Set(paths)];
}
/**
 * Whether some Python file at `rev` is not among `paths`. The importers `git grep` finds are
 * Python files at `rev` (pathspec `*.py`, compared here without case in case git ignores it):
 * when every one is listed already (a PR that adds or changes the whole suite), the search
 * cannot add a path, and it is skipped. The listing costs one ls-tree; the search reads every
 * blob in the tree.
 */
async function someUnlisted(repo, rev, paths) {
    const listed = new Set(paths);
    return (await (0,git_lib/* listFilesAt */.R4)(repo, rev)).some((p) => p.toLowerCase().endsWith('.py') && !listed.has(p));
}
/**
 * A changed Python module that is not itself collected but holds test methods
 * (a shared base class), or is test support (a helper a test calls may start to
 * skip), changes the tests of every test module that imports it: those are
 * found with `git grep` on the module's name and re-read too.
 */
async function dependentsOfTestBases(repo, rev, changed) {
    const sources = await readSourcesAt(repo, rev, changed);
    // Importers name the module or, through a package's re-export, its classes.
    const names = sources
        .filter((s) => /^[ \t]+(?:async[ \t]+)?def[ \t]+test/m.test(s.text) || isSupportModulePath(s.path))
        .flatMap((s) => [
        external_node_path_.posix.basename(s.path) === '__init__.py' ? external_node_path_.posix.basename(external_node_path_.posix.dirname(s.path)) : external_node_path_.posix.basename(s.path, '.py'),
        ...[...s.text.matchAll(/^class[ \t]+(\w+)/gm)].map((m) => m[1]),
    ])
        .filter((n) => /^\w+$/.test(n));
    if (names.length === 0)
        return [];
    const args = ['grep', '-l', '-w', '-F', ...names.flatMap((n) => ['-e', n]), rev, '--', '*.py'];
    const { stdout } = await (0,git_lib/* runGit */.EO)(repo, args, { okExitCodes: [0, 1] });
    return stdout.toString('utf8').split('\n').filter(Boolean).map((line) => line.slice(rev.length + 1));
}
//# sourceMappingURL=incremental.js.map
// EXTERNAL MODULE: ./packages/skip-set/lib/results/model.js
var results_model = __webpack_require__(45784);
;// CONCATENATED MODULE: ./packages/skip-set/lib/results/compare.js


const TEST_NOT_RUN = 'test-not-run';
const RESULTS_MISSING = 'results-missing';
const RESULTS_UNREADABLE = 'results-unreadable';
const FIX_SKIP = 'make it run again: remove what skips it at head (a skip marker or call, a fixture, hook or setup file that skips it, a changed runner option); a skip someone wants is asked for in the ticket, not made in the PR.';
const FIX_MISSING = 'make it run again. If it was renamed or moved, keep its name or let the collection layer match it (a notice says so); if a hook, TestMain, configuration or filter keeps it from running, undo that.';
function occurrences(map, key, o) {
    const list = map.get(key);
    if (list)
        list.push(o);
    else
        map.set(key, [o]);
}
function describeGroup(group) {
    return /\.[A-Za-z0-9]+$/.test(group) ? `file ${group}` : `${group === '.' ? 'the root package' : `'${group}'`}`;
}
/**
 * Compares the reports of base and head test by test: every test that ran
 * and passed at base must run at head. Skipped, x-failed, todo, missing, or
 * passing without an assertion it used to make (jest counts them): a finding
 * naming the test, both report files and the fix. A base report with no
 * counterpart at head, of which no test appears at head, is a suite that did
 * not report: that cannot be decided.
 */
function compareResults(base, head, options) {
    const cap = options.cap ?? 50;
    const findings = [];
    const result = { findings, undecided: false, basePassed: 0, notRun: 0, alsoByCollection: 0, followedRenames: 0, missingReports: 0 };
    const headById = new Map();
    const headByKey = new Map();
    const headGroups = new Set();
    const headFailures = new Map();
    const headEmpty = new Map();
    for (const report of head.reports) {
        const byId = headByKey.get(report.key) ?? new Map();
        headByKey.set(report.key, byId);
        for (const test of report.tests) {
            occurrences(headById, test.id, { test, report });
            occurrences(byId, test.id, { test, report });
            headGroups.add(test.group);
        }
        for (const f of report.failures)
            headFailures.set(f.group, { ...f, file: report.file });
        for (const e of report.empty)
            headEmpty.set(e.group, { ...e, file: report.file });
    }
    const problems = new Map();
    const counted = new Set();
    const followed = new Set();
    for (const report of base.reports) {
        // A test listed twice in one report (a rerun) passed if any run of it passed.
        const byId = new Map();
        for (const t of report.tests) {
            const seen = byId.get(t.id);
            byId.set(t.id, seen ? { ...seen, status: (0,results_model/* strongestResult */.xt)(seen.status, t.status) } : t);
        }
        const passing = [...byId.values()].filter((t) => t.status === 'passed');
        if (passing.length === 0)
            continue;
        for (const t of passing)
            counted.add(t.id);
        const sameKey = headByKey.get(report.key);
        if (!sameKey && !passing.some((t) => headById.has(options.headIdOf(t)))) {
            // No head report of this name and none of its tests anywhere at head: deleted files are the collection layer's
            // (and ours, below); anything else is a suite that did not report.
            const gone = passing.every((t) => t.path !== undefined && !options.headHas(options.headPathOf(t.path)));
            if (!gone) {
                result.missingReports += 1;
                result.undecided = true;
                findings.push({
                    rule: RESULTS_MISSING,
                    severity: 'error',
                    message: `test report '${report.key}' (${passing.length} test(s) passed at base, ${report.file}) has no counterpart at head, and none of its tests is in head's reports: a whole suite did not run or did not report, so what its tests did is unknown. Fix: make the service's test job run that suite and upload its report with the others.`,
                });
                continue;
            }
        }
        for (const t of passing) {
            const headId = options.headIdOf(t);
            if (problems.has(headId))
                continue;
            if (headId !== t.id)
                followed.add(t.id);
            const found = sameKey?.get(headId) ?? headById.get(headId);
            const problem = classify({ test: t, report }, headId, found, options, { headGroups, headFailures, headEmpty });
            if (problem)
                problems.set(headId, problem);
        }
    }
    result.basePassed = counted.size;
    result.followedRenames = followed.size;
    const list = [...problems.values()];
    result.notRun = list.length;
    for (const p of list)
        if (options.flaggedByCollection(p.base.test, p.headId))
            result.alsoByCollection += 1;
    for (const p of list.slice(0, cap))
        findings.push(findingFor(p, options));
    if (list.length > cap) {
        findings.push({
            rule: TEST_NOT_RUN,
            severity: 'error',
            message: `${list.length - cap} more test(s) that passed at base did not run at head (the report metrics count them): ${list
                .slice(cap, cap + 10)
                .map((p) => p.base.test.id)
                .join(', ')}${list.length > cap + 10 ? ', …' : ''}.`,
        });
    }
    return result;
}
function classify(base, headId, found, options, head) {
    const t = base.test;
    if (found && found.length > 0) {
        const ran = found.filter((o) => !(0,results_model/* notRunning */.pQ)(o.test.status));
        if (ran.length === 0) {
            const h = found[0];
            const why = h.test.detail ? ` (${h.test.detail})` : '';
            const what = h.test.status === 'xfail'
                ? `is marked as an expected failure at head${why}: it still runs, but its failure no longer fails anything`
                : h.test.status === 'todo'
                    ? 'is a todo at head: no body runs'
                    : `is skipped at head${why}`;
            return { base, headId, what, fix: FIX_SKIP, head: h };
        }
        // jest counts passing expect() calls: a test that made some at base and none now passed without checking anything.
        if ((t.assertions ?? 0) > 0 && ran.every((o) => o.test.status === 'passed' && o.test.assertions === 0)) {
            return {
                base,
                headId,
                what: `passed at head without a single passing assertion (${t.assertions} at base): its body no longer runs its checks`,
                fix: 'make its assertions run again: a test replaced by a no-op, short-circuited by a hook or setup file, or emptied of its expect() calls does not test anything.',
                head: ran[0],
            };
        }
        return undefined;
    }
    const group = t.path !== undefined ? options.headPathOf(t.group) : t.group;
    const failure = head.headFailures.get(group);
    const empty = head.headEmpty.get(group);
    let what;
    if (failure)
        what = `is not in head's reports: ${describeGroup(group)} failed before its tests ran (${failure.message}; ${failure.file})`;
    else if (head.headGroups.has(group))
        what = `is not in head's reports, though other tests of ${describeGroup(group)} are: it was renamed without a counterpart, removed, or deselected (a -k/-run filter, a collection hook, a skip at collection)`;
    else if (empty)
        what = `did not run at head: ${describeGroup(group)} reported no test at all (${empty.detail}; ${empty.file})`;
    else if (t.path !== undefined && !options.headHas(options.headPathOf(t.path)))
        what = `is not in head's reports: ${describeGroup(t.path)} is gone at head`;
    else
        what = `is not in head's reports: nothing of ${describeGroup(group)} ran at head (excluded by configuration, no longer collected, or its report was not uploaded)`;
    return { base, headId, what, fix: FIX_MISSING };
}
function findingFor(p, options) {
    const t = p.base.test;
    const renamed = p.headId !== t.id ? ` (at head '${p.headId}')` : '';
    const headFile = p.head ? `; head: ${p.head.report.file}` : '';
    const path = t.path !== undefined && external_node_path_.posix.extname(t.path) !== '' ? options.headPathOf(t.path) : undefined;
    const line = p.head?.test.line ?? t.line;
    return {
        rule: TEST_NOT_RUN,
        severity: 'error',
        message: `test '${t.id}'${renamed} passed at base and ${p.what}. Reports: base ${p.base.report.file}${headFile}. Fix: ${p.fix}`,
        ...(path ? { path } : {}),
        ...(path && line ? { line } : {}),
        test: p.headId,
    };
}
//# sourceMappingURL=compare.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/results/source-tree.js


function components(raw) {
    return raw
        .replace(/^file:\/\//, '')
        .replace(/\\/g, '/')
        .split('/')
        .filter((c) => c !== '' && c !== '.');
}
/**
 * The files of one revision, to turn the names a report uses into repository
 * paths: an absolute path on the CI runner (`/home/runner/work/svc/svc/src/a.test.ts`),
 * a path relative to a sub-project (pytest's rootdir), a dotted module or class
 * (`tests.test_calc.TestAdd`, `com.acme.CalcTest$Inner`, `spec.models.user_spec`)
 * or a Go import path. Ids built from these match the static collector's.
 */
class SourceTree {
    /** Every component suffix of every path → the paths that end with it. */
    suffixes = new Map();
    files;
    dirs = new Set(['.']);
    goModules;
    constructor(files, goModules = []) {
        this.files = new Set(files);
        for (const file of files) {
            const parts = file.split('/');
            for (let i = 1; i < parts.length; i += 1)
                this.dirs.add(parts.slice(0, i).join('/'));
            for (let i = 0; i < parts.length; i += 1) {
                const suffix = parts.slice(i).join('/');
                const list = this.suffixes.get(suffix);
                if (list)
                    list.push(file);
                else
                    this.suffixes.set(suffix, [file]);
            }
        }
        // Longest module path first: a nested module owns its packages.
        this.goModules = [...goModules].sort((a, b) => b.module.length - a.module.length);
    }
    /** The tree of `rev`, with the module path of every go.mod in it. */
    static async at(repo, rev) {
        const files = await (0,git_lib/* listFilesAt */.R4)(repo, rev);
        const goMods = files.filter((f) => f === 'go.mod' || f.endsWith('/go.mod'));
        const objects = await (0,git_lib/* readObjects */.$I)(repo, goMods.map((f) => `${rev}:${f}`));
        const modules = [];
        for (const f of goMods) {
            const module = /^\s*module\s+"?([^\s"]+)"?/m.exec(objects.get(`${rev}:${f}`)?.toString('utf8') ?? '')?.[1];
            if (module)
                modules.push({ dir: external_node_path_.posix.dirname(f), module });
        }
        return new SourceTree(files, modules);
    }
    /** Whether the tree has this file or directory (a Go package is named by its directory). */
    has(path) {
        return this.files.has(path) || this.dirs.has(path);
    }
    /**
     * The repository file a report's path names: the longest tail of `raw` that
     * is a path of the tree, or that only one path of the tree ends with.
     */
    resolveFile(raw) {
        const parts = components(raw);
        for (let i = 0; i < parts.length; i += 1) {
            const suffix = parts.slice(i).join('/');
            const hits = this.suffixes.get(suffix);
            if (!hits)
                continue;
            if (this.files.has(suffix))
                return suffix;
            return hits.length === 1 ? hits[0] : undefined;
        }
        return undefined;
    }
    /**
     * A dotted name whose leading parts are a file (`tests.test_calc.TestAdd` →
     * `tests/test_calc.py` and `[TestAdd]`): the longest such file wins.
     */
    resolveDotted(dotted, extensions) {
        const parts = dotted.split('.').filter(Boolean);
        for (let k = parts.length; k >= 1; k -= 1) {
            for (const ext of extensions) {
                const path = this.resolveFile(`${parts.slice(0, k).join('/')}${ext}`);
                if (path)
                    return { path, rest: parts.slice(k) };
            }
        }
        return undefined;
    }
    /** The repository directory of a Go package (`example.com/svc/calc` → `calc`), as the static collector names it. */
    goPackageDir(importPath) {
        for (const m of this.goModules) {
            if (importPath === m.module)
                return m.dir;
            if (importPath.startsWith(`${m.module}/`))
                return external_node_path_.posix.join(m.dir, importPath.slice(m.module.length + 1));
        }
        return undefined;
    }
}
//# sourceMappingURL=source-tree.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/results/results-layer.js



const NOT_RUN = {
    findings: [],
    metrics: { 'results-layer': 'not-run' },
    summary: '### Test results (layer 3)\n\nNot run: no test reports were given (`base-reports` and `head-reports`). Only what collection sees was checked.',
    undecided: false,
};
/** `f.py::test_x[1]` → `f.py::test_x` and `[1]`; `calc::TestA/sub` → `calc::TestA` and `/sub`. */
function splitCase(id) {
    const last = id.lastIndexOf('::');
    const tail = id.slice(last + 2);
    const cut = tail.search(/[[/]/);
    if (cut <= 0)
        return undefined;
    return [id.slice(0, last + 2 + cut), tail.slice(cut)];
}
function headIdFor(renames, counterparts) {
    return (t) => {
        const direct = counterparts?.get(t.id);
        if (direct !== undefined)
            return direct;
        const parts = splitCase(t.id);
        const fn = parts ? counterparts?.get(parts[0]) : undefined;
        if (parts && fn !== undefined)
            return `${fn}${parts[1]}`;
        const to = t.path !== undefined ? renames.get(t.path) : undefined;
        if (to !== undefined && t.id.startsWith(`${t.path}::`))
            return `${to}${t.id.slice(t.path.length)}`;
        return t.id;
    };
}
function tally(set) {
    const ids = new Map();
    for (const r of set.reports)
        for (const t of r.tests)
            ids.set(t.id, (ids.get(t.id) ?? false) || t.status === 'passed');
    return { tests: ids.size, passed: [...ids.values()].filter(Boolean).length };
}
function sideFindings(side, set, patterns) {
    const findings = set.unreadable.map((u) => ({
        rule: RESULTS_UNREADABLE,
        severity: 'error',
        message: `cannot read the ${side} test report ${u.file}: ${u.message}. The tests in it are unknown, so the comparison cannot be decided. Fix: ${side === 'head' ? "make the service's test job write the report whole (a job killed mid-run leaves it cut short)" : 'rerun the base tests (clear the cached base reports)'}.`,
    }));
    if (set.reports.length === 0 && set.unreadable.length === 0) {
        const ignored = set.ignored.length > 0 ? ` (${set.ignored.length} file(s) found are no test report: ${set.ignored.slice(0, 5).join(', ')})` : '';
        findings.push({
            rule: RESULTS_MISSING,
            severity: 'error',
            message: `no ${side} test report found in ${patterns.map((p) => `'${p}'`).join(', ')}${ignored}: without the reports of a real run the guard cannot say which tests ran. Fix: ${side === 'head' ? "upload the service test job's JUnit XML or JSON reports and point head-reports at them" : 'point base-reports at the reports of a test run at the base commit'} (see the skip-set action's README).`,
        });
    }
    else if (set.reports.length > 0) {
        for (const p of set.unmatched) {
            findings.push({ rule: RESULTS_MISSING, severity: 'warning', message: `the ${side} report pattern '${p}' matched no file; the other patterns found ${set.reports.length} report(s).` });
        }
    }
    return { findings, undecided: set.unreadable.length > 0 || set.reports.length === 0 };
}
const FLAGGING_RULES = new Set(['new-skip', 'test-removed']);
/**
 * Layer 3 of the skip-set guard: the reports of real test runs at base and
 * head, compared test by test. Without reports it is not run (and says so);
 * with reports of only one side it is a configuration error.
 */
async function runResultsLayer(input) {
    const { reports } = input;
    if (!reports || (reports.base.length === 0 && reports.head.length === 0))
        return NOT_RUN;
    if (reports.base.length === 0 || reports.head.length === 0) {
        const missing = reports.base.length === 0 ? 'base' : 'head';
        throw new lib/* ConfigurationError */.j1(`test reports were given for ${missing === 'base' ? 'head' : 'base'} only: layer 3 compares both.`, {
            field: `${missing}-reports`,
            fix: `give the ${missing} test reports too (input ${missing}-reports, CLI --${missing}-reports), or neither.`,
        });
    }
    const cwd = reports.cwd ?? process.cwd();
    // The report parsers (XML among them) load only when there are reports to read.
    const { readReportSet } = await Promise.all(/* import() */[__webpack_require__.e(893), __webpack_require__.e(274)]).then(__webpack_require__.bind(__webpack_require__, 85274));
    const [baseTree, headTree] = await Promise.all([SourceTree.at(input.repo, input.base), SourceTree.at(input.repo, input.head)]);
    const [baseSet, headSet] = await Promise.all([readReportSet(reports.base, cwd, baseTree), readReportSet(reports.head, cwd, headTree)]);
    input.logger.info(`skip-set results: ${baseSet.reports.length} base report(s), ${headSet.reports.length} head report(s); ${baseSet.ignored.length + headSet.ignored.length} other file(s) ignored.`);
    const sides = [sideFindings('base', baseSet, reports.base), sideFindings('head', headSet, reports.head)];
    const findings = sides.flatMap((s) => s.findings);
    let undecided = sides.some((s) => s.undecided);
    const flagged = new Set(input.collectionFindings.filter((f) => FLAGGING_RULES.has(f.rule) && f.test).map((f) => f.test));
    const flaggedId = (id) => flagged.has(id) || flagged.has(splitCase(id)?.[0] ?? id);
    const comparison = baseSet.reports.length > 0 && headSet.reports.length > 0
        ? compareResults(baseSet, headSet, {
            headIdOf: headIdFor(input.renames, input.counterparts),
            headPathOf: (p) => input.renames.get(p) ?? p,
            headHas: (p) => headTree.has(p),
            flaggedByCollection: (t, headId) => flaggedId(t.id) || flaggedId(headId),
        })
        : undefined;
    if (comparison) {
        findings.push(...comparison.findings);
        undecided ||= comparison.undecided;
    }
    const baseTally = tally(baseSet);
    const headTally = tally(headSet);
    const notRun = comparison?.notRun ?? 0;
    const also = comparison?.alsoByCollection ?? 0;
    const metrics = {
        'results-layer': undecided ? 'undecided' : 'compared',
        'results-reports-base': baseSet.reports.length,
        'results-reports-head': headSet.reports.length,
        'results-formats': [...new Set([...baseSet.reports, ...headSet.reports].map((r) => r.format))].sort().join(','),
        'results-tests-base': baseTally.tests,
        'results-passed-base': baseTally.passed,
        'results-tests-head': headTally.tests,
        'results-passed-head': headTally.passed,
        'results-not-run': notRun,
        'results-not-run-also-collection': also,
        'results-not-run-only-results': notRun - also,
        'results-followed-renames': comparison?.followedRenames ?? 0,
        'results-missing-reports': (comparison?.missingReports ?? 0) + sides.filter((s) => s.undecided).length,
    };
    const summary = [
        '### Test results (layer 3)',
        '',
        '| | base | head |',
        '|---|---:|---:|',
        `| reports | ${baseSet.reports.length} | ${headSet.reports.length} |`,
        `| tests | ${baseTally.tests} | ${headTally.tests} |`,
        `| passed | ${baseTally.passed} | ${headTally.passed} |`,
        '',
        undecided
            ? '**Undecided**: a report is missing or unreadable (see the findings).'
            : `${notRun} test(s) that passed at base did not run at head: ${also} of them the collection layers flagged too (new-skip, test-removed), ${notRun - also} only the results show.`,
    ].join('\n');
    return { findings, metrics, summary, undecided };
}
//# sourceMappingURL=results-layer.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/summary.js

/** The job-summary table of test totals by status at base and head. */
function renderTotalsTable(base, head, scope) {
    const lines = [`### Tests by status (${scope})`, '', '| status | base | head | change |', '|---|---:|---:|---:|'];
    for (const key of [...model/* TEST_STATUSES */.eC, 'total']) {
        const delta = head[key] - base[key];
        const label = key === 'total' ? '**total**' : key;
        lines.push(`| ${label} | ${base[key]} | ${head[key]} | ${delta > 0 ? `+${delta}` : delta} |`);
    }
    return lines.join('\n');
}
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/harness/harness-references.js




const JS_EXTENSIONS = ['.ts', '.js', '.mjs', '.cjs', '.mts', '.cts', '.tsx', '.jsx', '.json'];
/** Paths a relative specifier may resolve to, from the directory of the file that names it. */
function jsCandidates(fromFile, specifier) {
    const dir = external_node_path_.posix.dirname(fromFile);
    const raw = specifier.replace(/^<rootDir>\/?/, './');
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(dir === '.' ? '' : dir, raw));
    if (joined.startsWith('..'))
        return [];
    const out = [joined];
    // TypeScript's ESM imports name the emitted `.js` of a `.ts` source.
    const stem = joined.replace(/\.(?:js|mjs|cjs)$/, '');
    if (stem !== joined)
        out.push(`${stem}.ts`, `${stem}.mts`, `${stem}.cts`, `${stem}.tsx`);
    for (const ext of JS_EXTENSIONS)
        out.push(`${joined}${ext}`);
    for (const ext of JS_EXTENSIONS)
        out.push(`${joined}/index${ext}`);
    return out;
}
function isRelativeModule(value) {
    return /^(?:\.\.?\/|<rootDir>\/)/.test(value) || /^[\w@][\w./@-]*\.(?:[cm]?[jt]s|tsx|jsx)$/.test(value);
}
/** The relative modules a JS/TS config file imports, requires or names in a string (setupFiles and the like). */
function jsConfigReferences(path, text, framework) {
    const tokens = tokenizeJs(text, { jsx: false });
    const out = [];
    for (let t = 0; t < tokens.kind.length; t += 1) {
        if (tokens.kind[t] !== T_STRING && tokens.kind[t] !== T_TEMPLATE)
            continue;
        const value = literalValue(text, tokens, t);
        if (value === undefined || !isRelativeModule(value))
            continue;
        out.push({ candidates: jsCandidates(path, value.startsWith('<rootDir>') || value.startsWith('.') ? value : `./${value}`), by: `${path}`, framework });
    }
    return out;
}
/** Strings in a JSON/YAML config section (jest in package.json, .mocharc.yml) that name relative modules. */
function objectReferences(path, value, framework, label = path) {
    const out = [];
    const walk = (v) => {
        if (typeof v === 'string') {
            if (isRelativeModule(v))
                out.push({ candidates: jsCandidates(path, v.startsWith('<rootDir>') || v.startsWith('.') ? v : `./${v}`), by: label, framework });
        }
        else if (Array.isArray(v))
            v.forEach(walk);
        else if (v && typeof v === 'object')
            Object.values(v).forEach(walk);
    };
    walk(value);
    return out;
}
/** Modules and configs a test command names: `node --test --import ./setup.mjs`, `vitest --config e2e.config.ts`, `mocha -r ./hooks.js`. */
function commandReferences(path, command, label) {
    const out = [];
    const re = /(?:^|\s)(--import|--require|-r|--loader|--experimental-loader|--setup-files|--globalSetup|--setupFiles|--config|-c|--file|--test-reporter|--reporter)[=\s]+("[^"]+"|'[^']+'|\S+)/g;
    for (const m of command.matchAll(re)) {
        const value = m[2].replace(/^["']|["']$/g, '');
        if (!/^(?:\.\.?\/|[\w@][\w./@-]*\.(?:[cm]?[jt]s|json|ya?ml))/.test(value) || /^[\w@][\w@-]*$/.test(value))
            continue;
        if (!value.startsWith('.') && !/\.(?:[cm]?[jt]s|json|ya?ml)$/.test(value))
            continue;
        const isConfig = m[1] === '--config' || m[1] === '-c';
        out.push({ candidates: jsCandidates(path, value.startsWith('.') ? value : `./${value}`), by: `${label} (${m[1]})`, framework: 'npm', ...(isConfig ? { isConfig } : {}) });
    }
    return out;
}
/** package.json: the jest and mocha sections and the test scripts. */
function packageJsonReferences(path, text) {
    let pkg;
    try {
        pkg = JSON.parse(text);
    }
    catch {
        return [];
    }
    const scripts = (pkg.scripts ?? {});
    return [
        ...objectReferences(path, pkg.jest, 'jest', `${path} (jest)`),
        ...objectReferences(path, pkg.mocha, 'mocha', `${path} (mocha)`),
        ...Object.entries(scripts).flatMap(([name, command]) => (typeof command === 'string' ? commandReferences(path, command, `${path} scripts.${name}`) : [])),
    ];
}
/** The references of any JS test config by its file name; empty for other files. */
function configReferences(path, text) {
    const base = external_node_path_.posix.basename(path);
    try {
        if (base === 'package.json')
            return packageJsonReferences(path, text);
        if (/^\.mocharc(?:\.(?:json|jsonc|ya?ml))?$/.test(base))
            return objectReferences(path, (0,yaml_dist/* parse */.qg)(text), 'mocha');
        if (/\.json$/.test(base))
            return objectReferences(path, JSON.parse(text), base.startsWith('jest') ? 'jest' : 'vitest');
        const framework = base.startsWith('jest') ? 'jest' : base.startsWith('.mocharc') ? 'mocha' : 'vitest';
        return jsConfigReferences(path, text, framework);
    }
    catch {
        return [];
    }
}
/** Relative imports of a JS/TS module (a setup file importing its helpers), for following references a few levels deep. */
function jsModuleImports(path, text, by, framework) {
    const tokens = tokenizeJs(text, { jsx: /\.[jt]sx$/.test(path) });
    const out = [];
    for (let t = 0; t < tokens.kind.length; t += 1) {
        if (tokens.kind[t] !== T_STRING)
            continue;
        const value = literalValue(text, tokens, t);
        if (value === undefined || !/^\.\.?\//.test(value))
            continue;
        out.push({ candidates: jsCandidates(path, value), by, framework });
    }
    return out;
}
/** Dotted pytest plugin names: `pytest_plugins` in conftest.py files, `-p NAME` in pytest options, `pytest11` entry points. */
function pytestPluginNames(path, text) {
    const names = [];
    const base = external_node_path_.posix.basename(path);
    if (base.endsWith('.py')) {
        const scan = pythonStatementsOf(text);
        for (let k = 0; k < scan.count; k += 1) {
            if (scan.indent[k] !== 0 || !text.startsWith('pytest_plugins', scan.start[k]))
                continue;
            for (const token of pythonTokens(text, scan.start[k], scan.end[k]))
                if (token.type === 'string' && /^[\w.]+$/.test(token.value))
                    names.push(token.value);
        }
        return names;
    }
    for (const m of text.matchAll(/(?:^|[\s"'[,])-p\s*([A-Za-z_][\w.]*)/g))
        if (!m[1].startsWith('no:'))
            names.push(m[1]);
    if (base === 'pyproject.toml') {
        try {
            const doc = (0,dist/* parse */.qg)(text);
            for (const v of [...Object.values(doc.project?.['entry-points']?.pytest11 ?? {}), ...Object.values(doc.tool?.poetry?.plugins?.pytest11 ?? {})])
                names.push(String(v).split(':')[0].trim());
        }
        catch {
            // An unparsable pyproject.toml is reported by its own kind.
        }
    }
    for (const m of text.matchAll(/^\s*[\w-]+\s*=\s*([\w.]+)(?::\w+)?\s*$/gm))
        if (/pytest11/.test(text.slice(Math.max(0, (m.index ?? 0) - 200), m.index)))
            names.push(m[1]);
    return names;
}
/** Repository paths of a dotted Python module. */
function pythonModuleCandidates(dotted) {
    const p = dotted.split('.').join('/');
    return [`${p}.py`, `${p}/__init__.py`, `src/${p}.py`, `src/${p}/__init__.py`];
}
//# sourceMappingURL=harness-references.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/harness/harness-changes.js





function partsOrWhole(kind, text, path) {
    if (text === undefined)
        return new Map();
    try {
        return kind.parts(text, path);
    }
    catch {
        // A file that does not parse cannot be compared part by part: it is compared whole.
        return new Map([['(unparsable) whole file', text]]);
    }
}
function changedParts(before, after) {
    return [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
}
/** Config files whose references are followed: JS test configs and package.json; pytest's plugin lists. */
const JS_CONFIG_NAME = /^(?:package\.json|(?:vitest|vite|jest)\.(?:config|workspace|projects)(?:\.[\w-]+)?\.(?:[cm]?[jt]s|json)|\.mocharc(?:\.(?:js|cjs|mjs|json|jsonc|ya?ml))?)$/;
const PY_CONFIG_NAME = /^(?:conftest\.py|pytest\.ini|\.pytest\.ini|pyproject\.toml|setup\.cfg|tox\.ini)$/;
const IGNORED = /(?:^|\/)(?:node_modules|\.git|vendor|dist|build|site-packages|__pycache__)\//;
/** The modules each revision's test configs load, path → what loads it. */
async function referencedModules(repo, rev, js, python) {
    const files = (await (0,git_lib/* listFilesAt */.R4)(repo, rev)).filter((p) => !IGNORED.test(p));
    const present = new Set(files);
    const configs = files.filter((p) => (js && JS_CONFIG_NAME.test(external_node_path_.posix.basename(p))) || (python && PY_CONFIG_NAME.test(external_node_path_.posix.basename(p))));
    const texts = new Map((await readSourcesAt(repo, rev, configs)).map((s) => [s.path, s.text]));
    const found = new Map();
    let frontier = [];
    for (const [path, text] of texts) {
        if (js && JS_CONFIG_NAME.test(external_node_path_.posix.basename(path)))
            frontier.push(...configReferences(path, text));
        if (python && PY_CONFIG_NAME.test(external_node_path_.posix.basename(path))) {
            for (const name of pytestPluginNames(path, text))
                frontier.push({ candidates: pythonModuleCandidates(name), by: `${path} (pytest plugin ${name})`, framework: 'pytest' });
        }
    }
    // Loaded modules load others (a setup file importing its hooks): followed three levels deep.
    for (let depth = 0; depth < 3 && frontier.length > 0; depth += 1) {
        const next = [];
        const fresh = [];
        for (const ref of frontier) {
            const path = ref.candidates.find((c) => present.has(c));
            if (!path || found.has(path))
                continue;
            found.set(path, ref);
            fresh.push([path, ref]);
        }
        const read = new Map((await readSourcesAt(repo, rev, fresh.filter(([p]) => isJsModulePath(p) || p.endsWith('.json')).map(([p]) => p))).map((s) => [s.path, s.text]));
        for (const [path, ref] of fresh) {
            const text = read.get(path);
            if (text === undefined)
                continue;
            if (ref.isConfig)
                next.push(...configReferences(path, text));
            else if (isJsModulePath(path))
                next.push(...jsModuleImports(path, text, `${path}, ${ref.by}`, ref.framework));
        }
        frontier = next;
    }
    return found;
}
/**
 * The harness files a PR changes (layer 2): files that are harness by their
 * path (read part by part), by their content (a Python module defining pytest
 * hooks, a Go test file's TestMain), or because a test configuration loads
 * them, at base or at head.
 */
async function findHarnessChanges(repo, base, head, files) {
    const basePathOf = (f) => (f.status === 'added' ? undefined : (f.previousPath ?? f.path));
    const headPathOf = (f) => (f.status === 'deleted' ? undefined : f.path);
    const kindOf = (p) => (p === undefined ? undefined : (harnessKindOf(p) ?? contentKindOf(p)));
    const candidates = files.filter((f) => kindOf(basePathOf(f)) !== undefined || kindOf(headPathOf(f)) !== undefined);
    const [baseTexts, headTexts] = await Promise.all([
        readSourcesAt(repo, base, candidates.map(basePathOf).filter((p) => p !== undefined)),
        readSourcesAt(repo, head, candidates.map(headPathOf).filter((p) => p !== undefined)),
    ]).then((sides) => sides.map((s) => new Map(s.map((x) => [x.path, x.text]))));
    const out = [];
    const seen = new Set();
    for (const f of candidates) {
        const bp = basePathOf(f);
        const hp = headPathOf(f);
        const bk = kindOf(bp);
        const hk = kindOf(hp);
        const before = bk && bp ? partsOrWhole(bk, baseTexts.get(bp), bp) : new Map();
        const after = hk && hp ? partsOrWhole(hk, headTexts.get(hp), hp) : new Map();
        const parts = changedParts(before, after);
        if (parts.length === 0)
            continue;
        const kind = (hk && after.size > 0 ? hk : bk) ?? hk;
        seen.add(f);
        out.push({ path: f.path, ...(f.previousPath ? { previousPath: f.previousPath } : {}), status: f.status, what: kind.what, framework: kind.framework, parts });
    }
    const rest = files.filter((f) => !seen.has(f));
    const js = rest.some((f) => isJsModulePath(f.path) || (f.previousPath !== undefined && isJsModulePath(f.previousPath)));
    const python = rest.some((f) => f.path.endsWith('.py') || f.previousPath?.endsWith('.py'));
    if (!js && !python)
        return out;
    const [baseRefs, headRefs] = await Promise.all([referencedModules(repo, base, js, python), referencedModules(repo, head, js, python)]);
    for (const f of rest) {
        const bp = basePathOf(f);
        const hp = headPathOf(f);
        const ref = (hp !== undefined ? headRefs.get(hp) : undefined) ?? (bp !== undefined ? baseRefs.get(bp) : undefined);
        if (!ref)
            continue;
        const kind = loadedModuleKind(ref.by, ref.framework);
        out.push({ path: f.path, ...(f.previousPath ? { previousPath: f.previousPath } : {}), status: f.status, what: kind.what, framework: kind.framework, parts: ['whole file'] });
    }
    return out;
}
//# sourceMappingURL=harness-changes.js.map
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(33581);
;// CONCATENATED MODULE: ./packages/skip-set/lib/harness/harness-rule.js


const HARNESS_RULE = 'test-harness-changed';
const MAGIC = /[*?[\]{}()!+@]/;
/**
 * The scope pattern that names `path` explicitly: it matches the path and its
 * last segment is the file's own name, with no wildcard (`tests/conftest.py`,
 * `**\/conftest.py`, `package.json`). `tests/**` matches a conftest.py too but
 * names none: a ticket to change tests is not a ticket to change how they run.
 * An exclude pattern that matches the path takes the grant away.
 */
function scopeNaming(ticket, path) {
    if (ticket.scope.exclude.some((p) => (0,esm/* minimatch */.xF)(path, p, { dot: true })))
        return undefined;
    const name = external_node_path_.posix.basename(path);
    return ticket.scope.include.find((p) => {
        const last = p.replace(/\/+$/, '').split('/').pop() ?? '';
        return !MAGIC.test(last) && last === name && (0,esm/* minimatch */.xF)(path, p, { dot: true });
    });
}
function describe(change) {
    const verb = change.status === 'added' ? 'added' : change.status === 'deleted' ? 'deleted' : change.status === 'renamed' ? `renamed from ${change.previousPath}` : 'changed';
    const parts = change.parts.length === 1 && change.parts[0] === 'whole file' ? '' : ` (${change.parts.join(', ')})`;
    return `${change.path} is test harness — ${change.what}, ${change.framework} — and is ${verb}${parts}`;
}
/**
 * Layer 2: a PR that changes test harness fails unless the ticket's scope
 * names each such file; a named one is a notice. Harness decides which tests
 * run and how, so what the collectors cannot fully read is not the agent's to
 * touch unasked.
 */
function harnessFindings(changes, ticket) {
    const findings = [];
    let scoped = 0;
    for (const change of changes) {
        const named = ticket ? (scopeNaming(ticket.ticket, change.path) ?? (change.previousPath ? scopeNaming(ticket.ticket, change.previousPath) : undefined)) : undefined;
        if (named !== undefined) {
            scoped += 1;
            findings.push({ rule: HARNESS_RULE, severity: 'notice', message: `${describe(change)}: allowed, ticket ${ticket.ticket.id} names it in scope.include ('${named}').`, path: change.path });
            continue;
        }
        const fix = ticket
            ? `ticket ${ticket.ticket.id} (${ticket.path}) does not name it: a PR may change test harness only when the ticket's scope.include lists the file by name ('${change.path}' or '**/${external_node_path_.posix.basename(change.path)}'; a wildcard such as 'tests/**' does not count).`
            : `a PR may change test harness only when its ticket's scope.include lists the file by name: give the guard the ticket (the 'ticket' input, or --ticket) whose scope names '${change.path}'.`;
        findings.push({
            rule: HARNESS_RULE,
            severity: 'error',
            message: `${describe(change)}: harness decides which tests run and how, without touching a test; ${fix}`,
            path: change.path,
        });
    }
    return { findings, scoped };
}
//# sourceMappingURL=harness-rule.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/harness/harness-layer.js


/** Layer 2 of the guard: the harness files the PR changes, each allowed only by the ticket's scope. */
async function runHarnessLayer(input) {
    const changes = await findHarnessChanges(input.repo, input.base, input.head, input.files);
    const { findings, scoped } = harnessFindings(changes, input.ticket);
    const caught = findings.filter((f) => f.severity === 'error').length;
    if (changes.length > 0)
        input.logger.info(`skip-set: ${changes.length} test harness file(s) changed, ${scoped} named by the ticket's scope.`);
    const metrics = {
        'harness-layer': input.ticket ? 'checked-with-ticket' : 'checked-without-ticket',
        'harness-files-changed': changes.length,
        'harness-files-scoped': scoped,
        'harness-caught': caught,
    };
    const rows = changes.map((c) => {
        const allowed = findings.find((f) => f.path === c.path)?.severity !== 'error';
        return `| \`${c.path}\` | ${c.framework} | ${c.parts.join(', ')} | ${allowed ? 'named by the ticket' : '**not in the ticket scope**'} |`;
    });
    const summary = [
        '### Test harness (layer 2)',
        '',
        changes.length === 0
            ? 'No test harness file changed.'
            : [`${changes.length} test harness file(s) changed; ${caught} not named by the ticket's scope.`, '', '| file | framework | what changed | |', '|---|---|---|---|', ...rows].join('\n'),
    ].join('\n');
    return { changes, findings, metrics, summary };
}
/** Which layer caught what: the collection layer's error findings and the tests that gained a reason to skip. */
function collectionLayerMetrics(findings, reasonGains) {
    const errors = findings.filter((f) => f.severity === 'error');
    return {
        'collection-caught': errors.length,
        'collection-caught-tests': new Set(errors.filter((f) => f.test).map((f) => f.test)).size,
        'collection-reason-gains': reasonGains,
    };
}
//# sourceMappingURL=harness-layer.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/harness/ticket-input.js



/**
 * The ticket the harness rule reads, for an action: the `ticket` input (which
 * must exist at base), else the agent branch's ticket when it is committed at
 * base. Without either the guard runs without a ticket, and a harness change
 * fails with a message saying how to scope it: the guard never needed a ticket
 * before, so a PR without one is still judged.
 */
async function ticketForPullRequest(options) {
    const { repo, base, logger } = options;
    if (options.ticket)
        return { ticket: await (0,config_lib/* loadTicket */.$T)({ repo, base, path: options.ticket, logger }), ticketPath: options.ticket };
    let path;
    try {
        path = (0,config_lib/* resolveTicketPath */.W2)(options.policy, { headRef: options.headRef });
    }
    catch (error) {
        if (!(error instanceof lib/* ConfigurationError */.j1))
            throw error;
        logger.info('skip-set: no ticket for this PR (no ticket input, not an agent branch): test harness changes fail unless a ticket names them.');
        return {};
    }
    if ((await (0,git_lib/* readFileAt */._T)(repo, base, path)) === undefined) {
        logger.info(`skip-set: the branch's ticket ${path} is not at the base commit: test harness changes fail unless a ticket names them.`);
        return {};
    }
    return { ticket: await (0,config_lib/* loadTicket */.$T)({ repo, base, path, logger }), ticketPath: path };
}
//# sourceMappingURL=ticket-input.js.map
;// CONCATENATED MODULE: ./packages/skip-set/lib/guard.js












const SKIP_SET_GUARD = 'skip-set';
// The guard's entry (`@agent-guards/skip-set/guard`) for a process that runs it: the runner
// collectors and report parsers load when used. The ticket a PR names is one of its inputs.

async function rootEntries(repo, rev) {
    const { stdout } = await (0,git_lib/* runGit */.EO)(repo, ['ls-tree', '-z', '--name-only', rev]);
    return stdout.toString('utf8').split('\0').filter(Boolean);
}
function configFindings(changes) {
    return changes.map((c) => {
        const effects = c.after ? settingEffects(c.key, c.after) : [];
        const before = c.before === undefined ? 'unset' : JSON.stringify(c.before);
        const after = c.after === undefined ? 'removed' : JSON.stringify(c.after);
        // A new setting that only selects what to run (a new package's test script) is worth a notice;
        // changing or removing one, or adding one that drops tests, is an error.
        const drops = effects.length > 0 || /(?:collect_ignore|exclude|Ignore|ignore|norecursedirs|conftest\.pytest_|^pytest configuration file$)/.test(c.key);
        return {
            rule: 'collection-config-changed',
            severity: c.before !== undefined || drops ? 'error' : 'notice',
            message: `${c.key} changed from ${before} to ${after}: collection settings decide which tests run${effects.length > 0 ? ` (${effects.join(', ')})` : ''}; tests were scanned in full.`,
            path: c.file,
            ...(c.line ? { line: c.line } : {}),
        };
    });
}
function mergeFindings(lists) {
    const seen = new Set();
    const out = [];
    for (const f of lists.flat()) {
        const key = `${f.rule}\0${f.test ?? ''}\0${f.path ?? ''}\0${f.test ? '' : f.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(f);
    }
    return out;
}
function totalsMetrics(prefix, t) {
    return Object.fromEntries(Object.entries(t).map(([k, v]) => [`${prefix}-${k}`, v]));
}
/**
 * The skip-set guard: the tests at the PR base (merge base) and head are
 * collected, statically, by the frameworks, or both, and compared. Throws a
 * ConfigurationError (or another error) when it cannot decide; the action and
 * CLI turn that into verdict `error`.
 */
async function runSkipSetGuard(options) {
    const { repo, policy, logger } = options;
    const collector = options.collector ?? policy.tests.collector;
    const languages = (0,config_lib/* languagesFor */.VP)(policy.tests.frameworks);
    const changes = await (0,git_lib/* changedFiles */.Y_)(repo, options.base, options.head, options.prCommits !== undefined ? { prCommits: options.prCommits } : {});
    const changedConfigs = [...new Set(changes.files.flatMap((f) => [f.path, f.previousPath]).filter((p) => p !== undefined && isCollectionConfigPath(p)))];
    const sides = await Promise.all(['base', 'head'].map(async (which) => {
        const rev = which === 'base' ? changes.mergeBase : changes.head;
        const root = (await rootEntries(repo, rev)).filter(isCollectionConfigPath);
        const configFiles = await readSourcesAt(repo, rev, [...root, ...changedConfigs]);
        const settings = configFiles.flatMap((f) => collectionSettings(f.path, f.text));
        const patterns = patternsFromSettings(settings, languages);
        return { rev, settings, patterns, paths: await incrementalPaths(repo, rev, changes.files, which, patterns) };
    }));
    const [base, head] = sides;
    const changedConfigSet = new Set(changedConfigs);
    const settingChanges = diffSettings(base.settings.filter((s) => changedConfigSet.has(s.file)), head.settings.filter((s) => changedConfigSet.has(s.file)));
    // pytest reads one configuration file: a new one that comes first (an empty pytest.ini) replaces all another held.
    const shadowed = effectiveConfigChange(base.settings, head.settings);
    if (shadowed)
        settingChanges.push(shadowed);
    const full = settingChanges.length > 0 || collector === 'both';
    const harnessRun = runHarnessLayer({
        repo,
        base: changes.mergeBase,
        head: changes.head,
        files: changes.files,
        ...(options.ticket ? { ticket: { ticket: options.ticket, path: options.ticketPath ?? `ticket ${options.ticket.id}` } } : {}),
        logger,
    });
    // The collection reads git while the harness layer does (both read the same files, once), and
    // neither depends on the other. The harness layer's failure is the one reported if both fail.
    const collecting = Promise.all([
        collectStaticAt(repo, base.rev, base.patterns, full ? undefined : base.paths),
        collectStaticAt(repo, head.rev, head.patterns, full ? undefined : head.paths),
    ]);
    const [harnessDone, collected] = await Promise.allSettled([harnessRun, collecting]);
    if (harnessDone.status === 'rejected')
        throw harnessDone.reason;
    const harness = harnessDone.value;
    logger.info(`skip-set: ${changes.files.length} changed file(s); ${full ? 'full' : 'incremental'} ${collector} collection.`);
    if (collected.status === 'rejected')
        throw collected.reason;
    const [staticBase, staticHead] = collected.value;
    const renames = new Map(changes.files.filter((f) => f.status === 'renamed' && f.previousPath).map((f) => [f.previousPath, f.path]));
    const gone = new Set(changes.files.flatMap((f) => (f.status === 'deleted' ? [f.path] : f.status === 'renamed' ? [f.previousPath] : [])));
    const context = { renames, isHeadTestFile: (p) => (0,config_lib/* testLanguageOf */.gE)(p, head.patterns) !== undefined, headHasFile: (p) => !gone.has(p) };
    const findings = [configFindings(settingChanges)];
    let decisionBase = staticBase;
    let decisionHead = staticHead;
    let decision;
    let disagreements = [];
    if (collector === 'static') {
        decision = decide(staticBase, staticHead, context);
    }
    else {
        // The runner collectors (and the sandbox they run in) load only when a runner collects.
        const { alignWithStatic, borrowBodies, collectWithRunners, merge, onlyPaths } = await Promise.all(/* import() */[__webpack_require__.e(974), __webpack_require__.e(411)]).then(__webpack_require__.bind(__webpack_require__, 49411));
        const runnerBase = await collectWithRunners(options, base.rev, base.patterns, 'base');
        const runnerHead = await collectWithRunners(options, head.rev, head.patterns, 'head');
        // A framework that ran on either side decides its language (or its files) on both: a side without its tests ran nothing.
        const covered = new Set([...runnerBase.covered, ...runnerHead.covered]);
        const coveredFiles = new Set([...runnerBase.coveredFiles, ...runnerHead.coveredFiles]);
        const isCovered = (path, patterns) => {
            const language = (0,config_lib/* testLanguageOf */.gE)(path, patterns);
            return coveredFiles.has(path) || (language !== undefined && covered.has(language));
        };
        alignWithStatic(runnerBase.collection, staticBase, coveredFiles);
        alignWithStatic(runnerHead.collection, staticHead, coveredFiles);
        borrowBodies(runnerBase.collection, staticBase);
        borrowBodies(runnerHead.collection, staticHead);
        decisionBase = merge(runnerBase.collection, onlyPaths(staticBase, (p) => !isCovered(p, base.patterns)));
        decisionHead = merge(runnerHead.collection, onlyPaths(staticHead, (p) => !isCovered(p, head.patterns)));
        decision = decide(decisionBase, decisionHead, context);
        findings.push(runnerBase.notes, runnerHead.notes);
        if (collector === 'both') {
            findings.push(decide(staticBase, staticHead, context).findings);
            for (const [label, s, r, patterns] of [
                ['base', staticBase, runnerBase, base.patterns],
                ['head', staticHead, runnerHead, head.patterns],
            ]) {
                const list = (0,compare_collectors/* compareCollections */.pM)(s, r.collection, (t) => isCovered(t.path, patterns));
                disagreements = disagreements.concat(list);
                findings.push((0,compare_collectors/* disagreementFindings */.JP)(list, label));
            }
        }
    }
    findings.splice(1, 0, decision.findings);
    // Layer 1's findings, before the other layers add theirs (for the metrics of which layer caught what).
    const collectionFindings = findings.flat();
    const results = await runResultsLayer({
        repo,
        base: base.rev,
        head: head.rev,
        ...(options.reports ? { reports: options.reports } : {}),
        renames,
        counterparts: decision.counterparts,
        collectionFindings: findings.flat(),
        logger,
    });
    findings.push(results.findings);
    findings.push(harness.findings);
    const baseTotals = (0,model/* totalsByStatus */.nZ)(decisionBase.tests.values());
    const headTotals = (0,model/* totalsByStatus */.nZ)(decisionHead.tests.values());
    const metrics = {
        collector,
        scan: full ? 'full' : 'incremental',
        'merge-base': changes.mergeBase,
        'changed-files': changes.files.length,
        'files-scanned-base': decisionBase.files,
        'files-scanned-head': decisionHead.files,
        ...totalsMetrics('base', baseTotals),
        ...totalsMetrics('head', headTotals),
        'new-skips': decision.newSkips,
        'tests-removed': decision.removed,
        'tests-renamed': decision.renamed,
        'tests-moved': decision.moved,
        'config-changes': settingChanges.length,
        ...(collector === 'both' ? { 'collector-disagreements': disagreements.length } : {}),
        ...results.metrics,
        ...collectionLayerMetrics(collectionFindings, decision.reasonGains),
        ...harness.metrics,
    };
    const all = mergeFindings(findings);
    let report = (0,lib/* reportFromFindings */.Lt)(SKIP_SET_GUARD, all, metrics);
    if (decisionBase.errors.length > 0) {
        // The base could not be seen in full: no comparison with it can pass.
        const baseErrors = decisionBase.errors.map((e) => ({
            rule: 'collection-error',
            severity: 'error',
            message: `cannot collect tests at base: ${e.message}`,
            path: e.path,
            ...(e.line ? { line: e.line } : {}),
        }));
        report = { guard: SKIP_SET_GUARD, verdict: 'error', findings: (0,lib/* sortFindings */.Tc)([...baseErrors, ...all]), metrics };
    }
    // A report missing or unreadable: what its tests did is unknown, which is never a pass.
    if (results.undecided)
        report = { ...report, verdict: 'error' };
    const notRunning = (t) => t.skipped + t.xfail + t.todo;
    // A framework lists every test it collects; the static collector reads the changed files unless it scanned in full.
    const scope = full ? 'all test files' : collector === 'static' ? 'changed test files' : 'all tests the frameworks collected, changed files for the rest';
    return {
        report,
        outputs: {
            'skipped-added': decision.newSkips,
            'tests-removed': decision.removed,
            'base-total': baseTotals.total,
            'head-total': headTotals.total,
            'base-skipped': notRunning(baseTotals),
            'head-skipped': notRunning(headTotals),
            // Layer 3: empty when no reports were given.
            'tests-not-run': results.metrics['results-not-run'] ?? '',
        },
        summary: `${renderTotalsTable(baseTotals, headTotals, `${scope}, ${collector} collector`)}\n\n${harness.summary}\n\n${results.summary}`,
    };
}
//# sourceMappingURL=guard.js.map
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./actions/skip-set/lib/main.js





/** One path or glob a line: a glob may hold commas (`{a,b}`), so only newlines separate. */
const patternLines = schemas/* string */.YjP()
    .transform((v) => v
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean))
    .default([]);
/** Every input action.yml declares; defaults live here (a test keeps action.yml equal). */
const Inputs = schemas/* strictObject */.rej({
    policy: schemas/* string */.YjP().default(config_lib/* DEFAULT_POLICY_PATH */.lo),
    base: schemas/* string */.YjP().optional(),
    head: schemas/* string */.YjP().optional(),
    collector: schemas/* enum */.k5n(['policy', 'static', 'runner', 'both']).default('policy'),
    ticket: schemas/* string */.YjP().optional(),
    'working-directory': schemas/* string */.YjP().default('.'),
    'base-reports': patternLines,
    'head-reports': patternLines,
});
async function run() {
    const outcome = await (0,lib/* runGuardAction */.xA)({
        core: core,
        guard: 'skip-set',
        inputs: Inputs,
        execute: async (inputs, logger) => {
            const context = await (0,config_lib/* guardContext */.Pt)(inputs, logger);
            const notApplicable = (0,config_lib/* notApplicableRun */.O4)('skip-set', context, logger);
            if (notApplicable)
                return notApplicable;
            const { repo, base, head, policy, event, prCommits } = context;
            // Layer 2: the ticket whose scope may name the test harness files the PR changes.
            const ticket = await ticketForPullRequest({ repo, base, policy, ticket: inputs.ticket, headRef: event?.headRef, logger });
            const collector = inputs.collector === 'policy' ? {} : { collector: inputs.collector };
            // Layer 3 reads test reports from paths relative to the workspace, as actions/upload-artifact does.
            const reports = inputs['base-reports'].length + inputs['head-reports'].length > 0 ? { reports: { base: inputs['base-reports'], head: inputs['head-reports'] } } : {};
            return runSkipSetGuard({ repo, base, head, policy, logger, ...collector, ...reports, ...ticket, ...prCommits });
        },
    });
    if (outcome.failure)
        core.setFailed(outcome.failure);
}
//# sourceMappingURL=main.js.map

/***/ }),

/***/ 67311:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ ConfigurationError),
  Zi: () => (/* reexport */ GUARD_NAMES),
  eh: () => (/* reexport */ isSecretName),
  $f: () => (/* reexport */ readPullRequestEvent),
  Lt: () => (/* reexport */ reportFromFindings),
  Zz: () => (/* reexport */ resolveRevisions),
  xA: () => (/* reexport */ runGuardAction),
  Tc: () => (/* reexport */ sortFindings),
  cT: () => (/* reexport */ withoutSecrets)
});

// UNUSED EXPORTS: FindingSchema, GuardReportSchema, LIMITS, MemoryLogger, SeveritySchema, TRUNCATION_MARKER, VerdictSchema, booleanInput, combineReports, coreLogger, countBySeverity, describeError, errorReport, exitCodeFor, fenceUntrusted, guardRunOrError, integerInput, isConfigurationError, listInput, markdownText, neutralizeWorkflowCommands, parseActionMetadata, parseInputs, planAnnotations, renderActionTables, renderSummary, renderText, silentLogger, streamLogger, telemetrySummary, truncateUtf8, updateReadme, worstVerdict

;// CONCATENATED MODULE: ./packages/action-kit/lib/errors.js
class ConfigurationError extends Error {
    file;
    field;
    line;
    fix;
    constructor(problem, details = {}) {
        super(formatConfigurationMessage(problem, details));
        this.name = 'ConfigurationError';
        this.file = details.file;
        this.field = details.field;
        this.line = details.line;
        this.fix = details.fix;
    }
}
function formatConfigurationMessage(problem, d) {
    const where = [
        d.file ? `${d.file}${d.line ? `:${d.line}` : ''}` : undefined,
        d.field ? `field '${d.field}'` : undefined,
    ].filter(Boolean);
    const prefix = where.length > 0 ? `${where.join(', ')}: ` : '';
    return `${prefix}${problem}${d.fix ? ` Fix: ${d.fix}` : ''}`;
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
/** A readable one-line description of anything thrown. */
function describeError(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
//# sourceMappingURL=errors.js.map
;// CONCATENATED MODULE: ./packages/action-kit/lib/secrets.js
const SECRET_NAME = /TOKEN|SECRET|PASSW|CREDENTIAL|API_?KEY|PRIVATE|AUTH|COOKIE|SESSION|SIGNING|ANTHROPIC|OPENAI|GITHUB|^GH_|^ACTIONS_|^RUNNER_|^INPUT_|^AWS_|^AZURE_|^GOOGLE_|^GCP_|^NPM_|^NODE_AUTH|^PYPI|^TWINE|^CARGO_REGISTRY|^OTEL_EXPORTER_OTLP_(?:[A-Z]+_)?HEADERS$/i;
/**
 * True for an environment variable that may hold a secret or the runner's
 * state (tokens, keys, `INPUT_*`, `ACTIONS_*`, `RUNNER_*`): such a variable
 * never reaches a process the runner or a guard starts, unless that process
 * is given it by name.
 */
function isSecretName(name) {
    return SECRET_NAME.test(name);
}
/** `env` without the variables isSecretName names, but those in `keep`. */
function withoutSecrets(env, keep = []) {
    return Object.fromEntries(Object.entries(env).filter(([k]) => keep.includes(k) || !isSecretName(k)));
}
//# sourceMappingURL=secrets.js.map
;// CONCATENATED MODULE: ./packages/action-kit/lib/logger.js
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    error: () => undefined,
};
/** Logs to a stream (stderr for the CLI, so stdout stays clean for --json). */
function streamLogger(write, verbose = false) {
    return {
        debug: (m) => {
            if (verbose)
                write(`debug: ${m}`);
        },
        info: (m) => write(m),
        warning: (m) => write(`warning: ${m}`),
        error: (m) => write(`error: ${m}`),
    };
}
/** Keeps every line, for tests and for replaying into a summary. */
class MemoryLogger {
    lines = [];
    debug(message) {
        this.lines.push({ level: 'debug', message });
    }
    info(message) {
        this.lines.push({ level: 'info', message });
    }
    warning(message) {
        this.lines.push({ level: 'warning', message });
    }
    error(message) {
        this.lines.push({ level: 'error', message });
    }
}
//# sourceMappingURL=logger.js.map
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./packages/action-kit/lib/report.js


/** Guards named in contracts.md; the report's `guard` field. */
const GUARD_NAMES = ['manifest-scope', 'skip-set', 'spec-conformance', 'cost-ceiling', 'boundaries'];
const VerdictSchema = schemas/* enum */.k5n(['pass', 'fail', 'error']);
const SeveritySchema = schemas/* enum */.k5n(['error', 'warning', 'notice']);
const FindingSchema = schemas/* object */.Ikc({
    rule: schemas/* string */.YjP().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'rule ids are kebab-case'),
    severity: SeveritySchema,
    message: schemas/* string */.YjP(),
    path: schemas/* string */.YjP().optional(),
    line: schemas/* number */.aig().int().positive().optional(),
    test: schemas/* string */.YjP().optional(),
});
const GuardReportSchema = schemas/* object */.Ikc({
    guard: schemas/* string */.YjP(),
    verdict: VerdictSchema,
    findings: schemas/* array */.YOg(FindingSchema),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
});
/** Exit status shared by the CLI and the actions: 0 pass, 1 fail, 2 error. */
function exitCodeFor(verdict) {
    return verdict === 'pass' ? 0 : verdict === 'fail' ? 1 : 2;
}
/**
 * The verdict follows from the findings: any error-severity finding fails the
 * guard. A guard that could not decide builds its report with `errorReport`.
 */
function reportFromFindings(guard, findings, metrics = {}) {
    const verdict = findings.some((f) => f.severity === 'error') ? 'fail' : 'pass';
    return { guard, verdict, findings: sortFindings(findings), metrics };
}
/**
 * The one place an exception becomes a report: a guard that throws could not
 * decide, so its verdict is `error` (fail closed); a ConfigurationError is the
 * user's to fix and says how. `onInternal` sees any other error (its stack
 * goes to the debug log).
 */
async function guardRunOrError(guard, execute, onInternal) {
    try {
        return await execute();
    }
    catch (error) {
        const configuration = isConfigurationError(error);
        if (!configuration && error instanceof Error)
            onInternal?.(error);
        return { report: errorReport(guard, describeError(error), configuration ? 'configuration-error' : 'internal-error') };
    }
}
/** A report for a guard that could not see everything: it never passes. */
function errorReport(guard, message, rule = 'guard-error', path) {
    return {
        guard,
        verdict: 'error',
        findings: [{ rule, severity: 'error', message, ...(path ? { path } : {}) }],
        metrics: {},
    };
}
const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (a.path ?? '').localeCompare(b.path ?? '') ||
        (a.line ?? 0) - (b.line ?? 0));
}
/** `error` beats `fail` beats `pass`: a combined report is only as good as its worst part. */
function worstVerdict(verdicts) {
    if (verdicts.includes('error'))
        return 'error';
    if (verdicts.includes('fail'))
        return 'fail';
    return 'pass';
}
function combineReports(reports) {
    return { verdict: worstVerdict(reports.map((r) => r.verdict)), reports };
}
//# sourceMappingURL=report.js.map
;// CONCATENATED MODULE: ./packages/action-kit/lib/render.js
/** GitHub's per-step caps (docs: "Workflow commands", "Job summaries"). */
const LIMITS = {
    annotationsPerSeverity: 10,
    summaryBytes: 1024 * 1024,
    outputBytes: 1_000_000,
    commentChars: 65_536,
};
const VERDICT_ICON = { pass: '✅', fail: '❌', error: '⛔' };
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const TRUNCATION_MARKER = '\n\n_…truncated: the full report is in the JSON report file._\n';
/** Escapes text for a markdown table cell or line without letting it open HTML or break the table. */
function markdownText(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}
function formatMetric(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? String(value) : value.toFixed(4).replace(/0+$/, '');
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
function render_location(f) {
    if (!f.path)
        return '';
    return `\`${markdownText(f.path)}${f.line ? `:${f.line}` : ''}\``;
}
/** The job-summary section for one guard report: a pure function, tested on its text. */
function renderSummary(report, maxFindings = 200) {
    const counts = countBySeverity(report.findings);
    const lines = [
        `## ${VERDICT_ICON[report.verdict]} ${report.guard}: ${report.verdict}`,
        '',
        `${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s).`,
        '',
    ];
    const shown = report.findings.slice(0, maxFindings);
    if (shown.length > 0) {
        lines.push('| | rule | where | message |', '|---|---|---|---|');
        for (const f of shown) {
            const where = [render_location(f), f.test ? `\`${markdownText(f.test)}\`` : ''].filter(Boolean).join(' ');
            lines.push(`| ${SEVERITY_ICON[f.severity]} | \`${f.rule}\` | ${where} | ${markdownText(f.message)} |`);
        }
        if (report.findings.length > shown.length) {
            lines.push('', `_${report.findings.length - shown.length} more finding(s) are in the JSON report._`);
        }
        lines.push('');
    }
    const metrics = Object.entries(report.metrics).filter(([, v]) => typeof v !== 'object' || v === null);
    if (metrics.length > 0) {
        lines.push('<details><summary>Metrics</summary>', '', '| metric | value |', '|---|---|');
        for (const [k, v] of metrics)
            lines.push(`| ${markdownText(k)} | ${markdownText(formatMetric(v))} |`);
        lines.push('', '</details>', '');
    }
    return lines.join('\n');
}
/** Cuts text to a byte budget on a character boundary, adding a visible marker. */
function truncateUtf8(text, maxBytes, marker = TRUNCATION_MARKER) {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    const budget = maxBytes - Buffer.byteLength(marker, 'utf8');
    let cut = Buffer.from(text, 'utf8').subarray(0, Math.max(0, budget)).toString('utf8');
    // A cut inside a multi-byte character decodes to U+FFFD: drop it.
    if (cut.endsWith('\uFFFD'))
        cut = cut.slice(0, -1);
    return cut + marker;
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity] += 1;
    return counts;
}
/**
 * Picks the findings that become annotations: those with a path, at most
 * `annotationsPerSeverity` of each severity (GitHub drops the rest silently, so
 * we count them and say so).
 */
function planAnnotations(findings, cap = LIMITS.annotationsPerSeverity) {
    const used = { error: 0, warning: 0, notice: 0 };
    const omitted = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    for (const f of findings) {
        if (!f.path)
            continue;
        if (used[f.severity] < cap) {
            used[f.severity] += 1;
            annotations.push(f);
        }
        else {
            omitted[f.severity] += 1;
        }
    }
    return { annotations, omitted };
}
/** Plain-text rendering for the terminal. */
function renderText(report) {
    const lines = [`${report.guard}: ${report.verdict.toUpperCase()}`];
    for (const f of report.findings) {
        const where = f.path ? ` ${f.path}${f.line ? `:${f.line}` : ''}` : '';
        const test = f.test ? ` [${f.test}]` : '';
        lines.push(`  ${f.severity.padEnd(7)} ${f.rule}${where}${test}: ${f.message}`);
    }
    const metrics = Object.entries(report.metrics).filter(([, v]) => typeof v !== 'object' || v === null);
    if (metrics.length > 0)
        lines.push(`  metrics: ${metrics.map(([k, v]) => `${k}=${formatMetric(v)}`).join(', ')}`);
    return lines.join('\n');
}
//# sourceMappingURL=render.js.map
;// CONCATENATED MODULE: ./packages/action-kit/lib/inputs.js


/**
 * Reads every input an action declares into one typed object, once. Empty
 * strings count as "not given" so the zod schema's defaults apply: the schema is
 * the one place each default lives (action.yml repeats it for the docs, and a test
 * keeps them equal).
 */
function parseInputs(schema, getInput, source = 'action inputs') {
    const raw = {};
    for (const name of Object.keys(schema.shape)) {
        const value = getInput(name);
        raw[name] = value === '' ? undefined : value;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue.path.join('.');
        throw new ConfigurationError(`invalid value ${JSON.stringify(raw[field] ?? '')}: ${issue.message}.`, {
            file: source,
            field,
            fix: `set input '${field}' to a valid value (see the action's README).`,
        });
    }
    return parsed.data;
}
/** Boolean inputs accept only true/false, as in @actions/core's getBooleanInput. */
const booleanInput = schemas/* enum */.k5n(['true', 'false', 'True', 'False', 'TRUE', 'FALSE'])
    .transform((v) => v.toLowerCase() === 'true');
/** A non-negative integer given as a string. */
const integerInput = schemas/* string */.YjP()
    .regex(/^\d+$/, 'expected a whole number')
    .transform((v) => Number.parseInt(v, 10));
/** A newline- or comma-separated list; blank entries dropped. */
const listInput = schemas/* string */.YjP().transform((v) => v
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean));
//# sourceMappingURL=inputs.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/action-kit/lib/safe-print.js

/**
 * Untrusted text (PR bodies, file contents, model output, commit messages) must
 * not be able to issue workflow commands such as `::add-mask::` or
 * `::stop-commands::`. The runner only reads commands at the start of a line, so
 * `neutralizeWorkflowCommands` breaks every line that could start one;
 * `fenceUntrusted` brackets a block with a random stop-commands token instead.
 */
const COMMAND_AT_LINE_START = /^(\s*)::/gm;
function neutralizeWorkflowCommands(text) {
    // A zero-width space between the colons keeps the text readable but inert.
    return text.replace(COMMAND_AT_LINE_START, '$1:\u200b:');
}
function fenceUntrusted(text, token = randomBytes(16).toString('hex')) {
    // A token that appears in the text could end the fence early: pick a fresh one.
    while (text.includes(token))
        token = randomBytes(16).toString('hex');
    return `::stop-commands::${token}\n${text}\n::${token}::`;
}
//# sourceMappingURL=safe-print.js.map
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/telemetry/lib/semconv.js
var semconv = __webpack_require__(81372);
;// CONCATENATED MODULE: ./packages/telemetry/lib/trace-context.js

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ALL_ZERO = /^0+$/;
/**
 * Reads a W3C `traceparent` (https://www.w3.org/TR/trace-context/#traceparent-header).
 * Anything malformed is no parent at all: a bad value from a previous job
 * starts a new trace rather than failing a guard.
 */
function parseTraceparent(value) {
    const m = TRACEPARENT.exec(value?.trim().toLowerCase() ?? '');
    if (!m)
        return undefined;
    const [, version, traceId, spanId, flags, rest] = m;
    // Version ff is invalid; version 00 has nothing after the flags.
    if (version === 'ff' || (version === '00' && rest !== undefined))
        return undefined;
    if (ALL_ZERO.test(traceId) || ALL_ZERO.test(spanId))
        return undefined;
    return { traceId: traceId, spanId: spanId, sampled: (parseInt(flags, 16) & 1) === 1 };
}
function formatTraceparent(context) {
    return `00-${context.traceId}-${context.spanId}-${context.sampled ? '01' : '00'}`;
}
/**
 * The trace context a process was started in: the `TRACEPARENT` environment
 * variable, as the OpenTelemetry specification names it for environment
 * carriers (context/env-carriers.md). The agent pipeline sets it on the guard
 * jobs from the runner job's `traceparent` output.
 */
function traceparentFromEnv(env = process.env) {
    return parseTraceparent(env.TRACEPARENT);
}
function newTraceId() {
    return (0,external_node_crypto_.randomBytes)(16).toString('hex');
}
function newSpanId() {
    return (0,external_node_crypto_.randomBytes)(8).toString('hex');
}
//# sourceMappingURL=trace-context.js.map
// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./packages/telemetry/lib/otel-env.js
const DEFAULT_ENDPOINT = 'http://localhost:4318';
function value(env, name) {
    const v = env[name]?.trim();
    return v ? v : undefined;
}
/** Printable: no user:password, no query (some vendors put keys there). */
function displayUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return '(an invalid URL)';
    }
}
function signal(env, kind, path, problems) {
    const exporterVar = `OTEL_${kind}_EXPORTER`;
    const exporters = (value(env, exporterVar) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const specific = value(env, `OTEL_EXPORTER_OTLP_${kind}_ENDPOINT`);
    const generic = value(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
    const endpoint = specific ? displayUrl(specific) : `${displayUrl(generic ?? DEFAULT_ENDPOINT).replace(/\/+$/, '')}/${path}`;
    const rawProtocol = value(env, `OTEL_EXPORTER_OTLP_${kind}_PROTOCOL`) ?? value(env, 'OTEL_EXPORTER_OTLP_PROTOCOL') ?? 'http/protobuf';
    const off = { on: false, protocol: 'http/protobuf', endpoint };
    let asked;
    if (exporters.length > 0) {
        if (exporters.includes('none'))
            return off;
        const unsupported = exporters.filter((e) => e !== 'otlp');
        if (unsupported.length > 0)
            problems.push(`${exporterVar}=${unsupported.join(',')} is not supported here; only otlp is.`);
        asked = exporters.includes('otlp');
    }
    else {
        asked = specific !== undefined || generic !== undefined;
    }
    if (!asked)
        return off;
    if (rawProtocol !== 'http/protobuf' && rawProtocol !== 'http/json') {
        problems.push(`OTLP protocol '${rawProtocol}' is not supported here (${kind.toLowerCase()} stay off): use http/protobuf (port 4318) or http/json.`);
        return off;
    }
    return { on: true, protocol: rawProtocol, endpoint };
}
function telemetrySettings(env = process.env) {
    const problems = [];
    if (value(env, 'OTEL_SDK_DISABLED')?.toLowerCase() === 'true') {
        const off = { on: false, protocol: 'http/protobuf', endpoint: '' };
        return { traces: off, metrics: off, problems };
    }
    return { traces: signal(env, 'TRACES', 'v1/traces', problems), metrics: signal(env, 'METRICS', 'v1/metrics', problems), problems };
}
//# sourceMappingURL=otel-env.js.map
;// CONCATENATED MODULE: ./packages/telemetry/lib/telemetry.js





/** How long a flush may hold up a session or a guard: then it goes on without the collector. */
const FLUSH_LIMIT_MS = 5000;
const VERSION = '0.1.0';
/**
 * A span in progress. Whatever it becomes is one record, handed to the
 * recorders and, when a collector is configured, to the SDK with the same ids,
 * times and attributes.
 */
class LiveSpan {
    name;
    context;
    parentSpanId;
    kind;
    scope;
    recorders;
    clock;
    sdkSpan;
    attributes;
    startedAt;
    startedHr = external_node_perf_hooks_.performance.now();
    record;
    constructor(name, context, parentSpanId, kind, attributes, scope, recorders, clock, sdkSpan, startedAt) {
        this.name = name;
        this.context = context;
        this.parentSpanId = parentSpanId;
        this.kind = kind;
        this.scope = scope;
        this.recorders = recorders;
        this.clock = clock;
        this.sdkSpan = sdkSpan;
        this.attributes = { ...attributes };
        this.startedAt = startedAt;
    }
    get ended() {
        return this.record !== undefined;
    }
    setAttributes(attributes) {
        Object.assign(this.attributes, attributes);
        this.sdkSpan?.setAttributes(attributes);
    }
    /** Ends the span once; a second end returns the first record. */
    end(options = {}) {
        if (this.record)
            return this.record;
        const status = options.status ?? 'ok';
        const more = { ...options.attributes, ...(options.errorType ? { [semconv/* ATTR_ERROR_TYPE */.oJ]: options.errorType } : {}) };
        if (options.attributes)
            this.sdkSpan?.setAttributes(options.attributes);
        Object.assign(this.attributes, more);
        const endedAt = Math.max(this.clock(), this.startedAt);
        this.sdkSpan?.end(status, endedAt, options.errorType);
        this.record = {
            trace_id: this.context.traceId,
            span_id: this.context.spanId,
            parent_span_id: this.parentSpanId,
            name: this.name,
            kind: this.kind,
            start: new Date(this.startedAt).toISOString(),
            end: new Date(endedAt).toISOString(),
            status,
            attributes: this.attributes,
            duration_ms: Math.round((external_node_perf_hooks_.performance.now() - this.startedHr) * 1000) / 1000,
        };
        for (const recorder of this.recorders)
            recorder(this.record);
        return this.record;
    }
}
const NO_COUNTER = { add() { } };
const NO_HISTOGRAM = { record() { } };
/**
 * The runner's and the guards' telemetry: spans always (the recorders get
 * them, trace.jsonl among them), and OTLP traces and metrics when the OTEL_*
 * variables name a collector. Without one nothing of the SDK is loaded, no
 * instrument records, and flush is free.
 */
class Telemetry {
    backend;
    settings;
    ambient = new external_node_async_hooks_.AsyncLocalStorage();
    constructor(backend, settings) {
        this.backend = backend;
        this.settings = settings;
    }
    /** Whether anything leaves the process. */
    get exporting() {
        return this.backend !== undefined && (this.backend.tracing || this.backend.metering);
    }
    startSpan(name, options = {}) {
        const parent = options.parent === undefined ? this.currentSpan() : options.parent;
        const local = parent instanceof LiveSpan ? parent : undefined;
        const parentContext = local ? local.context : (parent ?? undefined);
        const kind = options.kind ?? 'internal';
        const attributes = options.attributes ?? {};
        const scope = options.scope ?? local?.scope ?? '@agent-guards/telemetry';
        const clock = options.clock ?? local?.clock ?? Date.now;
        const recorders = [...(local?.recorders ?? []), ...(options.recorders ?? [])];
        // One reading of the clock for both: the file and the collector get the same start.
        const startedAt = clock();
        const sdkSpan = this.backend?.startSpan(scope, name, kind, attributes, startedAt, parentContext);
        const context = sdkSpan?.context ?? { traceId: parentContext?.traceId ?? newTraceId(), spanId: newSpanId(), sampled: parentContext?.sampled ?? true };
        return new LiveSpan(name, context, parentContext?.spanId ?? null, kind, attributes, scope, recorders, clock, sdkSpan, startedAt);
    }
    /** Runs `work` with `span` as the parent of spans started without one (in-process guards under Review). */
    withSpan(span, work) {
        return this.ambient.run(span, work);
    }
    currentSpan() {
        return this.ambient.getStore();
    }
    counter(name, options = {}) {
        const record = this.backend?.counter(name, options);
        return record ? { add: (v, a = {}) => record(v, a) } : NO_COUNTER;
    }
    histogram(name, options = {}) {
        const record = this.backend?.histogram(name, options);
        return record ? { record: (v, a = {}) => record(v, a) } : NO_HISTOGRAM;
    }
    gauge(name, options = {}) {
        const record = this.backend?.gauge(name, options);
        return record ? { record: (v, a = {}) => record(v, a) } : NO_HISTOGRAM;
    }
    /**
     * Sends what is pending, waiting at most FLUSH_LIMIT_MS. Never throws: what
     * could not be sent comes back as warnings (also the ones about settings
     * that left a signal off), for the log and the step summary.
     */
    async flush(limitMs = FLUSH_LIMIT_MS) {
        const problems = this.settings.problems.splice(0).map((p) => `telemetry: ${p}`);
        if (!this.backend)
            return problems;
        try {
            await this.backend.flush(limitMs);
        }
        catch (error) {
            problems.push(`telemetry: flush failed: ${error.message}`);
        }
        return [...problems, ...this.backend.takeFailures().map((f) => `telemetry: ${f}`)];
    }
}
/**
 * Telemetry as the process environment configures it (the exporters read
 * the OTLP endpoint, headers, timeout and compression from it too). The SDK
 * module is imported only when a signal is on; if it cannot start, the run
 * goes on with spans for the recorders only and a warning.
 */
async function openTelemetry(options = {}) {
    const env = process.env;
    const settings = telemetrySettings(env);
    if (!settings.traces.on && !settings.metrics.on)
        return new Telemetry(undefined, settings);
    try {
        const { createSdkBackend } = await Promise.all(/* import() */[__webpack_require__.e(307), __webpack_require__.e(549)]).then(__webpack_require__.bind(__webpack_require__, 9549));
        const backend = await createSdkBackend(settings, { env, serviceName: options.serviceName ?? 'agent-guards', serviceVersion: VERSION });
        return new Telemetry(backend, settings);
    }
    catch (error) {
        settings.problems.push(`the OpenTelemetry SDK could not start (${error.message}); nothing is exported.`);
        return new Telemetry(undefined, settings);
    }
}
let shared;
/**
 * The process's telemetry, opened on first use: the runner, Review's
 * in-process guards and the guard actions share one SDK and one exporter.
 */
function sharedTelemetry() {
    shared ??= openTelemetry();
    return shared;
}
/** Forgets the shared telemetry (after flushing it), so the next use reads the environment again: for tests. */
async function resetSharedTelemetry() {
    const current = shared;
    shared = undefined;
    if (current)
        await (await current).flush();
}
//# sourceMappingURL=telemetry.js.map
;// CONCATENATED MODULE: ./packages/telemetry/lib/guard-span.js




const MAX_METRIC_ATTRIBUTES = 32;
/** The report's top-level numbers, strings and booleans as span attributes (nested tables stay in the report). */
function metricAttributes(metrics) {
    const out = {};
    for (const [key, value] of Object.entries(metrics)) {
        if (Object.keys(out).length >= MAX_METRIC_ATTRIBUTES)
            break;
        if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
            out[`${semconv/* NAMESPACE */.CU}.metric.${key.replace(/-/g, '_')}`] = value;
    }
    return out;
}
/**
 * One span per guard run, `guard {name}`, with its verdict, its findings'
 * rules and its metrics; and the guard metrics (runs by verdict — a `fail` is
 * a policy violation —, duration, findings by rule). Its parent is the span
 * that is current in this process (Review's checks in the runner), else the
 * TRACEPARENT the pipeline passed from the runner job, so a PR's whole path is
 * one trace. Outside the runner it sends what it recorded before returning.
 */
async function traceGuardRun(guard, run, options = {}) {
    const telemetry = await sharedTelemetry();
    const inProcess = telemetry.currentSpan();
    const span = telemetry.startSpan(`guard ${guard}`, {
        parent: inProcess ?? traceparentFromEnv() ?? null,
        scope: '@agent-guards/guards',
        attributes: { [`${semconv/* NAMESPACE */.CU}.guard`]: guard },
    });
    const started = external_node_perf_hooks_.performance.now();
    let result;
    try {
        result = await run();
    }
    catch (error) {
        span.end({ status: 'error', errorType: error instanceof Error ? error.name : 'Error' });
        throw error;
    }
    try {
        record(telemetry, guard, span, result, external_node_perf_hooks_.performance.now() - started);
        // In the runner, the session flushes at its end; a guard on its own sends before its process ends.
        if (!inProcess) {
            const warnings = await telemetry.flush();
            if (warnings.length)
                options.onWarnings?.(warnings);
        }
    }
    catch (error) {
        // Telemetry never changes a verdict.
        options.onWarnings?.([`telemetry: ${error.message}`]);
    }
    return result;
}
function record(telemetry, guard, span, result, ms) {
    const { verdict, findings, metrics } = result.report;
    const rules = [...new Set(findings.filter((f) => f.severity !== 'notice').map((f) => f.rule))].sort();
    span.end({
        attributes: {
            [`${semconv/* NAMESPACE */.CU}.verdict`]: verdict,
            [`${semconv/* NAMESPACE */.CU}.findings`]: findings.length,
            [`${semconv/* NAMESPACE */.CU}.findings.errors`]: findings.filter((f) => f.severity === 'error').length,
            ...(rules.length ? { [`${semconv/* NAMESPACE */.CU}.rules`]: rules } : {}),
            ...metricAttributes(metrics),
        },
        ...(verdict === 'pass' ? {} : { status: 'error', errorType: verdict }),
    });
    const base = { [`${semconv/* NAMESPACE */.CU}.guard`]: guard, [`${semconv/* NAMESPACE */.CU}.verdict`]: verdict };
    telemetry.counter(`${semconv/* NAMESPACE */.CU}.guard.runs`, { unit: '{run}', description: 'Guard runs by verdict; verdict fail is a policy violation, error a run that could not decide.' }).add(1, base);
    telemetry
        .histogram(`${semconv/* NAMESPACE */.CU}.guard.duration`, { unit: 's', description: 'Wall time of one guard run.' })
        .record(ms / 1000, verdict === 'pass' ? base : { ...base, [semconv/* ATTR_ERROR_TYPE */.oJ]: verdict });
    const byRule = telemetry.counter(`${semconv/* NAMESPACE */.CU}.guard.findings`, { unit: '{finding}', description: 'Findings of guard runs by rule and severity.' });
    for (const f of findings)
        byRule.add(1, { [`${semconv/* NAMESPACE */.CU}.guard`]: guard, [`${semconv/* NAMESPACE */.CU}.rule`]: f.rule, [`${semconv/* NAMESPACE */.CU}.severity`]: f.severity });
}
//# sourceMappingURL=guard-span.js.map
;// CONCATENATED MODULE: ./packages/telemetry/lib/index.js






//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./packages/action-kit/lib/action-runtime.js









/** A Logger over @actions/core whose lines cannot issue workflow commands. */
function coreLogger(core) {
    return {
        debug: (m) => core.debug(neutralizeWorkflowCommands(m)),
        info: (m) => core.info(neutralizeWorkflowCommands(m)),
        // Plain log lines, not annotations: annotations are reserved for findings.
        warning: (m) => core.info(`warning: ${neutralizeWorkflowCommands(m)}`),
        error: (m) => core.info(`error: ${neutralizeWorkflowCommands(m)}`),
    };
}
/**
 * Runs one guard as an action step: inputs parsed once, the guard executed, and
 * its report turned into outputs, annotations, a job summary (always, even after
 * an error) and a JSON file. It does not call setFailed: main.ts does, from the outcome.
 */
async function runGuardAction(options) {
    const { core, guard } = options;
    const env = options.env ?? process.env;
    const logger = coreLogger(core);
    // One span per guard run when OTEL_* names a collector (the pipeline passes TRACEPARENT from the runner job).
    const telemetryWarnings = [];
    const run = await traceGuardRun(guard, () => guardRunOrError(guard, async () => options.execute(parseInputs(options.inputs, (name) => core.getInput(name)), logger), (error) => core.debug(error.stack ?? error.message)), { onWarnings: (warnings) => telemetryWarnings.push(...warnings) });
    for (const w of telemetryWarnings)
        logger.warning(w);
    const { report } = run;
    // Outside a runner (no RUNNER_TEMP) the report goes to the system's temp folder, never into the checkout.
    const reportDir = options.reportDir ?? (0,external_node_path_.join)(env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'agent-guards');
    (0,external_node_fs_.mkdirSync)(reportDir, { recursive: true });
    const reportPath = (0,external_node_path_.join)(reportDir, `${guard}-report.json`);
    (0,external_node_fs_.writeFileSync)(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    core.setOutput('verdict', report.verdict);
    core.setOutput('report-path', reportPath);
    for (const [name, value] of Object.entries(run.outputs ?? {}))
        core.setOutput(name, String(value));
    emitAnnotations(core, report);
    try {
        const markdown = renderSummary(report) + (run.summary ? `\n${run.summary}\n` : '') + telemetrySummary(telemetryWarnings);
        core.summary.addRaw(truncateUtf8(markdown, LIMITS.summaryBytes - 1024), true);
        await core.summary.write();
    }
    catch (error) {
        // No GITHUB_STEP_SUMMARY (a local run): the report file and log still stand.
        core.debug(`job summary not written: ${describeError(error)}`);
    }
    const exitCode = exitCodeFor(report.verdict);
    const failure = report.verdict === 'pass'
        ? undefined
        : report.verdict === 'fail'
            ? `${guard} failed: ${report.findings.filter((f) => f.severity === 'error').length} violation(s); see the job summary.`
            : `${guard} could not decide (verdict error): ${report.findings[0]?.message ?? 'unknown error'}`;
    return { report, reportPath, exitCode, ...(failure ? { failure } : {}) };
}
/** What the telemetry could not send, under the report: the verdict stands, the trace may be incomplete. */
function telemetrySummary(warnings) {
    if (warnings.length === 0)
        return '';
    return `\n> [!WARNING]\n> OpenTelemetry: ${warnings.length} problem(s); the verdict is unaffected.\n${warnings.map((w) => `> - ${markdownText(w)}`).join('\n')}\n`;
}
function emitAnnotations(core, report) {
    const plan = planAnnotations(report.findings);
    for (const f of plan.annotations) {
        const props = { title: `${report.guard}: ${f.rule}`, file: f.path };
        if (f.line)
            props.startLine = f.line;
        const message = f.test ? `${f.message} (${f.test})` : f.message;
        if (f.severity === 'error')
            core.error(message, props);
        else if (f.severity === 'warning')
            core.warning(message, props);
        else
            core.notice(message, props);
    }
    const omitted = Object.entries(plan.omitted).filter(([, n]) => n > 0);
    if (omitted.length > 0) {
        const text = omitted.map(([sev, n]) => `${n} ${sev}(s)`).join(', ');
        core.info(`${text} more finding(s) with a file were not annotated (GitHub shows at most ${LIMITS.annotationsPerSeverity} per severity per step); all are in the job summary and the report file.`);
    }
    // Findings without a path still deserve a visible line in the log.
    for (const f of report.findings.filter((x) => !x.path)) {
        core.info(`${f.severity}: ${f.rule}: ${neutralizeWorkflowCommands(f.message)}`);
    }
}
//# sourceMappingURL=action-runtime.js.map
;// CONCATENATED MODULE: ./packages/action-kit/lib/event.js


/** Reads the pull request from $GITHUB_EVENT_PATH; undefined for other events. */
function readPullRequestEvent(env = process.env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new ConfigurationError(`cannot read the event payload: ${error.message}.`, {
            file: path,
            fix: 'run the action in a GitHub Actions job, or pass the base and head inputs explicitly.',
        });
    }
    const pr = payload.pull_request;
    if (!pr)
        return undefined;
    return {
        action: typeof payload.action === 'string' ? payload.action : '',
        number: Number(pr.number),
        baseSha: String(pr.base?.sha ?? ''),
        headSha: String(pr.head?.sha ?? ''),
        baseRef: String(pr.base?.ref ?? ''),
        headRef: String(pr.head?.ref ?? ''),
        body: typeof pr.body === 'string' ? pr.body : '',
        title: String(pr.title ?? ''),
        author: String(pr.user?.login ?? ''),
        ...(typeof pr.commits === 'number' ? { commits: pr.commits } : {}),
        repository: String(payload.repository?.full_name ?? env.GITHUB_REPOSITORY ?? ''),
        merged: pr.merged === true,
        ...(pr.closed_at ? { closedAt: pr.closed_at } : {}),
        labels: (pr.labels ?? []).map((l) => l.name ?? '').filter(Boolean),
    };
}
/** Base and head for a guard: explicit inputs win, else the pull_request event. */
function resolveRevisions(inputs, event) {
    const base = inputs.base ?? event?.baseSha;
    const head = inputs.head ?? event?.headSha;
    if (!base || !head) {
        throw new ConfigurationError('no base/head commits to compare.', {
            field: !base ? 'base' : 'head',
            fix: "run on a 'pull_request' event, or set the 'base' and 'head' inputs to commit SHAs.",
        });
    }
    return { base, head, ...(event ? { event } : {}) };
}
//# sourceMappingURL=event.js.map
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/action-kit/lib/action-metadata.js

function parseActionMetadata(text) {
    const doc = parse(text);
    return {
        name: doc?.name ?? '',
        description: doc?.description ?? '',
        inputs: doc?.inputs ?? {},
        outputs: doc?.outputs ?? {},
        runs: doc?.runs ?? { using: '' },
        ...(doc?.branding ? { branding: doc.branding } : {}),
    };
}
const START = '<!-- action-docs:start -->';
const END = '<!-- action-docs:end -->';
function cell(text) {
    return (text ?? '').trim().replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** The inputs/outputs tables, generated from action.yml so the README never drifts. */
function renderActionTables(meta) {
    const lines = ['### Inputs', ''];
    const inputs = Object.entries(meta.inputs);
    if (inputs.length === 0)
        lines.push('None.');
    else {
        lines.push('| input | required | default | description |', '|---|---|---|---|');
        for (const [name, i] of inputs) {
            const def = i.default === undefined || i.default === '' ? '' : `\`${cell(String(i.default))}\``;
            lines.push(`| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${def} | ${cell(i.description)} |`);
        }
    }
    lines.push('', '### Outputs', '');
    const outputs = Object.entries(meta.outputs);
    if (outputs.length === 0)
        lines.push('None.');
    else {
        lines.push('| output | description |', '|---|---|');
        for (const [name, o] of outputs)
            lines.push(`| \`${name}\` | ${cell(o.description)} |`);
    }
    return lines.join('\n');
}
/** Replaces the generated block between the markers; throws if the markers are missing. */
function updateReadme(readme, meta) {
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    if (start < 0 || end < start)
        throw new Error(`README lacks the ${START} … ${END} markers`);
    return `${readme.slice(0, start + START.length)}\n${renderActionTables(meta)}\n${readme.slice(end)}`;
}
//# sourceMappingURL=action-metadata.js.map
;// CONCATENATED MODULE: ./packages/action-kit/lib/index.js










//# sourceMappingURL=index.js.map

/***/ }),

/***/ 46888:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lo: () => (/* reexport */ DEFAULT_POLICY_PATH),
  P9: () => (/* reexport */ defaultPatterns),
  Pt: () => (/* reexport */ guardContext),
  P4: () => (/* reexport */ isConftest),
  VP: () => (/* reexport */ languagesFor),
  $T: () => (/* reexport */ loadTicket),
  O4: () => (/* reexport */ notApplicableRun),
  W2: () => (/* reexport */ resolveTicketPath),
  gE: () => (/* reexport */ testLanguageOf)
});

// UNUSED EXPORTS: ALL_LANGUAGES, APPLIES_TO, AgentsPolicySchema, BUILT_IN_FORBIDDEN, BoundariesPolicySchema, BoundaryEdgeSchema, COMMIT_TYPES, CONFIG_SCHEMAS, CommitsPolicySchema, ConfigFileError, ContextPacketSchema, CostPolicySchema, DEFAULT_APPLIES_TO, DEFAULT_JS_EXCLUDE, DEFAULT_JS_INCLUDE, DEFAULT_MANIFEST, DEFAULT_MANIFEST_PATH, DEFAULT_REGISTRIES, DependencyAllowlistSchema, EXCLUDED_TOOLS, GuardsPolicySchema, IncidentPolicySchema, KNOWN_AGENT_LOGINS, KNOWN_TOOLS, MODES, ModelPriceSchema, ModelsByModeSchema, NARROWABLE_FORBIDDEN_CATEGORIES, NOT_AN_AGENT_PR, PolicySchema, RunnerPolicySchema, SANDBOX_MODES, SandboxPolicySchema, SandboxRegistriesSchema, SpecPolicySchema, TEST_FRAMEWORKS, TestsPolicySchema, TicketSchema, ToolManifestSchema, closestName, configProblems, defaultPolicy, describeSource, editDistance, exclusionReason, fieldPath, forbiddenCategoryOf, guardApplicability, isAgentLogin, isTestPath, knownKeys, loadManifest, loadPolicy, manifestViolations, nameWords, parseConfig, resolveManifest, shortCommit, toJsonSchemaText, trustedFilePaths, wordIn

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(33581);
;// CONCATENATED MODULE: ./packages/config/lib/forbidden-categories.js
/**
 * The built-in forbidden categories (spec §4 NOT-authorized scope, contracts.md),
 * built from the file names the ecosystems and tools themselves use. Globs are
 * matched case-insensitively and include dotfiles; `words` are matched as whole
 * words of a path's folder and file names (see forbidden.ts). The README of
 * actions/manifest-scope lists them (generated: `npm run docs`).
 */
const forbidden_categories_BUILT_IN_FORBIDDEN = [
    {
        id: 'ci-definitions',
        reason: 'CI definitions and the automation that builds, checks or merges code are platform-team-only (spec §4)',
        patterns: [
            // GitHub, Gitea, Forgejo
            '.github/workflows/**',
            '.github/actions/**',
            '.github/workflow-templates/**',
            '.github/dependabot.{yml,yaml}',
            '.github/settings.{yml,yaml}',
            '.gitea/workflows/**',
            '.gitea/actions/**',
            '.forgejo/workflows/**',
            '.forgejo/actions/**',
            // GitLab (the CI file, its includes, the agent configuration)
            '**/.gitlab-ci.{yml,yaml}',
            '**/*.gitlab-ci.{yml,yaml}',
            '.gitlab/ci/**',
            '.gitlab/agents/**',
            // Jenkins
            '**/Jenkinsfile',
            '**/Jenkinsfile.*',
            '**/Jenkinsfile-*',
            '**/Jenkinsfile_*',
            '**/*.Jenkinsfile',
            '.jenkins/**',
            'jenkins/**',
            // Azure Pipelines
            '**/azure-pipelines*.{yml,yaml}',
            '.azure-pipelines/**',
            '.azuredevops/**',
            '.pipelines/**',
            // hosted CI services
            '.circleci/**',
            '.travis.{yml,yaml}',
            '.travis/**',
            'bitbucket-pipelines.{yml,yaml}',
            '.drone.{yml,yaml,jsonnet,star}',
            '.woodpecker.{yml,yaml}',
            '.woodpecker/**',
            '**/cloudbuild*.{yml,yaml,json}',
            '{.,}appveyor.{yml,yaml}',
            '.buildkite/**',
            '{.,}buildkite.{yml,yaml,json}',
            '.teamcity/**',
            'bamboo-specs/**',
            '**/buildspec*.{yml,yaml}',
            '.codecatalyst/**',
            '.semaphore/**',
            '{.,}codefresh.{yml,yaml}',
            '.codefresh/**',
            '.tekton/**',
            '.harness/**',
            '.cirrus.{yml,yaml,star}',
            '.build.{yml,yaml}',
            '.builds/**',
            '.concourse/**',
            'concourse/**',
            '{.,}wercker.{yml,yaml}',
            'shippable.{yml,yaml}',
            'codeship-{services,steps}.{yml,yaml}',
            'bitrise.{yml,yaml}',
            'codemagic.{yml,yaml}',
            'screwdriver.{yml,yaml}',
            '**/*.gocd.{yml,yaml,json}',
            '**/*.gopipeline.json',
            '{.,}zuul.{yml,yaml}',
            '{.,}zuul.d/**',
            '.prow.{yml,yaml}',
            '.prow/**',
            '.vela.{yml,yaml}',
            '{.,}buddy.{yml,yaml}',
            '.buddy/**',
            'ci_scripts/**',
            'atlantis.{yml,yaml}',
            // a repository's own CI scripts
            'ci/**',
            '.ci/**',
            // bots that update dependencies or merge pull requests
            '{.,}renovate.json{,5}',
            '.renovaterc{,.json,.json5}',
            '.{github,gitlab}/renovate.json{,5}',
            '{.,}mergify.{yml,yaml}',
            '.mergify/**',
            '.github/mergify.{yml,yaml}',
            '{.github/,}.kodiak.toml',
            '{.github/,}bors.toml',
            // hooks that run on every developer's machine
            '.pre-commit-config.{yml,yaml}',
            '.husky/**',
            '{.,}lefthook{,-local}.{yml,yaml,json,toml}',
            '.lefthook/**',
            '.githooks/**',
            '.overcommit.yml',
        ],
        narrowable: true,
    },
    {
        id: 'codeowners',
        reason: 'code ownership decides who reviews the agent',
        patterns: ['**/CODEOWNERS', '**/OWNERS', '**/OWNERS_ALIASES'],
        narrowable: true,
    },
    {
        id: 'agent-instructions',
        reason: "agent instruction files steer the agent; changing them is the platform team's call",
        patterns: [
            // Claude Code, and the MCP servers any agent loads from the repository
            '**/CLAUDE.md',
            '**/CLAUDE.local.md',
            '**/.claude/**',
            '**/.mcp.json',
            '.vscode/mcp.json',
            // AGENTS.md (Codex, Amp, Jules, Copilot, Cursor…)
            '**/AGENTS.md',
            '**/AGENTS.override.md',
            '**/AGENT.md',
            '**/.agents/**',
            '**/.codex/**',
            // Gemini CLI and Code Assist
            '**/GEMINI.md',
            '**/.gemini/**',
            '**/.geminiignore',
            // GitHub Copilot
            '.github/copilot-instructions.md',
            '.github/copilot/**',
            '.github/instructions/**',
            '.github/prompts/**',
            '.github/chatmodes/**',
            '.github/agents/**',
            '**/*.instructions.md',
            '**/*.prompt.md',
            '**/*.chatmode.md',
            '**/*.agent.md',
            // Cursor, Windsurf, Cline, Roo, Kilo, Continue, Aider
            '**/.cursorrules',
            '**/.cursor/**',
            '**/.cursorignore',
            '**/.cursorindexingignore',
            '**/.windsurfrules',
            '**/.windsurf/**',
            '**/.codeiumignore',
            '**/.clinerules',
            '**/.clinerules/**',
            '**/.clineignore',
            '**/.roorules',
            '**/.roorules-*',
            '**/.roo/**',
            '**/.roomodes',
            '**/.rooignore',
            '**/.kilocode/**',
            '**/.kilocodemodes',
            '**/.continue/**',
            '**/.continuerules',
            '**/.continueignore',
            '**/.aider*',
            '**/CONVENTIONS.md',
            // Amazon Q, Kiro, JetBrains Junie and AI Assistant, Zed, Trae, Augment, OpenHands, Goose,
            // Tabnine, Qodo, Firebase Studio, opencode, Crush, Warp, Qwen Code, Devin, Sourcegraph Cody
            '**/.amazonq/**',
            '**/.kiro/**',
            '**/.junie/**',
            '**/.aiassistant/**',
            '**/.aiignore',
            '**/.rules',
            '**/.trae/**',
            '**/.augment/**',
            '**/.augment-guidelines',
            '**/.openhands/**',
            '**/.openhands_instructions',
            '**/.goosehints',
            '**/.tabnine/**',
            '**/.qodo/**',
            '**/.idx/airules.md',
            '**/airules.md',
            '**/opencode.{json,jsonc}',
            '**/.opencode/**',
            '**/CRUSH.md',
            '**/{.,}crush.json',
            '**/WARP.md',
            '**/QWEN.md',
            '**/.qwen/**',
            '**/.devin/**',
            '**/.sourcegraph/**',
            '**/.cody/**',
            // the review bots that read the agent's pull requests
            '**/.coderabbit.{yml,yaml}',
            '**/.pr_agent.toml',
        ],
        narrowable: true,
    },
    {
        id: 'agent-configuration',
        reason: 'the guard policy, tool manifest and ticket files are trusted inputs read at the base commit',
        patterns: ['.github/agent-guards.{yml,yaml}', '.github/agent-manifest.{yml,yaml}', '.agent/**'],
        narrowable: false,
    },
    {
        id: 'git-metadata',
        reason: 'git metadata decides which repositories a checkout fetches and how a diff shows to reviewers',
        patterns: ['**/.gitmodules', '**/.gitattributes', '.lfsconfig'],
        narrowable: true,
    },
    {
        id: 'vendored-code',
        reason: 'vendored third-party code and package-manager runtimes are installed as they are, without review against their source',
        patterns: [
            '**/node_modules/**',
            '**/vendor/**',
            '**/third_party/**',
            '**/third-party/**',
            '**/site-packages/**',
            '**/.yarn/{cache,unplugged,releases,plugins,sdks}/**',
            '**/.pnp.{cjs,js,loader.mjs}',
        ],
        narrowable: true,
    },
    {
        id: 'schemas',
        reason: 'schemas are out of scope for the agent (spec §4)',
        patterns: [
            '**/schema/**',
            '**/schemas/**',
            '**/dbschema/**',
            // db/schema.rb (Rails), schema.prisma, schema.graphql, src/db/schema.ts (Drizzle), src/schema.rs (Diesel), schema.sql (Spring, dbmate)…
            '**/schema.*',
            '**/schemas.*',
            '**/*.schema.*',
            '**/*.schema',
            '**/structure.sql',
            '**/*_structure.sql',
            '**/*.{xsd,dtd,rng,rnc,avsc,prisma,graphqls,esdl,gel,fbs,capnp,cds,edmx,dbml}',
            '**/*.jtd.json',
        ],
        testsExempt: true,
        narrowable: true,
    },
    {
        id: 'migrations',
        reason: 'database migrations are out of scope for the agent (spec §4)',
        patterns: [
            // Django, Alembic (Flask-Migrate), Knex, Sequelize, TypeORM, Prisma, Laravel, Doctrine, Ecto, Diesel, sqlx, EF Core, golang-migrate
            '**/migrations/**',
            '**/migration/**',
            // Rails, Sequel, Hanami
            '**/migrate/**',
            '**/alembic/**',
            '**/alembic.ini',
            // Flyway (db/migration, V1__x.sql), Liquibase (db/changelog), Play evolutions, Drizzle, sqitch, Atlas, Diesel
            '**/flyway/**',
            '**/flyway.{conf,toml}',
            '**/V[0-9]*__*.sql',
            '**/U[0-9]*__*.sql',
            '**/R__*.sql',
            '**/liquibase/**',
            '**/liquibase.properties',
            '**/db/changelog/**',
            '**/db.changelog*',
            '**/evolutions/**',
            '**/drizzle/**',
            '**/drizzle.config.*',
            '**/sqitch.{plan,conf}',
            '**/atlas.hcl',
            '**/diesel.toml',
            // goose, golang-migrate, dbmate
            '**/*.{up,down}.sql',
            '**/*.migration.*',
        ],
        testsExempt: true,
        narrowable: true,
    },
    {
        id: 'public-api-contracts',
        reason: 'public API contracts are out of scope for the agent (spec §4)',
        patterns: [
            '**/openapi*.{yml,yaml,json}',
            '**/*.openapi.{yml,yaml,json}',
            '**/openapi/**',
            '**/swagger*.{yml,yaml,json}',
            '**/swagger/**',
            '**/asyncapi*.{yml,yaml,json}',
            '**/asyncapi/**',
            '**/*.{proto,thrift,avdl,avpr,raml,apib,wsdl,smithy,tsp}',
            '**/buf.yaml',
            '**/api-contracts/**',
            '**/contracts/**',
            '**/pacts/**',
            '**/pact/**',
            '**/api-specs/**',
        ],
        testsExempt: true,
        narrowable: true,
    },
    {
        id: 'auth',
        reason: 'authentication and authorization code is out of scope for the agent (spec §4)',
        // Spring Security's package and configuration classes.
        patterns: ['**/security/**', '**/*Security{Config,Configuration}.{java,kt}'],
        words: [
            'auth',
            'authn',
            'authz',
            'oauth',
            'reauth',
            'authenticate',
            'authenticated',
            'authentication',
            'authenticator',
            'authorise',
            'authorised',
            'authoriser',
            'authorisation',
            'authorize',
            'authorized',
            'authorizer',
            'authorization',
            'login',
            'logout',
            'signin',
            'signout',
            'sso',
            'saml',
            'oidc',
            'openid',
            'jwt',
            'jwks',
            'mfa',
            'totp',
            'passwd',
            'htpasswd',
            'password',
            'passwords',
            'credential',
            'credentials',
            'rbac',
            'acl',
            'acls',
            'permission',
            'permissions',
            // the libraries whose configuration is the app's authentication
            'devise',
            'omniauth',
            'passport',
            'keycloak',
            'cognito',
            'pundit',
            'casbin',
        ],
        testsExempt: true,
        narrowable: true,
    },
    {
        id: 'billing',
        reason: 'billing code is out of scope for the agent (spec §4)',
        patterns: [],
        words: ['billing', 'invoice', 'invoices', 'invoicing', 'dunning', 'chargebee', 'recurly', 'zuora'],
        testsExempt: true,
        narrowable: true,
    },
    {
        id: 'payments',
        reason: 'payment code is out of scope for the agent (spec §4)',
        patterns: ['**/checkout/**', '**/pay/**'],
        words: [
            'payment',
            'payments',
            'payout',
            'payouts',
            'refund',
            'refunds',
            'chargeback',
            'chargebacks',
            'pci',
            'stripe',
            'braintree',
            'adyen',
            'paypal',
            'klarna',
            'razorpay',
            'mollie',
            'worldpay',
        ],
        testsExempt: true,
        narrowable: true,
    },
];
//# sourceMappingURL=forbidden-categories.js.map
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/config/lib/test-files.js


const ALL_LANGUAGES = ['python', 'javascript', 'go', 'jvm', 'ruby', 'rust'];
const JS_EXT = '{js,jsx,ts,tsx,mjs,cjs,mts,cts}';
const DEFAULT_JS_INCLUDE = [`**/*.{test,spec}.${JS_EXT}`, `**/__tests__/**/*.${JS_EXT}`, 'test/**/*.{js,cjs,mjs}'];
const DEFAULT_JS_EXCLUDE = ['**/node_modules/**', '**/dist/**', '**/.git/**'];
function defaultPatterns(languages = ALL_LANGUAGES) {
    return {
        languages: new Set(languages),
        pythonFiles: ['test_*.py', '*_test.py'],
        pythonTestpaths: [],
        pythonFunctionPrefixes: ['test'],
        pythonClassPrefixes: ['Test'],
        jsInclude: DEFAULT_JS_INCLUDE,
        jsExcludeGlobs: DEFAULT_JS_EXCLUDE,
        jsIgnoreRegexps: [],
    };
}
/** The languages a policy's `tests.frameworks` list selects. */
function languagesFor(frameworks) {
    if (frameworks.includes('auto'))
        return [...ALL_LANGUAGES];
    const map = {
        pytest: 'python',
        unittest: 'python',
        vitest: 'javascript',
        jest: 'javascript',
        mocha: 'javascript',
        go: 'go',
        junit: 'jvm',
        rspec: 'ruby',
        cargo: 'rust',
    };
    return [...new Set(frameworks.map((f) => map[f]).filter((l) => l !== undefined))];
}
/** Directories no framework collects from (pytest's norecursedirs defaults, vendored and build trees). */
const IGNORED_SEGMENT = /(?:^|\/)(?:\.[^/]+|node_modules|__pycache__|venv|site-packages|\w+\.egg-info|build|dist|vendor|target|testdata|_darcs|CVS)\//;
function isConftest(path) {
    return external_node_path_.posix.basename(path) === 'conftest.py' && !IGNORED_SEGMENT.test(path);
}
/** The language whose tests `path` holds under `patterns`, or undefined when no framework collects it. */
function testLanguageOf(path, patterns) {
    const base = external_node_path_.posix.basename(path);
    const dot = base.lastIndexOf('.');
    const ext = dot < 0 ? '' : base.slice(dot + 1);
    const ignored = IGNORED_SEGMENT.test(path);
    switch (ext) {
        case 'py':
            if (ignored || !patterns.languages.has('python'))
                return undefined;
            if (!patterns.pythonFiles.some((g) => matches(base, g)))
                return undefined;
            if (patterns.pythonTestpaths.length > 0 && !patterns.pythonTestpaths.some((d) => d === '.' || path.startsWith(`${d.replace(/\/+$/, '')}/`))) {
                return undefined;
            }
            return 'python';
        case 'js':
        case 'jsx':
        case 'ts':
        case 'tsx':
        case 'mjs':
        case 'cjs':
        case 'mts':
        case 'cts':
            if (!patterns.languages.has('javascript') || path.endsWith('.d.ts'))
                return undefined;
            if (!patterns.jsInclude.some((g) => matches(path, g)))
                return undefined;
            if (patterns.jsExcludeGlobs.some((g) => matches(path, g)))
                return undefined;
            if (patterns.jsIgnoreRegexps.some((r) => safeRegExp(r)?.test(path)))
                return undefined;
            return 'javascript';
        case 'go':
            return !ignored && patterns.languages.has('go') && base.endsWith('_test.go') && !/(?:^|\/)_/.test(path) ? 'go' : undefined;
        case 'java':
        case 'kt':
            if (ignored || !patterns.languages.has('jvm'))
                return undefined;
            return /(?:^|\/)src\/test\//.test(path) || /(?:Test|Tests|IT|TestCase)\.(?:java|kt)$|^Test\w*\.(?:java|kt)$/.test(base) ? 'jvm' : undefined;
        case 'rb':
            return !ignored && patterns.languages.has('ruby') && base.endsWith('_spec.rb') ? 'ruby' : undefined;
        case 'rs':
            return !ignored && patterns.languages.has('rust') ? 'rust' : undefined;
        default:
            return undefined;
    }
}
const compiled = new Map();
/** Globs are compiled once: collection tests every path of a repository against them. */
function matches(path, glob) {
    let m = compiled.get(glob);
    if (!m) {
        m = new esm/* Minimatch */.VR(glob, { dot: true });
        compiled.set(glob, m);
    }
    return m.match(path);
}
function safeRegExp(source) {
    try {
        return new RegExp(source.replace(/<rootDir>\/?/g, ''));
    }
    catch {
        return undefined;
    }
}
/** Folders that hold tests and their support in the ecosystems the guards know. */
const TEST_DIRS = /(?:^|\/)(?:tests?|__tests__|__snapshots__|testing|testdata|test-data|fixtures)\//;
/** RSpec's folder is `spec/`, but only for Ruby: a TypeScript package named spec is not a test. */
const RUBY_SPEC_DIR = /(?:^|\/)spec\/.*\.rb$/;
/** JUnit's source set. */
const JVM_TEST_SOURCE_SET = /(?:^|\/)src\/test\//;
const DEFAULTS = defaultPatterns();
/**
 * Whether `path` holds tests or their support, by the frameworks' default
 * conventions: a file a framework would collect (Rust's inline tests aside: a
 * .rs file is not a test file for that), conftest.py, and anything under a test
 * folder (tests/, __tests__/, testdata/, fixtures/, src/test/, Ruby's spec/).
 */
function test_files_isTestPath(path) {
    const p = path.replace(/\\/g, '/');
    if (TEST_DIRS.test(p) || RUBY_SPEC_DIR.test(p) || JVM_TEST_SOURCE_SET.test(p))
        return true;
    if (posix.basename(p) === 'conftest.py')
        return true;
    const language = testLanguageOf(p, DEFAULTS);
    return language !== undefined && language !== 'rust';
}
//# sourceMappingURL=test-files.js.map
;// CONCATENATED MODULE: ./packages/config/lib/forbidden.js




/** The categories a policy's `forbidden_exceptions` may narrow. */
const NARROWABLE_FORBIDDEN_CATEGORIES = forbidden_categories_BUILT_IN_FORBIDDEN.filter((c) => c.narrowable).map((c) => c.id);
/**
 * The words of one folder or file name, lower-cased: split at every character
 * that is not a letter or digit, between a lower-case and an upper-case letter
 * (`authToken`), before the last capital of a run of capitals followed by a
 * lower-case letter (`OAuthClient` → o, auth, client), and between letters and digits
 * (`oauth2` → oauth, 2).
 */
function nameWords(name) {
    return name
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .replace(/([A-Za-z])(?=\d)|(\d)(?=[A-Za-z])/g, '$1$2 ')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 0);
}
/** The first of `words` that is a word of some folder or file name of `path`, or undefined. */
function wordIn(path, words) {
    for (const segment of path.split('/'))
        for (const word of nameWords(segment))
            if (words.has(word))
                return word;
    return undefined;
}
const forbidden_compiled = new Map();
function glob(pattern, nocase) {
    const key = `${nocase ? 'i' : 'c'}:${pattern}`;
    let m = forbidden_compiled.get(key);
    if (!m) {
        m = new Minimatch(pattern, { dot: true, nocase, nocomment: true, nonegate: true });
        forbidden_compiled.set(key, m);
    }
    return m;
}
/**
 * The built-in category `path` is in, or undefined: the reference answer,
 * one glob at a time. manifest-scope compiles the same decision into indexed
 * matchers (and is tested against this); the eval asks this directly.
 * Exceptions are matched case-sensitively: they narrow no more than they name.
 */
function forbiddenCategoryOf(path, exceptions = {}) {
    let test;
    for (const category of BUILT_IN_FORBIDDEN) {
        const hit = category.patterns.some((p) => glob(p, true).match(path)) || (category.words !== undefined && wordIn(path, new Set(category.words)) !== undefined);
        if (!hit)
            continue;
        if (category.testsExempt && (test ??= isTestPath(path)))
            continue;
        if (exceptions[category.id]?.some((p) => glob(p, false).match(path)))
            continue;
        return category;
    }
    return undefined;
}
/** The trusted files of a policy: a PR that edits any of them is itself out of scope. */
function trustedFilePaths(policyPath, manifestPath, ticketPath) {
    return [policyPath, manifestPath, ...(ticketPath ? [ticketPath] : [])];
}
//# sourceMappingURL=forbidden.js.map
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./packages/action-kit/lib/index.js + 15 modules
var lib = __webpack_require__(67311);
;// CONCATENATED MODULE: ./packages/config/lib/config-source.js
/** Where a file was read, as messages say it: `.github/agent-guards.yml at abc1234 (the policy, read at the base commit)`. */
function describeSource(file, what, source = {}) {
    return source.commit ? `${file} at ${shortCommit(source.commit)} (the ${what}, read at the base commit)` : `${file} (the ${what})`;
}
/** A commit as messages show it: 7 hex digits for a full SHA, a ref as given. */
function shortCommit(commit) {
    return /^[0-9a-f]{40}$/.test(commit) ? commit.slice(0, 7) : commit;
}
//# sourceMappingURL=config-source.js.map
;// CONCATENATED MODULE: ./packages/config/lib/applies-to.js



/** Whom a guard judges: only agent PRs, or every PR. */
const APPLIES_TO = ['agent-prs', 'every-pr'];
/**
 * The logins other coding agents open PRs as (`pull_request.user.login`):
 * GitHub Copilot coding agent (shown as `Copilot`, its app `copilot-swe-agent[bot]`),
 * the Claude GitHub App and the ChatGPT Codex connector. Counting them as agents
 * only ever adds checks, so they are agents in every policy.
 */
const KNOWN_AGENT_LOGINS = ['Copilot', 'copilot-swe-agent[bot]', 'claude[bot]', 'chatgpt-codex-connector[bot]'];
/**
 * Defaults: the agent-conduct rules (a spec reference and conventional commits,
 * the ticket's scope, what the sessions cost) for agent PRs; the rules any
 * change should keep (no test silently skipped, no forbidden import) for every PR.
 */
const DEFAULT_APPLIES_TO = {
    'manifest-scope': 'agent-prs',
    'skip-set': 'every-pr',
    'spec-conformance': 'agent-prs',
    'cost-ceiling': 'agent-prs',
    boundaries: 'every-pr',
};
/** A GitHub login: letters, digits and '-', an app's with '[bot]'. */
const login = schemas/* string */.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/, "a GitHub login such as octo-agent[bot] (an app's bot login ends in [bot])");
/**
 * The agents are named in the policy because it is read at the base commit: a
 * PR cannot change who counts as one, as it could a workflow input (the caller
 * workflow of a pull_request run is the PR's own copy).
 */
const AgentsPolicySchema = schemas/* strictObject */.rej({
    logins: schemas/* array */.YOg(login)
        .default([])
        .describe(`PR authors whose PRs are agent PRs: your agent's GitHub App (<app-slug>[bot]) and any other. ${KNOWN_AGENT_LOGINS.join(', ')} are always agents.`),
})
    .optional()
    .describe('Who the agents are. Without this section no PR can be told to be a human one, so every guard judges every PR; with it, guards set to agent-prs pass human PRs with a notice.');
function guardSettings(guard) {
    const fallback = DEFAULT_APPLIES_TO[guard];
    return schemas/* strictObject */.rej({
        applies_to: schemas/* enum */.k5n(APPLIES_TO).default(fallback).describe(`Whom ${guard} judges: agent-prs or every-pr (default ${fallback}).`),
    })
        .default({ applies_to: fallback });
}
const GuardsPolicySchema = schemas/* strictObject */.rej({
    'manifest-scope': guardSettings('manifest-scope').describe("every-pr: every PR needs a ticket (the 'ticket' input or an agent branch name); its scope, the forbidden categories and the dependency allowlist are checked on all of them."),
    'skip-set': guardSettings('skip-set'),
    'spec-conformance': guardSettings('spec-conformance'),
    'cost-ceiling': guardSettings('cost-ceiling'),
    boundaries: guardSettings('boundaries'),
})
    .default(Object.fromEntries(lib/* GUARD_NAMES */.Zi.map((g) => [g, { applies_to: DEFAULT_APPLIES_TO[g] }])))
    .describe('Per guard: whom it judges (applies_to).');
/** Is `login` an agent's under this policy (the known agent bots included)? GitHub logins ignore case. */
function isAgentLogin(policy, login) {
    const wanted = login.toLowerCase();
    return [...KNOWN_AGENT_LOGINS, ...(policy.agents?.logins ?? [])].some((l) => l.toLowerCase() === wanted);
}
/**
 * Whether `guard` judges this PR. It does unless the policy sets it to agent
 * PRs, names who the agents are, and the PR is known to be someone else's: an
 * unknown author, a policy silent on agents or a runner branch all count as
 * an agent PR (fail closed).
 */
function guardApplicability(guard, ctx) {
    const setting = ctx.policy.guards[guard].applies_to;
    const key = `guards.${guard}.applies_to`;
    if (setting === 'every-pr')
        return { applies: true, reason: `${guard} judges every PR (${key}: every-pr).` };
    const author = ctx.author?.trim();
    if (!author)
        return { applies: true, reason: `the PR author is not known, so ${guard} judges it as an agent PR.` };
    if (isAgentLogin(ctx.policy, author))
        return { applies: true, reason: `the PR author ${author} is an agent login.` };
    const prefix = ctx.policy.runner.branch_prefix;
    if (ctx.headRef && prefix && ctx.headRef.startsWith(prefix)) {
        return { applies: true, reason: `the PR comes from ${ctx.headRef}, an agent branch (runner.branch_prefix '${prefix}').` };
    }
    if (!ctx.policy.agents) {
        return { applies: true, reason: `${ctx.policyPath} has no 'agents' section, so no PR can be told to be a human one: ${guard} judges every PR.` };
    }
    const where = `${ctx.policyPath} at ${shortCommit(ctx.base)}`;
    return {
        applies: false,
        reason: `${guard} judges agent PRs only, and the author ${author} is not an agent login listed in ${where} (agents.logins; ${KNOWN_AGENT_LOGINS.join(', ')} are always agents). Set ${key}: every-pr to judge every PR.`,
    };
}
/** The rule of the notice a guard that does not apply reports. */
const NOT_AN_AGENT_PR = 'not-an-agent-pr';
/**
 * The run of a guard that does not judge this PR: a pass with a notice saying
 * why, so a required check still reports. Undefined when the guard applies
 * (the reason is logged, so a run says why it judged the PR).
 */
function notApplicableRun(guard, ctx, logger) {
    const { applies, reason } = guardApplicability(guard, ctx);
    if (applies) {
        logger.info(`${guard} applies: ${reason}`);
        return undefined;
    }
    logger.info(reason);
    return {
        report: (0,lib/* reportFromFindings */.Lt)(guard, [{ rule: NOT_AN_AGENT_PR, severity: 'notice', message: reason }], { applies: false, author: ctx.author ?? '' }),
    };
}
//# sourceMappingURL=applies-to.js.map
;// CONCATENATED MODULE: ./packages/config/lib/policy.js



const DEFAULT_POLICY_PATH = '.github/agent-guards.yml';
const DEFAULT_MANIFEST_PATH = '.github/agent-manifest.yml';
const policy_glob = schemas/* string */.YjP().min(1, 'a glob cannot be empty');
const DependencyAllowlistSchema = schemas/* strictObject */.rej({
    npm: schemas/* array */.YOg(policy_glob).default([]),
    pypi: schemas/* array */.YOg(policy_glob).default([]),
    go: schemas/* array */.YOg(policy_glob).default([]),
    cargo: schemas/* array */.YOg(policy_glob).default([]),
})
    .default({ npm: [], pypi: [], go: [], cargo: [] })
    .describe('Dev dependencies the agent may add or change, per ecosystem (globs over package names).');
const SpecPolicySchema = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().default('docs/agent-spec.md').describe('The spec markdown, read at the PR base.'),
    map: schemas/* string */.YjP().optional().describe('Optional spec map (YAML) saying what a change addressing each section looks like.'),
    require_map: schemas/* boolean */.zMY().default(false).describe('Fail, rather than notice, when no map lets conformance be checked.'),
})
    .default({ path: 'docs/agent-spec.md', require_map: false });
const COMMIT_TYPES = ['feat', 'fix', 'docs', 'style', 'refactor', 'perf', 'test', 'build', 'ci', 'chore', 'revert'];
const CommitsPolicySchema = schemas/* strictObject */.rej({
    types: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[a-z][a-z0-9-]*$/)).default([...COMMIT_TYPES]),
    require_scope: schemas/* boolean */.zMY().default(false),
    max_subject_length: schemas/* number */.aig().int().positive().default(100),
})
    .default({ types: [...COMMIT_TYPES], require_scope: false, max_subject_length: 100 });
const TEST_FRAMEWORKS = ['auto', 'pytest', 'unittest', 'vitest', 'jest', 'mocha', 'go', 'junit', 'rspec', 'cargo'];
const TestsPolicySchema = schemas/* strictObject */.rej({
    frameworks: schemas/* array */.YOg(schemas/* enum */.k5n(TEST_FRAMEWORKS)).default(['auto']),
    collector: schemas/* enum */.k5n(['static', 'runner', 'both']).default('static'),
})
    .default({ frameworks: ['auto'], collector: 'static' });
const ModelsByModeSchema = schemas/* strictObject */.rej({
    frame: schemas/* string */.YjP().default('claude-haiku-4-5'),
    plan: schemas/* string */.YjP().default('claude-sonnet-4-6'),
    implement: schemas/* string */.YjP().default('claude-sonnet-4-6'),
    review: schemas/* string */.YjP().default('claude-sonnet-4-6'),
})
    .default({ frame: 'claude-haiku-4-5', plan: 'claude-sonnet-4-6', implement: 'claude-sonnet-4-6', review: 'claude-sonnet-4-6' });
const ModelPriceSchema = schemas/* strictObject */.rej({
    input_per_mtok: schemas/* number */.aig().nonnegative(),
    output_per_mtok: schemas/* number */.aig().nonnegative(),
    cache_write_5m_multiplier: schemas/* number */.aig().nonnegative().default(1.25),
    cache_write_1h_multiplier: schemas/* number */.aig().nonnegative().default(2),
    cache_read_multiplier: schemas/* number */.aig().nonnegative().default(0.1),
});
const IncidentPolicySchema = schemas/* strictObject */.rej({
    session_cost_usd: schemas/* number */.aig().positive().default(6),
    sustained_hours: schemas/* number */.aig().positive().default(24),
    daily_vs_7day_median: schemas/* number */.aig().positive().default(1.5),
    escalate_to: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('GitHub handles mentioned on a cost incident, in order (SRE on call, then tech lead).'),
})
    .default({ session_cost_usd: 6, sustained_hours: 24, daily_vs_7day_median: 1.5, escalate_to: [] });
const CostPolicySchema = schemas/* strictObject */.rej({
    soft_cap_tokens: schemas/* number */.aig().int().positive().default(150_000),
    hard_cap_tokens: schemas/* number */.aig().int().positive().default(300_000),
    max_cost_per_pr_usd: schemas/* number */.aig().positive().default(4.5),
    min_cache_hit_rate: schemas/* number */.aig().min(0).max(1).default(0.8),
    cache_hit_rate_fails: schemas/* boolean */.zMY().default(false),
    weekly_budget_tokens: schemas/* number */.aig().int().positive().optional(),
    models: ModelsByModeSchema,
    prices: schemas/* record */.g1P(schemas/* string */.YjP(), ModelPriceSchema).default({}).describe('Per-model price overrides, USD per million tokens.'),
    incident: IncidentPolicySchema,
    history_branch: schemas/* string */.YjP().default('agent-guards/cost-history'),
})
    .default({
    soft_cap_tokens: 150_000,
    hard_cap_tokens: 300_000,
    max_cost_per_pr_usd: 4.5,
    min_cache_hit_rate: 0.8,
    cache_hit_rate_fails: false,
    models: { frame: 'claude-haiku-4-5', plan: 'claude-sonnet-4-6', implement: 'claude-sonnet-4-6', review: 'claude-sonnet-4-6' },
    prices: {},
    incident: { session_cost_usd: 6, sustained_hours: 24, daily_vs_7day_median: 1.5, escalate_to: [] },
    history_branch: 'agent-guards/cost-history',
});
const BoundaryEdgeSchema = schemas/* strictObject */.rej({
    from: schemas/* string */.YjP().min(1),
    to: schemas/* string */.YjP().min(1),
    /** For forbidden edges: what to do instead, shown in the finding. */
    instead: schemas/* string */.YjP().optional(),
});
const BoundariesPolicySchema = schemas/* strictObject */.rej({
    contexts: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(policy_glob)).default({}).describe('Bounded contexts: name → path globs.'),
    allow: schemas/* array */.YOg(BoundaryEdgeSchema).default([]).describe('Allowed edges between contexts; any other cross-context edge is forbidden.'),
    forbid: schemas/* array */.YOg(BoundaryEdgeSchema)
        .default([])
        .describe('Edges forbidden even where allowed otherwise; `to` may be a context or a module/package pattern (e.g. a database client).'),
    type_only_imports: schemas/* enum */.k5n(['allow', 'check']).default('allow'),
})
    .default({ contexts: {}, allow: [], forbid: [], type_only_imports: 'allow' });
const SANDBOX_MODES = ['bubblewrap', 'none'];
/** A registry host the egress proxy lets installs reach: a name (`*.` for subdomains), `:port` when not 443; never an IP literal. */
const registryHost = schemas/* string */.YjP()
    .regex(/^(\*\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*(?::\d{1,5})?$/, 'a host name such as registry.npmjs.org (optionally *.example.com or host:port)')
    .refine((h) => !/^[\d.]+(?::\d+)?$/.test(h), 'an IP address is not a registry host: name the host');
const DEFAULT_REGISTRIES = {
    npm: ['registry.npmjs.org'],
    pypi: ['pypi.org', 'files.pythonhosted.org'],
    go: ['proxy.golang.org', 'sum.golang.org'],
    cargo: ['index.crates.io', 'static.crates.io'],
};
const SandboxRegistriesSchema = schemas/* strictObject */.rej({
    npm: schemas/* array */.YOg(registryHost).default(DEFAULT_REGISTRIES.npm),
    pypi: schemas/* array */.YOg(registryHost).default(DEFAULT_REGISTRIES.pypi),
    go: schemas/* array */.YOg(registryHost).default(DEFAULT_REGISTRIES.go),
    cargo: schemas/* array */.YOg(registryHost).default(DEFAULT_REGISTRIES.cargo),
})
    .default(DEFAULT_REGISTRIES)
    .describe("Hosts install_dev_dependency may reach through the egress proxy, per ecosystem; every other connection is refused.");
const SANDBOX_DEFAULTS = {
    mode: 'bubblewrap',
    read_only: [],
    memory_mb: 4096,
    max_processes: 512,
    max_file_size_mb: 1024,
    max_output_mb: 32,
    tmp_size_mb: 2048,
    registries: DEFAULT_REGISTRIES,
};
const SandboxSettingsSchema = schemas/* strictObject */.rej({
    mode: schemas/* enum */.k5n(SANDBOX_MODES).default('bubblewrap').describe("bubblewrap (Linux): every process running code the model or the PR can influence runs contained. none: no containment; said in plain words wherever the session is reported."),
    read_only: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^(\/|~\/)/, 'an absolute path or ~/…'))
        .default([])
        .describe('Host paths sandboxed processes may read besides the system, the toolchains found on PATH and the checkout (absolute or ~/…, the runner user’s home).'),
    memory_mb: schemas/* number */.aig().int().positive().default(4096).describe('Memory one sandboxed process may allocate (RLIMIT_DATA).'),
    max_processes: schemas/* number */.aig().int().positive().default(512).describe('Processes and threads a sandboxed command may have at once (RLIMIT_NPROC).'),
    max_file_size_mb: schemas/* number */.aig().int().positive().default(1024).describe('Largest file a sandboxed process may write (RLIMIT_FSIZE).'),
    max_output_mb: schemas/* number */.aig().int().positive().default(32).describe('Output (stdout + stderr) after which the command is stopped.'),
    tmp_size_mb: schemas/* number */.aig().int().positive().default(2048).describe('Size of the private /tmp.'),
    registries: SandboxRegistriesSchema,
});
/** `runner.sandbox`: how code the model or the PR can influence runs (the runner's tools, the skip-set runner collectors). */
const SandboxPolicySchema = schemas/* union */.KCZ([schemas/* enum */.k5n(SANDBOX_MODES), SandboxSettingsSchema])
    .default('bubblewrap')
    .transform((v) => (typeof v === 'string' ? { ...SANDBOX_DEFAULTS, mode: v } : v))
    .describe("How code the model or the PR can influence runs: 'bubblewrap' (default; Linux) or 'none', or the full settings object.");
const RunnerPolicySchema = schemas/* strictObject */.rej({
    test_command: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('argv of the service test command, e.g. ["npm","test"] — no shell.'),
    lint_command: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    install_dev_dependency_command: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())).default({}),
    command_timeout_seconds: schemas/* number */.aig().int().positive().default(600),
    max_test_attempts: schemas/* number */.aig().int().positive().default(5),
    session_timeout_minutes: schemas/* number */.aig().positive().default(30),
    target_session_minutes: schemas/* number */.aig().positive().default(12),
    max_open_questions: schemas/* number */.aig().int().nonnegative().default(2),
    branch_prefix: schemas/* string */.YjP().default('agent/'),
    sandbox: SandboxPolicySchema,
})
    .default({
    install_dev_dependency_command: {},
    command_timeout_seconds: 600,
    max_test_attempts: 5,
    session_timeout_minutes: 30,
    target_session_minutes: 12,
    max_open_questions: 2,
    branch_prefix: 'agent/',
    sandbox: SANDBOX_DEFAULTS,
});
const PolicySchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1),
    agents: AgentsPolicySchema,
    guards: GuardsPolicySchema,
    protected_branches: schemas/* array */.YOg(policy_glob).default(['main', 'master', 'release/*']),
    forbidden_paths: schemas/* array */.YOg(policy_glob).default([]).describe('Added to the built-in forbidden categories, never replacing them.'),
    forbidden_exceptions: schemas/* partialRecord */.jgl(schemas/* enum */.k5n(NARROWABLE_FORBIDDEN_CATEGORIES), schemas/* array */.YOg(policy_glob))
        .default({})
        .describe("Narrows built-in forbidden categories: per category id, globs (case-sensitive) of paths this repository does not count as in it, e.g. { auth: ['src/events/login-*.ts'] }. agent-configuration cannot be narrowed."),
    dependency_allowlist: DependencyAllowlistSchema,
    manifest: schemas/* string */.YjP().default(DEFAULT_MANIFEST_PATH),
    tickets_dir: schemas/* string */.YjP().default('.agent/tickets'),
    spec: SpecPolicySchema,
    commits: CommitsPolicySchema,
    tests: TestsPolicySchema,
    cost: CostPolicySchema,
    boundaries: BoundariesPolicySchema,
    runner: RunnerPolicySchema,
    required_checks: schemas/* array */.YOg(schemas/* string */.YjP())
        .default(['manifest-scope', 'skip-set', 'spec-conformance', 'cost-ceiling', 'boundaries'])
        .describe('Status checks the protected branches must require (protection check).'),
})
    .describe('agent-guards policy, owned by the platform team; read at the PR base commit.');
/** The policy used when the repository has none at the default path. */
function defaultPolicy() {
    return PolicySchema.parse({ version: 1 });
}
//# sourceMappingURL=policy.js.map
;// CONCATENATED MODULE: ./packages/config/lib/ticket.js


const ContextPacketSchema = schemas/* strictObject */.rej({
    acceptance_criteria: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    edge_cases: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    rules: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('Architectural rules that apply (e.g. "events flow through the event bus").'),
    golden_samples: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('Repo paths of reference implementations the change must follow.'),
    shared: schemas/* string */.YjP().optional().describe('Name of a context shared across tickets (kept in the stable, cached part of the prompt).'),
})
    .describe('The context packet: live spec, architectural rules and golden samples.');
const TicketSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    id: schemas/* string */.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'ticket ids are letters, digits, dot, dash and underscore'),
    title: schemas/* string */.YjP().min(1),
    kind: schemas/* enum */.k5n(['bug-fix', 'dependency-update', 'test-addition', 'refactor', 'docs']).optional(),
    spec: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('The spec sections this ticket implements, e.g. ["§3.6"].'),
    scope: schemas/* strictObject */.rej({
        include: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1, 'a ticket needs at least one include glob'),
        exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    }),
    body: schemas/* string */.YjP().default('').describe('Free text; untrusted data for the agent, never instructions.'),
    issue: schemas/* number */.aig().int().positive().optional().describe('The ticket issue number, for escalation comments.'),
    context: ContextPacketSchema.optional(),
})
    .describe('A ticket assigned to the agent; written by a human, read at the PR base commit.');
/**
 * The ticket path: given explicitly, or derived from an agent branch name
 * (`<branch_prefix><id>` or the runner's `<branch_prefix><id>-<8 hex of the
 * session>` → `<tickets_dir>/<id>.yml`).
 */
function resolveTicketPath(policy, from) {
    if (from.ticket)
        return from.ticket;
    const prefix = policy.runner.branch_prefix;
    if (from.headRef?.startsWith(prefix)) {
        const id = from.headRef.slice(prefix.length).replace(/-[0-9a-f]{8}$/, '');
        if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id))
            return `${policy.tickets_dir.replace(/\/+$/, '')}/${id}.yml`;
    }
    throw new lib/* ConfigurationError */.j1('no ticket to check the PR against.', {
        field: 'ticket',
        fix: `set the 'ticket' input (or --ticket) to the ticket file, or name the branch '${prefix}<ticket-id>'; a PR that is not an agent's needs none while guards.manifest-scope.applies_to is agent-prs and the policy lists the agents (agents.logins).`,
    });
}
//# sourceMappingURL=ticket.js.map
;// CONCATENATED MODULE: ./packages/config/lib/manifest.js

const MODES = ['frame', 'plan', 'implement', 'review'];
/** Every tool the runner implements (spec §5). A tool not bound in a mode has no implementation there. */
const KNOWN_TOOLS = [
    'read_file',
    'list_dir',
    'grep',
    'read_dependency_graph',
    'ask_user_question',
    'run_tests',
    'run_linter',
    'read_test_output',
    'edit_file',
    'write_file',
    'delete_file',
    'git_commit',
    'git_diff',
    'git_log',
    'git_push_non_protected',
    'gh_pr_create',
    'gh_pr_comment',
    'install_dev_dependency',
];
/** The spec's deliberate exclusions (§5): no mode may name them. */
const EXCLUDED_TOOLS = {
    unrestricted_shell: 'no mode binds a generic shell (spec §4, §5)',
    git_push_protected: 'no protected-branch push under any condition (spec §5)',
    git_force_push: 'no force-pushing, even to non-protected branches (spec §5)',
    gh_pr_merge: 'the agent cannot merge its own PRs (spec §5)',
    gh_workflow_dispatch: 'no triggering CI workflows manually (spec §5)',
    npm_install_global: 'no global package installs (spec §4)',
    pip_install_user: 'no global package installs (spec §4)',
    cargo_install: 'no global package installs (spec §4)',
    internet_browse: 'no web access (spec §5, §8)',
    internet_fetch: 'no web access (spec §5, §8)',
};
/** Names that are a generic shell under another name. */
const SHELL_LIKE = /(^|_)(shell|bash|sh|zsh|fish|cmd|powershell|pwsh|terminal|exec|execute|subprocess|system|eval|run_command|run_script|command)($|_)/i;
/** Why a tool name may not appear in any mode, or undefined if it may. */
function exclusionReason(tool) {
    const key = tool.toLowerCase();
    if (EXCLUDED_TOOLS[key])
        return EXCLUDED_TOOLS[key];
    if (SHELL_LIKE.test(key))
        return 'a generic shell or command runner under another name (spec §4: no unrestricted shell)';
    if (/force/.test(key) && /push/.test(key))
        return EXCLUDED_TOOLS.git_force_push;
    if (/merge/.test(key) && /(pr|pull)/.test(key))
        return EXCLUDED_TOOLS.gh_pr_merge;
    if (/(internet|web|http|url|curl|wget|browse|fetch)/.test(key))
        return EXCLUDED_TOOLS.internet_fetch;
    if (/install/.test(key) && /(global|user|cargo)/.test(key))
        return EXCLUDED_TOOLS.npm_install_global;
    return undefined;
}
const DeleteFileEntry = schemas/* strictObject */.rej({
    name: schemas/* literal */.euz('delete_file'),
    scope: schemas/* literal */.euz('plan-named').describe('delete_file is bound only to files the plan names (never tests).'),
});
const ToolEntry = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), DeleteFileEntry]);
const ModeToolsSchema = schemas/* strictObject */.rej({
    inherit: schemas/* enum */.k5n(MODES).optional(),
    read: schemas/* array */.YOg(ToolEntry).default([]),
    write: schemas/* array */.YOg(ToolEntry).default([]),
});
function entryName(entry) {
    return typeof entry === 'string' ? entry : entry.name;
}
/** Every violation in a parsed manifest: excluded tools, unknown tools, an unrestricted delete_file. */
function manifestViolations(modes) {
    const out = [];
    for (const [mode, tools] of Object.entries(modes)) {
        for (const entry of [...tools.read, ...tools.write]) {
            const name = entryName(entry);
            const excluded = exclusionReason(name);
            if (excluded)
                out.push({ mode, tool: name, reason: excluded });
            else if (name === 'delete_file' && typeof entry === 'string') {
                out.push({ mode, tool: name, reason: "an unrestricted delete_file; bind it as { name: delete_file, scope: plan-named }" });
            }
            else if (!KNOWN_TOOLS.includes(name)) {
                out.push({ mode, tool: name, reason: `unknown tool; the runner implements: ${KNOWN_TOOLS.join(', ')}` });
            }
        }
    }
    return out;
}
const manifest_ToolManifestSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1),
    modes: schemas/* strictObject */.rej({
        frame: ModeToolsSchema,
        plan: ModeToolsSchema,
        implement: ModeToolsSchema,
        review: ModeToolsSchema,
    }),
})
    .superRefine((manifest, ctx) => {
    for (const v of manifestViolations(manifest.modes)) {
        ctx.addIssue({ code: 'custom', path: ['modes', v.mode], message: `tool '${v.tool}' is not allowed: ${v.reason}` });
    }
    // inherit chains must end: frame <- plan <- implement <- review, no cycles.
    for (const mode of MODES) {
        const seen = new Set([mode]);
        let next = manifest.modes[mode].inherit;
        while (next) {
            if (seen.has(next)) {
                ctx.addIssue({ code: 'custom', path: ['modes', mode, 'inherit'], message: `inherit cycle through '${next}'` });
                break;
            }
            seen.add(next);
            next = manifest.modes[next].inherit;
        }
    }
})
    .describe('Tool manifest by mode (spec §5); read at the PR base commit.');
/** Resolves `inherit` into the full tool set of each mode. */
function resolveManifest(manifest) {
    const resolved = {};
    const resolve = (mode) => {
        if (resolved[mode])
            return resolved[mode];
        const spec = manifest.modes[mode];
        const parent = spec.inherit ? resolve(spec.inherit) : undefined;
        const read = new Set([...(parent?.read ?? []), ...spec.read.map(entryName)]);
        const write = new Set([...(parent?.write ?? []), ...spec.write.map(entryName)]);
        resolved[mode] = { read, write, all: new Set([...read, ...write]) };
        return resolved[mode];
    };
    for (const mode of MODES)
        resolve(mode);
    return resolved;
}
/** The spec §5 manifest, used when a repository has none and as the template. */
const manifest_DEFAULT_MANIFEST = {
    version: 1,
    modes: {
        frame: { read: ['read_file', 'list_dir', 'grep', 'read_dependency_graph'], write: [] },
        plan: { inherit: 'frame', read: ['ask_user_question'], write: [] },
        implement: {
            inherit: 'plan',
            read: ['run_tests', 'run_linter', 'read_test_output'],
            write: ['edit_file', 'write_file', 'git_commit', 'install_dev_dependency', { name: 'delete_file', scope: 'plan-named' }],
        },
        review: { inherit: 'implement', read: ['git_diff', 'git_log'], write: ['git_push_non_protected', 'gh_pr_create', 'gh_pr_comment'] },
    },
};
//# sourceMappingURL=manifest.js.map
// EXTERNAL MODULE: ./packages/git/lib/index.js + 8 modules
var git_lib = __webpack_require__(84730);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/config/lib/did-you-mean.js
/** Edit distance (insert, delete, substitute, swap two neighbours): how far a typo is from what was meant. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i += 1) {
        for (let j = 1; j < cols; j += 1) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
/**
 * The known name closest to `word`, when it is close enough to be a typo of it:
 * at most a third of the word's length away (and at least 2 edits allowed), so
 * `forbiden_paths` → `forbidden_paths` but `colour` suggests nothing for `cost`.
 * Case and `-`/`_` differences count as no distance at all.
 */
function closestName(word, known) {
    const fold = (s) => s.toLowerCase().replace(/-/g, '_');
    const folded = fold(word);
    const limit = Math.max(2, Math.floor(word.length / 3));
    let best;
    for (const name of known) {
        const distance = editDistance(folded, fold(name));
        if (distance <= limit && (!best || distance < best.distance))
            best = { name, distance };
    }
    return best?.name;
}
//# sourceMappingURL=did-you-mean.js.map
;// CONCATENATED MODULE: ./packages/config/lib/config-problems.js

function defOf(schema) {
    return schema?._zod?.def;
}
/** The object or record schemas a value at `path` may be checked against (several through a union). */
function schemasAt(schema, path) {
    let current = [schema];
    for (const key of path) {
        current = current.flatMap(unwrap).flatMap((s) => {
            const def = defOf(s);
            if (def.type === 'object')
                return def.shape?.[String(key)] ? [def.shape[String(key)]] : [];
            if (def.type === 'record')
                return def.valueType ? [def.valueType] : [];
            if (def.type === 'array')
                return def.element ? [def.element] : [];
            return [];
        });
    }
    return current.flatMap(unwrap);
}
/** A schema without its wrappers (default, optional, pipe, …), union members side by side. */
function unwrap(schema) {
    const def = defOf(schema);
    if (!def)
        return [];
    switch (def.type) {
        case 'default':
        case 'prefault':
        case 'optional':
        case 'nullable':
        case 'readonly':
        case 'catch':
            return def.innerType ? unwrap(def.innerType) : [];
        case 'pipe':
            return def.in ? unwrap(def.in) : [];
        case 'union':
            return (def.options ?? []).flatMap(unwrap);
        default:
            return [schema];
    }
}
/** The keys a config object at `path` may have. */
function knownKeys(schema, path) {
    const keys = new Set();
    for (const s of schemasAt(schema, path)) {
        const def = defOf(s);
        if (def.type === 'object')
            Object.keys(def.shape ?? {}).forEach((k) => keys.add(k));
        if (def.type === 'record')
            for (const k of unwrap(def.keyType))
                Object.values(defOf(k)?.entries ?? {}).forEach((v) => keys.add(String(v)));
    }
    return [...keys];
}
/** A dotted field path, list items by index: `cost.models.plan`, `tests.frameworks.0`. */
function fieldPath(path) {
    return path.map(String).join('.') || '(top level)';
}
/**
 * Every problem zod found, one per field, each said so that the fix is plain:
 * an unknown key names the closest known key, a value outside a list names the
 * closest allowed value, a union that failed says why in the member that was meant.
 */
function configProblems(schema, issues, lineOf) {
    const problems = [];
    const add = (path, message) => {
        const line = lineOf(path);
        problems.push({ field: fieldPath(path), ...(line ? { line } : {}), message });
    };
    const visit = (issue, prefix) => {
        const path = [...prefix, ...issue.path];
        switch (issue.code) {
            case 'unrecognized_keys': {
                const known = knownKeys(schema, path);
                for (const key of issue.keys) {
                    const near = closestName(key, known);
                    add([...path, key], near ? `unknown key '${key}'; did you mean '${near}'?` : `unknown key '${key}'; the keys here are: ${known.join(', ')}.`);
                }
                return;
            }
            case 'invalid_value': {
                const allowed = issue.values.map(String);
                const given = valueAt(issue.input);
                const near = given !== undefined ? closestName(given, allowed) : undefined;
                const list = allowed.length === 1 ? `must be ${JSON.stringify(issue.values[0])}` : `must be one of ${allowed.join(', ')}`;
                if (issue.input === undefined)
                    add(path, `missing: it is required (it ${list}).`);
                else
                    add(path, `${given !== undefined ? `'${given}' ` : ''}${list}${near ? `; did you mean '${near}'?` : '.'}`);
                return;
            }
            case 'invalid_union': {
                // The member the value was meant for is the one whose own fields were checked (the value had its shape).
                const shaped = issue.errors.filter((member) => member.length > 0 && !member.some(isWrongKind));
                if (shaped.length === 1) {
                    shaped[0].forEach((i) => visit(i, path));
                    return;
                }
                const wrong = issue.errors.flatMap((member) => member.filter(isWrongKind));
                const values = wrong.flatMap((i) => (i.code === 'invalid_value' ? i.values.map(String) : []));
                const forms = [...(values.length > 0 ? [`one of ${values.join(', ')}`] : []), ...wrong.flatMap((i) => (i.code === 'invalid_type' ? [YAML_KINDS[i.expected] ?? `a ${i.expected}`] : []))];
                const given = valueAt(issue.input);
                const near = given !== undefined ? closestName(given, values) : undefined;
                if (forms.length === 0)
                    add(path, `${lowerFirst(issue.message)}.`);
                else
                    add(path, `${given !== undefined ? `'${given}' is` : 'it is'} none of the accepted forms: ${forms.join('; or ')}${near ? `. Did you mean '${near}'?` : '.'}`);
                return;
            }
            case 'invalid_type':
                add(path, issue.input === undefined ? `missing: it is required (${lowerFirst(issue.message.replace(/, received undefined$/, ''))}).` : `${lowerFirst(issue.message)}.`);
                return;
            default:
                add(path, `${lowerFirst(issue.message)}.`);
        }
    };
    for (const issue of issues)
        visit(issue, []);
    // In file order, as an editor shows them.
    return problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}
/** What a YAML author calls each kind of value. */
const YAML_KINDS = { object: 'a mapping (key: value lines)', array: 'a list', string: 'a string', number: 'a number', boolean: 'true or false' };
/** An issue that says the value is not of this kind at all (not a field of it that is wrong). */
function isWrongKind(issue) {
    return issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union');
}
function valueAt(input) {
    return typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean' ? String(input) : undefined;
}
function lowerFirst(text) {
    return text.replace(/^Invalid input: /, '').replace(/^./, (c) => c.toLowerCase());
}
//# sourceMappingURL=config-problems.js.map
;// CONCATENATED MODULE: ./packages/config/lib/load.js








/** Finds the line of the YAML node at a zod issue path (or its nearest existing parent). */
function lineOf(doc, counter, path) {
    let node = doc.contents;
    let line = rangeLine(node, counter);
    for (const key of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(key));
            if (!pair)
                break;
            line = rangeLine(pair.key, counter) ?? line;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof key === 'number') {
            node = node.items[key];
            line = rangeLine(node, counter) ?? line;
        }
        else
            break;
    }
    return line;
}
function rangeLine(node, counter) {
    const range = node?.range;
    return range ? counter.linePos(range[0]).line : undefined;
}
/**
 * A config file with problems: every one of them, each with its field and line,
 * so one edit fixes them all. `file`, `field` and `line` are those of the first.
 */
class ConfigFileError extends lib/* ConfigurationError */.j1 {
    problems;
    constructor(what, file, source, problems, fix) {
        const first = problems[0];
        super(first.message, { file, field: first.field, ...(first.line ? { line: first.line } : {}), fix });
        this.name = 'ConfigFileError';
        this.problems = problems;
        const field = (p) => (p.field === '(top level)' ? '' : `field '${p.field}'`);
        if (problems.length === 1) {
            // The shape every ConfigurationError has (`file:line, field 'x': …`), then where the file was read.
            const where = [`${file}${first.line ? `:${first.line}` : ''}`, field(first)].filter(Boolean).join(', ');
            const read = source.commit ? ` The ${what} was read at the base commit ${shortCommit(source.commit)}.` : '';
            this.message = `${where}: ${first.message}${read} Fix: ${fix}`;
        }
        else {
            const lines = problems.map((p) => `  - ${[p.line ? `line ${p.line}` : '', field(p)].filter(Boolean).join(', ') || 'the file'}: ${p.message}`);
            this.message = `${describeSource(file, what, source)} has ${problems.length} problems:\n${lines.join('\n')}\nFix: ${fix}`;
        }
    }
}
/**
 * Parses YAML text and validates it. Every problem is reported at once — each
 * with the file, the line and the field, an unknown key with the closest known
 * one — so nothing is fixed one run at a time. Nothing is half-loaded: it
 * either returns the whole valid value or throws a ConfigFileError.
 */
function parseConfig(text, file, schema, what, source = {}) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const problems = doc.errors.map((e) => {
            const line = e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line;
            return { field: '(top level)', ...(line ? { line } : {}), message: `not valid YAML: ${e.message.split('\n')[0].replace(/\.$/, '')}.` };
        });
        throw new ConfigFileError(what, file, source, problems, `correct the YAML syntax at ${problems.length === 1 ? 'that line' : 'those lines'}.`);
    }
    const value = doc.toJS();
    const parsed = schema.safeParse(value ?? {}, { reportInput: true });
    if (!parsed.success) {
        const problems = configProblems(schema, parsed.error.issues, (path) => lineOf(doc, counter, path));
        const schemaName = CONFIG_SCHEMA_FILES[what];
        const fix = `correct ${problems.length === 1 ? 'that field' : 'each field'} as the schema says (${schemaName ? `schemas/${schemaName}` : 'schemas/'} in the agent-guards repository; add '# yaml-language-server: $schema=…' for checks in the editor).`;
        throw new ConfigFileError(what, file, source, problems, fix);
    }
    return parsed.data;
}
/** The published JSON Schema of each config file kind, by the name messages give it. */
const CONFIG_SCHEMA_FILES = {
    policy: 'policy.schema.json',
    ticket: 'ticket.schema.json',
    'tool manifest': 'tool-manifest.schema.json',
    'spec map': 'spec-map.schema.json',
};
/** The policy at the base commit; the built-in defaults when the default path has none. */
async function loadPolicy(options) {
    const path = options.path ?? DEFAULT_POLICY_PATH;
    const text = await (0,git_lib/* readFileAt */._T)(options.repo, options.base, path);
    if (text === undefined) {
        if (options.path && options.path !== DEFAULT_POLICY_PATH) {
            throw new lib/* ConfigurationError */.j1(`the policy file does not exist at the base commit ${shortCommit(options.base)}.`, {
                file: path,
                fix: 'commit the policy to the base branch, or pass the right --policy path.',
            });
        }
        options.logger?.info(`no policy at ${path} on the base commit: using the built-in defaults.`);
        return { policy: defaultPolicy(), path, found: false };
    }
    return { policy: parseConfig(text, path, PolicySchema, 'policy', { commit: options.base }), path, found: true };
}
/** The ticket at the base commit: it must be there (a ticket only on the PR branch is untrusted). */
async function loadTicket(options) {
    const text = await (0,git_lib/* readFileAt */._T)(options.repo, options.base, options.path);
    if (text === undefined) {
        throw new lib/* ConfigurationError */.j1(`the ticket file does not exist at the base commit ${shortCommit(options.base)}.`, {
            file: options.path,
            fix: 'commit the ticket to the base branch before the agent runs; a ticket that only exists on the PR branch is not trusted.',
        });
    }
    return parseConfig(text, options.path, TicketSchema, 'ticket', { commit: options.base });
}
/** The tool manifest at the base commit; the spec §5 manifest when absent. */
async function loadManifest(options) {
    const text = await readFileAt(options.repo, options.base, options.path);
    if (text === undefined) {
        options.logger?.info(`no tool manifest at ${options.path} on the base commit: using the spec §5 manifest.`);
        return { manifest: DEFAULT_MANIFEST, found: false };
    }
    return { manifest: parseConfig(text, options.path, ToolManifestSchema, 'tool manifest', { commit: options.base }), found: true };
}
//# sourceMappingURL=load.js.map
;// CONCATENATED MODULE: ./packages/config/lib/json-schemas.js




const CONFIG_SCHEMAS = [
    { file: 'policy.schema.json', title: 'agent-guards policy (.github/agent-guards.yml)', schema: PolicySchema },
    { file: 'ticket.schema.json', title: 'agent-guards ticket (.agent/tickets/<id>.yml)', schema: TicketSchema },
    { file: 'tool-manifest.schema.json', title: 'agent-guards tool manifest (.github/agent-manifest.yml)', schema: manifest_ToolManifestSchema },
];
/** JSON Schema text for one zod schema; input shape, so defaulted fields are optional. */
function toJsonSchemaText(entry) {
    const json = z.toJSONSchema(entry.schema, { io: 'input', unrepresentable: 'any' });
    return `${JSON.stringify({ ...json, title: entry.title }, null, 2)}\n`;
}
//# sourceMappingURL=json-schemas.js.map
;// CONCATENATED MODULE: ./packages/config/lib/guard-context.js


/**
 * The PR under check (from the inputs or the pull_request event), the checkout,
 * the policy read at the base commit, and whose PR it is (the event's
 * `pull_request.user.login`, never the actor who pushed or re-ran): the
 * prelude of every guard action.
 */
async function guardContext(inputs, logger, env = process.env) {
    const event = (0,lib/* readPullRequestEvent */.$f)(env);
    const { base, head } = (0,lib/* resolveRevisions */.Zz)(inputs, event);
    const repo = inputs['working-directory'];
    const { policy } = await loadPolicy({ repo, base, path: inputs.policy, logger });
    return {
        repo,
        base,
        head,
        policy,
        policyPath: inputs.policy,
        ...(event ? { event, author: event.author, headRef: event.headRef } : {}),
        prCommits: event?.commits ? { prCommits: event.commits } : {},
    };
}
//# sourceMappingURL=guard-context.js.map
;// CONCATENATED MODULE: ./packages/config/lib/index.js












//# sourceMappingURL=index.js.map

/***/ }),

/***/ 84730:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y_: () => (/* reexport */ changedFiles),
  S7: () => (/* reexport */ listBlobsAt),
  R4: () => (/* reexport */ listFilesAt),
  _T: () => (/* reexport */ readFileAt),
  $I: () => (/* reexport */ readObjects),
  EO: () => (/* reexport */ run_git_runGit),
  _u: () => (/* reexport */ withWorktree)
});

// UNUSED EXPORTS: GitError, RawDiffParser, auditCheckoutConfig, checkoutGit, commitsBetween, diffTree, forgetGitAnswers, gitText, isShallowRepository, kindOfMode, mergeBase, parseRawDiff, resolveCommit, resolveCommits, resolveRange, streamDiffTree, streamGit, touchedPaths

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./packages/action-kit/lib/index.js + 15 modules
var lib = __webpack_require__(67311);
;// CONCATENATED MODULE: ./packages/git/lib/run-git.js


class GitError extends Error {
    args;
    exitCode;
    stderr;
    constructor(message, args, exitCode, stderr) {
        super(message);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/**
 * Runs git with a fixed, config-independent environment: no pager, no prompts,
 * no user-level config that could change output (diff.renames, external diff…).
 */
async function run_git_runGit(repo, args, options = {}) {
    const out = [];
    const { stderr, exitCode } = await streamGit(repo, args, (chunk) => out.push(chunk), options);
    return { stdout: Buffer.concat(out), stderr, exitCode };
}
/**
 * Runs git like runGit but hands stdout to `onStdout` chunk by chunk as git
 * writes it, so a caller can parse a large output while git is still producing
 * it. If `onStdout` throws, git is stopped and the promise rejects with that error.
 */
function streamGit(repo, args, onStdout, options = {}) {
    const ok = options.okExitCodes ?? [0];
    return new Promise((resolve, reject) => {
        // fsmonitor is a speed feature that runs a program from config, even for plumbing, and hooks
        // (a worktree's post-checkout) are the repository's programs: neither runs for us.
        const child = (0,external_node_child_process_.spawn)('git', ['-C', repo, '-c', 'core.quotepath=off', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', ...args], {
            env: {
                // git needs no token we hold; a call that does (a push) passes it in `env` itself. An ssh
                // agent stays: a user's fetch over ssh needs it, and it lends no secret to git's output.
                ...(options.inheritEnv === false ? {} : (0,lib/* withoutSecrets */.cT)(process.env, ['SSH_AUTH_SOCK'])),
                ...options.env,
                GIT_TERMINAL_PROMPT: '0',
                GIT_PAGER: 'cat',
                GIT_EXTERNAL_DIFF: '',
                GIT_CONFIG_NOSYSTEM: '1',
                LC_ALL: 'C',
            },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const err = [];
        let failure;
        child.stdout.on('data', (b) => {
            if (failure !== undefined)
                return;
            try {
                onStdout(b);
            }
            catch (error) {
                failure = error;
                child.kill();
            }
        });
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (e) => reject(new GitError(`cannot run git: ${e.message}`, args, null, '')));
        child.on('close', (code) => {
            if (failure !== undefined) {
                reject(failure);
                return;
            }
            const stderr = Buffer.concat(err).toString('utf8');
            const exitCode = code ?? -1;
            if (!ok.includes(exitCode)) {
                reject(new GitError(`git ${args.join(' ')} failed (exit ${exitCode}): ${stderr.trim()}`, args, exitCode, stderr));
                return;
            }
            resolve({ stderr, exitCode });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}
async function gitText(repo, args, options = {}) {
    return (await run_git_runGit(repo, args, options)).stdout.toString('utf8');
}
//# sourceMappingURL=run-git.js.map
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/git/lib/memo.js

/**
 * Answers to read-only git questions that cannot change while this process
 * runs, shared by every caller in it: the guards of one `check` run list the
 * same diff and read the same objects, and each answer costs a git process.
 *
 * A question is remembered only when everything it names is immutable — full
 * commit SHAs, object ids, `<sha>:<path>` — never a ref, HEAD or a short SHA,
 * which can name another commit by the next call. Only answers are kept: a
 * failure (a commit not fetched yet, a shallow clone) is asked again, and so is
 * an object id that was missing. Callers get the same arrays' copies and the
 * same Buffers, which they only read.
 *
 * Bounded, oldest dropped first: a long process (the eval, the runner) reads
 * many repositories and must not keep every answer it ever had.
 */
const MAX_ENTRIES = 20_000;
const MAX_BYTES = 64 * 1024 * 1024;
const entries = new Map();
let keptBytes = 0;
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** A full object id (SHA-1 or SHA-256): it names the same object for as long as the object exists. */
function memo_isFullSha(rev) {
    return FULL_SHA.test(rev);
}
/** An object name whose answer cannot change: a full object id, or `<full sha>:<path>` (a path in a fixed tree). */
function isImmutableObjectName(name) {
    const colon = name.indexOf(':');
    return memo_isFullSha(colon < 0 ? name : name.slice(0, colon));
}
/** The key of a question about `repo`: the repository (as a resolved path) and the immutable names it asks about. */
function memo_questionKey(repo, question, ...names) {
    return [(0,external_node_path_.resolve)(repo), question, ...names].join('\0');
}
/**
 * The remembered answer to `key`, or `ask()`'s: callers that ask while it is
 * running share the same call, and a successful answer is kept.
 */
function memo_remembered(key, ask, options = {}) {
    const hit = entries.get(key);
    if (hit)
        return hit.value;
    const value = ask();
    const entry = { value, bytes: 0 };
    entries.set(key, entry);
    value.then((answer) => {
        if (entries.get(key) !== entry)
            return;
        if (options.keep && !options.keep(answer)) {
            entries.delete(key);
            return;
        }
        entry.bytes = options.bytes?.(answer) ?? 0;
        keptBytes += entry.bytes;
        trim();
    }, () => {
        if (entries.get(key) === entry)
            entries.delete(key);
    });
    trim();
    return value;
}
/** Whether an answer to `key` is kept or being asked. */
function memo_isRemembered(key) {
    return entries.has(key);
}
function trim() {
    for (const [key, entry] of entries) {
        if (entries.size <= MAX_ENTRIES && keptBytes <= MAX_BYTES)
            return;
        entries.delete(key);
        keptBytes -= entry.bytes;
    }
}
/** Forgets every remembered answer (tests that count git processes start from none). */
function forgetGitAnswers() {
    entries.clear();
    keptBytes = 0;
}
/** The UTF-16 size of some strings, for the bound. */
function stringBytes(strings) {
    let n = 0;
    for (const s of strings)
        n += 2 * s.length + 16;
    return n;
}
//# sourceMappingURL=memo.js.map
;// CONCATENATED MODULE: ./packages/git/lib/revisions.js



async function isShallowRepository(repo) {
    return (await gitText(repo, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}
const REVISION = /^[^\s-][^\s]*$/;
/** Plain SHAs and ref names: nothing rev-parse would expand into several lines (ranges, ^@, :path). */
const PLAIN_REVISION = /^(?!.*\.\.)[\w/.][\w/.-]*$/;
const SHA_LINE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/**
 * Resolves several revisions with one git process; if any is missing, falls
 * back to resolveCommit one by one so the error names the missing role.
 */
async function resolveCommits(repo, revisions) {
    // A full SHA that names a commit keeps naming it: each is checked once per process.
    if (revisions.every(([rev]) => memo_isFullSha(rev))) {
        const key = (rev) => memo_questionKey(repo, 'commit', rev);
        const answers = new Map();
        for (const [rev] of revisions)
            if (memo_isRemembered(key(rev)))
                answers.set(rev, memo_remembered(key(rev), () => Promise.reject(new Error('unreachable'))));
        const unknown = revisions.filter(([rev]) => !answers.has(rev));
        if (unknown.length > 0) {
            const checking = resolveCommitsInGit(repo, unknown);
            unknown.forEach(([rev], i) => answers.set(rev, memo_remembered(key(rev), () => checking.then((shas) => shas[i]))));
        }
        return Promise.all(revisions.map(([rev]) => answers.get(rev)));
    }
    return resolveCommitsInGit(repo, revisions);
}
async function resolveCommitsInGit(repo, revisions) {
    if (revisions.every(([rev]) => PLAIN_REVISION.test(rev))) {
        // No argument starts with a dash, so none can be read as an option.
        const result = await run_git_runGit(repo, ['rev-parse', ...revisions.map(([rev]) => `${rev}^{commit}`)], { okExitCodes: [0, 128] });
        const lines = result.stdout.toString('utf8').trim().split('\n');
        if (result.exitCode === 0 && lines.length === revisions.length && lines.every((line) => SHA_LINE.test(line)))
            return lines;
    }
    // Not resolveCommit: the commits asked here may be the very answers resolveCommits is waiting for.
    // The first revision that fails is the one reported (not the first to fail in time).
    const settled = await Promise.allSettled(revisions.map(([rev, role]) => resolveCommitInGit(repo, rev, role)));
    return settled.map((r) => {
        if (r.status === 'rejected')
            throw r.reason;
        return r.value;
    });
}
/** Resolves a revision to the commit SHA it names, or explains how to make it available. */
function resolveCommit(repo, rev, role) {
    return isFullSha(rev) ? remembered(questionKey(repo, 'commit', rev), () => resolveCommitInGit(repo, rev, role)) : resolveCommitInGit(repo, rev, role);
}
async function resolveCommitInGit(repo, rev, role) {
    if (!REVISION.test(rev)) {
        throw new lib/* ConfigurationError */.j1(`'${rev}' is not a revision.`, { field: role, fix: 'pass a commit SHA or ref name.' });
    }
    try {
        return (await gitText(repo, ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`])).trim();
    }
    catch (error) {
        if (error instanceof GitError && error.exitCode !== null) {
            const shallow = await isShallowRepository(repo).catch(() => false);
            throw new lib/* ConfigurationError */.j1(`the ${role} commit '${rev}' is not in the local clone.`, {
                field: role,
                fix: shallow
                    ? "the clone is shallow: check out with 'fetch-depth: 0' (actions/checkout) so both commits are present."
                    : 'fetch it first (git fetch origin <sha>), or check out with fetch-depth: 0.',
            });
        }
        throw error;
    }
}
/**
 * The merge base of base and head, which a PR diff is measured from (three-dot
 * semantics). A missing merge base is an error, never a two-dot fallback: the
 * two-dot diff would include the base branch's own changes or miss the PR's.
 */
async function mergeBase(repo, base, head, prCommits) {
    // Two fixed commits have one merge base (a fetch that deepens a shallow clone turns a failure into an
    // answer, and failures are not kept).
    if (memo_isFullSha(base) && memo_isFullSha(head))
        return memo_remembered(memo_questionKey(repo, 'merge-base', base, head), () => mergeBaseInGit(repo, base, head, prCommits));
    return mergeBaseInGit(repo, base, head, prCommits);
}
async function mergeBaseInGit(repo, base, head, prCommits) {
    const result = await run_git_runGit(repo, ['merge-base', base, head], { okExitCodes: [0, 1] });
    const sha = result.stdout.toString('utf8').trim();
    if (result.exitCode === 0 && sha)
        return sha;
    const shallow = await isShallowRepository(repo);
    const depth = prCommits !== undefined ? ` (or at least 'fetch-depth: ${prCommits + 1}' on the head plus the base history)` : '';
    throw new lib/* ConfigurationError */.j1(shallow
        ? `no merge base between ${base.slice(0, 12)} and ${head.slice(0, 12)}: the clone is shallow, so the history that joins them is missing.`
        : `no merge base between ${base.slice(0, 12)} and ${head.slice(0, 12)}: they share no history.`, {
        field: 'fetch-depth',
        fix: shallow
            ? `check out with 'fetch-depth: 0' (actions/checkout)${depth}, or run 'git fetch --unshallow'.`
            : 'compare a head that was branched from the base.',
    });
}
const revisions_FULL_SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * Resolves base and head and finds their merge base. When both are full SHAs
 * (as a pull_request event gives them) nothing can move under us, so the merge
 * base is looked up while the commits are checked; names are resolved first.
 */
async function resolveRange(repo, base, head, prCommits) {
    const pair = [
        [base, 'base'],
        [head, 'head'],
    ];
    if (revisions_FULL_SHA.test(base) && revisions_FULL_SHA.test(head)) {
        const [resolved, joined] = await Promise.allSettled([resolveCommits(repo, pair), mergeBase(repo, base, head, prCommits)]);
        if (resolved.status === 'rejected')
            throw resolved.reason;
        if (joined.status === 'rejected')
            throw joined.reason;
        return { base: resolved.value[0], head: resolved.value[1], mergeBase: joined.value };
    }
    const [baseSha, headSha] = (await resolveCommits(repo, pair));
    return { base: baseSha, head: headSha, mergeBase: await mergeBase(repo, baseSha, headSha, prCommits) };
}
//# sourceMappingURL=revisions.js.map
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./packages/git/lib/changed-files.js




const STATUS = {
    A: 'added',
    M: 'modified',
    D: 'deleted',
    R: 'renamed',
    C: 'copied',
    T: 'type-changed',
    U: 'unmerged',
    X: 'unknown',
};
function kindOfMode(mode) {
    switch (mode) {
        case '000000':
            return 'none';
        case '120000':
            return 'symlink';
        case '160000':
            return 'submodule';
        case '100755':
            return 'executable';
        default:
            return 'file';
    }
}
/** The modes git writes, returned as shared constants instead of a fresh slice per record. */
const MODES = ['100644', '100755', '120000', '160000', '000000', '040000'];
function modeAt(text, start) {
    for (const mode of MODES)
        if (text.startsWith(mode, start))
            return mode;
    return text.slice(start, start + 6);
}
/**
 * Parses `git diff-tree -r -z --raw` output as it arrives, chunk by chunk: a
 * record split across chunks waits for the rest. With -z nothing is quoted, so
 * paths with spaces, quotes, newlines or non-ASCII bytes arrive as they are.
 * Scans with indexOf rather than splitting: a 100,000-file diff is 13 MB of text.
 */
class RawDiffParser {
    rest = '';
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    /** The records completed by this chunk. */
    push(chunk) {
        const text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
        const files = [];
        let pos = 0;
        if (this.rest !== '') {
            // Finish the record cut at the last chunk's end from a short string (a record has at most three
            // fields, so three NULs complete it) rather than copying the rest and the whole chunk together.
            let cut = -1;
            for (let k = 0; k < 3; k += 1) {
                const nul = text.indexOf('\0', cut + 1);
                if (nul < 0)
                    break;
                cut = nul;
            }
            const joined = this.rest + text.slice(0, cut + 1);
            const end = parseRecords(joined, 0, files);
            if (end < this.rest.length) {
                // Still incomplete (a tiny chunk): keep it all for the next one.
                this.rest += text;
                return files;
            }
            pos = end - this.rest.length;
        }
        pos = parseRecords(text, pos, files);
        this.rest = pos < text.length ? text.slice(pos) : '';
        return files;
    }
    /** The last records; throws if the output stopped inside a record. */
    end() {
        const files = this.push(this.decoder.end());
        if (this.rest !== '')
            throw new Error(`truncated diff-tree output near ${JSON.stringify(this.rest.slice(0, 80))}`);
        return files;
    }
}
/** Parses whole records from `pos`; returns where the first incomplete record starts. */
function parseRecords(text, pos, files) {
    const n = text.length;
    while (pos < n) {
        if (text.charCodeAt(pos) === 0) {
            pos += 1;
            continue;
        }
        if (text.charCodeAt(pos) !== 58 /* ':' */)
            throw new Error(`unexpected diff-tree output near ${JSON.stringify(text.slice(pos, pos + 80))}`);
        const metaEnd = text.indexOf('\0', pos);
        if (metaEnd < 0)
            return pos;
        const firstEnd = text.indexOf('\0', metaEnd + 1);
        if (firstEnd < 0)
            return pos;
        // ":100644 100644 <sha> <sha> R086": modes are six digits; SHAs are 40 or 64 hex digits.
        const s3 = text.indexOf(' ', pos + 15);
        const s4 = text.indexOf(' ', s3 + 1);
        if (text.charCodeAt(pos + 7) !== 32 || text.charCodeAt(pos + 14) !== 32 || s3 < 0 || s4 < 0 || s4 >= metaEnd) {
            throw new Error(`unexpected diff-tree output near ${JSON.stringify(text.slice(pos, Math.min(metaEnd, pos + 80)))}`);
        }
        const status = STATUS[text.charAt(s4 + 1)] ?? 'unknown';
        const twoPaths = status === 'renamed' || status === 'copied';
        const secondEnd = twoPaths ? text.indexOf('\0', firstEnd + 1) : firstEnd;
        if (secondEnd < 0)
            return pos;
        const oldMode = modeAt(text, pos + 1);
        const newMode = modeAt(text, pos + 8);
        const first = text.slice(metaEnd + 1, firstEnd);
        const file = {
            status,
            path: first,
            oldMode,
            newMode,
            oldSha: text.slice(pos + 15, s3),
            newSha: text.slice(s3 + 1, s4),
            oldKind: kindOfMode(oldMode),
            newKind: kindOfMode(newMode),
        };
        if (twoPaths) {
            file.previousPath = first;
            file.path = text.slice(firstEnd + 1, secondEnd);
            file.similarity = Number.parseInt(text.slice(s4 + 2, metaEnd), 10);
        }
        files.push(file);
        pos = secondEnd + 1;
    }
    return pos;
}
/** Parses complete `git diff-tree -r -z --raw` output. */
function parseRawDiff(output) {
    const parser = new RawDiffParser();
    const files = parser.push(output);
    for (const file of parser.end())
        files.push(file);
    return files;
}
/**
 * The files a PR changes: local git between the exact base and head SHAs, via
 * their merge base, with rename and copy detection. Fails closed (throws a
 * ConfigurationError) on a missing commit, a shallow clone or no merge base.
 */
async function changedFiles(repo, base, head, options = {}) {
    const range = await resolveRange(repo, base, head, options.prCommits);
    return { ...range, files: await diffTree(repo, range.mergeBase, range.head) };
}
/**
 * The raw diff between two commits, with rename and copy detection. Between two
 * full SHAs it is listed once per process; each caller gets its own array of the
 * same (read-only) records.
 */
async function diffTree(repo, from, to) {
    if (memo_isFullSha(from) && memo_isFullSha(to))
        return (await memo_remembered(diffKey(repo, from, to), () => listDiffTree(repo, from, to), { bytes: diffBytes })).slice();
    return listDiffTree(repo, from, to);
}
async function listDiffTree(repo, from, to) {
    const all = [];
    await streamDiffTreeFromGit(repo, from, to, (files) => {
        for (const f of files)
            all.push(f);
    });
    return all;
}
const diffKey = (repo, from, to) => memo_questionKey(repo, 'diff-tree', from, to);
const diffBytes = (files) => stringBytes(files.map((f) => f.path)) + 400 * files.length;
/**
 * diffTree, handed over batch by batch as git writes it: a caller can decide on
 * the first files while git lists the rest, and need not keep what it has
 * decided. Resolves to the number of changed files. A diff this process has
 * listed (or is listing) through diffTree is handed over from there in one batch;
 * a streamed diff is not kept, so a caller alone with a large diff holds no more
 * of it than it keeps itself.
 */
async function streamDiffTree(repo, from, to, onFiles) {
    if (isFullSha(from) && isFullSha(to) && isRemembered(diffKey(repo, from, to))) {
        const files = await diffTree(repo, from, to);
        if (files.length > 0)
            onFiles(files);
        return files.length;
    }
    return streamDiffTreeFromGit(repo, from, to, onFiles);
}
async function streamDiffTreeFromGit(repo, from, to, onFiles) {
    const parser = new RawDiffParser();
    let count = 0;
    const take = (files) => {
        count += files.length;
        if (files.length > 0)
            onFiles(files);
    };
    const args = ['diff-tree', '-r', '-z', '--raw', '--no-abbrev', '--no-commit-id', '--no-ext-diff', '--no-textconv', '--ignore-submodules=none', '-M', '-C', from, to];
    await streamGit(repo, args, (chunk) => take(parser.push(chunk)));
    take(parser.end());
    return count;
}
/** Every path the change touches: both sides of a rename, the new side of a copy. */
function touchedPaths(files) {
    const out = [];
    for (const f of files) {
        out.push(f.path);
        if (f.status === 'renamed' && f.previousPath !== undefined)
            out.push(f.previousPath);
    }
    return out;
}
//# sourceMappingURL=changed-files.js.map
;// CONCATENATED MODULE: ./packages/git/lib/objects.js



/**
 * Reads many objects in one `git cat-file --batch` call. Keys are object names
 * (`<sha>` or `<rev>:<path>`); a missing object maps to undefined. Objects named
 * by a full id (or `<full sha>:<path>`) that this process has read are not read
 * again: the Buffers are shared, to be read, not written.
 */
async function readObjects(repo, names) {
    const unique = [...new Set(names)];
    if (unique.length === 0)
        return new Map();
    for (const n of unique) {
        if (n.includes('\n'))
            throw new Error(`object name with a newline cannot be read in batch: ${JSON.stringify(n)}`);
    }
    const key = (name) => memo_questionKey(repo, 'object', name);
    // The answers this process already has (or is reading) first, then one batch for the rest.
    const answers = new Map();
    for (const name of unique) {
        if (isImmutableObjectName(name) && memo_isRemembered(key(name)))
            answers.set(name, memo_remembered(key(name), () => Promise.reject(new Error('unreachable'))));
    }
    const toRead = unique.filter((name) => !answers.has(name));
    if (toRead.length > 0) {
        const batch = readSoon(repo, toRead);
        for (const name of toRead) {
            const read = () => batch.then((objects) => {
                const object = objects.get(name);
                rememberById(repo, name, object);
                return object;
            });
            // An object missing by id may be fetched later; a path missing from a fixed tree stays missing.
            answers.set(name, isImmutableObjectName(name) ? memo_remembered(key(name), read, { bytes: (b) => (b?.length ?? 0) + 64, keep: (b) => b !== undefined || !memo_isFullSha(name) }) : read());
        }
    }
    const values = await Promise.all(unique.map((name) => answers.get(name)));
    return new Map(unique.map((name, i) => [name, values[i]]));
}
/** The object ids of the objects read by other names (`<rev>:<path>`), from cat-file's headers. */
const objectIds = new WeakMap();
/**
 * An object read by path is remembered by its id too: the same blob is often asked for both ways
 * (a guard reads the PR's files by path, a full scan reads the tree's blobs by id), and an id names
 * one content for good, so the answer under it cannot be stale.
 */
function rememberById(repo, name, object) {
    const oid = object && objectIds.get(object);
    if (!oid || oid === name || !isImmutableObjectName(name))
        return;
    const key = memo_questionKey(repo, 'object', oid);
    if (!memo_isRemembered(key))
        memo_remembered(key, () => Promise.resolve(object), { bytes: (b) => (b?.length ?? 0) + 64 });
}
const pending = new Map();
/**
 * Reads the names in the next `cat-file --batch` of this repository, started once the current
 * turn of the event loop is over: the guards of one `check` run ask for their files side by side,
 * and one git process answers them all.
 */
function readSoon(repo, names) {
    const key = (0,external_node_path_.resolve)(repo);
    let next = pending.get(key);
    if (!next) {
        const queued = new Set();
        const read = new Promise((started) => setImmediate(started)).then(() => {
            pending.delete(key);
            return catFileBatch(repo, [...queued]);
        });
        next = { names: queued, read };
        pending.set(key, next);
    }
    for (const name of names)
        next.names.add(name);
    return next.read;
}
async function catFileBatch(repo, unique) {
    const result = new Map();
    const { stdout } = await run_git_runGit(repo, ['cat-file', '--batch'], { input: `${unique.join('\n')}\n` });
    let pos = 0;
    for (const name of unique) {
        const eol = stdout.indexOf(0x0a, pos);
        if (eol < 0)
            throw new Error('truncated cat-file output');
        const header = stdout.subarray(pos, eol).toString('utf8');
        pos = eol + 1;
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
            result.set(name, undefined);
            continue;
        }
        const size = Number.parseInt(header.slice(header.lastIndexOf(' ') + 1), 10);
        const object = stdout.subarray(pos, pos + size);
        // "<oid> <type> <size>"
        objectIds.set(object, header.slice(0, header.indexOf(' ')));
        result.set(name, object);
        pos += size + 1;
    }
    return result;
}
/** A file's text at a revision, or undefined when the path does not exist there. */
async function readFileAt(repo, rev, path) {
    const objects = await readObjects(repo, [`${rev}:${path}`]);
    return objects.get(`${rev}:${path}`)?.toString('utf8');
}
/** Every file in a commit's tree with its blob id (submodules and other non-blobs left out). */
async function listBlobsAt(repo, rev) {
    if (!memo_isFullSha(rev))
        return lsTreeBlobs(repo, rev);
    const files = await memo_remembered(memo_questionKey(repo, 'ls-tree-blobs', rev), () => lsTreeBlobs(repo, rev), { bytes: (fs) => stringBytes(fs.map((f) => f.path)) + 120 * fs.length });
    return files.slice();
}
async function lsTreeBlobs(repo, rev) {
    const { stdout } = await run_git_runGit(repo, ['ls-tree', '-r', '-z', '--full-tree', rev]);
    const text = stdout.toString('utf8');
    const out = [];
    // "<mode> SP <type> SP <oid> TAB <path>", NUL-terminated
    for (const record of text.length === 0 ? [] : text.slice(0, -1).split('\0')) {
        const tab = record.indexOf('\t');
        const [, type, oid] = record.slice(0, tab).split(' ');
        if (type === 'blob' && oid)
            out.push({ path: record.slice(tab + 1), oid });
    }
    return out;
}
/** Every file path in a commit's tree (optionally under some pathspecs). */
async function listFilesAt(repo, rev, pathspecs = []) {
    if (!memo_isFullSha(rev))
        return lsTreeNames(repo, rev, pathspecs);
    const files = await memo_remembered(memo_questionKey(repo, 'ls-tree-names', rev, ...pathspecs), () => lsTreeNames(repo, rev, pathspecs), { bytes: stringBytes });
    return files.slice();
}
async function lsTreeNames(repo, rev, pathspecs) {
    const { stdout } = await run_git_runGit(repo, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', rev, '--', ...pathspecs]);
    const text = stdout.toString('utf8');
    return text.length === 0 ? [] : text.slice(0, -1).split('\0');
}
//# sourceMappingURL=objects.js.map
;// CONCATENATED MODULE: ./packages/git/lib/commits.js

/** Every commit reachable from head and not from base, oldest first, all of them. */
async function commitsBetween(repo, base, head) {
    const { stdout } = await runGit(repo, ['log', '--reverse', '-z', '--format=%H%x1f%P%x1f%an%x1f%ae%x1f%B', `${base}..${head}`, '--']);
    const text = stdout.toString('utf8');
    if (text.length === 0)
        return [];
    return text
        .split('\0')
        .filter((record) => record.length > 0)
        .map((record) => {
        const [sha, parents, authorName, authorEmail, message] = record.split('\x1f');
        const body = message.replace(/\n+$/, '');
        return {
            sha,
            parents: parents ? parents.split(' ') : [],
            subject: body.split('\n', 1)[0] ?? '',
            message: body,
            authorName,
            authorEmail,
        };
    });
}
//# sourceMappingURL=commits.js.map
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./packages/git/lib/worktree.js




const worktreeQueues = new Map();
/**
 * Runs `step` after every earlier worktree step on the same repository has
 * settled. `git worktree add` reads every entry under .git/worktrees, and a
 * parallel add's entry may be half written ("failed to read
 * .git/worktrees/<name>/commondir"), so adds and removes take turns.
 */
function inTurn(repo, step) {
    const key = (0,external_node_path_.resolve)(repo);
    const next = (worktreeQueues.get(key) ?? Promise.resolve()).then(step, step);
    const settled = next.catch(() => undefined);
    worktreeQueues.set(key, settled);
    void settled.then(() => {
        if (worktreeQueues.get(key) === settled)
            worktreeQueues.delete(key);
    });
    return next;
}
/**
 * Runs `fn` on a checkout of `rev` in a temporary git worktree, never on the
 * user's working tree, and removes the worktree afterwards whatever happens:
 * when `worktree remove` fails, the directory is deleted and `worktree prune`
 * drops what git still records. Calls on one repository may overlap: the
 * worktree steps take turns, the work in them runs in parallel.
 */
async function withWorktree(repo, rev, fn, prefix = 'agent-guards-worktree-') {
    const parent = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), prefix));
    // git names the worktree's metadata after the directory: a unique name never collides.
    const dir = (0,external_node_path_.join)(parent, (0,external_node_path_.basename)(parent));
    try {
        await inTurn(repo, () => run_git_runGit(repo, ['worktree', 'add', '--detach', '--quiet', dir, rev]));
        return await fn(dir);
    }
    finally {
        await inTurn(repo, async () => {
            await run_git_runGit(repo, ['worktree', 'remove', '--force', dir]).catch(() => undefined);
            (0,external_node_fs_.rmSync)(parent, { recursive: true, force: true });
            await run_git_runGit(repo, ['worktree', 'prune']).catch(() => undefined);
        });
    }
}
//# sourceMappingURL=worktree.js.map
;// CONCATENATED MODULE: ./packages/git/lib/checkout-git.js



/**
 * git in a checkout whose files the agent (or a PR) controls, such as the
 * agent runner's working copy. Nothing git could run on the repository's say
 * may run: no hooks, no fsmonitor, no filter or diff drivers, no credential
 * helpers, no included config files. System and user config are not read at
 * all (they may define drivers that a planted .gitattributes would select);
 * the repository's own config is audited once (auditCheckoutConfig) and
 * these overrides (with runGit's own: no hooks, no fsmonitor) cover what is left. The environment is an allowlist: no
 * token reaches git unless a call passes one itself (the push).
 */
const OVERRIDES = (/* unused pure expression or super */ null && ([
    'commit.gpgsign=false',
    'tag.gpgsign=false',
    'diff.external=',
    'submodule.recurse=false',
    'status.submoduleSummary=false',
    'diff.ignoreSubmodules=all',
    'protocol.ext.allow=never',
    'credential.helper=',
]));
const ENV_ALLOWLIST = (/* unused pure expression or super */ null && (['PATH', 'HOME', 'LANG', 'TZ', 'TMPDIR', 'SYSTEMROOT']));
function checkoutEnv(extra = {}) {
    const env = {};
    for (const k of ENV_ALLOWLIST)
        if (process.env[k] !== undefined)
            env[k] = process.env[k];
    return {
        ...env,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_TERMINAL_PROMPT: '0',
        GIT_ASKPASS: '',
        SSH_ASKPASS: '',
        ...extra,
    };
}
/** Runs git in an agent-controlled checkout: hardened config, allowlisted environment (plus `options.env`). */
function checkoutGit(repo, args, options = {}) {
    // The checkout may belong to another uid (a root runner's sandbox user, a container's mount): we chose it.
    const overrides = [...OVERRIDES, `safe.directory=${realpathSync(repo)}`];
    return runGit(repo, [...overrides.flatMap((o) => ['-c', o]), ...args], { ...options, env: checkoutEnv(options.env), inheritEnv: false });
}
/** Repository config that would make git run a program, or send what it fetches or pushes somewhere else. */
const RUNS_OR_REDIRECTS = (/* unused pure expression or super */ null && ([
    [/^include\.path$|^includeif\..*\.path$/, 'includes another config file, which could define anything below'],
    [/^core\.(fsmonitor|sshcommand|gitproxy|askpass|pager|editor|worktree)$/, 'runs a program (or moves the work tree)'],
    [/^filter\..*\.(clean|smudge|process)$/, 'a filter driver: runs a program on checkout, add and status'],
    [/^diff\..*\.(textconv|command)$|^diff\.external$/, 'a diff driver: runs a program on diff'],
    [/^merge\..*\.driver$/, 'a merge driver: runs a program'],
    [/^gpg(\..*)?\.program$/, 'a signing program'],
    [/^credential\./, 'a credential helper'],
    [/^uploadpack\.packobjectshook$|^remote\..*\.(uploadpack|receivepack)$/, 'runs a program on fetch or push'],
    [/^url\..*\.(insteadof|pushinsteadof)$/, 'redirects fetches or pushes to another URL'],
    [/^sequence\.editor$|^pager\./, 'runs a program'],
]));
/**
 * Fails with a ConfigurationError naming each key when the checkout's own
 * config (local and worktree scope) would make git run a program or redirect
 * a push. Called before the runner's first git command in the checkout.
 */
async function auditCheckoutConfig(repo) {
    const { stdout } = await checkoutGit(repo, ['config', '--list', '--show-scope', '-z'], { okExitCodes: [0, 1] });
    const problems = [];
    // With -z, each entry is `scope NUL key LF value NUL`.
    const parts = stdout.toString('utf8').split('\0');
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const scope = parts[i];
        const key = parts[i + 1].split('\n')[0];
        if (scope !== 'local' && scope !== 'worktree')
            continue;
        const hit = RUNS_OR_REDIRECTS.find(([re]) => re.test(key.toLowerCase()));
        if (hit)
            problems.push(`${key} (${hit[1]})`);
    }
    if (problems.length > 0) {
        throw new ConfigurationError(`the checkout's git config would let git run programs or redirect a push: ${problems.join('; ')}.`, {
            file: `${repo}/.git/config`,
            fix: `remove these keys (git config --unset <key>), and check out with actions/checkout's persist-credentials: false; the runner never lets a repository choose what git runs.`,
        });
    }
}
//# sourceMappingURL=checkout-git.js.map
;// CONCATENATED MODULE: ./packages/git/lib/index.js








//# sourceMappingURL=index.js.map

/***/ }),

/***/ 11748:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ disagreementFindings),
/* harmony export */   Ki: () => (/* binding */ functionId),
/* harmony export */   pM: () => (/* binding */ compareCollections)
/* harmony export */ });
/** A pytest node id without its parameter part: `f.py::T::test_x[1-a]` → `f.py::T::test_x`. */
function functionId(id) {
    const bracket = id.indexOf('[');
    return bracket < 0 ? id : id.slice(0, bracket);
}
function runs(status) {
    return status === 'active' || status === 'focused' || status === 'xfail';
}
/**
 * Compares the static collection with the runner's, test function by test
 * function, for the files the runner covers. Skips only a run can see (a skip
 * call in a body or fixture) are not disagreements: collection cannot see them.
 */
function compareCollections(staticCol, runnerCol, covers) {
    const group = (col, only) => {
        const out = new Map();
        for (const t of col.tests.values()) {
            if (!only(t))
                continue;
            const k = functionId(t.id);
            out.set(k, [...(out.get(k) ?? []), t]);
        }
        return out;
    };
    const errored = new Set(runnerCol.errors.map((e) => e.path));
    const staticByFn = group(staticCol, covers);
    const runnerByFn = group(runnerCol, () => true);
    const out = [];
    for (const [id, tests] of staticByFn) {
        const main = tests.find((t) => t.id === id) ?? tests[0];
        const seen = runnerByFn.get(id);
        if (!seen) {
            if (errored.has(main.path))
                continue;
            // A file a build constraint leaves out is not collected by design (Go).
            if (!runs(main.status) && main.reason?.startsWith('excluded by'))
                continue;
            const moduleSkip = runnerCol.skippedFiles?.get(main.path);
            if (moduleSkip !== undefined && main.status !== 'active')
                continue;
            out.push({
                id,
                path: main.path,
                line: main.line,
                staticView: main.status === 'active' ? 'collected' : `collected, ${main.status} (${main.reason ?? ''})`,
                runnerView: moduleSkip !== undefined ? `module skipped at collection (${moduleSkip})` : 'not collected',
            });
            continue;
        }
        if (main.skipKind === 'runtime')
            continue;
        const runnerRuns = seen.some((t) => runs(t.status));
        const staticRuns = runs(main.status);
        if (staticRuns !== runnerRuns) {
            const r = seen.find((t) => !runs(t.status));
            out.push({
                id,
                path: main.path,
                line: main.line,
                staticView: staticRuns ? 'active' : `${main.status} (${main.reason ?? ''})`,
                runnerView: runnerRuns ? 'runs (conditions evaluated)' : `${r?.status} (${r?.reason ?? ''})`,
            });
        }
    }
    for (const [id, tests] of runnerByFn) {
        if (staticByFn.has(id))
            continue;
        const t = tests[0];
        out.push({ id, path: t.path, line: t.line, staticView: 'not found', runnerView: `collected (${tests.length} item(s))` });
    }
    return out;
}
/** Findings for disagreements: warnings, the first `cap` individually and a count for the rest. */
function disagreementFindings(list, revision, cap = 20) {
    const findings = list.slice(0, cap).map((d) => ({
        rule: 'collector-disagreement',
        severity: 'warning',
        message: `at ${revision}: static collector says ${d.staticView}; the framework says ${d.runnerView}.`,
        path: d.path,
        ...(d.line ? { line: d.line } : {}),
        test: d.id,
    }));
    if (list.length > cap) {
        findings.push({ rule: 'collector-disagreement', severity: 'warning', message: `${list.length - cap} more disagreement(s) between the static collector and the framework at ${revision} (see the report metrics).` });
    }
    return findings;
}
//# sourceMappingURL=compare-collectors.js.map

/***/ }),

/***/ 23005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eC: () => (/* binding */ TEST_STATUSES),
/* harmony export */   eD: () => (/* binding */ emptyCollection),
/* harmony export */   ec: () => (/* binding */ testId),
/* harmony export */   nZ: () => (/* binding */ totalsByStatus),
/* harmony export */   p: () => (/* binding */ IdAllocator),
/* harmony export */   sM: () => (/* binding */ addFile)
/* harmony export */ });
/* unused harmony export strongerStatus */
/** What a test does when the suite runs. `focused` tests make the rest of their file not run. */
const TEST_STATUSES = ['active', 'skipped', 'xfail', 'todo', 'focused'];
function emptyCollection() {
    return { tests: new Map(), errors: [], files: 0 };
}
function addFile(collection, file) {
    collection.files += 1;
    if (file.error)
        collection.errors.push(file.error);
    for (const t of file.tests)
        collection.tests.set(t.id, t);
}
function totalsByStatus(tests) {
    const totals = { total: 0, active: 0, skipped: 0, xfail: 0, todo: 0, focused: 0 };
    for (const t of tests) {
        totals.total += 1;
        totals[t.status] += 1;
    }
    return totals;
}
const STATUS_RANK = { active: 0, xfail: 1, todo: 2, skipped: 3, focused: 4 };
/** The stronger of two statuses: a skipped test stays skipped whatever else marks it. */
function strongerStatus(a, b) {
    return STATUS_RANK[b] > STATUS_RANK[a] ? b : a;
}
/** Makes ids unique inside one file: a second test with the same name gets `#2`. */
class IdAllocator {
    seen = new Map();
    allocate(id) {
        const n = (this.seen.get(id) ?? 0) + 1;
        this.seen.set(id, n);
        return n === 1 ? id : `${id}#${n}`;
    }
}
function testId(path, suite, name) {
    return [path, ...suite, name].join('::');
}
//# sourceMappingURL=model.js.map

/***/ }),

/***/ 45784:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   pQ: () => (/* binding */ notRunning),
/* harmony export */   xt: () => (/* binding */ strongestResult)
/* harmony export */ });
/* unused harmony export REPORT_FORMATS */
/**
 * Layer 3 of the skip-set guard reads what the tests did, not what they
 * declare: the reports of real test runs at base and head.
 */
const REPORT_FORMATS = (/* unused pure expression or super */ null && (['junit-xml', 'pytest-json', 'go-test-json', 'jest-json']));
const NOT_RUNNING = new Set(['skipped', 'xfail', 'todo']);
/** Whether a status means the test's body no longer decides anything. */
function notRunning(status) {
    return NOT_RUNNING.has(status);
}
/**
 * The status of a test that appears more than once in one revision's reports
 * (a retried test, or the same report in two formats): if any occurrence ran,
 * it ran; a pass beats a failure (a rerun that passed).
 */
function strongestResult(a, b) {
    const rank = { passed: 4, failed: 3, xfail: 2, skipped: 1, todo: 0 };
    return rank[b] > rank[a] ? b : a;
}
/** The first line of a message, trimmed to a readable length. */
function firstLine(text, max = 200) {
    const line = text?.trim().split('\n')[0]?.trim();
    if (!line)
        return undefined;
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
//# sourceMappingURL=model.js.map

/***/ }),

/***/ 81372:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ NAMESPACE),
/* harmony export */   oJ: () => (/* binding */ ATTR_ERROR_TYPE)
/* harmony export */ });
/* unused harmony exports ATTR_GEN_AI_OPERATION_NAME, ATTR_GEN_AI_PROVIDER_NAME, ATTR_GEN_AI_AGENT_NAME, ATTR_GEN_AI_CONVERSATION_ID, ATTR_GEN_AI_REQUEST_MODEL, ATTR_GEN_AI_REQUEST_MAX_TOKENS, ATTR_GEN_AI_RESPONSE_MODEL, ATTR_GEN_AI_RESPONSE_ID, ATTR_GEN_AI_RESPONSE_FINISH_REASONS, ATTR_GEN_AI_USAGE_INPUT_TOKENS, ATTR_GEN_AI_USAGE_OUTPUT_TOKENS, ATTR_GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS, ATTR_GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS, ATTR_GEN_AI_TOOL_NAME, ATTR_GEN_AI_TOOL_CALL_ID, ATTR_GEN_AI_TOOL_TYPE, ATTR_GEN_AI_TOKEN_TYPE, GEN_AI_OPERATION_NAME_VALUE_CHAT, GEN_AI_OPERATION_NAME_VALUE_INVOKE_AGENT, GEN_AI_OPERATION_NAME_VALUE_EXECUTE_TOOL, GEN_AI_PROVIDER_NAME_VALUE_ANTHROPIC, GEN_AI_TOKEN_TYPE_VALUE_INPUT, GEN_AI_TOKEN_TYPE_VALUE_OUTPUT, METRIC_GEN_AI_CLIENT_TOKEN_USAGE, METRIC_GEN_AI_CLIENT_OPERATION_DURATION, TOKEN_USAGE_BUCKETS, OPERATION_DURATION_BUCKETS, ours */
/**
 * The names this package emits. The GenAI conventions are still
 * "Development" and live in `@opentelemetry/semantic-conventions/incubating`,
 * whose README asks instrumentations not to import that entry point at run
 * time but to copy the definitions they use (it may break in a minor release,
 * and it is ~1 MB of constants). These are copied from v1.45.0 of that
 * package; a test compares every one with the package so an update that
 * renames one fails loudly.
 *
 * Sources: open-telemetry/semantic-conventions docs/gen-ai/gen-ai-spans.md,
 * gen-ai-agent-spans.md, gen-ai-metrics.md and anthropic.md (v1.41, the last
 * release before the GenAI conventions moved to semantic-conventions-genai).
 */
const ATTR_GEN_AI_OPERATION_NAME = 'gen_ai.operation.name';
const ATTR_GEN_AI_PROVIDER_NAME = 'gen_ai.provider.name';
const ATTR_GEN_AI_AGENT_NAME = 'gen_ai.agent.name';
const ATTR_GEN_AI_CONVERSATION_ID = 'gen_ai.conversation.id';
const ATTR_GEN_AI_REQUEST_MODEL = 'gen_ai.request.model';
const ATTR_GEN_AI_REQUEST_MAX_TOKENS = 'gen_ai.request.max_tokens';
const ATTR_GEN_AI_RESPONSE_MODEL = 'gen_ai.response.model';
const ATTR_GEN_AI_RESPONSE_ID = 'gen_ai.response.id';
const ATTR_GEN_AI_RESPONSE_FINISH_REASONS = 'gen_ai.response.finish_reasons';
/** Anthropic's `input_tokens` excludes cached tokens; this one includes them (anthropic.md). */
const ATTR_GEN_AI_USAGE_INPUT_TOKENS = 'gen_ai.usage.input_tokens';
const ATTR_GEN_AI_USAGE_OUTPUT_TOKENS = 'gen_ai.usage.output_tokens';
const ATTR_GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS = 'gen_ai.usage.cache_read.input_tokens';
const ATTR_GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS = 'gen_ai.usage.cache_creation.input_tokens';
const ATTR_GEN_AI_TOOL_NAME = 'gen_ai.tool.name';
const ATTR_GEN_AI_TOOL_CALL_ID = 'gen_ai.tool.call.id';
const ATTR_GEN_AI_TOOL_TYPE = 'gen_ai.tool.type';
const ATTR_GEN_AI_TOKEN_TYPE = 'gen_ai.token.type';
const GEN_AI_OPERATION_NAME_VALUE_CHAT = 'chat';
const GEN_AI_OPERATION_NAME_VALUE_INVOKE_AGENT = 'invoke_agent';
const GEN_AI_OPERATION_NAME_VALUE_EXECUTE_TOOL = 'execute_tool';
const GEN_AI_PROVIDER_NAME_VALUE_ANTHROPIC = 'anthropic';
const GEN_AI_TOKEN_TYPE_VALUE_INPUT = 'input';
const GEN_AI_TOKEN_TYPE_VALUE_OUTPUT = 'output';
const METRIC_GEN_AI_CLIENT_TOKEN_USAGE = 'gen_ai.client.token.usage';
const METRIC_GEN_AI_CLIENT_OPERATION_DURATION = 'gen_ai.client.operation.duration';
/** Stable (not incubating): `error.type`, required on a span or measurement that ended in an error. */
const ATTR_ERROR_TYPE = 'error.type';
/** gen-ai-metrics.md: `gen_ai.client.token.usage` SHOULD use these bucket boundaries. */
const TOKEN_USAGE_BUCKETS = (/* unused pure expression or super */ null && ([1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864]));
/** gen-ai-metrics.md: `gen_ai.client.operation.duration` SHOULD use these (seconds). */
const OPERATION_DURATION_BUCKETS = (/* unused pure expression or super */ null && ([0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92]));
/** Our own attributes and metrics, under one namespace (attribute-naming.md: a project prefix). */
const NAMESPACE = 'agent_guards';
/** Namespaces of the conventions this package uses; any other key is ours. */
const CONVENTION_PREFIXES = ['gen_ai.', 'error.', 'server.', `${NAMESPACE}.`];
/** `{ mode: 'plan', 'gen_ai.tool.name': 'x' }` → `{ 'agent_guards.mode': 'plan', 'gen_ai.tool.name': 'x' }`. */
function ours(attributes) {
    const out = {};
    for (const [key, value] of Object.entries(attributes))
        out[CONVENTION_PREFIXES.some((p) => key.startsWith(p)) ? key : `${NAMESPACE}.${key}`] = value;
    return out;
}
//# sourceMappingURL=semconv.js.map

/***/ })

};
