import "./rolldown-runtime-C1I3wEg2.js";
import { C as strictObject, D as withoutSecrets, E as silentLogger, O as ConfigurationError, S as record, T as union, _ as discriminatedUnion, a as sharedTelemetry, b as object, c as LIMITS, d as GUARD_NAMES, f as reportFromFindings, g as boolean, h as array, i as runGuardAction, l as markdownText, m as _enum, n as require_dist, o as booleanInput, p as datetime, r as readPullRequestEvent, s as listInput, t as parseRepoRef, u as truncateUtf8, v as literal, w as string, x as partialRecord, y as number } from "./repo-ref-B93zeB91.js";
import * as os from "os";
import { EOL } from "os";
import * as crypto from "crypto";
import * as fs from "fs";
import { constants, promises } from "fs";
import "path";
import { createHash, randomBytes } from "node:crypto";
import "node:fs";
import "node:os";
import { basename, resolve } from "node:path";
import { spawn } from "node:child_process";
import "node:string_decoder";
import { readFile } from "node:fs/promises";
// node_modules/@actions/core/lib/utils.js
/**
* Sanitizes an input into a string so it can be passed into issueCommand safely
* @param input input to sanitize into a string
*/
function toCommandValue(input) {
	if (input === null || input === void 0) return "";
	else if (typeof input === "string" || input instanceof String) return input;
	return JSON.stringify(input);
}
/**
*
* @param annotationProperties
* @returns The command properties to send with the actual annotation command
* See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
*/
function toCommandProperties(annotationProperties) {
	if (!Object.keys(annotationProperties).length) return {};
	return {
		title: annotationProperties.title,
		file: annotationProperties.file,
		line: annotationProperties.startLine,
		endLine: annotationProperties.endLine,
		col: annotationProperties.startColumn,
		endColumn: annotationProperties.endColumn
	};
}
// node_modules/@actions/core/lib/command.js
/**
* Issues a command to the GitHub Actions runner
*
* @param command - The command name to issue
* @param properties - Additional properties for the command (key-value pairs)
* @param message - The message to include with the command
* @remarks
* This function outputs a specially formatted string to stdout that the Actions
* runner interprets as a command. These commands can control workflow behavior,
* set outputs, create annotations, mask values, and more.
*
* Command Format:
*   ::name key=value,key=value::message
*
* @example
* ```typescript
* // Issue a warning annotation
* issueCommand('warning', {}, 'This is a warning message');
* // Output: ::warning::This is a warning message
*
* // Set an environment variable
* issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
* // Output: ::set-env name=MY_VAR::some value
*
* // Add a secret mask
* issueCommand('add-mask', {}, 'secretValue123');
* // Output: ::add-mask::secretValue123
* ```
*
* @internal
* This is an internal utility function that powers the public API functions
* such as setSecret, warning, error, and exportVariable.
*/
function issueCommand(command, properties, message) {
	const cmd = new Command(command, properties, message);
	process.stdout.write(cmd.toString() + os.EOL);
}
const CMD_STRING = "::";
var Command = class {
	constructor(command, properties, message) {
		if (!command) command = "missing.command";
		this.command = command;
		this.properties = properties;
		this.message = message;
	}
	toString() {
		let cmdStr = CMD_STRING + this.command;
		if (this.properties && Object.keys(this.properties).length > 0) {
			cmdStr += " ";
			let first = true;
			for (const key in this.properties) if (this.properties.hasOwnProperty(key)) {
				const val = this.properties[key];
				if (val) {
					if (first) first = false;
					else cmdStr += ",";
					cmdStr += `${key}=${escapeProperty(val)}`;
				}
			}
		}
		cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
		return cmdStr;
	}
};
function escapeData(s) {
	return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
	return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}
