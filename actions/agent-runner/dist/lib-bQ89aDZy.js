import { isAscii } from "node:buffer";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { readFileSync } from "node:fs";
// packages/source-lexing/lib/line-index.js
var LineIndex = class {
	starts = [0];
	constructor(text) {
		for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
	}
	lineOf(offset) {
		const starts = this.starts;
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = lo + hi + 1 >>> 1;
			if (starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	}
};
function lineOf(text, offset) {
	let line = 1;
	for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line += 1;
	return line;
}
// packages/source-lexing/lib/masked-text.js
function isOpen(c) {
	return c === 40 || c === 91 || c === 123;
}
function isClose(c) {
	return c === 41 || c === 93 || c === 125;
}
function isSpace(c) {
	return c === 32 || c === 10 || c === 13 || c === 9 || c === 12;
}
function matchingBracket(masked, open) {
	let depth = 0;
	for (let i = open; i < masked.length; i += 1) {
		const c = masked.charCodeAt(i);
		if (isOpen(c)) depth += 1;
		else if (isClose(c)) {
			depth -= 1;
			if (depth === 0) return i;
		}
	}
	return -1;
}
function splitTopLevel(masked, start, end, separator = ",") {
	const spans = [];
	const sep = separator.charCodeAt(0);
	let depth = 0;
	let from = start;
	for (let i = start; i <= end; i += 1) {
		const c = i === end ? sep : masked.charCodeAt(i);
		if (isOpen(c)) depth += 1;
		else if (isClose(c)) depth -= 1;
		else if (c === sep && depth === 0) {
			let s = from;
			let e = i;
			while (s < e && isSpace(masked.charCodeAt(s))) s += 1;
			while (e > s && isSpace(masked.charCodeAt(e - 1))) e -= 1;
			if (e > s) spans.push({
				start: s,
				end: e
			});
			from = i + 1;
		}
	}
	return spans;
}
function allowsJsx(path) {
	return !/\.[mc]?ts$/.test(path);
}
function jsNamesAsRead(text, jsx) {
	if (!text.includes("\\u")) return text;
	const tokens = tokenizeJs(text, { jsx });
	const out = [];
	let copied = 0;
	for (let t = 0; t < tokens.kind.length; t += 1) {
		const start = tokens.start[t];
		if (tokens.kind[t] !== 1 || start < copied || !text.slice(start, tokens.end[t]).includes("\\")) continue;
		ESCAPED_NAME.lastIndex = start;
		const name = ESCAPED_NAME.exec(text)[0];
		out.push(text.slice(copied, start), name.replace(NAME_ESCAPE, (escape, braced, four) => {
			const code = Number.parseInt(braced ?? four, 16);
			return code <= 1114111 ? String.fromCodePoint(code) : escape;
		}));
		copied = start + name.length;
	}
	out.push(text.slice(copied));
	return out.join("");
}
const ESCAPED_NAME = /(?:\\u\{[0-9a-fA-F]+\}|\\u[0-9a-fA-F]{4}|\\|[\w$\u0080-\uffff])+/y;
const NAME_ESCAPE = /\\u(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/g;
function tokenizeJs(text, options) {
	return new JsLexer(text, options.jsx, options.nested ?? false).run();
}
const KEYWORDS_BEFORE_EXPRESSION = /* @__PURE__ */ new Set([
	"return",
	"typeof",
	"instanceof",
	"in",
	"of",
	"new",
	"delete",
	"void",
	"throw",
	"case",
	"do",
	"else",
	"yield",
	"await",
	"extends"
]);
const CONTROL_KEYWORDS = /* @__PURE__ */ new Set([
	"if",
	"while",
	"for",
	"with"
]);
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
var JsLexer = class {
	src;
	jsx;
	nested;
	pos = 0;
	kind = [];
	start = [];
	end = [];
	hidden = 0;
	lastKind = 0;
	lastStart = 0;
	lastEnd = 0;
	parens = [];
	lastClosedParenWasControl = false;
	lastBangWasPostfix = false;
	error;
	constructor(src, jsx, nested) {
		this.src = src;
		this.jsx = jsx;
		this.nested = nested;
	}
	run() {
		if (this.src.startsWith("#!")) this.skipLine();
		this.scanTokens(false);
		const match = this.matchBrackets();
		const tokens = {
			kind: this.kind,
			start: this.start,
			end: this.end,
			match
		};
		if (this.error) tokens.error = this.error;
		return tokens;
	}
	fail(message, at) {
		this.error ??= {
			message,
			line: lineOf(this.src, at)
		};
	}
	scanTokens(untilBrace) {
		const src = this.src;
		let depth = 0;
		while (this.pos < src.length) {
			const c = src.charCodeAt(this.pos);
			if (c <= 32 || c === 160 || c === 65279 || c === 8232 || c === 8233) {
				this.pos += 1;
				continue;
			}
			if (c === CH_SLASH) {
				const next = src.charCodeAt(this.pos + 1);
				if (next === CH_SLASH) this.skipLine();
				else if (next === CH_STAR) {
					const close = src.indexOf("*/", this.pos + 2);
					if (close < 0) this.fail("unterminated comment", this.pos);
					this.pos = close < 0 ? src.length : close + 2;
				} else if (this.regexAllowed()) this.scanRegex();
				else this.punct(1);
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
			if (c === CH_LESS && this.jsx && this.regexAllowed() && !this.lastIs(CH_LESS) && this.looksLikeJsx()) {
				this.scanJsx();
				continue;
			}
			if (isDigit$1(c) || c === 46 && isDigit$1(src.charCodeAt(this.pos + 1))) {
				this.scanNumber();
				continue;
			}
			if (isIdentifierStart(c)) {
				this.scanName();
				continue;
			}
			if (c === 63 && src.charCodeAt(this.pos + 1) === 46 && !isDigit$1(src.charCodeAt(this.pos + 2))) {
				this.punct(1);
				this.punct(1);
				continue;
			}
			if (c === 46 && src.charCodeAt(this.pos + 1) === 46 && src.charCodeAt(this.pos + 2) === 46) {
				this.punct(3);
				continue;
			}
			if (c === 61 && src.charCodeAt(this.pos + 1) === CH_GREATER) {
				this.punct(2);
				continue;
			}
			if (c === 40) this.parens.push(this.lastKind === 1 && CONTROL_KEYWORDS.has(src.slice(this.lastStart, this.lastEnd)));
			else if (c === 41) this.lastClosedParenWasControl = this.parens.pop() ?? false;
			else if (c === 33) this.lastBangWasPostfix = !this.regexAllowed();
			this.punct(1);
		}
	}
	regexAllowed() {
		switch (this.lastKind) {
			case 0: return true;
			case 1: return KEYWORDS_BEFORE_EXPRESSION.has(this.src.slice(this.lastStart, this.lastEnd));
			case 4: {
				if (this.lastEnd - this.lastStart > 1) return true;
				const c = this.src.charCodeAt(this.lastStart);
				if (c === 41) return this.lastClosedParenWasControl;
				if (c === 33) return !this.lastBangWasPostfix;
				return c !== 93;
			}
			default: return false;
		}
	}
	lastIs(c) {
		return this.lastKind === 4 && this.lastEnd - this.lastStart === 1 && this.src.charCodeAt(this.lastStart) === c;
	}
	push(kind, start, end) {
		this.lastKind = kind;
		this.lastStart = start;
		this.lastEnd = end;
		if (this.hidden > 0) return -1;
		this.kind.push(kind);
		this.start.push(start);
		this.end.push(end);
		return this.kind.length - 1;
	}
	punct(length) {
		this.push(4, this.pos, this.pos + length);
		this.pos += length;
	}
	holder(kind, scan) {
		const start = this.pos;
		const index = this.nested ? this.push(kind, start, start) : -1;
		if (!this.nested) this.hidden += 1;
		scan();
		if (!this.nested) this.hidden -= 1;
		if (index >= 0) this.end[index] = this.pos;
		else this.push(kind, start, this.pos);
		this.lastKind = kind;
		this.lastStart = start;
		this.lastEnd = this.pos;
	}
	scanEmbeddedCode() {
		this.lastKind = 0;
		this.scanTokens(true);
	}
	skipLine() {
		while (this.pos < this.src.length) {
			const c = this.src.charCodeAt(this.pos);
			if (c === CH_NEWLINE || c === CH_RETURN || c === 8232 || c === 8233) return;
			this.pos += 1;
		}
	}
	scanName() {
		const start = this.pos;
		this.pos += 1;
		while (this.pos < this.src.length && isIdentifierPart(this.src.charCodeAt(this.pos))) this.pos += 1;
		this.push(1, start, this.pos);
	}
	scanNumber() {
		const src = this.src;
		const start = this.pos;
		while (this.pos < src.length) {
			const c = src.charCodeAt(this.pos);
			if (isIdentifierPart(c) || c === 46) this.pos += 1;
			else if ((c === 43 || c === 45) && (src.charCodeAt(this.pos - 1) | 32) === 101 && !/^0[xX]/.test(src.slice(start, this.pos))) this.pos += 1;
			else break;
		}
		this.push(5, start, this.pos);
	}
	scanString(quote) {
		const src = this.src;
		const start = this.pos;
		this.pos += 1;
		while (this.pos < src.length) {
			const c = src.charCodeAt(this.pos);
			if (c === quote) {
				this.pos += 1;
				this.push(2, start, this.pos);
				return;
			}
			if (c === CH_BACKSLASH) {
				this.pos += src.charCodeAt(this.pos + 1) === CH_RETURN && src.charCodeAt(this.pos + 2) === CH_NEWLINE ? 3 : 2;
				continue;
			}
			if (c === CH_NEWLINE || c === CH_RETURN) break;
			this.pos += 1;
		}
		this.fail("unterminated string literal", start);
		this.pos = Math.min(this.pos, src.length);
		this.push(2, start, this.pos);
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
			this.fail("unterminated template literal", start);
			this.pos = src.length;
		};
		if (substitution) this.holder(3, scan);
		else {
			scan();
			this.push(3, start, this.pos);
		}
	}
	templateHasSubstitution(start) {
		const src = this.src;
		for (let i = start + 1; i < src.length; i += 1) {
			const c = src.charCodeAt(i);
			if (c === CH_BACKSLASH) i += 1;
			else if (c === CH_BACKTICK) return false;
			else if (c === CH_DOLLAR && src.charCodeAt(i + 1) === CH_OPEN_BRACE) return true;
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
			if (c === CH_NEWLINE || c === CH_RETURN) break;
			if (c === CH_BACKSLASH) {
				this.pos += 2;
				continue;
			}
			if (c === 91) inClass = true;
			else if (c === 93) inClass = false;
			else if (c === CH_SLASH && !inClass) {
				this.pos += 1;
				while (this.pos < src.length && isIdentifierPart(src.charCodeAt(this.pos))) this.pos += 1;
				this.push(6, start, this.pos);
				return;
			}
			this.pos += 1;
		}
		this.fail("unterminated regular expression", start);
		this.pos = Math.min(this.pos, src.length);
		this.push(6, start, this.pos);
	}
	looksLikeJsx() {
		const rest = this.src.slice(this.pos + 1, this.pos + 200);
		if (/^\s*>/.test(rest)) return true;
		if (!/^\s*[A-Za-z_$]/.test(rest)) return false;
		return !/^\s*[A-Za-z_$][\w$]*(?:\s*[,=]|\s+extends\s)/.test(rest);
	}
	scanJsx() {
		const start = this.pos;
		this.holder(7, () => {
			if (!this.scanJsxElement()) this.fail("unterminated JSX element", start);
		});
	}
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
				while (next < src.length && src.charCodeAt(next) <= 32) next += 1;
				if (src.charCodeAt(next) === CH_SLASH) {
					const close = src.indexOf(">", next);
					this.pos = close < 0 ? src.length : close + 1;
					return close >= 0;
				}
				if (!this.scanJsxElement()) return false;
				continue;
			}
			this.pos += 1;
		}
		return false;
	}
	skipSpaces() {
		while (this.pos < this.src.length && this.src.charCodeAt(this.pos) <= 32) this.pos += 1;
	}
	matchBrackets() {
		const { kind, start, src } = this;
		const match = new Array(kind.length).fill(-1);
		const stack = [];
		for (let t = 0; t < kind.length; t += 1) {
			if (kind[t] !== 4) continue;
			const c = src.charCodeAt(start[t]);
			if (c === 40 || c === 91 || c === CH_OPEN_BRACE) stack.push(t);
			else if (c === 41 || c === 93 || c === CH_CLOSE_BRACE) {
				const open = stack.pop();
				if (open === void 0 || src.charCodeAt(start[open]) !== OPENER[c]) {
					this.fail(`unmatched '${String.fromCharCode(c)}'`, start[t]);
					if (open === void 0) continue;
				}
				match[open] = t;
				match[t] = open;
			}
		}
		if (stack.length > 0) this.fail("bracket opened here is never closed", start[stack[stack.length - 1]]);
		return match;
	}
};
const OPENER = {
	41: 40,
	93: 91,
	[CH_CLOSE_BRACE]: CH_OPEN_BRACE
};
function isDigit$1(c) {
	return c >= 48 && c <= 57;
}
function isIdentifierStart(c) {
	return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === CH_DOLLAR || c === 35 || c === CH_BACKSLASH || c > 127;
}
function isIdentifierPart(c) {
	return isIdentifierStart(c) || isDigit$1(c);
}
function literalValue(text, tokens, t) {
	const kind = tokens.kind[t];
	if (kind !== 2 && kind !== 3) return void 0;
	const start = tokens.start[t];
	const end = tokens.end[t];
	const quote = text.charCodeAt(start);
	let value = "";
	let chunk = start + 1;
	let i = start + 1;
	while (i < end) {
		const c = text.charCodeAt(i);
		if (c === quote) break;
		if (c === CH_BACKSLASH) {
			const escape = readEscape(text, i + 1);
			value += text.slice(chunk, i) + escape.text;
			i += 1 + escape.length;
			chunk = i;
			continue;
		}
		if (kind === 3 && c === CH_DOLLAR && text.charCodeAt(i + 1) === CH_OPEN_BRACE) return void 0;
		i += 1;
	}
	return value + text.slice(chunk, Math.min(i, end));
}
const SIMPLE_ESCAPES = {
	n: "\n",
	r: "\r",
	t: "	",
	b: "\b",
	f: "\f",
	v: "\v",
	"0": "\0"
};
function readEscape(src, at) {
	const c = src[at];
	if (c === void 0) return {
		text: "",
		length: 0
	};
	if (c === "\r") return {
		text: "",
		length: src[at + 1] === "\n" ? 2 : 1
	};
	if (c === "\n" || c === "\u2028" || c === "\u2029") return {
		text: "",
		length: 1
	};
	const hex = c === "x" ? /^[0-9a-fA-F]{2}/.exec(src.slice(at + 1, at + 3)) : c === "u" ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/.exec(src.slice(at + 1, at + 9)) : null;
	if (hex) {
		const code = Number.parseInt(hex[0].replace(/[{}]/g, ""), 16);
		return {
			text: code <= 1114111 ? String.fromCodePoint(code) : "",
			length: 1 + hex[0].length
		};
	}
	return {
		text: SIMPLE_ESCAPES[c] ?? c,
		length: 1
	};
}
function templateParts(text, tokens, t) {
	if (tokens.kind[t] !== 3) return void 0;
	const end = tokens.end[t];
	const count = tokens.kind.length;
	const quasis = [];
	const substitutions = [];
	let chunk = "";
	let next = t + 1;
	let i = tokens.start[t] + 1;
	while (i < end) {
		const c = text.charCodeAt(i);
		if (c === CH_BACKTICK) {
			quasis.push(chunk);
			return {
				quasis,
				substitutions
			};
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
		chunk = "";
		const first = next;
		let pos = i + 2;
		let close = -1;
		for (;;) {
			const limit = next < count && tokens.start[next] < end ? tokens.start[next] : end;
			close = closingBrace(text, pos, limit);
			if (close >= 0 || limit === end) break;
			const partner = tokens.match[next];
			const stop = tokens.end[partner > next ? partner : next];
			next += 1;
			while (next < count && tokens.start[next] < stop) next += 1;
			pos = stop;
		}
		if (close < 0) return void 0;
		substitutions.push({
			first,
			end: next
		});
		i = close + 1;
	}
}
function closingBrace(text, from, limit) {
	let i = from;
	while (i < limit) {
		const c = text.charCodeAt(i);
		if (c <= 32 || c === 160 || c === 65279 || c === 8232 || c === 8233) i += 1;
		else if (c === CH_SLASH && text.charCodeAt(i + 1) === CH_SLASH) while (i < limit && text.charCodeAt(i) !== CH_NEWLINE && text.charCodeAt(i) !== CH_RETURN) i += 1;
		else if (c === CH_SLASH && text.charCodeAt(i + 1) === CH_STAR) {
			const close = text.indexOf("*/", i + 2);
			i = close < 0 ? limit : close + 2;
		} else return c === CH_CLOSE_BRACE ? i : -1;
	}
	return -1;
}
// packages/source-lexing/lib/python-lexer.js
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
const OTHER = 128;
const K_NEWLINE = 1;
const K_QUOTE = 2;
const K_HASH = 3;
const K_BACKSLASH = 4;
const K_OPEN = 5;
const K_CLOSE = 6;
const KIND = /* @__PURE__ */ new Uint8Array(256);
KIND[NL] = K_NEWLINE;
KIND[CR] = K_NEWLINE;
KIND[SQ] = K_QUOTE;
KIND[DQ] = K_QUOTE;
KIND[HASH] = K_HASH;
KIND[BS] = K_BACKSLASH;
for (const c of "([{") KIND[c.charCodeAt(0)] = K_OPEN;
for (const c of ")]}") KIND[c.charCodeAt(0)] = K_CLOSE;
const scratches = Array.from({ length: 4 }, () => ({
	buffer: Buffer.allocUnsafe(65536),
	text: void 0,
	bytes: /* @__PURE__ */ new Uint8Array(0)
}));
function syntaxBytes(text) {
	let k = 0;
	while (k < scratches.length && scratches[k].text !== text) k += 1;
	if (k === 0) return scratches[0].bytes;
	const slot = scratches.splice(k < scratches.length ? k : scratches.length - 1, 1)[0];
	scratches.unshift(slot);
	if (k < scratches.length) return slot.bytes;
	const n = text.length;
	if (slot.buffer.length < 3 * n) slot.buffer = Buffer.allocUnsafe(Math.max(3 * n, 2 * slot.buffer.length));
	const scratch = slot.buffer;
	if (scratch.write(text, 0, "utf8") !== n) for (let i = 0; i < n; i += 1) {
		const c = text.charCodeAt(i);
		scratch[i] = c < 128 ? c : OTHER;
	}
	slot.text = text;
	slot.bytes = scratch.subarray(0, n);
	return slot.bytes;
}
function recentSyntaxBytes(text) {
	for (const slot of scratches) if (slot.text === text) return slot.bytes;
}
let rangeScratch = Buffer.allocUnsafe(4096);
function rangeSyntaxBytes(text, from, to) {
	const n = Math.max(0, Math.min(to, text.length) - from);
	if (rangeScratch.length < n) rangeScratch = Buffer.allocUnsafe(Math.max(n, 2 * rangeScratch.length));
	const b = rangeScratch;
	for (let k = 0; k < n; k += 1) {
		const c = text.charCodeAt(from + k);
		b[k] = c < 128 ? c : OTHER;
	}
	return b.subarray(0, n);
}
function isPrefixLetter(c) {
	return c === 114 || c === 82 || c === 98 || c === 66 || c === 117 || c === 85 || c === 102 || c === 70 || c === 116 || c === 84;
}
function isIdentChar(c) {
	return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c > 127;
}
var Cursor = class {
	b;
	line = 1;
	error;
	n;
	constructor(b) {
		this.b = b;
		this.n = b.length;
	}
	fail(message, line) {
		this.error ??= {
			message,
			line
		};
	}
	isFormatted(q) {
		const b = this.b;
		let p = q - 1;
		let formatted = false;
		let letters = 0;
		while (letters < 2 && p >= 0 && isPrefixLetter(b[p])) {
			const c = b[p] | 32;
			if (c === 102 || c === 116) formatted = true;
			p -= 1;
			letters += 1;
		}
		if (letters === 0) return false;
		if (p >= 0 && isIdentChar(b[p])) return false;
		return formatted;
	}
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
				if (next === NL) this.line += 1;
				else if (next === CR) {
					this.line += 1;
					if (b[j + 2] === NL) j += 1;
				}
				j += 2;
			} else if (c === quote) {
				if (!triple) return j + 1;
				if (b[j + 1] === quote && b[j + 2] === quote) return j + 3;
				j += 1;
			} else if (c === NL || c === CR) {
				if (!triple) {
					this.fail("unterminated string literal", startLine);
					return j;
				}
				if (c === CR && b[j + 1] === NL) j += 1;
				this.line += 1;
				j += 1;
			} else if (formatted && c === LBRACE) {
				if (b[j + 1] === LBRACE) j += 2;
				else j = this.skipFormatExpression(j + 1);
			} else j += 1;
		}
		this.fail(triple ? "unterminated triple-quoted string" : "unterminated string literal", startLine);
		return n;
	}
	skipFormatExpression(i) {
		const b = this.b;
		const n = this.n;
		let depth = 0;
		let j = i;
		while (j < n) {
			const c = b[j];
			if (c === SQ || c === DQ) j = this.skipString(j);
			else if (c === 40 || c === 91 || c === LBRACE) {
				depth += 1;
				j += 1;
			} else if (c === 41 || c === 93) {
				depth -= 1;
				j += 1;
			} else if (c === RBRACE) {
				if (depth === 0) return j + 1;
				depth -= 1;
				j += 1;
			} else {
				if (c === NL) this.line += 1;
				j += 1;
			}
		}
		return n;
	}
};
const REMEMBERED_CHARS = 33554432;
const remembered = /* @__PURE__ */ new Map();
let rememberedChars = 0;
function pythonStatementsOf(text) {
	const hit = remembered.get(text);
	if (hit) return hit;
	const statements = scanPythonStatements(text);
	if (text.length > REMEMBERED_CHARS) return statements;
	remembered.set(text, statements);
	rememberedChars += text.length;
	for (const key of remembered.keys()) {
		if (rememberedChars <= REMEMBERED_CHARS) break;
		remembered.delete(key);
		rememberedChars -= key.length;
	}
	return statements;
}
function scanPython(text) {
	const s = scanPythonStatements(text);
	const statements = [];
	for (let k = 0; k < s.count; k += 1) statements.push({
		start: s.start[k],
		end: s.end[k],
		indent: s.indent[k],
		line: s.line[k]
	});
	return s.error ? {
		statements,
		error: s.error
	} : { statements };
}
function scanPythonStatements(text) {
	const b = syntaxBytes(text);
	const n = b.length;
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
	const lfOnly = text.indexOf("\r") < 0;
	const commentEnd = (from) => {
		if (lfOnly) {
			const nl = b.indexOf(NL, from);
			return nl < 0 ? n : nl;
		}
		let j = from;
		for (let c = b[j]; j < n && c !== NL && c !== CR; c = b[++j]);
		return j;
	};
	let i = 0;
	if (text.charCodeAt(0) === 65279) i = 1;
	while (i < n) {
		let indent = 0;
		let c = b[i];
		while (c === SP || c === TAB || c === FF) {
			indent = c === TAB ? indent + 8 & -8 : c === SP ? indent + 1 : 0;
			i += 1;
			c = b[i];
		}
		if (i >= n) break;
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
				if (depth === 0) break;
				cur.line += 1;
				i += c === CR && b[i + 1] === NL ? 2 : 1;
			} else if (kind === K_QUOTE) i = cur.skipString(i);
			else if (kind === K_HASH) i = commentEnd(i);
			else if (kind === K_BACKSLASH) {
				const next = b[i + 1];
				if (next === NL || next === CR) {
					cur.line += 1;
					i += next === CR && b[i + 2] === NL ? 3 : 2;
				} else i += 1;
			} else if (kind === K_OPEN) {
				if (depth === 0) depthLine = cur.line;
				depth += 1;
				i += 1;
			} else {
				if (depth === 0) cur.fail(`unmatched '${String.fromCharCode(c)}'`, cur.line);
				else depth -= 1;
				i += 1;
			}
		}
		if (depth > 0) cur.fail("bracket opened here is never closed", depthLine);
		if (count === capacity) grow();
		starts[count] = start;
		ends[count] = i;
		indents[count] = indent;
		lines[count] = line;
		count += 1;
	}
	const result = {
		count,
		start: starts,
		end: ends,
		indent: indents,
		line: lines
	};
	if (cur.error) result.error = cur.error;
	return result;
}
function maskPython(text, start, end) {
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
			const close = Math.min(cur.skipString(i - base) + base, end);
			out.push(text.slice(copied, i + 1));
			out.push(blank(text, i + 1, close - 1));
			if (close - 1 > i) out.push(text.charAt(close - 1));
			copied = close;
			i = close;
		} else if (c === HASH) {
			let j = i;
			while (j < end && b[j - base] !== NL && b[j - base] !== CR) j += 1;
			out.push(text.slice(copied, i), " ".repeat(j - i));
			copied = j;
			i = j;
		} else i += 1;
	}
	out.push(text.slice(copied, end));
	return out.join("");
}
function blank(text, from, to) {
	if (to <= from) return "";
	return text.slice(from, to).replace(/[^\r\n]/g, " ");
}
function pythonStringEnd(text, quote) {
	return new Cursor(syntaxBytes(text)).skipString(quote);
}
function stringValueAt(text, i) {
	const b = syntaxBytes(text);
	let j = i;
	while (isPrefixLetter(b[j])) j += 1;
	const q = b[j];
	if (q !== SQ && q !== DQ) return void 0;
	const end = new Cursor(b).skipString(j);
	return b[j + 1] === q && b[j + 2] === q && end - j >= 6 ? text.slice(j + 3, end - 3) : text.slice(j + 1, end - 1);
}
function pythonSourceText(bytes) {
	return isAscii(bytes) ? bytes.toString("latin1") : pythonNamesAsRead(bytes.toString("utf8"));
}
const NAME_CHAR = /^[\p{L}\p{M}\p{N}\p{Pc}]$/u;
const NON_ASCII = /[\u0080-\uffff]/g;
function pythonNamesAsRead(text) {
	if (text.normalize("NFKC") === text) return text;
	const candidates = [];
	let lineEnd = -1;
	let lineChanges = false;
	for (const m of text.matchAll(NON_ASCII)) {
		if (m.index > lineEnd) {
			const lineStart = text.lastIndexOf("\n", m.index) + 1;
			lineEnd = text.indexOf("\n", m.index);
			if (lineEnd < 0) lineEnd = text.length;
			const line = text.slice(lineStart, lineEnd);
			lineChanges = line.normalize("NFKC") !== line;
		}
		if (lineChanges) candidates.push(m.index);
	}
	const inCode = codeOffsets(text, candidates);
	if (inCode.length === 0) return text;
	const out = [];
	let copied = 0;
	for (const at of inCode) {
		if (at < copied) continue;
		let start = at;
		while (start > copied && isNameChar(text, start - 1)) start -= 1;
		let end = at;
		while (end < text.length && isNameChar(text, end)) end += 1;
		out.push(text.slice(copied, start), text.slice(start, end).normalize("NFKC"));
		copied = end;
	}
	out.push(text.slice(copied));
	return out.join("");
}
function isNameChar(text, i) {
	const unit = text.charCodeAt(i);
	if (unit < 128) return unit >= 48 && unit <= 57 || unit >= 65 && unit <= 90 || unit >= 97 && unit <= 122 || unit === 95;
	return NAME_CHAR.test(characterAt(text, i));
}
function characterAt(text, i) {
	const unit = text.charCodeAt(i);
	const start = unit >= 56320 && unit <= 57343 && i > 0 ? i - 1 : i;
	return String.fromCodePoint(text.codePointAt(start));
}
function codeOffsets(text, offsets) {
	const b = syntaxBytes(text);
	const cur = new Cursor(b);
	const out = [];
	let k = 0;
	for (let i = 0; i < b.length && k < offsets.length;) {
		while (k < offsets.length && offsets[k] < i) k += 1;
		const c = b[i];
		if (c === SQ || c === DQ) i = cur.skipString(i);
		else if (c === HASH) while (i < b.length && b[i] !== NL && b[i] !== CR) i += 1;
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
const LEX_BATCH = 16;
function serveLexing(port) {
	port.on("message", (request) => {
		const count = request.paths.length;
		let files = [];
		let transfer = [];
		for (let index = 0; index < count; index += 1) {
			const file = { index };
			const python = request.paths[index].endsWith(".py");
			let text;
			try {
				if (python) text = pythonSourceText(readFileSync(request.paths[index]));
				file.text = text;
			} catch {}
			if (text !== void 0) {
				const statements = scanPythonStatements(text);
				file.statements = statements;
				transfer.push(statements.start.buffer, statements.end.buffer, statements.indent.buffer, statements.line.buffer);
			}
			files.push(file);
			if (files.length === LEX_BATCH || index === count - 1) {
				port.postMessage({
					id: request.id,
					files,
					done: index === count - 1
				}, transfer);
				files = [];
				transfer = [];
			}
		}
		if (count === 0) port.postMessage({
			id: request.id,
			files: [],
			done: true
		});
	});
}
if (!isMainThread && parentPort && workerData?.role === "agent-guards/python-lexer") serveLexing(parentPort);
// packages/source-lexing/lib/python-tokens.js
function pythonTokens(text, start, end) {
	const tokens = [];
	let pos = start;
	while (pos < end) {
		const c = text.charCodeAt(pos);
		if (c === 32 || c === 9 || c === 12 || c === 10 || c === 13 || c === 65279) pos += 1;
		else if (c === 92 && (text.charCodeAt(pos + 1) === 10 || text.charCodeAt(pos + 1) === 13)) pos += 2;
		else if (c === 35) while (pos < end && text.charCodeAt(pos) !== 10 && text.charCodeAt(pos) !== 13) pos += 1;
		else if (c === 39 || c === 34) pos = stringToken(text, pos, pos, tokens);
		else if (isNameStart(c)) {
			const from = pos;
			while (pos < end && isNamePart(text.charCodeAt(pos))) pos += 1;
			const q = text.charCodeAt(pos);
			if ((q === 39 || q === 34) && pos - from <= 2 && isPrefix(text, from, pos)) pos = stringToken(text, from, pos, tokens);
			else tokens.push({
				type: "name",
				value: text.slice(from, pos),
				start: from,
				end: pos
			});
		} else if (c >= 48 && c <= 57 || c === 46 && isDigit(text.charCodeAt(pos + 1))) {
			const from = pos;
			pos = numberEnd(text, pos, end);
			tokens.push({
				type: "number",
				value: text.slice(from, pos),
				start: from,
				end: pos
			});
		} else {
			tokens.push({
				type: "op",
				value: text[pos],
				start: pos,
				end: pos + 1
			});
			pos += 1;
		}
	}
	return tokens;
}
function stringToken(text, from, quote, tokens) {
	const end = pythonStringEnd(text, quote);
	tokens.push({
		type: "string",
		value: stringValueAt(text, from) ?? "",
		start: from,
		end
	});
	return end;
}
function numberEnd(text, pos, end) {
	const hex = text.charCodeAt(pos) === 48 && (text.charCodeAt(pos + 1) | 32) === 120;
	let i = pos;
	while (i < end) {
		const c = text.charCodeAt(i);
		if (isNamePart(c) || c === 46) i += 1;
		else if ((c === 43 || c === 45) && !hex && (text.charCodeAt(i - 1) | 32) === 101) i += 1;
		else break;
	}
	return i;
}
function isPrefix(text, from, to) {
	for (let i = from; i < to; i += 1) if (!isPrefixLetter(text.charCodeAt(i))) return false;
	return true;
}
function isDigit(c) {
	return c >= 48 && c <= 57;
}
function isNameStart(c) {
	return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c > 127;
}
function isNamePart(c) {
	return isNameStart(c) || isDigit(c);
}
const PY_SIMPLE_ESCAPES = {
	"\\": "\\",
	"'": "'",
	"\"": "\"",
	a: "\x07",
	b: "\b",
	f: "\f",
	n: "\n",
	r: "\r",
	t: "	",
	v: "\v"
};
function pythonStringLiteral(text, start, end) {
	let q = start;
	while (q < end && isPrefixLetter(text.charCodeAt(q))) q += 1;
	const quote = text[q];
	if (quote !== "'" && quote !== "\"") return void 0;
	const prefix = text.slice(start, q).toLowerCase();
	const open = text.startsWith(quote.repeat(3), q) && end - q >= 6 ? 3 : 1;
	const body = text.slice(q + open, Math.max(q + open, end - open));
	if (prefix.includes("f") || prefix.includes("t")) return {
		prefix,
		body
	};
	if (prefix.includes("r")) return {
		prefix,
		body,
		value: body
	};
	const value = pythonEscapes(body, prefix.includes("b"));
	return value === void 0 ? {
		prefix,
		body
	} : {
		prefix,
		body,
		value
	};
}
function pythonEscapes(body, bytes) {
	let out = "";
	let i = 0;
	while (i < body.length) {
		const c = body[i];
		if (c !== "\\") {
			out += c;
			i += 1;
			continue;
		}
		const e = body[i + 1];
		if (e === void 0) return out + c;
		if (e === "\n") {
			i += 2;
			continue;
		}
		if (e === "\r") {
			i += body[i + 2] === "\n" ? 3 : 2;
			continue;
		}
		if (PY_SIMPLE_ESCAPES[e] !== void 0) {
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
		const width = e === "x" ? 2 : !bytes && e === "u" ? 4 : !bytes && e === "U" ? 8 : 0;
		const hex = width > 0 ? body.slice(i + 2, i + 2 + width) : "";
		if (width > 0 && hex.length === width && /^[0-9a-fA-F]+$/.test(hex)) {
			const code = Number.parseInt(hex, 16);
			if (code > 1114111) return void 0;
			out += String.fromCodePoint(code);
			i += 2 + width;
			continue;
		}
		if (e === "N" && !bytes) return void 0;
		out += c;
		i += 1;
	}
	return out;
}
// packages/source-lexing/lib/clike-lexer.js
function maskCLike(text, dialect) {
	const n = text.length;
	const out = text.split("");
	let error;
	const fail = (message, at) => {
		error ??= {
			message,
			line: lineOf(text, at)
		};
	};
	const blank = (from, to, fill = " ") => {
		for (let k = from; k < to && k < n; k += 1) if (out[k] !== "\n" && out[k] !== "\r") out[k] = fill;
	};
	const nestedComments = dialect === "kotlin" || dialect === "rust";
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		const next = text.charCodeAt(i + 1);
		if (c === 47 && next === 47) {
			let j = i;
			while (j < n && text.charCodeAt(j) !== 10) j += 1;
			blank(i, j);
			i = j;
		} else if (c === 47 && next === 42) {
			let depth = 1;
			let j = i + 2;
			while (j < n && depth > 0) if (text.charCodeAt(j) === 42 && text.charCodeAt(j + 1) === 47) {
				depth -= 1;
				j += 2;
			} else if (nestedComments && text.charCodeAt(j) === 47 && text.charCodeAt(j + 1) === 42) {
				depth += 1;
				j += 2;
			} else j += 1;
			if (depth > 0) fail("unterminated block comment", i);
			blank(i, j);
			i = j;
		} else if (c === 34) {
			const triple = (dialect === "java" || dialect === "kotlin") && next === 34 && text.charCodeAt(i + 2) === 34;
			const end = triple ? skipTripleQuoted(text, i, dialect === "java") : skipQuoted(text, i, dialect === "kotlin");
			if (end < 0) {
				fail("unterminated string literal", i);
				blank(i + 1, n);
				break;
			}
			blank(triple ? i + 3 : i + 1, triple ? end - 3 : end - 1);
			i = end;
		} else if (c === 96 && dialect === "go") {
			const close = text.indexOf("`", i + 1);
			if (close < 0) {
				fail("unterminated raw string", i);
				blank(i + 1, n);
				break;
			}
			blank(i + 1, close);
			i = close + 1;
		} else if (c === 96 && dialect === "kotlin") {
			const close = text.indexOf("`", i + 1);
			const eol = text.indexOf("\n", i + 1);
			if (close < 0 || eol >= 0 && eol < close) {
				fail("unterminated backtick name", i);
				i += 1;
				continue;
			}
			blank(i + 1, close, "x");
			i = close + 1;
		} else if (c === 114 && dialect === "rust" && (next === 35 || next === 34) && !isWordChar(text.charCodeAt(i - 1))) {
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
			const terminator = `"${"#".repeat(hashes)}`;
			const close = text.indexOf(terminator, j + 1);
			if (close < 0) {
				fail("unterminated raw string", i);
				blank(j + 1, n);
				break;
			}
			blank(j + 1, close);
			i = close + terminator.length;
		} else if (c === 39) {
			const end = charLiteralEnd(text, i, dialect);
			if (end > 0) {
				blank(i + 1, end - 1);
				i = end;
			} else i += 1;
		} else i += 1;
	}
	return {
		masked: out.join(""),
		...error ? { error } : {}
	};
}
function isWordChar(c) {
	return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95;
}
function skipQuoted(text, from, templates) {
	let j = from + 1;
	while (j < text.length) {
		const c = text.charCodeAt(j);
		if (c === 92) j += 2;
		else if (c === 34) return j + 1;
		else if (c === 10) return -1;
		else if (templates && c === 36 && text.charCodeAt(j + 1) === 123) j = skipTemplate(text, j + 2);
		else j += 1;
	}
	return -1;
}
function skipTripleQuoted(text, from, escapes) {
	let j = from + 3;
	while (j < text.length) {
		const c = text.charCodeAt(j);
		if (escapes && c === 92) j += 2;
		else if (c === 34 && text.charCodeAt(j + 1) === 34 && text.charCodeAt(j + 2) === 34) {
			let k = j + 3;
			while (text.charCodeAt(k) === 34) k += 1;
			return k;
		} else if (!escapes && c === 36 && text.charCodeAt(j + 1) === 123) j = skipTemplate(text, j + 2);
		else j += 1;
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
		} else if (c === 123) {
			depth += 1;
			j += 1;
		} else if (c === 125) {
			if (depth === 0) return j + 1;
			depth -= 1;
			j += 1;
		} else j += 1;
	}
	return text.length;
}
function charLiteralEnd(text, from, dialect) {
	const next = text.charCodeAt(from + 1);
	if (next === 92) {
		const close = text.indexOf("'", from + 3);
		const eol = text.indexOf("\n", from);
		return close >= 0 && (eol < 0 || close < eol) ? close + 1 : -1;
	}
	if (text.charCodeAt(from + 2) === 39) return from + 3;
	if (next >= 55296 && next <= 56319 && text.charCodeAt(from + 3) === 39) return from + 4;
	if (dialect !== "rust") return -1;
	return -1;
}
function matchingBrace(masked, open) {
	let depth = 0;
	for (let i = open; i < masked.length; i += 1) {
		const c = masked.charCodeAt(i);
		if (c === 123) depth += 1;
		else if (c === 125) {
			depth -= 1;
			if (depth === 0) return i;
		}
	}
	return -1;
}
// packages/source-lexing/lib/ruby-lexer.js
const RUBY_WORDS_BEFORE_STATEMENT = /* @__PURE__ */ new Set([
	"then",
	"else",
	"do",
	"return",
	"and",
	"or",
	"not",
	"begin",
	"elsif",
	"when",
	"in"
]);
function maskRuby(text) {
	const n = text.length;
	const out = text.split("");
	let error;
	const lines = new LineIndex(text);
	const fail = (message, at) => {
		error ??= {
			message,
			line: lines.lineOf(at)
		};
	};
	const blank = (from, to) => {
		for (let k = from; k < to && k < n; k += 1) if (out[k] !== "\n") out[k] = " ";
	};
	const heredocs = [];
	const prevSignificant = (i) => {
		let k = i - 1;
		while (k >= 0 && (text[k] === " " || text[k] === "	")) k -= 1;
		return k < 0 ? "\n" : text[k];
	};
	const prevWord = (i) => /([A-Za-z_]\w*)\s*$/.exec(text.slice(Math.max(0, i - 20), i))?.[1] ?? "";
	const expressionStart = (i) => {
		const p = prevSignificant(i);
		if ("(,=!~|&;{[:?+*-<>%^\n".includes(p)) return true;
		return RUBY_WORDS_BEFORE_STATEMENT.has(prevWord(i)) || [
			"if",
			"unless",
			"while",
			"until",
			"puts",
			"p"
		].includes(prevWord(i));
	};
	const skipDelimited = (from, interpolate) => {
		const open = text[from];
		const close = {
			"(": ")",
			"[": "]",
			"{": "}",
			"<": ">"
		}[open] ?? open;
		let depth = 1;
		let j = from + 1;
		while (j < n) {
			const c = text[j];
			if (c === "\\") j += 2;
			else if (interpolate && c === "#" && text[j + 1] === "{") j = skipInterpolation(j + 2);
			else if (c === close && --depth === 0) return j + 1;
			else {
				if (c === open && open !== close) depth += 1;
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
			if (c === "\"" || c === "'" || c === "`") j = skipDelimited(j, c !== "'");
			else if (c === "{") {
				depth += 1;
				j += 1;
			} else if (c === "}") {
				if (depth === 0) return j + 1;
				depth -= 1;
				j += 1;
			} else j += 1;
		}
		return n;
	};
	let i = 0;
	let lineStart = true;
	while (i < n) {
		const c = text[i];
		if (lineStart && text.startsWith("=begin", i)) {
			const m = /^=end\b.*$/m.exec(text.slice(i));
			const stop = m ? i + m.index + m[0].length : n;
			if (!m) fail("unterminated =begin block", i);
			blank(i, stop);
			i = stop;
			continue;
		}
		if (lineStart && /^__END__\r?(?:\n|$)/.test(text.slice(i, i + 9))) {
			blank(i, n);
			break;
		}
		lineStart = false;
		if (c === "\n") {
			lineStart = true;
			i += 1;
			while (heredocs.length > 0) {
				const h = heredocs.shift();
				const re = new RegExp(`^${h.squiggly ? "[ \\t]*" : ""}${h.id}\\r?$`, "m");
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
		if (c === "#") {
			let j = i;
			while (j < n && text[j] !== "\n") j += 1;
			blank(i, j);
			i = j;
		} else if (c === "\"" || c === "'" || c === "`") {
			const end = skipDelimited(i, c !== "'");
			blank(i + 1, end - 1);
			i = end;
		} else if (c === "%" && /^%[qQwWiIrsx]?[([{<|!/^]/.test(text.slice(i, i + 3)) && (/[qQwWiIrsx]/.test(text[i + 1]) || expressionStart(i))) {
			const d = /[qQwWiIrsx]/.test(text[i + 1]) ? i + 2 : i + 1;
			const end = skipDelimited(d, !/[qwis]/.test(text[i + 1]));
			blank(d + 1, end - 1);
			i = end;
		} else if (c === "<" && text[i + 1] === "<") {
			const m = /^<<([~-]?)(['"`]?)([A-Za-z_]\w*)\2/.exec(text.slice(i, i + 80));
			if (m && (m[1] || m[2] || /^[A-Z_]+$/.test(m[3]))) {
				heredocs.push({
					id: m[3],
					squiggly: m[1] !== ""
				});
				i += m[0].length;
			} else i += 2;
		} else if (c === "/" && expressionStart(i)) {
			const end = skipDelimited(i, true);
			blank(i + 1, end - 1);
			i = end;
		} else if (c === ":" && text[i + 1] === "\"") {
			const end = skipDelimited(i + 1, true);
			blank(i + 2, end - 1);
			i = end;
		} else if (c === "?" && /[A-Za-z0-9_'"]/.test(text[i + 1] ?? "") && !/\w/.test(text[i + 2] ?? "") && /[\s(,=]/.test(text[i - 1] ?? " ")) {
			out[i + 1] = " ";
			i += 2;
		} else i += 1;
	}
	return {
		masked: out.join(""),
		...error ? { error } : {}
	};
}
// packages/source-lexing/lib/source-text.js
const JS_PATH = /\.[cm]?[jt]sx?$/;
function readingOf(path) {
	if (path.endsWith(".py") || path.endsWith(".pyi")) return "python";
	if (path.endsWith(".java")) return "java";
	return JS_PATH.test(path) ? "js" : "text";
}
function sourceText(bytes, path = "") {
	const reading = readingOf(path);
	if (reading === "python") return pythonSourceText(bytes);
	const text = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
	if (reading === "java") return javaEscapesAsRead(text);
	return reading === "js" ? jsNamesAsRead(text, allowsJsx(path)) : text;
}
function javaEscapesAsRead(text) {
	if (!text.includes("\\u")) return text;
	return text.replace(/(\\+)u+([0-9a-fA-F]{4})/g, (whole, slashes, hex) => slashes.length % 2 === 1 ? `${slashes.slice(1)}${String.fromCharCode(Number.parseInt(hex, 16))}` : whole);
}
export { tokenizeJs as _, maskCLike as a, LineIndex as b, pythonTokens as c, scanPython as d, scanPythonStatements as f, templateParts as g, literalValue as h, maskRuby as i, maskPython as l, allowsJsx as m, sourceText as n, matchingBrace as o, stringValueAt as p, RUBY_WORDS_BEFORE_STATEMENT as r, pythonStringLiteral as s, readingOf as t, pythonStatementsOf as u, matchingBracket as v, splitTopLevel as y };
