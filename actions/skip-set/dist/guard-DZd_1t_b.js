import "./rolldown-runtime-C1I3wEg2.js";
import { A as ConfigurationError, _ as testLanguageOf, a as listBlobsAt, b as reportFromFindings, c as readFileAt, d as resolveTicketPath, g as languagesFor, h as isConftest, i as changedFiles, l as readObjects, m as defaultPatterns, n as loadTicket, o as listFilesAt, s as listRootAt, u as runGit, v as parse$1, x as sortFindings } from "./lib-DyJ6ZhF_.js";
import { n as disagreementFindings, t as compareCollections } from "./compare-collectors-CMLOFAQt.js";
import { a as testId, i as emptyCollection, n as TEST_STATUSES, o as totalsByStatus, r as addFile, t as IdAllocator } from "./model-BTWlNzb-.js";
import { n as notRunning, r as strongestResult } from "./model-BExke_dV.js";
import { n as minimatch } from "./esm-D-eD-FK8.js";
import { isAscii } from "node:buffer";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { readFileSync } from "node:fs";
import { posix } from "node:path";
// node_modules/smol-toml/dist/error.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function getLineColFromPtr(string, ptr) {
	let lines = string.slice(0, ptr).split(/\r?\n/);
	return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
	let lines = string.split(/\r?\n/);
	let codeblock = "";
	let numberLen = (Math.log10(line + 1) | 0) + 1;
	for (let i = line - 1; i <= line + 1; i++) {
		let l = lines[i - 1];
		if (!l) continue;
		codeblock += i.toString().padEnd(numberLen, " ");
		codeblock += ":  ";
		codeblock += l;
		codeblock += "\n";
		if (i === line) {
			codeblock += " ".repeat(numberLen + column + 2);
			codeblock += "^\n";
		}
	}
	return codeblock;
}
var TomlError = class TomlError extends Error {
	line;
	column;
	codeblock;
	constructor(message, options) {
		const [line, column] = getLineColFromPtr(options.toml, options.ptr);
		const codeblock = makeCodeBlock(options.toml, line, column);
		super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
		this.line = line;
		this.column = column;
		this.codeblock = codeblock;
	}
	static x(message, ctx, ptr) {
		throw new TomlError(message, {
			toml: ctx.s,
			ptr: ptr ?? ctx.p
		});
	}
};
// node_modules/smol-toml/dist/primitive.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function parseString(ctx) {
	let startPtr = ctx.p;
	let c = ctx.s.charCodeAt(ctx.p++);
	let first = c;
	let isLiteral = c === 39;
	let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
	if (isMultiline) {
		if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10) ctx.p++;
		else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) ctx.p += 2;
	}
	let parsed = "";
	let sliceStart = ctx.p;
	let state = 0;
	for (; ctx.p < ctx.s.length; ctx.p++) {
		c = ctx.s.charCodeAt(ctx.p);
		if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) state = state && 3;
		else if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in strings", ctx);
		else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
			if (isMultiline) {
				if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
				if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
			}
			if (!state) {
				let s = ctx.s.slice(sliceStart, ctx.p);
				parsed = parsed ? parsed + s : s;
			}
			ctx.p += isMultiline ? 3 : 1;
			return parsed;
		} else if (!state) {
			if (!isLiteral && c === 92) {
				parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
				state = 1;
			}
		} else if (state === 1) {
			if (c === 120 || c === 117 || c === 85) {
				let errPtr = ctx.p++ - 1;
				let value = 0;
				let len = c === 120 ? 2 : c === 117 ? 4 : 8;
				for (let j = 0; j < len; j++, ctx.p++) {
					let hex = ctx.s.charCodeAt(ctx.p);
					let digit = hex >= 48 && hex <= 57 ? hex - 48 : hex >= 65 && hex <= 70 ? hex - 65 + 10 : hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1;
					if (digit < 0) TomlError.x("invalid non-hex character in unicode escape", ctx);
					value = value << 4 | digit;
				}
				if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) TomlError.x("invalid unicode escape", ctx, errPtr);
				parsed += String.fromCodePoint(value);
				sliceStart = ctx.p--;
				state = 0;
			} else if (isMultiline && (c === 32 || c === 9)) state = 2;
			else {
				if (c === 98) parsed += "\b";
				else if (c === 116) parsed += "	";
				else if (c === 110) parsed += "\n";
				else if (c === 102) parsed += "\f";
				else if (c === 114) parsed += "\r";
				else if (c === 101) parsed += "\x1B";
				else if (c === 34) parsed += "\"";
				else if (c === 92) parsed += "\\";
				else TomlError.x("unrecognised escape sequence", ctx);
				sliceStart = ctx.p + 1;
				state = 0;
			}
		} else if (c !== 32 && c !== 9) {
			if (state === 2) TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
			state = !isLiteral && c === 92 ? 1 : 0;
			sliceStart = ctx.p;
		}
	}
	TomlError.x("unfinished string", ctx, startPtr);
}
// node_modules/smol-toml/dist/date.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class TomlDate extends Date {
	#hasDate = false;
	#hasTime = false;
	#offset = null;
	constructor(date, fasttype, unsafeDelim) {
		let hasDate = true;
		let hasTime = true;
		let offset = "Z";
		let c;
		if (typeof date === "string") {
			if (fasttype) prep: {
				if (fasttype < 3) {
					if (+date.slice(11, 13) > 23) {
						date = "";
						break prep;
					}
					if (fasttype === 2) {
						offset = null;
						date += "Z";
					} else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) offset = date.slice(date.length - 6);
					if (unsafeDelim) date = date.slice(0, 10) + "T" + date.slice(11);
				} else if (fasttype === 4) date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
				hasDate = fasttype !== 4;
				hasTime = fasttype !== 3;
			}
			else {
				let match = date.match(DATE_TIME_RE);
				if (match) {
					if (!match[1]) {
						hasDate = false;
						date = `0000-01-01T${date}`;
					}
					hasTime = !!match[2];
					hasTime && date[10] === " " && (date = date.replace(" ", "T"));
					if (match[2] && +match[2] > 23) date = "";
					else {
						offset = match[3] || null;
						if (!offset && hasTime) date += "Z";
					}
				} else date = "";
			}
		}
		super(date);
		if (!isNaN(this.getTime())) {
			this.#hasDate = hasDate;
			this.#hasTime = hasTime;
			this.#offset = offset;
		}
	}
	isDateTime() {
		return this.#hasDate && this.#hasTime;
	}
	isLocal() {
		return !this.#hasDate || !this.#hasTime || !this.#offset;
	}
	isDate() {
		return this.#hasDate && !this.#hasTime;
	}
	isTime() {
		return this.#hasTime && !this.#hasDate;
	}
	isValid() {
		return this.#hasDate || this.#hasTime;
	}
	toISOString() {
		let iso = super.toISOString();
		if (this.isDate()) return iso.slice(0, 10);
		if (this.isTime()) return iso.slice(11, 23);
		if (this.#offset === null) return iso.slice(0, -1);
		if (this.#offset === "Z" || this.#offset === "z") return iso;
		let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
		offset = this.#offset[0] === "-" ? offset : -offset;
		return (/* @__PURE__ */ new Date(this.getTime() - offset * 6e4)).toISOString().slice(0, -1) + this.#offset;
	}
	static wrapAsOffsetDateTime(jsDate, offset = "Z") {
		let date = new TomlDate(jsDate);
		date.#offset = offset;
		return date;
	}
	static wrapAsLocalDateTime(jsDate) {
		let date = new TomlDate(jsDate);
		date.#offset = null;
		return date;
	}
	static wrapAsLocalDate(jsDate) {
		let date = new TomlDate(jsDate);
		date.#hasTime = false;
		date.#offset = null;
		return date;
	}
	static wrapAsLocalTime(jsDate) {
		let date = new TomlDate(jsDate);
		date.#hasDate = false;
		date.#offset = null;
		return date;
	}
};
// node_modules/smol-toml/dist/extract.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function isDigit$2(char, base = 10) {
	return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
	return char === 32 || char === 9 || char === 10 || char === 13 || delim && (char === delim || char === 44) || char === 35;
}
function extractValue(ctx, end) {
	let errPtr = ctx.p;
	let c = ctx.s.charCodeAt(ctx.p);
	if (c === 91 || c === 123) {
		ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
		let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
		ctx.d++;
		return value;
	}
	if (c === 34 || c === 39) return parseString(ctx);
	if (c === 116) {
		if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
		return ctx.p++, true;
	}
	if (c === 102) {
		if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
		return ctx.p++, false;
	}
	if (c === 43 || c === 45) return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
	if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) return parseDate(ctx, c, end);
	if (ctx.s.charCodeAt(ctx.p + 2) === 58) return parseTime(ctx, c, end);
	return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
	let c = startChr;
	let state = 0;
	let hasUnderscores = false;
	if (c === 105) {
		if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102) TomlError.x("invalid value", ctx, startPtr);
		return ctx.p++, (sign || 1) / 0;
	}
	if (c === 110) {
		if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110) TomlError.x("invalid value", ctx, startPtr);
		return ctx.p++, NaN;
	}
	if (c === 48) {
		if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr)) return ctx.bi === true ? 0n : 0;
		if (!sign) {
			if (c === 120) return parseIntegerBaseN(ctx, startPtr, 16, endChr);
			else if (c === 98) return parseIntegerBaseN(ctx, startPtr, 2, endChr);
			else if (c === 111) return parseIntegerBaseN(ctx, startPtr, 8, endChr);
		}
		if (c === 46) state = 2;
		else if (c === 101 || c === 69) state = 4;
		else TomlError.x("illegal leading zero", ctx, startPtr);
	} else if (!isDigit$2(c)) TomlError.x("invalid value", ctx, startPtr);
	while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
		if (!state) state = 1;
		if (c === 95) {
			if (!(state & 1)) TomlError.x("illegal underscore", ctx);
			state += 11;
			hasUnderscores = true;
		} else if (state === 1 && c === 46) state = 2;
		else if ((state === 1 || state === 3) && (c === 101 || c === 69)) state = 4;
		else if (state === 4 && (c === 43 || c === 45)) state = 6;
		else if (!isDigit$2(c)) TomlError.x(`illegal character in numeric literal`, ctx);
		else if (state > 9) state -= 11;
		else if (!(state & 1)) state++;
	}
	if (!state) {
		let val = (startChr - 48) * (sign || 1);
		return ctx.bi === true ? BigInt(val) : val;
	}
	if (!(state & 1)) TomlError.x("unfinished numeric value", ctx, startPtr);
	let str = ctx.s.slice(startPtr, ctx.p);
	if (hasUnderscores) str = str.replaceAll("_", "");
	return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
	let c, underscore = 1;
	while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) if (c === 95) {
		if (underscore & 1) TomlError.x("illegal underscore", ctx);
		underscore = 3;
	} else if (!isDigit$2(c, base)) TomlError.x(`illegal character in numeric literal`, ctx);
	else if (underscore & 1) underscore--;
	if (underscore & 1) TomlError.x("unfinished numeric value", ctx);
	let str = ctx.s.slice(startPtr + 2, ctx.p);
	if (underscore) str = str.replaceAll("_", "");
	return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
	if (ctx.bi !== true) int: {
		let val = parseInt(str, base);
		if (!Number.isSafeInteger(val)) {
			if (ctx.bi) break int;
			TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
		}
		return val;
	}
	return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
	let startPtr = ctx.p++, unsafeSeparator;
	if (!isDigit$2(c) || !isDigit$2(ctx.s.charCodeAt(ctx.p++)) || !isDigit$2(ctx.s.charCodeAt(ctx.p++)) || !isDigit$2(ctx.s.charCodeAt(ctx.p++))) return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
	ctx.p += 5;
	if (!isDigit$2(ctx.s.charCodeAt(ctx.p++))) TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
	if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit$2(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 3, false, startPtr);
	if (ctx.s.charCodeAt(ctx.p += 3) !== 58) TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
	if (ctx.s.charCodeAt(ctx.p += 3) === 58) ctx.p += 3;
	if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit$2(ctx.s.charCodeAt(++ctx.p)));
	if (c = ctx.s.charCodeAt(ctx.p)) {
		if (c === 90 || c === 122) return readDate(ctx, ctx.s.slice(startPtr, ++ctx.p), 1, unsafeSeparator, startPtr, "[+00:00]");
		if (c === 43 || c === 45) return readDate(ctx, ctx.s.slice(startPtr, ctx.p += 6), 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
	}
	return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
	let start = ctx.p;
	if (!isDigit$2(c) || !isDigit$2(ctx.s.charCodeAt(++ctx.p))) return parseNumber(ctx, --ctx.p, c, 0, endChr);
	if (ctx.s.charCodeAt(ctx.p += 4) === 58) ctx.p += 3;
	if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit$2(ctx.s.charCodeAt(++ctx.p)));
	return readDate(ctx, ctx.s.slice(start, ctx.p), 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
	if (ctx.ld) {
		let date = new TomlDate(str, type, unsafeDelim);
		if (!date.isValid()) TomlError.x("invalid date", ctx, errPtr);
		return date;
	}
	try {
		if (temporalSuffix) str += temporalSuffix;
		switch (type) {
			case 1: return Temporal.ZonedDateTime.from(str);
			case 2: return Temporal.PlainDateTime.from(str);
			case 3: return Temporal.PlainDate.from(str);
			case 4: return Temporal.PlainTime.from(str);
		}
	} catch (e) {
		TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
	}
}
// node_modules/smol-toml/dist/util.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function skipComment(ctx) {
	for (; ctx.p < ctx.s.length; ctx.p++) {
		let c = ctx.s.charCodeAt(ctx.p);
		if (c === 10) break;
		if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
			ctx.p++;
			break;
		}
		if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in comments", ctx);
	}
}
function skipVoid(ctx, banNewLines, banComments) {
	let c;
	while (ctx.p < ctx.s.length) {
		while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10))) ctx.p++;
		if (banComments || c !== 35) break;
		skipComment(ctx);
	}
}
// node_modules/smol-toml/dist/struct.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function parseKey(ctx, end = 61) {
	let startPtr;
	let state = 0;
	let parsed = [];
	let sliceStart;
	let c = ctx.s.charCodeAt(startPtr = ctx.p);
	do
		if (c === end) {
			if (!state) TomlError.x("unexpected end of key", ctx);
			if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
			return ctx.p++, parsed;
		} else if (c === 46) {
			if (!state) TomlError.x("illegal empty bare key", ctx);
			if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
			state = 0;
		} else if (!state && (c === 34 || c === 39)) {
			if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2)) TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
			parsed.push(parseString(ctx));
			state = 2;
			ctx.p--;
		} else if (c === 32 || c === 9) {
			if (state === 1) {
				parsed.push(ctx.s.slice(sliceStart, ctx.p));
				state = 2;
			}
		} else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) TomlError.x("illegal character in key", ctx);
		else if (!state) {
			state = 1;
			sliceStart = ctx.p;
		}
	while (c = ctx.s.charCodeAt(++ctx.p));
	TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
	let startPtr = ctx.p++;
	let res = Object.create(null);
	let seen = /* @__PURE__ */ new Set();
	let c;
	while (ctx.p < ctx.s.length) {
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
			ctx.p++;
			return res;
		}
		let k;
		let t = res;
		let hasOwn = false;
		let errPtr = ctx.p;
		let key = parseKey(ctx);
		for (let i = 0; i < key.length; i++) {
			if (i) t = hasOwn ? t[k] : t[k] = Object.create(null);
			k = key[i];
			if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
			let unsafe = k === "__proto__";
			if (ctx.uk && (unsafe || k === "constructor")) {
				t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
				break;
			}
			if (!hasOwn && unsafe) Object.defineProperty(t, k, {
				enumerable: true,
				configurable: true,
				writable: true
			});
		}
		if (hasOwn) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
		skipVoid(ctx, true, true);
		let value = extractValue(ctx, 125);
		if (t && typeof (t[k] = value) === "object") seen.add(value);
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) return res;
		if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
	}
	TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
	let startPtr = ctx.p++;
	let res = [];
	let c;
	while (ctx.p < ctx.s.length) {
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
			ctx.p++;
			return res;
		}
		res.push(extractValue(ctx, 93));
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) return res;
		if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
	}
	TomlError.x("unfinished array", ctx, startPtr);
}
// node_modules/smol-toml/dist/parse.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function peekTable(ctx, key, table, meta, type) {
	let t = table;
	let m = meta;
	let k;
	let hasOwn = false;
	let state;
	for (let i = 0; i < key.length; i++) {
		if (i) {
			t = hasOwn ? t[k] : t[k] = Object.create(null);
			m = (state = m[k]).c;
			if (type === 0 && (state.t === 1 || state.t === 2)) return null;
			if (state.t === 2) {
				let l = t.length - 1;
				t = t[l];
				m = m[l].c;
			}
		}
		k = key[i];
		if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) return null;
		if (!hasOwn) {
			let unsafe = k === "__proto__";
			if (ctx.uk && (unsafe || k === "constructor")) return false;
			if (unsafe) {
				Object.defineProperty(t, k, {
					enumerable: true,
					configurable: true,
					writable: true
				});
				Object.defineProperty(m, k, {
					enumerable: true,
					configurable: true,
					writable: true
				});
			}
			m[k] = {
				t: i < key.length - 1 && type === 2 ? 3 : type,
				d: false,
				i: 0,
				c: Object.create(null)
			};
		}
	}
	state = m[k];
	if (state.t !== type && !(type === 1 && state.t === 3)) return null;
	if (type === 2) {
		if (!state.d) {
			state.d = true;
			t[k] = [];
		}
		t[k].push(t = Object.create(null));
		state.c[state.i++] = state = {
			t: 1,
			d: false,
			i: 0,
			c: Object.create(null)
		};
	}
	if (state.d) return null;
	state.d = true;
	if (type === 1) t = hasOwn ? t[k] : t[k] = Object.create(null);
	else if (type === 0 && hasOwn) return null;
	return [
		k,
		t,
		state.c
	];
}
function validateTablePeek(ctx, peek, ptr) {
	if (peek === null || ctx.uk === 2) TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
	let ctx = {
		s: toml,
		p: 0,
		d: options.maxDepth ?? 1e3,
		bi: options.integersAsBigInt ?? false,
		ld: options.useLegacyDate ?? true,
		uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
	};
	let res = Object.create(null);
	let meta = Object.create(null);
	let tmp;
	let skipping = false;
	let tbl = res;
	let m = meta;
	if (toml.charCodeAt(0) === 65279) ctx.p++;
	skipVoid(ctx);
	while (ctx.p < toml.length) {
		if (toml.charCodeAt(ctx.p) === 91) {
			let isTableArray = toml.charCodeAt(++ctx.p) === 91;
			tmp = ctx.p += +isTableArray;
			skipping = false;
			let k = parseKey(ctx, 93);
			if (isTableArray) {
				if (toml.charCodeAt(ctx.p) !== 93) TomlError.x("expected end of table array declaration", ctx);
				ctx.p++;
			}
			let p = peekTable(ctx, k, res, meta, isTableArray ? 2 : 1);
			if (!p) {
				validateTablePeek(ctx, p, tmp);
				skipping = true;
			} else {
				m = p[2];
				tbl = p[1];
			}
		} else {
			tmp = ctx.p;
			let p = peekTable(ctx, parseKey(ctx), tbl, m, 0);
			if (!p && !skipping) validateTablePeek(ctx, p, tmp);
			skipVoid(ctx, true, true);
			let v = extractValue(ctx, void 0);
			if (p && !skipping) p[1][p[0]] = v;
		}
		skipVoid(ctx, true);
		if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
		skipVoid(ctx);
	}
	return res;
}
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
"".isWellFormed;
// node_modules/smol-toml/dist/index.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
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
// packages/skip-set/lib/harness/harness-files.js
const WHOLE = "whole file";
function whole(text) {
	return /* @__PURE__ */ new Map([[WHOLE, normalizeLines(text)]]);
}
function normalizeLines(text) {
	return text.split(/\r?\n/).map((l) => l.replace(/\s+$/, "")).filter((l) => l !== "").join("\n");
}
function stable(value) {
	if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
	if (value && typeof value === "object") return `{${Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(",")}}`;
	return JSON.stringify(value) ?? "undefined";
}
function partsOf(entries) {
	return new Map(entries.filter(([, v]) => v !== void 0).map(([k, v]) => [k, typeof v === "string" ? v : stable(v)]));
}
function iniSections(text) {
	const sections = /* @__PURE__ */ new Map();
	let current;
	for (const raw of text.split(/\r?\n/)) {
		const header = /^\s*\[([^\]]+)\]\s*$/.exec(raw);
		if (header) {
			current = [];
			sections.set(header[1].trim(), current);
			continue;
		}
		if (!current || /^\s*[#;]/.test(raw) || raw.trim() === "") continue;
		current.push(raw.replace(/\s+$/, ""));
	}
	return new Map([...sections].map(([k, v]) => [k, v.join("\n")]));
}
const TEST_TASK = /(?:^|[:._-])(?:test|tests|spec|check|ci|pytest|unittest)(?:$|[:._-])|^(?:pre|post)test/i;
const TEST_COMMAND = /\b(?:pytest|py\.test|unittest|tox|nox|vitest|jest|mocha|node\s+(?:[^|;&]*\s)?--test|go\s+test|cargo\s+(?:test|nextest)|rspec|mvn|gradle|gradlew)\b/;
function testTasks(tasks, prefix) {
	if (!tasks || typeof tasks !== "object") return [];
	const chosen = new Set(Object.keys(tasks).filter((name) => TEST_TASK.test(name) || TEST_COMMAND.test(stable(tasks[name]))));
	for (let grew = true; grew;) {
		grew = false;
		for (const name of [...chosen]) {
			const body = stable(tasks[name]);
			for (const other of Object.keys(tasks)) {
				if (chosen.has(other)) continue;
				const quoted = other.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
	const doc = parse(text);
	const tool = doc.tool ?? {};
	const project = doc.project ?? {};
	const poetry = tool.poetry;
	const hatchEnvs = tool.hatch?.envs ?? {};
	return partsOf([
		["[tool.pytest]", tool.pytest],
		["[tool.tox]", tool.tox],
		["[project.entry-points.pytest11]", project["entry-points"]?.pytest11],
		["[tool.poetry.plugins.pytest11]", poetry?.plugins?.pytest11],
		...Object.entries(hatchEnvs).flatMap(([env, e]) => testTasks(e?.scripts, `[tool.hatch.envs.${env}.scripts]`)),
		...testTasks(tool.poe?.tasks, "[tool.poe.tasks]"),
		...testTasks(tool.pdm?.scripts, "[tool.pdm.scripts]"),
		...testTasks(tool.taskipy?.tasks, "[tool.taskipy.tasks]")
	]);
}
function sectionParts(text, keep) {
	return new Map([...iniSections(text)].filter(([s]) => keep(s)).map(([s, body]) => [`[${s}]`, body]));
}
function setupCfgParts(text) {
	const sections = iniSections(text);
	const out = new Map([...sections].filter(([s]) => s === "tool:pytest" || s === "tox:tox" || /^testenv(?::|$)/.test(s)).map(([s, b]) => [`[${s}]`, b]));
	const entryPoints = sections.get("options.entry_points");
	if (entryPoints) {
		const block = /(?:^|\n)pytest11\s*=[^\n]*(?:\n[ \t]+[^\n]*)*/.exec(entryPoints);
		if (block) out.set("[options.entry_points] pytest11", block[0].trim());
	}
	return out;
}
function linesMatching(text, re, name) {
	const lines = text.split(/\r?\n/).filter((l) => re.test(l)).map((l) => l.trim());
	return lines.length > 0 ? /* @__PURE__ */ new Map([[name, lines.join("\n")]]) : /* @__PURE__ */ new Map();
}
function packageJsonParts(text) {
	const pkg = JSON.parse(text);
	return partsOf([
		...testTasks(pkg.scripts, "scripts"),
		["jest", pkg.jest],
		["mocha", pkg.mocha],
		["ava", pkg.ava],
		["workspaces", pkg.workspaces]
	]);
}
function makeParts(text) {
	const out = /* @__PURE__ */ new Map();
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i += 1) {
		const line = lines[i];
		const variable = /^(?:export\s+)?([A-Za-z_][\w.-]*)\s*(?::?=|\?=|\+=|:=)\s*(.*)$/.exec(line);
		if (variable && (/TEST|SPEC|PYTEST|JEST|VITEST|MOCHA/i.test(variable[1]) || TEST_COMMAND.test(variable[2]))) {
			out.set(`variable ${variable[1]}`, `${out.get(`variable ${variable[1]}`) ?? ""}${line.trim()}\n`);
			continue;
		}
		const rule = /^([@A-Za-z_.][^:=#\s]*(?:\s+[^:=#\s]+)*)\s*(?:\*?[^:=]*)?:(?!=)(.*)$/.exec(line);
		if (!rule || /^\s/.test(line)) continue;
		const recipe = [line.trim()];
		for (let j = i + 1; j < lines.length && (/^[ \t]/.test(lines[j]) || lines[j].trim() === ""); j += 1) if (lines[j].trim()) recipe.push(lines[j].trim());
		const targets = rule[1].replace(/^@/, "").split(/\s+/);
		if (targets.some((t) => TEST_TASK.test(t)) || recipe.slice(1).some((r) => TEST_COMMAND.test(r))) out.set(`target ${targets.join(" ")}`, recipe.join("\n"));
	}
	return out;
}
function taskfileParts(text) {
	return partsOf(testTasks(parse$1(text)?.tasks, "tasks"));
}
function gradleParts(text, path) {
	const masked = maskCLike(text, path.endsWith(".kts") ? "kotlin" : "java").masked;
	const out = /* @__PURE__ */ new Map();
	const header = /(?:^|[\s;{(])((?:tasks\s*\.\s*)?(?:test|integrationTest)|tasks\s*\.\s*(?:named|getByName|withType|register|create)\s*(?:<\s*Test\s*>)?\s*\([^)]*\)|tasks\s*\.\s*withType\s*<\s*Test\s*>\s*\(\s*\)|testing|test\s*\.\s*configure|useJUnitPlatform|useJUnit|useTestNG|filter|test\s*\.\s*(?:exclude|include|filter|enabled|onlyIf|ignoreFailures|useJUnitPlatform))\s*(?:\.configure\s*)?\{/g;
	for (let m = header.exec(masked); m; m = header.exec(masked)) {
		const close = matchBrace(masked, m.index + m[0].length - 1);
		const name = m[1].replace(/\s+/g, "");
		if (/^tasks\.(?:named|getByName|register|create)/.test(name) && !/test|Test/.test(name)) continue;
		out.set(`${name} { }`, normalizeLines(text.slice(m.index, close < 0 ? text.length : close + 1)));
		header.lastIndex = close < 0 ? masked.length : close + 1;
	}
	const single = text.split(/\r?\n/).filter((l, i) => /\b(?:tasks\s*\.\s*)?test\s*\.\s*(?:enabled|exclude|include|onlyIf|ignoreFailures|filter|useJUnitPlatform)|dependsOn\s*\.\s*remove|-x\s+test\b/.test(maskedLine(masked, text, i)));
	if (single.length > 0) out.set("test settings", single.map((l) => l.trim()).join("\n"));
	return out;
}
function maskedLine(masked, text, index) {
	let start = 0;
	for (let k = 0; k < index; k += 1) start = text.indexOf("\n", start) + 1;
	const end = text.indexOf("\n", start);
	return masked.slice(start, end < 0 ? masked.length : end);
}
function matchBrace(masked, open) {
	let depth = 0;
	for (let i = open; i < masked.length; i += 1) {
		const c = masked[i];
		if (c === "{") depth += 1;
		else if (c === "}") {
			depth -= 1;
			if (depth === 0) return i;
		}
	}
	return -1;
}
function pomParts(text) {
	const xml = text.replace(/<!--[^]*?-->/g, "");
	const out = /* @__PURE__ */ new Map();
	for (const m of xml.matchAll(/<plugin>(?:(?!<\/plugin>)[^])*<\/plugin>/g)) {
		const artifact = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(m[0])?.[1];
		if (artifact && /surefire|failsafe|junit|testng|scalatest|spock/.test(artifact)) {
			const key = `plugin ${artifact}`;
			out.set(key, `${out.get(key) ?? ""}${normalizeLines(m[0])}\n`);
		}
	}
	for (const m of xml.matchAll(/<((?:maven\.test\.|surefire\.|failsafe\.|junit\.|skip)[\w.-]*|skipTests|skipITs|test|it\.test|groups|excludedGroups|testSourceDirectory|testExcludes|testIncludes)>([^<]*)<\/\1>/g)) out.set(`<${m[1]}>`, `${out.get(`<${m[1]}>`) ?? ""}${m[2].trim()}\n`);
	return out;
}
function cargoParts(text) {
	const doc = parse(text);
	const pick = (o, keys) => {
		if (!o || typeof o !== "object") return void 0;
		const picked = Object.fromEntries(keys.filter((k) => o[k] !== void 0).map((k) => [k, o[k]]));
		return Object.keys(picked).length > 0 ? picked : void 0;
	};
	const targetFlags = [
		"test",
		"harness",
		"doctest",
		"required-features",
		"path"
	];
	const list = (v) => Array.isArray(v) ? v : [];
	return partsOf([
		["[[test]]", doc.test],
		["[lib] test flags", pick(doc.lib, [
			"test",
			"harness",
			"doctest"
		])],
		["[[bin]] test flags", list(doc.bin).map((b) => pick(b, targetFlags)).filter(Boolean).length > 0 ? list(doc.bin).map((b) => pick(b, targetFlags)) : void 0],
		["[package] autotests", pick(doc.package, [
			"autotests",
			"autobins",
			"autoexamples"
		])],
		["[workspace] members", pick(doc.workspace, [
			"members",
			"exclude",
			"default-members"
		])]
	]);
}
function goTestParts(text) {
	const masked = maskCLike(text, "go").masked;
	const out = /* @__PURE__ */ new Map();
	const re = /^func\s+(TestMain|init)\s*\(/gm;
	let initCount = 0;
	for (let m = re.exec(masked); m; m = re.exec(masked)) {
		const open = masked.indexOf("{", m.index);
		const close = open < 0 ? -1 : matchBrace(masked, open);
		const name = m[1] === "init" ? `func init #${initCount += 1}` : "func TestMain";
		out.set(name, normalizeLines(text.slice(m.index, close < 0 ? text.length : close + 1)));
	}
	return out;
}
const HOOK_START = /\s*(?:@|async|def|class|pytest_|load_tests)/y;
function mayHoldHooks(text) {
	return text.includes("pytest_") || text.includes("load_tests") || text.includes("hookimpl") || text.includes("hookwrapper");
}
function pythonHookParts(text) {
	const out = /* @__PURE__ */ new Map();
	if (!mayHoldHooks(text)) return out;
	const scan = pythonStatementsOf(text);
	let current;
	const flush = () => {
		if (current) out.set(current.name, `${out.get(current.name) ?? ""}${current.lines.join("\n")}\n`);
		current = void 0;
	};
	let decorators = [];
	for (let k = 0; k < scan.count; k += 1) {
		const start = scan.start[k];
		const end = scan.end[k];
		const indent = scan.indent[k];
		if (current && indent > current.indent) {
			current.lines.push(text.slice(start, end).replace(/\s+/g, " ").trim());
			continue;
		}
		flush();
		if (indent !== 0) continue;
		HOOK_START.lastIndex = start;
		if (!HOOK_START.test(text)) {
			decorators = [];
			continue;
		}
		const statement = text.slice(start, end).replace(/\s+/g, " ").trim();
		if (statement.startsWith("@")) {
			decorators.push(statement);
			continue;
		}
		const def = /^(?:async\s+)?def\s+(pytest_\w+|load_tests)\b/.exec(statement);
		const hookImpl = decorators.some((d) => /hookimpl|hookwrapper/.test(d));
		const anyDef = /^(?:async\s+)?(?:def|class)\s+(\w+)/.exec(statement);
		if (def || hookImpl && anyDef) current = {
			name: `def ${(def ?? anyDef)[1]}`,
			indent,
			lines: [...decorators, statement]
		};
		else {
			const bound = /^(pytest_\w+|load_tests)\b\s*(?:[:+|]|=|\.|\[)/.exec(statement);
			if (bound) {
				const key = bound[1] === "pytest_plugins" ? "pytest_plugins" : `${bound[1]} =`;
				out.set(key, `${out.get(key) ?? ""}${statement}\n`);
			}
		}
		decorators = [];
	}
	flush();
	return out;
}
function yamlOrJson(text) {
	return /* @__PURE__ */ new Map([[WHOLE, stable(parse$1(text))]]);
}
function tomlWhole(text) {
	return /* @__PURE__ */ new Map([[WHOLE, stable(parse(text))]]);
}
const RULES = [
	{
		test: (_p, b) => b === "conftest.py",
		kind: {
			what: "conftest.py (fixtures, hooks and plugins for every test below it)",
			framework: "pytest",
			parts: whole
		}
	},
	{
		test: (_p, b) => b === "pytest.ini" || b === ".pytest.ini",
		kind: {
			what: "pytest configuration",
			framework: "pytest",
			parts: (t) => whole(t)
		}
	},
	{
		test: (_p, b) => b === "pytest.toml" || b === ".pytest.toml",
		kind: {
			what: "pytest configuration",
			framework: "pytest",
			parts: tomlWhole
		}
	},
	{
		test: (_p, b) => b === "pyproject.toml",
		kind: {
			what: "pyproject.toml test configuration",
			framework: "pytest",
			parts: pyprojectParts
		}
	},
	{
		test: (_p, b) => b === "tox.ini",
		kind: {
			what: "tox.ini (pytest section and test environments)",
			framework: "pytest",
			parts: (t) => sectionParts(t, (s) => s === "pytest" || s === "tox" || /^testenv(?::|$)/.test(s) || s === "gh-actions")
		}
	},
	{
		test: (_p, b) => b === "setup.cfg",
		kind: {
			what: "setup.cfg test configuration",
			framework: "pytest",
			parts: setupCfgParts
		}
	},
	{
		test: (_p, b) => b === "setup.py",
		kind: {
			what: "setup.py test registration",
			framework: "pytest",
			parts: (t) => linesMatching(t, /pytest11|test_suite|tests_require|test_loader|test_runner|cmdclass/, "test registration")
		}
	},
	{
		test: (_p, b) => b === "noxfile.py",
		kind: {
			what: "noxfile.py (test sessions)",
			framework: "pytest",
			parts: whole
		}
	},
	{
		test: (_p, b) => b === "sitecustomize.py" || b === "usercustomize.py",
		kind: {
			what: "Python start-up hook",
			framework: "pytest",
			parts: whole
		}
	},
	{
		test: (_p, b) => /^(?:GNUmakefile|[Mm]akefile)$|\.mk$/.test(b),
		kind: {
			what: "Makefile test targets",
			framework: "make",
			parts: makeParts
		}
	},
	{
		test: (_p, b) => /^(?:[Jj]ustfile|\.justfile)$/.test(b),
		kind: {
			what: "justfile test recipes",
			framework: "just",
			parts: makeParts
		}
	},
	{
		test: (_p, b) => /^Taskfile\.ya?ml$/.test(b),
		kind: {
			what: "Taskfile test tasks",
			framework: "task",
			parts: taskfileParts
		}
	},
	{
		test: (_p, b) => b === "package.json",
		kind: {
			what: "package.json test scripts and test-runner settings",
			framework: "npm",
			parts: packageJsonParts
		}
	},
	{
		test: (_p, b) => /^vitest\.(?:config|workspace|projects)(?:\.[\w-]+)?\.[cm]?[jt]s$|^vitest\.workspace\.json$/.test(b),
		kind: {
			what: "vitest configuration",
			framework: "vitest",
			parts: whole
		}
	},
	{
		test: (_p, b) => /^vite\.config(?:\.[\w-]+)?\.[cm]?[jt]s$/.test(b),
		kind: {
			what: "vite configuration read by vitest",
			framework: "vitest",
			parts: (t) => /\btest\s*:|vitest/.test(t) ? whole(t) : /* @__PURE__ */ new Map()
		}
	},
	{
		test: (_p, b) => /^jest\.config(?:\.[\w-]+)?\.(?:[cm]?[jt]s|json)$|^jest-preset\.[cm]?js$/.test(b),
		kind: {
			what: "jest configuration",
			framework: "jest",
			parts: whole
		}
	},
	{
		test: (_p, b) => /^\.mocharc(?:\.(?:js|cjs|mjs|json|jsonc|ya?ml))?$/.test(b),
		kind: {
			what: "mocha configuration",
			framework: "mocha",
			parts: (t, p) => /\.(?:json|jsonc|ya?ml)$/.test(p) ? yamlOrJson(t) : whole(t)
		}
	},
	{
		test: (p) => /(?:^|\/)test\/mocha\.opts$/.test(p),
		kind: {
			what: "mocha options",
			framework: "mocha",
			parts: whole
		}
	},
	{
		test: (p) => p.endsWith("_test.go"),
		kind: {
			what: "Go test file with TestMain or init",
			framework: "go test",
			parts: goTestParts
		}
	},
	{
		test: (p, b) => /^(?:build|settings)\.gradle(?:\.kts)?$/.test(b) || /(?:^|\/)(?:buildSrc|build-logic|gradle)\//.test(p) && /\.gradle(?:\.kts)?$/.test(b),
		kind: {
			what: "Gradle test task configuration",
			framework: "gradle",
			parts: gradleParts
		}
	},
	{
		test: (_p, b) => b === "pom.xml",
		kind: {
			what: "Maven surefire/failsafe configuration",
			framework: "maven",
			parts: pomParts
		}
	},
	{
		test: (p) => /(?:^|\/)\.mvn\/(?:maven|jvm)\.config$/.test(p),
		kind: {
			what: "Maven command-line defaults",
			framework: "maven",
			parts: whole
		}
	},
	{
		test: (_p, b) => b === "junit-platform.properties",
		kind: {
			what: "JUnit Platform configuration",
			framework: "junit",
			parts: whole
		}
	},
	{
		test: (p) => /(?:^|\/)META-INF\/services\/org\.(?:junit|testng)\./.test(p),
		kind: {
			what: "JUnit/TestNG service registration (extensions, discovery filters, listeners)",
			framework: "junit",
			parts: whole
		}
	},
	{
		test: (_p, b) => /^\.rspec(?:-local|_parallel)?$/.test(b),
		kind: {
			what: "RSpec options",
			framework: "rspec",
			parts: whole
		}
	},
	{
		test: (_p, b) => b === "spec_helper.rb" || b === "rails_helper.rb",
		kind: {
			what: "RSpec helper",
			framework: "rspec",
			parts: whole
		}
	},
	{
		test: (_p, b) => b === "Rakefile" || b.endsWith(".rake"),
		kind: {
			what: "Rake test task",
			framework: "rspec",
			parts: (t) => /RSpec::Core::RakeTask|Rake::TestTask/.test(t) ? whole(t) : /* @__PURE__ */ new Map()
		}
	},
	{
		test: (_p, b) => b === "Cargo.toml",
		kind: {
			what: "Cargo test targets",
			framework: "cargo test",
			parts: cargoParts
		}
	},
	{
		test: (p) => /(?:^|\/)\.cargo\/config(?:\.toml)?$/.test(p),
		kind: {
			what: "Cargo configuration (aliases, runner, cfg flags)",
			framework: "cargo test",
			parts: whole
		}
	},
	{
		test: (p) => /(?:^|\/)\.config\/nextest\.toml$/.test(p),
		kind: {
			what: "nextest configuration",
			framework: "cargo test",
			parts: tomlWhole
		}
	},
	{
		test: (_p, b) => b === "build.rs",
		kind: {
			what: "build script cfg flags",
			framework: "cargo test",
			parts: (t) => linesMatching(t, /rustc-cfg|rustc-env|rustc-check-cfg/, "cfg flags")
		}
	}
];
const PYTHON_HOOK_MODULE = {
	what: "pytest plugin or unittest load_tests module",
	framework: "pytest",
	parts: pythonHookParts
};
const RSPEC_SUPPORT = {
	what: "RSpec configuration in a support file",
	framework: "rspec",
	parts: (t) => /RSpec\.configure|config\.(?:filter_run|before|around|exclude_pattern|pattern)/.test(t) ? whole(t) : /* @__PURE__ */ new Map()
};
const JVM_EXTENSION = {
	what: "JUnit extension, rule or runner (can disable or intercept tests)",
	framework: "junit",
	parts: (t) => /\b(?:implements|:)\s*[^{]*\b(?:ExecutionCondition|InvocationInterceptor|PostDiscoveryFilter|LauncherDiscoveryListener|TestExecutionListener|TestExecutionExceptionHandler|TestRule|MethodRule|IMethodInterceptor|IAnnotationTransformer)\b|\bextends\s+(?:BlockJUnit4ClassRunner|ParentRunner|Runner|Suite)\b/.test(t) ? whole(t) : /* @__PURE__ */ new Map()
};
function loadedModuleKind(by, framework) {
	return {
		what: `loaded by ${by}`,
		framework,
		parts: whole
	};
}
function harnessKindOf(path) {
	if (/(?:^|\/)(?:node_modules|\.git|vendor|site-packages|__pycache__)\//.test(path)) return void 0;
	const base = posix.basename(path);
	return RULES.find((r) => r.test(path, base))?.kind;
}
function contentKindOf(path) {
	if (/(?:^|\/)(?:node_modules|\.git|vendor|site-packages|__pycache__)\//.test(path)) return void 0;
	if (path.endsWith(".py")) return PYTHON_HOOK_MODULE;
	if (/(?:^|\/)spec\/support\/.*\.rb$/.test(path)) return RSPEC_SUPPORT;
	if (/\.(?:java|kt|groovy|scala)$/.test(path)) return JVM_EXTENSION;
}
function isJsModulePath(path) {
	return /\.(?:js|mjs|cjs|ts|mts|cts|jsx|tsx)$/.test(path) && !path.endsWith(".d.ts");
}
// packages/skip-set/lib/collection-config.js
const PYTEST_KEYS = [
	"addopts",
	"testpaths",
	"python_files",
	"python_classes",
	"python_functions",
	"norecursedirs",
	"usefixtures",
	"empty_parameter_set_mark",
	"collect_imported_tests",
	"consider_namespace_packages",
	"required_plugins"
];
const PYTEST_CONFIG_ORDER = [
	"pytest.toml",
	".pytest.toml",
	"pytest.ini",
	".pytest.ini",
	"pyproject.toml",
	"tox.ini",
	"setup.cfg"
];
const JS_KEYS = /* @__PURE__ */ new Set([
	"include",
	"exclude",
	"testMatch",
	"testRegex",
	"testPathIgnorePatterns",
	"roots",
	"testNamePattern",
	"modulePathIgnorePatterns",
	"projects",
	"workspace",
	"dir",
	"root",
	"allowOnly",
	"spec",
	"ignore",
	"grep",
	"fgrep",
	"invert",
	"recursive",
	"extension",
	"file"
]);
const MOCHA_KEYS = [
	"spec",
	"ignore",
	"exclude",
	"grep",
	"fgrep",
	"invert",
	"recursive",
	"extension",
	"file"
];
const JEST_KEYS = [
	"testMatch",
	"testRegex",
	"testPathIgnorePatterns",
	"roots",
	"modulePathIgnorePatterns",
	"projects",
	"testNamePattern"
];
const JS_CONFIG = /^(?:vitest|vite|jest)\.(?:config|workspace)(?:\.[\w-]+)?\.(?:js|mjs|cjs|ts|mts|cts|json)$|^vitest\.workspace\.(?:js|ts|json)$|^\.mocharc\.(?:js|cjs|mjs|json|jsonc|ya?ml)$/;
function isCollectionConfigPath(path) {
	const base = posix.basename(path);
	if (/(?:^|\/)(?:node_modules|\.git)\//.test(path)) return false;
	return [
		...PYTEST_CONFIG_ORDER,
		"conftest.py",
		"package.json",
		".rspec",
		"noxfile.py",
		"Makefile",
		"makefile",
		"GNUmakefile",
		"justfile",
		"Justfile",
		".justfile"
	].includes(base) || JS_CONFIG.test(base);
}
function collectionSettings(path, text) {
	const base = posix.basename(path);
	try {
		if (base === "pytest.ini" || base === ".pytest.ini") return withPresence(path, iniSettings(path, text, "pytest"), true);
		if (base === "tox.ini") return [...withPresence(path, iniSettings(path, text, "pytest"), /^\s*\[pytest\]\s*$/m.test(text)), ...toxCommandSettings(path, text)];
		if (base === "setup.cfg") return withPresence(path, iniSettings(path, text, "tool:pytest"), /^\s*\[tool:pytest\]\s*$/m.test(text));
		if (base === "pytest.toml" || base === ".pytest.toml") return withPresence(path, tomlTableSettings(path, text, parse(text).pytest ?? {}), true);
		if (base === "pyproject.toml") return pyprojectSettings(path, text);
		if (base === "noxfile.py") return commandLineSettings(path, text, "nox", /\bsession\.run\s*\([^\n]*/g);
		if (/^(?:GNUmakefile|[Mm]akefile|[Jj]ustfile|\.justfile)$/.test(base)) return commandLineSettings(path, text, "make", /^[ \t]+[^\n]*\b(?:pytest|py\.test|unittest|tox|nox)\b[^\n]*/gm);
		if (base === "conftest.py") return conftestSettings(path, text);
		if (base === "package.json") return packageJsonSettings(path, text);
		if (base === ".rspec") return rspecSettings(path, text);
		if (/^\.mocharc\.(?:json|jsonc|ya?ml)$/.test(base)) return objectSettings(path, "mocha", parse$1(text), MOCHA_KEYS);
		if (JS_CONFIG.test(base)) return jsConfigSettings(path, text, base.startsWith("jest") ? "jest" : base.startsWith(".mocharc") ? "mocha" : "vitest");
	} catch {
		return [{
			file: path,
			key: `${base} (unparsable)`,
			value: text
		}];
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
			current = void 0;
			return;
		}
		if (!inSection || /^\s*[#;]/.test(line)) return;
		if (/^\s+\S/.test(line) && current) {
			current.value = `${current.value} ${line.trim()}`.trim();
			return;
		}
		const kv = /^([\w.-]+)\s*[=:]\s*(.*)$/.exec(line);
		current = void 0;
		if (kv && PYTEST_KEYS.includes(kv[1])) {
			current = {
				file: path,
				key: `pytest.${kv[1]}`,
				value: kv[2].trim(),
				line: index + 1
			};
			out.push(current);
		}
	});
	for (const s of out) s.value = s.value.replace(/\s+/g, " ");
	return out;
}
function withPresence(path, settings, present) {
	return present ? [{
		file: path,
		key: PYTEST_CONFIG_KEY,
		value: "present"
	}, ...settings] : settings;
}
const PYTEST_CONFIG_KEY = "pytest (configuration file)";
function toxCommandSettings(path, text) {
	const out = [];
	let section = "";
	let current;
	text.split(/\r?\n/).forEach((line, index) => {
		const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
		if (header) {
			section = header[1].trim();
			current = void 0;
			return;
		}
		if (/^\s*[#;]/.test(line)) return;
		if (/^\s+\S/.test(line) && current) {
			current.value = `${current.value} ${line.trim()}`.trim();
			return;
		}
		current = void 0;
		const kv = /^(commands(?:_pre|_post)?)\s*[=:]\s*(.*)$/.exec(line);
		if (kv && /^testenv(?::|$)/.test(section)) {
			current = {
				file: path,
				key: `tox.${section}.${kv[1]}`,
				value: kv[2].trim(),
				line: index + 1
			};
			out.push(current);
		}
	});
	return out;
}
function commandLineSettings(path, text, tool, pattern) {
	const lines = [...text.matchAll(pattern)].map((m) => m[0].trim().replace(/\s+/g, " "));
	return lines.length > 0 ? [{
		file: path,
		key: `${tool} test commands`,
		value: lines.join("; ")
	}] : [];
}
function tomlTableSettings(path, text, table) {
	const lines = text.split(/\r?\n/);
	return PYTEST_KEYS.filter((k) => table[k] !== void 0).map((k) => {
		const value = table[k];
		const line = lines.findIndex((l) => new RegExp(`^\\s*${k}\\s*=`).test(l));
		return {
			file: path,
			key: `pytest.${k}`,
			value: Array.isArray(value) ? value.join(" ") : String(value),
			...line >= 0 ? { line: line + 1 } : {}
		};
	});
}
function pyprojectSettings(path, text) {
	const pytest = parse(text).tool?.pytest;
	if (!pytest) return [];
	return withPresence(path, tomlTableSettings(path, text, {
		...pytest.ini_options ?? {},
		...Object.fromEntries(Object.entries(pytest).filter(([k]) => k !== "ini_options"))
	}), true);
}
function conftestSettings(path, text) {
	const out = [];
	const lines = new LineIndex(text);
	for (const st of scanPython(text).statements) {
		const m = /^(collect_ignore(?:_glob)?)\s*(?:(?::[^=\n]*)?=|\+=|\|=|\[[^\]]*\]\s*=|\.(?:append|extend|insert)\s*\()/.exec(text.slice(st.start, st.end));
		if (m) out.push({
			file: path,
			key: `conftest.${m[1]}`,
			value: text.slice(st.start, st.end).replace(/\s+/g, " "),
			line: lines.lineOf(st.start)
		});
	}
	for (const [name, value] of pythonHookParts(text)) {
		const hook = name.replace(/^def\s+/, "").replace(/\s*=$/, "");
		const at = text.search(new RegExp(`^(?:async\\s+)?(?:def\\s+)?${hook}\\b`, "m"));
		out.push({
			file: path,
			key: `conftest.${hook}`,
			value: value.trim(),
			...at >= 0 ? { line: lines.lineOf(at) } : {}
		});
	}
	const merged = /* @__PURE__ */ new Map();
	for (const s of out) {
		const prev = merged.get(s.key);
		merged.set(s.key, prev ? {
			...prev,
			value: `${prev.value}; ${s.value}`
		} : s);
	}
	return [...merged.values()];
}
function objectSettings(path, prefix, obj, keys) {
	if (!obj || typeof obj !== "object") return [];
	return keys.filter((k) => obj[k] !== void 0).map((k) => ({
		file: path,
		key: `${prefix}.${k}`,
		value: JSON.stringify(obj[k])
	}));
}
function packageJsonSettings(path, text) {
	const pkg = JSON.parse(text);
	const out = [...objectSettings(path, "jest", pkg.jest, JEST_KEYS), ...objectSettings(path, "mocha", pkg.mocha, MOCHA_KEYS)];
	for (const [name, command] of Object.entries(pkg.scripts ?? {})) if (/^test(?::|$)/.test(name)) out.push({
		file: path,
		key: `package.json scripts.${name}`,
		value: command
	});
	return out;
}
function rspecSettings(path, text) {
	const options = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => /^--(?:pattern|exclude-pattern|tag|example|default-path)\b|^-[teP]\b/.test(l));
	return options.length > 0 ? [{
		file: path,
		key: "rspec options",
		value: options.join(" ")
	}] : [];
}
function jsConfigSettings(path, text, tool) {
	const tokens = tokenizeJs(text, { jsx: false });
	const lines = new LineIndex(text);
	const out = [];
	const keyStack = [];
	const { kind, start, end, match } = tokens;
	const tokenText = (t) => text.slice(start[t], end[t]);
	for (let t = 0; t < kind.length; t += 1) {
		const w = tokenText(t);
		if (kind[t] === 4 && (w === "{" || w === "[" || w === "(")) {
			const key = kind[t - 2] !== void 0 && tokenText(t - 1) === ":" ? keyName(tokenText(t - 2), kind[t - 2]) : void 0;
			keyStack.push(w === "{" ? key : void 0);
			continue;
		}
		if (kind[t] === 4 && (w === "}" || w === "]" || w === ")")) {
			keyStack.pop();
			continue;
		}
		if (kind[t] !== 1 && kind[t] !== 2 || tokenText(t + 1) !== ":") continue;
		const key = keyName(w, kind[t]);
		if (!key || !JS_KEYS.has(key)) continue;
		const dotted = [...keyStack.filter((k) => k !== void 0), key].join(".");
		if (/(?:^|\.)(?:coverage|server|build|resolve|optimizeDeps|css)\./.test(dotted)) continue;
		let v = t + 2;
		const from = start[v];
		while (v < kind.length && !(kind[v] === 4 && (tokenText(v) === "," || tokenText(v) === "}"))) v = match[v] > v ? match[v] + 1 : v + 1;
		if (from === void 0) continue;
		out.push({
			file: path,
			key: `${tool}.${dotted}`,
			value: text.slice(from, end[v - 1] ?? from).replace(/\s+/g, " "),
			line: lines.lineOf(start[t])
		});
	}
	return out;
}
function keyName(raw, kind) {
	if (kind === 1) return raw;
	if (kind === 2 || kind === 3) return raw.slice(1, -1);
}
function effectivePytestConfig(settings) {
	return PYTEST_CONFIG_ORDER.find((f) => settings.some((s) => s.file === f && s.key === PYTEST_CONFIG_KEY));
}
function effectiveConfigChange(before, after) {
	const a = effectivePytestConfig(before);
	const b = effectivePytestConfig(after);
	if (a === b || a === void 0) return void 0;
	return {
		file: b ?? a,
		key: "pytest configuration file",
		...a ? { before: a } : {},
		...b ? { after: b } : {}
	};
}
function diffSettings(before, after) {
	const key = (s) => `${s.file}\0${s.key}`;
	const a = new Map(before.map((s) => [key(s), s]));
	const b = new Map(after.map((s) => [key(s), s]));
	const changes = [];
	for (const k of /* @__PURE__ */ new Set([...a.keys(), ...b.keys()])) {
		const x = a.get(k);
		const y = b.get(k);
		if (x?.value === y?.value) continue;
		const s = y ?? x;
		changes.push({
			file: s.file,
			key: s.key,
			...x ? { before: x.value } : {},
			...y ? { after: y.value } : {},
			...y?.line ? { line: y.line } : {}
		});
	}
	return changes;
}
function describeAddopts(value) {
	const effects = [];
	if (/--deselect\b/.test(value)) effects.push("--deselect removes tests");
	if (/(?:^|\s)-k\b/.test(value)) effects.push("-k filters tests by name");
	if (/(?:^|\s)-m\b/.test(value)) effects.push("-m filters tests by mark");
	if (/--ignore(?:-glob)?\b/.test(value)) effects.push("--ignore drops files");
	if (/(?:^|\s)(?:--co|--collect-only)\b/.test(value)) effects.push("--collect-only runs no test");
	if (/(?:^|\s)(?:-x|--exitfirst|--maxfail(?:=|\s))|(?:^|\s)(?:--sw|--stepwise|--lf|--last-failed)\b/.test(value)) effects.push("-x/--maxfail/--stepwise/--last-failed stop or narrow the run");
	if (/--noconftest\b|--confcutdir\b/.test(value)) effects.push("--noconftest/--confcutdir leave conftest.py files out");
	if (/(?:^|\s)(?:-o|--override-ini)(?:\s|=)|(?:^|\s)(?:-c|--config-file)(?:\s|=)|--rootdir\b/.test(value)) effects.push("-o/-c/--rootdir replace the configuration");
	if (/(?:^|\s)-p\s*(?!no:)\S/.test(value)) effects.push("-p loads a plugin");
	if (/(?:^|\s)-p\s*no:/.test(value)) effects.push("-p no: disables a plugin");
	return effects;
}
function settingEffects(key, value) {
	if (key === PYTEST_CONFIG_KEY) return [];
	if (/addopts$|commands(?:_pre|_post)?$|test commands$|^package\.json scripts\./.test(key)) return describeAddopts(value);
	if (/usefixtures|empty_parameter_set_mark|collect_imported_tests|required_plugins/.test(key)) return [`${key.replace(/^pytest\./, "")} changes what runs`];
	return [];
}
function patternsFromSettings(settings, languages) {
	const patterns = { ...defaultPatterns(languages) };
	const root = settings.filter((s) => !s.file.includes("/"));
	const pytestFile = effectivePytestConfig(settings);
	const pytest = (k) => {
		const s = root.find((x) => x.file === pytestFile && x.key === `pytest.${k}`);
		return s ? s.value.split(/\s+/).filter(Boolean) : void 0;
	};
	const literalList = (key) => {
		const s = root.find((x) => x.key === key);
		if (!s) return void 0;
		const items = [...s.value.matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]);
		return s.value.replace(/(['"`])((?:\\.|(?!\1).)*)\1/g, "").replace(/[\s,[\]]/g, "") === "" ? items : void 0;
	};
	return {
		...patterns,
		pythonFiles: pytest("python_files") ?? patterns.pythonFiles,
		pythonTestpaths: pytest("testpaths") ?? patterns.pythonTestpaths,
		pythonFunctionPrefixes: (pytest("python_functions") ?? patterns.pythonFunctionPrefixes).map((p) => p.replace(/\*$/, "")),
		pythonClassPrefixes: (pytest("python_classes") ?? patterns.pythonClassPrefixes).map((p) => p.replace(/\*$/, "")),
		jsInclude: literalList("vitest.test.include") ?? literalList("jest.testMatch") ?? patterns.jsInclude,
		jsExcludeGlobs: literalList("vitest.test.exclude") ?? patterns.jsExcludeGlobs,
		jsIgnoreRegexps: literalList("jest.testPathIgnorePatterns") ?? []
	};
}
// packages/skip-set/lib/similarity.js
function bodySimilarity(a, b) {
	const x = bigrams(a);
	const y = bigrams(b);
	if (x.size === 0 || y.size === 0) return 0;
	let shared = 0;
	let total = 0;
	for (const [k, n] of x) {
		shared += Math.min(n, y.get(k) ?? 0);
		total += n;
	}
	for (const n of y.values()) total += n;
	return 2 * shared / total;
}
function bigrams(text) {
	const tokens = text.match(/[A-Za-z_]\w*|\d+|\S/g) ?? [];
	const out = /* @__PURE__ */ new Map();
	for (let i = 0; i + 1 < tokens.length; i += 1) {
		const k = `${tokens[i]} ${tokens[i + 1]}`;
		out.set(k, (out.get(k) ?? 0) + 1);
	}
	return out;
}
// packages/skip-set/lib/decision.js
const NOT_RUNNING = /* @__PURE__ */ new Set([
	"skipped",
	"xfail",
	"todo"
]);
function describeStatus(t) {
	return t.reason ? `${t.status} (${t.reason})` : t.status;
}
function gainedReasons(b, h) {
	if (!b.reasons || !h.reasons || !NOT_RUNNING.has(h.status) || b.neverRuns) return [];
	const before = new Set(b.reasons);
	return h.reasons.filter((r) => !before.has(r));
}
function mappedId(test, renames) {
	const to = renames.get(test.path);
	if (to === void 0) return test.id;
	if (test.id.startsWith(`${test.path}::`)) return `${to}${test.id.slice(test.path.length)}`;
	const fromDir = posix.dirname(test.path);
	if (test.id.startsWith(`${fromDir}::`)) return `${posix.dirname(to)}${test.id.slice(fromDir.length)}`;
	return test.id;
}
function decide(base, head, context) {
	const findings = [];
	const threshold = context.renameThreshold ?? .75;
	const decision = {
		findings,
		newSkips: 0,
		removed: 0,
		renamed: 0,
		moved: 0,
		counterparts: /* @__PURE__ */ new Map(),
		reasonGains: 0
	};
	const matchedHead = /* @__PURE__ */ new Set();
	const unmatchedBase = [];
	const focusExcluded = /* @__PURE__ */ new Map();
	const newSkip = (h, message) => {
		decision.newSkips += 1;
		if (h.skipKind === "focus") {
			const entry = focusExcluded.get(h.path) ?? {
				count: 0,
				line: h.line,
				reason: h.reason ?? ""
			};
			entry.count += 1;
			focusExcluded.set(h.path, entry);
			return;
		}
		findings.push({
			rule: "new-skip",
			severity: "error",
			message,
			path: h.path,
			line: h.line,
			test: h.id
		});
	};
	const compare = (b, h) => {
		decision.counterparts.set(b.id, h.id);
		if (h.status === "focused" && b.status !== "focused") newSkip(h, `test '${h.name}' is focused (${h.reason ?? ".only"}): every other test in ${h.path} stops running.`);
		else if (b.status === "active" && NOT_RUNNING.has(h.status)) newSkip(h, `test '${h.name}' was active at base and is ${describeStatus(h)} at head.`);
		else {
			const gained = gainedReasons(b, h);
			if (gained.length > 0) {
				decision.reasonGains += 1;
				newSkip(h, `test '${h.name}' was already ${describeStatus(b)} at base and gains another reason not to run at head: ${gained.join("; ")} (each skip is judged on its own: a skip that was there does not cover a new one).`);
			}
		}
	};
	for (const b of base.tests.values()) {
		const h = head.tests.get(mappedId(b, context.renames));
		if (h) {
			matchedHead.add(h.id);
			compare(b, h);
		} else unmatchedBase.push(b);
	}
	const unmatchedHead = [...head.tests.values()].filter((h) => !matchedHead.has(h.id));
	const headByName = /* @__PURE__ */ new Map();
	const headByPath = /* @__PURE__ */ new Map();
	if (unmatchedBase.length > 0) for (const h of unmatchedHead) {
		const key = [...h.suite, h.name].join("::");
		const named = headByName.get(key);
		if (named) named.push(h);
		else headByName.set(key, [h]);
		const inFile = headByPath.get(h.path);
		if (inFile) inFile.push(h);
		else headByPath.set(h.path, [h]);
	}
	const stillUnmatched = [];
	for (const b of unmatchedBase) {
		const h = (headByName.get([...b.suite, b.name].join("::"))?.filter((h) => !matchedHead.has(h.id) && (!b.body || !h.body || bodySimilarity(b.body, h.body) >= threshold)) ?? [])[0];
		if (h) {
			matchedHead.add(h.id);
			decision.moved += 1;
			findings.push({
				rule: "test-moved",
				severity: "notice",
				message: `test '${b.name}' moved from ${b.path} to ${h.path}.`,
				path: h.path,
				line: h.line,
				test: h.id
			});
			compare(b, h);
		} else stillUnmatched.push(b);
	}
	const pairs = [];
	for (const b of stillUnmatched) {
		const file = context.renames.get(b.path) ?? b.path;
		for (const h of headByPath.get(file) ?? []) {
			if (matchedHead.has(h.id)) continue;
			const score = bodySimilarity(b.body, h.body);
			if (score >= threshold) pairs.push({
				b,
				h,
				score
			});
		}
	}
	pairs.sort((x, y) => y.score - x.score);
	const pairedBase = /* @__PURE__ */ new Set();
	for (const { b, h, score } of pairs) {
		if (pairedBase.has(b) || matchedHead.has(h.id)) continue;
		pairedBase.add(b);
		matchedHead.add(h.id);
		decision.renamed += 1;
		findings.push({
			rule: "test-renamed",
			severity: "notice",
			message: `test '${[...b.suite, b.name].join("::")}' appears renamed to '${[...h.suite, h.name].join("::")}' (bodies ${Math.round(score * 100)}% similar).`,
			path: h.path,
			line: h.line,
			test: h.id
		});
		compare(b, h);
	}
	for (const b of stillUnmatched) {
		if (pairedBase.has(b)) continue;
		const renamedTo = context.renames.get(b.path);
		const skippedAtHead = head.skippedFiles?.get(renamedTo ?? b.path);
		if (skippedAtHead !== void 0 && b.status === "active") {
			decision.newSkips += 1;
			findings.push({
				rule: "new-skip",
				severity: "error",
				message: `test '${b.name}' was active at base; at head its module is skipped at collection (${skippedAtHead || "module-level skip"}).`,
				path: renamedTo ?? b.path,
				line: b.line,
				test: b.id
			});
			continue;
		}
		decision.removed += 1;
		let why = "it was deleted or renamed without a counterpart";
		if (renamedTo !== void 0 && !context.isHeadTestFile(renamedTo)) why = `its file was renamed to ${renamedTo}, which the test collection pattern does not match`;
		else if (context.headHasFile && !context.headHasFile(renamedTo ?? b.path)) why = "its file was deleted";
		findings.push({
			rule: "test-removed",
			severity: "error",
			message: `test '${[...b.suite, b.name].join("::")}' (${b.path}:${b.line} at base) has no counterpart at head: ${why}.`,
			path: renamedTo ?? b.path,
			line: b.line,
			test: b.id
		});
	}
	for (const h of unmatchedHead) {
		if (matchedHead.has(h.id)) continue;
		if (h.status === "focused") newSkip(h, `new test '${h.name}' is focused (${h.reason ?? ".only"}): every other test in ${h.path} stops running.`);
		else if (NOT_RUNNING.has(h.status)) newSkip(h, `new test '${h.name}' is added ${describeStatus(h)}.`);
	}
	for (const [path, f] of focusExcluded) findings.push({
		rule: "new-skip",
		severity: "error",
		message: `${f.count} test(s) in ${path} no longer run: ${f.reason}.`,
		path
	});
	if (head.tests.size < base.tests.size) findings.push({
		rule: "tests-decreased",
		severity: "error",
		message: `${base.tests.size} test(s) at base, ${head.tests.size} at head: the number of tests must not go down.`
	});
	for (const e of head.errors) findings.push({
		rule: "collection-error",
		severity: "error",
		message: `cannot collect tests at head: ${e.message} (the tests in it are lost).`,
		path: e.path,
		...e.line ? { line: e.line } : {}
	});
	return decision;
}
// packages/skip-set/lib/collectors/conftest-paths.js
function conftestPathsFor(path) {
	const out = [];
	for (let dir = posix.dirname(path);; dir = posix.dirname(dir)) {
		out.push(dir === "." ? "conftest.py" : `${dir}/conftest.py`);
		if (dir === "." || dir === "/" || dir === "") break;
	}
	return out;
}
// packages/skip-set/lib/collectors/go.js
const GOOS = /* @__PURE__ */ new Set([
	"aix",
	"android",
	"darwin",
	"dragonfly",
	"freebsd",
	"hurd",
	"illumos",
	"ios",
	"js",
	"linux",
	"nacl",
	"netbsd",
	"openbsd",
	"plan9",
	"solaris",
	"wasip1",
	"windows",
	"zos"
]);
const GOARCH = /* @__PURE__ */ new Set([
	"386",
	"amd64",
	"amd64p32",
	"arm",
	"armbe",
	"arm64",
	"arm64be",
	"loong64",
	"mips",
	"mipsle",
	"mips64",
	"mips64le",
	"mips64p32",
	"mips64p32le",
	"ppc",
	"ppc64",
	"ppc64le",
	"riscv",
	"riscv64",
	"s390",
	"s390x",
	"sparc",
	"sparc64",
	"wasm"
]);
const SATISFIED = /* @__PURE__ */ new Set([
	"linux",
	"amd64",
	"unix",
	"gc",
	"cgo"
]);
function tagSatisfied(tag) {
	return SATISFIED.has(tag) || /^go1\.\d+$/.test(tag);
}
function evaluateBuildConstraint(expr) {
	const tokens = expr.match(/&&|\|\||!|\(|\)|[\w.]+/g) ?? [];
	let pos = 0;
	const parseOr = () => {
		let value = parseAnd();
		while (tokens[pos] === "||") {
			pos += 1;
			const right = parseAnd();
			value = value || right;
		}
		return value;
	};
	const parseAnd = () => {
		let value = parseNot();
		while (tokens[pos] === "&&") {
			pos += 1;
			const right = parseNot();
			value = value && right;
		}
		return value;
	};
	const parseNot = () => {
		const t = tokens[pos++];
		if (t === "!") return !parseNot();
		if (t === "(") {
			const v = parseOr();
			pos += 1;
			return v;
		}
		return t !== void 0 && tagSatisfied(t);
	};
	return parseOr();
}
function goFileExclusion(path, text) {
	const header = text.slice(0, Math.max(0, text.search(/^package\s/m)));
	const build = /^\/\/go:build\s+(.+)$/m.exec(header);
	if (build) {
		if (!evaluateBuildConstraint(build[1].trim())) return `excluded by //go:build ${build[1].trim()}`;
	} else for (const line of header.matchAll(/^\/\/ \+build\s+(.+)$/gm)) if (!line[1].trim().split(/\s+/).some((alt) => alt.split(",").every((t) => t.startsWith("!") ? !tagSatisfied(t.slice(1)) : tagSatisfied(t)))) return `excluded by // +build ${line[1].trim()}`;
	const parts = posix.basename(path).replace(/_test\.go$/, "").split("_");
	const last = parts[parts.length - 1];
	const before = parts[parts.length - 2];
	if (parts.length >= 3 && before && GOOS.has(before) && last && GOARCH.has(last)) {
		if (before !== "linux" || last !== "amd64") return `excluded by the file name suffix _${before}_${last}`;
	} else if (parts.length >= 2 && last && (GOOS.has(last) || GOARCH.has(last)) && last !== "linux" && last !== "amd64") return `excluded by the file name suffix _${last}`;
}
const TEST_FUNC = /^func\s+((?:Test|Fuzz)(?:[^a-z]\w*)?)\s*\(\s*(\w+)\s+\*testing\.(?:T|F)\s*\)/gm;
const HELPER_FUNC = /^func\s+(\w+)\s*\(([^)]*)\)/gm;
function collectGo(path, text) {
	const { masked, error } = maskCLike(text, "go");
	const dir = posix.dirname(path);
	const lines = new LineIndex(text);
	const exclusion = goFileExclusion(path, text);
	const skippingHelpers = /* @__PURE__ */ new Set();
	for (const m of masked.matchAll(HELPER_FUNC)) {
		const param = /(\w+)\s+(?:\*testing\.(?:T|B|F)|testing\.TB)\b/.exec(m[2]);
		if (!param || /^(?:Test|Fuzz|Benchmark)/.test(m[1])) continue;
		const open = masked.indexOf("{", m.index + m[0].length);
		const close = open < 0 ? -1 : matchingBrace(masked, open);
		if (close > 0 && new RegExp(`\\b${param[1]}\\.Skip(?:f|Now)?\\s*\\(`).test(masked.slice(open, close))) skippingHelpers.add(m[1]);
	}
	const tests = [];
	for (const m of masked.matchAll(TEST_FUNC)) {
		const name = m[1];
		const param = m[2];
		const open = masked.indexOf("{", m.index + m[0].length);
		const close = open < 0 ? -1 : matchingBrace(masked, open);
		const body = close < 0 ? "" : masked.slice(open, close + 1);
		let reason;
		let kind;
		if (exclusion) [reason, kind] = [exclusion, "marker"];
		else {
			const skip = new RegExp(`\\b${param}\\.(Skip(?:f|Now)?)\\s*\\(`).exec(body);
			const helper = [...skippingHelpers].find((h) => new RegExp(`\\b${h}\\s*\\(\\s*${param}\\b`).test(body));
			if (skip) reason = `${param}.${skip[1]}()${/\btesting\.Short\s*\(\s*\)/.test(body) ? " under testing.Short()" : ""}`;
			else if (helper) reason = `${helper}(${param}) skips`;
			if (reason) kind = "runtime";
		}
		tests.push({
			id: testId(dir, [], name),
			path,
			line: lines.lineOf(m.index),
			name,
			suite: [],
			status: reason ? "skipped" : "active",
			...reason ? {
				reason,
				skipKind: kind
			} : {},
			body: close < 0 ? "" : text.slice(open, close + 1)
		});
	}
	return {
		path,
		language: "go",
		tests,
		...error ? { error: {
			path,
			line: error.line,
			message: error.message
		} } : {}
	};
}
// packages/skip-set/lib/collectors/js.js
const TEST_FUNCTIONS = /* @__PURE__ */ new Set([
	"it",
	"test",
	"specify",
	"xit",
	"xtest",
	"xspecify",
	"fit",
	"ftest"
]);
const SUITE_FUNCTIONS = /* @__PURE__ */ new Set([
	"describe",
	"context",
	"suite",
	"xdescribe",
	"xcontext",
	"fdescribe",
	"fcontext"
]);
const HOOKS$1 = /* @__PURE__ */ new Set([
	"before",
	"beforeAll",
	"beforeEach",
	"suiteSetup",
	"setup"
]);
const CALLED_MODIFIERS = /* @__PURE__ */ new Set([
	"each",
	"skipIf",
	"runIf",
	"for",
	"extend",
	"scoped"
]);
function modifiersOf(parts) {
	const base = parts[0];
	const mods = {};
	if (base.startsWith("x")) mods.skip = base;
	if (base.startsWith("f") && base !== "for") mods.only = base;
	for (const p of parts.slice(1)) if (p === "skip") mods.skip = `${base}.skip`;
	else if (p === "skipIf" || p === "runIf") mods.skip = `${base}.${p}(\u2026)`;
	else if (p === "only") mods.only = `${base}.only`;
	else if (p === "todo") mods.todo = `${base}.todo`;
	else if (p === "fails" || p === "failing") mods.fails = `${base}.${p}`;
	return mods;
}
var JsFileCollector = class {
	path;
	text;
	tokens;
	aliases = /* @__PURE__ */ new Map();
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
		return this.tokens.kind[t] === 4 && this.tokenText(t) === ch;
	}
	readChain(t) {
		const names = [this.tokenText(t)];
		let j = t + 1;
		const { kind, match } = this.tokens;
		for (;;) if (this.isPunct(j, ".") && kind[j + 1] === 1) {
			names.push(this.tokenText(j + 1));
			j += 2;
		} else if (this.isPunct(j, "(") && CALLED_MODIFIERS.has(names[names.length - 1]) && match[j] > j) {
			const after = match[j] + 1;
			if (!this.isPunct(after, "(") && kind[after] !== 3 && names[names.length - 1] !== "extend") break;
			j = after;
		} else if (kind[j] === 3 && names[names.length - 1] === "each") j += 1;
		else break;
		return {
			names,
			next: j
		};
	}
	resolve(names) {
		const alias = this.aliases.get(names[0]);
		const parts = alias ? [...alias, ...names.slice(1)] : [...names];
		const base = parts[0];
		return TEST_FUNCTIONS.has(base) || SUITE_FUNCTIONS.has(base) ? parts : void 0;
	}
	collect() {
		const { kind, match } = this.tokens;
		const count = kind.length;
		const parents = [];
		for (let t = 0; t < count; t += 1) {
			while (parents.length > 0 && this.blocks[parents[parents.length - 1]].close < t) parents.pop();
			if (kind[t] !== 1 || t > 0 && this.isPunct(t - 1, ".")) continue;
			const word = this.tokenText(t);
			if (word === "const" || word === "let" || word === "var") {
				this.readAlias(t);
				continue;
			}
			if (word === "this" || word === "ctx" || word === "context") {
				this.readSkipCall(t, parents);
				if (word === "this") continue;
			}
			if (HOOKS$1.has(word) && this.isPunct(t + 1, "(")) continue;
			const { names, next } = this.readChain(t);
			const parts = this.resolve(names);
			if (!parts || !this.isPunct(next, "(") || match[next] < 0) continue;
			const base = parts[0];
			if (parents.length > 0 && parts.includes("skip") && !this.hasName(next)) {
				const owner = this.blocks[parents[parents.length - 1]];
				owner.runtimeSkip ??= `${parts.join(".")}() call`;
				t = next;
				continue;
			}
			const close = match[next];
			const block = {
				kind: SUITE_FUNCTIONS.has(base) || parts.includes("describe") ? "suite" : "test",
				name: this.nameArgument(next, close),
				line: this.lines.lineOf(this.tokens.start[t]),
				parent: parents[parents.length - 1] ?? -1,
				mods: modifiersOf(parts) ?? {},
				open: next,
				close
			};
			if (block.kind === "test" && !this.hasFunctionArgument(next, close)) block.mods.todo ??= `${base}() without a function`;
			this.readOptionsArgument(next, close, base, block.mods);
			this.blocks.push(block);
			parents.push(this.blocks.length - 1);
			t = next;
		}
		return this.finish();
	}
	readOptionsArgument(open, close, base, mods) {
		const { match } = this.tokens;
		let t = open + 1;
		while (t < close && !this.isPunct(t, ",")) t = match[t] > t ? match[t] + 1 : t + 1;
		const brace = t + 1;
		if (t >= close || !this.isPunct(brace, "{") || match[brace] < 0) return;
		const end = match[brace];
		for (let k = brace + 1; k < end; k = match[k] > k ? match[k] + 1 : k + 1) {
			const key = this.tokenText(k);
			if (this.tokens.kind[k] !== 1 || !(key === "skip" || key === "todo" || key === "only")) continue;
			if (!this.isPunct(k - 1, "{") && !this.isPunct(k - 1, ",")) continue;
			let valueText = "true";
			if (this.isPunct(k + 1, ":")) {
				let v = k + 2;
				const parts = [];
				while (v < end && !this.isPunct(v, ",")) {
					parts.push(this.tokenText(v));
					v = match[v] > v ? match[v] + 1 : v + 1;
				}
				valueText = parts.join(" ").trim();
			} else if (!this.isPunct(k + 1, ",") && k + 1 !== end) continue;
			if ([
				"false",
				"undefined",
				"null",
				"0",
				"''",
				"\"\"",
				"``"
			].includes(valueText)) continue;
			const why = `${base}(\u2026, { ${key}: ${valueText.length > 40 ? `${valueText.slice(0, 40)}\u2026` : valueText} })`;
			if (key === "skip") mods.skip ??= why;
			else if (key === "todo") mods.todo ??= why;
			else mods.only ??= why;
		}
	}
	hasName(open) {
		const k = this.tokens.kind[open + 1];
		return k === 2 || k === 3 || k === 1 && this.isPunct(open + 2, ",");
	}
	hasFunctionArgument(open, close) {
		for (let t = open + 1; t < close; t += 1) {
			const w = this.tokenText(t);
			if (w === "=>" || w === "function" || this.tokens.kind[t] === 1 && this.isPunct(t - 1, ",")) return true;
		}
		return false;
	}
	nameArgument(open, close) {
		const { kind, start, end, match } = this.tokens;
		const first = open + 1;
		if (first >= close) return "";
		if ((kind[first] === 2 || kind[first] === 3) && (first + 1 === close || this.isPunct(first + 1, ","))) return this.text.slice(start[first] + 1, end[first] - 1);
		let t = first;
		while (t < close && !this.isPunct(t, ",")) t = match[t] > t ? match[t] + 1 : t + 1;
		return this.text.slice(start[first], end[t - 1]).replace(/\s+/g, " ");
	}
	readAlias(t) {
		const { kind } = this.tokens;
		if (kind[t + 1] !== 1 || !this.isPunct(t + 2, "=") || kind[t + 3] !== 1) return;
		const { names, next } = this.readChain(t + 3);
		const parts = this.resolve(names);
		if (!parts) return;
		if (this.isPunct(next, "(")) return;
		this.aliases.set(this.tokenText(t + 1), parts.filter((p) => p !== "extend"));
	}
	readSkipCall(t, parents) {
		if (!this.isPunct(t + 1, ".") || this.tokenText(t + 2) !== "skip" || !this.isPunct(t + 3, "(") || this.hasName(t + 3)) return;
		const owner = parents[parents.length - 1];
		if (owner === void 0) return;
		const block = this.blocks[owner];
		if (block.kind === "test") {
			block.runtimeSkip ??= `${this.tokenText(t)}.skip() in the test`;
			return;
		}
		for (let h = t - 1; h > block.open; h -= 1) if (this.tokens.kind[h] === 1 && HOOKS$1.has(this.tokenText(h)) && this.isPunct(h + 1, "(") && this.tokens.match[h + 1] > t) {
			block.runtimeSkip ??= `${this.tokenText(t)}.skip() in ${this.tokenText(h)}()`;
			return;
		}
	}
	finish() {
		const ids = new IdAllocator();
		const drafts = [];
		let focusLine;
		for (const block of this.blocks) {
			if (block.kind !== "test") continue;
			const chain = [];
			for (let p = block.parent; p >= 0; p = this.blocks[p].parent) chain.unshift(this.blocks[p]);
			const all = [...chain, block];
			let status = "active";
			let reason;
			let skipKind;
			const skipper = all.find((b) => b.mods.skip);
			const runtime = all.find((b) => b.runtimeSkip);
			const focus = all.find((b) => b.mods.only);
			const todo = all.find((b) => b.mods.todo);
			if (skipper) [status, reason, skipKind] = [
				"skipped",
				skipper.mods.skip,
				"marker"
			];
			else if (todo) [status, reason, skipKind] = [
				"todo",
				todo.mods.todo,
				"marker"
			];
			else if (runtime) [status, reason, skipKind] = [
				"skipped",
				runtime.runtimeSkip,
				"runtime"
			];
			else if (focus) [status, reason, skipKind] = [
				"focused",
				focus.mods.only,
				"focus"
			];
			else if (all.some((b) => b.mods.fails)) [status, reason, skipKind] = [
				"xfail",
				all.find((b) => b.mods.fails).mods.fails,
				"marker"
			];
			if (status === "focused") focusLine ??= focus.line;
			const suite = chain.map((b) => b.name);
			const id = ids.allocate(testId(this.path, suite, block.name));
			const body = this.text.slice(this.tokens.start[block.open], this.tokens.end[block.close]);
			drafts.push({
				test: {
					id,
					path: this.path,
					line: block.line,
					name: block.name,
					suite,
					status,
					...reason ? {
						reason,
						skipKind
					} : {},
					body
				},
				focused: status === "focused"
			});
		}
		if (focusLine !== void 0) {
			for (const d of drafts) if (d.test.status === "active" || d.test.status === "xfail") {
				d.test.status = "skipped";
				d.test.reason = `not run: a focused test (.only) at line ${focusLine} excludes it`;
				d.test.skipKind = "focus";
			}
		}
		return drafts.map((d) => d.test);
	}
};
function collectJs(path, text) {
	const tokens = tokenizeJs(text, { jsx: allowsJsx(path) });
	return {
		path,
		language: "javascript",
		tests: new JsFileCollector(path, text, tokens).collect(),
		...tokens.error ? { error: {
			path,
			line: tokens.error.line,
			message: tokens.error.message
		} } : {}
	};
}
// packages/skip-set/lib/collectors/jvm.js
const TEST_ANNOTATIONS = /* @__PURE__ */ new Set([
	"Test",
	"ParameterizedTest",
	"RepeatedTest",
	"TestFactory",
	"TestTemplate",
	"Property",
	"Example"
]);
const ASSUMPTION = /\b(?:Assume\.|Assumptions\.)?assume(?:True|False|That|NotNull|NoException)\s*\(/;
function skipName(name) {
	if (name === "Ignore" || name.startsWith("Disabled")) return "skips";
	return /^Enabled(?:If|On|For)/.test(name) ? "conditional" : void 0;
}
function skipOf(annotations) {
	for (const a of annotations) if (skipName(a.name) === "skips") return {
		status: "skipped",
		reason: `@${a.shown ?? a.name}`,
		kind: "marker"
	};
	for (const a of annotations) if (skipName(a.name) === "conditional") return {
		status: "skipped",
		reason: `@${a.shown ?? a.name} (conditional)`,
		kind: "marker"
	};
}
const NAME = String.raw`(?:\x60[^\x60\n]*\x60|[\w$]+)`;
const unquoted = (name) => name.replace(/`/g, "");
const simpleName = (dotted) => unquoted(dotted.split(/\s*\.\s*/).pop());
const ANNOTATION_NAME = new RegExp(String.raw`^@\s*(?:(?:field|get|set|param|property|receiver|setparam|delegate|file)\s*:\s*)?(${NAME}(?:\s*\.\s*${NAME})*)`);
const ANNOTATIONS = String.raw`((?:@\s*${NAME}(?:\s*\.\s*${NAME})*(?:\s*\([^()]*\))?\s*)+)`;
const COMPOSED_JAVA = new RegExp(String.raw`${ANNOTATIONS}(?:(?:public|protected|private|static|abstract)\s+)*@\s*interface\s+(${NAME})`, "gd");
const COMPOSED_KOTLIN = new RegExp(String.raw`${ANNOTATIONS}(?:[a-z]+\s+)*annotation\s+class\s+(${NAME})`, "gd");
const KOTLIN_ALIAS = new RegExp(String.raw`^[ \t]*(?:import\s+(${NAME}(?:\s*\.\s*${NAME})*)\s+as\s+(${NAME})|typealias\s+(${NAME})\s*=\s*(${NAME}(?:\s*\.\s*${NAME})*))`, "gmd");
function skipAliases(text, masked, kotlin) {
	const aliases = /* @__PURE__ */ new Map();
	const original = (m, group) => {
		const [start, end] = m.indices[group];
		return text.slice(start, end);
	};
	if (kotlin) for (const m of masked.matchAll(KOTLIN_ALIAS)) {
		const [alias, target] = m[1] ? [original(m, 2), original(m, 1)] : [original(m, 3), original(m, 4)];
		if (skipName(simpleName(target))) aliases.set(unquoted(alias), simpleName(target));
	}
	for (const m of masked.matchAll(kotlin ? COMPOSED_KOTLIN : COMPOSED_JAVA)) {
		const skipping = [...original(m, 1).matchAll(new RegExp(String.raw`@\s*(${NAME}(?:\s*\.\s*${NAME})*)`, "g"))].map((a) => simpleName(a[1])).map((name) => aliases.get(name) ?? name).find((name) => skipName(name));
		if (skipping) aliases.set(unquoted(original(m, 2)), skipping);
	}
	return aliases;
}
const WORD$1 = /`[^`\n]*`|[A-Za-z_$][\w$]*|@|[{}();=]/g;
function collectJvm(path, text) {
	const kotlin = /\.kts?$/.test(path);
	const { masked, error } = maskCLike(text, kotlin ? "kotlin" : "java");
	const aliases = skipAliases(text, masked, kotlin);
	const lines = new LineIndex(text);
	const ids = new IdAllocator();
	const tests = [];
	const classes = [];
	let pending = [];
	WORD$1.lastIndex = 0;
	for (let m = WORD$1.exec(masked); m; m = WORD$1.exec(masked)) {
		const word = m[0];
		const at = m.index;
		while (classes.length > 0 && classes[classes.length - 1].close < at) classes.pop();
		if (word === "@") {
			const written = ANNOTATION_NAME.exec(masked.slice(at, at + 300));
			if (!written) continue;
			const own = simpleName(ANNOTATION_NAME.exec(text.slice(at, at + written[0].length))?.[1] ?? written[1]);
			const target = aliases.get(own);
			pending.push({
				name: target ?? own,
				...target ? { shown: `${own} (${target})` } : {},
				line: lines.lineOf(at)
			});
			let end = at + written[0].length;
			const paren = /^\s*\(/.exec(masked.slice(end));
			if (paren) {
				const close = matchingBracket(masked, end + paren[0].length - 1);
				end = close < 0 ? end : close + 1;
			}
			WORD$1.lastIndex = end;
			continue;
		}
		if (word === ";" || word === "}" || word === "=") {
			pending = [];
			continue;
		}
		if (word === "class" || word === "interface" || word === "object" || word === "enum") {
			if (/[.:]\s*$/.test(masked.slice(Math.max(0, at - 3), at))) continue;
			const nameMatch = /^\s+(`[^`\n]*`|[\w$]+)/.exec(masked.slice(at + word.length));
			const companion = /\bcompanion\s+$/.test(masked.slice(Math.max(0, at - 12), at));
			if (!nameMatch && !companion) continue;
			const name = nameMatch ? text.slice(at + word.length + nameMatch[0].length - nameMatch[1].length, at + word.length + nameMatch[0].length).replace(/`/g, "") : "Companion";
			const open = masked.indexOf("{", at);
			const stop = masked.slice(at + word.length + (nameMatch?.[0].length ?? 0), open < 0 ? masked.length : open).search(/[;}]|\b(?:class|interface|object|fun|typealias)\b/);
			if (open >= 0 && stop < 0) {
				const close = matchingBrace(masked, open);
				if (close > 0) classes.push({
					name,
					annotations: pending,
					close
				});
				WORD$1.lastIndex = open + 1;
			}
			pending = [];
			continue;
		}
		if (!pending.some((a) => TEST_ANNOTATIONS.has(a.name))) {
			if (word === "(" || word === "{") pending = [];
			continue;
		}
		let nameAt = -1;
		if (kotlin) {
			if (word !== "fun") continue;
			const nm = /^\s+(?:<[^>]*>\s*)?(`[^`\n]*`|[\w$]+)\s*\(/.exec(masked.slice(at + 3));
			if (!nm) continue;
			nameAt = at + 3 + nm[0].indexOf(nm[1]);
		} else {
			if (!/^\s*\(/.test(masked.slice(at + word.length)) || /^(?:if|for|while|switch|catch|synchronized|return|new)$/.test(word)) continue;
			nameAt = at;
		}
		const rawName = /^(`[^`\n]*`|[\w$]+)/.exec(text.slice(nameAt))[1];
		const name = rawName.replace(/`/g, "");
		const parenClose = matchingBracket(masked, masked.indexOf("(", nameAt + rawName.length));
		const open = masked.indexOf("{", parenClose);
		const bodyClose = open < 0 ? -1 : matchingBrace(masked, open);
		const bodyMasked = bodyClose < 0 ? "" : masked.slice(open, bodyClose + 1);
		let skip = skipOf([...classes.flatMap((c) => c.annotations), ...pending]);
		if (!skip && ASSUMPTION.test(bodyMasked)) skip = {
			status: "skipped",
			reason: "assumption in the body (assume*)",
			kind: "runtime"
		};
		const suite = classes.map((c) => c.name);
		tests.push({
			id: ids.allocate(testId(path, suite, name)),
			path,
			line: lines.lineOf(nameAt),
			name,
			suite,
			status: skip ? skip.status : "active",
			...skip ? {
				reason: skip.reason,
				skipKind: skip.kind
			} : {},
			body: bodyClose < 0 ? "" : text.slice(open, bodyClose + 1)
		});
		pending = [];
		WORD$1.lastIndex = bodyClose > 0 ? bodyClose + 1 : parenClose + 1;
	}
	return {
		path,
		language: "jvm",
		tests,
		...error ? { error: {
			path,
			line: error.line,
			message: error.message
		} } : {}
	};
}
// packages/skip-set/lib/collectors/python-vocabulary.js
const CALLABLE = {
	"pytest.skip": {
		status: "skipped",
		label: "pytest.skip()"
	},
	"pytest.importorskip": {
		status: "skipped",
		label: "pytest.importorskip()"
	},
	"pytest.xfail": {
		status: "xfail",
		label: "pytest.xfail()"
	},
	"pytest.exit": {
		status: "skipped",
		label: "pytest.exit() (stops the session: no later test runs)"
	},
	"os._exit": {
		status: "skipped",
		label: "os._exit() (ends the process: no later test runs)"
	}
};
const EXCEPTION = /* @__PURE__ */ new Set(["unittest.SkipTest", "pytest.skip.Exception"]);
const KNOWN_PREFIXES = [
	"pytest",
	"unittest",
	"_pytest",
	"os"
];
function canonicalize(name) {
	return name.replace(/^unittest\.case\./, "unittest.").replace(/^_pytest\.outcomes\.(skip|xfail|exit|importorskip)$/, "pytest.$1").replace(/^_pytest\.outcomes\.Skipped$/, "pytest.skip.Exception").replace(/^_pytest\.outcomes\.XFailed$/, "pytest.xfail.Exception").replace(/^pytest\.skip\.Exception$/, "pytest.skip.Exception").replace(/^_pytest\.mark\.(?:structures\.)?MARK_GEN\b/, "pytest.mark");
}
function resolveName(vocab, dotted) {
	if (!vocab || vocab.names.size === 0) return dotted;
	const parts = dotted.split(".");
	for (let k = parts.length; k >= 1; k -= 1) {
		const bound = vocab.names.get(parts.slice(0, k).join("."));
		if (bound !== void 0) return canonicalize([bound, ...parts.slice(k)].join("."));
	}
	return canonicalize(dotted);
}
const escape$1 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function readVocabulary(text, scan) {
	const names = /* @__PURE__ */ new Map();
	const bind = (local, target) => {
		const canonical = canonicalize(target);
		if (local !== canonical) names.set(local, canonical);
	};
	for (let k = 0; k < scan.count; k += 1) {
		const start = scan.start[k];
		const c = text.charCodeAt(start);
		if (c !== 102 && c !== 105 && !(scan.indent[k] === 0 && /[A-Za-z_\u0080-\uffff]/.test(text[start]))) continue;
		const raw = text.slice(start, scan.end[k]);
		if (!/pytest|unittest|os\b|skip|Skip|xfail|exit|mark/.test(raw)) continue;
		const from = /^from\s+([\w\u0080-\uffff.]+)\s+import\s+\(?([^)#]*)\)?/.exec(raw);
		if (from) {
			if (!KNOWN_PREFIXES.some((p) => from[1] === p || from[1].startsWith(`${p}.`))) continue;
			for (const item of from[2].split(",")) {
				const m = /^\s*([\w\u0080-\uffff]+)(?:\s+as\s+([\w\u0080-\uffff]+))?\s*$/.exec(item.replace(/\\\s*\n/g, " "));
				if (m) bind(m[2] ?? m[1], `${from[1]}.${m[1]}`);
			}
			continue;
		}
		const plain = /^import\s+([^#]*)/.exec(raw);
		if (plain) {
			for (const item of plain[1].split(",")) {
				const m = /^\s*([\w\u0080-\uffff.]+)\s+as\s+([\w\u0080-\uffff]+)\s*$/.exec(item);
				if (m && KNOWN_PREFIXES.some((p) => m[1] === p || m[1].startsWith(`${p}.`))) bind(m[2], m[1]);
			}
			continue;
		}
		const alias = /^([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)\s*(?::[^=\n]*)?=\s*([A-Za-z_\u0080-\uffff][\w\u0080-\uffff.]*)\s*$/.exec(raw);
		if (alias) {
			const target = resolveName({
				names,
				needles: []
			}, alias[2]);
			if (CALLABLE[target] || EXCEPTION.has(target) || /^(?:pytest(?:\.mark)?|unittest|pytest\.mark\.(?:skip|skipif|xfail)|unittest\.(?:skip|skipIf|skipUnless|expectedFailure))$/.test(target)) names.set(alias[1], target);
			continue;
		}
		const cls = /^class\s+([\w\u0080-\uffff]+)\s*\(\s*([\w\u0080-\uffff.]+)\s*\)/.exec(raw);
		if (cls && EXCEPTION.has(resolveName({
			names,
			needles: []
		}, cls[2]))) names.set(cls[1], "unittest.SkipTest");
	}
	const vocab = {
		names,
		needles: []
	};
	const calls = [];
	const raises = [];
	for (const local of names.keys()) {
		const target = names.get(local);
		if (CALLABLE[target]) calls.push(escape$1(local));
		else if (EXCEPTION.has(target)) raises.push(escape$1(local));
		else if (target === "pytest" || target === "os") calls.push(`${escape$1(local)}\\.(?:skip|xfail|importorskip|exit|_exit)`);
		else if (target === "unittest") raises.push(`${escape$1(local)}(?:\\.case)?\\.SkipTest`);
		else continue;
		vocab.needles.push(local);
	}
	if (calls.length > 0) vocab.call = new RegExp(`(?<![\\w\\u0080-\\uffff.])(${calls.join("|")})\\s*\\(`, "g");
	if (raises.length > 0) vocab.raise = new RegExp(`\\braise\\s+(${raises.join("|")})\\b`, "g");
	return vocab;
}
const USUAL_CALL = /(?<![\w.])(pytest\.(?:skip|xfail|importorskip|exit)|importorskip|os\._exit)\s*\(|\.(skipTest)\s*\(|\b(raise)\s+((?:unittest\.(?:case\.)?)?SkipTest|pytest\.skip\.Exception)\b|\.(applymarker|add_marker)\s*\(/g;
function callText(masked, at) {
	const open = masked.indexOf("(", at);
	if (open < 0) return masked.slice(at).trim();
	const close = matchingBracket(masked, open);
	return masked.slice(at, close < 0 ? masked.length : close + 1).replace(/\s+/g, " ").trim();
}
function bodySkipsIn(masked, vocab, raw) {
	const out = [];
	for (const m of masked.matchAll(GETATTR)) {
		const found = getattrSkip(masked, raw, m.index ?? 0, m[0].length - 1, vocab);
		if (found) out.push(found);
	}
	for (const m of masked.matchAll(USUAL_CALL)) {
		const at = m.index ?? 0;
		if (m[1]) {
			const name = m[1] === "importorskip" ? "pytest.importorskip" : m[1];
			const what = CALLABLE[name];
			out.push({
				status: what.status,
				label: `${what.label.replace(/\(\)/, "()")} call`,
				text: callText(masked, at)
			});
		} else if (m[2]) out.push({
			status: "skipped",
			label: ".skipTest() call",
			text: callText(masked, at)
		});
		else if (m[3]) out.push({
			status: "skipped",
			label: `raise ${m[4]}`,
			text: `raise ${m[4]}`
		});
		else if (m[5]) {
			const call = callText(masked, at);
			const mark = /\bmark\.(skipif|skip|xfail)\b/.exec(call);
			if (mark) out.push({
				status: mark[1] === "xfail" ? "xfail" : "skipped",
				label: `${m[5]}(pytest.mark.${mark[1]}) at run time`,
				text: call
			});
		}
	}
	if (vocab?.call) for (const m of masked.matchAll(vocab.call)) {
		const target = resolveName(vocab, m[1]);
		const what = CALLABLE[target];
		if (what) out.push({
			status: what.status,
			label: `${m[1]}() call (${what.label})`,
			text: callText(masked, m.index ?? 0)
		});
	}
	if (vocab?.raise) for (const m of masked.matchAll(vocab.raise)) out.push({
		status: "skipped",
		label: `raise ${m[1]} (a SkipTest)`,
		text: `raise ${m[1]}`
	});
	return out;
}
const GETATTR = /(?<![\w\u0080-\uffff.])getattr\s*\(/g;
const SKIPPING_ATTRIBUTES = /* @__PURE__ */ new Map([
	["pytest", /* @__PURE__ */ new Set([
		"skip",
		"xfail",
		"importorskip",
		"exit"
	])],
	["os", /* @__PURE__ */ new Set(["_exit"])],
	["self", /* @__PURE__ */ new Set(["skipTest"])],
	["cls", /* @__PURE__ */ new Set(["skipTest"])]
]);
function getattrTarget(masked, raw, open, vocab) {
	const close = matchingBracket(masked, open);
	const args = splitTopLevel(masked, open + 1, close < 0 ? masked.length : close);
	if (args.length < 2) return void 0;
	const objectText = masked.slice(args[0].start, args[0].end).trim();
	return {
		objectText,
		object: resolveName(vocab, objectText),
		name: stringExpressionValue(raw.slice(args[1].start, args[1].end)) ?? null
	};
}
const GETATTR_NAMESPACES = new Set(SKIPPING_ATTRIBUTES.keys());
function getattrSkip(masked, raw, at, toParen, vocab) {
	const target = getattrTarget(masked, raw ?? masked, at + toParen, vocab);
	const skipping = target && SKIPPING_ATTRIBUTES.get(target.object);
	if (!target || !skipping) return void 0;
	const { objectText, object } = target;
	const name = raw === void 0 ? null : target.name;
	const text = callText(masked, at);
	if (name === null) {
		if (object === "self" || object === "cls") return void 0;
		return {
			status: "skipped",
			label: `getattr(${objectText}, \u2026) with a name it cannot read (may be a skip)`,
			text
		};
	}
	if (!skipping.has(name)) return void 0;
	const what = CALLABLE[`${object}.${name}`];
	return {
		status: what?.status ?? "skipped",
		label: `getattr(${objectText}, "${name}") call (${what?.label ?? ".skipTest()"})`,
		text
	};
}
function stringExpressionValue(expr) {
	let value = "";
	let strings = 0;
	for (const token of pythonTokens(expr, 0, expr.length)) {
		if (token.type === "op" && (token.value === "+" || token.value === "(" || token.value === ")")) continue;
		if (token.type !== "string") return void 0;
		const literal = pythonStringLiteral(expr, token.start, token.end);
		if (literal?.value === void 0 || literal.prefix.includes("b")) return void 0;
		value += literal.value;
		strings += 1;
	}
	return strings > 0 ? value : void 0;
}
// packages/skip-set/lib/collectors/python-module.js
const MODULE_SKIP = /\bimportorskip\s*\(|\bpytest\.skip\s*\([^]*allow_module_level\s*=\s*True|\braise\s+(?:unittest\.(?:case\.)?)?SkipTest\b/;
const DEF_HEADER = /(?:async[ \t]+)?def[ \t]+([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)/y;
const CLASS_HEADER = /^class\s+([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)\s*(\()?/;
const ASSIGNMENT = /([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)[ \t]*(?::[^=\n]*)?=(?!=)\s*/y;
const HEAD = /^\s*([A-Za-z_\u0080-\uffff][\w\u0080-\uffff.]*)/;
const FIXTURE_DECORATOR = /^\s*(?:pytest\.)?fixture\b/;
const NO_DECORATORS = [];
Object.freeze(NO_DECORATORS);
function skipped(reason, kind = "marker", extra = {}) {
	return {
		status: "skipped",
		reason,
		kind,
		...extra
	};
}
function xfail(reason, kind = "marker") {
	return {
		status: "xfail",
		reason,
		kind
	};
}
function relabel(mark, reason, keyPrefix) {
	return {
		...mark,
		reason,
		key: `${keyPrefix}${mark.key ?? mark.reason}`
	};
}
function markKey(mark) {
	return mark.key ?? mark.reason;
}
function codeText(text, start, end) {
	const raw = text.slice(start, end);
	if (!raw.includes("#")) return raw.replace(/\s+/g, " ").trim();
	const masked = maskPython(text, start, end);
	let out = "";
	for (let i = 0; i < masked.length; i += 1) {
		if (text.charCodeAt(start + i) === 35 && masked.charCodeAt(i) === 32) {
			while (i < masked.length && text.charCodeAt(start + i) !== 10) i += 1;
			continue;
		}
		out += text[start + i];
	}
	return out.replace(/\s+/g, " ").trim();
}
const FALSE_LITERAL = /^(?:False|0|None|''|""|\(\)|\[\]|\{\}|not\s+True|not\s+1)$/;
const TRUE_LITERAL = /^(?:True|1|"True"|'True'|not\s+False|not\s+0|not\s+None)$/;
function markDetail(mark, which, expr, masked) {
	const m = masked ?? expr;
	const open = m.search(/\(/);
	const close = open >= 0 ? matchingBracket(m, open) : -1;
	const call = (open >= 0 && close > open ? expr.slice(0, close + 1) : expressionHead(expr) ?? expr).replace(/\s+/g, " ").trim();
	const args = open >= 0 && close > open ? splitTopLevel(m, open + 1, close).map((s) => ({
		masked: m.slice(s.start, s.end).trim(),
		raw: expr.slice(s.start, s.end).trim()
	})) : [];
	const condition = args.filter((a) => !/^[\w\u0080-\uffff]+\s*=/.test(a.masked))[0]?.raw ?? args.find((a) => /^condition\s*=/.test(a.masked))?.raw.replace(/^condition\s*=\s*/, "");
	let unconditional = false;
	let reason = mark.reason;
	if (which === "skip") unconditional = true;
	else if (which === "skipif" || which === "skipIf") unconditional = condition === void 0 ? which === "skipif" : TRUE_LITERAL.test(condition);
	else if (which === "skipUnless") unconditional = condition !== void 0 && FALSE_LITERAL.test(condition);
	else if (which === "xfail" && args.some((a) => /^run\s*=\s*False\b/.test(a.raw))) {
		reason = `${mark.reason}(run=False): never runs`;
		unconditional = condition === void 0 || TRUE_LITERAL.test(condition);
	}
	return {
		...mark,
		reason,
		key: `@${call.replace(/^@/, "")}`,
		...unconditional ? { unconditional } : {}
	};
}
const SKIP_HELPER = /^(?:skip|xfail)(?:_?[Ii]f|_?[Uu]nless|_on|_without|_when|_no|_for)/;
function expressionHead(expr) {
	return HEAD.exec(expr)?.[1];
}
function markOfExpression(expr, aliases, vocab, masked) {
	const local = expressionHead(expr);
	if (!local) return void 0;
	let head = resolveName(vocab, local);
	if (head === "getattr") {
		const name = markNameOfGetattr(expr, vocab, masked);
		if (name === null) return {
			...skipped(`@${local}(pytest.mark, \u2026) with a mark name it cannot read (may be a skip)`),
			key: `@${expr.replace(/\s+/g, " ").trim()}`
		};
		if (name && /^(?:skipif|skip|xfail)$/.test(name)) head = `pytest.mark.${name}`;
	}
	head = head.replace(/\.with_args$/, "");
	const pytestMark = /(?:^|\.)mark\.(skipif|skip|xfail)$/.exec(head);
	if (pytestMark) return markDetail(pytestMark[1] === "xfail" ? xfail("@pytest.mark.xfail") : skipped(`@pytest.mark.${pytestMark[1]}`), pytestMark[1], expr, masked);
	const unittestMark = /^(?:unittest\.)?(skip|skipIf|skipUnless|expectedFailure)$/.exec(head);
	if (unittestMark) return markDetail(unittestMark[1] === "expectedFailure" ? xfail("@unittest.expectedFailure") : skipped(`@unittest.${unittestMark[1]}${local !== head ? ` (as ${local})` : ""}`), unittestMark[1], expr, masked);
	const alias = aliases.get(local);
	if (alias) return alias;
	const last = local.slice(local.lastIndexOf(".") + 1);
	if (SKIP_HELPER.test(last)) return {
		...last.startsWith("xfail") ? xfail(`${local} (xfail helper)`) : skipped(`${local} (skip helper)`),
		key: `@${expr.replace(/\s+/g, " ").trim()}`
	};
}
function markNameOfGetattr(expr, vocab, masked = maskPython(expr, 0, expr.length)) {
	const call = /^\s*getattr\s*\(/.exec(masked);
	const target = call ? getattrTarget(masked, expr, call[0].length - 1, vocab) : void 0;
	return target && /(?:^|\.)mark$/.test(target.object) ? target.name : void 0;
}
function marksIn(masked, raw, aliases, vocab) {
	const out = [];
	for (const m of masked.matchAll(/(?<![\w\u0080-\uffff.])[A-Za-z_\u0080-\uffff][\w\u0080-\uffff.]*/g)) {
		const at = m.index ?? 0;
		const open = masked.slice(at).search(/[^\w\u0080-\uffff.\s]/);
		const end = open >= 0 && masked[at + open] === "(" ? matchingBracket(masked, at + open) + 1 : at + m[0].length;
		const mark = markOfExpression(raw.slice(at, end > at ? end : void 0), aliases, vocab, masked.slice(at, end > at ? end : void 0));
		if (mark) out.push(mark);
	}
	return out;
}
function markOfList(expr, aliases) {
	const trimmed = expr.trim();
	const elements = trimmed.startsWith("[") || trimmed.startsWith("(") ? splitTopLevel(trimmed, 1, Math.max(1, matchingBracket(trimmed, 0))).map((s) => trimmed.slice(s.start, s.end)) : [trimmed];
	let best;
	for (const e of elements) {
		const mark = markOfExpression(e, aliases);
		if (mark && (!best || best.status === "xfail" && mark.status === "skipped")) best = mark;
	}
	return best;
}
function parametersOf(module, def) {
	if (def.params) return def.params;
	const header = module.text.slice(def.start, def.headerEnd);
	const masked = /["'#]/.test(header) ? maskPython(module.text, def.start, def.headerEnd) : header;
	const open = masked.indexOf("(");
	const close = matchingBracket(masked, open);
	const names = [];
	if (open >= 0 && close >= 0) for (const span of splitTopLevel(masked, open + 1, close)) {
		const m = /^\*{0,2}\s*([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)/.exec(masked.slice(span.start, span.end));
		if (m) names.push(m[1]);
	}
	def.params = names;
	return names;
}
function classBases(masked, open) {
	const close = matchingBracket(masked, open);
	if (close < 0) return [];
	return splitTopLevel(masked, open + 1, close).map((s) => masked.slice(s.start, s.end).replace(/\s+/g, "")).filter((b) => !/^[\w\u0080-\uffff]+=/.test(b));
}
function usefixtureNames(text, start, end) {
	const masked = maskPython(text, start, end);
	const at = masked.search(/\busefixtures\s*\(/);
	if (at < 0) return [];
	const open = masked.indexOf("(", at);
	const close = matchingBracket(masked, open);
	const names = [];
	for (const s of splitTopLevel(masked, open + 1, close < 0 ? masked.length : close)) {
		const value = stringValueAt(text, start + s.start);
		if (value !== void 0) names.push(value);
	}
	return names;
}
const BLOCK_HEADER = /^(?:(if|elif|while|for|except|else|try|finally|with|match|case)\b|async\s+(for|with)\b)/;
const NEVER = /^(?:(?:if|elif|while)\s+(?:False|0|None|''|""|not\s+True|not\s+1|(?:typing\.)?TYPE_CHECKING)\s*:|for\s+\w+\s+in\s+(?:\[\s*\]|\(\s*\)|range\s*\(\s*0\s*\))\s*:)$/;
const DOCSTRING = /^[rRuUbBfF]{0,2}(?:"""[^]*"""|'''[^]*'''|"[^"\n]*"|'[^'\n]*')$/;
function parsePythonModule(path, text, statements) {
	const scan = statements ?? pythonStatementsOf(text);
	const module = {
		path,
		text,
		classes: [],
		classesByName: /* @__PURE__ */ new Map(),
		functions: /* @__PURE__ */ new Map(),
		fixtures: /* @__PURE__ */ new Map(),
		skippingFixtures: false,
		moduleMarks: [],
		moduleUsefixtures: [],
		aliases: /* @__PURE__ */ new Map(),
		vocab: readVocabulary(text, scan),
		functionMarks: [],
		sequences: /* @__PURE__ */ new Map(),
		importRanges: [],
		...scan.error ? { error: scan.error } : {}
	};
	const stack = [];
	let decorators = NO_DECORATORS;
	const hits = wordOffsets(text, module.vocab.needles);
	let hit = 0;
	let outerDef;
	let opening;
	let docstringSeen = false;
	const lastHeader = /* @__PURE__ */ new Map();
	const close = (st) => {
		const indent = st ? st.indent : -1;
		while (stack.length > 0 && stack[stack.length - 1].indent >= indent) {
			const top = stack.pop();
			if (top.scope.kind === "def") {
				top.scope.def.end = st ? st.start : text.length;
				if (outerDef === top.scope) outerDef = void 0;
			}
		}
	};
	const innermostScope = () => {
		for (let k = stack.length - 1; k >= 0; k -= 1) {
			const scope = stack[k].scope;
			if (scope.kind !== "block") return scope;
		}
	};
	const openBlocks = () => {
		let conditions;
		let never = false;
		for (let k = stack.length - 1; k >= 0; k -= 1) {
			const scope = stack[k].scope;
			if (scope.kind !== "block") break;
			if (!scope.conditional) continue;
			(conditions ??= []).unshift(scope.header);
			never ||= scope.never;
		}
		return conditions ? {
			conditions,
			never
		} : void 0;
	};
	const st = {
		start: 0,
		end: 0,
		indent: 0,
		line: 0
	};
	for (let k = 0; k < scan.count; k += 1) {
		st.start = scan.start[k];
		st.end = scan.end[k];
		st.indent = scan.indent[k];
		st.line = scan.line[k];
		if (opening) {
			if (st.indent > opening.indent) {
				if (!docstringSeen && opening.bodyCount === 0 && DOCSTRING.test(text.slice(st.start, st.end).trim())) docstringSeen = true;
				else {
					if (opening.bodyCount === 0 && /^return\b/.test(text.slice(st.start, st.start + 7))) opening.returnsFirst = true;
					opening.bodyCount = (opening.bodyCount ?? 0) + 1;
				}
			} else opening = void 0;
		}
		close(st);
		while (hit < hits.length && hits[hit] < st.start) hit += 1;
		const hasSkipWord = hit < hits.length && hits[hit] < st.end;
		const first = text.charCodeAt(st.start);
		if (first === 64) {
			if (decorators === NO_DECORATORS) decorators = [];
			decorators.push({
				raw: text.slice(st.start + 1, st.end),
				offset: st.start + 1,
				line: st.line
			});
			continue;
		}
		const innermost = innermostScope();
		DEF_HEADER.lastIndex = st.start;
		const defMatch = first === 100 && text.startsWith("def", st.start) || first === 97 && text.startsWith("async", st.start) ? DEF_HEADER.exec(text) : null;
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
				owner: module
			};
			decorators = NO_DECORATORS;
			if (hasSkipWord) addBodyMarks(def, maskPython(text, st.start, st.end), module, text.slice(st.start, st.end));
			if (outerDef) {
				if (def.bodyMarks) for (const m of def.bodyMarks) addBodyMark(outerDef.def, m);
			} else {
				definedAt(def, text, st);
				if (def.bodyCount === 0) {
					opening = def;
					docstringSeen = false;
				}
				const blocks = openBlocks();
				if (blocks) {
					def.conditions = blocks.conditions;
					if (blocks.never) def.neverDefined = true;
				}
				if (innermost?.kind === "class") {
					shadowing(innermost.cls.defs.get(def.name), def);
					innermost.cls.defs.set(def.name, def);
					registerFixture(module, innermost.cls.fixtures, def);
				} else {
					shadowing(module.functions.get(def.name), def);
					module.functions.set(def.name, def);
					registerFixture(module, module.fixtures, def);
				}
			}
			const scope = {
				kind: "def",
				def,
				...innermost?.kind === "class" ? { owner: innermost.cls } : {}
			};
			outerDef ??= scope;
			stack.push({
				indent: st.indent,
				scope
			});
			continue;
		}
		if (first === 99 && text.startsWith("class", st.start)) {
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
					defs: /* @__PURE__ */ new Map(),
					classes: [],
					fixtures: /* @__PURE__ */ new Map(),
					insideDef: outerDef !== void 0,
					disabled: false,
					owner: module
				};
				decorators = NO_DECORATORS;
				if (!outerDef) {
					const blocks = openBlocks();
					if (blocks) {
						cls.conditions = blocks.conditions;
						if (blocks.never) cls.neverDefined = true;
					}
				}
				if (innermost?.kind === "class") {
					cls.parent = innermost.cls;
					innermost.cls.classes.push(cls);
				} else if (!outerDef) {
					module.classes.push(cls);
					module.classesByName.set(cls.name, cls);
				}
				stack.push({
					indent: st.indent,
					scope: {
						kind: "class",
						cls
					}
				});
				continue;
			}
		}
		decorators = NO_DECORATORS;
		if (outerDef) {
			if (hasSkipWord) addBodyMarks(outerDef.def, maskPython(text, st.start, st.end), module, text.slice(st.start, st.end));
			continue;
		}
		const header = blockHeader(text, st);
		if (header) {
			const keyword = /^[\w\u0080-\uffff]+/.exec(header)[0];
			const of = keyword === "else" || keyword === "elif" || keyword === "except" ? lastHeader.get(st.indent) : void 0;
			if (keyword === "if" || keyword === "try" || keyword === "for" || keyword === "while") lastHeader.set(st.indent, header);
			stack.push({
				indent: st.indent,
				scope: {
					kind: "block",
					header: of ? `${header} (after ${of})` : header,
					conditional: !/^(?:try|finally|with|async\s+with)\b/.test(header),
					never: NEVER.test(header)
				}
			});
			continue;
		}
		if (innermost?.kind === "class") classStatement(module, innermost.cls, st, hasSkipWord);
		else if (!innermost) moduleStatement(module, st, hasSkipWord);
	}
	close(void 0);
	resolveModuleSkipDefs(module);
	return module;
}
function definedAt(def, text, st) {
	if (text.charCodeAt(st.end - 1) === 58 || text.slice(st.start, st.end).trimEnd().endsWith(":")) {
		def.bodyCount = 0;
		return;
	}
	const inline = /\)\s*(?:->[^:]*)?:\s*(\S[^]*)$/.exec(maskPython(text, st.start, st.end).replace(/\s+/g, " ").trim());
	if (!inline) {
		def.bodyCount = 0;
		return;
	}
	def.bodyCount = 1;
	if (/^return\b/.test(inline[1])) def.returnsFirst = true;
}
function shadowing(earlier, def) {
	if (earlier && !earlier.conditions && !def.conditions) def.shadows = earlier.line;
}
function blockHeader(text, st) {
	const c = text.charCodeAt(st.start);
	if (c !== 105 && c !== 101 && c !== 119 && c !== 102 && c !== 116 && c !== 109 && c !== 99 && c !== 97) return void 0;
	if (!BLOCK_HEADER.test(text.slice(st.start, st.start + 12))) return void 0;
	const code = codeText(text, st.start, st.end);
	return code.endsWith(":") ? code : void 0;
}
const GETATTR_OBJECT = /\s*\(\s*([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)/y;
function wordOffsets(text, needles = []) {
	const kip = [];
	for (let i = text.indexOf("kip"); i >= 0; i = text.indexOf("kip", i + 3)) {
		const c = text.charCodeAt(i - 1);
		if (c === 115 || c === 83) kip.push(i - 1);
	}
	const others = [];
	for (const word of [
		"xfail",
		"exit(",
		"marker(",
		...needles
	]) for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) others.push(i);
	for (let i = text.indexOf("getattr"); i >= 0; i = text.indexOf("getattr", i + 7)) {
		GETATTR_OBJECT.lastIndex = i + 7;
		const object = GETATTR_OBJECT.exec(text)?.[1];
		if (object !== void 0 && (GETATTR_NAMESPACES.has(object) || needles.includes(object))) others.push(i);
	}
	if (others.length === 0) return kip;
	return [...kip, ...others].sort((a, b) => a - b);
}
function addBodyMark(def, mark) {
	def.bodyMarks ??= [];
	const key = markKey(mark);
	const same = def.bodyMarks.filter((m) => markKey(m).replace(/ #\d+$/, "") === key).length;
	const placed = same === 0 ? mark : {
		...mark,
		key: `${key} #${same + 1}`
	};
	def.bodyMarks.push(placed);
	def.bodyMark ??= placed;
}
function addBodyMarks(def, masked, module, raw) {
	for (const found of bodySkipsIn(masked, module.vocab, raw)) addBodyMark(def, {
		status: found.status,
		reason: found.label,
		kind: "runtime",
		key: found.text
	});
}
function registerFixture(module, into, def) {
	if (!def.isFixture) return;
	const text = module.text;
	const d = def.decorators.find((x) => FIXTURE_DECORATOR.test(x.raw));
	const masked = maskPython(text, d.offset, d.offset + d.raw.length);
	const nameArg = /\bname\s*=\s*(?=['"])/.exec(masked);
	const name = (nameArg ? stringValueAt(text, d.offset + nameArg.index + nameArg[0].length) : void 0) ?? def.name;
	into.set(name, {
		name,
		autouse: /\bautouse\s*=\s*True\b/.test(masked),
		def,
		module
	});
}
function pytestmarkStatement(module, st) {
	const text = module.text;
	if (!text.startsWith("pytestmark", st.start)) return void 0;
	const rest = /^pytestmark\s*(?::[^=\n]*)?(?:\+=|=|\.(?:append|extend|insert)\s*\()/.exec(text.slice(st.start, Math.min(st.end, st.start + 200)));
	if (!rest) return void 0;
	const from = st.start + rest[0].length;
	return marksIn(maskPython(text, from, st.end), text.slice(from, st.end), module.aliases, module.vocab);
}
const SPECIAL_ATTRIBUTE = /^([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)\s*\.\s*(__test__|pytestmark|__unittest_skip__|__unittest_expecting_failure__)\s*(?::[^=\n]*)?(\+?=)\s*/;
const SETATTR = /^setattr\s*\(\s*([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)\s*,\s*(["'])(__test__|pytestmark|__unittest_skip__|__unittest_expecting_failure__)\2\s*,\s*/;
const FALSY = /^(?:False|0|None|''|"")$/;
function rebindingStatement(module, st, defs, classes) {
	const text = module.text;
	const raw = text.slice(st.start, st.end);
	const targetOf = (name) => defs.get(name) ?? classes?.get(name);
	const add = (name, mark) => {
		const target = targetOf(name);
		if (!target) return false;
		(target.assigned ??= []).push(mark);
		return true;
	};
	const del = /^del\s+([^#\n]+)/.exec(raw);
	if (del) {
		let any = false;
		for (const name of del[1].split(",").map((n) => n.trim())) if (/^[\w\u0080-\uffff]+$/.test(name)) any = add(name, skipped(`deleted by \`del ${name}\``, "marker", {
			key: `del ${name}`,
			unconditional: true
		})) || any;
		return any;
	}
	const special = SPECIAL_ATTRIBUTE.exec(raw);
	const viaSetattr = special ? null : SETATTR.exec(raw);
	if (special || viaSetattr) {
		const name = (special ?? viaSetattr)[1];
		const attr = special ? special[2] : viaSetattr[3];
		const from = st.start + (special ?? viaSetattr)[0].length;
		const value = codeText(text, from, st.end).replace(/\)$/, "").trim();
		if (attr === "pytestmark") {
			let any = false;
			for (const m of marksIn(maskPython(text, from, st.end), text.slice(from, st.end), module.aliases, module.vocab)) any = add(name, relabel(m, `${name}.pytestmark: ${m.reason}`, `${name}.pytestmark: `)) || any;
			return any;
		}
		const truthy = !FALSY.test(value);
		if (attr === "__test__" && !truthy) return add(name, skipped(`${name}.__test__ = ${value}: pytest does not collect it`, "marker", {
			key: `${name}.__test__ = ${value}`,
			unconditional: true
		}));
		if (attr === "__unittest_skip__" && truthy) return add(name, skipped(`${name}.__unittest_skip__ = ${value}`, "marker", {
			key: `${name}.__unittest_skip__ = ${value}`,
			unconditional: true
		}));
		if (attr === "__unittest_expecting_failure__" && truthy) return add(name, {
			...xfail(`${name}.__unittest_expecting_failure__ = ${value}`),
			key: `${name}.__unittest_expecting_failure__`
		});
		return false;
	}
	ASSIGNMENT.lastIndex = st.start;
	const assign = ASSIGNMENT.exec(text);
	if (!assign || !targetOf(assign[1])) return false;
	const name = assign[1];
	const rhsStart = st.start + assign[0].length;
	const rhs = codeText(text, rhsStart, st.end);
	const applied = new RegExp(`^(.+)\\(\\s*${name}\\s*\\)$`).exec(rhs);
	const def = defs.get(name);
	if (applied) {
		const mark = markOfExpression(applied[1], module.aliases, module.vocab);
		if (mark) return add(name, relabel(mark, `${mark.reason} applied by \`${name} = \u2026(${name})\``, ""));
		if (def) def.decorators = [...def.decorators, {
			raw: applied[1],
			offset: rhsStart,
			line: st.line,
			byHand: true
		}];
		return false;
	}
	return add(name, skipped(`rebound to \`${rhs.slice(0, 60)}\` after its definition: its body never runs`, "marker", {
		key: `${name} = ${rhs}`,
		unconditional: true
	}));
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
	if (assign && (assign[1] === "__test__" || assign[1] === "__unittest_skip__")) {
		const value = codeText(module.text, st.start + assign[0].length, st.end);
		const truthy = !FALSY.test(value);
		if (assign[1] === "__test__") {
			cls.testAttr = truthy;
			if (!truthy) cls.disabled = true;
		} else if (truthy) (cls.assigned ??= []).push(skipped(`${cls.name}.__unittest_skip__ = ${value}`, "marker", {
			key: `__unittest_skip__ = ${value}`,
			unconditional: true
		}));
		return;
	}
	if (hasSkipWord || /^(?:del\b|setattr\b|[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*\s*(?:\.|=[^=]|:))/.test(module.text.slice(st.start, st.start + 60))) rebindingStatement(module, st, cls.defs, void 0);
}
function importsOf(module) {
	if (!module.imports) {
		module.imports = /* @__PURE__ */ new Map();
		const r = module.importRanges;
		for (let k = 0; k < r.length; k += 2) {
			const raw = module.text.slice(r[k], r[k + 1]);
			importStatement(module, module.imports, /["'#]/.test(raw) ? maskPython(module.text, r[k], r[k + 1]) : raw);
		}
	}
	return module.imports;
}
function importStatement(module, into, masked) {
	const from = /^from\s+(\.*)([\w\u0080-\uffff.]*)\s+import\s+([^]*)$/.exec(masked);
	if (from) {
		const packageParts = module.path.split("/").slice(0, -1);
		const dots = from[1].length;
		const target = [...dots === 0 ? [] : packageParts.slice(0, packageParts.length - (dots - 1)), ...from[2] ? from[2].split(".") : []].join(".");
		for (const item of from[3].replace(/[()\\]/g, " ").split(",")) {
			const m = /^\s*([\w\u0080-\uffff]+)(?:\s+as\s+([\w\u0080-\uffff]+))?\s*$/.exec(item);
			if (m) into.set(m[2] ?? m[1], {
				module: target,
				name: m[1]
			});
		}
		return;
	}
	const plain = /^import\s+([^]*)$/.exec(masked);
	if (!plain) return;
	for (const item of plain[1].split(",")) {
		const m = /^\s*([\w\u0080-\uffff.]+)(?:\s+as\s+([\w\u0080-\uffff]+))?\s*$/.exec(item);
		if (!m) continue;
		if (m[2]) into.set(m[2], { module: m[1] });
		else into.set(m[1].split(".")[0], { module: m[1].split(".")[0] });
	}
}
function moduleStatement(module, st, hasSkipWord) {
	const text = module.text;
	if (text.startsWith("from", st.start) || text.startsWith("import", st.start)) {
		module.importRanges.push(st.start, st.end);
		return;
	}
	const marks = pytestmarkStatement(module, st);
	if (marks) {
		for (const mark of marks) module.moduleMarks.push(relabel(mark, `pytestmark: ${mark.reason}`, "pytestmark: "));
		module.moduleUsefixtures.push(...usefixtureNames(text, st.start, st.end));
		return;
	}
	if (hasSkipWord && /^globals\s*\(\s*\)\s*\[\s*["']pytestmark["']\s*\]\s*=/.test(text.slice(st.start, st.start + 40))) {
		const from = text.indexOf("=", st.start) + 1;
		for (const mark of marksIn(maskPython(text, from, st.end), text.slice(from, st.end), module.aliases, module.vocab)) module.moduleMarks.push(relabel(mark, `globals()["pytestmark"]: ${mark.reason}`, "pytestmark: "));
		return;
	}
	ASSIGNMENT.lastIndex = st.start;
	const assign = ASSIGNMENT.exec(text);
	if (assign?.[1] === "__test__") {
		const value = codeText(text, st.start + assign[0].length, st.end);
		if (FALSY.test(value)) module.moduleMarks.push(skipped(`module __test__ = ${value}: pytest collects nothing from it`, "marker", {
			key: `module __test__ = ${value}`,
			unconditional: true
		}));
		return;
	}
	if (assign && (module.functions.has(assign[1]) || module.classesByName.has(assign[1])) || /^(?:del\b|setattr\s*\(|[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*\s*\.\s*(?:__test__|pytestmark|__unittest_skip__|__unittest_expecting_failure__)\b)/.test(text.slice(st.start, st.start + 60))) {
		if (rebindingStatement(module, st, module.functions, module.classesByName)) return;
	}
	if (assign) {
		const name = assign[1];
		const rhsStart = st.start + assign[0].length;
		const opener = text.charCodeAt(rhsStart);
		if (opener === 91 || opener === 40) {
			module.sequences.set(name, {
				start: rhsStart,
				end: st.end
			});
			if (hasSkipWord) {
				const masked = maskPython(text, rhsStart, st.end);
				const mark = /\bparam\s*\(/.test(masked) ? void 0 : markOfList(masked, module.aliases);
				if (mark) module.aliases.set(name, {
					...mark,
					reason: `${name} = ${mark.reason}`,
					key: `@${name} = ${markKey(mark)}`
				});
			}
		} else if (hasSkipWord || module.vocab.needles.length > 0) {
			const end = Math.min(st.end, rhsStart + 400);
			const mark = markOfExpression(text.slice(rhsStart, end), module.aliases, module.vocab, maskPython(text, rhsStart, end));
			if (mark) module.aliases.set(name, {
				...mark,
				reason: `${name} (${mark.reason})`,
				key: `@${name} = ${markKey(mark)}`
			});
		}
	}
	if (hasSkipWord) {
		const masked = maskPython(text, st.start, st.end);
		if (MODULE_SKIP.test(masked)) {
			const m = /importorskip|SkipTest|pytest\.skip/.exec(masked)[0];
			const label = `module-level ${m === "importorskip" ? "pytest.importorskip()" : m === "SkipTest" ? "raise SkipTest" : "pytest.skip()"}`;
			module.moduleMarks.push(skipped(label, "marker", { key: `${label}: ${codeText(text, st.start, st.end)}` }));
		}
	}
}
function resolveModuleSkipDefs(module) {
	for (const name of ["setUpModule", "setup_module"]) {
		const def = module.functions.get(name);
		for (const mark of def?.bodyMarks ?? []) module.moduleMarks.push(relabel(mark, `${mark.reason} in ${name}`, `${name}: `));
	}
	for (const mark of module.functions.get("setup_function")?.bodyMarks ?? []) module.functionMarks.push(relabel(mark, `${mark.reason} in setup_function`, "setup_function: "));
	const skips = (fixtures) => [...fixtures.values()].some((f) => f.def.bodyMark);
	const anyClassFixture = (classes) => classes.some((c) => skips(c.fixtures) || anyClassFixture(c.classes));
	module.skippingFixtures = skips(module.fixtures) || anyClassFixture(module.classes);
}
// packages/skip-set/lib/collectors/python-resolver.js
function modulePaths(dotted) {
	let paths = pathsOf.get(dotted);
	if (!paths) {
		const p = dotted.split(".").join("/");
		paths = [
			`${p}.py`,
			`${p}/__init__.py`,
			`src/${p}.py`,
			`src/${p}/__init__.py`
		];
		pathsOf.set(dotted, paths);
	}
	return paths;
}
const pathsOf = /* @__PURE__ */ new Map();
function loadDotted(dotted, load) {
	for (const path of modulePaths(dotted)) {
		const m = load(path);
		if (m) return m;
	}
}
function resolveClass(from, name, load, depth = 0) {
	let known = resolved.get(from);
	if (!known) {
		known = /* @__PURE__ */ new Map();
		resolved.set(from, known);
	}
	if (known.has(name)) return known.get(name) ?? void 0;
	const misses = load.misses?.();
	const cls = resolveUncached(from, name, load, depth);
	if (cls || load.misses?.() === misses) known.set(name, cls ?? null);
	return cls;
}
const resolved = /* @__PURE__ */ new WeakMap();
function resolveUncached(from, name, load, depth) {
	if (depth > 8) return void 0;
	if (name === "object") return void 0;
	const parts = name.split(".");
	if (parts.length === 1) {
		const local = from.classesByName.get(name);
		if (local) return local;
	}
	if (from.importRanges.length === 0) return void 0;
	const imported = importsOf(from).get(parts[0]);
	if (!imported) return void 0;
	const target = [
		...imported.module.split(".").filter(Boolean),
		...imported.name ? [imported.name] : [],
		...parts.slice(1)
	];
	for (let k = target.length - 1; k >= 1; k -= 1) {
		const module = loadDotted(target.slice(0, k).join("."), load);
		if (!module) continue;
		const rest = target.slice(k);
		if (rest.length === 1) {
			const cls = module.classesByName.get(rest[0]);
			if (cls) return cls;
		}
		return importsOf(module).has(rest[0]) ? resolveClass(module, rest.join("."), load, depth + 1) : void 0;
	}
}
function mayBeTestClass(cls, classPrefixes = ["Test"]) {
	return classPrefixes.some((p) => cls.name.startsWith(p)) || cls.bases.some((b) => /Test|Case/.test(b));
}
function resolveAllBases(module, load, classPrefixes) {
	const seen = /* @__PURE__ */ new Set();
	const visit = (cls) => {
		if (seen.has(cls)) return;
		seen.add(cls);
		for (const b of cls.bases) {
			const base = resolveClass(cls.owner, b, load);
			if (base) visit(base);
		}
		for (const nested of cls.classes) if (mayBeTestClass(nested, classPrefixes)) visit(nested);
	};
	for (const cls of module.classes) if (mayBeTestClass(cls, classPrefixes)) visit(cls);
}
var ModuleCache = class {
	texts;
	readSync;
	parsed = /* @__PURE__ */ new Map();
	asked = /* @__PURE__ */ new Map();
	missing = /* @__PURE__ */ new Set();
	misses = 0;
	lexed = /* @__PURE__ */ new Map();
	constructor(texts, readSync) {
		this.texts = texts;
		this.readSync = readSync;
	}
	load = Object.assign((path) => this.loadPath(path), { misses: () => this.misses });
	loadPath(path) {
		this.asked.set(path, (this.asked.get(path) ?? 0) + 1);
		if (this.parsed.has(path)) return this.parsed.get(path);
		let text = this.texts.get(path);
		if (text === void 0 && !this.texts.has(path)) {
			if (!this.readSync) {
				this.missing.add(path);
				this.misses += 1;
				return;
			}
			text = this.readSync(path);
			this.texts.set(path, text);
		}
		const lexed = this.lexed.get(path);
		if (lexed) this.lexed.delete(path);
		const module = text === void 0 ? void 0 : parsePythonModule(path, text, lexed);
		this.parsed.set(path, module);
		return module;
	}
	hasText(path) {
		return this.texts.get(path) !== void 0;
	}
	prepare(path) {
		if (this.parsed.has(path)) return;
		const text = this.texts.get(path);
		if (text === void 0) return;
		const lexed = this.lexed.get(path);
		if (lexed) this.lexed.delete(path);
		this.parsed.set(path, parsePythonModule(path, text, lexed));
	}
	release(path) {
		if ((this.asked.get(path) ?? 0) <= 1) this.parsed.delete(path);
	}
	supplyLexed(path, text, statements) {
		if (this.parsed.has(path)) return;
		this.texts.set(path, text);
		this.missing.delete(path);
		if (statements) this.lexed.set(path, statements);
	}
	supply(texts) {
		for (const [path, text] of texts) {
			this.texts.set(path, text);
			this.missing.delete(path);
		}
	}
};
// packages/skip-set/lib/collectors/python-helpers.js
function isSupportModulePath(path) {
	return /(?:^|\/)conftest\.py$|(?:^|\/)[^/]*(?:test|helper|fixture|support|util|spec|conftest)[^/]*(?:\/|\.py$)/i.test(path);
}
function supportPathsOf(dotted) {
	let paths = supportPaths.get(dotted);
	if (!paths) {
		paths = modulePaths(dotted).filter(isSupportModulePath);
		supportPaths.set(dotted, paths);
	}
	return paths;
}
const supportPaths = /* @__PURE__ */ new Map();
const MAX_DEPTH = 4;
const resolvedModules = /* @__PURE__ */ new WeakSet();
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function firstMark(def) {
	return def?.bodyMarks?.find((m) => m.status === "skipped") ?? def?.bodyMarks?.[0];
}
function loadSupport(dotted, load) {
	for (const path of supportPathsOf(dotted)) {
		const m = load(path);
		if (m) return m;
	}
}
function skippingCallables(module, load, depth) {
	const out = /* @__PURE__ */ new Map();
	for (const [name, def] of module.functions) {
		const mark = firstMark(def);
		if (mark && !def.isFixture) out.set(name, mark);
	}
	if (depth >= MAX_DEPTH || module.importRanges.length === 0) return out;
	for (const [local, binding] of importsOf(module)) {
		if (!binding.module || /^(?:pytest|unittest|_pytest|os|sys|typing)(?:\.|$)/.test(binding.module)) continue;
		const fromModule = binding.name ? loadSupport(binding.module, load) : void 0;
		if (fromModule && binding.name) {
			resolveHelperSkips(fromModule, load, depth + 1);
			const mark = firstMark(fromModule.functions.get(binding.name));
			if (mark) {
				out.set(local, relabel(mark, `${binding.name}() from ${fromModule.path}: ${mark.reason}`, `${fromModule.path}::${binding.name}() \u2192 `));
				continue;
			}
		}
		const asModule = loadSupport(binding.name ? `${binding.module}.${binding.name}` : binding.module, load);
		if (!asModule || asModule === module) continue;
		resolveHelperSkips(asModule, load, depth + 1);
		for (const [name, def] of asModule.functions) {
			const mark = firstMark(def);
			if (mark && !def.isFixture) out.set(`${local}.${name}`, relabel(mark, `${local}.${name}() from ${asModule.path}: ${mark.reason}`, `${asModule.path}::${name}() \u2192 `));
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
function resolveHelperSkips(module, load, depth = 0) {
	if (resolvedModules.has(module)) return;
	const misses = load.misses?.();
	const callables = skippingCallables(module, load, depth);
	if (callables.size > 0) {
		const defs = everyDef(module);
		const applied = /* @__PURE__ */ new Set();
		for (let grew = true, round = 0; grew && round < 6; round += 1) {
			grew = false;
			const pattern = new RegExp(`(?<![\\w\\u0080-\\uffff.])(${[...callables.keys()].map(escape).join("|")})\\s*\\(`, "g");
			for (const def of defs) {
				const raw = module.text.slice(def.headerEnd, def.end);
				pattern.lastIndex = 0;
				if (!pattern.test(raw)) continue;
				pattern.lastIndex = 0;
				const masked = maskPython(module.text, def.headerEnd, def.end);
				for (const m of masked.matchAll(pattern)) {
					const callee = m[1];
					const mark = callables.get(callee);
					if (!mark || callee === def.name || applied.has(`${def.line}\0${callee}`)) continue;
					applied.add(`${def.line}\0${callee}`);
					const placed = {
						...relabel(mark, `calls ${callee}() \u2192 ${mark.reason}`, `${callee}() \u2192 `),
						kind: "runtime"
					};
					if (def.bodyMarks?.some((x) => x.key === placed.key)) continue;
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
	if (load.misses?.() === misses && (depth < MAX_DEPTH || module.importRanges.length === 0)) resolvedModules.add(module);
}
function discardsFunction(def) {
	const param = parametersOf(def.owner, def)[0];
	if (!param || param === "self" || param === "cls") return false;
	const body = maskPython(def.owner.text, def.headerEnd, def.end).replace(new RegExp(`\\b(?:functools\\.)?wraps\\s*\\(\\s*${escape(param)}\\s*\\)`, "g"), "");
	return !new RegExp(`(?<![\\w\\u0080-\\uffff.])${escape(param)}(?![\\w\\u0080-\\uffff])`).test(body);
}
function repositoryDecoratorMark(module, raw, load) {
	const head = /^\s*([A-Za-z_\u0080-\uffff][\w\u0080-\uffff.]*)\s*(\()?/.exec(raw);
	if (!head) return void 0;
	const name = head[1];
	const called = head[2] !== void 0;
	let def = module.functions.get(name);
	let where = module.path;
	let alias;
	if (!def && module.importRanges.length > 0) {
		const [first, ...rest] = name.split(".");
		const binding = importsOf(module).get(first);
		if (binding) {
			const target = binding.name ? rest.length > 0 ? `${binding.module}.${binding.name}` : binding.module : binding.module;
			const member = rest.length > 0 ? rest.join(".") : binding.name;
			const from = member ? loadSupport(target, load) : void 0;
			if (from && member && !member.includes(".")) {
				resolveHelperSkips(from, load, 1);
				def = from.functions.get(member);
				alias = from.aliases.get(member);
				where = from.path;
			}
		}
	}
	if (alias) return relabel(alias, `@${name} from ${where}: ${alias.reason}`, `@${name} from ${where}: `);
	if (!def || def.isFixture) return void 0;
	const mark = firstMark(def);
	if (mark) return relabel(mark, `decorator @${name} (${where}): ${mark.reason}`, `@${name} \u2192 `);
	if (!called && discardsFunction(def)) return {
		status: "skipped",
		reason: `decorator @${name} (${where}) never calls the test: its body never runs`,
		kind: "runtime",
		key: `@${name} discards the test`,
		unconditional: true
	};
}
// packages/skip-set/lib/collectors/python.js
const PARAM_CALL = /\bparam\s*\(/;
const NO_MARKS = [];
function matchesPrefix(name, prefixes) {
	return prefixes.some((p) => name.startsWith(p));
}
function decoratorKind(d) {
	if (d.kind) return d.kind;
	const head = expressionHead(d.raw) ?? "";
	d.kind = head.endsWith("parametrize") ? "parametrize" : head.endsWith("usefixtures") ? "usefixtures" : /^(?:pytest\.)?fixture$/.test(head) ? "fixture" : "other";
	return d.kind;
}
function decoratorMarks(decorators, module, load) {
	const marks = [];
	for (const d of decorators) {
		if (decoratorKind(d) !== "other") continue;
		let mark = markOfExpression(d.raw, module.aliases, module.vocab);
		if (mark?.key && !d.byHand) mark = markOfExpression(d.raw, module.aliases, module.vocab, maskPython(module.text, d.offset, d.offset + d.raw.length)) ?? mark;
		mark ??= load ? repositoryDecoratorMark(module, d.raw, load) : void 0;
		if (mark) marks.push(mark);
	}
	return marks;
}
const FRAMEWORK_MODULE = /(?:^|\/)(?:unittest|_pytest|pytest|twisted\/trial)\//;
const selfCallPatterns = /* @__PURE__ */ new WeakMap();
function selfCallPattern(methods) {
	const known = selfCallPatterns.get(methods);
	if (known && known.size === methods.size) {
		known.re.lastIndex = 0;
		return known.re;
	}
	const re = new RegExp(`\\b(?:self|cls)\\s*\\.\\s*(${[...methods.keys()].join("|")})\\s*\\(`, "g");
	selfCallPatterns.set(methods, {
		size: methods.size,
		re
	});
	return re;
}
const RUN_OVERRIDES = [
	"run",
	"__call__",
	"debug",
	"_callTestMethod",
	"_callSetUp"
];
function strongest(marks) {
	return marks.find((m) => m.status === "skipped") ?? marks.find((m) => m.status === "xfail");
}
const SETUP_HOOKS = [
	"setUpClass",
	"setUp",
	"asyncSetUp",
	"setup_class",
	"setup_method",
	"setup"
];
var PythonFileCollector = class {
	module;
	conftests;
	tests = [];
	functionPrefixes;
	classPrefixes;
	skipping;
	skippingPattern;
	autouse = [];
	fileRequestsSkipping;
	load;
	lines;
	paramSequences;
	constructor(module, conftests, options) {
		this.module = module;
		this.conftests = conftests;
		this.functionPrefixes = options.functionPrefixes ?? ["test"];
		this.classPrefixes = options.classPrefixes ?? ["Test"];
		this.load = options.load ?? (() => void 0);
		const shared = chainFixtures(conftests);
		this.autouse.push(...shared.autouse);
		for (const f of module.fixtures.values()) if (f.autouse) this.autouse.push(f.name);
		this.skipping = skippingFixtureNames(module, shared.skipping);
		this.skippingPattern = this.skipping.size > 0 ? skippingPattern(this.skipping) : /(?!)/;
		this.fileRequestsSkipping = anyIn(this.autouse, this.skipping) || anyIn(module.moduleUsefixtures, this.skipping);
	}
	collect() {
		for (const def of this.module.functions.values()) if (matchesPrefix(def.name, this.functionPrefixes) && !def.isFixture) this.emit(def, [], []);
		for (const cls of this.module.classes) this.visitClass(cls, [], []);
		for (const [local, binding] of this.importsTestClasses() ? importsOf(this.module) : []) {
			if (!binding.name || !matchesPrefix(local, this.classPrefixes) || this.module.classesByName.has(local)) continue;
			const cls = resolveClass(this.module, local, this.load);
			if (cls) this.visitClass(cls, [], [], local);
		}
		return this.tests;
	}
	lineages = /* @__PURE__ */ new Map();
	baseClasses(cls) {
		return cls.bases.map((b) => resolveClass(cls.owner, b, this.load)).filter((c) => c !== void 0);
	}
	importsTestClasses() {
		const r = this.module.importRanges;
		for (let k = 0; k < r.length; k += 2) {
			const raw = this.module.text.slice(r[k], r[k + 1]);
			if (raw.startsWith("from") && this.classPrefixes.some((p) => raw.includes(p))) return true;
		}
		return false;
	}
	isTestCase(cls) {
		return this.lineage(cls).some((c) => c.bases.some((b) => /(?:^|\.)[\w\u0080-\uffff]*TestCase$/.test(b)));
	}
	lineage(cls) {
		let known = this.lineages.get(cls);
		if (!known) {
			known = this.walkLineage(cls, /* @__PURE__ */ new Set());
			this.lineages.set(cls, known);
		}
		return known;
	}
	walkLineage(cls, seen) {
		if (seen.has(cls)) return [];
		seen.add(cls);
		const out = [cls];
		for (const base of this.baseClasses(cls)) out.push(...this.walkLineage(base, seen));
		return out;
	}
	visitClass(cls, suite, enclosing, name = cls.name) {
		if (cls.insideDef || this.disabledByTestAttr(cls)) return;
		if (name === cls.name && !mayBeTestClass(cls, this.classPrefixes)) return;
		const testCase = this.isTestCase(cls);
		if (!testCase && (!matchesPrefix(name, this.classPrefixes) || cls.defs.has("__init__"))) return;
		const path = [...suite, name];
		const chain = [...enclosing, cls];
		const classMarks = this.classMarks(chain);
		const methods = /* @__PURE__ */ new Map();
		for (const c of this.lineage(cls)) for (const [name, def] of c.defs) if (!methods.has(name)) methods.set(name, def);
		for (const [name, def] of methods) if (matchesPrefix(name, testCase ? ["test"] : this.functionPrefixes) && !def.isFixture) this.emit(def, path, chain, classMarks, name);
		if (!testCase) for (const nested of cls.classes) this.visitClass(nested, path, chain);
	}
	disabledByTestAttr(cls) {
		for (const c of this.lineage(cls)) if (c.testAttr !== void 0) return !c.testAttr;
		return false;
	}
	classMarks(chain) {
		const marks = [];
		for (const enclosing of chain) {
			for (const c of this.lineage(enclosing)) marks.push(...decoratorMarks(c.decorators, c.owner, this.load), ...c.pytestmark, ...c.assigned ?? []);
			if (enclosing.conditions) marks.push(conditionMark(`class ${enclosing.name}`, enclosing.conditions, enclosing.neverDefined === true));
		}
		const innermost = chain[chain.length - 1];
		if (innermost) {
			const testCase = this.isTestCase(innermost);
			for (const c of this.lineage(innermost)) {
				for (const hook of SETUP_HOOKS) {
					const def = c.defs.get(hook);
					for (const m of def?.bodyMarks ?? []) marks.push(relabel(m, `${m.reason} in ${c.name}.${hook}`, `${c.name}.${hook}: `));
					if (def) marks.push(...this.selfCallMarks(def, chain, `${c.name}.${hook}`));
				}
				if (!testCase || c.owner !== this.module) continue;
				for (const hook of RUN_OVERRIDES) if (c.defs.has(hook)) marks.push({
					status: "skipped",
					reason: `${c.name}.${hook} is overridden: whether a test body runs is up to it`,
					kind: "runtime",
					key: `${c.name} overrides TestCase.${hook}`
				});
			}
		}
		return marks;
	}
	skippingMethodsOf = /* @__PURE__ */ new Map();
	skippingMethods(cls) {
		let known = this.skippingMethodsOf.get(cls);
		if (known) return known;
		known = /* @__PURE__ */ new Map();
		const methods = /* @__PURE__ */ new Map();
		for (const c of this.lineage(cls)) {
			if (FRAMEWORK_MODULE.test(c.owner.path)) continue;
			for (const [name, def] of c.defs) if (!methods.has(name) && !def.isFixture) methods.set(name, def);
		}
		for (const [name, def] of methods) {
			const mark = def.bodyMarks?.find((m) => m.status === "skipped") ?? def.bodyMarks?.[0];
			if (mark) known.set(name, mark);
		}
		for (let grew = known.size > 0, round = 0; grew && round < 3; round += 1) {
			grew = false;
			const pattern = selfCallPattern(known);
			for (const [name, def] of methods) {
				if (known.has(name)) continue;
				const raw = def.owner.text.slice(def.headerEnd, def.end);
				pattern.lastIndex = 0;
				if (!pattern.test(raw)) continue;
				pattern.lastIndex = 0;
				const called = [...maskPython(def.owner.text, def.headerEnd, def.end).matchAll(pattern)].map((m) => m[1]).find((n) => known.has(n));
				if (called) {
					const mark = known.get(called);
					known.set(name, relabel(mark, `self.${called}() \u2192 ${mark.reason}`, `self.${called}() \u2192 `));
					grew = true;
				}
			}
		}
		this.skippingMethodsOf.set(cls, known);
		return known;
	}
	selfCallMarks(def, chain, where) {
		const cls = chain[chain.length - 1];
		if (!cls) return [];
		const skipping = this.skippingMethods(cls);
		if (skipping.size === 0) return [];
		const pattern = selfCallPattern(skipping);
		if (!pattern.test(def.owner.text.slice(def.headerEnd, def.end))) return [];
		pattern.lastIndex = 0;
		const marks = [];
		const seen = /* @__PURE__ */ new Set();
		for (const m of maskPython(def.owner.text, def.headerEnd, def.end).matchAll(pattern)) {
			const name = m[1];
			const mark = skipping.get(name);
			if (!mark || seen.has(name) || name === def.name) continue;
			seen.add(name);
			marks.push({
				...relabel(mark, `${where} calls self.${name}() \u2192 ${mark.reason}`, `self.${name}() \u2192 `),
				kind: "runtime"
			});
		}
		return marks;
	}
	findFixture(name, chain) {
		for (let i = chain.length - 1; i >= 0; i -= 1) for (const c of this.lineage(chain[i])) {
			const f = c.fixtures.get(name);
			if (f) return f;
		}
		return this.module.fixtures.get(name) ?? this.conftests.map((m) => m.fixtures.get(name)).find((f) => f !== void 0);
	}
	fixtureMarks(def, chain) {
		if (this.skipping.size === 0) return NO_MARKS;
		const skipping = this.skipping;
		if (!(this.fileRequestsSkipping || this.skippingPattern.test(def.owner.text.slice(def.start, def.headerEnd)) && anyIn(parametersOf(def.owner, def), skipping) || chainRequests(chain, skipping) || hasUsefixturesDecorator(def))) return NO_MARKS;
		const requested = [
			...parametersOf(def.owner, def).filter((p) => p !== "self" && p !== "cls"),
			...def.decorators.filter((d) => decoratorKind(d) === "usefixtures").flatMap((d) => usefixtureNames(def.owner.text, d.offset, d.offset + d.raw.length)),
			...chain.flatMap((c) => c.usefixtures),
			...this.module.moduleUsefixtures,
			...this.autouse
		];
		for (const c of chain) for (const f of c.fixtures.values()) if (f.autouse) requested.push(f.name);
		if (!requested.some((name) => this.skipping.has(name))) return [];
		const marks = [];
		const seen = /* @__PURE__ */ new Set();
		const queue = [...requested];
		while (queue.length > 0) {
			const name = queue.shift();
			if (seen.has(name)) continue;
			seen.add(name);
			const fixture = this.findFixture(name, chain);
			if (!fixture) continue;
			for (const m of fixture.def.bodyMarks ?? []) marks.push(relabel(m, `${m.reason} in fixture '${name}'`, `fixture '${name}': `));
			queue.push(...parametersOf(fixture.module, fixture.def).filter((p) => p !== "self" && p !== "request"));
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
		const marks = module.moduleMarks.length + functionMarks.length + classMarks.length + own.length + fixtures.length + structure.length + selfCalls.length + params.length === 0 ? def.bodyMarks ?? NO_MARKS : [
			...module.moduleMarks,
			...functionMarks,
			...classMarks,
			...own,
			...def.bodyMarks ?? NO_MARKS,
			...structure,
			...selfCalls,
			...params,
			...fixtures
		];
		const cls = chain[chain.length - 1];
		const line = owner === this.module ? def.line : cls?.owner === this.module ? cls.line : 1;
		this.add(suite, name, marks, owner.text.slice(def.headerEnd, def.end), line);
		for (const d of def.decorators) {
			if (decoratorKind(d) !== "parametrize") continue;
			for (const c of this.paramCases(owner, d)) this.add(suite, `${name}[${c.id}]`, [...marks, c.mark], c.body, owner === this.module ? c.line : line);
		}
	}
	emptyParametrize(module, def) {
		const out = [];
		for (const d of def.decorators) {
			if (decoratorKind(d) !== "parametrize" || !/[[(]\s*[\])]|list\(\s*\)|tuple\(\s*\)|,\s*[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*\s*[,)]|argvalues\s*=/.test(d.raw)) continue;
			const expr = maskPython(module.text, d.offset, d.offset + d.raw.length);
			const open = expr.indexOf("(");
			const close = matchingBracket(expr, open);
			if (open < 0 || close < 0) continue;
			const args = splitTopLevel(expr, open + 1, close);
			const valuesSpan = args.filter((s) => !/^[\w\u0080-\uffff]+\s*=/.test(expr.slice(s.start, s.end)))[1] ?? args.find((s) => /^argvalues\s*=/.test(expr.slice(s.start, s.end)));
			if (!valuesSpan) continue;
			let values = expr.slice(valuesSpan.start, valuesSpan.end).replace(/^argvalues\s*=\s*/, "").trim();
			const named = /^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*$/.test(values) ? module.sequences.get(values) : void 0;
			if (named) values = maskPython(module.text, named.start, named.end).trim();
			if (/^(?:\[\s*\]|\(\s*\)|list\(\s*\)|tuple\(\s*\))$/.test(values)) out.push({
				status: "skipped",
				reason: "parametrize with an empty parameter set: pytest skips it",
				kind: "marker",
				key: `empty parametrize @${d.raw.replace(/\s+/g, " ").trim()}`,
				unconditional: true
			});
		}
		return out;
	}
	add(suite, name, marks, body, line) {
		const id = suite.length === 0 ? `${this.module.path}::${name}` : testId(this.module.path, suite, name);
		const mark = marks.length === 0 ? void 0 : marks.length === 1 ? marks[0] : strongest(marks);
		const test = {
			id,
			path: this.module.path,
			line,
			name,
			suite,
			status: mark ? mark.status : "active",
			body
		};
		if (mark) {
			test.reason = mark.reason;
			test.skipKind = mark.kind;
			test.reasons = [...new Set(marks.map(markKey))].sort();
			if (marks.some((m) => m.unconditional && m.status === "skipped") || marks.some((m) => m.unconditional && /run=False/.test(m.reason))) test.neverRuns = true;
		}
		this.tests.push(test);
	}
	paramCases(module, d) {
		const text = module.text;
		if (!(module === this.module ? this.paramSequences ??= [...module.sequences.values()].some((s) => PARAM_CALL.test(text.slice(s.start, s.end))) : [...module.sequences.values()].some((s) => PARAM_CALL.test(text.slice(s.start, s.end)))) && !PARAM_CALL.test(d.raw)) return [];
		const expr = maskPython(text, d.offset, d.offset + d.raw.length);
		const open = expr.indexOf("(");
		const close = matchingBracket(expr, open);
		if (open < 0 || close < 0) return [];
		const args = splitTopLevel(expr, open + 1, close);
		const positional = args.filter((s) => !/^[\w\u0080-\uffff]+\s*=/.test(expr.slice(s.start, s.end)));
		const keyword = args.find((s) => /^argvalues\s*=/.test(expr.slice(s.start, s.end)));
		const namesSpan = positional[0];
		const argnames = namesSpan ? (stringValueAt(text, d.offset + namesSpan.start) ?? "").split(",").map((s) => s.trim()) : [];
		const valuesSpan = positional[1] ?? keyword;
		if (!valuesSpan) return [];
		let values = expr.slice(valuesSpan.start, valuesSpan.end).replace(/^argvalues\s*=\s*/, "");
		let offset = d.offset + valuesSpan.end - values.length;
		if (/^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*$/.test(values)) {
			const seq = module.sequences.get(values);
			if (!seq) return [];
			values = maskPython(text, seq.start, seq.end);
			offset = seq.start;
		}
		if (!/^[[(]/.test(values)) return [];
		const listClose = matchingBracket(values, 0);
		const cases = [];
		splitTopLevel(values, 1, listClose < 0 ? values.length : listClose).forEach((el, index) => {
			const element = values.slice(el.start, el.end);
			if (!/^(?:pytest\.)?param\s*\(/.test(element)) return;
			const po = element.indexOf("(");
			const pc = matchingBracket(element, po);
			const pargs = splitTopLevel(element, po + 1, pc < 0 ? element.length : pc);
			const marksSpan = pargs.find((s) => /^marks\s*=/.test(element.slice(s.start, s.end)));
			if (!marksSpan) return;
			const mark = markOfList(element.slice(marksSpan.start, marksSpan.end).replace(/^marks\s*=\s*/, ""), module.aliases);
			if (!mark) return;
			const base = offset + el.start;
			const idArg = pargs.map((s) => /^id\s*=\s*/.exec(element.slice(s.start, s.end)) && s).find(Boolean);
			const id = (idArg ? stringValueAt(text, base + idArg.start + /^id\s*=\s*/.exec(element.slice(idArg.start))[0].length) : void 0) ?? pargs.filter((s) => !/^[\w\u0080-\uffff]+\s*=/.test(element.slice(s.start, s.end))).map((s, k) => autoId(text.slice(base + s.start, base + s.end), argnames[k] ?? "arg", index)).join("-");
			const lines = module === this.module ? this.lines ??= new LineIndex(text) : new LineIndex(text);
			cases.push({
				id,
				mark: {
					...mark,
					reason: `pytest.param(marks=${mark.reason})`
				},
				line: lines.lineOf(base),
				body: text.slice(base, base + el.end - el.start)
			});
		});
		return cases;
	}
};
function structuralMarks(def, name) {
	if (!def.assigned && !def.conditions && def.shadows === void 0 && !def.returnsFirst) return NO_MARKS;
	const marks = [...def.assigned ?? []];
	if (def.conditions) marks.push(conditionMark(name, def.conditions, def.neverDefined === true));
	if (def.shadows !== void 0) marks.push({
		status: "skipped",
		reason: `${name} is defined again (first at line ${def.shadows}): the earlier definition never runs`,
		kind: "marker",
		key: `${name} shadows an earlier definition`
	});
	if (def.returnsFirst) marks.push({
		status: "skipped",
		reason: "returns before its body: nothing after the first statement runs",
		kind: "runtime",
		key: "return as first statement",
		unconditional: true
	});
	return marks;
}
function conditionMark(what, conditions, never) {
	return {
		status: "skipped",
		reason: never ? `${what} is defined under \`${conditions.join(" / ")}\`, which never holds` : `${what} is defined only under \`${conditions.join(" / ")}\``,
		kind: "marker",
		key: `defined under ${conditions.join(" / ")}`,
		...never ? { unconditional: true } : {}
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
const chainCache = /* @__PURE__ */ new WeakMap();
function chainFixtures(conftests) {
	const nearest = conftests[0];
	if (!nearest) return {
		skipping: /* @__PURE__ */ new Set(),
		autouse: []
	};
	const key = conftests.map((c) => c.path).join("\0");
	let byChain = chainCache.get(nearest);
	if (!byChain) {
		byChain = /* @__PURE__ */ new Map();
		chainCache.set(nearest, byChain);
	}
	let known = byChain.get(key);
	if (!known) {
		const fixtures = conftests.flatMap(allFixtures);
		known = {
			skipping: conftests.some((m) => m.skippingFixtures) ? fixtureClosure(fixtures, /* @__PURE__ */ new Set()) : /* @__PURE__ */ new Set(),
			autouse: conftests.flatMap((m) => [...m.fixtures.values()].filter((f) => f.autouse).map((f) => f.name))
		};
		byChain.set(key, known);
	}
	return known;
}
function skippingFixtureNames(module, fromChain) {
	const own = allFixtures(module);
	if (own.length === 0) return fromChain;
	if (!module.skippingFixtures && fromChain.size === 0) return fromChain;
	return fixtureClosure(own, new Set(fromChain));
}
const patterns = /* @__PURE__ */ new WeakMap();
function skippingPattern(names) {
	let re = patterns.get(names);
	if (!re) {
		re = new RegExp(`\\b(?:${[...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`);
		patterns.set(names, re);
	}
	return re;
}
function fixtureClosure(fixtures, names) {
	for (const f of fixtures) if (f.def.bodyMark) names.add(f.name);
	for (let grew = true; grew;) {
		grew = false;
		for (const f of fixtures) if (!names.has(f.name) && parametersOf(f.module, f.def).some((p) => names.has(p))) {
			names.add(f.name);
			grew = true;
		}
	}
	return names;
}
function autoId(source, argname, index) {
	const s = source.trim();
	if (/^-?\d[\d_]*(\.\d+)?$/.test(s) || /^(True|False|None)$/.test(s)) return s;
	const value = /^[rRuU]?(['"])/.test(s) && !/^[rRuU]?('''|""")/.test(s) ? stringValueAt(s, 0) : void 0;
	if (value !== void 0 && /^[\x20-\x7e]*$/.test(value)) return value;
	return `${argname}${index}`;
}
function collectPythonModule(module, conftests, options = {}) {
	const load = options.load ?? (() => void 0);
	for (const c of conftests) resolveHelperSkips(c, load);
	resolveHelperSkips(module, load);
	const tests = new PythonFileCollector(module, conftests, options).collect();
	return {
		path: module.path,
		language: "python",
		tests,
		...module.error ? { error: {
			path: module.path,
			line: module.error.line,
			message: module.error.message
		} } : {}
	};
}
function chainRequests(chain, skipping) {
	for (const c of chain) if (anyIn(c.usefixtures, skipping) || autouseSkipping(c, skipping)) return true;
	return false;
}
function hasUsefixturesDecorator(def) {
	for (const d of def.decorators) if (decoratorKind(d) === "usefixtures") return true;
	return false;
}
function anyIn(names, set) {
	for (const name of names) if (set.has(name)) return true;
	return false;
}
function autouseSkipping(cls, skipping) {
	for (const f of cls.fixtures.values()) if (f.autouse && skipping.has(f.name)) return true;
	return false;
}
// packages/skip-set/lib/collectors/ruby.js
const EXAMPLES = /* @__PURE__ */ new Set([
	"it",
	"specify",
	"example",
	"scenario",
	"its",
	"xit",
	"xspecify",
	"xexample",
	"xscenario",
	"fit",
	"fspecify",
	"fexample",
	"fscenario",
	"focus"
]);
const GROUPS = /* @__PURE__ */ new Set([
	"describe",
	"context",
	"feature",
	"example_group",
	"xdescribe",
	"xcontext",
	"xfeature",
	"fdescribe",
	"fcontext",
	"ffeature",
	"shared_examples",
	"shared_context",
	"shared_examples_for"
]);
const HOOKS = /* @__PURE__ */ new Set([
	"before",
	"prepend_before",
	"append_before",
	"around"
]);
const ALWAYS_OPEN = /* @__PURE__ */ new Set([
	"def",
	"class",
	"module",
	"begin",
	"case",
	"do"
]);
const STATEMENT_OPEN = /* @__PURE__ */ new Set([
	"if",
	"unless",
	"while",
	"until",
	"for"
]);
const TOKEN = /[A-Za-z_]\w*[?!]?|::|[{}();\n.,=]|\|\||&&/g;
function collectRuby(path, text) {
	const { masked, error } = maskRuby(text);
	const lines = new LineIndex(text);
	const nodes = [];
	const stack = [];
	let pendingNode;
	let previous = "\n";
	let loopLine = -1;
	const innermostNode = () => {
		for (let k = stack.length - 1; k >= 0; k -= 1) if (stack[k]) return stack[k];
	};
	const open = (at) => {
		stack.push(pendingNode);
		if (pendingNode) {
			pendingNode.depth = stack.length;
			pendingNode.hasBlock = true;
			pendingNode.open = at;
			pendingNode = void 0;
		}
	};
	const close = (at) => {
		const node = stack.pop();
		if (node) node.close = at;
	};
	TOKEN.lastIndex = 0;
	for (let m = TOKEN.exec(masked); m; m = TOKEN.exec(masked)) {
		const word = m[0];
		const at = m.index;
		const statementStart = previous === "\n" || previous === ";" || previous === "(" || previous === "=" || previous === "||" || previous === "&&" || RUBY_WORDS_BEFORE_STATEMENT.has(previous);
		const afterDot = previous === "." || previous === "::";
		const label = masked[at + word.length] === ":" && masked[at + word.length + 1] !== ":";
		previous = word;
		if (word === "\n" || word === ";") {
			if (pendingNode && word === "\n" && !/[,(\\]\s*$/.test(masked.slice(pendingNode.open, at))) pendingNode = void 0;
			continue;
		}
		if (afterDot && word !== "describe") continue;
		if (label) continue;
		if (word === "{") {
			if (pendingNode && /(?:[,:(]|=>)$/.test(masked.slice(Math.max(0, at - 3), at).trimEnd())) stack.push(void 0);
			else open(at);
			continue;
		}
		if (word === "}" || word === "end") {
			close(at);
			continue;
		}
		if (word === "do") {
			if (loopLine === lines.lineOf(at)) continue;
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
				if (word === "while" || word === "until" || word === "for") loopLine = lines.lineOf(at);
			}
			continue;
		}
		if (!statementStart && !(word === "describe" && masked.slice(at - 6, at) === "RSpec.")) continue;
		const parent = innermostNode();
		const inExample = parent?.kind === "example" || parent?.kind === "hook";
		if ((word === "skip" || word === "pending") && inExample) {
			const target = parent.kind === "hook" ? parent.parent : parent;
			if (target) target.runtime ??= {
				status: word === "skip" ? "skipped" : "xfail",
				reason: `${word} call in ${parent.kind === "hook" ? `a ${parent.name} hook` : "the example"}`
			};
			continue;
		}
		let kind;
		if (GROUPS.has(word)) kind = "group";
		else if (EXAMPLES.has(word) || word === "skip" || word === "pending") kind = "example";
		else if (HOOKS.has(word)) kind = "hook";
		if (!kind) continue;
		const args = argumentsOf(masked, at + word.length);
		const node = {
			kind,
			name: kind === "hook" ? word : nameOf(text, masked, args),
			line: lines.lineOf(at),
			hasBlock: false,
			open: at,
			close: masked.length,
			...parent ? { parent } : {}
		};
		const metadata = masked.slice(args.start, args.end);
		if (word.startsWith("x") || word === "skip" || /(?:^|[\s,(])(?::skip\b|skip:)/.test(metadata)) [node.status, node.reason] = ["skipped", word.startsWith("x") ? word : "skip"];
		else if (word === "pending" || /(?:^|[\s,(])(?::pending\b|pending:)/.test(metadata)) [node.status, node.reason] = ["xfail", "pending"];
		else if (word.startsWith("f") && word !== "feature" || word === "focus" || /(?:^|[\s,(])(?::focus\b|focus:\s*true|fit:)/.test(metadata)) [node.status, node.reason] = ["focused", word.startsWith("f") || word === "focus" ? word : ":focus"];
		nodes.push(node);
		pendingNode = node;
		node.open = at;
	}
	const ids = new IdAllocator();
	const tests = [];
	let focusLine;
	for (const node of nodes) {
		if (node.kind !== "example") continue;
		const chain = [];
		for (let p = node.parent; p; p = p.parent) if (p.kind === "group") chain.unshift(p);
		const all = [...chain, node];
		let status = "active";
		let reason;
		let skipKind;
		const skipper = all.find((x) => x.status === "skipped");
		const runtime = all.find((x) => x.runtime);
		const focus = all.find((x) => x.status === "focused");
		if (skipper) [status, reason, skipKind] = [
			"skipped",
			skipper.reason,
			"marker"
		];
		else if (!node.hasBlock) [status, reason, skipKind] = [
			"todo",
			"example without a block (not yet implemented)",
			"marker"
		];
		else if (runtime) [status, reason, skipKind] = [
			runtime.runtime.status,
			runtime.runtime.reason,
			"runtime"
		];
		else if (all.some((x) => x.status === "xfail")) [status, reason, skipKind] = [
			"xfail",
			"pending",
			"marker"
		];
		else if (focus) [status, reason, skipKind] = [
			"focused",
			focus.reason,
			"focus"
		];
		if (status === "focused") focusLine ??= focus.line;
		const suite = chain.map((g) => g.name);
		tests.push({
			id: ids.allocate(testId(path, suite, node.name)),
			path,
			line: node.line,
			name: node.name,
			suite,
			status,
			...reason ? {
				reason,
				skipKind
			} : {},
			body: text.slice(node.open, node.close)
		});
	}
	if (focusLine !== void 0) {
		for (const t of tests) if (t.status === "active" || t.status === "xfail") Object.assign(t, {
			status: "skipped",
			reason: `not run: a focused example at line ${focusLine} excludes it`,
			skipKind: "focus"
		});
	}
	return {
		path,
		language: "ruby",
		tests,
		...error ? { error: {
			path,
			line: error.line,
			message: error.message
		} } : {}
	};
}
function argumentsOf(masked, from) {
	let j = from;
	while (j < masked.length) {
		const c = masked[j];
		if (c === "(" || c === "[") {
			const close = matchingBracket(masked, j);
			j = close < 0 ? masked.length : close + 1;
			continue;
		}
		if (c === "\n") {
			if (/,\s*$/.test(masked.slice(from, j))) {
				j += 1;
				continue;
			}
			break;
		}
		if (c === "{" && !/[,:(]\s*$|=>\s*$/.test(masked.slice(from, j))) break;
		if (/^do\b/.test(masked.slice(j, j + 3)) && /\s/.test(masked[j - 1] ?? " ")) break;
		if (c === "{") {
			const close = matchingBracket(masked, j);
			j = close < 0 ? masked.length : close + 1;
			continue;
		}
		j += 1;
	}
	return {
		start: from,
		end: j
	};
}
function nameOf(text, masked, args) {
	const raw = text.slice(args.start, args.end).trim().replace(/^\(/, "");
	const literal = /^(['"])((?:\\.|(?!\1)[^\\])*)\1/.exec(raw);
	if (literal) return literal[2];
	const first = masked.slice(args.start, args.end).trim().replace(/^\(/, "").split(/,|\)\s*$/)[0].trim();
	return first ? text.slice(args.start, args.end).trim().replace(/^\(/, "").slice(0, first.length).trim() : "(anonymous)";
}
// packages/skip-set/lib/collectors/rust.js
const WORD = /#!?\[|\bmod\s+([A-Za-z_]\w*)\s*\{|\bfn\s+([A-Za-z_]\w*)|[;{}]/g;
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
			if (c === "(") depth += 1;
			else if (c === ")") depth -= 1;
			else if ((c === "," || c === void 0) && depth === 0) {
				if (inner.slice(from, i).trim()) args.push(inner.slice(from, i));
				from = i + 1;
			}
		}
		if (call[1] === "not") return !evaluateCfg(args[0] ?? "");
		return call[1] === "all" ? args.every(evaluateCfg) : args.some(evaluateCfg);
	}
	const kv = /^(\w+)\s*=\s*"([^"]*)"$/.exec(s);
	if (kv) return {
		target_os: ["linux"],
		target_family: ["unix"],
		target_arch: ["x86_64"],
		target_pointer_width: ["64"],
		target_endian: ["little"],
		target_env: ["gnu"],
		panic: ["unwind"]
	}[kv[1]]?.includes(kv[2]) ?? false;
	return [
		"test",
		"unix",
		"debug_assertions"
	].includes(s);
}
function collectRust(path, text) {
	const { masked, error } = maskCLike(text, "rust");
	const lines = new LineIndex(text);
	const ids = new IdAllocator();
	const tests = [];
	const mods = [];
	let pending = [];
	WORD.lastIndex = 0;
	for (let m = WORD.exec(masked); m; m = WORD.exec(masked)) {
		const at = m.index;
		while (mods.length > 0 && mods[mods.length - 1].close < at) mods.pop();
		const token = m[0];
		if (token.startsWith("#")) {
			const open = at + token.length - 1;
			const close = matchingBracket(masked, open);
			if (close < 0) break;
			pending.push({ text: text.slice(open + 1, close).replace(/\s+/g, " ").trim() });
			WORD.lastIndex = close + 1;
			continue;
		}
		if (m[1]) {
			const close = matchingBrace(masked, at + token.length - 1);
			const cfg = pending.map((a) => /^cfg\s*\(([^]*)\)$/.exec(a.text)?.[1]).find((c) => c !== void 0 && !evaluateCfg(c));
			mods.push({
				name: m[1],
				close: close < 0 ? masked.length : close,
				...cfg ? { excluded: `#[cfg(${cfg})] on mod ${m[1]}` } : {}
			});
			pending = [];
			continue;
		}
		if (m[2]) {
			const attrs = pending;
			pending = [];
			if (!attrs.some((a) => /^(?:[\w:]*::)?(?:test|rstest|test_case|test_log::test|wasm_bindgen_test|quickcheck|proptest)\b/.test(a.text))) continue;
			const name = m[2];
			const open = masked.indexOf("{", at);
			const close = open < 0 ? -1 : matchingBrace(masked, open);
			let reason;
			const excludedMod = mods.find((x) => x.excluded);
			const cfg = attrs.map((a) => /^cfg\s*\(([^]*)\)$/.exec(a.text)?.[1]).find((c) => c !== void 0 && !evaluateCfg(c));
			if (excludedMod) reason = excludedMod.excluded;
			else if (cfg !== void 0) reason = `#[cfg(${cfg})]`;
			else if (attrs.some((a) => /^ignore\b/.test(a.text))) reason = "#[ignore]";
			else {
				const cfgAttr = attrs.find((a) => /^cfg_attr\s*\(.*\bignore\b/.test(a.text));
				if (cfgAttr) reason = `#[${cfgAttr.text}] (conditional)`;
			}
			const suite = mods.map((x) => x.name);
			tests.push({
				id: ids.allocate(testId(path, suite, name)),
				path,
				line: lines.lineOf(at),
				name,
				suite,
				status: reason ? "skipped" : "active",
				...reason ? {
					reason,
					skipKind: "marker"
				} : {},
				body: close < 0 ? "" : text.slice(open, close + 1)
			});
			if (close > 0) WORD.lastIndex = close + 1;
			continue;
		}
		pending = [];
	}
	return {
		path,
		language: "rust",
		tests,
		...error ? { error: {
			path,
			line: error.line,
			message: error.message
		} } : {}
	};
}
// packages/skip-set/lib/python-scan.js
const ROUNDS = 6;
const PARSE_SLICE_MS = 4;
var PythonScan = class {
	files;
	classPrefixes;
	texts = /* @__PURE__ */ new Map();
	cache = new ModuleCache(this.texts);
	tests;
	ahead = [];
	reading = true;
	scheduled = false;
	constructor(files, classPrefixes) {
		this.files = files;
		this.classPrefixes = classPrefixes;
		this.tests = new Set(files);
	}
	arrived(path, text) {
		this.texts.set(path, text);
		if (!this.reading || text === void 0 || !this.tests.has(path)) return;
		this.ahead.push(path);
		if (this.scheduled) return;
		this.scheduled = true;
		setImmediate(() => this.parseAhead());
	}
	parseAhead() {
		this.scheduled = false;
		const until = performance.now() + PARSE_SLICE_MS;
		while (this.reading && this.ahead.length > 0 && performance.now() < until) this.cache.prepare(this.ahead.shift());
		if (this.reading && this.ahead.length > 0) {
			this.scheduled = true;
			setImmediate(() => this.parseAhead());
		}
	}
	async resolve(fetch) {
		this.reading = false;
		const { cache } = this;
		let unresolved = this.files.filter((path) => cache.hasText(path));
		for (let round = 0; round < ROUNDS; round += 1) {
			const waiting = [];
			for (const path of unresolved) {
				const misses = cache.misses;
				const module = cache.load(path);
				if (module) resolveAllBases(module, cache.load, this.classPrefixes);
				for (const c of conftestPathsFor(path)) {
					const conftest = cache.load(c);
					if (conftest) resolveHelperSkips(conftest, cache.load);
				}
				if (module) resolveHelperSkips(module, cache.load);
				if (cache.misses !== misses) waiting.push(path);
			}
			if (cache.missing.size === 0) break;
			unresolved = waiting;
			const asked = [...cache.missing];
			const fetched = await fetch(asked);
			cache.supply(asked.map((p) => [p, fetched.get(p)]));
		}
	}
};
// packages/skip-set/lib/static-collector.js
function collectFile(file, patterns, modules = new ModuleCache(/* @__PURE__ */ new Map([[file.path, file.text]]))) {
	switch (testLanguageOf(file.path, patterns)) {
		case "python": {
			const chain = conftestPathsFor(file.path).map((p) => modules.load(p)).filter((m) => m !== void 0);
			const module = modules.load(file.path);
			if (!module) return void 0;
			return collectPythonModule(module, chain, {
				functionPrefixes: patterns.pythonFunctionPrefixes,
				classPrefixes: patterns.pythonClassPrefixes,
				load: modules.load
			});
		}
		case "javascript": return collectJs(file.path, file.text);
		case "go": return collectGo(file.path, file.text);
		case "jvm": return collectJvm(file.path, file.text);
		case "ruby": return collectRuby(file.path, file.text);
		case "rust": {
			const collected = collectRust(file.path, file.text);
			return collected.tests.length > 0 || collected.error ? collected : void 0;
		}
		default: return;
	}
}
function collectSources(files, patterns, modules) {
	const list = [...files];
	const cache = modules ?? new ModuleCache(/* @__PURE__ */ new Map());
	cache.supply(list.filter((f) => f.path.endsWith(".py")).map((f) => [f.path, f.text]));
	const collection = emptyCollection();
	for (const f of list) collectInto(collection, f, patterns, cache);
	return collection;
}
function collectInto(collection, file, patterns, cache) {
	if (isConftest(file.path)) return;
	const collected = collectFile(file, patterns, cache);
	if (collected) addFile(collection, collected);
	cache.release(file.path);
}
function isStaticInput(path, patterns) {
	return isConftest(path) || testLanguageOf(path, patterns) !== void 0;
}
async function readSourcesAt(repo, rev, paths) {
	return readSources(repo, [...new Set(paths)].filter((p) => !p.includes("\n")).map((path) => ({
		path,
		object: `${rev}:${path}`
	})));
}
const decoded = /* @__PURE__ */ new WeakMap();
function textOf(buf, path) {
	const reading = readingOf(path);
	let texts = decoded.get(buf);
	if (!texts) decoded.set(buf, texts = /* @__PURE__ */ new Map());
	let text = texts.get(reading);
	if (text === void 0) {
		text = sourceText(buf, path);
		texts.set(reading, text);
	}
	return text;
}
async function readSources(repo, files, onSource) {
	let arrived;
	if (onSource) {
		const pathsOf = /* @__PURE__ */ new Map();
		for (const f of files) pathsOf.set(f.object, [...pathsOf.get(f.object) ?? [], f.path]);
		arrived = (object, buf) => {
			if (buf) for (const path of pathsOf.get(object) ?? []) onSource({
				path,
				text: textOf(buf, path)
			});
		};
	}
	const objects = await readObjects(repo, files.map((f) => f.object), arrived);
	const out = [];
	for (const f of files) {
		const buf = objects.get(f.object);
		if (buf) out.push({
			path: f.path,
			text: textOf(buf, f.path)
		});
	}
	return out;
}
async function collectStaticAt(repo, rev, patterns, paths) {
	let listed;
	let wanted;
	let files;
	if (paths) {
		const tests = paths.filter((p) => testLanguageOf(p, patterns) !== void 0);
		wanted = [.../* @__PURE__ */ new Set([...tests, ...tests.filter((p) => p.endsWith(".py")).flatMap(conftestPathsFor)])];
		files = wanted.filter((p) => !p.includes("\n")).map((path) => ({
			path,
			object: `${rev}:${path}`
		}));
	} else {
		const blobs = await listBlobsAt(repo, rev);
		listed = new Set(blobs.map((f) => f.path));
		files = blobs.filter((f) => isStaticInput(f.path, patterns)).map((f) => ({
			path: f.path,
			object: /^\S(?:[^\n\r]*\S)?$/.test(f.path) ? `${rev}:${f.path}` : f.oid
		}));
		wanted = files.map((f) => f.path);
	}
	const scan = new PythonScan(wanted.filter((p) => testLanguageOf(p, patterns) === "python"), patterns.pythonClassPrefixes);
	const sources = await readSources(repo, files, (f) => scan.arrived(f.path, f.text));
	const present = new Set(sources.map((s) => s.path));
	for (const p of wanted) if (!present.has(p)) scan.arrived(p, void 0);
	await scan.resolve(async (asked) => {
		listed ??= new Set(await listFilesAt(repo, rev));
		const inTree = asked.filter((p) => listed.has(p));
		return new Map(inTree.length > 0 ? (await readSourcesAt(repo, rev, inTree)).map((s) => [s.path, s.text]) : []);
	});
	return collectSources(sources, patterns, scan.cache);
}
// packages/skip-set/lib/incremental.js
async function incrementalPaths(repo, rev, files, side, patterns) {
	const paths = [];
	for (const f of files) {
		if (side === "base" && [
			"modified",
			"deleted",
			"renamed",
			"type-changed"
		].includes(f.status)) paths.push(f.status === "renamed" ? f.previousPath : f.path);
		if (side === "head" && [
			"added",
			"modified",
			"renamed",
			"copied",
			"type-changed"
		].includes(f.status)) paths.push(f.path);
	}
	const shared = paths.filter((p) => p.endsWith(".py") && !isConftest(p) && testLanguageOf(p, patterns) === void 0);
	if (shared.length > 0 && await someUnlisted(repo, rev, paths)) paths.push(...await dependentsOfTestBases(repo, rev, shared));
	const conftestDirs = [...new Set(paths.filter(isConftest).map((p) => p.slice(0, Math.max(0, p.lastIndexOf("/")))))];
	if (conftestDirs.length > 0) paths.push(...(await listFilesAt(repo, rev, conftestDirs.includes("") ? [] : conftestDirs)).filter((p) => p.endsWith(".py")));
	return [...new Set(paths)];
}
async function someUnlisted(repo, rev, paths) {
	const listed = new Set(paths);
	return (await listFilesAt(repo, rev)).some((p) => p.toLowerCase().endsWith(".py") && !listed.has(p));
}
async function dependentsOfTestBases(repo, rev, changed) {
	const names = (await readSourcesAt(repo, rev, changed)).filter((s) => /^[ \t]+(?:async[ \t]+)?def[ \t]+test/m.test(s.text) || isSupportModulePath(s.path)).flatMap((s) => [posix.basename(s.path) === "__init__.py" ? posix.basename(posix.dirname(s.path)) : posix.basename(s.path, ".py"), ...[...s.text.matchAll(/^class[ \t]+(\w+)/gm)].map((m) => m[1])]).filter((n) => /^\w+$/.test(n));
	if (names.length === 0) return [];
	const args = [
		"grep",
		"-l",
		"-w",
		"-F",
		...names.flatMap((n) => ["-e", n]),
		rev,
		"--",
		"*.py"
	];
	const { stdout } = await runGit(repo, args, { okExitCodes: [0, 1] });
	return stdout.toString("utf8").split("\n").filter(Boolean).map((line) => line.slice(rev.length + 1));
}
// packages/skip-set/lib/results/compare.js
const TEST_NOT_RUN = "test-not-run";
const RESULTS_MISSING = "results-missing";
const RESULTS_UNREADABLE = "results-unreadable";
const FIX_SKIP = "make it run again: remove what skips it at head (a skip marker or call, a fixture, hook or setup file that skips it, a changed runner option); a skip someone wants is asked for in the ticket, not made in the PR.";
const FIX_MISSING = "make it run again. If it was renamed or moved, keep its name or let the collection layer match it (a notice says so); if a hook, TestMain, configuration or filter keeps it from running, undo that.";
function occurrences(map, key, o) {
	const list = map.get(key);
	if (list) list.push(o);
	else map.set(key, [o]);
}
function describeGroup(group) {
	return /\.[A-Za-z0-9]+$/.test(group) ? `file ${group}` : `${group === "." ? "the root package" : `'${group}'`}`;
}
function compareResults(base, head, options) {
	const cap = options.cap ?? 50;
	const findings = [];
	const result = {
		findings,
		undecided: false,
		basePassed: 0,
		notRun: 0,
		alsoByCollection: 0,
		followedRenames: 0,
		missingReports: 0
	};
	const headById = /* @__PURE__ */ new Map();
	const headByKey = /* @__PURE__ */ new Map();
	const headGroups = /* @__PURE__ */ new Set();
	const headFailures = /* @__PURE__ */ new Map();
	const headEmpty = /* @__PURE__ */ new Map();
	for (const report of head.reports) {
		const byId = headByKey.get(report.key) ?? /* @__PURE__ */ new Map();
		headByKey.set(report.key, byId);
		for (const test of report.tests) {
			occurrences(headById, test.id, {
				test,
				report
			});
			occurrences(byId, test.id, {
				test,
				report
			});
			headGroups.add(test.group);
		}
		for (const f of report.failures) headFailures.set(f.group, {
			...f,
			file: report.file
		});
		for (const e of report.empty) headEmpty.set(e.group, {
			...e,
			file: report.file
		});
	}
	const problems = /* @__PURE__ */ new Map();
	const counted = /* @__PURE__ */ new Set();
	const followed = /* @__PURE__ */ new Set();
	for (const report of base.reports) {
		const byId = /* @__PURE__ */ new Map();
		for (const t of report.tests) {
			const seen = byId.get(t.id);
			byId.set(t.id, seen ? {
				...seen,
				status: strongestResult(seen.status, t.status)
			} : t);
		}
		const passing = [...byId.values()].filter((t) => t.status === "passed");
		if (passing.length === 0) continue;
		for (const t of passing) counted.add(t.id);
		const sameKey = headByKey.get(report.key);
		if (!sameKey && !passing.some((t) => headById.has(options.headIdOf(t)))) {
			if (!passing.every((t) => t.path !== void 0 && !options.headHas(options.headPathOf(t.path)))) {
				result.missingReports += 1;
				result.undecided = true;
				findings.push({
					rule: RESULTS_MISSING,
					severity: "error",
					message: `test report '${report.key}' (${passing.length} test(s) passed at base, ${report.file}) has no counterpart at head, and none of its tests is in head's reports: a whole suite did not run or did not report, so what its tests did is unknown. Fix: make the service's test job run that suite and upload its report with the others.`
				});
				continue;
			}
		}
		for (const t of passing) {
			const headId = options.headIdOf(t);
			if (problems.has(headId)) continue;
			if (headId !== t.id) followed.add(t.id);
			const found = sameKey?.get(headId) ?? headById.get(headId);
			const problem = classify({
				test: t,
				report
			}, headId, found, options, {
				headGroups,
				headFailures,
				headEmpty
			});
			if (problem) problems.set(headId, problem);
		}
	}
	result.basePassed = counted.size;
	result.followedRenames = followed.size;
	const list = [...problems.values()];
	result.notRun = list.length;
	for (const p of list) if (options.flaggedByCollection(p.base.test, p.headId)) result.alsoByCollection += 1;
	for (const p of list.slice(0, cap)) findings.push(findingFor(p, options));
	if (list.length > cap) findings.push({
		rule: TEST_NOT_RUN,
		severity: "error",
		message: `${list.length - cap} more test(s) that passed at base did not run at head (the report metrics count them): ${list.slice(cap, cap + 10).map((p) => p.base.test.id).join(", ")}${list.length > cap + 10 ? ", \u2026" : ""}.`
	});
	return result;
}
function classify(base, headId, found, options, head) {
	const t = base.test;
	if (found && found.length > 0) {
		const ran = found.filter((o) => !notRunning(o.test.status));
		if (ran.length === 0) {
			const h = found[0];
			const why = h.test.detail ? ` (${h.test.detail})` : "";
			return {
				base,
				headId,
				what: h.test.status === "xfail" ? `is marked as an expected failure at head${why}: it still runs, but its failure no longer fails anything` : h.test.status === "todo" ? "is a todo at head: no body runs" : `is skipped at head${why}`,
				fix: FIX_SKIP,
				head: h
			};
		}
		if ((t.assertions ?? 0) > 0 && ran.every((o) => o.test.status === "passed" && o.test.assertions === 0)) return {
			base,
			headId,
			what: `passed at head without a single passing assertion (${t.assertions} at base): its body no longer runs its checks`,
			fix: "make its assertions run again: a test replaced by a no-op, short-circuited by a hook or setup file, or emptied of its expect() calls does not test anything.",
			head: ran[0]
		};
		return;
	}
	const group = t.path !== void 0 ? options.headPathOf(t.group) : t.group;
	const failure = head.headFailures.get(group);
	const empty = head.headEmpty.get(group);
	let what;
	if (failure) what = `is not in head's reports: ${describeGroup(group)} failed before its tests ran (${failure.message}; ${failure.file})`;
	else if (head.headGroups.has(group)) what = `is not in head's reports, though other tests of ${describeGroup(group)} are: it was renamed without a counterpart, removed, or deselected (a -k/-run filter, a collection hook, a skip at collection)`;
	else if (empty) what = `did not run at head: ${describeGroup(group)} reported no test at all (${empty.detail}; ${empty.file})`;
	else if (t.path !== void 0 && !options.headHas(options.headPathOf(t.path))) what = `is not in head's reports: ${describeGroup(t.path)} is gone at head`;
	else what = `is not in head's reports: nothing of ${describeGroup(group)} ran at head (excluded by configuration, no longer collected, or its report was not uploaded)`;
	return {
		base,
		headId,
		what,
		fix: FIX_MISSING
	};
}
function findingFor(p, options) {
	const t = p.base.test;
	const renamed = p.headId !== t.id ? ` (at head '${p.headId}')` : "";
	const headFile = p.head ? `; head: ${p.head.report.file}` : "";
	const path = t.path !== void 0 && posix.extname(t.path) !== "" ? options.headPathOf(t.path) : void 0;
	const line = p.head?.test.line ?? t.line;
	return {
		rule: TEST_NOT_RUN,
		severity: "error",
		message: `test '${t.id}'${renamed} passed at base and ${p.what}. Reports: base ${p.base.report.file}${headFile}. Fix: ${p.fix}`,
		...path ? { path } : {},
		...path && line ? { line } : {},
		test: p.headId
	};
}
// packages/skip-set/lib/results/source-tree.js
function components(raw) {
	return raw.replace(/^file:\/\//, "").replace(/\\/g, "/").split("/").filter((c) => c !== "" && c !== ".");
}
var SourceTree = class SourceTree {
	suffixes = /* @__PURE__ */ new Map();
	files;
	dirs = /* @__PURE__ */ new Set(["."]);
	goModules;
	constructor(files, goModules = []) {
		this.files = new Set(files);
		for (const file of files) {
			const parts = file.split("/");
			for (let i = 1; i < parts.length; i += 1) this.dirs.add(parts.slice(0, i).join("/"));
			for (let i = 0; i < parts.length; i += 1) {
				const suffix = parts.slice(i).join("/");
				const list = this.suffixes.get(suffix);
				if (list) list.push(file);
				else this.suffixes.set(suffix, [file]);
			}
		}
		this.goModules = [...goModules].sort((a, b) => b.module.length - a.module.length);
	}
	static async at(repo, rev) {
		const files = await listFilesAt(repo, rev);
		const goMods = files.filter((f) => f === "go.mod" || f.endsWith("/go.mod"));
		const objects = await readObjects(repo, goMods.map((f) => `${rev}:${f}`));
		const modules = [];
		for (const f of goMods) {
			const module = /^\s*module\s+"?([^\s"]+)"?/m.exec(objects.get(`${rev}:${f}`)?.toString("utf8") ?? "")?.[1];
			if (module) modules.push({
				dir: posix.dirname(f),
				module
			});
		}
		return new SourceTree(files, modules);
	}
	has(path) {
		return this.files.has(path) || this.dirs.has(path);
	}
	resolveFile(raw) {
		const parts = components(raw);
		for (let i = 0; i < parts.length; i += 1) {
			const suffix = parts.slice(i).join("/");
			const hits = this.suffixes.get(suffix);
			if (!hits) continue;
			if (this.files.has(suffix)) return suffix;
			return hits.length === 1 ? hits[0] : void 0;
		}
	}
	resolveDotted(dotted, extensions) {
		const parts = dotted.split(".").filter(Boolean);
		for (let k = parts.length; k >= 1; k -= 1) for (const ext of extensions) {
			const path = this.resolveFile(`${parts.slice(0, k).join("/")}${ext}`);
			if (path) return {
				path,
				rest: parts.slice(k)
			};
		}
	}
	goPackageDir(importPath) {
		for (const m of this.goModules) {
			if (importPath === m.module) return m.dir;
			if (importPath.startsWith(`${m.module}/`)) return posix.join(m.dir, importPath.slice(m.module.length + 1));
		}
	}
};
// packages/skip-set/lib/results/results-layer.js
const NOT_RUN = {
	findings: [],
	metrics: { "results-layer": "not-run" },
	summary: "### Test results (layer 3)\n\nNot run: no test reports were given (`base-reports` and `head-reports`). Only what collection sees was checked.",
	undecided: false
};
function splitCase(id) {
	const last = id.lastIndexOf("::");
	const tail = id.slice(last + 2);
	const cut = tail.search(/[[/]/);
	if (cut <= 0) return void 0;
	return [id.slice(0, last + 2 + cut), tail.slice(cut)];
}
function headIdFor(renames, counterparts) {
	return (t) => {
		const direct = counterparts?.get(t.id);
		if (direct !== void 0) return direct;
		const parts = splitCase(t.id);
		const fn = parts ? counterparts?.get(parts[0]) : void 0;
		if (parts && fn !== void 0) return `${fn}${parts[1]}`;
		const to = t.path !== void 0 ? renames.get(t.path) : void 0;
		if (to !== void 0 && t.id.startsWith(`${t.path}::`)) return `${to}${t.id.slice(t.path.length)}`;
		return t.id;
	};
}
function tally(set) {
	const ids = /* @__PURE__ */ new Map();
	for (const r of set.reports) for (const t of r.tests) ids.set(t.id, (ids.get(t.id) ?? false) || t.status === "passed");
	return {
		tests: ids.size,
		passed: [...ids.values()].filter(Boolean).length
	};
}
function sideFindings(side, set, patterns) {
	const findings = set.unreadable.map((u) => ({
		rule: RESULTS_UNREADABLE,
		severity: "error",
		message: `cannot read the ${side} test report ${u.file}: ${u.message}. The tests in it are unknown, so the comparison cannot be decided. Fix: ${side === "head" ? "make the service's test job write the report whole (a job killed mid-run leaves it cut short)" : "rerun the base tests (clear the cached base reports)"}.`
	}));
	if (set.reports.length === 0 && set.unreadable.length === 0) {
		const ignored = set.ignored.length > 0 ? ` (${set.ignored.length} file(s) found are no test report: ${set.ignored.slice(0, 5).join(", ")})` : "";
		findings.push({
			rule: RESULTS_MISSING,
			severity: "error",
			message: `no ${side} test report found in ${patterns.map((p) => `'${p}'`).join(", ")}${ignored}: without the reports of a real run the guard cannot say which tests ran. Fix: ${side === "head" ? "upload the service test job's JUnit XML or JSON reports and point head-reports at them" : "point base-reports at the reports of a test run at the base commit"} (see the skip-set action's README).`
		});
	} else if (set.reports.length > 0) for (const p of set.unmatched) findings.push({
		rule: RESULTS_MISSING,
		severity: "warning",
		message: `the ${side} report pattern '${p}' matched no file; the other patterns found ${set.reports.length} report(s).`
	});
	return {
		findings,
		undecided: set.unreadable.length > 0 || set.reports.length === 0
	};
}
const FLAGGING_RULES = /* @__PURE__ */ new Set(["new-skip", "test-removed"]);
async function runResultsLayer(input) {
	const { reports } = input;
	if (!reports || reports.base.length === 0 && reports.head.length === 0) return NOT_RUN;
	if (reports.base.length === 0 || reports.head.length === 0) {
		const missing = reports.base.length === 0 ? "base" : "head";
		throw new ConfigurationError(`test reports were given for ${missing === "base" ? "head" : "base"} only: layer 3 compares both.`, {
			field: `${missing}-reports`,
			fix: `give the ${missing} test reports too (input ${missing}-reports, CLI --${missing}-reports), or neither.`
		});
	}
	const cwd = reports.cwd ?? process.cwd();
	const { readReportSet } = await import("./read-reports-Dw8EH81U.js");
	const [baseTree, headTree] = await Promise.all([SourceTree.at(input.repo, input.base), SourceTree.at(input.repo, input.head)]);
	const [baseSet, headSet] = await Promise.all([readReportSet(reports.base, cwd, baseTree), readReportSet(reports.head, cwd, headTree)]);
	input.logger.info(`skip-set results: ${baseSet.reports.length} base report(s), ${headSet.reports.length} head report(s); ${baseSet.ignored.length + headSet.ignored.length} other file(s) ignored.`);
	const sides = [sideFindings("base", baseSet, reports.base), sideFindings("head", headSet, reports.head)];
	const findings = sides.flatMap((s) => s.findings);
	let undecided = sides.some((s) => s.undecided);
	const flagged = new Set(input.collectionFindings.filter((f) => FLAGGING_RULES.has(f.rule) && f.test).map((f) => f.test));
	const flaggedId = (id) => flagged.has(id) || flagged.has(splitCase(id)?.[0] ?? id);
	const comparison = baseSet.reports.length > 0 && headSet.reports.length > 0 ? compareResults(baseSet, headSet, {
		headIdOf: headIdFor(input.renames, input.counterparts),
		headPathOf: (p) => input.renames.get(p) ?? p,
		headHas: (p) => headTree.has(p),
		flaggedByCollection: (t, headId) => flaggedId(t.id) || flaggedId(headId)
	}) : void 0;
	if (comparison) {
		findings.push(...comparison.findings);
		undecided ||= comparison.undecided;
	}
	const baseTally = tally(baseSet);
	const headTally = tally(headSet);
	const notRun = comparison?.notRun ?? 0;
	const also = comparison?.alsoByCollection ?? 0;
	return {
		findings,
		metrics: {
			"results-layer": undecided ? "undecided" : "compared",
			"results-reports-base": baseSet.reports.length,
			"results-reports-head": headSet.reports.length,
			"results-formats": [...new Set([...baseSet.reports, ...headSet.reports].map((r) => r.format))].sort().join(","),
			"results-tests-base": baseTally.tests,
			"results-passed-base": baseTally.passed,
			"results-tests-head": headTally.tests,
			"results-passed-head": headTally.passed,
			"results-not-run": notRun,
			"results-not-run-also-collection": also,
			"results-not-run-only-results": notRun - also,
			"results-followed-renames": comparison?.followedRenames ?? 0,
			"results-missing-reports": (comparison?.missingReports ?? 0) + sides.filter((s) => s.undecided).length
		},
		summary: [
			"### Test results (layer 3)",
			"",
			"| | base | head |",
			"|---|---:|---:|",
			`| reports | ${baseSet.reports.length} | ${headSet.reports.length} |`,
			`| tests | ${baseTally.tests} | ${headTally.tests} |`,
			`| passed | ${baseTally.passed} | ${headTally.passed} |`,
			"",
			undecided ? "**Undecided**: a report is missing or unreadable (see the findings)." : `${notRun} test(s) that passed at base did not run at head: ${also} of them the collection layers flagged too (new-skip, test-removed), ${notRun - also} only the results show.`
		].join("\n"),
		undecided
	};
}
// packages/skip-set/lib/summary.js
function renderTotalsTable(base, head, scope) {
	const lines = [
		`### Tests by status (${scope})`,
		"",
		"| status | base | head | change |",
		"|---|---:|---:|---:|"
	];
	for (const key of [...TEST_STATUSES, "total"]) {
		const delta = head[key] - base[key];
		const label = key === "total" ? "**total**" : key;
		lines.push(`| ${label} | ${base[key]} | ${head[key]} | ${delta > 0 ? `+${delta}` : delta} |`);
	}
	return lines.join("\n");
}
// packages/skip-set/lib/harness/harness-references.js
const JS_EXTENSIONS = [
	".ts",
	".js",
	".mjs",
	".cjs",
	".mts",
	".cts",
	".tsx",
	".jsx",
	".json"
];
function jsCandidates(fromFile, specifier) {
	const dir = posix.dirname(fromFile);
	const raw = specifier.replace(/^<rootDir>\/?/, "./");
	const joined = posix.normalize(posix.join(dir === "." ? "" : dir, raw));
	if (joined.startsWith("..")) return [];
	const out = [joined];
	const stem = joined.replace(/\.(?:js|mjs|cjs)$/, "");
	if (stem !== joined) out.push(`${stem}.ts`, `${stem}.mts`, `${stem}.cts`, `${stem}.tsx`);
	for (const ext of JS_EXTENSIONS) out.push(`${joined}${ext}`);
	for (const ext of JS_EXTENSIONS) out.push(`${joined}/index${ext}`);
	return out;
}
function isRelativeModule(value) {
	return /^(?:\.\.?\/|<rootDir>\/)/.test(value) || /^[\w@][\w./@-]*\.(?:[cm]?[jt]s|tsx|jsx)$/.test(value);
}
function jsConfigReferences(path, text, framework) {
	const tokens = tokenizeJs(text, { jsx: false });
	const out = [];
	for (let t = 0; t < tokens.kind.length; t += 1) {
		if (tokens.kind[t] !== 2 && tokens.kind[t] !== 3) continue;
		const value = literalValue(text, tokens, t);
		if (value === void 0 || !isRelativeModule(value)) continue;
		out.push({
			candidates: jsCandidates(path, value.startsWith("<rootDir>") || value.startsWith(".") ? value : `./${value}`),
			by: `${path}`,
			framework
		});
	}
	return out;
}
function objectReferences(path, value, framework, label = path) {
	const out = [];
	const walk = (v) => {
		if (typeof v === "string") {
			if (isRelativeModule(v)) out.push({
				candidates: jsCandidates(path, v.startsWith("<rootDir>") || v.startsWith(".") ? v : `./${v}`),
				by: label,
				framework
			});
		} else if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === "object") Object.values(v).forEach(walk);
	};
	walk(value);
	return out;
}
function commandReferences(path, command, label) {
	const out = [];
	for (const m of command.matchAll(/(?:^|\s)(--import|--require|-r|--loader|--experimental-loader|--setup-files|--globalSetup|--setupFiles|--config|-c|--file|--test-reporter|--reporter)[=\s]+("[^"]+"|'[^']+'|\S+)/g)) {
		const value = m[2].replace(/^["']|["']$/g, "");
		if (!/^(?:\.\.?\/|[\w@][\w./@-]*\.(?:[cm]?[jt]s|json|ya?ml))/.test(value) || /^[\w@][\w@-]*$/.test(value)) continue;
		if (!value.startsWith(".") && !/\.(?:[cm]?[jt]s|json|ya?ml)$/.test(value)) continue;
		const isConfig = m[1] === "--config" || m[1] === "-c";
		out.push({
			candidates: jsCandidates(path, value.startsWith(".") ? value : `./${value}`),
			by: `${label} (${m[1]})`,
			framework: "npm",
			...isConfig ? { isConfig } : {}
		});
	}
	return out;
}
function packageJsonReferences(path, text) {
	let pkg;
	try {
		pkg = JSON.parse(text);
	} catch {
		return [];
	}
	const scripts = pkg.scripts ?? {};
	return [
		...objectReferences(path, pkg.jest, "jest", `${path} (jest)`),
		...objectReferences(path, pkg.mocha, "mocha", `${path} (mocha)`),
		...Object.entries(scripts).flatMap(([name, command]) => typeof command === "string" ? commandReferences(path, command, `${path} scripts.${name}`) : [])
	];
}
function configReferences(path, text) {
	const base = posix.basename(path);
	try {
		if (base === "package.json") return packageJsonReferences(path, text);
		if (/^\.mocharc(?:\.(?:json|jsonc|ya?ml))?$/.test(base)) return objectReferences(path, parse$1(text), "mocha");
		if (/\.json$/.test(base)) return objectReferences(path, JSON.parse(text), base.startsWith("jest") ? "jest" : "vitest");
		return jsConfigReferences(path, text, base.startsWith("jest") ? "jest" : base.startsWith(".mocharc") ? "mocha" : "vitest");
	} catch {
		return [];
	}
}
function jsModuleImports(path, text, by, framework) {
	const tokens = tokenizeJs(text, { jsx: /\.[jt]sx$/.test(path) });
	const out = [];
	for (let t = 0; t < tokens.kind.length; t += 1) {
		if (tokens.kind[t] !== 2) continue;
		const value = literalValue(text, tokens, t);
		if (value === void 0 || !/^\.\.?\//.test(value)) continue;
		out.push({
			candidates: jsCandidates(path, value),
			by,
			framework
		});
	}
	return out;
}
const PLUGINS = "pytest_plugins";
function pytestPluginNames(path, text) {
	const names = [];
	const base = posix.basename(path);
	if (base.endsWith(".py")) {
		if (!text.includes(PLUGINS)) return names;
		const scan = pythonStatementsOf(text);
		for (let k = 0; k < scan.count; k += 1) {
			const start = scan.start[k];
			if (scan.indent[k] !== 0 || !text.startsWith(PLUGINS, start)) continue;
			for (const token of pythonTokens(text, start, scan.end[k])) if (token.type === "string" && /^[\w.]+$/.test(token.value)) names.push(token.value);
		}
		return names;
	}
	for (const m of text.matchAll(/(?:^|[\s"'[,])-p\s*([A-Za-z_][\w.]*)/g)) if (!m[1].startsWith("no:")) names.push(m[1]);
	if (base === "pyproject.toml") try {
		const doc = parse(text);
		for (const v of [...Object.values(doc.project?.["entry-points"]?.pytest11 ?? {}), ...Object.values(doc.tool?.poetry?.plugins?.pytest11 ?? {})]) names.push(String(v).split(":")[0].trim());
	} catch {}
	for (const m of text.matchAll(/^\s*[\w-]+\s*=\s*([\w.]+)(?::\w+)?\s*$/gm)) if (/pytest11/.test(text.slice(Math.max(0, (m.index ?? 0) - 200), m.index))) names.push(m[1]);
	return names;
}
function pythonModuleCandidates(dotted) {
	const p = dotted.split(".").join("/");
	return [
		`${p}.py`,
		`${p}/__init__.py`,
		`src/${p}.py`,
		`src/${p}/__init__.py`
	];
}
// packages/skip-set/lib/harness/harness-changes.js
function partsOrWhole(kind, text, path) {
	if (text === void 0) return /* @__PURE__ */ new Map();
	try {
		return kind.parts(text, path);
	} catch {
		return /* @__PURE__ */ new Map([["(unparsable) whole file", text]]);
	}
}
function changedParts(before, after) {
	return [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
}
const JS_CONFIG_NAME = /^(?:package\.json|(?:vitest|vite|jest)\.(?:config|workspace|projects)(?:\.[\w-]+)?\.(?:[cm]?[jt]s|json)|\.mocharc(?:\.(?:js|cjs|mjs|json|jsonc|ya?ml))?)$/;
const PY_CONFIG_NAME = /^(?:conftest\.py|pytest\.ini|\.pytest\.ini|pyproject\.toml|setup\.cfg|tox\.ini)$/;
const IGNORED = /(?:^|\/)(?:node_modules|\.git|vendor|dist|build|site-packages|__pycache__)\//;
function loadableModules(files) {
	const paths = files.flatMap((f) => f.previousPath === void 0 ? [f.path] : [f.path, f.previousPath]);
	return {
		js: paths.some(isJsModulePath),
		python: paths.some((p) => p.endsWith(".py"))
	};
}
async function referencedModules(repo, rev, js, python) {
	const files = (await listFilesAt(repo, rev)).filter((p) => !IGNORED.test(p));
	const present = new Set(files);
	const configs = files.filter((p) => js && JS_CONFIG_NAME.test(posix.basename(p)) || python && PY_CONFIG_NAME.test(posix.basename(p)));
	const texts = new Map((await readSourcesAt(repo, rev, configs)).map((s) => [s.path, s.text]));
	const found = /* @__PURE__ */ new Map();
	let frontier = [];
	for (const [path, text] of texts) {
		if (js && JS_CONFIG_NAME.test(posix.basename(path))) frontier.push(...configReferences(path, text));
		if (python && PY_CONFIG_NAME.test(posix.basename(path))) for (const name of pytestPluginNames(path, text)) frontier.push({
			candidates: pythonModuleCandidates(name),
			by: `${path} (pytest plugin ${name})`,
			framework: "pytest"
		});
	}
	for (let depth = 0; depth < 3 && frontier.length > 0; depth += 1) {
		const next = [];
		const fresh = [];
		for (const ref of frontier) {
			const path = ref.candidates.find((c) => present.has(c));
			if (!path || found.has(path)) continue;
			found.set(path, ref);
			fresh.push([path, ref]);
		}
		const read = new Map((await readSourcesAt(repo, rev, fresh.filter(([p]) => isJsModulePath(p) || p.endsWith(".json")).map(([p]) => p))).map((s) => [s.path, s.text]));
		for (const [path, ref] of fresh) {
			const text = read.get(path);
			if (text === void 0) continue;
			if (ref.isConfig) next.push(...configReferences(path, text));
			else if (isJsModulePath(path)) next.push(...jsModuleImports(path, text, `${path}, ${ref.by}`, ref.framework));
		}
		frontier = next;
	}
	return found;
}
async function findHarnessChanges(repo, base, head, files) {
	const basePathOf = (f) => f.status === "added" ? void 0 : f.previousPath ?? f.path;
	const headPathOf = (f) => f.status === "deleted" ? void 0 : f.path;
	const kindOf = (p) => p === void 0 ? void 0 : harnessKindOf(p) ?? contentKindOf(p);
	const candidates = files.filter((f) => kindOf(basePathOf(f)) !== void 0 || kindOf(headPathOf(f)) !== void 0);
	const [baseTexts, headTexts] = await Promise.all([readSourcesAt(repo, base, candidates.map(basePathOf).filter((p) => p !== void 0)), readSourcesAt(repo, head, candidates.map(headPathOf).filter((p) => p !== void 0))]).then((sides) => sides.map((s) => new Map(s.map((x) => [x.path, x.text]))));
	const out = [];
	const seen = /* @__PURE__ */ new Set();
	for (const f of candidates) {
		const bp = basePathOf(f);
		const hp = headPathOf(f);
		const bk = kindOf(bp);
		const hk = kindOf(hp);
		const before = bk && bp ? partsOrWhole(bk, baseTexts.get(bp), bp) : /* @__PURE__ */ new Map();
		const after = hk && hp ? partsOrWhole(hk, headTexts.get(hp), hp) : /* @__PURE__ */ new Map();
		const parts = changedParts(before, after);
		if (parts.length === 0) continue;
		const kind = (hk && after.size > 0 ? hk : bk) ?? hk;
		seen.add(f);
		out.push({
			path: f.path,
			...f.previousPath ? { previousPath: f.previousPath } : {},
			status: f.status,
			what: kind.what,
			framework: kind.framework,
			parts
		});
	}
	const rest = files.filter((f) => !seen.has(f));
	const { js, python } = loadableModules(rest);
	if (!js && !python) return out;
	const [baseRefs, headRefs] = await Promise.all([referencedModules(repo, base, js, python), referencedModules(repo, head, js, python)]);
	for (const f of rest) {
		const bp = basePathOf(f);
		const hp = headPathOf(f);
		const ref = (hp !== void 0 ? headRefs.get(hp) : void 0) ?? (bp !== void 0 ? baseRefs.get(bp) : void 0);
		if (!ref) continue;
		const kind = loadedModuleKind(ref.by, ref.framework);
		out.push({
			path: f.path,
			...f.previousPath ? { previousPath: f.previousPath } : {},
			status: f.status,
			what: kind.what,
			framework: kind.framework,
			parts: ["whole file"]
		});
	}
	return out;
}
// packages/skip-set/lib/harness/harness-rule.js
const HARNESS_RULE = "test-harness-changed";
const MAGIC = /[*?[\]{}()!+@]/;
function scopeNaming(ticket, path) {
	if (ticket.scope.exclude.some((p) => minimatch(path, p, { dot: true }))) return void 0;
	const name = posix.basename(path);
	return ticket.scope.include.find((p) => {
		const last = p.replace(/\/+$/, "").split("/").pop() ?? "";
		return !MAGIC.test(last) && last === name && minimatch(path, p, { dot: true });
	});
}
function describe(change) {
	const verb = change.status === "added" ? "added" : change.status === "deleted" ? "deleted" : change.status === "renamed" ? `renamed from ${change.previousPath}` : "changed";
	const parts = change.parts.length === 1 && change.parts[0] === "whole file" ? "" : ` (${change.parts.join(", ")})`;
	return `${change.path} is test harness \u2014 ${change.what}, ${change.framework} \u2014 and is ${verb}${parts}`;
}
function harnessFindings(changes, ticket) {
	const findings = [];
	let scoped = 0;
	for (const change of changes) {
		const named = ticket ? scopeNaming(ticket.ticket, change.path) ?? (change.previousPath ? scopeNaming(ticket.ticket, change.previousPath) : void 0) : void 0;
		if (named !== void 0) {
			scoped += 1;
			findings.push({
				rule: HARNESS_RULE,
				severity: "notice",
				message: `${describe(change)}: allowed, ticket ${ticket.ticket.id} names it in scope.include ('${named}').`,
				path: change.path
			});
			continue;
		}
		const fix = ticket ? `ticket ${ticket.ticket.id} (${ticket.path}) does not name it: a PR may change test harness only when the ticket's scope.include lists the file by name ('${change.path}' or '**/${posix.basename(change.path)}'; a wildcard such as 'tests/**' does not count).` : `a PR may change test harness only when its ticket's scope.include lists the file by name: give the guard the ticket (the 'ticket' input, or --ticket) whose scope names '${change.path}'.`;
		findings.push({
			rule: HARNESS_RULE,
			severity: "error",
			message: `${describe(change)}: harness decides which tests run and how, without touching a test; ${fix}`,
			path: change.path
		});
	}
	return {
		findings,
		scoped
	};
}
// packages/skip-set/lib/harness/harness-layer.js
async function runHarnessLayer(input) {
	const changes = await findHarnessChanges(input.repo, input.base, input.head, input.files);
	const { findings, scoped } = harnessFindings(changes, input.ticket);
	const caught = findings.filter((f) => f.severity === "error").length;
	if (changes.length > 0) input.logger.info(`skip-set: ${changes.length} test harness file(s) changed, ${scoped} named by the ticket's scope.`);
	const metrics = {
		"harness-layer": input.ticket ? "checked-with-ticket" : "checked-without-ticket",
		"harness-files-changed": changes.length,
		"harness-files-scoped": scoped,
		"harness-caught": caught
	};
	const rows = changes.map((c) => {
		const allowed = findings.find((f) => f.path === c.path)?.severity !== "error";
		return `| \`${c.path}\` | ${c.framework} | ${c.parts.join(", ")} | ${allowed ? "named by the ticket" : "**not in the ticket scope**"} |`;
	});
	return {
		changes,
		findings,
		metrics,
		summary: [
			"### Test harness (layer 2)",
			"",
			changes.length === 0 ? "No test harness file changed." : [
				`${changes.length} test harness file(s) changed; ${caught} not named by the ticket's scope.`,
				"",
				"| file | framework | what changed | |",
				"|---|---|---|---|",
				...rows
			].join("\n")
		].join("\n")
	};
}
function collectionLayerMetrics(findings, reasonGains) {
	const errors = findings.filter((f) => f.severity === "error");
	return {
		"collection-caught": errors.length,
		"collection-caught-tests": new Set(errors.filter((f) => f.test).map((f) => f.test)).size,
		"collection-reason-gains": reasonGains
	};
}
// packages/skip-set/lib/harness/ticket-input.js
async function ticketForPullRequest(options) {
	const { repo, base, logger } = options;
	if (options.ticket) return {
		ticket: await loadTicket({
			repo,
			base,
			path: options.ticket,
			logger
		}),
		ticketPath: options.ticket
	};
	let path;
	try {
		path = resolveTicketPath(options.policy, { headRef: options.headRef });
	} catch (error) {
		if (!(error instanceof ConfigurationError)) throw error;
		logger.info("skip-set: no ticket for this PR (no ticket input, not an agent branch): test harness changes fail unless a ticket names them.");
		return {};
	}
	if (await readFileAt(repo, base, path) === void 0) {
		logger.info(`skip-set: the branch's ticket ${path} is not at the base commit: test harness changes fail unless a ticket names them.`);
		return {};
	}
	return {
		ticket: await loadTicket({
			repo,
			base,
			path,
			logger
		}),
		ticketPath: path
	};
}
// packages/skip-set/lib/guard.js
const SKIP_SET_GUARD = "skip-set";
const HARNESS_EARLY_FILES = 64;
function configFindings(changes) {
	return changes.map((c) => {
		const effects = c.after ? settingEffects(c.key, c.after) : [];
		const before = c.before === void 0 ? "unset" : JSON.stringify(c.before);
		const after = c.after === void 0 ? "removed" : JSON.stringify(c.after);
		const drops = effects.length > 0 || /(?:collect_ignore|exclude|Ignore|ignore|norecursedirs|conftest\.pytest_|^pytest configuration file$)/.test(c.key);
		return {
			rule: "collection-config-changed",
			severity: c.before !== void 0 || drops ? "error" : "notice",
			message: `${c.key} changed from ${before} to ${after}: collection settings decide which tests run${effects.length > 0 ? ` (${effects.join(", ")})` : ""}; tests were scanned in full.`,
			path: c.file,
			...c.line ? { line: c.line } : {}
		};
	});
}
function mergeFindings(lists) {
	const seen = /* @__PURE__ */ new Set();
	const out = [];
	for (const f of lists.flat()) {
		const key = `${f.rule}\0${f.test ?? ""}\0${f.path ?? ""}\0${f.test ? "" : f.message}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(f);
	}
	return out;
}
function totalsMetrics(prefix, t) {
	return Object.fromEntries(Object.entries(t).map(([k, v]) => [`${prefix}-${k}`, v]));
}
async function runSkipSetGuard(options) {
	const { repo, policy, logger } = options;
	const collector = options.collector ?? policy.tests.collector;
	const languages = languagesFor(policy.tests.frameworks);
	const changes = await changedFiles(repo, options.base, options.head, options.prCommits !== void 0 ? { prCommits: options.prCommits } : {});
	const startHarnessLayer = () => runHarnessLayer({
		repo,
		base: changes.mergeBase,
		head: changes.head,
		files: changes.files,
		...options.ticket ? { ticket: {
			ticket: options.ticket,
			path: options.ticketPath ?? `ticket ${options.ticket.id}`
		} } : {},
		logger
	});
	const early = changes.files.length <= HARNESS_EARLY_FILES ? startHarnessLayer() : void 0;
	early?.catch(() => void 0);
	const changedConfigs = [...new Set(changes.files.flatMap((f) => [f.path, f.previousPath]).filter((p) => p !== void 0 && isCollectionConfigPath(p)))];
	const [base, head] = await Promise.all(["base", "head"].map(async (which) => {
		const rev = which === "base" ? changes.mergeBase : changes.head;
		const root = (await listRootAt(repo, rev)).filter(isCollectionConfigPath);
		const settings = (await readSourcesAt(repo, rev, [...root, ...changedConfigs])).flatMap((f) => collectionSettings(f.path, f.text));
		return {
			rev,
			settings,
			patterns: patternsFromSettings(settings, languages)
		};
	}));
	const changedConfigSet = new Set(changedConfigs);
	const settingChanges = diffSettings(base.settings.filter((s) => changedConfigSet.has(s.file)), head.settings.filter((s) => changedConfigSet.has(s.file)));
	const shadowed = effectiveConfigChange(base.settings, head.settings);
	if (shadowed) settingChanges.push(shadowed);
	const full = settingChanges.length > 0 || collector === "both";
	const [basePaths, headPaths] = full ? [void 0, void 0] : await Promise.all([incrementalPaths(repo, base.rev, changes.files, "base", base.patterns), incrementalPaths(repo, head.rev, changes.files, "head", head.patterns)]);
	const collecting = Promise.all([collectStaticAt(repo, base.rev, base.patterns, basePaths), collectStaticAt(repo, head.rev, head.patterns, headPaths)]);
	const harnessRun = early ?? startHarnessLayer();
	const [harnessDone, collected] = await Promise.allSettled([harnessRun, collecting]);
	if (harnessDone.status === "rejected") throw harnessDone.reason;
	const harness = harnessDone.value;
	logger.info(`skip-set: ${changes.files.length} changed file(s); ${full ? "full" : "incremental"} ${collector} collection.`);
	if (collected.status === "rejected") throw collected.reason;
	const [staticBase, staticHead] = collected.value;
	const renames = new Map(changes.files.filter((f) => f.status === "renamed" && f.previousPath).map((f) => [f.previousPath, f.path]));
	const gone = new Set(changes.files.flatMap((f) => f.status === "deleted" ? [f.path] : f.status === "renamed" ? [f.previousPath] : []));
	const context = {
		renames,
		isHeadTestFile: (p) => testLanguageOf(p, head.patterns) !== void 0,
		headHasFile: (p) => !gone.has(p)
	};
	const findings = [configFindings(settingChanges)];
	let decisionBase = staticBase;
	let decisionHead = staticHead;
	let decision;
	let disagreements = [];
	if (collector === "static") decision = decide(staticBase, staticHead, context);
	else {
		const { alignWithStatic, borrowBodies, collectWithRunners, merge, onlyPaths } = await import("./runner-collection-B0eFbB0B.js");
		const runnerBase = await collectWithRunners(options, base.rev, base.patterns, "base");
		const runnerHead = await collectWithRunners(options, head.rev, head.patterns, "head");
		const covered = /* @__PURE__ */ new Set([...runnerBase.covered, ...runnerHead.covered]);
		const coveredFiles = /* @__PURE__ */ new Set([...runnerBase.coveredFiles, ...runnerHead.coveredFiles]);
		const isCovered = (path, patterns) => {
			const language = testLanguageOf(path, patterns);
			return coveredFiles.has(path) || language !== void 0 && covered.has(language);
		};
		alignWithStatic(runnerBase.collection, staticBase, coveredFiles);
		alignWithStatic(runnerHead.collection, staticHead, coveredFiles);
		borrowBodies(runnerBase.collection, staticBase);
		borrowBodies(runnerHead.collection, staticHead);
		decisionBase = merge(runnerBase.collection, onlyPaths(staticBase, (p) => !isCovered(p, base.patterns)));
		decisionHead = merge(runnerHead.collection, onlyPaths(staticHead, (p) => !isCovered(p, head.patterns)));
		decision = decide(decisionBase, decisionHead, context);
		findings.push(runnerBase.notes, runnerHead.notes);
		if (collector === "both") {
			findings.push(decide(staticBase, staticHead, context).findings);
			for (const [label, s, r, patterns] of [[
				"base",
				staticBase,
				runnerBase,
				base.patterns
			], [
				"head",
				staticHead,
				runnerHead,
				head.patterns
			]]) {
				const list = compareCollections(s, r.collection, (t) => isCovered(t.path, patterns));
				disagreements = disagreements.concat(list);
				findings.push(disagreementFindings(list, label));
			}
		}
	}
	findings.splice(1, 0, decision.findings);
	const collectionFindings = findings.flat();
	const results = await runResultsLayer({
		repo,
		base: base.rev,
		head: head.rev,
		...options.reports ? { reports: options.reports } : {},
		renames,
		counterparts: decision.counterparts,
		collectionFindings: findings.flat(),
		logger
	});
	findings.push(results.findings);
	findings.push(harness.findings);
	const baseTotals = totalsByStatus(decisionBase.tests.values());
	const headTotals = totalsByStatus(decisionHead.tests.values());
	const metrics = {
		collector,
		scan: full ? "full" : "incremental",
		"merge-base": changes.mergeBase,
		"changed-files": changes.files.length,
		"files-scanned-base": decisionBase.files,
		"files-scanned-head": decisionHead.files,
		...totalsMetrics("base", baseTotals),
		...totalsMetrics("head", headTotals),
		"new-skips": decision.newSkips,
		"tests-removed": decision.removed,
		"tests-renamed": decision.renamed,
		"tests-moved": decision.moved,
		"config-changes": settingChanges.length,
		...collector === "both" ? { "collector-disagreements": disagreements.length } : {},
		...results.metrics,
		...collectionLayerMetrics(collectionFindings, decision.reasonGains),
		...harness.metrics
	};
	const all = mergeFindings(findings);
	let report = reportFromFindings(SKIP_SET_GUARD, all, metrics);
	if (decisionBase.errors.length > 0) {
		const baseErrors = decisionBase.errors.map((e) => ({
			rule: "collection-error",
			severity: "error",
			message: `cannot collect tests at base: ${e.message}`,
			path: e.path,
			...e.line ? { line: e.line } : {}
		}));
		report = {
			guard: SKIP_SET_GUARD,
			verdict: "error",
			findings: sortFindings([...baseErrors, ...all]),
			metrics
		};
	}
	if (results.undecided) report = {
		...report,
		verdict: "error"
	};
	const notRunning = (t) => t.skipped + t.xfail + t.todo;
	const scope = full ? "all test files" : collector === "static" ? "changed test files" : "all tests the frameworks collected, changed files for the rest";
	return {
		report,
		outputs: {
			"skipped-added": decision.newSkips,
			"tests-removed": decision.removed,
			"base-total": baseTotals.total,
			"head-total": headTotals.total,
			"base-skipped": notRunning(baseTotals),
			"head-skipped": notRunning(headTotals),
			"tests-not-run": results.metrics["results-not-run"] ?? ""
		},
		summary: `${renderTotalsTable(baseTotals, headTotals, `${scope}, ${collector} collector`)}\n\n${harness.summary}\n\n${results.summary}`
	};
}
export { runSkipSetGuard, ticketForPullRequest };