// node_modules/@actions/core/lib/file-command.js
function issueFileCommand(command, message) {
	const filePath = process.env[`GITHUB_${command}`];
	if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
	if (!fs.existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
	fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, { encoding: "utf8" });
}
function prepareKeyValueMessage(key, value) {
	const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
	const convertedValue = toCommandValue(value);
	if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
	if (convertedValue.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
	return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}
// node_modules/@actions/core/lib/summary.js
var __awaiter$1 = function(thisArg, _arguments, P, generator) {
	function adopt(value) {
		return value instanceof P ? value : new P(function(resolve) {
			resolve(value);
		});
	}
	return new (P || (P = Promise))(function(resolve, reject) {
		function fulfilled(value) {
			try {
				step(generator.next(value));
			} catch (e) {
				reject(e);
			}
		}
		function rejected(value) {
			try {
				step(generator["throw"](value));
			} catch (e) {
				reject(e);
			}
		}
		function step(result) {
			result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
		}
		step((generator = generator.apply(thisArg, _arguments || [])).next());
	});
};
const { access, appendFile, writeFile } = promises;
const SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
	constructor() {
		this._buffer = "";
	}
	/**
	* Finds the summary file path from the environment, rejects if env var is not found or file does not exist
	* Also checks r/w permissions.
	*
	* @returns step summary file path
	*/
	filePath() {
		return __awaiter$1(this, void 0, void 0, function* () {
			if (this._filePath) return this._filePath;
			const pathFromEnv = process.env[SUMMARY_ENV_VAR];
			if (!pathFromEnv) throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
			try {
				yield access(pathFromEnv, constants.R_OK | constants.W_OK);
			} catch (_a) {
				throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
			}
			this._filePath = pathFromEnv;
			return this._filePath;
		});
	}
	/**
	* Wraps content in an HTML tag, adding any HTML attributes
	*
	* @param {string} tag HTML tag to wrap
	* @param {string | null} content content within the tag
	* @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
	*
	* @returns {string} content wrapped in HTML element
	*/
	wrap(tag, content, attrs = {}) {
		const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
		if (!content) return `<${tag}${htmlAttrs}>`;
		return `<${tag}${htmlAttrs}>${content}</${tag}>`;
	}
	/**
	* Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
	*
	* @param {SummaryWriteOptions} [options] (optional) options for write operation
	*
	* @returns {Promise<Summary>} summary instance
	*/
	write(options) {
		return __awaiter$1(this, void 0, void 0, function* () {
			const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
			const filePath = yield this.filePath();
			yield (overwrite ? writeFile : appendFile)(filePath, this._buffer, { encoding: "utf8" });
			return this.emptyBuffer();
		});
	}
	/**
	* Clears the summary buffer and wipes the summary file
	*
	* @returns {Summary} summary instance
	*/
	clear() {
		return __awaiter$1(this, void 0, void 0, function* () {
			return this.emptyBuffer().write({ overwrite: true });
		});
	}
	/**
	* Returns the current summary buffer as a string
	*
	* @returns {string} string of summary buffer
	*/
	stringify() {
		return this._buffer;
	}
	/**
	* If the summary buffer is empty
	*
	* @returns {boolen} true if the buffer is empty
	*/
	isEmptyBuffer() {
		return this._buffer.length === 0;
	}
	/**
	* Resets the summary buffer without writing to summary file
	*
	* @returns {Summary} summary instance
	*/
	emptyBuffer() {
		this._buffer = "";
		return this;
	}
	/**
	* Adds raw text to the summary buffer
	*
	* @param {string} text content to add
	* @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
	*
	* @returns {Summary} summary instance
	*/
	addRaw(text, addEOL = false) {
		this._buffer += text;
		return addEOL ? this.addEOL() : this;
	}
	/**
	* Adds the operating system-specific end-of-line marker to the buffer
	*
	* @returns {Summary} summary instance
	*/
	addEOL() {
		return this.addRaw(EOL);
	}
	/**
	* Adds an HTML codeblock to the summary buffer
	*
	* @param {string} code content to render within fenced code block
	* @param {string} lang (optional) language to syntax highlight code
	*
	* @returns {Summary} summary instance
	*/
	addCodeBlock(code, lang) {
		const attrs = Object.assign({}, lang && { lang });
		const element = this.wrap("pre", this.wrap("code", code), attrs);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML list to the summary buffer
	*
	* @param {string[]} items list of items to render
	* @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
	*
	* @returns {Summary} summary instance
	*/
	addList(items, ordered = false) {
		const tag = ordered ? "ol" : "ul";
		const listItems = items.map((item) => this.wrap("li", item)).join("");
		const element = this.wrap(tag, listItems);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML table to the summary buffer
	*
	* @param {SummaryTableCell[]} rows table rows
	*
	* @returns {Summary} summary instance
	*/
	addTable(rows) {
		const tableBody = rows.map((row) => {
			const cells = row.map((cell) => {
				if (typeof cell === "string") return this.wrap("td", cell);
				const { header, data, colspan, rowspan } = cell;
				const tag = header ? "th" : "td";
				const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
				return this.wrap(tag, data, attrs);
			}).join("");
			return this.wrap("tr", cells);
		}).join("");
		const element = this.wrap("table", tableBody);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds a collapsable HTML details element to the summary buffer
	*
	* @param {string} label text for the closed state
	* @param {string} content collapsable content
	*
	* @returns {Summary} summary instance
	*/
	addDetails(label, content) {
		const element = this.wrap("details", this.wrap("summary", label) + content);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML image tag to the summary buffer
	*
	* @param {string} src path to the image you to embed
	* @param {string} alt text description of the image
	* @param {SummaryImageOptions} options (optional) addition image attributes
	*
	* @returns {Summary} summary instance
	*/
	addImage(src, alt, options) {
		const { width, height } = options || {};
		const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
		const element = this.wrap("img", null, Object.assign({
			src,
			alt
		}, attrs));
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML section heading element
	*
	* @param {string} text heading text
	* @param {number | string} [level=1] (optional) the heading level, default: 1
	*
	* @returns {Summary} summary instance
	*/
	addHeading(text, level) {
		const tag = `h${level}`;
		const allowedTag = [
			"h1",
			"h2",
			"h3",
			"h4",
			"h5",
			"h6"
		].includes(tag) ? tag : "h1";
		const element = this.wrap(allowedTag, text);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML thematic break (<hr>) to the summary buffer
	*
	* @returns {Summary} summary instance
	*/
	addSeparator() {
		const element = this.wrap("hr", null);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML line break (<br>) to the summary buffer
	*
	* @returns {Summary} summary instance
	*/
	addBreak() {
		const element = this.wrap("br", null);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML blockquote to the summary buffer
	*
	* @param {string} text quote text
	* @param {string} cite (optional) citation url
	*
	* @returns {Summary} summary instance
	*/
	addQuote(text, cite) {
		const attrs = Object.assign({}, cite && { cite });
		const element = this.wrap("blockquote", text, attrs);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML anchor tag to the summary buffer
	*
	* @param {string} text link text/content
	* @param {string} href hyperlink
	*
	* @returns {Summary} summary instance
	*/
	addLink(text, href) {
		const element = this.wrap("a", text, { href });
		return this.addRaw(element).addEOL();
	}
};
const summary = new Summary();
/**
* The code to exit an action
*/
var ExitCode;
(function(ExitCode) {
	/**
	* A code indicating that the action was successful
	*/
	ExitCode[ExitCode["Success"] = 0] = "Success";
	/**
	* A code indicating that the action was a failure
	*/
	ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
/**
* Gets the value of an input.
* Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
* Returns an empty string if the value is not defined.
*
* @param     name     name of the input to get
* @param     options  optional. See InputOptions.
* @returns   string
*/
function getInput(name, options) {
	const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
	if (options && options.required && !val) throw new Error(`Input required and not supplied: ${name}`);
	if (options && options.trimWhitespace === false) return val;
	return val.trim();
}
/**
* Sets the value of an output.
*
* @param     name     name of the output to set
* @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
*/
function setOutput(name, value) {
	if (process.env["GITHUB_OUTPUT"] || "") return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
	process.stdout.write(os.EOL);
	issueCommand("set-output", { name }, toCommandValue(value));
}
/**
* Sets the action status to failed.
* When the action exits it will be with an exit code of 1
* @param message add error issue message
*/
function setFailed(message) {
	process.exitCode = ExitCode.Failure;
	error(message);
}
/**
* Writes debug message to user log
* @param message debug message
*/
function debug(message) {
	issueCommand("debug", {}, message);
}
/**
* Adds an error issue
* @param message error issue message. Errors will be converted to string via toString()
* @param properties optional properties to add to the annotation.
*/
function error(message, properties = {}) {
	issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
* Adds a warning issue
* @param message warning issue message. Errors will be converted to string via toString()
* @param properties optional properties to add to the annotation.
*/
function warning(message, properties = {}) {
	issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
* Adds a notice issue
* @param message notice issue message. Errors will be converted to string via toString()
* @param properties optional properties to add to the annotation.
*/
function notice(message, properties = {}) {
	issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
* Writes info to log with console.log.
* @param message info message
*/
function info(message) {
	process.stdout.write(message + os.EOL);
}
// node_modules/balanced-match/dist/esm/index.js
const range = (a, b, str) => {
	let begs, beg, left, right = void 0, result;
	let ai = str.indexOf(a);
	let bi = str.indexOf(b, ai + 1);
	let i = ai;
	if (ai >= 0 && bi > 0) {
		if (a === b) return [ai, bi];
		begs = [];
		left = str.length;
		while (i >= 0 && !result) {
			if (i === ai) {
				begs.push(i);
				ai = str.indexOf(a, i + 1);
			} else if (begs.length === 1) {
				const r = begs.pop();
				if (r !== void 0) result = [r, bi];
			} else {
				beg = begs.pop();
				if (beg !== void 0 && beg < left) {
					left = beg;
					right = bi;
				}
				bi = str.indexOf(b, i + 1);
			}
			i = ai < bi && ai >= 0 ? ai : bi;
		}
		if (begs.length && right !== void 0) result = [left, right];
	}
	return result;
};
// node_modules/brace-expansion/dist/esm/index.js
const escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
const escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
const escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
const escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
const escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
const escSlashPattern = new RegExp(escSlash, "g");
const escOpenPattern = new RegExp(escOpen, "g");
const escClosePattern = new RegExp(escClose, "g");
const escCommaPattern = new RegExp(escComma, "g");
const escPeriodPattern = new RegExp(escPeriod, "g");
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 1e5;
const EXPANSION_MAX_LENGTH = 4e6;
const EXPANSION_MAX_DEPTH = 1e3;
const EXPANSION_MAX_REWRITES = 1e3;
const EXPANSION_MAX_STEPS = 2e7;
const CALL_STEPS = 16;
function numeric(str) {
	return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
	return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
	return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
	for (let i = 0; i < items.length; i++) target.push(items[i]);
}
function balancedWithBudget(str, masked, budget) {
	if (budget.remaining < 0) return;
	const r = range("{", "}", masked);
	const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
	budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
	if (!r || budget.remaining < 0) return;
	return {
		end: r[1],
		pre: str.slice(0, r[0]),
		body: str.slice(r[0] + 1, r[1]),
		post: str.slice(r[1] + 1),
		unmatched
	};
}
function maskUnmatchedOpens(masked, budget) {
	budget.remaining -= masked.length;
	const open = [];
	for (let i = 0; i < masked.length; i++) {
		const c = masked.charCodeAt(i);
		if (c === 123) open.push(i);
		else if (c === 125 && open.length) open.pop();
	}
	let out = "";
	let last = 0;
	for (let i = 0; i < open.length; i++) {
		const at = open[i];
		out += masked.slice(last, at) + "\0";
		last = at + 1;
	}
	return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
	budget.remaining -= str.length;
	if (budget.remaining < 0) return false;
	let close = false;
	for (let i = str.length - 1; i >= 0; i--) {
		const c = str.charCodeAt(i);
		if (c === 125) close = true;
		else if (c === 10 || c === 13 || c === 8232 || c === 8233) close = false;
		else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) return true;
	}
	return false;
}
/**
* Basically just str.split(","), but handling cases
* where we have nested braced sections, which should be
* treated as individual members, like {a,{b,c},d}
*
* Returns `undefined` if the step budget runs out before the whole set is
* split, since splitting what is left on every comma would tear apart the
* nested sets it still holds.
*/
function parseCommaParts(str, budget) {
	const parts = [];
	let carry = "";
	for (;;) {
		const m = balancedWithBudget(str, str, budget);
		if (budget.remaining < 0) return;
		if (!m) {
			const tail = str.split(",");
			tail[0] = carry + tail[0];
			pushAll(parts, tail);
			return parts;
		}
		const { pre, body, post } = m;
		const p = pre.split(",");
		p[0] = carry + p[0];
		p[p.length - 1] += "{" + body + "}";
		if (!post.length) {
			pushAll(parts, p);
			return parts;
		}
		carry = p.pop();
		pushAll(parts, p);
		str = post;
	}
}
function bound(value, fallback) {
	return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
	if (!str) return [];
	const max = bound(options.max, EXPANSION_MAX);
	const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
	const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
	const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
	const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
	if (str.slice(0, 2) === "{}") str = "\\{\\}" + str.slice(2);
	return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
	return "{" + str + "}";
}
function isPadded(el) {
	return /^-?0\d/.test(el);
}
function lte(i, y) {
	return i <= y;
}
function gte(i, y) {
	return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
	const out = [];
	let length = 0;
	let nonEmpty;
	outer: for (let a = 0; a < acc.length; a++) {
		const prefix = acc[a] + pre;
		let vs = values;
		if (dropEmpties && !prefix) {
			if (!nonEmpty) nonEmpty = values.filter((v) => v);
			vs = nonEmpty;
		}
		for (let v = 0; v < vs.length; v++) {
			if (out.length >= max) break outer;
			const expansion = prefix + vs[v];
			if (length + expansion.length > maxLength) break outer;
			out.push(expansion);
			length += expansion.length;
		}
	}
	budget.remaining -= out.length;
	return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
	const n = body.split(/\.\./);
	const N = [];
	/* c8 ignore start */
	if (n[0] === void 0 || n[1] === void 0) return N;
	/* c8 ignore stop */
	const x = numeric(n[0]);
	const y = numeric(n[1]);
	const width = Math.max(n[0].length, n[1].length);
	let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
	let test = lte;
	if (y < x) {
		incr *= -1;
		test = gte;
	}
	const pad = n.some(isPadded);
	const cost = pad ? width : 1;
	let length = 0;
	for (let i = x; test(i, y) && N.length < max; i += incr) {
		budget.remaining -= cost;
		if (budget.remaining < 0) return;
		let c;
		if (isAlphaSequence) {
			c = String.fromCharCode(i);
			if (c === "\\") c = "";
		} else {
			c = String(i);
			if (pad) {
				const need = width - c.length;
				if (need > 0) {
					const z = new Array(need + 1).join("0");
					if (i < 0) c = "-" + z + c.slice(1);
					else c = z + c;
				}
			}
		}
		if (length + c.length > maxLength) break;
		N.push(c);
		length += c.length;
	}
	return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
	budget.remaining -= CALL_STEPS;
	if (depth > maxDepth) return [str];
	let acc = [""];
	let rewrites = 0;
	let dropEmpties = false;
	let firstGroup = true;
	let masked = str;
	for (;;) {
		const m = balancedWithBudget(str, masked, budget);
		if (!m) return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
		if (m.unmatched) masked = maskUnmatchedOpens(masked, budget);
		const pre = m.pre;
		const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
		if (/\$$/.test(pre)) {
			acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
			firstGroup = false;
			if (!m.post.length) break;
			str = m.post;
			masked = masked.slice(m.end + 1);
			continue;
		}
		const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
		const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
		const isSequence = isNumericSequence || isAlphaSequence;
		const isOptions = m.body.indexOf(",") >= 0;
		if (!isSequence && !isOptions) {
			if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
				rewrites++;
				str = m.pre + "{" + m.body + escClose + m.post;
				masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
				isTop = true;
				continue;
			}
			return literal();
		}
		if (firstGroup) {
			dropEmpties = isTop && !isSequence;
			firstGroup = false;
		}
		let values;
		if (isSequence) {
			values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
			if (!values) return literal();
		} else {
			let n = parseCommaParts(m.body, budget);
			if (!n) return literal();
			if (n.length === 1 && n[0] !== void 0) {
				n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
				if (budget.remaining < 0) return literal();
				/* c8 ignore start */
				if (n.length === 1) {
					const next = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
					if (budget.remaining < 0) return literal();
					acc = next;
					if (!m.post.length) break;
					str = m.post;
					masked = masked.slice(m.end + 1);
					continue;
				}
			}
			let dropsEmpties = dropEmpties && !m.post.length && !pre;
			for (let d = 0; dropsEmpties && d < acc.length; d++) if (acc[d]) dropsEmpties = false;
			values = [];
			let valuesLength = 0;
			outer: for (let j = 0; j < n.length; j++) {
				const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
				if (budget.remaining < 0) return literal();
				for (let k = 0; k < expanded.length; k++) {
					const v = expanded[k];
					if (dropsEmpties && !v) continue;
					if (values.length >= max || valuesLength + v.length > maxLength) break outer;
					values.push(v);
					valuesLength += v.length;
				}
			}
		}
		const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
		if (budget.remaining < 0) return literal();
		acc = next;
		if (!m.post.length) break;
		str = m.post;
		masked = masked.slice(m.end + 1);
	}
	return acc;
}
// node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 65536;
const assertValidPattern = (pattern) => {
	if (typeof pattern !== "string") throw new TypeError("invalid pattern");
	if (pattern.length > MAX_PATTERN_LENGTH) throw new TypeError("pattern is too long");
};
// node_modules/minimatch/dist/esm/brace-expressions.js
const posixClasses = {
	"[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
	"[:alpha:]": ["\\p{L}\\p{Nl}", true],
	"[:ascii:]": ["\\x00-\\x7f", false],
	"[:blank:]": ["\\p{Zs}\\t", true],
	"[:cntrl:]": ["\\p{Cc}", true],
	"[:digit:]": ["\\p{Nd}", true],
	"[:graph:]": [
		"\\p{Z}\\p{C}",
		true,
		true
	],
	"[:lower:]": ["\\p{Ll}", true],
	"[:print:]": ["\\p{C}", true],
	"[:punct:]": ["\\p{P}", true],
	"[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
	"[:upper:]": ["\\p{Lu}", true],
	"[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
	"[:xdigit:]": ["A-Fa-f0-9", false]
};
const braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
const rangesToString = (ranges) => ranges.join("");
const parseClass = (glob, position) => {
	const pos = position;
	/* c8 ignore start */
	if (glob.charAt(pos) !== "[") throw new Error("not in a brace expression");
	/* c8 ignore stop */
	const ranges = [];
	const negs = [];
	let i = pos + 1;
	let sawStart = false;
	let uflag = false;
	let escaping = false;
	let negate = false;
	let endPos = pos;
	let rangeStart = "";
	WHILE: while (i < glob.length) {
		const c = glob.charAt(i);
		if ((c === "!" || c === "^") && i === pos + 1) {
			negate = true;
			i++;
			continue;
		}
		if (c === "]" && sawStart && !escaping) {
			endPos = i + 1;
			break;
		}
		sawStart = true;
		if (c === "\\") {
			if (!escaping) {
				escaping = true;
				i++;
				continue;
			}
		}
		if (c === "[" && !escaping) {
			for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) if (glob.startsWith(cls, i)) {
				if (rangeStart) return [
					"$.",
					false,
					glob.length - pos,
					true
				];
				i += cls.length;
				if (neg) negs.push(unip);
				else ranges.push(unip);
				uflag = uflag || u;
				continue WHILE;
			}
		}
		escaping = false;
		if (rangeStart) {
			if (c > rangeStart) ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
			else if (c === rangeStart) ranges.push(braceEscape(c));
			rangeStart = "";
			i++;
			continue;
		}
		if (glob.startsWith("-]", i + 1)) {
			ranges.push(braceEscape(c + "-"));
			i += 2;
			continue;
		}
		if (glob.startsWith("-", i + 1)) {
			rangeStart = c;
			i += 2;
			continue;
		}
		ranges.push(braceEscape(c));
		i++;
	}
	if (endPos < i) return [
		"",
		false,
		0,
		false
	];
	if (!ranges.length && !negs.length) return [
		"$.",
		false,
		glob.length - pos,
		true
	];
	if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
		const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
		return [
			regexpEscape(r),
			false,
			endPos - pos,
			false
		];
	}
	const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
	const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
	return [
		ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs,
		uflag,
		endPos - pos,
		true
	];
};
// node_modules/minimatch/dist/esm/unescape.js
/**
* Un-escape a string that has been escaped with {@link escape}.
*
* If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
* square-bracket escapes are removed, but not backslash escapes.
*
* For example, it will turn the string `'[*]'` into `*`, but it will not
* turn `'\\*'` into `'*'`, because `\` is a path separator in
* `windowsPathsNoEscape` mode.
*
* When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
* backslash escapes are removed.
*
* Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
* or unescaped.
*
* When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
* unescaped.
*/
const unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
	if (magicalBraces) return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
	return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};
// node_modules/minimatch/dist/esm/ast.js
var _a;
const types = /* @__PURE__ */ new Set([
	"!",
	"?",
	"+",
	"*",
	"@"
]);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
const adoptionMap = /* @__PURE__ */ new Map([
	["!", ["@"]],
	["?", ["?", "@"]],
	["@", ["@"]],
	["*", [
		"*",
		"+",
		"?",
		"@"
	]],
	["+", ["+", "@"]]
]);
const adoptionWithSpaceMap = /* @__PURE__ */ new Map([
	["!", ["?"]],
	["@", ["?"]],
	["+", ["?", "*"]]
]);
const adoptionAnyMap = /* @__PURE__ */ new Map([
	["!", ["?", "@"]],
	["?", ["?", "@"]],
	["@", ["?", "@"]],
	["*", [
		"*",
		"+",
		"?",
		"@"
	]],
	["+", [
		"+",
		"@",
		"?",
		"*"
	]]
]);
const usurpMap = /* @__PURE__ */ new Map([
	["!", /* @__PURE__ */ new Map([["!", "@"]])],
	["?", /* @__PURE__ */ new Map([["*", "*"], ["+", "*"]])],
	["@", /* @__PURE__ */ new Map([
		["!", "!"],
		["?", "?"],
		["@", "@"],
		["*", "*"],
		["+", "+"]
	])],
	["+", /* @__PURE__ */ new Map([["?", "*"], ["*", "*"]])]
]);
const startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
const startNoDot = "(?!\\.)";
const addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
const justDots = /* @__PURE__ */ new Set(["..", "."]);
const reSpecials = /* @__PURE__ */ new Set("().*{}+?[]^$\\!");
const regExpEscape$1 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
const qmark = "[^/]";
const star$1 = "[^/]*?";
const starNoEmpty = "[^/]+?";
let ID = 0;
var AST = class {
	type;
	#root;
	#hasMagic;
	#uflag = false;
	#parts = [];
	#parent;
	#parentIndex;
	#negs;
	#filledNegs = false;
	#options;
	#toString;
	#emptyExt = false;
	id = ++ID;
	get depth() {
		return (this.#parent?.depth ?? -1) + 1;
	}
	[Symbol.for("nodejs.util.inspect.custom")]() {
		return {
			"@@type": "AST",
			id: this.id,
			type: this.type,
			root: this.#root.id,
			parent: this.#parent?.id,
			depth: this.depth,
			partsLength: this.#parts.length,
			parts: this.#parts
		};
	}
	constructor(type, parent, options = {}) {
		this.type = type;
		if (type) this.#hasMagic = true;
		this.#parent = parent;
		this.#root = this.#parent ? this.#parent.#root : this;
		this.#options = this.#root === this ? options : this.#root.#options;
		this.#negs = this.#root === this ? [] : this.#root.#negs;
		if (type === "!" && !this.#root.#filledNegs) this.#negs.push(this);
		this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
	}
	get hasMagic() {
		/* c8 ignore start */
		if (this.#hasMagic !== void 0) return this.#hasMagic;
		/* c8 ignore stop */
		for (const p of this.#parts) {
			if (typeof p === "string") continue;
			if (p.type || p.hasMagic) return this.#hasMagic = true;
		}
		return this.#hasMagic;
	}
	toString() {
		return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
	}
	#fillNegs() {
		/* c8 ignore start */
		if (this !== this.#root) throw new Error("should only call on root");
		if (this.#filledNegs) return this;
		/* c8 ignore stop */
		this.toString();
		this.#filledNegs = true;
		let n;
		while (n = this.#negs.pop()) {
			if (n.type !== "!") continue;
			let p = n;
			let pp = p.#parent;
			while (pp) {
				for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) for (const part of n.#parts) {
					/* c8 ignore start */
					if (typeof part === "string") throw new Error("string part in extglob AST??");
					/* c8 ignore stop */
					part.copyIn(pp.#parts[i]);
				}
				p = pp;
				pp = p.#parent;
			}
		}
		return this;
	}
	push(...parts) {
		for (const p of parts) {
			if (p === "") continue;
			/* c8 ignore start */
			if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) throw new Error("invalid part: " + p);
			/* c8 ignore stop */
			this.#parts.push(p);
		}
	}
	toJSON() {
		const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
		if (this.isStart() && !this.type) ret.unshift([]);
		if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) ret.push({});
		return ret;
	}
	isStart() {
		if (this.#root === this) return true;
		if (!this.#parent?.isStart()) return false;
		if (this.#parentIndex === 0) return true;
		const p = this.#parent;
		for (let i = 0; i < this.#parentIndex; i++) {
			const pp = p.#parts[i];
			if (!(pp instanceof _a && pp.type === "!")) return false;
		}
		return true;
	}
	isEnd() {
		if (this.#root === this) return true;
		if (this.#parent?.type === "!") return true;
		if (!this.#parent?.isEnd()) return false;
		if (!this.type) return this.#parent?.isEnd();
		/* c8 ignore start */
		const pl = this.#parent ? this.#parent.#parts.length : 0;
		/* c8 ignore stop */
		return this.#parentIndex === pl - 1;
	}
	copyIn(part) {
		if (typeof part === "string") this.push(part);
		else this.push(part.clone(this));
	}
	clone(parent) {
		const c = new _a(this.type, parent);
		for (const p of this.#parts) c.copyIn(p);
		return c;
	}
	static #parseAST(str, ast, pos, opt, extDepth) {
		const maxDepth = opt.maxExtglobRecursion ?? 2;
		let escaping = false;
		let inBrace = false;
		let braceStart = -1;
		let braceNeg = false;
		if (ast.type === null) {
			let i = pos;
			let acc = "";
			while (i < str.length) {
				const c = str.charAt(i++);
				if (escaping || c === "\\") {
					escaping = !escaping;
					acc += c;
					continue;
				}
				if (inBrace) {
					if (i === braceStart + 1) {
						if (c === "^" || c === "!") braceNeg = true;
					} else if (c === "]" && !(i === braceStart + 2 && braceNeg)) inBrace = false;
					acc += c;
					continue;
				} else if (c === "[") {
					inBrace = true;
					braceStart = i;
					braceNeg = false;
					acc += c;
					continue;
				}
				if (!opt.noext && isExtglobType(c) && str.charAt(i) === "(" && extDepth <= maxDepth) {
					ast.push(acc);
					acc = "";
					const ext = new _a(c, ast);
					i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
					ast.push(ext);
					continue;
				}
				acc += c;
			}
			ast.push(acc);
			return i;
		}
		let i = pos + 1;
		let part = new _a(null, ast);
		const parts = [];
		let acc = "";
		while (i < str.length) {
			const c = str.charAt(i++);
			if (escaping || c === "\\") {
				escaping = !escaping;
				acc += c;
				continue;
			}
			if (inBrace) {
				if (i === braceStart + 1) {
					if (c === "^" || c === "!") braceNeg = true;
				} else if (c === "]" && !(i === braceStart + 2 && braceNeg)) inBrace = false;
				acc += c;
				continue;
			} else if (c === "[") {
				inBrace = true;
				braceStart = i;
				braceNeg = false;
				acc += c;
				continue;
			}
			/* c8 ignore stop */
			if (!opt.noext && isExtglobType(c) && str.charAt(i) === "(" && (extDepth <= maxDepth || ast && ast.#canAdoptType(c))) {
				const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
				part.push(acc);
				acc = "";
				const ext = new _a(c, part);
				part.push(ext);
				i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
				continue;
			}
			if (c === "|") {
				part.push(acc);
				acc = "";
				parts.push(part);
				part = new _a(null, ast);
				continue;
			}
			if (c === ")") {
				if (acc === "" && ast.#parts.length === 0) ast.#emptyExt = true;
				part.push(acc);
				acc = "";
				ast.push(...parts, part);
				return i;
			}
			acc += c;
		}
		ast.type = null;
		ast.#hasMagic = void 0;
		ast.#parts = [str.substring(pos - 1)];
		return i;
	}
	#canAdoptWithSpace(child) {
		return this.#canAdopt(child, adoptionWithSpaceMap);
	}
	#canAdopt(child, map = adoptionMap) {
		if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) return false;
		const gc = child.#parts[0];
		if (!gc || typeof gc !== "object" || gc.type === null) return false;
		return this.#canAdoptType(gc.type, map);
	}
	#canAdoptType(c, map = adoptionAnyMap) {
		return !!map.get(this.type)?.includes(c);
	}
	#adoptWithSpace(child, index) {
		const gc = child.#parts[0];
		const blank = new _a(null, gc, this.options);
		blank.#parts.push("");
		gc.push(blank);
		this.#adopt(child, index);
	}
	#adopt(child, index) {
		const gc = child.#parts[0];
		this.#parts.splice(index, 1, ...gc.#parts);
		for (const p of gc.#parts) if (typeof p === "object") p.#parent = this;
		this.#toString = void 0;
	}
	#canUsurpType(c) {
		return !!usurpMap.get(this.type)?.has(c);
	}
	#canUsurp(child) {
		if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) return false;
		const gc = child.#parts[0];
		if (!gc || typeof gc !== "object" || gc.type === null) return false;
		return this.#canUsurpType(gc.type);
	}
	#usurp(child) {
		const m = usurpMap.get(this.type);
		const gc = child.#parts[0];
		const nt = m?.get(gc.type);
		/* c8 ignore start - impossible */
		if (!nt) return false;
		/* c8 ignore stop */
		this.#parts = gc.#parts;
		for (const p of this.#parts) if (typeof p === "object") p.#parent = this;
		this.type = nt;
		this.#toString = void 0;
		this.#emptyExt = false;
	}
	static fromGlob(pattern, options = {}) {
		const ast = new _a(null, void 0, options);
		_a.#parseAST(pattern, ast, 0, options, 0);
		return ast;
	}
	toMMPattern() {
		/* c8 ignore start */
		if (this !== this.#root) return this.#root.toMMPattern();
		/* c8 ignore stop */
		const glob = this.toString();
		const [re, body, hasMagic, uflag] = this.toRegExpSource();
		if (!(hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase())) return body;
		const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
		return Object.assign(new RegExp(`^${re}$`, flags), {
			_src: re,
			_glob: glob
		});
	}
	get options() {
		return this.#options;
	}
	toRegExpSource(allowDot) {
		const dot = allowDot ?? !!this.#options.dot;
		if (this.#root === this) {
			this.#flatten();
			this.#fillNegs();
		}
		if (!isExtglobAST(this)) {
			const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
			const src = this.#parts.map((p) => {
				const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
				this.#hasMagic = this.#hasMagic || hasMagic;
				this.#uflag = this.#uflag || uflag;
				return re;
			}).join("");
			let start = "";
			if (this.isStart()) {
				if (typeof this.#parts[0] === "string") {
					if (!(this.#parts.length === 1 && justDots.has(this.#parts[0]))) {
						const aps = addPatternStart;
						const needNoTrav = dot && aps.has(src.charAt(0)) || src.startsWith("\\.") && aps.has(src.charAt(2)) || src.startsWith("\\.\\.") && aps.has(src.charAt(4));
						const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
						start = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
					}
				}
			}
			let end = "";
			if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") end = "(?:$|\\/)";
			return [
				start + src + end,
				unescape(src),
				this.#hasMagic = !!this.#hasMagic,
				this.#uflag
			];
		}
		const repeated = this.type === "*" || this.type === "+";
		const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
		let body = this.#partsToRegExp(dot);
		if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
			const s = this.toString();
			const me = this;
			me.#parts = [s];
			me.type = null;
			me.#hasMagic = void 0;
			return [
				s,
				unescape(this.toString()),
				false,
				false
			];
		}
		let bodyDotAllowed = !repeated || allowDot || dot || false ? "" : this.#partsToRegExp(true);
		if (bodyDotAllowed === body) bodyDotAllowed = "";
		if (bodyDotAllowed) body = `(?:${body})(?:${bodyDotAllowed})*?`;
		let final = "";
		if (this.type === "!" && this.#emptyExt) final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
		else {
			const close = this.type === "!" ? "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + "[^/]*?)" : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
			final = start + body + close;
		}
		return [
			final,
			unescape(body),
			this.#hasMagic = !!this.#hasMagic,
			this.#uflag
		];
	}
	#flatten() {
		if (!isExtglobAST(this)) {
			for (const p of this.#parts) if (typeof p === "object") p.#flatten();
		} else {
			let iterations = 0;
			let done = false;
			do {
				done = true;
				for (let i = 0; i < this.#parts.length; i++) {
					const c = this.#parts[i];
					if (typeof c === "object") {
						c.#flatten();
						if (this.#canAdopt(c)) {
							done = false;
							this.#adopt(c, i);
						} else if (this.#canAdoptWithSpace(c)) {
							done = false;
							this.#adoptWithSpace(c, i);
						} else if (this.#canUsurp(c)) {
							done = false;
							this.#usurp(c);
						}
					}
				}
			} while (!done && ++iterations < 10);
		}
		this.#toString = void 0;
	}
	#partsToRegExp(dot) {
		return this.#parts.map((p) => {
			/* c8 ignore start */
			if (typeof p === "string") throw new Error("string type in extglob ast??");
			/* c8 ignore stop */
			const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
			this.#uflag = this.#uflag || uflag;
			return re;
		}).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
	}
	static #parseGlob(glob, hasMagic, noEmpty = false) {
		let escaping = false;
		let re = "";
		let uflag = false;
		let inStar = false;
		for (let i = 0; i < glob.length; i++) {
			const c = glob.charAt(i);
			if (escaping) {
				escaping = false;
				re += (reSpecials.has(c) ? "\\" : "") + c;
				continue;
			}
			if (c === "*") {
				if (inStar) continue;
				inStar = true;
				re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star$1;
				hasMagic = true;
				continue;
			} else inStar = false;
			if (c === "\\") {
				if (i === glob.length - 1) re += "\\\\";
				else escaping = true;
				continue;
			}
			if (c === "[") {
				const [src, needUflag, consumed, magic] = parseClass(glob, i);
				if (consumed) {
					re += src;
					uflag = uflag || needUflag;
					i += consumed - 1;
					hasMagic = hasMagic || magic;
					continue;
				}
			}
			if (c === "?") {
				re += qmark;
				hasMagic = true;
				continue;
			}
			re += regExpEscape$1(c);
		}
		return [
			re,
			unescape(glob),
			!!hasMagic,
			uflag
		];
	}
};
_a = AST;
// node_modules/minimatch/dist/esm/escape.js
/**
* Escape all magic characters in a glob pattern.
*
* If the {@link MinimatchOptions.windowsPathsNoEscape}
* option is used, then characters are escaped by wrapping in `[]`, because
* a magic character wrapped in a character class can only be satisfied by
* that exact character.  In this mode, `\` is _not_ escaped, because it is
* not interpreted as a magic character, but instead as a path separator.
*
* If the {@link MinimatchOptions.magicalBraces} option is used,
* then braces (`{` and `}`) will be escaped.
*/
const escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
	if (magicalBraces) return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
	return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};
// node_modules/minimatch/dist/esm/index.js
const minimatch = (p, pattern, options = {}) => {
	assertValidPattern(pattern);
	if (!options.nocomment && pattern.charAt(0) === "#") return false;
	return new Minimatch(pattern, options).match(p);
};
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith(".") && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
	ext = ext.toLowerCase();
	return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
	ext = ext.toLowerCase();
	return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
const starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith(".");
const starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = ""]) => {
	const noext = qmarksTestNoExt([$0]);
	if (!ext) return noext;
	ext = ext.toLowerCase();
	return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = ""]) => {
	const noext = qmarksTestNoExtDot([$0]);
	if (!ext) return noext;
	ext = ext.toLowerCase();
	return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = ""]) => {
	const noext = qmarksTestNoExtDot([$0]);
	return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = ""]) => {
	const noext = qmarksTestNoExt([$0]);
	return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
	const len = $0.length;
	return (f) => f.length === len && !f.startsWith(".");
};
const qmarksTestNoExtDot = ([$0]) => {
	const len = $0.length;
	return (f) => f.length === len && f !== "." && f !== "..";
};
/* c8 ignore start */
const defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
const path = {
	win32: { sep: "\\" },
	posix: { sep: "/" }
};
minimatch.sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
const GLOBSTAR = Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
const star = "[^/]*?";
const twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
const twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
	if (!def || typeof def !== "object" || !Object.keys(def).length) return minimatch;
	const orig = minimatch;
	const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
	return Object.assign(m, {
		Minimatch: class Minimatch extends orig.Minimatch {
			constructor(pattern, options = {}) {
				super(pattern, ext(def, options));
			}
			static defaults(options) {
				return orig.defaults(ext(def, options)).Minimatch;
			}
		},
		AST: class AST extends orig.AST {
			/* c8 ignore start */
			constructor(type, parent, options = {}) {
				super(type, parent, ext(def, options));
			}
			/* c8 ignore stop */
			static fromGlob(pattern, options = {}) {
				return orig.AST.fromGlob(pattern, ext(def, options));
			}
		},
		unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
		escape: (s, options = {}) => orig.escape(s, ext(def, options)),
		filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
		defaults: (options) => orig.defaults(ext(def, options)),
		makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
		braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
		match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
		sep: orig.sep,
		GLOBSTAR
	});
};
minimatch.defaults = defaults;
const braceExpand = (pattern, options = {}) => {
	assertValidPattern(pattern);
	if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) return [pattern];
	return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
	const mm = new Minimatch(pattern, options);
	list = list.filter((f) => mm.match(f));
	if (mm.options.nonull && !list.length) list.push(pattern);
	return list;
};
minimatch.match = match;
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
	options;
	set;
	pattern;
	windowsPathsNoEscape;
	nonegate;
	negate;
	comment;
	empty;
	preserveMultipleSlashes;
	partial;
	globSet;
	globParts;
	nocase;
	isWindows;
	platform;
	windowsNoMagicRoot;
	maxGlobstarRecursion;
	regexp;
	constructor(pattern, options = {}) {
		assertValidPattern(pattern);
		options = options || {};
		this.options = options;
		this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
		this.pattern = pattern;
		this.platform = options.platform || defaultPlatform;
		this.isWindows = this.platform === "win32";
		const awe = "allowWindowsEscape";
		this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
		if (this.windowsPathsNoEscape) this.pattern = this.pattern.replace(/\\/g, "/");
		this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
		this.regexp = null;
		this.negate = false;
		this.nonegate = !!options.nonegate;
		this.comment = false;
		this.empty = false;
		this.partial = !!options.partial;
		this.nocase = !!this.options.nocase;
		this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
		this.globSet = [];
		this.globParts = [];
		this.set = [];
		this.make();
	}
	hasMagic() {
		if (this.options.magicalBraces && this.set.length > 1) return true;
		for (const pattern of this.set) for (const part of pattern) if (typeof part !== "string") return true;
		return false;
	}
	debug(..._) {}
	make() {
		const pattern = this.pattern;
		const options = this.options;
		if (!options.nocomment && pattern.charAt(0) === "#") {
			this.comment = true;
			return;
		}
		if (!pattern) {
			this.empty = true;
			return;
		}
		this.parseNegate();
		this.globSet = [...new Set(this.braceExpand())];
		if (options.debug) this.debug = (...args) => console.error(...args);
		this.debug(this.pattern, this.globSet);
		const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
		this.globParts = this.preprocess(rawGlobParts);
		this.debug(this.pattern, this.globParts);
		let set = this.globParts.map((s, _, __) => {
			if (this.isWindows && this.windowsNoMagicRoot) {
				const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
				const isDrive = /^[a-z]:/i.test(s[0]);
				if (isUNC) return [...s.slice(0, 4), ...s.slice(4).map((ss) => this.parse(ss))];
				else if (isDrive) return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
			}
			return s.map((ss) => this.parse(ss));
		});
		this.debug(this.pattern, set);
		this.set = set.filter((s) => s.indexOf(false) === -1);
		if (this.isWindows) for (let i = 0; i < this.set.length; i++) {
			const p = this.set[i];
			if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) p[2] = "?";
		}
		this.debug(this.pattern, this.set);
	}
	preprocess(globParts) {
		if (this.options.noglobstar) {
			for (const partset of globParts) for (let j = 0; j < partset.length; j++) if (partset[j] === "**") partset[j] = "*";
		}
		const { optimizationLevel = 1 } = this.options;
		if (optimizationLevel >= 2) {
			globParts = this.firstPhasePreProcess(globParts);
			globParts = this.secondPhasePreProcess(globParts);
		} else if (optimizationLevel >= 1) globParts = this.levelOneOptimize(globParts);
		else globParts = this.adjascentGlobstarOptimize(globParts);
		return globParts;
	}
	adjascentGlobstarOptimize(globParts) {
		return globParts.map((parts) => {
			let gs = -1;
			while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
				let i = gs;
				while (parts[i + 1] === "**") i++;
				if (i !== gs) parts.splice(gs, i - gs);
			}
			return parts;
		});
	}
	levelOneOptimize(globParts) {
		return globParts.map((parts) => {
			parts = parts.reduce((set, part) => {
				const prev = set[set.length - 1];
				if (part === "**" && prev === "**") return set;
				if (part === "..") {
					if (prev && prev !== ".." && prev !== "." && prev !== "**") {
						set.pop();
						return set;
					}
				}
				set.push(part);
				return set;
			}, []);
			return parts.length === 0 ? [""] : parts;
		});
	}
	levelTwoFileOptimize(parts) {
		if (!Array.isArray(parts)) parts = this.slashSplit(parts);
		let didSomething = false;
		do {
			didSomething = false;
			if (!this.preserveMultipleSlashes) {
				for (let i = 1; i < parts.length - 1; i++) {
					const p = parts[i];
					if (i === 1 && p === "" && parts[0] === "") continue;
					if (p === "." || p === "") {
						didSomething = true;
						parts.splice(i, 1);
						i--;
					}
				}
				if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
					didSomething = true;
					parts.pop();
				}
			}
			let dd = 0;
			while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
				const p = parts[dd - 1];
				if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
					didSomething = true;
					parts.splice(dd - 1, 2);
					dd -= 2;
				}
			}
		} while (didSomething);
		return parts.length === 0 ? [""] : parts;
	}
	firstPhasePreProcess(globParts) {
		let didSomething = false;
		do {
			didSomething = false;
			for (let parts of globParts) {
				let gs = -1;
				while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
					let gss = gs;
					while (parts[gss + 1] === "**") gss++;
					if (gss > gs) parts.splice(gs + 1, gss - gs);
					let next = parts[gs + 1];
					const p = parts[gs + 2];
					const p2 = parts[gs + 3];
					if (next !== "..") continue;
					if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") continue;
					didSomething = true;
					parts.splice(gs, 1);
					const other = parts.slice(0);
					other[gs] = "**";
					globParts.push(other);
					gs--;
				}
				if (!this.preserveMultipleSlashes) {
					for (let i = 1; i < parts.length - 1; i++) {
						const p = parts[i];
						if (i === 1 && p === "" && parts[0] === "") continue;
						if (p === "." || p === "") {
							didSomething = true;
							parts.splice(i, 1);
							i--;
						}
					}
					if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
						didSomething = true;
						parts.pop();
					}
				}
				let dd = 0;
				while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
					const p = parts[dd - 1];
					if (p && p !== "." && p !== ".." && p !== "**") {
						didSomething = true;
						const splin = dd === 1 && parts[dd + 1] === "**" ? ["."] : [];
						parts.splice(dd - 1, 2, ...splin);
						if (parts.length === 0) parts.push("");
						dd -= 2;
					}
				}
			}
		} while (didSomething);
		return globParts;
	}
	secondPhasePreProcess(globParts) {
		for (let i = 0; i < globParts.length - 1; i++) for (let j = i + 1; j < globParts.length; j++) {
			const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
			if (matched) {
				globParts[i] = [];
				globParts[j] = matched;
				break;
			}
		}
		return globParts.filter((gs) => gs.length);
	}
	partsMatch(a, b, emptyGSMatch = false) {
		let ai = 0;
		let bi = 0;
		let result = [];
		let which = "";
		while (ai < a.length && bi < b.length) if (a[ai] === b[bi]) {
			result.push(which === "b" ? b[bi] : a[ai]);
			ai++;
			bi++;
		} else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
			result.push(a[ai]);
			ai++;
		} else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
			result.push(b[bi]);
			bi++;
		} else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
			if (which === "b") return false;
			which = "a";
			result.push(a[ai]);
			ai++;
			bi++;
		} else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
			if (which === "a") return false;
			which = "b";
			result.push(b[bi]);
			ai++;
			bi++;
		} else return false;
		return a.length === b.length && result;
	}
	parseNegate() {
		if (this.nonegate) return;
		const pattern = this.pattern;
		let negate = false;
		let negateOffset = 0;
		for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
			negate = !negate;
			negateOffset++;
		}
		if (negateOffset) this.pattern = pattern.slice(negateOffset);
		this.negate = negate;
	}
	matchOne(file, pattern, partial = false) {
		let fileStartIndex = 0;
		let patternStartIndex = 0;
		if (this.isWindows) {
			const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
			const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
			const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
			const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
			const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
			const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
			if (typeof fdi === "number" && typeof pdi === "number") {
				const [fd, pd] = [file[fdi], pattern[pdi]];
				if (fd.toLowerCase() === pd.toLowerCase()) {
					pattern[pdi] = fd;
					patternStartIndex = pdi;
					fileStartIndex = fdi;
				}
			}
		}
		const { optimizationLevel = 1 } = this.options;
		if (optimizationLevel >= 2) file = this.levelTwoFileOptimize(file);
		if (pattern.includes(GLOBSTAR)) return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
		return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
	}
	#matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
		const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
		const lastgs = pattern.lastIndexOf(GLOBSTAR);
		const [head, body, tail] = partial ? [
			pattern.slice(patternIndex, firstgs),
			pattern.slice(firstgs + 1),
			[]
		] : [
			pattern.slice(patternIndex, firstgs),
			pattern.slice(firstgs + 1, lastgs),
			pattern.slice(lastgs + 1)
		];
		if (head.length) {
			const fileHead = file.slice(fileIndex, fileIndex + head.length);
			if (!this.#matchOne(fileHead, head, partial, 0, 0)) return false;
			fileIndex += head.length;
			patternIndex += head.length;
		}
		let fileTailMatch = 0;
		if (tail.length) {
			if (tail.length + fileIndex > file.length) return false;
			let tailStart = file.length - tail.length;
			if (this.#matchOne(file, tail, partial, tailStart, 0)) fileTailMatch = tail.length;
			else {
				if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) return false;
				tailStart--;
				if (!this.#matchOne(file, tail, partial, tailStart, 0)) return false;
				fileTailMatch = tail.length + 1;
			}
		}
		if (!body.length) {
			let sawSome = !!fileTailMatch;
			for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
				const f = String(file[i]);
				sawSome = true;
				if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) return false;
			}
			return partial || sawSome;
		}
		const bodySegments = [[[], 0]];
		let currentBody = bodySegments[0];
		let nonGsParts = 0;
		const nonGsPartsSums = [0];
		for (const b of body) if (b === GLOBSTAR) {
			nonGsPartsSums.push(nonGsParts);
			currentBody = [[], 0];
			bodySegments.push(currentBody);
		} else {
			currentBody[0].push(b);
			nonGsParts++;
		}
		let i = bodySegments.length - 1;
		const fileLength = file.length - fileTailMatch;
		for (const b of bodySegments) b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
		return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
	}
	#matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
		const bs = bodySegments[bodyIndex];
		if (!bs) {
			for (let i = fileIndex; i < file.length; i++) {
				sawTail = true;
				const f = file[i];
				if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) return false;
			}
			return sawTail;
		}
		const [body, after] = bs;
		while (fileIndex <= after) {
			if (this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0) && globStarDepth < this.maxGlobstarRecursion) {
				const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
				if (sub !== false) return sub;
			}
			const f = file[fileIndex];
			if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) return false;
			fileIndex++;
		}
		return partial || null;
	}
	#matchOne(file, pattern, partial, fileIndex, patternIndex) {
		let fi;
		let pi;
		let pl;
		let fl;
		for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
			this.debug("matchOne loop");
			let p = pattern[pi];
			let f = file[fi];
			this.debug(pattern, p, f);
			/* c8 ignore start */
			if (p === false || p === GLOBSTAR) return false;
			/* c8 ignore stop */
			let hit;
			if (typeof p === "string") {
				hit = f === p;
				this.debug("string match", p, f, hit);
			} else {
				hit = p.test(f);
				this.debug("pattern match", p, f, hit);
			}
			if (!hit) return false;
		}
		if (fi === fl && pi === pl) return true;
		else if (fi === fl) return partial;
		else if (pi === pl) return fi === fl - 1 && file[fi] === "";
		else throw new Error("wtf?");
		/* c8 ignore stop */
	}
	braceExpand() {
		return braceExpand(this.pattern, this.options);
	}
	parse(pattern) {
		assertValidPattern(pattern);
		const options = this.options;
		if (pattern === "**") return GLOBSTAR;
		if (pattern === "") return "";
		let m;
		let fastTest = null;
		if (m = pattern.match(starRE)) fastTest = options.dot ? starTestDot : starTest;
		else if (m = pattern.match(starDotExtRE)) fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
		else if (m = pattern.match(qmarksRE)) fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
		else if (m = pattern.match(starDotStarRE)) fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
		else if (m = pattern.match(dotStarRE)) fastTest = dotStarTest;
		const re = AST.fromGlob(pattern, this.options).toMMPattern();
		if (fastTest && typeof re === "object") Reflect.defineProperty(re, "test", { value: fastTest });
		return re;
	}
	makeRe() {
		if (this.regexp || this.regexp === false) return this.regexp;
		const set = this.set;
		if (!set.length) {
			this.regexp = false;
			return this.regexp;
		}
		const options = this.options;
		const twoStar = options.noglobstar ? star : options.dot ? twoStarDot : twoStarNoDot;
		const flags = new Set(options.nocase ? ["i"] : []);
		let re = set.map((pattern) => {
			const pp = pattern.map((p) => {
				if (p instanceof RegExp) for (const f of p.flags.split("")) flags.add(f);
				return typeof p === "string" ? regExpEscape(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
			});
			pp.forEach((p, i) => {
				const next = pp[i + 1];
				const prev = pp[i - 1];
				if (p !== GLOBSTAR || prev === GLOBSTAR) return;
				if (prev === void 0) {
					if (next !== void 0 && next !== GLOBSTAR) pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
					else pp[i] = twoStar;
				} else if (next === void 0) pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
				else if (next !== GLOBSTAR) {
					pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
					pp[i + 1] = GLOBSTAR;
				}
			});
			const filtered = pp.filter((p) => p !== GLOBSTAR);
			if (this.partial && filtered.length >= 1) {
				const prefixes = [];
				for (let i = 1; i <= filtered.length; i++) prefixes.push(filtered.slice(0, i).join("/"));
				return "(?:" + prefixes.join("|") + ")";
			}
			return filtered.join("/");
		}).join("|");
		const [open, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
		re = "^" + open + re + close + "$";
		if (this.partial) re = "^(?:\\/|" + open + re.slice(1, -1) + close + ")$";
		if (this.negate) re = "^(?!" + re + ").+$";
		try {
			this.regexp = new RegExp(re, [...flags].join(""));
		} catch {
			this.regexp = false;
		}
		/* c8 ignore stop */
		return this.regexp;
	}
	slashSplit(p) {
		if (this.preserveMultipleSlashes) return p.split("/");
		else if (this.isWindows && /^\/\/[^/]+/.test(p)) return ["", ...p.split(/\/+/)];
		else return p.split(/\/+/);
	}
	match(f, partial = this.partial) {
		this.debug("match", f, this.pattern);
		if (this.comment) return false;
		if (this.empty) return f === "";
		if (f === "/" && partial) return true;
		const options = this.options;
		if (this.isWindows) f = f.split("\\").join("/");
		const ff = this.slashSplit(f);
		this.debug(this.pattern, "split", ff);
		const set = this.set;
		this.debug(this.pattern, "set", set);
		let filename = ff[ff.length - 1];
		if (!filename) for (let i = ff.length - 2; !filename && i >= 0; i--) filename = ff[i];
		for (const pattern of set) {
			let file = ff;
			if (options.matchBase && pattern.length === 1) file = [filename];
			if (this.matchOne(file, pattern, partial)) {
				if (options.flipNegate) return true;
				return !this.negate;
			}
		}
		if (options.flipNegate) return false;
		return this.negate;
	}
	static defaults(def) {
		return minimatch.defaults(def).Minimatch;
	}
};
/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;
// packages/config/lib/forbidden-categories.js
/**
* The built-in forbidden categories (spec §4 NOT-authorized scope, contracts.md),
* built from the file names the ecosystems and tools themselves use. Globs are
* matched case-insensitively and include dotfiles; `words` are matched as whole
* words of a path's folder and file names (see forbidden.ts). The README of
* actions/manifest-scope lists them (generated: `npm run docs`).
*/
const BUILT_IN_FORBIDDEN = [
	{
		id: "ci-definitions",
		reason: "CI definitions and the automation that builds, checks or merges code are platform-team-only (spec §4)",
		patterns: [
			".github/workflows/**",
			".github/actions/**",
			".github/workflow-templates/**",
			".github/dependabot.{yml,yaml}",
			".github/settings.{yml,yaml}",
			".gitea/workflows/**",
			".gitea/actions/**",
			".forgejo/workflows/**",
			".forgejo/actions/**",
			"**/.gitlab-ci.{yml,yaml}",
			"**/*.gitlab-ci.{yml,yaml}",
			".gitlab/ci/**",
			".gitlab/agents/**",
			"**/Jenkinsfile",
			"**/Jenkinsfile.*",
			"**/Jenkinsfile-*",
			"**/Jenkinsfile_*",
			"**/*.Jenkinsfile",
			".jenkins/**",
			"jenkins/**",
			"**/azure-pipelines*.{yml,yaml}",
			".azure-pipelines/**",
			".azuredevops/**",
			".pipelines/**",
			".circleci/**",
			".travis.{yml,yaml}",
			".travis/**",
			"bitbucket-pipelines.{yml,yaml}",
			".drone.{yml,yaml,jsonnet,star}",
			".woodpecker.{yml,yaml}",
			".woodpecker/**",
			"**/cloudbuild*.{yml,yaml,json}",
			"{.,}appveyor.{yml,yaml}",
			".buildkite/**",
			"{.,}buildkite.{yml,yaml,json}",
			".teamcity/**",
			"bamboo-specs/**",
			"**/buildspec*.{yml,yaml}",
			".codecatalyst/**",
			".semaphore/**",
			"{.,}codefresh.{yml,yaml}",
			".codefresh/**",
			".tekton/**",
			".harness/**",
			".cirrus.{yml,yaml,star}",
			".build.{yml,yaml}",
			".builds/**",
			".concourse/**",
			"concourse/**",
			"{.,}wercker.{yml,yaml}",
			"shippable.{yml,yaml}",
			"codeship-{services,steps}.{yml,yaml}",
			"bitrise.{yml,yaml}",
			"codemagic.{yml,yaml}",
			"screwdriver.{yml,yaml}",
			"**/*.gocd.{yml,yaml,json}",
			"**/*.gopipeline.json",
			"{.,}zuul.{yml,yaml}",
			"{.,}zuul.d/**",
			".prow.{yml,yaml}",
			".prow/**",
			".vela.{yml,yaml}",
			"{.,}buddy.{yml,yaml}",
			".buddy/**",
			"ci_scripts/**",
			"atlantis.{yml,yaml}",
			"ci/**",
			".ci/**",
			"{.,}renovate.json{,5}",
			".renovaterc{,.json,.json5}",
			".{github,gitlab}/renovate.json{,5}",
			"{.,}mergify.{yml,yaml}",
			".mergify/**",
			".github/mergify.{yml,yaml}",
			"{.github/,}.kodiak.toml",
			"{.github/,}bors.toml",
			".pre-commit-config.{yml,yaml}",
			".husky/**",
			"{.,}lefthook{,-local}.{yml,yaml,json,toml}",
			".lefthook/**",
			".githooks/**",
			".overcommit.yml"
		],
		narrowable: true
	},
	{
		id: "codeowners",
		reason: "code ownership decides who reviews the agent",
		patterns: [
			"**/CODEOWNERS",
			"**/OWNERS",
			"**/OWNERS_ALIASES"
		],
		narrowable: true
	},
	{
		id: "agent-instructions",
		reason: "agent instruction files steer the agent; changing them is the platform team's call",
		patterns: [
			"**/CLAUDE.md",
			"**/CLAUDE.local.md",
			"**/.claude/**",
			"**/.mcp.json",
			".vscode/mcp.json",
			"**/AGENTS.md",
			"**/AGENTS.override.md",
			"**/AGENT.md",
			"**/.agents/**",
			"**/.codex/**",
			"**/GEMINI.md",
			"**/.gemini/**",
			"**/.geminiignore",
			".github/copilot-instructions.md",
			".github/copilot/**",
			".github/instructions/**",
			".github/prompts/**",
			".github/chatmodes/**",
			".github/agents/**",
			"**/*.instructions.md",
			"**/*.prompt.md",
			"**/*.chatmode.md",
			"**/*.agent.md",
			"**/.cursorrules",
			"**/.cursor/**",
			"**/.cursorignore",
			"**/.cursorindexingignore",
			"**/.windsurfrules",
			"**/.windsurf/**",
			"**/.codeiumignore",
			"**/.clinerules",
			"**/.clinerules/**",
			"**/.clineignore",
			"**/.roorules",
			"**/.roorules-*",
			"**/.roo/**",
			"**/.roomodes",
			"**/.rooignore",
			"**/.kilocode/**",
			"**/.kilocodemodes",
			"**/.continue/**",
			"**/.continuerules",
			"**/.continueignore",
			"**/.aider*",
			"**/CONVENTIONS.md",
			"**/.amazonq/**",
			"**/.kiro/**",
			"**/.junie/**",
			"**/.aiassistant/**",
			"**/.aiignore",
			"**/.rules",
			"**/.trae/**",
			"**/.augment/**",
			"**/.augment-guidelines",
			"**/.openhands/**",
			"**/.openhands_instructions",
			"**/.goosehints",
			"**/.tabnine/**",
			"**/.qodo/**",
			"**/.idx/airules.md",
			"**/airules.md",
			"**/opencode.{json,jsonc}",
			"**/.opencode/**",
			"**/CRUSH.md",
			"**/{.,}crush.json",
			"**/WARP.md",
			"**/QWEN.md",
			"**/.qwen/**",
			"**/.devin/**",
			"**/.sourcegraph/**",
			"**/.cody/**",
			"**/.coderabbit.{yml,yaml}",
			"**/.pr_agent.toml"
		],
		narrowable: true
	},
	{
		id: "agent-configuration",
		reason: "the guard policy, tool manifest and ticket files are trusted inputs read at the base commit",
		patterns: [
			".github/agent-guards.{yml,yaml}",
			".github/agent-manifest.{yml,yaml}",
			".agent/**"
		],
		narrowable: false
	},
	{
		id: "git-metadata",
		reason: "git metadata decides which repositories a checkout fetches and how a diff shows to reviewers",
		patterns: [
			"**/.gitmodules",
			"**/.gitattributes",
			".lfsconfig"
		],
		narrowable: true
	},
	{
		id: "vendored-code",
		reason: "vendored third-party code and package-manager runtimes are installed as they are, without review against their source",
		patterns: [
			"**/node_modules/**",
			"**/vendor/**",
			"**/third_party/**",
			"**/third-party/**",
			"**/site-packages/**",
			"**/.yarn/{cache,unplugged,releases,plugins,sdks}/**",
			"**/.pnp.{cjs,js,loader.mjs}"
		],
		narrowable: true
	},
	{
		id: "schemas",
		reason: "schemas are out of scope for the agent (spec §4)",
		patterns: [
			"**/schema/**",
			"**/schemas/**",
			"**/dbschema/**",
			"**/schema.*",
			"**/schemas.*",
			"**/*.schema.*",
			"**/*.schema",
			"**/structure.sql",
			"**/*_structure.sql",
			"**/*.{xsd,dtd,rng,rnc,avsc,prisma,graphqls,esdl,gel,fbs,capnp,cds,edmx,dbml}",
			"**/*.jtd.json"
		],
		testsExempt: true,
		narrowable: true
	},
	{
		id: "migrations",
		reason: "database migrations are out of scope for the agent (spec §4)",
		patterns: [
			"**/migrations/**",
			"**/migration/**",
			"**/migrate/**",
			"**/alembic/**",
			"**/alembic.ini",
			"**/flyway/**",
			"**/flyway.{conf,toml}",
			"**/V[0-9]*__*.sql",
			"**/U[0-9]*__*.sql",
			"**/R__*.sql",
			"**/liquibase/**",
			"**/liquibase.properties",
			"**/db/changelog/**",
			"**/db.changelog*",
			"**/evolutions/**",
			"**/drizzle/**",
			"**/drizzle.config.*",
			"**/sqitch.{plan,conf}",
			"**/atlas.hcl",
			"**/diesel.toml",
			"**/*.{up,down}.sql",
			"**/*.migration.*"
		],
		testsExempt: true,
		narrowable: true
	},
	{
		id: "public-api-contracts",
		reason: "public API contracts are out of scope for the agent (spec §4)",
		patterns: [
			"**/openapi*.{yml,yaml,json}",
			"**/*.openapi.{yml,yaml,json}",
			"**/openapi/**",
			"**/swagger*.{yml,yaml,json}",
			"**/swagger/**",
			"**/asyncapi*.{yml,yaml,json}",
			"**/asyncapi/**",
			"**/*.{proto,thrift,avdl,avpr,raml,apib,wsdl,smithy,tsp}",
			"**/buf.yaml",
			"**/api-contracts/**",
			"**/contracts/**",
			"**/pacts/**",
			"**/pact/**",
			"**/api-specs/**"
		],
		testsExempt: true,
		narrowable: true
	},
	{
		id: "auth",
		reason: "authentication and authorization code is out of scope for the agent (spec §4)",
		patterns: ["**/security/**", "**/*Security{Config,Configuration}.{java,kt}"],
		words: [
			"auth",
			"authn",
			"authz",
			"oauth",
			"reauth",
			"authenticate",
			"authenticated",
			"authentication",
			"authenticator",
			"authorise",
			"authorised",
			"authoriser",
			"authorisation",
			"authorize",
			"authorized",
			"authorizer",
			"authorization",
			"login",
			"logout",
			"signin",
			"signout",
			"sso",
			"saml",
			"oidc",
			"openid",
			"jwt",
			"jwks",
			"mfa",
			"totp",
			"passwd",
			"htpasswd",
			"password",
			"passwords",
			"credential",
			"credentials",
			"rbac",
			"acl",
			"acls",
			"permission",
			"permissions",
			"devise",
			"omniauth",
			"passport",
			"keycloak",
			"cognito",
			"pundit",
			"casbin"
		],
		testsExempt: true,
		narrowable: true
	},
	{
		id: "billing",
		reason: "billing code is out of scope for the agent (spec §4)",
		patterns: [],
		words: [
			"billing",
			"invoice",
			"invoices",
			"invoicing",
			"dunning",
			"chargebee",
			"recurly",
			"zuora"
		],
		testsExempt: true,
		narrowable: true
	},
	{
		id: "payments",
		reason: "payment code is out of scope for the agent (spec §4)",
		patterns: ["**/checkout/**", "**/pay/**"],
		words: [
			"payment",
			"payments",
			"payout",
			"payouts",
			"refund",
			"refunds",
			"chargeback",
			"chargebacks",
			"pci",
			"stripe",
			"braintree",
			"adyen",
			"paypal",
			"klarna",
			"razorpay",
			"mollie",
			"worldpay"
		],
		testsExempt: true,
		narrowable: true
	}
];
// packages/config/lib/test-files.js
const ALL_LANGUAGES = [
	"python",
	"javascript",
	"go",
	"jvm",
	"ruby",
	"rust"
];
const JS_EXT = "{js,jsx,ts,tsx,mjs,cjs,mts,cts}";
const DEFAULT_JS_INCLUDE = [
	`**/*.{test,spec}.${JS_EXT}`,
	`**/__tests__/**/*.${JS_EXT}`,
	"test/**/*.{js,cjs,mjs}"
];
const DEFAULT_JS_EXCLUDE = [
	"**/node_modules/**",
	"**/dist/**",
	"**/.git/**"
];
function defaultPatterns(languages = ALL_LANGUAGES) {
	return {
		languages: new Set(languages),
		pythonFiles: ["test_*.py", "*_test.py"],
		pythonTestpaths: [],
		pythonFunctionPrefixes: ["test"],
		pythonClassPrefixes: ["Test"],
		jsInclude: DEFAULT_JS_INCLUDE,
		jsExcludeGlobs: DEFAULT_JS_EXCLUDE,
		jsIgnoreRegexps: []
	};
}
defaultPatterns();
/** Every forbidden category's id: the policy's own, then the built-in ones. */
const FORBIDDEN_CATEGORY_IDS = ["policy", ...BUILT_IN_FORBIDDEN.map((c) => c.id)];
/** The categories a policy's `forbidden_exceptions` may narrow. */
const NARROWABLE_FORBIDDEN_CATEGORIES = BUILT_IN_FORBIDDEN.filter((c) => c.narrowable).map((c) => c.id);
// packages/config/lib/config-source.js
/** Where a file was read, as messages say it: `.github/agent-guards.yml at abc1234 (the policy, read at the base commit)`. */
function describeSource(file, what, source = {}) {
	return source.commit ? `${file} at ${shortCommit(source.commit)} (the ${what}, read at the base commit)` : `${file} (the ${what})`;
}
/** A commit as messages show it: 7 hex digits for a full SHA, a ref as given. */
function shortCommit(commit) {
	return /^[0-9a-f]{40}$/.test(commit) ? commit.slice(0, 7) : commit;
}
// packages/config/lib/applies-to.js
/** Whom a guard judges: only agent PRs, or every PR. */
const APPLIES_TO = ["agent-prs", "every-pr"];
/**
* The logins other coding agents open PRs as (`pull_request.user.login`):
* GitHub Copilot coding agent (shown as `Copilot`, its app `copilot-swe-agent[bot]`),
* the Claude GitHub App and the ChatGPT Codex connector. Counting them as agents
* only ever adds checks, so they are agents in every policy.
*/
const KNOWN_AGENT_LOGINS = [
	"Copilot",
	"copilot-swe-agent[bot]",
	"claude[bot]",
	"chatgpt-codex-connector[bot]"
];
/**
* Defaults: the agent-conduct rules (a spec reference and conventional commits,
* the ticket's scope, what the sessions cost) for agent PRs; the rules any
* change should keep (no test silently skipped, no forbidden import) for every PR.
*/
const DEFAULT_APPLIES_TO = {
	"manifest-scope": "agent-prs",
	"skip-set": "every-pr",
	"spec-conformance": "agent-prs",
	"cost-ceiling": "agent-prs",
	boundaries: "every-pr"
};
/** A GitHub login: letters, digits and '-', an app's with '[bot]'. */
const login = string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/, "a GitHub login such as octo-agent[bot] (an app's bot login ends in [bot])");
/**
* The agents are named in the policy because it is read at the base commit: a
* PR cannot change who counts as one, as it could a workflow input (the caller
* workflow of a pull_request run is the PR's own copy).
*/
const AgentsPolicySchema = strictObject({ logins: array(login).default([]).describe(`PR authors whose PRs are agent PRs: your agent's GitHub App (<app-slug>[bot]) and any other. ${KNOWN_AGENT_LOGINS.join(", ")} are always agents.`) }).optional().describe("Who the agents are. Without this section no PR can be told to be a human one, so every guard judges every PR; with it, guards set to agent-prs pass human PRs with a notice.");
function appliesTo(guard) {
	const fallback = DEFAULT_APPLIES_TO[guard];
	return _enum(APPLIES_TO).default(fallback).describe(`Whom ${guard} judges: agent-prs or every-pr (default ${fallback}).`);
}
function guardSettings(guard) {
	return strictObject({ applies_to: appliesTo(guard) }).default({ applies_to: DEFAULT_APPLIES_TO[guard] });
}
/**
* manifest-scope judges a PR against its ticket, which only an agent's PR has. The
* forbidden categories need no ticket: a team may keep some of them on every PR.
*/
const ScopeSettingsSchema = strictObject({
	applies_to: appliesTo("manifest-scope"),
	every_pr_categories: array(_enum(FORBIDDEN_CATEGORY_IDS)).default([]).describe("Forbidden categories checked on every PR, an agent's or not, without a ticket (e.g. [vendored-code, git-metadata]; 'policy' is the policy's own forbidden_paths). A PR that is not an agent's fails only for a path in one of these; an agent PR is judged on all of them and its ticket.")
}).default({
	applies_to: DEFAULT_APPLIES_TO["manifest-scope"],
	every_pr_categories: []
});
const GuardsPolicySchema = strictObject({
	"manifest-scope": ScopeSettingsSchema.describe("every-pr: every PR needs a ticket (the 'ticket' input or an agent branch name); its scope, the forbidden categories and the dependency allowlist are checked on all of them. agent-prs with every_pr_categories: other PRs are checked for those categories only."),
	"skip-set": guardSettings("skip-set"),
	"spec-conformance": guardSettings("spec-conformance"),
	"cost-ceiling": guardSettings("cost-ceiling"),
	boundaries: guardSettings("boundaries")
}).default({
	...Object.fromEntries(GUARD_NAMES.map((g) => [g, { applies_to: DEFAULT_APPLIES_TO[g] }])),
	"manifest-scope": {
		applies_to: DEFAULT_APPLIES_TO["manifest-scope"],
		every_pr_categories: []
	}
}).describe("Per guard: whom it judges (applies_to).");
/** Is `login` an agent's under this policy (the known agent bots included)? GitHub logins ignore case. */
function isAgentLogin(policy, login) {
	const wanted = login.toLowerCase();
	return [...KNOWN_AGENT_LOGINS, ...policy.agents?.logins ?? []].some((l) => l.toLowerCase() === wanted);
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
	if (setting === "every-pr") return {
		applies: true,
		reason: `${guard} judges every PR (${key}: every-pr).`
	};
	const author = ctx.author?.trim();
	if (!author) return {
		applies: true,
		reason: `the PR author is not known, so ${guard} judges it as an agent PR.`
	};
	if (isAgentLogin(ctx.policy, author)) return {
		applies: true,
		reason: `the PR author ${author} is an agent login.`
	};
	const prefix = ctx.policy.runner.branch_prefix;
	if (ctx.headRef && prefix && ctx.headRef.startsWith(prefix)) return {
		applies: true,
		reason: `the PR comes from ${ctx.headRef}, an agent branch (runner.branch_prefix '${prefix}').`
	};
	if (!ctx.policy.agents) return {
		applies: true,
		reason: `${ctx.policyPath} has no 'agents' section, so no PR can be told to be a human one: ${guard} judges every PR.`
	};
	return {
		applies: false,
		reason: `${guard} judges agent PRs only, and the author ${author} is not an agent login listed in ${`${ctx.policyPath} at ${shortCommit(ctx.base)}`} (agents.logins; ${KNOWN_AGENT_LOGINS.join(", ")} are always agents). Set ${key}: every-pr to judge every PR.`
	};
}
/** The rule of the notice a guard that does not apply reports. */
const NOT_AN_AGENT_PR = "not-an-agent-pr";
/**
* The run of a guard that does not judge this PR: a pass with a notice saying
* why, so a required check still reports. Undefined when the guard applies
* (the reason is logged, so a run says why it judged the PR).
*/
function notApplicableRun(guard, ctx, logger) {
	const { applies, reason } = guardApplicability(guard, ctx);
	if (applies) {
		logger.info(`${guard} applies: ${reason}`);
		return;
	}
	logger.info(reason);
	return { report: reportFromFindings(guard, [{
		rule: NOT_AN_AGENT_PR,
		severity: "notice",
		message: reason
	}], {
		applies: false,
		author: ctx.author ?? ""
	}) };
}
// packages/config/lib/policy.js
const DEFAULT_POLICY_PATH = ".github/agent-guards.yml";
const DEFAULT_MANIFEST_PATH = ".github/agent-manifest.yml";
const glob = string().min(1, "a glob cannot be empty");
const DependencyAllowlistSchema = strictObject({
	npm: array(glob).default([]),
	pypi: array(glob).default([]),
	go: array(glob).default([]),
	cargo: array(glob).default([])
}).default({
	npm: [],
	pypi: [],
	go: [],
	cargo: []
}).describe("Dev dependencies the agent may add or change, per ecosystem (globs over package names).");
const SpecPolicySchema = strictObject({
	path: string().default("docs/agent-spec.md").describe("The spec markdown, read at the PR base."),
	map: string().optional().describe("Optional spec map (YAML) saying what a change addressing each section looks like."),
	require_map: boolean().default(false).describe("Fail, rather than notice, when no map lets conformance be checked.")
}).default({
	path: "docs/agent-spec.md",
	require_map: false
});
const COMMIT_TYPES = [
	"feat",
	"fix",
	"docs",
	"style",
	"refactor",
	"perf",
	"test",
	"build",
	"ci",
	"chore",
	"revert"
];
const CommitsPolicySchema = strictObject({
	types: array(string().regex(/^[a-z][a-z0-9-]*$/)).default([...COMMIT_TYPES]),
	require_scope: boolean().default(false),
	max_subject_length: number().int().positive().default(100)
}).default({
	types: [...COMMIT_TYPES],
	require_scope: false,
	max_subject_length: 100
});
const TestsPolicySchema = strictObject({
	frameworks: array(_enum([
		"auto",
		"pytest",
		"unittest",
		"vitest",
		"jest",
		"mocha",
		"go",
		"junit",
		"rspec",
		"cargo"
	])).default(["auto"]),
	collector: _enum([
		"static",
		"runner",
		"both"
	]).default("static")
}).default({
	frameworks: ["auto"],
	collector: "static"
});
const ModelsByModeSchema = strictObject({
	frame: string().default("claude-haiku-4-5"),
	plan: string().default("claude-sonnet-4-6"),
	implement: string().default("claude-sonnet-4-6"),
	review: string().default("claude-sonnet-4-6")
}).default({
	frame: "claude-haiku-4-5",
	plan: "claude-sonnet-4-6",
	implement: "claude-sonnet-4-6",
	review: "claude-sonnet-4-6"
});
const ModelPriceSchema = strictObject({
	input_per_mtok: number().nonnegative(),
	output_per_mtok: number().nonnegative(),
	cache_write_5m_multiplier: number().nonnegative().default(1.25),
	cache_write_1h_multiplier: number().nonnegative().default(2),
	cache_read_multiplier: number().nonnegative().default(.1)
});
const IncidentPolicySchema = strictObject({
	session_cost_usd: number().positive().default(6),
	sustained_hours: number().positive().default(24),
	daily_vs_7day_median: number().positive().default(1.5),
	escalate_to: array(string()).default([]).describe("GitHub handles mentioned on a cost incident, in order (SRE on call, then tech lead).")
}).default({
	session_cost_usd: 6,
	sustained_hours: 24,
	daily_vs_7day_median: 1.5,
	escalate_to: []
});
const CostPolicySchema = strictObject({
	soft_cap_tokens: number().int().positive().default(15e4),
	hard_cap_tokens: number().int().positive().default(3e5),
	max_cost_per_pr_usd: number().positive().default(4.5),
	min_cache_hit_rate: number().min(0).max(1).default(.8),
	cache_hit_rate_fails: boolean().default(false),
	weekly_budget_tokens: number().int().positive().optional(),
	models: ModelsByModeSchema,
	prices: record(string(), ModelPriceSchema).default({}).describe("Per-model price overrides, USD per million tokens."),
	incident: IncidentPolicySchema,
	history_branch: string().default("agent-guards/cost-history")
}).default({
	soft_cap_tokens: 15e4,
	hard_cap_tokens: 3e5,
	max_cost_per_pr_usd: 4.5,
	min_cache_hit_rate: .8,
	cache_hit_rate_fails: false,
	models: {
		frame: "claude-haiku-4-5",
		plan: "claude-sonnet-4-6",
		implement: "claude-sonnet-4-6",
		review: "claude-sonnet-4-6"
	},
	prices: {},
	incident: {
		session_cost_usd: 6,
		sustained_hours: 24,
		daily_vs_7day_median: 1.5,
		escalate_to: []
	},
	history_branch: "agent-guards/cost-history"
});
const BoundaryEdgeSchema = strictObject({
	from: string().min(1),
	to: string().min(1),
	/** For forbidden edges: what to do instead, shown in the finding. */
	instead: string().optional()
});
const BoundariesPolicySchema = strictObject({
	contexts: record(string(), array(glob)).default({}).describe("Bounded contexts: name → path globs."),
	allow: array(BoundaryEdgeSchema).default([]).describe("Allowed edges between contexts; any other cross-context edge is forbidden."),
	forbid: array(BoundaryEdgeSchema).default([]).describe("Edges forbidden even where allowed otherwise; `to` may be a context or a module/package pattern (e.g. a database client)."),
	type_only_imports: _enum(["allow", "check"]).default("allow")
}).default({
	contexts: {},
	allow: [],
	forbid: [],
	type_only_imports: "allow"
});
const SANDBOX_MODES = ["bubblewrap", "none"];
/** A registry host the egress proxy lets installs reach: a name (`*.` for subdomains), `:port` when not 443; never an IP literal. */
const registryHost = string().regex(/^(\*\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*(?::\d{1,5})?$/, "a host name such as registry.npmjs.org (optionally *.example.com or host:port)").refine((h) => !/^[\d.]+(?::\d+)?$/.test(h), "an IP address is not a registry host: name the host");
const DEFAULT_REGISTRIES = {
	npm: ["registry.npmjs.org", "registry.yarnpkg.com"],
	pypi: ["pypi.org", "files.pythonhosted.org"],
	go: ["proxy.golang.org", "sum.golang.org"],
	cargo: ["index.crates.io", "static.crates.io"]
};
const SandboxRegistriesSchema = strictObject({
	npm: array(registryHost).default(DEFAULT_REGISTRIES.npm),
	pypi: array(registryHost).default(DEFAULT_REGISTRIES.pypi),
	go: array(registryHost).default(DEFAULT_REGISTRIES.go),
	cargo: array(registryHost).default(DEFAULT_REGISTRIES.cargo)
}).default(DEFAULT_REGISTRIES).describe("Hosts install_dev_dependency may reach through the egress proxy, per ecosystem; every other connection is refused.");
const SANDBOX_DEFAULTS = {
	mode: "bubblewrap",
	read_only: [],
	memory_mb: 4096,
	max_processes: 512,
	max_file_size_mb: 1024,
	max_output_mb: 32,
	tmp_size_mb: 2048,
	registries: DEFAULT_REGISTRIES
};
const SandboxSettingsSchema = strictObject({
	mode: _enum(SANDBOX_MODES).default("bubblewrap").describe("bubblewrap (Linux): every process running code the model or the PR can influence runs contained. none: no containment; said in plain words wherever the session is reported."),
	read_only: array(string().regex(/^(\/|~\/)/, "an absolute path or ~/…")).default([]).describe("Host paths sandboxed processes may read besides the system, the toolchains found on PATH and the checkout (absolute or ~/…, the runner user’s home)."),
	memory_mb: number().int().positive().default(4096).describe("Memory one sandboxed process may allocate (RLIMIT_DATA)."),
	max_processes: number().int().positive().default(512).describe("Processes and threads a sandboxed command may have at once (RLIMIT_NPROC)."),
	max_file_size_mb: number().int().positive().default(1024).describe("Largest file a sandboxed process may write (RLIMIT_FSIZE)."),
	max_output_mb: number().int().positive().default(32).describe("Output (stdout + stderr) after which the command is stopped."),
	tmp_size_mb: number().int().positive().default(2048).describe("Size of the private /tmp."),
	registries: SandboxRegistriesSchema
});
/** `runner.sandbox`: how code the model or the PR can influence runs (the runner's tools, the skip-set runner collectors). */
const SandboxPolicySchema = union([_enum(SANDBOX_MODES), SandboxSettingsSchema]).default("bubblewrap").transform((v) => typeof v === "string" ? {
	...SANDBOX_DEFAULTS,
	mode: v
} : v).describe("How code the model or the PR can influence runs: 'bubblewrap' (default; Linux) or 'none', or the full settings object.");
const RunnerPolicySchema = strictObject({
	test_command: array(string()).optional().describe("argv of the service test command, e.g. [\"npm\",\"test\"] — no shell."),
	lint_command: array(string()).optional(),
	install_dev_dependency_command: record(string(), array(string())).default({}),
	command_timeout_seconds: number().int().positive().default(600),
	max_test_attempts: number().int().positive().default(5),
	session_timeout_minutes: number().positive().default(30),
	target_session_minutes: number().positive().default(12),
	max_open_questions: number().int().nonnegative().default(2),
	branch_prefix: string().default("agent/"),
	sandbox: SandboxPolicySchema
}).default({
	install_dev_dependency_command: {},
	command_timeout_seconds: 600,
	max_test_attempts: 5,
	session_timeout_minutes: 30,
	target_session_minutes: 12,
	max_open_questions: 2,
	branch_prefix: "agent/",
	sandbox: SANDBOX_DEFAULTS
});
const PolicySchema = strictObject({
	$schema: string().optional(),
	version: literal(1),
	agents: AgentsPolicySchema,
	guards: GuardsPolicySchema,
	protected_branches: array(glob).default([
		"main",
		"master",
		"release/*"
	]),
	forbidden_paths: array(glob).default([]).describe("Added to the built-in forbidden categories, never replacing them."),
	forbidden_exceptions: partialRecord(_enum(NARROWABLE_FORBIDDEN_CATEGORIES), array(glob)).default({}).describe("Narrows built-in forbidden categories: per category id, globs (case-sensitive) of paths this repository does not count as in it, e.g. { auth: ['src/events/login-*.ts'] }. agent-configuration cannot be narrowed."),
	dependency_allowlist: DependencyAllowlistSchema,
	manifest: string().default(DEFAULT_MANIFEST_PATH),
	tickets_dir: string().default(".agent/tickets"),
	spec: SpecPolicySchema,
	commits: CommitsPolicySchema,
	tests: TestsPolicySchema,
	cost: CostPolicySchema,
	boundaries: BoundariesPolicySchema,
	runner: RunnerPolicySchema,
	required_checks: array(string()).default([
		"manifest-scope",
		"skip-set",
		"spec-conformance",
		"cost-ceiling",
		"boundaries"
	]).describe("Status checks the protected branches must require (protection check).")
}).describe("agent-guards policy, owned by the platform team; read at the PR base commit.");
/** The policy used when the repository has none at the default path. */
function defaultPolicy() {
	return PolicySchema.parse({ version: 1 });
}
// packages/config/lib/ticket.js
const ContextPacketSchema = strictObject({
	acceptance_criteria: array(string()).default([]),
	edge_cases: array(string()).default([]),
	rules: array(string()).default([]).describe("Architectural rules that apply (e.g. \"events flow through the event bus\")."),
	golden_samples: array(string()).default([]).describe("Repo paths of reference implementations the change must follow."),
	shared: string().optional().describe("Name of a context shared across tickets (kept in the stable, cached part of the prompt).")
}).describe("The context packet: live spec, architectural rules and golden samples.");
strictObject({
	$schema: string().optional(),
	id: string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "ticket ids are letters, digits, dot, dash and underscore"),
	title: string().min(1),
	kind: _enum([
		"bug-fix",
		"dependency-update",
		"test-addition",
		"refactor",
		"docs"
	]).optional(),
	spec: array(string()).default([]).describe("The spec sections this ticket implements, e.g. [\"§3.6\"]."),
	scope: strictObject({
		include: array(string().min(1)).min(1, "a ticket needs at least one include glob"),
		exclude: array(string().min(1)).default([])
	}),
	body: string().default("").describe("Free text; untrusted data for the agent, never instructions."),
	issue: number().int().positive().optional().describe("The ticket issue number, for escalation comments."),
	context: ContextPacketSchema.optional()
}).describe("A ticket assigned to the agent; written by a human, read at the PR base commit.");
// packages/config/lib/manifest.js
const MODES = [
	"frame",
	"plan",
	"implement",
	"review"
];
/** Every tool the runner implements (spec §5). A tool not bound in a mode has no implementation there. */
const KNOWN_TOOLS = [
	"read_file",
	"list_dir",
	"grep",
	"read_dependency_graph",
	"ask_user_question",
	"run_tests",
	"run_linter",
	"read_test_output",
	"edit_file",
	"write_file",
	"delete_file",
	"git_commit",
	"git_diff",
	"git_log",
	"git_push_non_protected",
	"gh_pr_create",
	"gh_pr_comment",
	"install_dev_dependency"
];
/** The spec's deliberate exclusions (§5): no mode may name them. */
const EXCLUDED_TOOLS = {
	unrestricted_shell: "no mode binds a generic shell (spec §4, §5)",
	git_push_protected: "no protected-branch push under any condition (spec §5)",
	git_force_push: "no force-pushing, even to non-protected branches (spec §5)",
	gh_pr_merge: "the agent cannot merge its own PRs (spec §5)",
	gh_workflow_dispatch: "no triggering CI workflows manually (spec §5)",
	npm_install_global: "no global package installs (spec §4)",
	pip_install_user: "no global package installs (spec §4)",
	cargo_install: "no global package installs (spec §4)",
	internet_browse: "no web access (spec §5, §8)",
	internet_fetch: "no web access (spec §5, §8)"
};
/** Names that are a generic shell under another name. */
const SHELL_LIKE = /(^|_)(shell|bash|sh|zsh|fish|cmd|powershell|pwsh|terminal|exec|execute|subprocess|system|eval|run_command|run_script|command)($|_)/i;
/** Why a tool name may not appear in any mode, or undefined if it may. */
function exclusionReason(tool) {
	const key = tool.toLowerCase();
	if (EXCLUDED_TOOLS[key]) return EXCLUDED_TOOLS[key];
	if (SHELL_LIKE.test(key)) return "a generic shell or command runner under another name (spec §4: no unrestricted shell)";
	if (/force/.test(key) && /push/.test(key)) return EXCLUDED_TOOLS.git_force_push;
	if (/merge/.test(key) && /(pr|pull)/.test(key)) return EXCLUDED_TOOLS.gh_pr_merge;
	if (/(internet|web|http|url|curl|wget|browse|fetch)/.test(key)) return EXCLUDED_TOOLS.internet_fetch;
	if (/install/.test(key) && /(global|user|cargo)/.test(key)) return EXCLUDED_TOOLS.npm_install_global;
}
const DeleteFileEntry = strictObject({
	name: literal("delete_file"),
	scope: literal("plan-named").describe("delete_file is bound only to files the plan names (never tests).")
});
const ToolEntry = union([string().min(1), DeleteFileEntry]);
const ModeToolsSchema = strictObject({
	inherit: _enum(MODES).optional(),
	read: array(ToolEntry).default([]),
	write: array(ToolEntry).default([])
});
function entryName(entry) {
	return typeof entry === "string" ? entry : entry.name;
}
/** Every violation in a parsed manifest: excluded tools, unknown tools, an unrestricted delete_file. */
function manifestViolations(modes) {
	const out = [];
	for (const [mode, tools] of Object.entries(modes)) for (const entry of [...tools.read, ...tools.write]) {
		const name = entryName(entry);
		const excluded = exclusionReason(name);
		if (excluded) out.push({
			mode,
			tool: name,
			reason: excluded
		});
		else if (name === "delete_file" && typeof entry === "string") out.push({
			mode,
			tool: name,
			reason: "an unrestricted delete_file; bind it as { name: delete_file, scope: plan-named }"
		});
		else if (!KNOWN_TOOLS.includes(name)) out.push({
			mode,
			tool: name,
			reason: `unknown tool; the runner implements: ${KNOWN_TOOLS.join(", ")}`
		});
	}
	return out;
}
strictObject({
	$schema: string().optional(),
	version: literal(1),
	modes: strictObject({
		frame: ModeToolsSchema,
		plan: ModeToolsSchema,
		implement: ModeToolsSchema,
		review: ModeToolsSchema
	})
}).superRefine((manifest, ctx) => {
	for (const v of manifestViolations(manifest.modes)) ctx.addIssue({
		code: "custom",
		path: ["modes", v.mode],
		message: `tool '${v.tool}' is not allowed: ${v.reason}`
	});
	for (const mode of MODES) {
		const seen = /* @__PURE__ */ new Set([mode]);
		let next = manifest.modes[mode].inherit;
		while (next) {
			if (seen.has(next)) {
				ctx.addIssue({
					code: "custom",
					path: [
						"modes",
						mode,
						"inherit"
					],
					message: `inherit cycle through '${next}'`
				});
				break;
			}
			seen.add(next);
			next = manifest.modes[next].inherit;
		}
	}
}).describe("Tool manifest by mode (spec §5); read at the PR base commit.");
// packages/git/lib/run-git.js
var GitError = class extends Error {
	args;
	exitCode;
	stderr;
	constructor(message, args, exitCode, stderr) {
		super(message);
		this.args = args;
		this.exitCode = exitCode;
		this.stderr = stderr;
		this.name = "GitError";
	}
};
/**
* Runs git with a fixed, config-independent environment: no pager, no prompts,
* no user-level config that could change output (diff.renames, external diff…).
*/
async function runGit(repo, args, options = {}) {
	const out = [];
	const { stderr, exitCode } = await streamGit(repo, args, (chunk) => out.push(chunk), options);
	return {
		stdout: Buffer.concat(out),
		stderr,
		exitCode
	};
}
/**
* Runs git like runGit but hands stdout to `onStdout` chunk by chunk as git
* writes it, so a caller can parse a large output while git is still producing
* it. If `onStdout` throws, git is stopped and the promise rejects with that error.
*/
function streamGit(repo, args, onStdout, options = {}) {
	const ok = options.okExitCodes ?? [0];
	return new Promise((resolve, reject) => {
		const child = spawn("git", [
			"-C",
			repo,
			"-c",
			"core.quotepath=off",
			"-c",
			"core.fsmonitor=false",
			"-c",
			"core.hooksPath=/dev/null",
			...args
		], {
			env: {
				...options.inheritEnv === false ? {} : withoutSecrets(process.env, ["SSH_AUTH_SOCK"]),
				...options.env,
				GIT_TERMINAL_PROMPT: "0",
				GIT_PAGER: "cat",
				GIT_EXTERNAL_DIFF: "",
				GIT_CONFIG_NOSYSTEM: "1",
				LC_ALL: "C"
			},
			stdio: [
				"pipe",
				"pipe",
				"pipe"
			]
		});
		const err = [];
		let failure;
		child.stdout.on("data", (b) => {
			if (failure !== void 0) return;
			try {
				onStdout(b);
			} catch (error) {
				failure = error;
				child.kill();
			}
		});
		child.stderr.on("data", (b) => err.push(b));
		child.on("error", (e) => reject(new GitError(`cannot run git: ${e.message}`, args, null, "")));
		child.on("close", (code) => {
			if (failure !== void 0) {
				reject(failure);
				return;
			}
			const stderr = Buffer.concat(err).toString("utf8");
			const exitCode = code ?? -1;
			if (!ok.includes(exitCode)) {
				reject(new GitError(`git ${args.join(" ")} failed (exit ${exitCode}): ${stderr.trim()}`, args, exitCode, stderr));
				return;
			}
			resolve({
				stderr,
				exitCode
			});
		});
		child.stdin.on("error", () => void 0);
		child.stdin.end(options.input ?? "");
	});
}
// packages/git/lib/memo.js
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
const MAX_ENTRIES = 2e4;
const MAX_BYTES = 67108864;
const entries = /* @__PURE__ */ new Map();
let keptBytes = 0;
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** A full object id (SHA-1 or SHA-256): it names the same object for as long as the object exists. */
function isFullSha(rev) {
	return FULL_SHA.test(rev);
}
/** An object name whose answer cannot change: a full object id, or `<full sha>:<path>` (a path in a fixed tree). */
function isImmutableObjectName(name) {
	const colon = name.indexOf(":");
	return isFullSha(colon < 0 ? name : name.slice(0, colon));
}
/** The key of a question about `repo`: the repository (as a resolved path) and the immutable names it asks about. */
function questionKey(repo, question, ...names) {
	return [
		resolve(repo),
		question,
		...names
	].join("\0");
}
/**
* The remembered answer to `key`, or `ask()`'s: callers that ask while it is
* running share the same call, and a successful answer is kept.
*/
function remembered(key, ask, options = {}) {
	const hit = entries.get(key);
	if (hit) return hit.value;
	const value = ask();
	const entry = {
		value,
		bytes: 0
	};
	entries.set(key, entry);
	value.then((answer) => {
		if (entries.get(key) !== entry) return;
		if (options.keep && !options.keep(answer)) {
			entries.delete(key);
			return;
		}
		entry.bytes = options.bytes?.(answer) ?? 0;
		keptBytes += entry.bytes;
		trim();
	}, () => {
		if (entries.get(key) === entry) entries.delete(key);
	});
	trim();
	return value;
}
/** Whether an answer to `key` is kept or being asked. */
function isRemembered(key) {
	return entries.has(key);
}
function trim() {
	for (const [key, entry] of entries) {
		if (entries.size <= MAX_ENTRIES && keptBytes <= MAX_BYTES) return;
		entries.delete(key);
		keptBytes -= entry.bytes;
	}
}
// packages/git/lib/objects.js
/**
* Reads many objects in one `git cat-file --batch` call. Keys are object names
* (`<sha>` or `<rev>:<path>`); a missing object maps to undefined. Objects named
* by a full id (or `<full sha>:<path>`) that this process has read are not read
* again: the Buffers are shared, to be read, not written. `onObject` is handed
* each object as soon as it is read, in no set order, so a caller can work on
* the first ones while git reads the rest.
*/
async function readObjects(repo, names, onObject) {
	const unique = [...new Set(names)];
	if (unique.length === 0) return /* @__PURE__ */ new Map();
	for (const n of unique) if (n.includes("\n")) throw new Error(`object name with a newline cannot be read in batch: ${JSON.stringify(n)}`);
	const key = (name) => questionKey(repo, "object", name);
	const listings = listingsOf(repo, unique);
	const ids = listings ? await listings : void 0;
	const answers = /* @__PURE__ */ new Map();
	for (const name of unique) if (isImmutableObjectName(name) && isRemembered(key(name))) answers.set(name, remembered(key(name), () => Promise.reject(/* @__PURE__ */ new Error("unreachable"))));
	const toRead = unique.filter((name) => !answers.has(name));
	if (toRead.length > 0) {
		const asRead = (name) => ids?.get(name) ?? name;
		const batch = readSoon(repo, toRead.map(asRead));
		for (const name of toRead) {
			const read = () => batch.get(asRead(name)).then((object) => {
				rememberById(repo, name, object);
				return object;
			});
			answers.set(name, isImmutableObjectName(name) ? remembered(key(name), read, {
				bytes: (b) => (b?.length ?? 0) + 64,
				keep: (b) => b !== void 0 || !isFullSha(name)
			}) : read());
		}
	}
	const values = await Promise.all(unique.map((name) => onObject ? answers.get(name).then((object) => (onObject(name, object), object)) : answers.get(name)));
	return new Map(unique.map((name, i) => [name, values[i]]));
}
/**
* Blob ids by path of the commits whose trees this process listed with their ids (listBlobsAt),
* by repository and commit, the last few. `cat-file` finds `<sha>:<path>` by reading the tree
* objects down to the path, for each name; a blob id it looks up directly, at about half the cost
* over a large tree. The object is the same, and is remembered under the name it was asked by.
*/
const blobIds = /* @__PURE__ */ new Map();
/** The blob ids of the `<sha>:<path>` names whose commit's tree is listed (or being listed); undefined when there is none. */
function listingsOf(repo, names) {
	if (blobIds.size === 0) return void 0;
	const byCommit = /* @__PURE__ */ new Map();
	for (const name of names) {
		const colon = name.indexOf(":");
		if (colon < 0) continue;
		const commit = name.slice(0, colon);
		if (byCommit.has(commit)) continue;
		const ids = blobIds.get(questionKey(repo, "blob-ids", commit));
		if (ids) byCommit.set(commit, ids);
	}
	if (byCommit.size === 0) return void 0;
	return Promise.all([...byCommit].map(async ([commit, ids]) => {
		return [commit, await ids];
	})).then((listed) => {
		const out = /* @__PURE__ */ new Map();
		const of = new Map(listed);
		for (const name of names) {
			const colon = name.indexOf(":");
			const oid = colon < 0 ? void 0 : of.get(name.slice(0, colon))?.get(name.slice(colon + 1));
			if (oid) out.set(name, oid);
		}
		return out;
	});
}
/** The object ids of the objects read by other names (`<rev>:<path>`), from cat-file's headers. */
const objectIds = /* @__PURE__ */ new WeakMap();
/**
* An object read by path is remembered by its id too: the same blob is often asked for both ways
* (a guard reads the PR's files by path, a full scan reads the tree's blobs by id), and an id names
* one content for good, so the answer under it cannot be stale.
*/
function rememberById(repo, name, object) {
	const oid = object && objectIds.get(object);
	if (!oid || oid === name || !isImmutableObjectName(name)) return;
	const key = questionKey(repo, "object", oid);
	if (!isRemembered(key)) remembered(key, () => Promise.resolve(object), { bytes: (b) => (b?.length ?? 0) + 64 });
}
function pending() {
	let resolve;
	let reject;
	return {
		promise: new Promise((res, rej) => {
			resolve = res;
			reject = rej;
		}),
		resolve,
		reject
	};
}
/** The names of the next cat-file batch of each repository, each answered as git reads it. */
const batches = /* @__PURE__ */ new Map();
/**
* Reads the names in the next `cat-file --batch` of this repository, started once the current
* turn of the event loop is over: the guards of one `check` run ask for their files side by side,
* and one git process answers them all.
*/
function readSoon(repo, names) {
	const key = resolve(repo);
	let next = batches.get(key);
	if (!next) {
		const queued = /* @__PURE__ */ new Map();
		next = queued;
		batches.set(key, queued);
		setImmediate(() => {
			batches.delete(key);
			catFileBatch(repo, [...queued.keys()], (name, object) => queued.get(name).resolve(object)).then(() => {
				for (const p of queued.values()) p.reject(/* @__PURE__ */ new Error("cat-file answered no object for a name"));
			}, (e) => {
				for (const p of queued.values()) p.reject(e);
			});
		});
	}
	const out = /* @__PURE__ */ new Map();
	for (const name of names) {
		let p = next.get(name);
		if (!p) {
			p = pending();
			p.promise.catch(() => void 0);
			next.set(name, p);
		}
		out.set(name, p.promise);
	}
	return out;
}
/** Reads the names with `cat-file --batch`, handing each object to `onObject` as its bytes arrive. */
async function catFileBatch(repo, names, onObject) {
	const parser = new CatFileOutput(names, onObject);
	await streamGit(repo, ["cat-file", "--batch"], (chunk) => parser.push(chunk), { input: `${names.join("\n")}\n` });
	if (!parser.done()) throw new Error("truncated cat-file output");
}
/**
* `cat-file --batch` output, read as it arrives: "<oid> <type> <size>" LF, the object, LF, for
* each name in order ("<name> missing" LF for one that names nothing). An object within one chunk
* of git's output is a view of it; one spread over several is copied once.
*/
var CatFileOutput = class {
	names;
	onObject;
	/** Bytes received and not consumed yet, oldest first. */
	chunks = [];
	buffered = 0;
	next = 0;
	/** The header of the object whose bytes are awaited. */
	header;
	constructor(names, onObject) {
		this.names = names;
		this.onObject = onObject;
	}
	done() {
		return this.next === this.names.length;
	}
	push(chunk) {
		this.chunks.push(chunk);
		this.buffered += chunk.length;
		while (this.next < this.names.length) {
			if (!this.header) {
				const line = this.line();
				if (line === void 0) return;
				if (line.endsWith(" missing") || line.endsWith(" ambiguous")) {
					this.onObject(this.names[this.next++], void 0);
					continue;
				}
				this.header = {
					oid: line.slice(0, line.indexOf(" ")),
					size: Number.parseInt(line.slice(line.lastIndexOf(" ") + 1), 10)
				};
			}
			const { oid, size } = this.header;
			if (this.buffered < size + 1) return;
			const object = this.take(size + 1).subarray(0, size);
			this.header = void 0;
			objectIds.set(object, oid);
			this.onObject(this.names[this.next++], object);
		}
	}
	/** The next line without its LF, consumed; undefined until all of it has arrived. */
	line() {
		let length = 0;
		for (const c of this.chunks) {
			const eol = c.indexOf(10);
			if (eol >= 0) return this.take(length + eol + 1).toString("utf8", 0, length + eol);
			length += c.length;
		}
	}
	/** The next `n` bytes (all received), consumed. */
	take(n) {
		this.buffered -= n;
		const first = this.chunks[0];
		if (first.length > n) {
			this.chunks[0] = first.subarray(n);
			return first.subarray(0, n);
		}
		if (first.length === n) return this.chunks.shift();
		const out = Buffer.allocUnsafe(n);
		let at = 0;
		while (at < n) {
			const c = this.chunks[0];
			const part = Math.min(c.length, n - at);
			c.copy(out, at, 0, part);
			at += part;
			if (part === c.length) this.chunks.shift();
			else this.chunks[0] = c.subarray(part);
		}
		return out;
	}
};
/** A file's text at a revision, or undefined when the path does not exist there. */
async function readFileAt(repo, rev, path) {
	return (await readObjects(repo, [`${rev}:${path}`])).get(`${rev}:${path}`)?.toString("utf8");
}
// packages/config/lib/did-you-mean.js
var import_dist = require_dist();
/** Edit distance (insert, delete, substitute, swap two neighbours): how far a typo is from what was meant. */
function editDistance(a, b) {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => i === 0 ? j : j === 0 ? i : 0));
	for (let i = 1; i < rows; i += 1) for (let j = 1; j < cols; j += 1) {
		const cost = a[i - 1] === b[j - 1] ? 0 : 1;
		let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
		if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2][j - 2] + 1);
		d[i][j] = best;
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
	const fold = (s) => s.toLowerCase().replace(/-/g, "_");
	const folded = fold(word);
	const limit = Math.max(2, Math.floor(word.length / 3));
	let best;
	for (const name of known) {
		const distance = editDistance(folded, fold(name));
		if (distance <= limit && (!best || distance < best.distance)) best = {
			name,
			distance
		};
	}
	return best?.name;
}
// packages/config/lib/config-problems.js
function defOf(schema) {
	return schema?._zod?.def;
}
/** The object or record schemas a value at `path` may be checked against (several through a union). */
function schemasAt(schema, path) {
	let current = [schema];
	for (const key of path) current = current.flatMap(unwrap).flatMap((s) => {
		const def = defOf(s);
		if (def.type === "object") return def.shape?.[String(key)] ? [def.shape[String(key)]] : [];
		if (def.type === "record") return def.valueType ? [def.valueType] : [];
		if (def.type === "array") return def.element ? [def.element] : [];
		return [];
	});
	return current.flatMap(unwrap);
}
/** A schema without its wrappers (default, optional, pipe, …), union members side by side. */
function unwrap(schema) {
	const def = defOf(schema);
	if (!def) return [];
	switch (def.type) {
		case "default":
		case "prefault":
		case "optional":
		case "nullable":
		case "readonly":
		case "catch": return def.innerType ? unwrap(def.innerType) : [];
		case "pipe": return def.in ? unwrap(def.in) : [];
		case "union": return (def.options ?? []).flatMap(unwrap);
		default: return [schema];
	}
}
/** The keys a config object at `path` may have. */
function knownKeys(schema, path) {
	const keys = /* @__PURE__ */ new Set();
	for (const s of schemasAt(schema, path)) {
		const def = defOf(s);
		if (def.type === "object") Object.keys(def.shape ?? {}).forEach((k) => keys.add(k));
		if (def.type === "record") for (const k of unwrap(def.keyType)) Object.values(defOf(k)?.entries ?? {}).forEach((v) => keys.add(String(v)));
	}
	return [...keys];
}
/** A dotted field path, list items by index: `cost.models.plan`, `tests.frameworks.0`. */
function fieldPath(path) {
	return path.map(String).join(".") || "(top level)";
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
		problems.push({
			field: fieldPath(path),
			...line ? { line } : {},
			message
		});
	};
	const visit = (issue, prefix) => {
		const path = [...prefix, ...issue.path];
		switch (issue.code) {
			case "unrecognized_keys": {
				const known = knownKeys(schema, path);
				for (const key of issue.keys) {
					const near = closestName(key, known);
					add([...path, key], near ? `unknown key '${key}'; did you mean '${near}'?` : `unknown key '${key}'; the keys here are: ${known.join(", ")}.`);
				}
				return;
			}
			case "invalid_value": {
				const allowed = issue.values.map(String);
				const given = valueAt(issue.input);
				const near = given !== void 0 ? closestName(given, allowed) : void 0;
				const list = allowed.length === 1 ? `must be ${JSON.stringify(issue.values[0])}` : `must be one of ${allowed.join(", ")}`;
				if (issue.input === void 0) add(path, `missing: it is required (it ${list}).`);
				else add(path, `${given !== void 0 ? `'${given}' ` : ""}${list}${near ? `; did you mean '${near}'?` : "."}`);
				return;
			}
			case "invalid_union": {
				const shaped = issue.errors.filter((member) => member.length > 0 && !member.some(isWrongKind));
				if (shaped.length === 1) {
					shaped[0].forEach((i) => visit(i, path));
					return;
				}
				const wrong = issue.errors.flatMap((member) => member.filter(isWrongKind));
				const values = wrong.flatMap((i) => i.code === "invalid_value" ? i.values.map(String) : []);
				const forms = [...values.length > 0 ? [`one of ${values.join(", ")}`] : [], ...wrong.flatMap((i) => i.code === "invalid_type" ? [YAML_KINDS[i.expected] ?? `a ${i.expected}`] : [])];
				const given = valueAt(issue.input);
				const near = given !== void 0 ? closestName(given, values) : void 0;
				if (forms.length === 0) add(path, `${lowerFirst(issue.message)}.`);
				else add(path, `${given !== void 0 ? `'${given}' is` : "it is"} none of the accepted forms: ${forms.join("; or ")}${near ? `. Did you mean '${near}'?` : "."}`);
				return;
			}
			case "invalid_type":
				add(path, issue.input === void 0 ? `missing: it is required (${lowerFirst(issue.message.replace(/, received undefined$/, ""))}).` : `${lowerFirst(issue.message)}.`);
				return;
			default: add(path, `${lowerFirst(issue.message)}.`);
		}
	};
	for (const issue of issues) visit(issue, []);
	return problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}
/** What a YAML author calls each kind of value. */
const YAML_KINDS = {
	object: "a mapping (key: value lines)",
	array: "a list",
	string: "a string",
	number: "a number",
	boolean: "true or false"
};
/** An issue that says the value is not of this kind at all (not a field of it that is wrong). */
function isWrongKind(issue) {
	return issue.path.length === 0 && (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union");
}
function valueAt(input) {
	return typeof input === "string" || typeof input === "number" || typeof input === "boolean" ? String(input) : void 0;
}
function lowerFirst(text) {
	return text.replace(/^Invalid input: /, "").replace(/^./, (c) => c.toLowerCase());
}
// packages/config/lib/load.js
/** Finds the line of the YAML node at a zod issue path (or its nearest existing parent). */
function lineOf(doc, counter, path) {
	let node = doc.contents;
	let line = rangeLine(node, counter);
	for (const key of path) if ((0, import_dist.isMap)(node)) {
		const pair = node.items.find((p) => (0, import_dist.isScalar)(p.key) && String(p.key.value) === String(key));
		if (!pair) break;
		line = rangeLine(pair.key, counter) ?? line;
		node = pair.value;
	} else if ((0, import_dist.isSeq)(node) && typeof key === "number") {
		node = node.items[key];
		line = rangeLine(node, counter) ?? line;
	} else break;
	return line;
}
function rangeLine(node, counter) {
	const range = node?.range;
	return range ? counter.linePos(range[0]).line : void 0;
}
/**
* A config file with problems: every one of them, each with its field and line,
* so one edit fixes them all. `file`, `field` and `line` are those of the first.
*/
var ConfigFileError = class extends ConfigurationError {
	problems;
	singles;
	constructor(what, file, source, problems, fix) {
		const first = problems[0];
		super(first.message, {
			file,
			field: first.field,
			...first.line ? { line: first.line } : {},
			fix
		});
		this.name = "ConfigFileError";
		this.problems = problems;
		const field = (p) => p.field === "(top level)" ? "" : `field '${p.field}'`;
		const read = source.commit ? ` The ${what} was read at the base commit ${shortCommit(source.commit)}.` : "";
		this.singles = problems.map((p) => `${[`${file}${p.line ? `:${p.line}` : ""}`, field(p)].filter(Boolean).join(", ")}: ${p.message}${read} Fix: ${fix}`);
		if (problems.length === 1) this.message = this.singles[0];
		else {
			const lines = problems.map((p) => `  - ${[p.line ? `line ${p.line}` : "", field(p)].filter(Boolean).join(", ") || "the file"}: ${p.message}`);
			this.message = `${describeSource(file, what, source)} has ${problems.length} problems:\n${lines.join("\n")}\nFix: ${fix}`;
		}
	}
	reportedProblems() {
		const file = this.file;
		return this.problems.map((p, i) => ({
			message: this.singles[i],
			path: file,
			...p.line ? { line: p.line } : {}
		}));
	}
};
/**
* Parses YAML text and validates it. Every problem is reported at once — each
* with the file, the line and the field, an unknown key with the closest known
* one — so nothing is fixed one run at a time. Nothing is half-loaded: it
* either returns the whole valid value or throws a ConfigFileError.
*/
function parseConfig(text, file, schema, what, source = {}) {
	const counter = new import_dist.LineCounter();
	const doc = (0, import_dist.parseDocument)(text, {
		lineCounter: counter,
		prettyErrors: false,
		uniqueKeys: true
	});
	if (doc.errors.length > 0) {
		const problems = doc.errors.map((e) => {
			const line = e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line;
			return {
				field: "(top level)",
				...line ? { line } : {},
				message: `not valid YAML: ${e.message.split("\n")[0].replace(/\.$/, "")}.`
			};
		});
		throw new ConfigFileError(what, file, source, problems, `correct the YAML syntax at ${problems.length === 1 ? "that line" : "those lines"}.`);
	}
	const value = doc.toJS();
	const parsed = schema.safeParse(value ?? {}, { reportInput: true });
	if (!parsed.success) {
		const problems = configProblems(schema, parsed.error.issues, (path) => lineOf(doc, counter, path));
		const schemaName = CONFIG_SCHEMA_FILES[what];
		throw new ConfigFileError(what, file, source, problems, `correct ${problems.length === 1 ? "that field" : "each field"} as the schema says (${schemaName ? `schemas/${schemaName}` : "schemas/"} in the agent-guards repository; add '# yaml-language-server: $schema=…' for checks in the editor).`);
	}
	return parsed.data;
}
/** The published JSON Schema of each config file kind, by the name messages give it. */
const CONFIG_SCHEMA_FILES = {
	policy: "policy.schema.json",
	ticket: "ticket.schema.json",
	"tool manifest": "tool-manifest.schema.json",
	"spec map": "spec-map.schema.json"
};
/** The policy at the base commit; the built-in defaults when the default path has none. */
async function loadPolicy(options) {
	const path = options.path ?? ".github/agent-guards.yml";
	const text = await readFileAt(options.repo, options.base, path);
	if (text === void 0) {
		if (options.path && options.path !== ".github/agent-guards.yml") throw new ConfigurationError(`the policy file does not exist at the base commit ${shortCommit(options.base)}.`, {
			file: path,
			fix: "commit the policy to the base branch, or pass the right --policy path."
		});
		options.logger?.info(`no policy at ${path} on the base commit: using the built-in defaults.`);
		return {
			policy: defaultPolicy(),
			path,
			found: false
		};
	}
	return {
		policy: parseConfig(text, path, PolicySchema, "policy", { commit: options.base }),
		path,
		found: true
	};
}
// packages/cost-ceiling/lib/money.js
/**
* Money is held as integer micro-dollars (1 USD = 1,000,000 µ$) everywhere, so
* sums over a million calls are exact integer sums with no floating-point drift.
* Dollars appear only at the edges: policy values coming in, text going out.
*/
const MICRO_PER_USD = 1e6;
/** A dollar amount from the policy or a recorded cost, to the nearest micro-dollar. */
function usdToMicro(usd) {
	if (!Number.isFinite(usd) || usd < 0) throw new RangeError(`not a non-negative dollar amount: ${usd}`);
	return Math.round(usd * MICRO_PER_USD);
}
/**
* Integer division rounding half up, exact for non-negative safe integers
* (no `x / d` float that could land on 0.4999…).
*/
function divideRounded(numerator, divisor) {
	const quotient = Math.floor(numerator / divisor);
	return 2 * (numerator - quotient * divisor) >= divisor ? quotient + 1 : quotient;
}
/** Exact decimal text of a micro-dollar amount, at least two decimals: 4500000 → "4.50", 4510001 → "4.510001". */
function microToDecimal(micro) {
	if (!Number.isSafeInteger(micro)) throw new RangeError(`not an integer micro-dollar amount: ${micro}`);
	const sign = micro < 0 ? "-" : "";
	const abs = Math.abs(micro);
	const dollars = Math.floor(abs / MICRO_PER_USD);
	return `${sign}${dollars}.${String(abs - dollars * MICRO_PER_USD).padStart(6, "0").replace(/0+$/, "").padEnd(2, "0")}`;
}
/** "$4.50" */
function formatUsd(micro) {
	return `$${microToDecimal(micro)}`;
}
/** A ratio such as 0.8 or 1.5 as an integer count of millionths, for integer comparisons. */
function ratioToMillionths(ratio) {
	if (!Number.isFinite(ratio) || ratio < 0) throw new RangeError(`not a non-negative ratio: ${ratio}`);
	return Math.round(ratio * 1e6);
}
/**
* `part / whole < ratio`, decided in integers: part × 10⁶ < ratio(millionths) × whole.
* BigInt keeps it exact when token counts reach the billions.
*/
function fractionBelow(part, whole, ratio) {
	return BigInt(part) * 1000000n < BigInt(ratioToMillionths(ratio)) * BigInt(whole);
}
/** `value > ratio × base`, decided in integers. */
function exceedsMultiple(value, base, ratio) {
	return BigInt(value) * 1000000n > BigInt(ratioToMillionths(ratio)) * BigInt(base);
}
// packages/cost-ceiling/lib/usage.js
function emptyCounts() {
	return {
		input: 0,
		output: 0,
		cacheWrite5m: 0,
		cacheWrite1h: 0,
		cacheRead: 0
	};
}
/**
* Normalises API usage. When the TTL breakdown is present the 1-hour part is
* taken from it and the rest of `cache_creation_input_tokens` is 5-minute, so
* the total always equals what the API reported as cache creation.
*/
function countsFromUsage(usage) {
	const creation = usage.cache_creation_input_tokens ?? 0;
	const oneHour = Math.min(usage.cache_creation?.ephemeral_1h_input_tokens ?? 0, creation);
	return {
		input: usage.input_tokens,
		output: usage.output_tokens,
		cacheWrite5m: creation - oneHour,
		cacheWrite1h: oneHour,
		cacheRead: usage.cache_read_input_tokens ?? 0
	};
}
function cacheCreation(c) {
	return c.cacheWrite5m + c.cacheWrite1h;
}
/** Total input = input + cache creation + cache read (contracts.md, "Usage ledger"). */
function totalInput(c) {
	return c.input + c.cacheWrite5m + c.cacheWrite1h + c.cacheRead;
}
/**
* The tokens a session cap counts: total input (cache tokens included) plus
* output. Cached tokens still occupy the context window the cap protects, and
* the runner projects its budget with this same sum.
*/
function capTokens(c) {
	return totalInput(c) + c.output;
}
function addCounts(into, c) {
	into.input += c.input;
	into.output += c.output;
	into.cacheWrite5m += c.cacheWrite5m;
	into.cacheWrite1h += c.cacheWrite1h;
	into.cacheRead += c.cacheRead;
}
// packages/cost-ceiling/lib/prices.js
const CACHE_WRITE_5M = 1.25;
const CACHE_WRITE_1H = 2;
const CACHE_READ = .1;
function fromUsdPerMtok(inputUsd, outputUsd, multipliers = {
	w5: CACHE_WRITE_5M,
	w1: CACHE_WRITE_1H,
	r: CACHE_READ
}) {
	const input = usdToMicro(inputUsd);
	return {
		input,
		output: usdToMicro(outputUsd),
		cacheWrite5m: Math.round(input * multipliers.w5),
		cacheWrite1h: Math.round(input * multipliers.w1),
		cacheRead: Math.round(input * multipliers.r)
	};
}
/** Anthropic list prices of the current models (USD per million tokens). */
const HAIKU_4_5 = fromUsdPerMtok(1, 5);
const SONNET_4_X = fromUsdPerMtok(3, 15);
const OPUS_4_5_AND_LATER = fromUsdPerMtok(5, 25);
/**
* The family a model id belongs to: date suffixes, provider prefixes and
* context-window tags are dropped, so `claude-sonnet-4-5-20250929`,
* `us.anthropic.claude-sonnet-4-5-20250929-v1:0` (Bedrock),
* `claude-sonnet-4-5@20250929` (Vertex) and `claude-sonnet-4-5[1m]` are all
* `claude-sonnet-4-5`; `gpt-5-2025-08-07` and `openai/gpt-5` are `gpt-5`;
* dots become dashes (`gpt-5.1-codex` → `gpt-5-1-codex`, `gemini-2.5-pro` →
* `gemini-2-5-pro`, Copilot's `claude-sonnet-4.5` → `claude-sonnet-4-5`).
*/
function modelFamily(model) {
	return model.trim().toLowerCase().replace(/^(?:openai|google|models|anthropic|azure|copilot|vertex_ai|gemini)\//, "").replace(/^(?:[a-z]{2,6}\.)?anthropic\./, "").replace(/\[[^\]]*\]$/, "").replace(/-v\d+(?::\d+)?$/, "").replace(/@(?:\d{8}|latest)$/, "").replace(/-(?:\d{8}|\d{4}-\d{2}-\d{2}|latest)$/, "").replace(/(\d)\.(\d)/g, "$1-$2");
}
/**
* OpenAI and Google list prices (USD per million tokens: input, output, and
* cached input as a share of input), for the agents whose usage the guard
* reads besides the runner's: codex-action / `codex exec`, run-gemini-cli and
* gh-aw's engines. OpenAI bills cached input at a discount and has no cache
* write; input counts include the cached part (the readers split it out).
* Gemini 2.5/3 Pro bills prompts over 200k tokens at a higher rate that usage
* totals cannot tell apart: they are priced at the ≤200k rate here, and a team
* with long prompts sets `cost.prices` for the model. Prices change: the policy
* overrides any of these, and a model missing here fails closed.
*/
const LIST_PRICES = {
	"gpt-5": [
		1.25,
		10,
		.1
	],
	"gpt-5-codex": [
		1.25,
		10,
		.1
	],
	"gpt-5-1": [
		1.25,
		10,
		.1
	],
	"gpt-5-1-codex": [
		1.25,
		10,
		.1
	],
	"gpt-5-1-codex-max": [
		1.25,
		10,
		.1
	],
	"gpt-5-mini": [
		.25,
		2,
		.1
	],
	"gpt-5-1-codex-mini": [
		.25,
		2,
		.1
	],
	"gpt-5-nano": [
		.05,
		.4,
		.1
	],
	"gpt-4-1": [
		2,
		8,
		.25
	],
	"gpt-4-1-mini": [
		.4,
		1.6,
		.25
	],
	"gpt-4-1-nano": [
		.1,
		.4,
		.25
	],
	o3: [
		2,
		8,
		.25
	],
	"o4-mini": [
		1.1,
		4.4,
		.25
	],
	"codex-mini": [
		1.5,
		6,
		.25
	],
	"gemini-2-5-pro": [
		1.25,
		10,
		.1
	],
	"gemini-2-5-flash": [
		.3,
		2.5,
		.1
	],
	"gemini-2-5-flash-lite": [
		.1,
		.4,
		.1
	],
	"gemini-3-pro-preview": [
		2,
		12,
		.1
	]
};
/** The built-in price of a model family, or undefined when the table does not know it. */
function builtInPrice(family) {
	if (family === "claude-haiku-4-5") return HAIKU_4_5;
	if (family === "claude-sonnet-4-5" || family === "claude-sonnet-4-6") return SONNET_4_X;
	const opus = /^claude-opus-(\d+)(?:-(\d+))?$/.exec(family);
	if (opus) {
		const major = Number(opus[1]);
		const minor = Number(opus[2] ?? 0);
		if (major > 4 || major === 4 && minor >= 5) return OPUS_4_5_AND_LATER;
	}
	const listed = Object.hasOwn(LIST_PRICES, family) ? LIST_PRICES[family] : void 0;
	return listed ? fromUsdPerMtok(listed[0], listed[1], {
		w5: 1,
		w1: 1,
		r: listed[2]
	}) : void 0;
}
/**
* Resolves and remembers model prices: the policy override for the exact id,
* then for its family, then the built-in table. An unknown model has no price;
* it is never priced at zero.
*/
var PriceBook = class {
	overrides;
	resolved = /* @__PURE__ */ new Map();
	constructor(overrides = {}) {
		this.overrides = overrides;
	}
	find(model) {
		if (this.resolved.has(model)) return this.resolved.get(model);
		const family = modelFamily(model);
		const own = (key) => Object.hasOwn(this.overrides, key) ? this.overrides[key] : void 0;
		const override = own(model) ?? own(family);
		const price = override ? fromUsdPerMtok(override.input_per_mtok, override.output_per_mtok, {
			w5: override.cache_write_5m_multiplier,
			w1: override.cache_write_1h_multiplier,
			r: override.cache_read_multiplier
		}) : builtInPrice(family);
		this.resolved.set(model, price);
		return price;
	}
	/** The price of a model, or a ConfigurationError saying how to price it. */
	require(model, where = {}) {
		const price = this.find(model);
		if (price) return price;
		throw new ConfigurationError(`model '${model}' has no price: the built-in table covers Claude Haiku 4.5, Sonnet 4.5/4.6 and Opus 4.5 and later, OpenAI's GPT-5, GPT-4.1, o3/o4-mini and Codex models, and Gemini 2.5 and 3 Pro; an unpriced model is not counted as free.`, {
			...where,
			field: `cost.prices.${modelFamily(model)}`,
			fix: `add the model's list price to the policy: cost.prices.${modelFamily(model)}: { input_per_mtok: …, output_per_mtok: … }.`
		});
	}
	/** Exact cost of some tokens of one model, rounded to the nearest micro-dollar. */
	cost(model, counts, where) {
		return costMicro(this.require(model, where), counts);
	}
};
/** Σ tokens × price is exact in pico-dollars; one rounding to micro-dollars at the end. */
function costMicro(price, c) {
	const pico = c.input * price.input + c.output * price.output + c.cacheWrite5m * price.cacheWrite5m + c.cacheWrite1h * price.cacheWrite1h + c.cacheRead * price.cacheRead;
	if (Number.isSafeInteger(pico)) return divideRounded(pico, 1e6);
	const big = BigInt(c.input) * BigInt(price.input) + BigInt(c.output) * BigInt(price.output) + BigInt(c.cacheWrite5m) * BigInt(price.cacheWrite5m) + BigInt(c.cacheWrite1h) * BigInt(price.cacheWrite1h) + BigInt(c.cacheRead) * BigInt(price.cacheRead);
	return Number((big + 500000n) / 1000000n);
}
// packages/cost-ceiling/lib/usage-record.js
/**
* Where a record came from: the runner's ledger, a claude-code-action
* execution file, or another agent's usage file (agents/): codex-action or
* `codex exec`, run-gemini-cli or `gemini`, gh-aw.
*/
const USAGE_SOURCES = [
	"runner-ledger",
	"claude-code-action",
	"codex",
	"gemini-cli",
	"gh-aw"
];
/**
* Keys records by content: a hash of the session and the usage fields, plus the
* occurrence number of identical content within one file, so two genuinely
* identical calls stay two while the same file read or appended twice adds nothing.
*/
var RecordKeyer = class {
	seen = /* @__PURE__ */ new Map();
	key(parts) {
		const digest = createHash("sha256").update(parts.map((p) => p === void 0 ? "" : String(p)).join("")).digest("base64url").slice(0, 22);
		const n = this.seen.get(digest) ?? 0;
		this.seen.set(digest, n + 1);
		return `${digest}.${n}`;
	}
};
/** The fields a record's identity is made of. */
function identityParts(r) {
	const c = r.counts;
	return [
		r.source,
		r.session,
		r.repo,
		r.pr,
		r.mode,
		r.model,
		r.ts,
		c.input,
		c.output,
		c.cacheWrite5m,
		c.cacheWrite1h,
		c.cacheRead
	];
}
// packages/cost-ceiling/lib/ledger-schema.js
const tokenCount$1 = number().int().nonnegative();
/**
* One line of the runner's usage ledger (contracts.md, "Usage ledger"): one
* model call. Strict: a field the schema does not know is a writer out of step
* with the reader, and the guard would rather say so than guess.
*/
const LedgerLineSchema = strictObject({
	session: string().min(1),
	ticket: string().min(1),
	repo: string().regex(/^[^/\s]+\/[^/\s]+$/, "repo is owner/name"),
	/** Absent (or null) until the session has opened its PR. */
	pr: number().int().positive().nullable().optional(),
	mode: _enum(MODES),
	model: string().min(1),
	ts: datetime({ offset: true }),
	input_tokens: tokenCount$1,
	output_tokens: tokenCount$1,
	cache_creation_input_tokens: tokenCount$1,
	cache_read_input_tokens: tokenCount$1,
	/** The API's cache-write breakdown by TTL, when the response had one. */
	cache_creation: strictObject({
		ephemeral_5m_input_tokens: tokenCount$1,
		ephemeral_1h_input_tokens: tokenCount$1
	}).optional(),
	/** What the runner priced the call at; the guard reprices from tokens and reports both. */
	cost_usd: number().nonnegative()
}).refine((l) => !l.cache_creation || l.cache_creation.ephemeral_5m_input_tokens + l.cache_creation.ephemeral_1h_input_tokens === l.cache_creation_input_tokens, {
	message: "cache_creation by TTL must add up to cache_creation_input_tokens",
	path: ["cache_creation"]
}).describe("agent-guards usage ledger line: one model call, written by the runner.");
// packages/cost-ceiling/lib/usage-ledger.js
const FIX_GARBLED = "the ledger is written only by the runner (appendLedgerLine); restore it from the run artifact, or re-run the session. The guard does not skip lines, because a skipped line is uncounted cost.";
/**
* The runner's usage ledger, read whole and validated line by line. A missing,
* empty or garbled ledger is a ConfigurationError naming the file and line:
* the guard fails closed rather than totalling part of the spend.
*/
var UsageLedger = class UsageLedger {
	file;
	entries;
	constructor(file, entries) {
		this.file = file;
		this.entries = entries;
	}
	static async read(file) {
		let text;
		try {
			text = await readFile(file, "utf8");
		} catch (error) {
			if (error.code === "ENOENT") throw new ConfigurationError("the usage ledger does not exist.", {
				file,
				fix: "pass the ledger the runner wrote for this session (download the run artifact before this step)."
			});
			throw error;
		}
		return UsageLedger.parse(text, file);
	}
	static parse(text, file) {
		if (text.length === 0) throw new ConfigurationError("the usage ledger is empty: a session that made no model call writes no ledger, so an empty one means the spend was not recorded.", {
			file,
			line: 1,
			fix: FIX_GARBLED
		});
		const lines = text.split("\n");
		if (lines.pop() !== "") throw new ConfigurationError("the last ledger line has no newline: the writer stopped mid-line.", {
			file,
			line: lines.length + 1,
			fix: FIX_GARBLED
		});
		const entries = [];
		for (let i = 0; i < lines.length; i += 1) entries.push({
			line: i + 1,
			value: parseLedgerLine(lines[i], file, i + 1)
		});
		return new UsageLedger(file, entries);
	}
	/** Every call priced with `prices`; an unpriced model is an error naming its line. */
	toRecords(prices) {
		const keyer = new RecordKeyer();
		return this.entries.map(({ line, value }) => {
			const counts = countsFromUsage(value);
			const base = {
				source: "runner-ledger",
				session: value.session,
				ticket: value.ticket,
				repo: value.repo,
				...value.pr ? { pr: value.pr } : {},
				mode: value.mode,
				model: value.model,
				ts: Date.parse(value.ts),
				counts
			};
			return {
				...base,
				key: keyer.key(identityParts(base)),
				costMicro: prices.cost(value.model, counts, {
					file: this.file,
					line
				}),
				recordedCostMicro: usdToMicro(value.cost_usd),
				file: this.file,
				line
			};
		});
	}
};
function parseLedgerLine(text, file, line) {
	if (text.trim().length === 0) throw new ConfigurationError("blank line in the usage ledger.", {
		file,
		line,
		fix: FIX_GARBLED
	});
	let json;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new ConfigurationError(`usage ledger line is not valid JSON (${error.message}).`, {
			file,
			line,
			fix: FIX_GARBLED
		});
	}
	const parsed = LedgerLineSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const field = issue.path.map(String).join(".") || "(line)";
		throw new ConfigurationError(`usage ledger line does not match the ledger schema: ${issue.message}.`, {
			file,
			line,
			field,
			fix: FIX_GARBLED
		});
	}
	return parsed.data;
}
// packages/cost-ceiling/lib/execution-file.js
/**
* The execution file anthropics/claude-code-action writes
* ($RUNNER_TEMP/claude-execution-<id>/claude-execution-output.json, output
* `execution_file`): `JSON.stringify(messages, null, 2)` of the Agent SDK
* messages of one `query()`. Only the fields the guard uses are checked; the
* SDK adds message types and fields freely, so the rest passes through.
*/
const tokens$1 = number().int().nonnegative();
const ApiUsageSchema = object({
	input_tokens: tokens$1,
	output_tokens: tokens$1,
	cache_creation_input_tokens: tokens$1.nullable().optional(),
	cache_read_input_tokens: tokens$1.nullable().optional(),
	cache_creation: object({
		ephemeral_5m_input_tokens: tokens$1.nullable().optional(),
		ephemeral_1h_input_tokens: tokens$1.nullable().optional()
	}).nullable().optional()
});
const AssistantMessageSchema = object({
	type: literal("assistant"),
	session_id: string(),
	message: object({
		id: string().min(1),
		model: string().min(1),
		usage: ApiUsageSchema
	})
});
const ModelUsageSchema = object({
	inputTokens: tokens$1,
	outputTokens: tokens$1,
	cacheReadInputTokens: tokens$1,
	cacheCreationInputTokens: tokens$1,
	costUSD: number().nonnegative().optional()
});
const ResultMessageSchema = object({
	type: literal("result"),
	subtype: string(),
	session_id: string().min(1),
	total_cost_usd: number().nonnegative(),
	usage: ApiUsageSchema,
	modelUsage: record(string(), ModelUsageSchema).optional()
});
const AnyMessageSchema = object({ type: string() });
/** Mode name for usage that did not come from the runner's modes. */
const EXECUTION_FILE_MODE = "claude-code-action";
const FIX$2 = "pass the `execution_file` output of anthropics/claude-code-action from a run that finished (the file is written with a final `result` message).";
/**
* One record per model from a claude-code-action run. Token totals per model
* come from the final `result` message's `modelUsage` (it counts subagent calls
* too); without it, from the assistant messages, counted once per API message
* id (parallel tool uses repeat one response's usage on several messages) and
* taking the highest output count of a group, as the SDK's cost-tracking guide
* says. The 1-hour cache-write share comes from the assistant messages' TTL
* breakdown, the only place it appears.
*/
async function readExecutionFile(file, prices, options) {
	let text;
	try {
		text = await readFile(file, "utf8");
	} catch (error) {
		if (error.code === "ENOENT") throw new ConfigurationError("the claude-code-action execution file does not exist.", {
			file,
			fix: FIX$2
		});
		throw error;
	}
	return parseExecutionFile(text, file, prices, options);
}
function parseExecutionFile(text, file, prices, options) {
	let json;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new ConfigurationError(`the execution file is not valid JSON (${error.message}).`, {
			file,
			line: jsonErrorLine(text, error),
			fix: FIX$2
		});
	}
	if (!Array.isArray(json) || json.length === 0) throw new ConfigurationError("the execution file is not a non-empty JSON array of SDK messages.", {
		file,
		line: 1,
		fix: FIX$2
	});
	const lines = elementLines(text);
	const at = (i) => ({
		file,
		line: lines[i] ?? 1
	});
	const steps = /* @__PURE__ */ new Map();
	let result;
	json.forEach((message, i) => {
		const kind = AnyMessageSchema.safeParse(message);
		if (!kind.success) throw new ConfigurationError(`execution file element ${i} is not an SDK message (no string \`type\`).`, {
			...at(i),
			fix: FIX$2
		});
		if (kind.data.type === "assistant") {
			const m = parseAt(AssistantMessageSchema, message, at(i), i);
			const counts = countsFromUsage(m.message.usage);
			const step = steps.get(m.message.id);
			if (!step) steps.set(m.message.id, {
				model: m.message.model,
				usage: counts
			});
			else step.usage.output = Math.max(step.usage.output, counts.output);
		} else if (kind.data.type === "result") {
			if (result) throw new ConfigurationError("the execution file has more than one `result` message; it should hold one query.", {
				...at(i),
				fix: FIX$2
			});
			result = parseAt(ResultMessageSchema, message, at(i), i);
		}
	});
	if (!result) throw new ConfigurationError("the execution file has no final `result` message: the run did not finish, so its usage cannot be totalled.", {
		file,
		line: lines[lines.length - 1] ?? 1,
		fix: FIX$2
	});
	const fromSteps = /* @__PURE__ */ new Map();
	for (const { model, usage } of steps.values()) {
		const sum = fromSteps.get(model) ?? emptyCounts();
		addCounts(sum, usage);
		fromSteps.set(model, sum);
	}
	const perModel = /* @__PURE__ */ new Map();
	const modelUsage = Object.entries(result.modelUsage ?? {});
	if (modelUsage.length > 0) for (const [model, u] of modelUsage) {
		const oneHour = Math.min(fromSteps.get(model)?.cacheWrite1h ?? 0, u.cacheCreationInputTokens);
		perModel.set(model, {
			input: u.inputTokens,
			output: u.outputTokens,
			cacheWrite5m: u.cacheCreationInputTokens - oneHour,
			cacheWrite1h: oneHour,
			cacheRead: u.cacheReadInputTokens
		});
	}
	else for (const [model, counts] of fromSteps) perModel.set(model, counts);
	const resultLine = lines[json.length - 1] ?? 1;
	const keyer = new RecordKeyer();
	const ts = options.now.getTime();
	const records = [];
	for (const [model, counts] of perModel) {
		const base = {
			source: "claude-code-action",
			session: result.session_id,
			...options.repo ? { repo: options.repo } : {},
			...options.pr ? { pr: options.pr } : {},
			mode: EXECUTION_FILE_MODE,
			model,
			ts,
			counts
		};
		const recorded = result.modelUsage?.[model]?.costUSD;
		records.push({
			...base,
			key: keyer.key(identityParts(base)),
			costMicro: prices.cost(model, counts, {
				file,
				line: resultLine
			}),
			...recorded !== void 0 ? { recordedCostMicro: usdToMicro(recorded) } : {},
			file,
			line: resultLine
		});
	}
	if (records.length === 0) throw new ConfigurationError("the execution file records no model usage at all.", {
		file,
		line: resultLine,
		fix: FIX$2
	});
	if (modelUsage.length === 0) {
		if (records.length === 1) records[0].recordedCostMicro = usdToMicro(result.total_cost_usd);
	}
	return records;
}
function parseAt(schema, value, where, index) {
	const parsed = schema.safeParse(value);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0];
	throw new ConfigurationError(`execution file element ${index} does not have the SDK message shape: ${issue.message}.`, {
		...where,
		field: issue.path.map(String).join(".") || "(message)",
		fix: FIX$2
	});
}
/** The 1-based line where each top-level array element starts (a small JSON scanner). */
function elementLines(text) {
	const starts = [];
	let depth = 0;
	let line = 1;
	let inString = false;
	let expectElement = false;
	for (let i = 0; i < text.length; i += 1) {
		const ch = text[i];
		if (ch === "\n") line += 1;
		if (inString) {
			if (ch === "\\") i += 1;
			else if (ch === "\"") inString = false;
			continue;
		}
		if (depth === 1 && expectElement && !/\s/.test(ch) && ch !== "]") {
			starts.push(line);
			expectElement = false;
		}
		if (ch === "\"") inString = true;
		else if (ch === "[" || ch === "{") {
			depth += 1;
			if (depth === 1) expectElement = true;
		} else if (ch === "]" || ch === "}") depth -= 1;
		else if (ch === "," && depth === 1) expectElement = true;
	}
	return starts;
}
/** The line of a JSON.parse error, from the position V8 reports. */
function jsonErrorLine(text, error) {
	const position = /position (\d+)/.exec(error.message);
	if (!position) return 1;
	return text.slice(0, Number(position[1])).split("\n").length;
}
// packages/cost-ceiling/lib/agents/usage-file.js
/** Prices drafts into records (an unpriced model is a ConfigurationError naming the file and line). */
function pricedRecords(drafts, file, prices, options) {
	const keyer = new RecordKeyer();
	return drafts.map((d) => {
		const base = {
			source: d.source,
			session: d.session,
			...options.repo ? { repo: options.repo } : {},
			...options.pr ? { pr: options.pr } : {},
			mode: d.source,
			model: d.model,
			ts: d.ts,
			counts: d.counts
		};
		return {
			...base,
			key: keyer.key(identityParts(base)),
			costMicro: prices.cost(d.model, d.counts, {
				file,
				...d.line ? { line: d.line } : {}
			}),
			file,
			...d.line ? { line: d.line } : {}
		};
	});
}
/** JSON Lines, every line an object; a garbled line is an error naming it (a skipped line is uncounted cost). */
function jsonLines(text, file, fix) {
	const out = [];
	const lines = text.split("\n");
	lines.forEach((raw, i) => {
		const text = raw.trim();
		if (text.length === 0) return;
		let value;
		try {
			value = JSON.parse(text);
		} catch (error) {
			const why = lines.slice(i + 1).every((l) => l.trim().length === 0) ? "the last line is not complete JSON: the writer stopped mid-line" : `line is not valid JSON (${error.message})`;
			throw new ConfigurationError(`${why}.`, {
				file,
				line: i + 1,
				fix
			});
		}
		if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ConfigurationError("line is not a JSON object.", {
			file,
			line: i + 1,
			fix
		});
		out.push({
			line: i + 1,
			value
		});
	});
	return out;
}
/** A non-negative integer field, or a ConfigurationError that names it. */
function count(value, field, where, fix) {
	if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
	throw new ConfigurationError(`${field} is not a token count (${JSON.stringify(value) ?? "missing"}).`, {
		...where,
		field,
		fix
	});
}
/** A count field that older writers leave out: absent is 0, anything else must be a count. */
function optionalCount(value, field, where, fix) {
	return value === void 0 || value === null ? 0 : count(value, field, where, fix);
}
function isObject(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
function timestamp(value, fallback) {
	const ms = typeof value === "string" ? Date.parse(value) : NaN;
	return Number.isFinite(ms) ? ms : fallback.getTime();
}
// packages/cost-ceiling/lib/agents/codex.js
/**
* OpenAI Codex usage, in the two files codex writes.
*
* `codex exec --json` (what openai/codex-action runs; its stdout):
* codex-rs/exec/src/exec_events.rs and event_processor_with_jsonl_output.rs.
* `{"type":"thread.started","thread_id":…}`, then per turn
* `{"type":"turn.completed","usage":{"input_tokens","cached_input_tokens","output_tokens"}}`.
* Quirks: `usage` is the thread's running total, not the turn's
* (`usage_from_last_total` reads `ThreadTokenUsage.total`), so the last one
* counts and adding them up would count the first turn again and again;
* `input_tokens` includes `cached_input_tokens` (codex's own
* `non_cached_input()` subtracts it) and `output_tokens` includes reasoning;
* the stream never names the model — it is the `model` input of
* codex-action or `codex exec -m`, which the guard must be told.
*
* The session rollout, `$CODEX_HOME/sessions/YYYY/MM/DD/rollout-*.jsonl`
* (what codex-action's extractTokenOutputs reads): `session_meta` (payload.id),
* `turn_context` (payload.model, once per turn), and `event_msg` lines whose
* payload is `{"type":"token_count","info":{"total_token_usage":…,"last_token_usage":…}}`.
* Quirks: `info` is null on the token_count events that only carry rate
* limits; the same totals are emitted more than once; the model can change
* between turns. So usage is the growth of `total_token_usage` from one
* token_count to the next, given to the model of the turn it grew in.
*/
const EXEC_FIX = "pass the stdout of `codex exec --json` (codex-action with codex-args [\"--json\"]) from a run that finished, and the model it ran (agent-model).";
const ROLLOUT_FIX = "pass the session rollout codex wrote ($CODEX_HOME/sessions/…/rollout-*.jsonl) of a run that finished.";
function codexUsage(value, field, where, fix) {
	if (!isObject(value)) throw new ConfigurationError(`${field} is not a usage object.`, {
		...where,
		field,
		fix
	});
	return {
		input: count(value.input_tokens, `${field}.input_tokens`, where, fix),
		cached: optionalCount(value.cached_input_tokens, `${field}.cached_input_tokens`, where, fix),
		cacheWrite: optionalCount(value.cache_write_input_tokens, `${field}.cache_write_input_tokens`, where, fix),
		output: count(value.output_tokens, `${field}.output_tokens`, where, fix)
	};
}
function countsOf(u, where, fix) {
	const uncached = u.input - u.cached - u.cacheWrite;
	if (uncached < 0) throw new ConfigurationError("cached input exceeds input_tokens, which includes it: the usage is not codex’s.", {
		...where,
		fix
	});
	return {
		...emptyCounts(),
		input: uncached,
		output: u.output,
		cacheRead: u.cached,
		cacheWrite5m: u.cacheWrite
	};
}
function grew(now, before) {
	return {
		input: now.input - before.input,
		cached: now.cached - before.cached,
		cacheWrite: now.cacheWrite - before.cacheWrite,
		output: now.output - before.output
	};
}
const isZero = (u) => u.input === 0 && u.cached === 0 && u.cacheWrite === 0 && u.output === 0;
const isNegative = (u) => u.input < 0 || u.cached < 0 || u.cacheWrite < 0 || u.output < 0;
/** `codex exec --json`: one draft per thread, from its last turn.completed. */
function codexExecDrafts(lines, file, options) {
	let thread;
	const last = /* @__PURE__ */ new Map();
	for (const { line, value } of lines) {
		const where = {
			file,
			line
		};
		if (value.type === "thread.started") {
			if (typeof value.thread_id !== "string" || value.thread_id.length === 0) throw new ConfigurationError("thread.started has no thread_id.", {
				...where,
				fix: EXEC_FIX
			});
			thread = value.thread_id;
		} else if (value.type === "turn.completed") {
			if (!thread) throw new ConfigurationError("turn.completed before any thread.started: the stream is not whole.", {
				...where,
				fix: EXEC_FIX
			});
			const usage = codexUsage(value.usage, "usage", where, EXEC_FIX);
			const before = last.get(thread);
			if (before && isNegative(grew(usage, before.usage))) throw new ConfigurationError(`turn.completed usage went down within thread ${thread}: codex reports the thread's running total, so it cannot shrink.`, {
				...where,
				fix: EXEC_FIX
			});
			last.set(thread, {
				usage,
				line
			});
		}
	}
	if (last.size === 0) throw new ConfigurationError("no turn.completed with usage: the run did not finish a turn (turn.failed reports no usage), so its tokens are unknown.", {
		file,
		fix: EXEC_FIX
	});
	if (!options.model) throw new ConfigurationError("`codex exec --json` does not say which model ran, and without it the usage cannot be priced.", {
		file,
		field: "agent-model",
		fix: "give the model codex ran (codex-action's `model` input, `codex exec -m`): agent-model / --agent-model."
	});
	return [...last].map(([session, { usage, line }]) => ({
		source: "codex",
		session,
		model: options.model,
		ts: options.now.getTime(),
		counts: countsOf(usage, {
			file,
			line
		}, EXEC_FIX),
		line
	}));
}
/** A session rollout: per model, the growth of total_token_usage. */
function codexRolloutDrafts(lines, file, options) {
	let session;
	let model;
	let total = {
		input: 0,
		cached: 0,
		cacheWrite: 0,
		output: 0
	};
	let lastTs = options.now.getTime();
	let lastLine = 0;
	const perModel = /* @__PURE__ */ new Map();
	for (const { line, value } of lines) {
		const where = {
			file,
			line
		};
		const payload = isObject(value.payload) ? value.payload : void 0;
		if (value.type === "session_meta" && typeof payload?.id === "string") session ??= payload.id;
		else if (value.type === "turn_context" && typeof payload?.model === "string" && payload.model.length > 0) model = payload.model;
		else if (value.type === "event_msg" && payload?.type === "token_count") {
			if (payload.info === null || payload.info === void 0) continue;
			if (!isObject(payload.info)) throw new ConfigurationError("token_count info is not an object.", {
				...where,
				fix: ROLLOUT_FIX
			});
			const now = codexUsage(payload.info.total_token_usage, "payload.info.total_token_usage", where, ROLLOUT_FIX);
			const delta = grew(now, total);
			if (isNegative(delta)) throw new ConfigurationError("total_token_usage went down: a rollout’s totals only grow.", {
				...where,
				fix: ROLLOUT_FIX
			});
			if (isZero(delta)) continue;
			const name = model ?? options.model;
			if (!name) throw new ConfigurationError("tokens were counted before any turn_context named the model.", {
				...where,
				fix: ROLLOUT_FIX
			});
			const sum = perModel.get(name) ?? {
				input: 0,
				cached: 0,
				cacheWrite: 0,
				output: 0
			};
			perModel.set(name, {
				input: sum.input + delta.input,
				cached: sum.cached + delta.cached,
				cacheWrite: sum.cacheWrite + delta.cacheWrite,
				output: sum.output + delta.output
			});
			total = now;
			lastTs = timestamp(value.timestamp, options.now);
			lastLine = line;
		}
	}
	if (perModel.size === 0) throw new ConfigurationError("the rollout has no token_count with usage: no turn finished.", {
		file,
		fix: ROLLOUT_FIX
	});
	session ??= /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jsonl$/i.exec(basename(file))?.[1];
	if (!session) throw new ConfigurationError("the rollout names no session (no session_meta line, no id in the file name).", {
		file,
		fix: ROLLOUT_FIX
	});
	return [...perModel].map(([name, usage]) => ({
		source: "codex",
		session,
		model: name,
		ts: lastTs,
		counts: countsOf(usage, {
			file,
			line: lastLine
		}, ROLLOUT_FIX),
		line: lastLine
	}));
}
/**
* Several `codex exec --json` files of one thread (a `codex exec resume`):
* each reports the thread's running total, so only the largest counts — and
* only when it is at least every other in every field, as a running total
* is; otherwise the guard cannot tell what was spent.
*/
function mergeCodexThreads(records) {
	const byThread = /* @__PURE__ */ new Map();
	for (const r of records) byThread.set(r.session, [...byThread.get(r.session) ?? [], r]);
	const covers = (a, b) => a.input >= b.input && a.output >= b.output && a.cacheRead >= b.cacheRead && a.cacheWrite5m >= b.cacheWrite5m;
	const out = [];
	for (const [thread, runs] of byThread) {
		const largest = runs.reduce((a, b) => covers(b.counts, a.counts) ? b : a);
		if (!runs.every((r) => covers(largest.counts, r.counts))) throw new ConfigurationError(`codex thread ${thread} appears in ${runs.length} files whose running totals do not nest: the guard cannot tell what was spent.`, {
			file: runs.map((r) => r.file).join(", "),
			fix: "pass the output of the last run of the thread only, or the session rollout."
		});
		out.push(largest);
	}
	return out;
}
// packages/cost-ceiling/lib/agents/gemini-cli.js
/**
* Google's Gemini CLI, as google-github-actions/run-gemini-cli runs it
* (`gemini --yolo --prompt … --output-format json`, stdout kept as
* gemini-artifacts/stdout.log), and its `stream-json` output.
*
* `--output-format json` (gemini-cli packages/core/src/output/types.ts
* JsonOutput, telemetry/uiTelemetry.ts SessionMetrics):
* `{"session_id","response","stats":{"models":{"<model>":{"api":{…},"tokens":{"input","prompt","candidates","total","cached","thoughts","tool"},"roles":{…}}}}}`.
* Quirks: `prompt` includes `cached` (`input` = prompt − cached, and only
* newer versions write `input`); `candidates` leaves out `thoughts`, which
* are billed as output; `tool` is the tool-use prompt, billed as input;
* `roles` repeats the model's tokens split by role, so adding it in would
* count them twice; older versions have no `session_id`; a failed run has an
* `error` and may have no `stats`.
*
* `--output-format stream-json` (stream-json-formatter.ts): JSON Lines; `init`
* has `session_id` and `model`, the final `result` has `stats` summed over
* every model: `{"total_tokens","input_tokens","output_tokens","cached","input"}`.
* Quirks: `output_tokens` is `candidates` only while `total_tokens` still
* counts thoughts and tool-use prompts; the split by model is gone, so all of
* it is the init model's.
*/
const JSON_FIX = "pass the stdout of `gemini … --output-format json` (run-gemini-cli keeps it as gemini-artifacts/stdout.log) from a run that finished.";
const STREAM_FIX = "pass the stdout of `gemini … --output-format stream-json` from a run that finished (it ends in a result event).";
/** Old outputs name no session: the file's content stands in, so reading it twice gives the same session. */
function contentSession(text) {
	return `gemini-cli-${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
}
function geminiJsonDrafts(json, text, file, options) {
	const where = { file };
	const stats = json.stats;
	if (!isObject(stats) || !isObject(stats.models)) {
		const error = isObject(json.error) ? ` (error ${String(json.error.type ?? "")}: ${String(json.error.message ?? "").slice(0, 200)})` : "";
		throw new ConfigurationError(`the Gemini CLI output has no stats.models${error}: the run's usage is unknown.`, {
			...where,
			field: "stats.models",
			fix: JSON_FIX
		});
	}
	const session = typeof json.session_id === "string" && json.session_id ? json.session_id : contentSession(text);
	const drafts = [];
	for (const [model, metrics] of Object.entries(stats.models)) {
		const field = `stats.models.${model}.tokens`;
		if (!isObject(metrics) || !isObject(metrics.tokens)) throw new ConfigurationError(`${field} is missing.`, {
			...where,
			field,
			fix: JSON_FIX
		});
		const t = metrics.tokens;
		const prompt = count(t.prompt, `${field}.prompt`, where, JSON_FIX);
		const cached = optionalCount(t.cached, `${field}.cached`, where, JSON_FIX);
		if (cached > prompt) throw new ConfigurationError(`${field}.cached exceeds prompt, which includes it.`, {
			...where,
			field,
			fix: JSON_FIX
		});
		const counts = {
			...emptyCounts(),
			input: prompt - cached + optionalCount(t.tool, `${field}.tool`, where, JSON_FIX),
			cacheRead: cached,
			output: count(t.candidates, `${field}.candidates`, where, JSON_FIX) + optionalCount(t.thoughts, `${field}.thoughts`, where, JSON_FIX)
		};
		drafts.push({
			source: "gemini-cli",
			session,
			model,
			ts: options.now.getTime(),
			counts
		});
	}
	if (drafts.length === 0) throw new ConfigurationError("the Gemini CLI output records no model usage at all.", {
		...where,
		field: "stats.models",
		fix: JSON_FIX
	});
	return drafts;
}
function geminiStreamDrafts(lines, text, file, options) {
	let session;
	let model;
	let result;
	for (const l of lines) if (l.value.type === "init") {
		if (typeof l.value.session_id === "string") session = l.value.session_id;
		if (typeof l.value.model === "string") model = l.value.model;
	} else if (l.value.type === "result") result = l;
	if (!result) throw new ConfigurationError("the stream has no result event: the run did not finish, so its usage is unknown.", {
		file,
		fix: STREAM_FIX
	});
	const where = {
		file,
		line: result.line
	};
	const stats = result.value.stats;
	if (!isObject(stats)) throw new ConfigurationError(`the result event (status ${String(result.value.status)}) has no stats.`, {
		...where,
		field: "stats",
		fix: STREAM_FIX
	});
	const name = model ?? options.model;
	if (!name) throw new ConfigurationError("no init event names the model.", {
		file,
		fix: STREAM_FIX
	});
	const inputTokens = count(stats.input_tokens, "stats.input_tokens", where, STREAM_FIX);
	const outputTokens = count(stats.output_tokens, "stats.output_tokens", where, STREAM_FIX);
	const cached = optionalCount(stats.cached, "stats.cached", where, STREAM_FIX);
	const total = optionalCount(stats.total_tokens, "stats.total_tokens", where, STREAM_FIX);
	if (cached > inputTokens) throw new ConfigurationError("stats.cached exceeds input_tokens, which includes it.", {
		...where,
		fix: STREAM_FIX
	});
	const unsplit = Math.max(0, total - inputTokens - outputTokens);
	return [{
		source: "gemini-cli",
		session: session ?? contentSession(text),
		model: name,
		ts: timestamp(result.value.timestamp, options.now),
		counts: {
			...emptyCounts(),
			input: inputTokens - cached,
			cacheRead: cached,
			output: outputTokens + unsplit
		},
		line: result.line
	}];
}
// packages/cost-ceiling/lib/agents/gh-aw.js
/**
* GitHub Agentic Workflows: `gh aw logs --json` (github/gh-aw
* pkg/cli/logs_report.go LogsData, token_usage.go TokenUsageSummary):
* `{"summary":{…},"runs":[{"run_id","workflow_name","engine_id","token_usage",
* "token_usage_summary":{"total_input_tokens",…,"by_model":{"<model>":{"provider",
* "input_tokens","output_tokens","cache_read_tokens","cache_write_tokens","requests",…}}},
* "created_at",…}]}`.
* Quirks: `token_usage_summary` comes from the firewall's API proxy and is
* left out (omitempty) for a run without it, which then has only
* `token_usage`, a total with neither model nor split — it cannot be priced;
* the four counts are disjoint (gh-aw's TotalTokens adds all four), unlike
* OpenAI's own where cached is part of input; a `by_model` entry can be null.
* Every run in the file is judged as this PR's: export only its runs
* (`gh aw logs --json` with the PR's workflow and branch).
*/
const FIX$1 = "pass `gh aw logs --json` of the PR’s runs, from workflows whose agent ran behind the AWF API proxy (which records per-model token usage).";
function ghAwDrafts(json, file, options) {
	const runs = json.runs;
	if (!Array.isArray(runs) || runs.length === 0) throw new ConfigurationError(`gh aw logs lists no runs${typeof json.message === "string" ? ` (${json.message.slice(0, 200)})` : ""}.`, {
		file,
		field: "runs",
		fix: FIX$1
	});
	const drafts = [];
	runs.forEach((run, i) => {
		const field = `runs[${i}]`;
		if (!isObject(run)) throw new ConfigurationError(`${field} is not a run.`, {
			file,
			field,
			fix: FIX$1
		});
		const id = typeof run.run_id === "number" || typeof run.run_id === "string" ? String(run.run_id) : void 0;
		if (!id) throw new ConfigurationError(`${field} has no run_id.`, {
			file,
			field,
			fix: FIX$1
		});
		const summary = run.token_usage_summary;
		const total = optionalCount(run.token_usage, `${field}.token_usage`, { file }, FIX$1);
		if (summary === void 0 || summary === null) {
			if (total === 0) return;
			throw new ConfigurationError(`run ${id} reports ${total} tokens (token_usage) but no per-model usage (token_usage_summary): without a model and a split it cannot be priced.`, {
				file,
				field: `${field}.token_usage_summary`,
				fix: FIX$1
			});
		}
		if (!isObject(summary)) throw new ConfigurationError(`${field}.token_usage_summary is not an object.`, {
			file,
			field,
			fix: FIX$1
		});
		const byModel = isObject(summary.by_model) ? Object.entries(summary.by_model).filter(([, u]) => u !== null) : [];
		if (byModel.length === 0 && optionalCount(summary.total_requests, `${field}.token_usage_summary.total_requests`, { file }, FIX$1) > 0) throw new ConfigurationError(`run ${id} made model requests but lists no by_model usage.`, {
			file,
			field: `${field}.token_usage_summary.by_model`,
			fix: FIX$1
		});
		for (const [model, usage] of byModel) {
			const at = `${field}.token_usage_summary.by_model.${model}`;
			if (!isObject(usage)) throw new ConfigurationError(`${at} is not an object.`, {
				file,
				field: at,
				fix: FIX$1
			});
			drafts.push({
				source: "gh-aw",
				session: `gh-aw-run-${id}`,
				model,
				ts: timestamp(run.created_at, options.now),
				counts: {
					...emptyCounts(),
					input: count(usage.input_tokens, `${at}.input_tokens`, { file }, FIX$1),
					output: count(usage.output_tokens, `${at}.output_tokens`, { file }, FIX$1),
					cacheRead: optionalCount(usage.cache_read_tokens, `${at}.cache_read_tokens`, { file }, FIX$1),
					cacheWrite5m: optionalCount(usage.cache_write_tokens, `${at}.cache_write_tokens`, { file }, FIX$1)
				}
			});
		}
	});
	if (drafts.length === 0) throw new ConfigurationError("no run in the gh aw logs output used a model.", {
		file,
		field: "runs",
		fix: FIX$1
	});
	return drafts;
}
// packages/cost-ceiling/lib/agents/agent-usage.js
const KNOWN = "a claude-code-action execution file, `codex exec --json` output, a codex session rollout, `gemini --output-format json` or `stream-json` output, or `gh aw logs --json`";
const CODEX_EXEC_EVENTS = /* @__PURE__ */ new Set([
	"thread.started",
	"turn.started",
	"turn.completed",
	"turn.failed",
	"item.started",
	"item.updated",
	"item.completed",
	"error"
]);
const CODEX_ROLLOUT_ITEMS = /* @__PURE__ */ new Set([
	"session_meta",
	"turn_context",
	"event_msg",
	"response_item",
	"compacted"
]);
const GEMINI_STREAM_EVENTS = /* @__PURE__ */ new Set([
	"init",
	"message",
	"tool_use",
	"tool_result",
	"result"
]);
/** Which writer a file comes from, by its shape: each format's own top-level keys and event types. */
function detectAgentUsageFormat(text) {
	const trimmed = text.trimStart();
	if (trimmed.startsWith("[")) return "claude-code-action";
	if (!trimmed.startsWith("{")) return void 0;
	let whole;
	try {
		whole = JSON.parse(text);
	} catch {
		whole = void 0;
	}
	if (isObject(whole) && typeof whole.type !== "string") {
		if (Array.isArray(whole.runs)) return "gh-aw-logs";
		if ("stats" in whole || "response" in whole || "session_id" in whole) return "gemini-json";
		return;
	}
	let first;
	try {
		first = JSON.parse(trimmed.split("\n", 1)[0]);
	} catch {
		return;
	}
	if (!isObject(first) || typeof first.type !== "string") return void 0;
	if (CODEX_ROLLOUT_ITEMS.has(first.type) && "payload" in first) return "codex-rollout";
	if (GEMINI_STREAM_EVENTS.has(first.type) && "timestamp" in first) return "gemini-stream-json";
	if (CODEX_EXEC_EVENTS.has(first.type)) return "codex-exec-json";
}
function drafts(format, text, file, options) {
	switch (format) {
		case "codex-exec-json": return codexExecDrafts(jsonLines(text, file, "pass the stdout of `codex exec --json` unchanged."), file, options);
		case "codex-rollout": return codexRolloutDrafts(jsonLines(text, file, "pass the rollout file codex wrote, unchanged."), file, options);
		case "gemini-stream-json": return geminiStreamDrafts(jsonLines(text, file, "pass the stdout of `gemini --output-format stream-json` unchanged."), text, file, options);
		case "gemini-json": return geminiJsonDrafts(JSON.parse(text), text, file, options);
		case "gh-aw-logs": return ghAwDrafts(JSON.parse(text), file, options);
	}
}
/** One agent's usage file, whatever wrote it, priced. Anything it cannot read whole is a ConfigurationError. */
function parseAgentUsage(text, file, prices, options) {
	const format = detectAgentUsageFormat(text);
	if (!format) throw new ConfigurationError(`the usage file is not one the cost guard reads: expected ${KNOWN}.`, {
		file,
		fix: "pass the file as the agent wrote it (see the cost-ceiling README for each agent), or leave it out."
	});
	if (format === "claude-code-action") return {
		format,
		records: parseExecutionFile(text, file, prices, options)
	};
	return {
		format,
		records: pricedRecords(drafts(format, text, file, options), file, prices, options)
	};
}
/**
* Every agent usage file of a PR. `codex exec --json` files of one thread
* (a resumed thread) report running totals: they are merged, not added.
*/
async function readAgentUsageFiles(files, prices, options) {
	const records = [];
	const execStreams = [];
	for (const file of files) {
		let text;
		try {
			text = await readFile(file, "utf8");
		} catch (error) {
			if (error.code === "ENOENT") throw new ConfigurationError("the usage file does not exist.", {
				file,
				fix: "download the agent run’s artifact before this step, or fix the path."
			});
			throw error;
		}
		const parsed = parseAgentUsage(text, file, prices, options);
		for (const r of parsed.records) (parsed.format === "codex-exec-json" ? execStreams : records).push(r);
	}
	for (const r of mergeCodexThreads(execStreams)) records.push(r);
	return records;
}
// packages/cost-ceiling/lib/totals.js
/** Totals of some usage: tokens by kind, cost in micro-dollars. */
var UsageTotals = class {
	counts = emptyCounts();
	costMicro = 0;
	recordedCostMicro = 0;
	/** Records whose writer did not record a cost (recordedCostMicro then undercounts). */
	unrecorded = 0;
	records = 0;
	/** One call from its fields, without building a counts object (the history summary adds a million). */
	addCall(input, output, cacheWrite5m, cacheWrite1h, cacheRead, costMicro) {
		const c = this.counts;
		c.input += input;
		c.output += output;
		c.cacheWrite5m += cacheWrite5m;
		c.cacheWrite1h += cacheWrite1h;
		c.cacheRead += cacheRead;
		this.costMicro += costMicro;
		this.unrecorded += 1;
		this.records += 1;
	}
	add(counts, costMicro, recordedCostMicro) {
		addCounts(this.counts, counts);
		this.costMicro += costMicro;
		if (recordedCostMicro === void 0) this.unrecorded += 1;
		else this.recordedCostMicro += recordedCostMicro;
		this.records += 1;
	}
	get cacheCreation() {
		return cacheCreation(this.counts);
	}
	get totalInput() {
		return totalInput(this.counts);
	}
	/** Input + output as the session caps count it (total input, cache tokens included). */
	get capTokens() {
		return capTokens(this.counts);
	}
	/** Cache read ÷ total input; undefined when there was no input at all. */
	get hitRate() {
		const all = this.totalInput;
		return all === 0 ? void 0 : this.counts.cacheRead / all;
	}
	toJSON() {
		return {
			calls: this.records,
			input_tokens: this.counts.input,
			output_tokens: this.counts.output,
			cache_creation_input_tokens: this.cacheCreation,
			cache_read_input_tokens: this.counts.cacheRead,
			total_input_tokens: this.totalInput,
			tokens: this.capTokens,
			cost_micro_usd: this.costMicro,
			cache_hit_rate: this.hitRate === void 0 ? null : roundRate(this.hitRate)
		};
	}
};
/** Four decimals for display and outputs; decisions compare exact integers instead. */
function roundRate(rate) {
	return Math.round(rate * 1e4) / 1e4;
}
/** The totals kept under `key` (a mode, a model), created on first use. */
function totalsFor(map, key) {
	let t = map.get(key);
	if (!t) {
		t = new UsageTotals();
		map.set(key, t);
	}
	return t;
}
// packages/cost-ceiling/lib/summary.js
function prKey(repo, pr) {
	return `${repo ?? ""}#${pr}`;
}
/**
* Gives every record of a session the session's PR: the runner only learns
* the PR number in Review, so Frame and Plan lines carry none. A session whose
* lines name two different PRs is a broken ledger.
*/
function attributeSessions(records, fallbackPr) {
	const prOf = /* @__PURE__ */ new Map();
	for (const r of records) {
		if (r.pr === void 0) continue;
		const seen = prOf.get(r.session);
		if (seen && seen.pr !== r.pr) throw new ConfigurationError(`session '${r.session}' is recorded for PR #${seen.pr} (${seen.record.file}:${seen.record.line ?? 1}) and for PR #${r.pr}.`, {
			file: r.file,
			...r.line ? { line: r.line } : {},
			field: "pr",
			fix: "a session belongs to one PR; pass the ledgers of one session per PR and check the runner that wrote them."
		});
		if (!seen) prOf.set(r.session, {
			pr: r.pr,
			record: r
		});
	}
	return records.map((r) => {
		const pr = prOf.get(r.session)?.pr ?? r.pr ?? fallbackPr;
		return pr === r.pr || pr === void 0 ? r : {
			...r,
			pr
		};
	});
}
function summarise(records) {
	const summary = {
		total: new UsageTotals(),
		sessions: /* @__PURE__ */ new Map(),
		prs: /* @__PURE__ */ new Map(),
		modes: /* @__PURE__ */ new Map(),
		models: /* @__PURE__ */ new Map()
	};
	for (const r of records) addRecord(summary, r);
	return summary;
}
function addRecord(summary, r) {
	summary.total.add(r.counts, r.costMicro, r.recordedCostMicro);
	let session = summary.sessions.get(r.session);
	if (!session) {
		session = {
			session: r.session,
			firstTs: r.ts,
			lastTs: r.ts,
			modes: /* @__PURE__ */ new Set(),
			totals: new UsageTotals()
		};
		summary.sessions.set(r.session, session);
	}
	if (r.repo !== void 0) session.repo = r.repo;
	if (r.pr !== void 0) session.pr = r.pr;
	if (r.ticket !== void 0) session.ticket = r.ticket;
	if (r.ts < session.firstTs) session.firstTs = r.ts;
	if (r.ts > session.lastTs) session.lastTs = r.ts;
	session.modes.add(r.mode);
	session.totals.add(r.counts, r.costMicro, r.recordedCostMicro);
	if (r.pr !== void 0) {
		const key = prKey(r.repo, r.pr);
		let pr = summary.prs.get(key);
		if (!pr) {
			pr = {
				...r.repo ? { repo: r.repo } : {},
				pr: r.pr,
				sessions: /* @__PURE__ */ new Set(),
				totals: new UsageTotals()
			};
			summary.prs.set(key, pr);
		}
		pr.sessions.add(r.session);
		pr.totals.add(r.counts, r.costMicro, r.recordedCostMicro);
	}
	totalsFor(summary.modes, r.mode).add(r.counts, r.costMicro, r.recordedCostMicro);
	totalsFor(summary.models, r.model).add(r.counts, r.costMicro, r.recordedCostMicro);
}
// packages/cost-ceiling/lib/decisions.js
function tokens(n) {
	return n.toLocaleString("en-US");
}
function prLabel(group) {
	return `${group.repo ?? ""}#${group.pr}`;
}
/**
* Per-session token caps. Both caps count total input (input + cache writes +
* cache reads) plus output, the sum the runner projects its budget with, and
* trigger at the cap ("at 150K": ≥). Soft: a warning the reviewer is told about.
* Hard: the session should have escalated, so the guard fails.
*/
function capFindings(summary, policy) {
	const findings = [];
	for (const s of summary.sessions.values()) {
		const used = s.totals.capTokens;
		const where = `session ${s.session}${s.pr ? ` (PR #${s.pr})` : ""}`;
		const breakdown = `${tokens(s.totals.totalInput)} input incl. ${tokens(s.totals.cacheCreation + s.totals.counts.cacheRead)} cache + ${tokens(s.totals.counts.output)} output`;
		if (used >= policy.hard_cap_tokens) findings.push({
			rule: "hard-cap-exceeded",
			severity: "error",
			message: `${where} used ${tokens(used)} tokens (${breakdown}), at or over the hard cap of ${tokens(policy.hard_cap_tokens)}: the session had to escalate, not continue.`
		});
		else if (used >= policy.soft_cap_tokens) findings.push({
			rule: "soft-cap-exceeded",
			severity: "warning",
			message: `${where} used ${tokens(used)} tokens (${breakdown}), at or over the soft cap of ${tokens(policy.soft_cap_tokens)} (context-budget warning; hard cap ${tokens(policy.hard_cap_tokens)}).`
		});
	}
	return findings;
}
/** The groups cost-per-PR and hit rate are judged on: each PR, and each session not yet tied to a PR. */
function prGroups(summary) {
	const groups = [...summary.prs.values()].map((g) => ({
		label: `PR ${prLabel(g)}`,
		totals: g.totals,
		sessions: [...g.sessions]
	}));
	for (const s of summary.sessions.values()) if (s.pr === void 0) groups.push({
		label: `session ${s.session} (no PR yet)`,
		totals: s.totals,
		sessions: [s.session]
	});
	return groups;
}
/** Token cost per PR, every session of the PR counted; over the ceiling fails ("at most $4.50"). */
function costFindings(summary, policy) {
	const ceiling = usdToMicro(policy.max_cost_per_pr_usd);
	return prGroups(summary).filter((g) => g.totals.costMicro > ceiling).map((g) => ({
		rule: "cost-per-pr-exceeded",
		severity: "error",
		message: `${g.label} cost ${formatUsd(g.totals.costMicro)} in tokens over ${g.sessions.length} session(s), over the ceiling of ${formatUsd(ceiling)} per PR; a costlier model tier needs a §4 amendment, not a silent override.`
	}));
}
/** Prompt-cache hit rate per PR (cache read ÷ total input) under the floor. */
function hitRateFindings(summary, policy) {
	return prGroups(summary).filter((g) => g.totals.totalInput > 0 && fractionBelow(g.totals.counts.cacheRead, g.totals.totalInput, policy.min_cache_hit_rate)).map((g) => ({
		rule: "cache-hit-rate-low",
		severity: policy.cache_hit_rate_fails ? "error" : "warning",
		message: `${g.label} read ${tokens(g.totals.counts.cacheRead)} of ${tokens(g.totals.totalInput)} input tokens from the prompt cache (${((g.totals.hitRate ?? 0) * 100).toFixed(2)}%), under the ${(policy.min_cache_hit_rate * 100).toFixed(0)}% floor: the stable prefix (identity prompt + skills) is not being reused.`
	}));
}
// packages/cost-ceiling/lib/history/history-digest.js
const DAY_MS = 864e5;
function dayNumber(ms) {
	return Math.floor(ms / DAY_MS);
}
function dayName(day) {
	return (/* @__PURE__ */ new Date(day * DAY_MS)).toISOString().slice(0, 10);
}
/** `toISOString()` form compares as text; any other valid form is brought to it first. */
function canonicalTs(ts) {
	return ts.length === 24 ? ts : new Date(ts).toISOString();
}
/**
* Summarises the history one day file at a time, so the guard can stream a
* year of history without holding it. Written for a million lines: a
* session's calls are contiguous in a day file, so the last session (and
* mode, and model) is remembered instead of looked up; timestamps are compared
* as ISO text and parsed once per session; day totals come from the file name.
*/
var HistoryDigestBuilder = class {
	digest = {
		lines: 0,
		total: new UsageTotals(),
		modes: /* @__PURE__ */ new Map(),
		models: /* @__PURE__ */ new Map(),
		sessions: /* @__PURE__ */ new Map(),
		dailyCostMicro: /* @__PURE__ */ new Map(),
		outcomes: /* @__PURE__ */ new Map(),
		prFirstSeen: /* @__PURE__ */ new Map()
	};
	sessions = /* @__PURE__ */ new Map();
	session;
	modeName = "";
	mode;
	modelName = "";
	model;
	addDay(file, lines) {
		const digest = this.digest;
		const day = dayNumber(Date.parse(file.slice(0, 10)));
		let dayCost = 0;
		for (const line of lines) {
			digest.lines += 1;
			if (line.kind === "pr-outcome") {
				const key = `${line.repo}#${line.pr}`;
				const seen = digest.outcomes.get(key);
				if (!seen || canonicalTs(seen.ts) <= canonicalTs(line.ts)) digest.outcomes.set(key, line);
				continue;
			}
			const c = line;
			const oneHour = c.cache_creation_1h_input_tokens ?? 0;
			const fiveMinutes = c.cache_creation_input_tokens - oneHour;
			const cost = c.cost_micro_usd;
			dayCost += cost;
			digest.total.addCall(c.input_tokens, c.output_tokens, fiveMinutes, oneHour, c.cache_read_input_tokens, cost);
			if (c.mode !== this.modeName || !this.mode) {
				this.modeName = c.mode;
				this.mode = totalsFor(digest.modes, c.mode);
			}
			this.mode.addCall(c.input_tokens, c.output_tokens, fiveMinutes, oneHour, c.cache_read_input_tokens, cost);
			if (c.model !== this.modelName || !this.model) {
				this.modelName = c.model;
				this.model = totalsFor(digest.models, c.model);
			}
			this.model.addCall(c.input_tokens, c.output_tokens, fiveMinutes, oneHour, c.cache_read_input_tokens, cost);
			const ts = canonicalTs(c.ts);
			let session = this.session;
			if (!session || session.session !== c.session) {
				session = this.sessions.get(c.session);
				if (!session) {
					session = {
						session: c.session,
						repo: c.repo,
						firstTs: ts,
						lastTs: ts,
						costMicro: 0,
						tokens: 0
					};
					this.sessions.set(c.session, session);
				}
				this.session = session;
			}
			if (c.pr !== void 0) session.pr = c.pr;
			if (ts < session.firstTs) session.firstTs = ts;
			if (ts > session.lastTs) session.lastTs = ts;
			session.costMicro += cost;
			session.tokens += c.input_tokens + c.output_tokens + c.cache_creation_input_tokens + c.cache_read_input_tokens;
		}
		digest.dailyCostMicro.set(day, (digest.dailyCostMicro.get(day) ?? 0) + dayCost);
	}
	finish() {
		const digest = this.digest;
		for (const s of this.sessions.values()) {
			const summary = {
				...s,
				firstTs: Date.parse(s.firstTs),
				lastTs: Date.parse(s.lastTs)
			};
			digest.sessions.set(s.session, summary);
			if (digest.earliestTs === void 0 || summary.firstTs < digest.earliestTs) digest.earliestTs = summary.firstTs;
			if (summary.pr !== void 0) {
				const key = `${summary.repo}#${summary.pr}`;
				const first = digest.prFirstSeen.get(key);
				if (first === void 0 || summary.firstTs < first) digest.prFirstSeen.set(key, summary.firstTs);
			}
		}
		return digest;
	}
};
// packages/cost-ceiling/lib/history/incidents.js
const HOUR_MS = 36e5;
const BASELINE_DAYS = 7;
/**
* Spec §4 cost-incident triggers, computed from the durable history at `now`:
*
* - Per-session cost > session_cost_usd sustained > sustained_hours: the latest
*   sessions (ordered by when they ended) are all over the threshold, and the
*   first of that unbroken run ended more than sustained_hours before the last.
*   One expensive session is not "sustained"; a cheaper session ends the run.
* - Daily cost > daily_vs_7day_median × the median of the 7 days before it, for
*   today (so far) and yesterday (UTC). Days without spend count as $0. No
*   decision without a full 7-day baseline in the history, nor against a $0
*   median (any spend would be "infinitely" above it).
*/
function detectIncidents(digest, policy, now) {
	return [...sustainedSessionCost(digest, policy, now), ...dailySpikes(digest, policy, now)];
}
function sustainedSessionCost(digest, policy, now) {
	const threshold = usdToMicro(policy.session_cost_usd);
	const sessions = [...digest.sessions.values()].filter((s) => s.lastTs <= now.getTime()).sort((a, b) => a.lastTs - b.lastTs);
	const run = [];
	for (let i = sessions.length - 1; i >= 0 && sessions[i].costMicro > threshold; i -= 1) run.push(sessions[i]);
	if (run.length < 2) return [];
	const last = run[0];
	const first = run[run.length - 1];
	const spanHours = (last.lastTs - first.lastTs) / HOUR_MS;
	if (spanHours <= policy.sustained_hours) return [];
	const costliest = run.reduce((a, b) => b.costMicro > a.costMicro ? b : a);
	return [{
		kind: "session-cost-sustained",
		message: `every one of the last ${run.length} sessions cost more than ${formatUsd(threshold)}, for ${spanHours.toFixed(1)} h (since ${new Date(first.lastTs).toISOString()}; over ${policy.sustained_hours} h is an incident). Costliest: session ${costliest.session} at ${formatUsd(costliest.costMicro)}.`
	}];
}
function dailySpikes(digest, policy, now) {
	const today = dayNumber(now.getTime());
	const triggers = [];
	for (const day of [today - 1, today]) {
		const baselineStart = day - BASELINE_DAYS;
		if (digest.earliestTs === void 0 || dayNumber(digest.earliestTs) > baselineStart) continue;
		const baseline = [];
		for (let d = baselineStart; d < day; d += 1) baseline.push(digest.dailyCostMicro.get(d) ?? 0);
		const median = baseline.sort((a, b) => a - b)[Math.floor(BASELINE_DAYS / 2)];
		const cost = digest.dailyCostMicro.get(day) ?? 0;
		if (median > 0 && exceedsMultiple(cost, median, policy.daily_vs_7day_median)) triggers.push({
			kind: "daily-cost-spike",
			message: `${dayName(day)}${day === today ? " (so far)" : ""} cost ${formatUsd(cost)}, over ${policy.daily_vs_7day_median}× the rolling 7-day median of ${formatUsd(median)} (${dayName(baselineStart)} to ${dayName(day - 1)}).`
		});
	}
	return triggers;
}
function incidentFindings(triggers, escalateTo) {
	const who = escalateTo.length > 0 ? ` Escalates to ${escalateTo.map(handle).join(" → ")}.` : "";
	return triggers.map((t) => ({
		rule: "cost-incident",
		severity: "warning",
		message: `Cost incident: ${t.message}${who}`
	}));
}
/** `theo` and `@theo` both become `@theo`. */
function handle(name) {
	return name.startsWith("@") ? name : `@${name}`;
}
// packages/cost-ceiling/lib/history/oversight.js
/**
* Spec §10 oversight adjustment: when first-pass validation drops below 70%
* sustained for 7 days, every 5th agent PR gets a flagged extra review until
* it recovers. The numbers are the spec's, fixed here in one place.
*/
const OVERSIGHT = {
	fpvFloor: .7,
	sustainedDays: 7,
	windowDays: 7,
	everyNth: 5,
	label: "extra-review"
};
/**
* FPV for a day = PRs closed in the 7 days ending that day that merged without
* a spec amendment ÷ all PRs closed in those days (a PR closed unmerged is not
* a first pass). A PR's latest outcome line counts, dated by its `ts`.
* The ordinal orders agent PRs (every PR with a session in the cost history)
* by when the history first saw them, so re-running the guard on a PR keeps
* its place and its label decision.
*/
function oversightState(digest, now, pr) {
	const byDay = /* @__PURE__ */ new Map();
	for (const o of digest.outcomes.values()) {
		const day = dayNumber(Date.parse(o.ts));
		const tally = byDay.get(day) ?? {
			first: 0,
			all: 0
		};
		tally.all += 1;
		if (o.merged && !o.spec_amended) tally.first += 1;
		byDay.set(day, tally);
	}
	const windowEnding = (day) => {
		const sum = {
			first: 0,
			all: 0
		};
		for (let d = day - OVERSIGHT.windowDays + 1; d <= day; d += 1) {
			const t = byDay.get(d);
			if (t) {
				sum.first += t.first;
				sum.all += t.all;
			}
		}
		return sum;
	};
	const today = dayNumber(now.getTime());
	const current = windowEnding(today);
	const fpv = current.all === 0 ? void 0 : current.first / current.all;
	let daysBelow = 0;
	const oldest = Math.min(...[...byDay.keys()], today);
	for (let d = today; d >= oldest; d -= 1) {
		const w = windowEnding(d);
		if (w.all === 0 || !fractionBelow(w.first, w.all, OVERSIGHT.fpvFloor)) break;
		daysBelow += 1;
	}
	const periodic = daysBelow >= OVERSIGHT.sustainedDays;
	const state = {
		...fpv !== void 0 ? { fpv } : {},
		daysBelow,
		periodic,
		extraReview: false
	};
	if (!periodic) return state;
	const startDay = today - daysBelow + OVERSIGHT.sustainedDays;
	state.periodicSince = dayName(startDay);
	if (!pr) return state;
	const startMs = startDay * 864e5;
	const key = `${pr.repo ?? ""}#${pr.pr}`;
	const mine = digest.prFirstSeen.get(key);
	if (mine === void 0 || mine < startMs) return state;
	const ordinal = [...digest.prFirstSeen].filter(([, ts]) => ts >= startMs).sort(([ka, a], [kb, b]) => a - b || ka.localeCompare(kb)).findIndex(([k]) => k === key) + 1;
	return {
		...state,
		ordinal,
		extraReview: ordinal % OVERSIGHT.everyNth === 0
	};
}
// packages/cost-ceiling/lib/notify.js
const CONTEXT_BUDGET_LABEL = "context-budget-warning";
const CONTEXT_BUDGET_MARKER = "<!-- agent-guards:cost-ceiling:context-budget -->";
const COST_INCIDENT_LABEL = "cost-incident";
const COST_INCIDENT_MARKER = "<!-- agent-guards:cost-ceiling:cost-incident -->";
const n$1 = (x) => x.toLocaleString("en-US");
/** The reviewer's sticky comment: which sessions crossed the soft cap, by how much. */
function contextBudgetComment(sessions, policy) {
	const rows = sessions.slice(0, 50).map((s) => {
		const t = s.totals;
		const over = t.capTokens >= policy.hard_cap_tokens ? "hard cap" : "soft cap";
		return `| \`${s.session}\` | ${[...s.modes].join(", ")} | ${n$1(t.capTokens)} | ${n$1(t.totalInput)} | ${n$1(t.counts.output)} | ${formatUsd(t.costMicro)} | ${over} |`;
	});
	const more = sessions.length > rows.length ? ["", `_${sessions.length - rows.length} more session(s) are in the job summary._`] : [];
	const body = [
		CONTEXT_BUDGET_MARKER,
		"### ⚠️ Context-budget warning",
		"",
		`The agent session(s) behind this PR reached the per-session soft cap of ${n$1(policy.soft_cap_tokens)} tokens (input including cache reads and writes, plus output; hard cap ${n$1(policy.hard_cap_tokens)}). A long context is where drift hides: please review the plan against the ticket scope with extra care.`,
		"",
		"| session | modes | tokens | input | output | cost | reached |",
		"|---|---|---:|---:|---:|---:|---|",
		...rows,
		...more,
		"",
		"_Updated by the cost-ceiling guard on every run; this comment is edited, never duplicated._"
	].join("\n");
	return truncateUtf8(body, LIMITS.commentChars);
}
function incidentIssue(triggers, escalateTo, now) {
	const who = escalateTo.length > 0 ? escalateTo.map(handle).join(" → ") : "_no escalation handles configured (policy cost.incident.escalate_to)_";
	return {
		marker: COST_INCIDENT_MARKER,
		title: "Cost incident: agent token spend over the §4 escalation triggers",
		body: [
			COST_INCIDENT_MARKER,
			`**Escalation:** ${who}`,
			"",
			`Detected by the cost-ceiling guard at ${now.toISOString()}:`,
			"",
			...triggers.map((t) => `- ${t.message}`),
			"",
			"Spec §4 cost-incident escalation: per-session cost sustained over the threshold, or daily cost over the multiple of the rolling 7-day median. This issue is updated on each run while the incident lasts; close it when resolved."
		].join("\n"),
		labels: [COST_INCIDENT_LABEL]
	};
}
/**
* Sends what the decisions call for. Every call is an upsert or an idempotent
* add, so a re-run updates rather than duplicates. A failure propagates: a
* reviewer who was not told is a guard that did not do its job.
*/
async function sendNotifications(target, what, policy, now, logger) {
	const done = [];
	const { client, repo, prNumber } = target;
	if (what.softCapSessions.length > 0) {
		await client.addLabels(repo, prNumber, [CONTEXT_BUDGET_LABEL]);
		await client.upsertStickyComment(repo, prNumber, CONTEXT_BUDGET_MARKER, contextBudgetComment(what.softCapSessions, policy));
		done.push(`labelled PR #${prNumber} ${CONTEXT_BUDGET_LABEL} and updated the reviewer's context-budget comment`);
	}
	if (what.incidents.length > 0) {
		await client.upsertIssue(repo, incidentIssue(what.incidents, policy.incident.escalate_to, now));
		done.push(`opened or updated the ${COST_INCIDENT_LABEL} issue`);
	}
	if (what.oversight?.extraReview) {
		await client.addLabels(repo, prNumber, [OVERSIGHT.label]);
		done.push(`labelled PR #${prNumber} ${OVERSIGHT.label} (§10 periodic review)`);
	}
	for (const line of done) logger.info(`cost-ceiling: ${line}.`);
	return done;
}
// packages/cost-ceiling/lib/cost-summary-markdown.js
const n = (x) => x.toLocaleString("en-US");
const rate = (t) => t.hitRate === void 0 ? "–" : `${(t.hitRate * 100).toFixed(1)}%`;
const MAX_ROWS = 100;
function usageRow(name, t) {
	return `| ${name} | ${n(t.records)} | ${n(t.counts.input)} | ${n(t.cacheCreation)} | ${n(t.counts.cacheRead)} | ${n(t.counts.output)} | ${rate(t)} | ${formatUsd(t.costMicro)} |`;
}
const USAGE_HEADER = ["| | calls | input | cache write | cache read | output | hit rate | cost |", "|---|---:|---:|---:|---:|---:|---:|---:|"];
/**
* The job-summary section under the guard's findings: spend per mode (the
* spec's model tiers are per mode), per model, and each session against the caps.
*/
function renderCostSummary(summary, policy) {
	const lines = [
		"### Token cost by mode",
		"",
		...USAGE_HEADER
	];
	for (const [mode, t] of [...summary.modes].sort(([a], [b]) => a.localeCompare(b))) lines.push(usageRow(`\`${markdownText(mode)}\``, t));
	lines.push(usageRow("**total**", summary.total), "");
	lines.push("### By model", "", ...USAGE_HEADER);
	for (const [model, t] of [...summary.models].sort(([a], [b]) => a.localeCompare(b))) lines.push(usageRow(`\`${markdownText(model)}\``, t));
	lines.push("");
	const sessions = [...summary.sessions.values()].sort((a, b) => b.totals.capTokens - a.totals.capTokens);
	lines.push("### Sessions", "", `Caps count total input (cache reads and writes included) plus output: soft ${n(policy.soft_cap_tokens)}, hard ${n(policy.hard_cap_tokens)}. Ceiling per PR: ${formatUsd(Math.round(policy.max_cost_per_pr_usd * 1e6))}.`, "", "| session | PR | modes | tokens | of soft cap | hit rate | cost |", "|---|---|---|---:|---:|---:|---:|");
	for (const s of sessions.slice(0, MAX_ROWS)) {
		const share = `${(s.totals.capTokens / policy.soft_cap_tokens * 100).toFixed(0)}%`;
		lines.push(`| \`${markdownText(s.session)}\` | ${s.pr ? `#${s.pr}` : "–"} | ${markdownText([...s.modes].join(", "))} | ${n(s.totals.capTokens)} | ${share} | ${rate(s.totals)} | ${formatUsd(s.totals.costMicro)} |`);
	}
	if (sessions.length > MAX_ROWS) lines.push("", `_${sessions.length - MAX_ROWS} more session(s) are in the JSON report._`);
	return lines.join("\n");
}
// packages/cost-ceiling/lib/history/history-schema.js
const tokenCount = number().int().nonnegative();
const repo = string().regex(/^[^/\s]+\/[^/\s]+$/, "repo is owner/name");
/** UTC, so a line's day file is `ts.slice(0, 10)`. */
const utcTimestamp = datetime();
/**
* One model call (or one model's totals of a claude-code-action run) in the
* durable history. The cost is fixed when the line is appended, priced with
* the policy of that day: a later price change does not rewrite the past.
*/
const HistoryCallLineSchema = strictObject({
	kind: literal("call"),
	key: string().min(1),
	source: _enum(USAGE_SOURCES),
	session: string().min(1),
	ticket: string().min(1).optional(),
	repo,
	pr: number().int().positive().optional(),
	mode: string().min(1),
	model: string().min(1),
	ts: utcTimestamp,
	input_tokens: tokenCount,
	output_tokens: tokenCount,
	cache_creation_input_tokens: tokenCount,
	cache_read_input_tokens: tokenCount,
	/** Present only when part of the cache writes had the 1-hour TTL. */
	cache_creation_1h_input_tokens: tokenCount.optional(),
	cost_micro_usd: tokenCount
});
/**
* How an agent PR ended, for §10 oversight: first-pass validation is a PR
* merged without a spec amendment. Written once per PR when it closes
* (`recordPrOutcome`); the latest line for a PR wins if it is reopened.
*/
const HistoryOutcomeLineSchema = strictObject({
	kind: literal("pr-outcome"),
	key: string().min(1),
	repo,
	pr: number().int().positive(),
	ts: utcTimestamp,
	merged: boolean(),
	/** The spec had to be amended for this PR (a §-amendment PR, or the ticket's spec section changed before merge). */
	spec_amended: boolean()
});
const HistoryLineSchema = discriminatedUnion("kind", [HistoryCallLineSchema, HistoryOutcomeLineSchema]);
/** The day file a line belongs to: `2026-11-21.jsonl`. */
function dayFileOf(line) {
	return `${line.ts.slice(0, 10)}.jsonl`;
}
const DAY_FILE = /^\d{4}-\d{2}-\d{2}\.jsonl$/;
/** A priced record as a history line; the record must know its repo. */
function historyLineOf(r) {
	return {
		kind: "call",
		key: r.key,
		source: r.source,
		session: r.session,
		...r.ticket ? { ticket: r.ticket } : {},
		repo: r.repo,
		...r.pr ? { pr: r.pr } : {},
		mode: r.mode,
		model: r.model,
		ts: new Date(r.ts).toISOString(),
		input_tokens: r.counts.input,
		output_tokens: r.counts.output,
		cache_creation_input_tokens: r.counts.cacheWrite5m + r.counts.cacheWrite1h,
		cache_read_input_tokens: r.counts.cacheRead,
		...r.counts.cacheWrite1h > 0 ? { cache_creation_1h_input_tokens: r.counts.cacheWrite1h } : {},
		cost_micro_usd: r.costMicro
	};
}
/** A history line back as a record (priced as it was when appended). */
function recordOfHistoryLine(l, file, line) {
	const oneHour = l.cache_creation_1h_input_tokens ?? 0;
	return {
		key: l.key,
		source: l.source,
		session: l.session,
		...l.ticket ? { ticket: l.ticket } : {},
		repo: l.repo,
		...l.pr ? { pr: l.pr } : {},
		mode: l.mode,
		model: l.model,
		ts: Date.parse(l.ts),
		counts: {
			input: l.input_tokens,
			output: l.output_tokens,
			cacheWrite5m: l.cache_creation_input_tokens - oneHour,
			cacheWrite1h: oneHour,
			cacheRead: l.cache_read_input_tokens
		},
		costMicro: l.cost_micro_usd,
		file,
		line
	};
}
// packages/cost-ceiling/lib/history/history-file.js
const FIX = "the history branch is written only by the cost guard; repair or revert the commit that damaged this file on the history branch.";
const CALL_COLUMNS = [
	"kind",
	"key",
	"source",
	"session",
	"ticket",
	"repo",
	"pr",
	"mode",
	"model",
	"ts",
	"input_tokens",
	"output_tokens",
	"cache_creation_input_tokens",
	"cache_read_input_tokens",
	"cache_creation_1h_input_tokens",
	"cost_micro_usd"
];
const OUTCOME_COLUMNS = [
	"kind",
	"key",
	"repo",
	"pr",
	"ts",
	"merged",
	"spec_amended"
];
const HISTORY_HEADER = JSON.stringify({
	agent_guards_cost_history: 1,
	columns: {
		call: CALL_COLUMNS,
		"pr-outcome": OUTCOME_COLUMNS
	}
});
function serializeHistoryLines(lines) {
	const rows = lines.map((l) => l.kind === "call" ? [
		l.kind,
		l.key,
		l.source,
		l.session,
		l.ticket ?? null,
		l.repo,
		l.pr ?? null,
		l.mode,
		l.model,
		l.ts,
		l.input_tokens,
		l.output_tokens,
		l.cache_creation_input_tokens,
		l.cache_read_input_tokens,
		l.cache_creation_1h_input_tokens ?? null,
		l.cost_micro_usd
	] : [
		l.kind,
		l.key,
		l.repo,
		l.pr,
		l.ts,
		l.merged,
		l.spec_amended
	]);
	return `${HISTORY_HEADER}\n${rows.map((r) => `${JSON.stringify(r)}\n`).join("")}`;
}
/**
* Parses one day file (`2026-11-21.jsonl`). Damage stops the guard (fail
* closed): incidents computed over a history with holes would be quietly
* wrong. A line dated on another day than its file is damage too.
*/
function parseHistoryFile(text, file) {
	if (text.length === 0) return [];
	const lines = text.split("\n");
	if (lines.pop() !== "") throw new ConfigurationError("the history file ends in a partial line.", {
		file,
		line: lines.length + 1,
		fix: FIX
	});
	if (lines[0] !== HISTORY_HEADER) throw new ConfigurationError(`the history file does not start with the format 1 header this version of the cost guard reads.`, {
		file,
		line: 1,
		fix: `${FIX} A newer cost guard may have written it: use the same agent-guards version everywhere.`
	});
	const named = /(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(file)?.[1];
	const day = named !== void 0 && (/* @__PURE__ */ new Date(`${named}T00:00:00.000Z`)).toISOString().startsWith(named) ? named : void 0;
	if (named !== void 0 && day === void 0) throw new ConfigurationError(`${named} is not a calendar day.`, {
		file,
		fix: FIX
	});
	const out = new Array(lines.length - 1);
	const rows = parseRowsAtOnce(lines);
	for (let i = 1; i < lines.length; i += 1) {
		const line = rows ? checkRow(rows[i - 1], file, i + 1, day) : parseRow(lines[i], file, i + 1, day);
		if (day !== void 0 && !line.ts.startsWith(day)) throw new ConfigurationError(`history line is dated ${line.ts}, not on the day of its file.`, {
			file,
			line: i + 1,
			field: "ts",
			fix: FIX
		});
		out[i - 1] = line;
	}
	return out;
}
function parseRowsAtOnce(lines) {
	if (lines.length < 2) return [];
	try {
		const rows = JSON.parse(`[${lines.slice(1).join(",")}]`);
		return Array.isArray(rows) && rows.length === lines.length - 1 ? rows : void 0;
	} catch {
		return;
	}
}
function parseRow(text, file, line, day) {
	let row;
	try {
		row = JSON.parse(text);
	} catch (error) {
		throw new ConfigurationError(`history line is not valid JSON (${error.message}).`, {
			file,
			line,
			fix: FIX
		});
	}
	return checkRow(row, file, line, day);
}
/** A parsed row as a history line: the fast hand check, else the schema (which names the field). */
function checkRow(row, file, line, day) {
	if (Array.isArray(row)) {
		if (row[0] === "call" && row.length === CALL_COLUMNS.length && isWellFormedCall(row, day)) return callOf(row);
		if (row[0] === "pr-outcome" && row.length === OUTCOME_COLUMNS.length && isWellFormedOutcome(row, day)) return outcomeOf(row);
	}
	return viaSchema(row, file, line);
}
function viaSchema(row, file, line) {
	const columns = !Array.isArray(row) ? void 0 : row[0] === "call" ? CALL_COLUMNS : row[0] === "pr-outcome" ? OUTCOME_COLUMNS : void 0;
	if (!Array.isArray(row) || !columns || row.length !== columns.length) throw new ConfigurationError(`history line is not a 'call' row of ${CALL_COLUMNS.length} columns or a 'pr-outcome' row of ${OUTCOME_COLUMNS.length}.`, {
		file,
		line,
		fix: FIX
	});
	const object = Object.fromEntries(columns.map((name, i) => [name, row[i]]).filter(([, value]) => value !== null));
	const parsed = HistoryLineSchema.safeParse(object);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new ConfigurationError(`history line does not match the history schema: ${issue.message}.`, {
			file,
			line,
			field: issue.path.map(String).join(".") || "(line)",
			fix: FIX
		});
	}
	const value = parsed.data;
	if (value.kind === "call" && (value.cache_creation_1h_input_tokens ?? 0) > value.cache_creation_input_tokens) throw new ConfigurationError("history line has more 1-hour cache writes than cache writes.", {
		file,
		line,
		field: "cache_creation_1h_input_tokens",
		fix: FIX
	});
	return value;
}
/** The exact form `toISOString()` writes; other valid datetimes go through the schema. */
const ISO_UTC = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const TIME_OF_DAY = /^T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const REPO = /^[^/\s]+\/[^/\s]+$/;
/**
* A `toISOString()` timestamp. On a known calendar day only the time needs
* checking; otherwise days 29–31, which exist only in some months, must
* survive a round trip.
*/
function isRealUtcTimestamp(ts, day) {
	if (typeof ts !== "string" || ts.length !== 24) return false;
	if (day !== void 0) return ts.startsWith(day) && TIME_OF_DAY.test(ts.slice(10));
	if (!ISO_UTC.test(ts)) return false;
	const tens = ts.charCodeAt(8);
	return tens < 50 || tens === 50 && ts.charCodeAt(9) < 57 || new Date(ts).toISOString() === ts;
}
const isCount = (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const isText = (v) => typeof v === "string" && v.length > 0;
/** One repository fills a history: the last name that passed is not tested again. */
let lastRepo = "";
function isRepo(v) {
	if (typeof v !== "string") return false;
	if (v === lastRepo) return true;
	if (!REPO.test(v)) return false;
	lastRepo = v;
	return true;
}
function isWellFormedCall(r, day) {
	return isText(r[1]) && USAGE_SOURCES.includes(r[2]) && isText(r[3]) && (r[4] === null || isText(r[4])) && isRepo(r[5]) && (r[6] === null || isCount(r[6]) && r[6] > 0) && isText(r[7]) && isText(r[8]) && isRealUtcTimestamp(r[9], day) && isCount(r[10]) && isCount(r[11]) && isCount(r[12]) && isCount(r[13]) && (r[14] === null || isCount(r[14]) && r[14] <= r[12]) && isCount(r[15]);
}
function isWellFormedOutcome(r, day) {
	return isText(r[1]) && isRepo(r[2]) && isCount(r[3]) && r[3] > 0 && isRealUtcTimestamp(r[4], day) && typeof r[5] === "boolean" && typeof r[6] === "boolean";
}
/** Rows already checked by isWellFormedCall; every object has the same shape. */
function callOf(r) {
	return {
		kind: "call",
		key: r[1],
		source: r[2],
		session: r[3],
		ticket: r[4] ?? void 0,
		repo: r[5],
		pr: r[6] ?? void 0,
		mode: r[7],
		model: r[8],
		ts: r[9],
		input_tokens: r[10],
		output_tokens: r[11],
		cache_creation_input_tokens: r[12],
		cache_read_input_tokens: r[13],
		cache_creation_1h_input_tokens: r[14] ?? void 0,
		cost_micro_usd: r[15]
	};
}
function outcomeOf(r) {
	return {
		kind: "pr-outcome",
		key: r[1],
		repo: r[2],
		pr: r[3],
		ts: r[4],
		merged: r[5],
		spec_amended: r[6]
	};
}
// packages/cost-ceiling/lib/history/blob-stream.js
/**
* Streams blobs out of one `git cat-file --batch`, handing each to `onBlob` as
* soon as it is complete and in the order asked for, so parsing overlaps git
* inflating the next one (a year of history is hundreds of megabytes: reading
* it all before parsing would double the wall time and the memory).
*/
function streamBlobs(repo, ids, onBlob) {
	if (ids.length === 0) return Promise.resolve();
	return new Promise((resolve, reject) => {
		const child = spawn("git", [
			"-C",
			repo,
			"cat-file",
			"--batch"
		], {
			env: {
				...process.env,
				GIT_TERMINAL_PROMPT: "0",
				GIT_CONFIG_NOSYSTEM: "1",
				LC_ALL: "C"
			},
			stdio: [
				"pipe",
				"pipe",
				"pipe"
			]
		});
		let failure;
		const fail = (error) => {
			if (failure) return;
			failure = error;
			child.kill();
		};
		const stderr = [];
		child.stderr.on("data", (b) => stderr.push(b));
		let next = 0;
		let pending = Buffer.alloc(0);
		/** Bytes still expected for the current blob (+1 for its trailing newline); -1 while reading a header. */
		let remaining = -1;
		const parts = [];
		child.stdout.on("data", (chunk) => {
			if (failure) return;
			let data = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
			pending = Buffer.alloc(0);
			try {
				while (data.length > 0) {
					if (remaining < 0) {
						const eol = data.indexOf(10);
						if (eol < 0) {
							pending = data;
							return;
						}
						const header = data.subarray(0, eol).toString("utf8");
						data = data.subarray(eol + 1);
						const id = ids[next];
						const match = /^([0-9a-f]+) blob (\d+)$/.exec(header);
						if (!match || id === void 0) throw new Error(`git cat-file answered '${header}' for ${id ?? "nothing"}: the object is missing or not a blob.`);
						remaining = Number(match[2]) + 1;
					}
					const take = Math.min(remaining, data.length);
					parts.push(data.subarray(0, take));
					data = data.subarray(take);
					remaining -= take;
					if (remaining === 0) {
						const whole = Buffer.concat(parts);
						parts.length = 0;
						remaining = -1;
						onBlob(ids[next], whole.subarray(0, whole.length - 1));
						next += 1;
					}
				}
			} catch (error) {
				fail(error);
			}
		});
		child.on("error", (e) => fail(new GitError(`cannot run git: ${e.message}`, ["cat-file"], null, "")));
		child.on("close", (code) => {
			if (failure) return reject(failure);
			if (code !== 0 || next !== ids.length) {
				const text = Buffer.concat(stderr).toString("utf8").trim();
				return reject(new GitError(`git cat-file --batch failed (exit ${code}) after ${next} of ${ids.length} blobs: ${text}`, ["cat-file", "--batch"], code, text));
			}
			resolve();
		});
		child.stdin.on("error", () => void 0);
		child.stdin.end(`${ids.join("\n")}\n`);
	});
}
// packages/cost-ceiling/lib/history/history-store.js
/** The environment that authenticates one fetch or push with `location.token`, if any. */
function remoteAuthEnv(location) {
	if (!location.token) return {};
	return {
		GIT_CONFIG_COUNT: "1",
		GIT_CONFIG_KEY_0: "http.extraheader",
		GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${location.token}`).toString("base64")}`
	};
}
/** The history as of one commit, held in memory (tests, small histories; the guard streams instead). */
var HistorySnapshot = class {
	commit;
	days;
	constructor(commit, days) {
		this.commit = commit;
		this.days = days;
	}
	get size() {
		let n = 0;
		for (const lines of this.days.values()) n += lines.length;
		return n;
	}
};
const COMMITTER_ENV = {
	GIT_AUTHOR_NAME: "agent-guards",
	GIT_AUTHOR_EMAIL: "agent-guards@users.noreply.github.com",
	GIT_COMMITTER_NAME: "agent-guards",
	GIT_COMMITTER_EMAIL: "agent-guards@users.noreply.github.com"
};
/**
* The durable cost history: an orphan branch holding one JSONL file per UTC
* day, written with optimistic concurrency. Each append fetches the branch,
* builds the new commit with plumbing (hash-object, mktree, commit-tree; no
* worktree, no checkout), and pushes it as a fast-forward. A rejected push
* means another writer got there first: re-fetch, re-merge, retry. Lines carry
* a key, and a line whose key is already in its day file is not written again,
* so a retried or repeated append never duplicates.
*/
var CostHistory = class {
	location;
	logger;
	maxAttempts;
	backoffMs;
	maxBackoffMs;
	/** Parsed day files by blob id: a retry only parses what changed. */
	parsedBlobs = /* @__PURE__ */ new Map();
	constructor(location, options = {}) {
		this.location = location;
		this.logger = options.logger ?? silentLogger;
		this.maxAttempts = options.maxAttempts ?? 50;
		this.backoffMs = options.backoffMs ?? 25;
		this.maxBackoffMs = options.maxBackoffMs ?? 2e3;
	}
	/** The current branch tip, fetched; undefined when the branch does not exist yet. */
	async tip() {
		return this.withTip(async (tip) => tip);
	}
	/**
	* Visits every day file at `commit` in date order, parsed and validated, one
	* at a time: the whole history is never held in memory at once.
	*/
	async scan(commit, visit) {
		if (!commit) return;
		const days = (await treeEntries(this.location.repo, commit)).filter((e) => e.type === "blob" && DAY_FILE.test(e.name)).sort((a, b) => a.name.localeCompare(b.name));
		let index = 0;
		const flushCachedBefore = (stop) => {
			for (; index < stop; index += 1) {
				const d = days[index];
				visit(d.name, this.parsedBlobs.get(d.sha));
			}
		};
		const position = new Map(days.map((d, i) => [d.sha, i]));
		const streamed = days.filter((d) => !this.parsedBlobs.has(d.sha));
		await streamBlobs(this.location.repo, streamed.map((d) => d.sha), (sha, blob) => {
			const at = position.get(sha);
			flushCachedBefore(at);
			const name = days[at].name;
			visit(name, parseHistoryFile(blob.toString("utf8"), `${this.location.branch}:${name}`));
			index = at + 1;
		});
		flushCachedBefore(days.length);
	}
	/** The whole history in memory at the fetched tip. */
	async read() {
		const tip = await this.tip();
		const days = /* @__PURE__ */ new Map();
		await this.scan(tip, (file, lines) => days.set(file, lines));
		return new HistorySnapshot(tip, new Map([...days].sort(([a], [b]) => a.localeCompare(b))));
	}
	async append(lines) {
		for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
			const outcome = await this.withTip(async (tip) => {
				const tree = tip ? await treeEntries(this.location.repo, tip) : [];
				const { changed, appended, alreadyPresent } = merge(await this.daysTouched(tree, lines), lines);
				if (appended === 0) return {
					appended,
					alreadyPresent,
					attempts: attempt,
					commit: tip
				};
				const commit = await this.commit(tip, tree, changed, appended);
				return await this.publish(commit, tip) ? {
					appended,
					alreadyPresent,
					attempts: attempt,
					commit
				} : void 0;
			});
			if (outcome) return outcome;
			const delay = Math.min(this.maxBackoffMs, this.backoffMs * 2 ** Math.min(attempt - 1, 10)) * (.5 + Math.random());
			this.logger.debug(`cost history: push to ${this.location.branch} rejected (attempt ${attempt}); another writer was first, retrying in ${Math.round(delay)} ms.`);
			await new Promise((resolve) => setTimeout(resolve, delay));
		}
		throw new Error(`cost history: gave up after ${this.maxAttempts} rejected pushes to ${this.location.branch}; the branch is changing faster than this writer can catch up.`);
	}
	/** Runs `fn` with the branch tip as fetched now (undefined: no branch yet), cleaning up the private ref. */
	async withTip(fn) {
		const { repo, remote, branch } = this.location;
		if (!remote) {
			const { stdout, exitCode } = await runGit(repo, [
				"rev-parse",
				"--verify",
				"-q",
				`refs/heads/${branch}^{commit}`
			], { okExitCodes: [0, 1] });
			return fn(exitCode === 0 ? stdout.toString("utf8").trim() : void 0);
		}
		const ref = `refs/agent-guards/cost-history/${process.pid}-${randomBytes(6).toString("hex")}`;
		try {
			const fetched = await runGit(repo, [
				"fetch",
				"--quiet",
				"--no-tags",
				"--no-write-fetch-head",
				remote,
				`+refs/heads/${branch}:${ref}`
			], {
				okExitCodes: [0, 128],
				env: remoteAuthEnv(this.location)
			});
			if (fetched.exitCode !== 0) {
				if (!/couldn't find remote ref/i.test(fetched.stderr)) throw new GitError(`git fetch ${remote} ${branch} failed: ${fetched.stderr.trim()}`, ["fetch", remote], fetched.exitCode, fetched.stderr);
				return await fn(void 0);
			}
			return await fn((await runGit(repo, [
				"rev-parse",
				"--verify",
				`${ref}^{commit}`
			])).stdout.toString("utf8").trim());
		} finally {
			await runGit(repo, [
				"update-ref",
				"-d",
				ref
			], { okExitCodes: [0, 1] }).catch(() => void 0);
		}
	}
	/** The current lines of the day files `lines` would go into (only those are read on append). */
	async daysTouched(tree, lines) {
		const wanted = new Set(lines.map(dayFileOf));
		const entries = tree.filter((e) => e.type === "blob" && wanted.has(e.name));
		const missing = entries.filter((e) => !this.parsedBlobs.has(e.sha));
		const names = new Map(missing.map((e) => [e.sha, e.name]));
		await streamBlobs(this.location.repo, missing.map((e) => e.sha), (sha, blob) => {
			this.parsedBlobs.set(sha, parseHistoryFile(blob.toString("utf8"), `${this.location.branch}:${names.get(sha)}`));
		});
		return new Map(entries.map((e) => [e.name, {
			sha: e.sha,
			lines: this.parsedBlobs.get(e.sha)
		}]));
	}
	async commit(parent, tree, changed, appended) {
		const repo = this.location.repo;
		const entries = tree.filter((e) => !changed.has(e.name));
		for (const [name, lines] of changed) {
			const sha = (await runGit(repo, [
				"hash-object",
				"-w",
				"--stdin"
			], { input: serializeHistoryLines(lines) })).stdout.toString("utf8").trim();
			this.parsedBlobs.set(sha, lines);
			entries.push({
				mode: "100644",
				type: "blob",
				sha,
				name
			});
		}
		return (await runGit(repo, [
			"commit-tree",
			"--no-gpg-sign",
			(await runGit(repo, ["mktree", "-z"], { input: entries.map((e) => `${e.mode} ${e.type} ${e.sha}\t${e.name}\0`).join("") })).stdout.toString("utf8").trim(),
			...parent ? ["-p", parent] : [],
			"-m",
			`cost history: ${appended} line(s)`
		], { env: COMMITTER_ENV })).stdout.toString("utf8").trim();
	}
	/** Moves the branch to `commit` if it is still at `expected`; false when another writer moved it first. */
	async publish(commit, expected) {
		const { repo, remote, branch } = this.location;
		if (!remote) return (await runGit(repo, [
			"update-ref",
			"-m",
			"cost history",
			`refs/heads/${branch}`,
			commit,
			expected ?? ""
		], { okExitCodes: [0, 128] })).exitCode === 0;
		const res = await runGit(repo, [
			"push",
			"--porcelain",
			"--no-verify",
			remote,
			`${commit}:refs/heads/${branch}`
		], {
			okExitCodes: [0, 1],
			env: remoteAuthEnv(this.location)
		});
		if (res.exitCode === 0) return true;
		const report = res.stdout.toString("utf8");
		const rejected = report.split("\n").filter((l) => l.startsWith("!"));
		if (rejected.length > 0 && rejected.every((l) => /fetch first|non-fast-forward|failed to update ref|lock|incorrect old value|stale info/i.test(l))) return false;
		const detail = `${report.trim()} ${res.stderr.trim()}`.trim();
		if (/protected branch|declined|denied/i.test(detail)) throw new ConfigurationError(`the remote refused the cost history branch: ${detail}`, {
			field: "cost.history_branch",
			fix: `let the workflow token push to ${branch} (exclude it from branch rulesets), or point history_branch at a branch it may write.`
		});
		throw new GitError(`git push of the cost history failed: ${detail}`, ["push", remote], res.exitCode, res.stderr);
	}
};
/**
* Adds `lines` to their day files, skipping keys the day file (or this batch)
* already has. Returns only the day files that grew.
*/
function merge(existing, lines) {
	const changed = /* @__PURE__ */ new Map();
	const keysByDay = /* @__PURE__ */ new Map();
	let appended = 0;
	let alreadyPresent = 0;
	for (const line of lines) {
		const name = dayFileOf(line);
		let keys = keysByDay.get(name);
		if (!keys) {
			keys = new Set((existing.get(name)?.lines ?? []).map((l) => l.key));
			keysByDay.set(name, keys);
		}
		if (keys.has(line.key)) {
			alreadyPresent += 1;
			continue;
		}
		keys.add(line.key);
		let day = changed.get(name);
		if (!day) {
			day = [...existing.get(name)?.lines ?? []];
			changed.set(name, day);
		}
		day.push(line);
		appended += 1;
	}
	return {
		changed,
		appended,
		alreadyPresent
	};
}
async function treeEntries(repo, commit) {
	return (await runGit(repo, [
		"ls-tree",
		"-z",
		commit
	])).stdout.toString("utf8").split("\0").filter((s) => s.length > 0).map((s) => {
		const tab = s.indexOf("	");
		const [mode, type, sha] = s.slice(0, tab).split(" ");
		return {
			mode,
			type,
			sha,
			name: s.slice(tab + 1)
		};
	});
}
// packages/cost-ceiling/lib/history/pr-outcome.js
/**
* Records how an agent PR ended, for §10 oversight (first-pass validation).
* Called once when an agent PR closes (a `pull_request: closed` job); the key
* makes a re-run of that job a no-op, and a later, different outcome for the
* same PR (reopened, closed again) a new line that supersedes the old one.
*/
async function recordPrOutcome(history, outcome, logger) {
	const ts = outcome.closedAt.toISOString();
	const line = HistoryOutcomeLineSchema.parse({
		kind: "pr-outcome",
		key: `pr-outcome:${outcome.repo}#${outcome.pr}@${ts}:${outcome.merged ? "merged" : "closed"}:${outcome.specAmended ? "amended" : "first-pass"}`,
		repo: outcome.repo,
		pr: outcome.pr,
		ts,
		merged: outcome.merged,
		spec_amended: outcome.specAmended
	});
	return new CostHistory(history, logger ? { logger } : {}).append([line]);
}
/**
* The label a reviewer puts on an agent PR that could only be accepted after the
* spec was amended: such a PR does not count as first-pass validated (§2, §10).
*/
const SPEC_AMENDMENT_LABEL = "spec-amendment";
// packages/cost-ceiling/lib/history/signal-metrics.js
function signalFigures(digest, oversight, weeklyTokens) {
	const outcomes = [...digest.outcomes.values()];
	const firstPass = outcomes.filter((o) => o.merged && !o.spec_amended).length;
	const merged = new Set(outcomes.filter((o) => o.merged).map((o) => `${o.repo}#${o.pr}`));
	let mergedCostMicro = 0;
	for (const s of digest.sessions.values()) if (s.pr !== void 0 && merged.has(`${s.repo}#${s.pr}`)) mergedCostMicro += s.costMicro;
	const hitRate = digest.total.hitRate;
	return {
		prsDecided: outcomes.length,
		...outcomes.length ? { firstPassValidation: firstPass / outcomes.length } : {},
		...oversight.fpv !== void 0 ? { firstPassValidation7d: oversight.fpv } : {},
		mergedPrs: merged.size,
		...merged.size ? { costPerMergedPrUsd: mergedCostMicro / merged.size / 1e6 } : {},
		...hitRate !== void 0 ? { cacheHitRate: hitRate } : {},
		weeklyTokens
	};
}
/** The figures as gauges (each run reports the current value; a backend charts them over time). */
function recordSignalMetrics(telemetry, figures, attributes) {
	const gauge = (name, unit, description, value) => {
		if (value !== void 0) telemetry.gauge(name, {
			unit,
			description
		}).record(value, attributes);
	};
	gauge("agent_guards.first_pass_validation", "1", "Closed agent PRs merged without a spec amendment ÷ all closed agent PRs in the cost history.", figures.firstPassValidation);
	gauge("agent_guards.first_pass_validation.window_7d", "1", "First-pass validation over the last 7 days (the §10 oversight trigger).", figures.firstPassValidation7d);
	gauge("agent_guards.prs.decided", "{pr}", "Closed agent PRs in the cost history.", figures.prsDecided);
	gauge("agent_guards.cost.per_merged_pr", "{USD}", "Mean token cost of a merged agent PR, every session of the PR counted.", figures.costPerMergedPrUsd);
	gauge("agent_guards.prs.merged", "{pr}", "Merged agent PRs in the cost history.", figures.mergedPrs);
	gauge("agent_guards.cache_hit_rate", "1", "Cache reads ÷ total input tokens over the cost history.", figures.cacheHitRate);
	gauge("agent_guards.tokens.weekly", "{token}", "Tokens of the sessions of the last 7 days.", figures.weeklyTokens);
}
// packages/cost-ceiling/lib/cost-guard.js
const COST_GUARD = "cost-ceiling";
/**
* The cost-ceiling guard. Reads every ledger and execution file (any problem
* is a ConfigurationError, so the run ends in verdict `error`), prices each
* call in micro-dollars, appends the calls to the durable history when one is
* given, and decides: token caps per session, cost per PR (every session of
* the PR, from these files and from the history), cache hit rate, cost
* incidents and §10 periodic review. Notifications go out only with `notify`.
*/
async function runCostGuard(options) {
	const { policy, logger } = options;
	const cost = policy.cost;
	const now = options.now ?? /* @__PURE__ */ new Date();
	const executionFiles = options.executionFiles ?? [];
	const usageFiles = options.usageFiles ?? [];
	if (options.ledgers.length === 0 && executionFiles.length === 0 && usageFiles.length === 0) throw new ConfigurationError("no usage to judge: neither a usage ledger nor an agent usage file was given.", {
		field: "ledger",
		fix: "pass the ledger(s) the runner wrote (--ledger FILE, repeatable), or the usage file of the agent that wrote the PR (--usage-file: claude-code-action, codex, Gemini CLI, gh aw)."
	});
	const prNumber = options.pr ?? options.notify?.prNumber;
	const book = new PriceBook(cost.prices);
	const read = [];
	for (const file of options.ledgers) for (const r of (await UsageLedger.read(file)).toRecords(book)) read.push(r);
	const repo = options.repo ?? (options.notify ? `${options.notify.repo.owner}/${options.notify.repo.repo}` : soleRepo(read));
	for (const file of executionFiles) for (const r of await readExecutionFile(file, book, {
		...repo ? { repo } : {},
		...prNumber ? { pr: prNumber } : {},
		now
	})) read.push(r);
	const agentOptions = {
		...repo ? { repo } : {},
		...prNumber ? { pr: prNumber } : {},
		now,
		...options.agentModel ? { model: options.agentModel } : {}
	};
	for (const r of await readAgentUsageFiles(usageFiles, book, agentOptions)) read.push(r);
	const records = attributeSessions(uniqueByKey(read), prNumber);
	const inScope = prNumber === void 0 ? [...records] : records.filter((r) => r.pr === prNumber);
	const judged = new Set(inScope);
	const skipped = new Set(records.filter((r) => !judged.has(r)).map((r) => r.session));
	if (skipped.size > 0) logger.info(`cost-ceiling: ${skipped.size} session(s) in the ledgers belong to other PRs and are not judged here: ${[...skipped].join(", ")}.`);
	logger.info(`cost-ceiling: ${records.length} usage record(s) from ${options.ledgers.length} ledger(s) and ${executionFiles.length + usageFiles.length} agent usage file(s).`);
	if (prNumber !== void 0 && inScope.length === 0) throw new ConfigurationError(`no usage in the given ledgers belongs to PR #${prNumber}.`, {
		field: "ledger",
		fix: `pass the ledger(s) of the sessions that produced PR #${prNumber} (the runner's usage-ledger.jsonl), or the right PR number.`
	});
	let digest;
	let historyNote = {};
	if (options.history) {
		const history = new CostHistory({
			...options.history,
			branch: cost.history_branch
		}, { logger });
		const lines = records.map((r) => {
			if (!r.repo) throw new ConfigurationError("usage from an agent usage file names no repository, and the history needs one.", {
				file: r.file,
				field: "repo",
				fix: "pass the repository (owner/name) to the cost guard alongside the usage file."
			});
			return historyLineOf({
				...r,
				repo: r.repo
			});
		});
		const result = await history.append(lines);
		logger.info(`cost-ceiling: history ${cost.history_branch}: ${result.appended} line(s) appended, ${result.alreadyPresent} already there, ${result.attempts} attempt(s).`);
		const builder = new HistoryDigestBuilder();
		const earlierSessions = new PrSessionCollector(inScope);
		await history.scan(result.commit, (file, dayLines) => {
			builder.addDay(file, dayLines);
			earlierSessions.addDay(file, dayLines);
		});
		digest = builder.finish();
		historyNote = {
			"history-lines": digest.lines,
			"history-appended": result.appended
		};
		for (const r of earlierSessions.records) inScope.push(r);
	}
	const summary = summarise(inScope);
	const findings = [
		...capFindings(summary, cost),
		...costFindings(summary, cost),
		...hitRateFindings(summary, cost)
	];
	let oversight;
	const incidents = digest ? detectIncidents(digest, cost.incident, now) : [];
	findings.push(...incidentFindings(incidents, cost.incident.escalate_to));
	if (digest) {
		oversight = oversightState(digest, now, prNumber ? {
			...repo ? { repo } : {},
			pr: prNumber
		} : void 0);
		findings.push(...oversightFindings(oversight, prNumber));
		const weekly = weeklyTokens(digest, now);
		historyNote["weekly-tokens"] = weekly;
		recordSignalMetrics(await sharedTelemetry(), signalFigures(digest, oversight, weekly), repo ? { "agent_guards.repo": repo } : {});
		if (cost.weekly_budget_tokens !== void 0 && weekly > cost.weekly_budget_tokens) findings.push({
			rule: "weekly-budget-exceeded",
			severity: "warning",
			message: `the last 7 days used ${weekly.toLocaleString("en-US")} tokens, over the weekly budget of ${cost.weekly_budget_tokens.toLocaleString("en-US")}.`
		});
	}
	if (options.notify) {
		const softCapSessions = [...summary.sessions.values()].filter((s) => s.totals.capTokens >= cost.soft_cap_tokens);
		await sendNotifications(options.notify, {
			softCapSessions,
			incidents,
			...oversight ? { oversight } : {}
		}, cost, now, logger);
	}
	return {
		report: reportFromFindings(COST_GUARD, findings, {
			...metricsOf(summary),
			...historyNote
		}),
		outputs: outputsOf(summary),
		summary: renderCostSummary(summary, cost)
	};
}
function uniqueByKey(records) {
	const seen = /* @__PURE__ */ new Set();
	return records.filter((r) => seen.has(r.key) ? false : (seen.add(r.key), true));
}
function soleRepo(records) {
	const repos = new Set(records.map((r) => r.repo).filter((r) => r !== void 0));
	return repos.size === 1 ? [...repos][0] : void 0;
}
/** Calls of the same PRs recorded by earlier runs (a resumed or rescued session's first ledger). */
var PrSessionCollector = class {
	records = [];
	prs;
	keys;
	constructor(inScope) {
		this.prs = new Set(inScope.filter((r) => r.pr !== void 0).map((r) => prKey(r.repo, r.pr)));
		this.keys = new Set(inScope.map((r) => r.key));
	}
	addDay(file, lines) {
		if (this.prs.size === 0) return;
		lines.forEach((line, i) => {
			if (line.kind !== "call" || line.pr === void 0 || this.keys.has(line.key) || !this.prs.has(prKey(line.repo, line.pr))) return;
			this.records.push(recordOfHistoryLine(line, file, i + 1));
		});
	}
};
function oversightFindings(state, pr) {
	if (!state.periodic) return [];
	const fpv = state.fpv === void 0 ? "n/a" : `${(state.fpv * 100).toFixed(1)}%`;
	const base = `first-pass validation has been under ${OVERSIGHT.fpvFloor * 100}% for ${state.daysBelow} day(s) (now ${fpv}); §10 periodic review is on since ${state.periodicSince}`;
	if (state.extraReview) return [{
		rule: "extra-review",
		severity: "warning",
		message: `${base}, and PR #${pr} is agent PR number ${state.ordinal} since then (every ${OVERSIGHT.everyNth}th gets the \`${OVERSIGHT.label}\` label): give it the flagged extra review.`
	}];
	return [{
		rule: "periodic-review",
		severity: "notice",
		message: `${base}; ${state.ordinal ? `this PR is number ${state.ordinal}, ` : ""}every ${OVERSIGHT.everyNth}th agent PR gets the \`${OVERSIGHT.label}\` label.`
	}];
}
function weeklyTokens(digest, now) {
	const today = dayNumber(now.getTime());
	let tokens = 0;
	for (const s of digest.sessions.values()) if (dayNumber(s.lastTs) > today - 7 && s.lastTs <= now.getTime()) tokens += s.tokens;
	return tokens;
}
function metricsOf(summary) {
	const t = summary.total;
	return {
		tokens: t.capTokens,
		"input-tokens": t.counts.input,
		"output-tokens": t.counts.output,
		"cache-creation-input-tokens": t.cacheCreation,
		"cache-read-input-tokens": t.counts.cacheRead,
		"total-input-tokens": t.totalInput,
		"cost-usd": microToDecimal(t.costMicro),
		"cost-micro-usd": t.costMicro,
		...t.unrecorded === 0 ? { "recorded-cost-usd": microToDecimal(t.recordedCostMicro) } : {},
		"cache-hit-rate": t.hitRate === void 0 ? null : roundRate(t.hitRate),
		sessions: summary.sessions.size,
		prs: summary.prs.size,
		"per-mode": perMode(summary),
		"per-model": Object.fromEntries([...summary.models].map(([k, v]) => [k, v.toJSON()])),
		"per-session": Object.fromEntries([...summary.sessions].map(([k, s]) => [k, {
			pr: s.pr ?? null,
			modes: [...s.modes],
			...s.totals.toJSON()
		}]))
	};
}
function perMode(summary) {
	return Object.fromEntries([...summary.modes].map(([mode, t]) => [mode, {
		...t.toJSON(),
		cost_usd: microToDecimal(t.costMicro)
	}]));
}
function outputsOf(summary) {
	const t = summary.total;
	return {
		tokens: t.capTokens,
		"cost-usd": microToDecimal(t.costMicro),
		"cache-hit-rate": t.hitRate === void 0 ? "" : roundRate(t.hitRate).toFixed(4),
		"per-mode": JSON.stringify(perMode(summary))
	};
}
// packages/cost-ceiling/lib/pull-request-run.js
/**
* cost-ceiling on a pull_request event: a closed agent PR is first recorded in
* the durable history (§10 oversight counts first-pass validation from these
* outcomes), then the guard judges whatever usage the run was given.
*/
async function runCostCeilingOnPullRequest(run) {
	const { event, logger } = run;
	const remote = {
		repo: run.repo,
		remote: "origin",
		...run.token ? { token: run.token } : {}
	};
	if (event?.action === "closed") {
		if (!run.history || !run.repository) throw new ConfigurationError("a closed PR is recorded in the durable history, which is off.", {
			field: "history",
			fix: "set 'history: true' (with contents: write) on the job that runs when agent PRs close."
		});
		const outcome = {
			repo: run.repository,
			pr: event.number,
			merged: event.merged,
			specAmended: event.labels.includes(SPEC_AMENDMENT_LABEL),
			closedAt: new Date(event.closedAt ?? Date.now())
		};
		await recordPrOutcome({
			...remote,
			branch: run.policy.cost.history_branch
		}, outcome, logger);
		const message = `PR #${event.number} recorded as ${outcome.merged ? "merged" : "closed unmerged"}${outcome.specAmended ? " after a spec amendment" : ""}.`;
		if (run.ledgers.length === 0 && run.executionFiles.length === 0 && (run.usageFiles ?? []).length === 0) return { report: reportFromFindings("cost-ceiling", [{
			rule: "pr-outcome-recorded",
			severity: "notice",
			message
		}]) };
		logger.info(message);
	}
	return runCostGuard({
		ledgers: run.ledgers,
		executionFiles: run.executionFiles,
		...run.usageFiles?.length ? { usageFiles: run.usageFiles } : {},
		...run.agentModel ? { agentModel: run.agentModel } : {},
		policy: run.policy,
		logger,
		...run.pr ? { pr: run.pr } : {},
		...run.repository ? { repo: run.repository } : {},
		...run.history ? { history: remote } : {},
		...run.notify ? { notify: run.notify } : {}
	});
}
// actions/cost-ceiling/lib/main.js
const core = {
	getInput,
	setOutput,
	setFailed,
	info,
	debug,
	warning,
	error,
	notice,
	summary
};
/** Every input action.yml declares; defaults live here (a test keeps action.yml equal). */
const Inputs = strictObject({
	ledger: listInput.default([]),
	"execution-file": listInput.default([]),
	"usage-file": listInput.default([]),
	"agent-model": string().optional(),
	policy: string().default(DEFAULT_POLICY_PATH),
	pr: string().regex(/^\d+$/, "expected a PR number").transform(Number).optional(),
	notify: booleanInput.default(true),
	history: booleanInput.default(false),
	token: string().optional(),
	"working-directory": string().default(".")
});
async function run() {
	const outcome = await runGuardAction({
		core,
		guard: "cost-ceiling",
		inputs: Inputs,
		execute: async (inputs, logger) => {
			const event = readPullRequestEvent();
			const repo = inputs["working-directory"];
			const base = event?.baseSha ?? "HEAD";
			const { policy } = await loadPolicy({
				repo,
				base,
				path: inputs.policy,
				logger
			});
			const notApplicable = notApplicableRun("cost-ceiling", {
				policy,
				policyPath: inputs.policy,
				base,
				author: event?.author,
				headRef: event?.headRef
			}, logger);
			if (notApplicable) return notApplicable;
			const prNumber = inputs.pr ?? event?.number;
			const repository = event?.repository || process.env.GITHUB_REPOSITORY;
			const notify = inputs.notify && inputs.token && prNumber && repository ? {
				client: clientOnFirstCall({
					token: inputs.token,
					logger,
					...process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}
				}),
				repo: parseRepoRef(repository),
				prNumber
			} : void 0;
			if (inputs.notify && !notify) logger.info("notifications off: they need a token, a PR number and the repository.");
			return runCostCeilingOnPullRequest({
				repo,
				...event ? { event } : {},
				policy,
				logger,
				ledgers: inputs.ledger,
				executionFiles: inputs["execution-file"],
				usageFiles: inputs["usage-file"],
				...inputs["agent-model"] ? { agentModel: inputs["agent-model"] } : {},
				...prNumber ? { pr: prNumber } : {},
				...repository ? { repository } : {},
				history: inputs.history,
				...inputs.token ? { token: inputs.token } : {},
				...notify ? { notify } : {}
			});
		}
	});
	if (outcome.failure) core.setFailed(outcome.failure);
}
/**
* The GitHub client, built (and octokit loaded) on its first call: the guard writes to the PR only
* when a session crosses the soft cap or an incident opens, and octokit is a large part of the
* code a run would otherwise compile before it reads the ledger.
*/
function clientOnFirstCall(options) {
	let client;
	const built = () => client ??= import("./lib-BOVK5Sph.js").then(({ createGitHubClient }) => createGitHubClient(options));
	return {
		addLabels: async (...args) => (await built()).addLabels(...args),
		upsertStickyComment: async (...args) => (await built()).upsertStickyComment(...args),
		upsertIssue: async (...args) => (await built()).upsertIssue(...args)
	};
}
export { run };
