import { t as __commonJSMin } from "./rolldown-runtime-C1I3wEg2.js";
import { c as REGISTRY, f as pathSource, h as asRecord, n as descriptorName, t as LockfileError } from "./locked-packages-DhDOmF47.js";
import { t as npmResolvedSource } from "./npm-lockfile-CI4ZDwCr.js";
// node_modules/@yarnpkg/parsers/lib/grammars/shell.js
var require_shell$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	function peg$subclass(child, parent) {
		function ctor() {
			this.constructor = child;
		}
		ctor.prototype = parent.prototype;
		child.prototype = new ctor();
	}
	function peg$SyntaxError(message, expected, found, location) {
		this.message = message;
		this.expected = expected;
		this.found = found;
		this.location = location;
		this.name = "SyntaxError";
		if (typeof Error.captureStackTrace === "function") Error.captureStackTrace(this, peg$SyntaxError);
	}
	peg$subclass(peg$SyntaxError, Error);
	peg$SyntaxError.buildMessage = function(expected, found) {
		var DESCRIBE_EXPECTATION_FNS = {
			literal: function(expectation) {
				return "\"" + literalEscape(expectation.text) + "\"";
			},
			"class": function(expectation) {
				var escapedParts = "", i = 0;
				for (; i < expectation.parts.length; i++) escapedParts += expectation.parts[i] instanceof Array ? classEscape(expectation.parts[i][0]) + "-" + classEscape(expectation.parts[i][1]) : classEscape(expectation.parts[i]);
				return "[" + (expectation.inverted ? "^" : "") + escapedParts + "]";
			},
			any: function(expectation) {
				return "any character";
			},
			end: function(expectation) {
				return "end of input";
			},
			other: function(expectation) {
				return expectation.description;
			}
		};
		function hex(ch) {
			return ch.charCodeAt(0).toString(16).toUpperCase();
		}
		function literalEscape(s) {
			return s.replace(/\\/g, "\\\\").replace(/"/g, "\\\"").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
				return "\\x0" + hex(ch);
			}).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
				return "\\x" + hex(ch);
			});
		}
		function classEscape(s) {
			return s.replace(/\\/g, "\\\\").replace(/\]/g, "\\]").replace(/\^/g, "\\^").replace(/-/g, "\\-").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
				return "\\x0" + hex(ch);
			}).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
				return "\\x" + hex(ch);
			});
		}
		function describeExpectation(expectation) {
			return DESCRIBE_EXPECTATION_FNS[expectation.type](expectation);
		}
		function describeExpected(expected) {
			var descriptions = new Array(expected.length), i = 0, j;
			for (; i < expected.length; i++) descriptions[i] = describeExpectation(expected[i]);
			descriptions.sort();
			if (descriptions.length > 0) {
				for (i = 1, j = 1; i < descriptions.length; i++) if (descriptions[i - 1] !== descriptions[i]) {
					descriptions[j] = descriptions[i];
					j++;
				}
				descriptions.length = j;
			}
			switch (descriptions.length) {
				case 1: return descriptions[0];
				case 2: return descriptions[0] + " or " + descriptions[1];
				default: return descriptions.slice(0, -1).join(", ") + ", or " + descriptions[descriptions.length - 1];
			}
		}
		function describeFound(found) {
			return found ? "\"" + literalEscape(found) + "\"" : "end of input";
		}
		return "Expected " + describeExpected(expected) + " but " + describeFound(found) + " found.";
	};
	function peg$parse(input, options) {
		options = options !== void 0 ? options : {};
		var peg$FAILED = {}, peg$startRuleFunctions = { Start: peg$parseStart }, peg$startRuleFunction = peg$parseStart, peg$c0 = function(line) {
			return line ? line : [];
		}, peg$c1 = function(command, type, then) {
			return [{
				command,
				type
			}].concat(then || []);
		}, peg$c2 = function(command, type) {
			return [{
				command,
				type: type || ";"
			}];
		}, peg$c3 = function(then) {
			return then;
		}, peg$c4 = ";", peg$c5 = peg$literalExpectation(";", false), peg$c6 = "&", peg$c7 = peg$literalExpectation("&", false), peg$c8 = function(chain, then) {
			return then ? {
				chain,
				then
			} : { chain };
		}, peg$c9 = function(type, then) {
			return {
				type,
				line: then
			};
		}, peg$c10 = "&&", peg$c11 = peg$literalExpectation("&&", false), peg$c12 = "||", peg$c13 = peg$literalExpectation("||", false), peg$c14 = function(main, then) {
			return then ? {
				...main,
				then
			} : main;
		}, peg$c15 = function(type, then) {
			return {
				type,
				chain: then
			};
		}, peg$c16 = "|&", peg$c17 = peg$literalExpectation("|&", false), peg$c18 = "|", peg$c19 = peg$literalExpectation("|", false), peg$c20 = "=", peg$c21 = peg$literalExpectation("=", false), peg$c22 = function(name, arg) {
			return {
				name,
				args: [arg]
			};
		}, peg$c23 = function(name) {
			return {
				name,
				args: []
			};
		}, peg$c24 = "(", peg$c25 = peg$literalExpectation("(", false), peg$c26 = ")", peg$c27 = peg$literalExpectation(")", false), peg$c28 = function(subshell, args) {
			return {
				type: `subshell`,
				subshell,
				args
			};
		}, peg$c29 = "{", peg$c30 = peg$literalExpectation("{", false), peg$c31 = "}", peg$c32 = peg$literalExpectation("}", false), peg$c33 = function(group, args) {
			return {
				type: `group`,
				group,
				args
			};
		}, peg$c34 = function(envs, args) {
			return {
				type: `command`,
				args,
				envs
			};
		}, peg$c35 = function(envs) {
			return {
				type: `envs`,
				envs
			};
		}, peg$c36 = function(args) {
			return args;
		}, peg$c37 = function(arg) {
			return arg;
		}, peg$c38 = /^[0-9]/, peg$c39 = peg$classExpectation([["0", "9"]], false, false), peg$c40 = function(fd, redirect, arg) {
			return {
				type: `redirection`,
				subtype: redirect,
				fd: fd !== null ? parseInt(fd) : null,
				args: [arg]
			};
		}, peg$c41 = ">>", peg$c42 = peg$literalExpectation(">>", false), peg$c43 = ">&", peg$c44 = peg$literalExpectation(">&", false), peg$c45 = ">", peg$c46 = peg$literalExpectation(">", false), peg$c47 = "<<<", peg$c48 = peg$literalExpectation("<<<", false), peg$c49 = "<&", peg$c50 = peg$literalExpectation("<&", false), peg$c51 = "<", peg$c52 = peg$literalExpectation("<", false), peg$c53 = function(segments) {
			return {
				type: `argument`,
				segments: [].concat(...segments)
			};
		}, peg$c54 = function(string) {
			return string;
		}, peg$c55 = "$'", peg$c56 = peg$literalExpectation("$'", false), peg$c57 = "'", peg$c58 = peg$literalExpectation("'", false), peg$c59 = function(text) {
			return [{
				type: `text`,
				text
			}];
		}, peg$c60 = "\"\"", peg$c61 = peg$literalExpectation("\"\"", false), peg$c62 = function() {
			return {
				type: `text`,
				text: ``
			};
		}, peg$c63 = "\"", peg$c64 = peg$literalExpectation("\"", false), peg$c65 = function(segments) {
			return segments;
		}, peg$c66 = function(arithmetic) {
			return {
				type: `arithmetic`,
				arithmetic,
				quoted: true
			};
		}, peg$c67 = function(shell) {
			return {
				type: `shell`,
				shell,
				quoted: true
			};
		}, peg$c68 = function(variable) {
			return {
				type: `variable`,
				...variable,
				quoted: true
			};
		}, peg$c69 = function(text) {
			return {
				type: `text`,
				text
			};
		}, peg$c70 = function(arithmetic) {
			return {
				type: `arithmetic`,
				arithmetic,
				quoted: false
			};
		}, peg$c71 = function(shell) {
			return {
				type: `shell`,
				shell,
				quoted: false
			};
		}, peg$c72 = function(variable) {
			return {
				type: `variable`,
				...variable,
				quoted: false
			};
		}, peg$c73 = function(pattern) {
			return {
				type: `glob`,
				pattern
			};
		}, peg$c74 = /^[^']/, peg$c75 = peg$classExpectation(["'"], true, false), peg$c76 = function(chars) {
			return chars.join(``);
		}, peg$c77 = /^[^$"]/, peg$c78 = peg$classExpectation(["$", "\""], true, false), peg$c79 = "\\\n", peg$c80 = peg$literalExpectation("\\\n", false), peg$c81 = function() {
			return ``;
		}, peg$c82 = "\\", peg$c83 = peg$literalExpectation("\\", false), peg$c84 = /^[\\$"`]/, peg$c85 = peg$classExpectation([
			"\\",
			"$",
			"\"",
			"`"
		], false, false), peg$c86 = function(c) {
			return c;
		}, peg$c87 = "\\a", peg$c88 = peg$literalExpectation("\\a", false), peg$c89 = function() {
			return "a";
		}, peg$c90 = "\\b", peg$c91 = peg$literalExpectation("\\b", false), peg$c92 = function() {
			return "\b";
		}, peg$c93 = /^[Ee]/, peg$c94 = peg$classExpectation(["E", "e"], false, false), peg$c95 = function() {
			return "\x1B";
		}, peg$c96 = "\\f", peg$c97 = peg$literalExpectation("\\f", false), peg$c98 = function() {
			return "\f";
		}, peg$c99 = "\\n", peg$c100 = peg$literalExpectation("\\n", false), peg$c101 = function() {
			return "\n";
		}, peg$c102 = "\\r", peg$c103 = peg$literalExpectation("\\r", false), peg$c104 = function() {
			return "\r";
		}, peg$c105 = "\\t", peg$c106 = peg$literalExpectation("\\t", false), peg$c107 = function() {
			return "	";
		}, peg$c108 = "\\v", peg$c109 = peg$literalExpectation("\\v", false), peg$c110 = function() {
			return "\v";
		}, peg$c111 = /^[\\'"?]/, peg$c112 = peg$classExpectation([
			"\\",
			"'",
			"\"",
			"?"
		], false, false), peg$c113 = function(c) {
			return String.fromCharCode(parseInt(c, 16));
		}, peg$c114 = "\\x", peg$c115 = peg$literalExpectation("\\x", false), peg$c116 = "\\u", peg$c117 = peg$literalExpectation("\\u", false), peg$c118 = "\\U", peg$c119 = peg$literalExpectation("\\U", false), peg$c120 = function(c) {
			return String.fromCodePoint(parseInt(c, 16));
		}, peg$c121 = /^[0-7]/, peg$c122 = peg$classExpectation([["0", "7"]], false, false), peg$c123 = /^[0-9a-fA-f]/, peg$c124 = peg$classExpectation([
			["0", "9"],
			["a", "f"],
			["A", "f"]
		], false, false), peg$c125 = peg$anyExpectation(), peg$c126 = "{}", peg$c127 = peg$literalExpectation("{}", false), peg$c128 = function() {
			return "{}";
		}, peg$c129 = "-", peg$c130 = peg$literalExpectation("-", false), peg$c131 = "+", peg$c132 = peg$literalExpectation("+", false), peg$c133 = ".", peg$c134 = peg$literalExpectation(".", false), peg$c135 = function(sign, left, right) {
			return {
				type: `number`,
				value: (sign === "-" ? -1 : 1) * parseFloat(left.join(``) + `.` + right.join(``))
			};
		}, peg$c136 = function(sign, value) {
			return {
				type: `number`,
				value: (sign === "-" ? -1 : 1) * parseInt(value.join(``))
			};
		}, peg$c137 = function(variable) {
			return {
				type: `variable`,
				...variable
			};
		}, peg$c138 = function(name) {
			return {
				type: `variable`,
				name
			};
		}, peg$c139 = function(value) {
			return value;
		}, peg$c140 = "*", peg$c141 = peg$literalExpectation("*", false), peg$c142 = "/", peg$c143 = peg$literalExpectation("/", false), peg$c144 = function(left, op, right) {
			return {
				type: op === `*` ? `multiplication` : `division`,
				right
			};
		}, peg$c145 = function(left, rest) {
			return rest.reduce((left, right) => ({
				left,
				...right
			}), left);
		}, peg$c146 = function(left, op, right) {
			return {
				type: op === `+` ? `addition` : `subtraction`,
				right
			};
		}, peg$c147 = "$((", peg$c148 = peg$literalExpectation("$((", false), peg$c149 = "))", peg$c150 = peg$literalExpectation("))", false), peg$c151 = function(arithmetic) {
			return arithmetic;
		}, peg$c152 = "$(", peg$c153 = peg$literalExpectation("$(", false), peg$c154 = function(command) {
			return command;
		}, peg$c155 = "${", peg$c156 = peg$literalExpectation("${", false), peg$c157 = ":-", peg$c158 = peg$literalExpectation(":-", false), peg$c159 = function(name, arg) {
			return {
				name,
				defaultValue: arg
			};
		}, peg$c160 = ":-}", peg$c161 = peg$literalExpectation(":-}", false), peg$c162 = function(name) {
			return {
				name,
				defaultValue: []
			};
		}, peg$c163 = ":+", peg$c164 = peg$literalExpectation(":+", false), peg$c165 = function(name, arg) {
			return {
				name,
				alternativeValue: arg
			};
		}, peg$c166 = ":+}", peg$c167 = peg$literalExpectation(":+}", false), peg$c168 = function(name) {
			return {
				name,
				alternativeValue: []
			};
		}, peg$c169 = function(name) {
			return { name };
		}, peg$c170 = "$", peg$c171 = peg$literalExpectation("$", false), peg$c172 = function(pattern) {
			return options.isGlobPattern(pattern);
		}, peg$c173 = function(pattern) {
			return pattern;
		}, peg$c174 = /^[a-zA-Z0-9_]/, peg$c175 = peg$classExpectation([
			["a", "z"],
			["A", "Z"],
			["0", "9"],
			"_"
		], false, false), peg$c176 = function() {
			return text();
		}, peg$c177 = /^[$@*?#a-zA-Z0-9_\-]/, peg$c178 = peg$classExpectation([
			"$",
			"@",
			"*",
			"?",
			"#",
			["a", "z"],
			["A", "Z"],
			["0", "9"],
			"_",
			"-"
		], false, false), peg$c179 = /^[()}<>$|&; \t"']/, peg$c180 = peg$classExpectation([
			"(",
			")",
			"}",
			"<",
			">",
			"$",
			"|",
			"&",
			";",
			" ",
			"	",
			"\"",
			"'"
		], false, false), peg$c181 = /^[<>&; \t"']/, peg$c182 = peg$classExpectation([
			"<",
			">",
			"&",
			";",
			" ",
			"	",
			"\"",
			"'"
		], false, false), peg$c183 = /^[ \t]/, peg$c184 = peg$classExpectation([" ", "	"], false, false), peg$currPos = 0, peg$savedPos = 0, peg$posDetailsCache = [{
			line: 1,
			column: 1
		}], peg$maxFailPos = 0, peg$maxFailExpected = [], peg$silentFails = 0, peg$result;
		if ("startRule" in options) {
			if (!(options.startRule in peg$startRuleFunctions)) throw new Error("Can't start parsing from rule \"" + options.startRule + "\".");
			peg$startRuleFunction = peg$startRuleFunctions[options.startRule];
		}
		function text() {
			return input.substring(peg$savedPos, peg$currPos);
		}
		function peg$literalExpectation(text, ignoreCase) {
			return {
				type: "literal",
				text,
				ignoreCase
			};
		}
		function peg$classExpectation(parts, inverted, ignoreCase) {
			return {
				type: "class",
				parts,
				inverted,
				ignoreCase
			};
		}
		function peg$anyExpectation() {
			return { type: "any" };
		}
		function peg$endExpectation() {
			return { type: "end" };
		}
		function peg$computePosDetails(pos) {
			var details = peg$posDetailsCache[pos], p;
			if (details) return details;
			else {
				p = pos - 1;
				while (!peg$posDetailsCache[p]) p--;
				details = peg$posDetailsCache[p];
				details = {
					line: details.line,
					column: details.column
				};
				while (p < pos) {
					if (input.charCodeAt(p) === 10) {
						details.line++;
						details.column = 1;
					} else details.column++;
					p++;
				}
				peg$posDetailsCache[pos] = details;
				return details;
			}
		}
		function peg$computeLocation(startPos, endPos) {
			var startPosDetails = peg$computePosDetails(startPos), endPosDetails = peg$computePosDetails(endPos);
			return {
				start: {
					offset: startPos,
					line: startPosDetails.line,
					column: startPosDetails.column
				},
				end: {
					offset: endPos,
					line: endPosDetails.line,
					column: endPosDetails.column
				}
			};
		}
		function peg$fail(expected) {
			if (peg$currPos < peg$maxFailPos) return;
			if (peg$currPos > peg$maxFailPos) {
				peg$maxFailPos = peg$currPos;
				peg$maxFailExpected = [];
			}
			peg$maxFailExpected.push(expected);
		}
		function peg$buildStructuredError(expected, found, location) {
			return new peg$SyntaxError(peg$SyntaxError.buildMessage(expected, found), expected, found, location);
		}
		function peg$parseStart() {
			var s0 = peg$currPos, s1 = [], s2 = peg$parseS();
			while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$parseS();
			}
			if (s1 !== peg$FAILED) {
				s2 = peg$parseShellLine();
				if (s2 === peg$FAILED) s2 = null;
				if (s2 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c0(s2);
					s0 = s1;
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseShellLine() {
			var s0 = peg$currPos, s1 = peg$parseCommandLine(), s2, s3, s4;
			if (s1 !== peg$FAILED) {
				s2 = [];
				s3 = peg$parseS();
				while (s3 !== peg$FAILED) {
					s2.push(s3);
					s3 = peg$parseS();
				}
				if (s2 !== peg$FAILED) {
					s3 = peg$parseShellLineType();
					if (s3 !== peg$FAILED) {
						s4 = peg$parseShellLineThen();
						if (s4 === peg$FAILED) s4 = null;
						if (s4 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c1(s1, s3, s4);
							s0 = s1;
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				s1 = peg$parseCommandLine();
				if (s1 !== peg$FAILED) {
					s2 = [];
					s3 = peg$parseS();
					while (s3 !== peg$FAILED) {
						s2.push(s3);
						s3 = peg$parseS();
					}
					if (s2 !== peg$FAILED) {
						s3 = peg$parseShellLineType();
						if (s3 === peg$FAILED) s3 = null;
						if (s3 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c2(s1, s3);
							s0 = s1;
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			}
			return s0;
		}
		function peg$parseShellLineThen() {
			var s0 = peg$currPos, s1 = [], s2 = peg$parseS(), s3, s4;
			while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$parseS();
			}
			if (s1 !== peg$FAILED) {
				s2 = peg$parseShellLine();
				if (s2 !== peg$FAILED) {
					s3 = [];
					s4 = peg$parseS();
					while (s4 !== peg$FAILED) {
						s3.push(s4);
						s4 = peg$parseS();
					}
					if (s3 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c3(s2);
						s0 = s1;
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseShellLineType() {
			var s0;
			if (input.charCodeAt(peg$currPos) === 59) {
				s0 = peg$c4;
				peg$currPos++;
			} else {
				s0 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c5);
			}
			if (s0 === peg$FAILED) {
				if (input.charCodeAt(peg$currPos) === 38) {
					s0 = peg$c6;
					peg$currPos++;
				} else {
					s0 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c7);
				}
			}
			return s0;
		}
		function peg$parseCommandLine() {
			var s0 = peg$currPos, s1 = peg$parseCommandChain(), s2;
			if (s1 !== peg$FAILED) {
				s2 = peg$parseCommandLineThen();
				if (s2 === peg$FAILED) s2 = null;
				if (s2 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c8(s1, s2);
					s0 = s1;
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseCommandLineThen() {
			var s0 = peg$currPos, s1 = [], s2 = peg$parseS(), s3, s4, s5, s6;
			while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$parseS();
			}
			if (s1 !== peg$FAILED) {
				s2 = peg$parseCommandLineType();
				if (s2 !== peg$FAILED) {
					s3 = [];
					s4 = peg$parseS();
					while (s4 !== peg$FAILED) {
						s3.push(s4);
						s4 = peg$parseS();
					}
					if (s3 !== peg$FAILED) {
						s4 = peg$parseCommandLine();
						if (s4 !== peg$FAILED) {
							s5 = [];
							s6 = peg$parseS();
							while (s6 !== peg$FAILED) {
								s5.push(s6);
								s6 = peg$parseS();
							}
							if (s5 !== peg$FAILED) {
								peg$savedPos = s0;
								s1 = peg$c9(s2, s4);
								s0 = s1;
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseCommandLineType() {
			var s0;
			if (input.substr(peg$currPos, 2) === peg$c10) {
				s0 = peg$c10;
				peg$currPos += 2;
			} else {
				s0 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c11);
			}
			if (s0 === peg$FAILED) {
				if (input.substr(peg$currPos, 2) === peg$c12) {
					s0 = peg$c12;
					peg$currPos += 2;
				} else {
					s0 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c13);
				}
			}
			return s0;
		}
		function peg$parseCommandChain() {
			var s0 = peg$currPos, s1 = peg$parseCommand(), s2;
			if (s1 !== peg$FAILED) {
				s2 = peg$parseCommandChainThen();
				if (s2 === peg$FAILED) s2 = null;
				if (s2 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c14(s1, s2);
					s0 = s1;
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseCommandChainThen() {
			var s0 = peg$currPos, s1 = [], s2 = peg$parseS(), s3, s4, s5, s6;
			while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$parseS();
			}
			if (s1 !== peg$FAILED) {
				s2 = peg$parseCommandChainType();
				if (s2 !== peg$FAILED) {
					s3 = [];
					s4 = peg$parseS();
					while (s4 !== peg$FAILED) {
						s3.push(s4);
						s4 = peg$parseS();
					}
					if (s3 !== peg$FAILED) {
						s4 = peg$parseCommandChain();
						if (s4 !== peg$FAILED) {
							s5 = [];
							s6 = peg$parseS();
							while (s6 !== peg$FAILED) {
								s5.push(s6);
								s6 = peg$parseS();
							}
							if (s5 !== peg$FAILED) {
								peg$savedPos = s0;
								s1 = peg$c15(s2, s4);
								s0 = s1;
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseCommandChainType() {
			var s0;
			if (input.substr(peg$currPos, 2) === peg$c16) {
				s0 = peg$c16;
				peg$currPos += 2;
			} else {
				s0 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c17);
			}
			if (s0 === peg$FAILED) {
				if (input.charCodeAt(peg$currPos) === 124) {
					s0 = peg$c18;
					peg$currPos++;
				} else {
					s0 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c19);
				}
			}
			return s0;
		}
		function peg$parseVariableAssignment() {
			var s0 = peg$currPos, s1 = peg$parseEnvVariable(), s2, s3, s4, s5;
			if (s1 !== peg$FAILED) {
				if (input.charCodeAt(peg$currPos) === 61) {
					s2 = peg$c20;
					peg$currPos++;
				} else {
					s2 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c21);
				}
				if (s2 !== peg$FAILED) {
					s3 = peg$parseStrictValueArgument();
					if (s3 !== peg$FAILED) {
						s4 = [];
						s5 = peg$parseS();
						while (s5 !== peg$FAILED) {
							s4.push(s5);
							s5 = peg$parseS();
						}
						if (s4 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c22(s1, s3);
							s0 = s1;
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				s1 = peg$parseEnvVariable();
				if (s1 !== peg$FAILED) {
					if (input.charCodeAt(peg$currPos) === 61) {
						s2 = peg$c20;
						peg$currPos++;
					} else {
						s2 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c21);
					}
					if (s2 !== peg$FAILED) {
						s3 = [];
						s4 = peg$parseS();
						while (s4 !== peg$FAILED) {
							s3.push(s4);
							s4 = peg$parseS();
						}
						if (s3 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c23(s1);
							s0 = s1;
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			}
			return s0;
		}
		function peg$parseCommand() {
			var s0 = peg$currPos, s1 = [], s2 = peg$parseS(), s3, s4, s5, s6, s7, s8, s9, s10;
			while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$parseS();
			}
			if (s1 !== peg$FAILED) {
				if (input.charCodeAt(peg$currPos) === 40) {
					s2 = peg$c24;
					peg$currPos++;
				} else {
					s2 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c25);
				}
				if (s2 !== peg$FAILED) {
					s3 = [];
					s4 = peg$parseS();
					while (s4 !== peg$FAILED) {
						s3.push(s4);
						s4 = peg$parseS();
					}
					if (s3 !== peg$FAILED) {
						s4 = peg$parseShellLine();
						if (s4 !== peg$FAILED) {
							s5 = [];
							s6 = peg$parseS();
							while (s6 !== peg$FAILED) {
								s5.push(s6);
								s6 = peg$parseS();
							}
							if (s5 !== peg$FAILED) {
								if (input.charCodeAt(peg$currPos) === 41) {
									s6 = peg$c26;
									peg$currPos++;
								} else {
									s6 = peg$FAILED;
									if (peg$silentFails === 0) peg$fail(peg$c27);
								}
								if (s6 !== peg$FAILED) {
									s7 = [];
									s8 = peg$parseS();
									while (s8 !== peg$FAILED) {
										s7.push(s8);
										s8 = peg$parseS();
									}
									if (s7 !== peg$FAILED) {
										s8 = [];
										s9 = peg$parseRedirectArgument();
										while (s9 !== peg$FAILED) {
											s8.push(s9);
											s9 = peg$parseRedirectArgument();
										}
										if (s8 !== peg$FAILED) {
											s9 = [];
											s10 = peg$parseS();
											while (s10 !== peg$FAILED) {
												s9.push(s10);
												s10 = peg$parseS();
											}
											if (s9 !== peg$FAILED) {
												peg$savedPos = s0;
												s1 = peg$c28(s4, s8);
												s0 = s1;
											} else {
												peg$currPos = s0;
												s0 = peg$FAILED;
											}
										} else {
											peg$currPos = s0;
											s0 = peg$FAILED;
										}
									} else {
										peg$currPos = s0;
										s0 = peg$FAILED;
									}
								} else {
									peg$currPos = s0;
									s0 = peg$FAILED;
								}
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				s1 = [];
				s2 = peg$parseS();
				while (s2 !== peg$FAILED) {
					s1.push(s2);
					s2 = peg$parseS();
				}
				if (s1 !== peg$FAILED) {
					if (input.charCodeAt(peg$currPos) === 123) {
						s2 = peg$c29;
						peg$currPos++;
					} else {
						s2 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c30);
					}
					if (s2 !== peg$FAILED) {
						s3 = [];
						s4 = peg$parseS();
						while (s4 !== peg$FAILED) {
							s3.push(s4);
							s4 = peg$parseS();
						}
						if (s3 !== peg$FAILED) {
							s4 = peg$parseShellLine();
							if (s4 !== peg$FAILED) {
								s5 = [];
								s6 = peg$parseS();
								while (s6 !== peg$FAILED) {
									s5.push(s6);
									s6 = peg$parseS();
								}
								if (s5 !== peg$FAILED) {
									if (input.charCodeAt(peg$currPos) === 125) {
										s6 = peg$c31;
										peg$currPos++;
									} else {
										s6 = peg$FAILED;
										if (peg$silentFails === 0) peg$fail(peg$c32);
									}
									if (s6 !== peg$FAILED) {
										s7 = [];
										s8 = peg$parseS();
										while (s8 !== peg$FAILED) {
											s7.push(s8);
											s8 = peg$parseS();
										}
										if (s7 !== peg$FAILED) {
											s8 = [];
											s9 = peg$parseRedirectArgument();
											while (s9 !== peg$FAILED) {
												s8.push(s9);
												s9 = peg$parseRedirectArgument();
											}
											if (s8 !== peg$FAILED) {
												s9 = [];
												s10 = peg$parseS();
												while (s10 !== peg$FAILED) {
													s9.push(s10);
													s10 = peg$parseS();
												}
												if (s9 !== peg$FAILED) {
													peg$savedPos = s0;
													s1 = peg$c33(s4, s8);
													s0 = s1;
												} else {
													peg$currPos = s0;
													s0 = peg$FAILED;
												}
											} else {
												peg$currPos = s0;
												s0 = peg$FAILED;
											}
										} else {
											peg$currPos = s0;
											s0 = peg$FAILED;
										}
									} else {
										peg$currPos = s0;
										s0 = peg$FAILED;
									}
								} else {
									peg$currPos = s0;
									s0 = peg$FAILED;
								}
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
				if (s0 === peg$FAILED) {
					s0 = peg$currPos;
					s1 = [];
					s2 = peg$parseS();
					while (s2 !== peg$FAILED) {
						s1.push(s2);
						s2 = peg$parseS();
					}
					if (s1 !== peg$FAILED) {
						s2 = [];
						s3 = peg$parseVariableAssignment();
						while (s3 !== peg$FAILED) {
							s2.push(s3);
							s3 = peg$parseVariableAssignment();
						}
						if (s2 !== peg$FAILED) {
							s3 = [];
							s4 = peg$parseS();
							while (s4 !== peg$FAILED) {
								s3.push(s4);
								s4 = peg$parseS();
							}
							if (s3 !== peg$FAILED) {
								s4 = [];
								s5 = peg$parseArgument();
								if (s5 !== peg$FAILED) while (s5 !== peg$FAILED) {
									s4.push(s5);
									s5 = peg$parseArgument();
								}
								else s4 = peg$FAILED;
								if (s4 !== peg$FAILED) {
									s5 = [];
									s6 = peg$parseS();
									while (s6 !== peg$FAILED) {
										s5.push(s6);
										s6 = peg$parseS();
									}
									if (s5 !== peg$FAILED) {
										peg$savedPos = s0;
										s1 = peg$c34(s2, s4);
										s0 = s1;
									} else {
										peg$currPos = s0;
										s0 = peg$FAILED;
									}
								} else {
									peg$currPos = s0;
									s0 = peg$FAILED;
								}
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
					if (s0 === peg$FAILED) {
						s0 = peg$currPos;
						s1 = [];
						s2 = peg$parseS();
						while (s2 !== peg$FAILED) {
							s1.push(s2);
							s2 = peg$parseS();
						}
						if (s1 !== peg$FAILED) {
							s2 = [];
							s3 = peg$parseVariableAssignment();
							if (s3 !== peg$FAILED) while (s3 !== peg$FAILED) {
								s2.push(s3);
								s3 = peg$parseVariableAssignment();
							}
							else s2 = peg$FAILED;
							if (s2 !== peg$FAILED) {
								s3 = [];
								s4 = peg$parseS();
								while (s4 !== peg$FAILED) {
									s3.push(s4);
									s4 = peg$parseS();
								}
								if (s3 !== peg$FAILED) {
									peg$savedPos = s0;
									s1 = peg$c35(s2);
									s0 = s1;
								} else {
									peg$currPos = s0;
									s0 = peg$FAILED;
								}
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					}
				}
			}
			return s0;
		}
		function peg$parseCommandString() {
			var s0 = peg$currPos, s1 = [], s2 = peg$parseS(), s3, s4;
			while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$parseS();
			}
			if (s1 !== peg$FAILED) {
				s2 = [];
				s3 = peg$parseValueArgument();
				if (s3 !== peg$FAILED) while (s3 !== peg$FAILED) {
					s2.push(s3);
					s3 = peg$parseValueArgument();
				}
				else s2 = peg$FAILED;
				if (s2 !== peg$FAILED) {
					s3 = [];
					s4 = peg$parseS();
					while (s4 !== peg$FAILED) {
						s3.push(s4);
						s4 = peg$parseS();
					}
					if (s3 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c36(s2);
						s0 = s1;
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseArgument() {
			var s0 = peg$currPos, s1 = [], s2 = peg$parseS();
			while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$parseS();
			}
			if (s1 !== peg$FAILED) {
				s2 = peg$parseRedirectArgument();
				if (s2 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c37(s2);
					s0 = s1;
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				s1 = [];
				s2 = peg$parseS();
				while (s2 !== peg$FAILED) {
					s1.push(s2);
					s2 = peg$parseS();
				}
				if (s1 !== peg$FAILED) {
					s2 = peg$parseValueArgument();
					if (s2 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c37(s2);
						s0 = s1;
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			}
			return s0;
		}
		function peg$parseRedirectArgument() {
			var s0 = peg$currPos, s1 = [], s2 = peg$parseS(), s3, s4;
			while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$parseS();
			}
			if (s1 !== peg$FAILED) {
				if (peg$c38.test(input.charAt(peg$currPos))) {
					s2 = input.charAt(peg$currPos);
					peg$currPos++;
				} else {
					s2 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c39);
				}
				if (s2 === peg$FAILED) s2 = null;
				if (s2 !== peg$FAILED) {
					s3 = peg$parseRedirectType();
					if (s3 !== peg$FAILED) {
						s4 = peg$parseValueArgument();
						if (s4 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c40(s2, s3, s4);
							s0 = s1;
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseRedirectType() {
			var s0;
			if (input.substr(peg$currPos, 2) === peg$c41) {
				s0 = peg$c41;
				peg$currPos += 2;
			} else {
				s0 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c42);
			}
			if (s0 === peg$FAILED) {
				if (input.substr(peg$currPos, 2) === peg$c43) {
					s0 = peg$c43;
					peg$currPos += 2;
				} else {
					s0 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c44);
				}
				if (s0 === peg$FAILED) {
					if (input.charCodeAt(peg$currPos) === 62) {
						s0 = peg$c45;
						peg$currPos++;
					} else {
						s0 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c46);
					}
					if (s0 === peg$FAILED) {
						if (input.substr(peg$currPos, 3) === peg$c47) {
							s0 = peg$c47;
							peg$currPos += 3;
						} else {
							s0 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c48);
						}
						if (s0 === peg$FAILED) {
							if (input.substr(peg$currPos, 2) === peg$c49) {
								s0 = peg$c49;
								peg$currPos += 2;
							} else {
								s0 = peg$FAILED;
								if (peg$silentFails === 0) peg$fail(peg$c50);
							}
							if (s0 === peg$FAILED) {
								if (input.charCodeAt(peg$currPos) === 60) {
									s0 = peg$c51;
									peg$currPos++;
								} else {
									s0 = peg$FAILED;
									if (peg$silentFails === 0) peg$fail(peg$c52);
								}
							}
						}
					}
				}
			}
			return s0;
		}
		function peg$parseValueArgument() {
			var s0 = peg$currPos, s1 = [], s2 = peg$parseS();
			while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$parseS();
			}
			if (s1 !== peg$FAILED) {
				s2 = peg$parseStrictValueArgument();
				if (s2 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c37(s2);
					s0 = s1;
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseStrictValueArgument() {
			var s0 = peg$currPos, s1 = [], s2 = peg$parseArgumentSegment();
			if (s2 !== peg$FAILED) while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$parseArgumentSegment();
			}
			else s1 = peg$FAILED;
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c53(s1);
			}
			s0 = s1;
			return s0;
		}
		function peg$parseArgumentSegment() {
			var s0 = peg$currPos, s1 = peg$parseCQuoteString();
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c54(s1);
			}
			s0 = s1;
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				s1 = peg$parseSglQuoteString();
				if (s1 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c54(s1);
				}
				s0 = s1;
				if (s0 === peg$FAILED) {
					s0 = peg$currPos;
					s1 = peg$parseDblQuoteString();
					if (s1 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c54(s1);
					}
					s0 = s1;
					if (s0 === peg$FAILED) {
						s0 = peg$currPos;
						s1 = peg$parsePlainString();
						if (s1 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c54(s1);
						}
						s0 = s1;
					}
				}
			}
			return s0;
		}
		function peg$parseCQuoteString() {
			var s0 = peg$currPos, s1, s2, s3;
			if (input.substr(peg$currPos, 2) === peg$c55) {
				s1 = peg$c55;
				peg$currPos += 2;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c56);
			}
			if (s1 !== peg$FAILED) {
				s2 = peg$parseCQuoteStringText();
				if (s2 !== peg$FAILED) {
					if (input.charCodeAt(peg$currPos) === 39) {
						s3 = peg$c57;
						peg$currPos++;
					} else {
						s3 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c58);
					}
					if (s3 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c59(s2);
						s0 = s1;
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseSglQuoteString() {
			var s0 = peg$currPos, s1, s2, s3;
			if (input.charCodeAt(peg$currPos) === 39) {
				s1 = peg$c57;
				peg$currPos++;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c58);
			}
			if (s1 !== peg$FAILED) {
				s2 = peg$parseSglQuoteStringText();
				if (s2 !== peg$FAILED) {
					if (input.charCodeAt(peg$currPos) === 39) {
						s3 = peg$c57;
						peg$currPos++;
					} else {
						s3 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c58);
					}
					if (s3 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c59(s2);
						s0 = s1;
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseDblQuoteString() {
			var s0 = peg$currPos, s1, s2, s3;
			if (input.substr(peg$currPos, 2) === peg$c60) {
				s1 = peg$c60;
				peg$currPos += 2;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c61);
			}
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c62();
			}
			s0 = s1;
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				if (input.charCodeAt(peg$currPos) === 34) {
					s1 = peg$c63;
					peg$currPos++;
				} else {
					s1 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c64);
				}
				if (s1 !== peg$FAILED) {
					s2 = [];
					s3 = peg$parseDblQuoteStringSegment();
					while (s3 !== peg$FAILED) {
						s2.push(s3);
						s3 = peg$parseDblQuoteStringSegment();
					}
					if (s2 !== peg$FAILED) {
						if (input.charCodeAt(peg$currPos) === 34) {
							s3 = peg$c63;
							peg$currPos++;
						} else {
							s3 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c64);
						}
						if (s3 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c65(s2);
							s0 = s1;
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			}
			return s0;
		}
		function peg$parsePlainString() {
			var s0 = peg$currPos, s1 = [], s2 = peg$parsePlainStringSegment();
			if (s2 !== peg$FAILED) while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$parsePlainStringSegment();
			}
			else s1 = peg$FAILED;
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c65(s1);
			}
			s0 = s1;
			return s0;
		}
		function peg$parseDblQuoteStringSegment() {
			var s0 = peg$currPos, s1 = peg$parseArithmetic();
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c66(s1);
			}
			s0 = s1;
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				s1 = peg$parseSubshell();
				if (s1 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c67(s1);
				}
				s0 = s1;
				if (s0 === peg$FAILED) {
					s0 = peg$currPos;
					s1 = peg$parseVariable();
					if (s1 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c68(s1);
					}
					s0 = s1;
					if (s0 === peg$FAILED) {
						s0 = peg$currPos;
						s1 = peg$parseDblQuoteStringText();
						if (s1 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c69(s1);
						}
						s0 = s1;
					}
				}
			}
			return s0;
		}
		function peg$parsePlainStringSegment() {
			var s0 = peg$currPos, s1 = peg$parseArithmetic();
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c70(s1);
			}
			s0 = s1;
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				s1 = peg$parseSubshell();
				if (s1 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c71(s1);
				}
				s0 = s1;
				if (s0 === peg$FAILED) {
					s0 = peg$currPos;
					s1 = peg$parseVariable();
					if (s1 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c72(s1);
					}
					s0 = s1;
					if (s0 === peg$FAILED) {
						s0 = peg$currPos;
						s1 = peg$parseGlob();
						if (s1 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c73(s1);
						}
						s0 = s1;
						if (s0 === peg$FAILED) {
							s0 = peg$currPos;
							s1 = peg$parsePlainStringText();
							if (s1 !== peg$FAILED) {
								peg$savedPos = s0;
								s1 = peg$c69(s1);
							}
							s0 = s1;
						}
					}
				}
			}
			return s0;
		}
		function peg$parseSglQuoteStringText() {
			var s0 = peg$currPos, s1 = [], s2;
			if (peg$c74.test(input.charAt(peg$currPos))) {
				s2 = input.charAt(peg$currPos);
				peg$currPos++;
			} else {
				s2 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c75);
			}
			while (s2 !== peg$FAILED) {
				s1.push(s2);
				if (peg$c74.test(input.charAt(peg$currPos))) {
					s2 = input.charAt(peg$currPos);
					peg$currPos++;
				} else {
					s2 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c75);
				}
			}
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c76(s1);
			}
			s0 = s1;
			return s0;
		}
		function peg$parseDblQuoteStringText() {
			var s0 = peg$currPos, s1 = [], s2 = peg$parseDblQuoteEscapedChar();
			if (s2 === peg$FAILED) {
				if (peg$c77.test(input.charAt(peg$currPos))) {
					s2 = input.charAt(peg$currPos);
					peg$currPos++;
				} else {
					s2 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c78);
				}
			}
			if (s2 !== peg$FAILED) while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$parseDblQuoteEscapedChar();
				if (s2 === peg$FAILED) {
					if (peg$c77.test(input.charAt(peg$currPos))) {
						s2 = input.charAt(peg$currPos);
						peg$currPos++;
					} else {
						s2 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c78);
					}
				}
			}
			else s1 = peg$FAILED;
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c76(s1);
			}
			s0 = s1;
			return s0;
		}
		function peg$parseDblQuoteEscapedChar() {
			var s0 = peg$currPos, s1, s2;
			if (input.substr(peg$currPos, 2) === peg$c79) {
				s1 = peg$c79;
				peg$currPos += 2;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c80);
			}
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c81();
			}
			s0 = s1;
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				if (input.charCodeAt(peg$currPos) === 92) {
					s1 = peg$c82;
					peg$currPos++;
				} else {
					s1 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c83);
				}
				if (s1 !== peg$FAILED) {
					if (peg$c84.test(input.charAt(peg$currPos))) {
						s2 = input.charAt(peg$currPos);
						peg$currPos++;
					} else {
						s2 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c85);
					}
					if (s2 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c86(s2);
						s0 = s1;
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			}
			return s0;
		}
		function peg$parseCQuoteStringText() {
			var s0 = peg$currPos, s1 = [], s2 = peg$parseCQuoteEscapedChar();
			if (s2 === peg$FAILED) {
				if (peg$c74.test(input.charAt(peg$currPos))) {
					s2 = input.charAt(peg$currPos);
					peg$currPos++;
				} else {
					s2 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c75);
				}
			}
			while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$parseCQuoteEscapedChar();
				if (s2 === peg$FAILED) {
					if (peg$c74.test(input.charAt(peg$currPos))) {
						s2 = input.charAt(peg$currPos);
						peg$currPos++;
					} else {
						s2 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c75);
					}
				}
			}
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c76(s1);
			}
			s0 = s1;
			return s0;
		}
		function peg$parseCQuoteEscapedChar() {
			var s0 = peg$currPos, s1, s2;
			if (input.substr(peg$currPos, 2) === peg$c87) {
				s1 = peg$c87;
				peg$currPos += 2;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c88);
			}
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c89();
			}
			s0 = s1;
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				if (input.substr(peg$currPos, 2) === peg$c90) {
					s1 = peg$c90;
					peg$currPos += 2;
				} else {
					s1 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c91);
				}
				if (s1 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c92();
				}
				s0 = s1;
				if (s0 === peg$FAILED) {
					s0 = peg$currPos;
					if (input.charCodeAt(peg$currPos) === 92) {
						s1 = peg$c82;
						peg$currPos++;
					} else {
						s1 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c83);
					}
					if (s1 !== peg$FAILED) {
						if (peg$c93.test(input.charAt(peg$currPos))) {
							s2 = input.charAt(peg$currPos);
							peg$currPos++;
						} else {
							s2 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c94);
						}
						if (s2 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c95();
							s0 = s1;
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
					if (s0 === peg$FAILED) {
						s0 = peg$currPos;
						if (input.substr(peg$currPos, 2) === peg$c96) {
							s1 = peg$c96;
							peg$currPos += 2;
						} else {
							s1 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c97);
						}
						if (s1 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c98();
						}
						s0 = s1;
						if (s0 === peg$FAILED) {
							s0 = peg$currPos;
							if (input.substr(peg$currPos, 2) === peg$c99) {
								s1 = peg$c99;
								peg$currPos += 2;
							} else {
								s1 = peg$FAILED;
								if (peg$silentFails === 0) peg$fail(peg$c100);
							}
							if (s1 !== peg$FAILED) {
								peg$savedPos = s0;
								s1 = peg$c101();
							}
							s0 = s1;
							if (s0 === peg$FAILED) {
								s0 = peg$currPos;
								if (input.substr(peg$currPos, 2) === peg$c102) {
									s1 = peg$c102;
									peg$currPos += 2;
								} else {
									s1 = peg$FAILED;
									if (peg$silentFails === 0) peg$fail(peg$c103);
								}
								if (s1 !== peg$FAILED) {
									peg$savedPos = s0;
									s1 = peg$c104();
								}
								s0 = s1;
								if (s0 === peg$FAILED) {
									s0 = peg$currPos;
									if (input.substr(peg$currPos, 2) === peg$c105) {
										s1 = peg$c105;
										peg$currPos += 2;
									} else {
										s1 = peg$FAILED;
										if (peg$silentFails === 0) peg$fail(peg$c106);
									}
									if (s1 !== peg$FAILED) {
										peg$savedPos = s0;
										s1 = peg$c107();
									}
									s0 = s1;
									if (s0 === peg$FAILED) {
										s0 = peg$currPos;
										if (input.substr(peg$currPos, 2) === peg$c108) {
											s1 = peg$c108;
											peg$currPos += 2;
										} else {
											s1 = peg$FAILED;
											if (peg$silentFails === 0) peg$fail(peg$c109);
										}
										if (s1 !== peg$FAILED) {
											peg$savedPos = s0;
											s1 = peg$c110();
										}
										s0 = s1;
										if (s0 === peg$FAILED) {
											s0 = peg$currPos;
											if (input.charCodeAt(peg$currPos) === 92) {
												s1 = peg$c82;
												peg$currPos++;
											} else {
												s1 = peg$FAILED;
												if (peg$silentFails === 0) peg$fail(peg$c83);
											}
											if (s1 !== peg$FAILED) {
												if (peg$c111.test(input.charAt(peg$currPos))) {
													s2 = input.charAt(peg$currPos);
													peg$currPos++;
												} else {
													s2 = peg$FAILED;
													if (peg$silentFails === 0) peg$fail(peg$c112);
												}
												if (s2 !== peg$FAILED) {
													peg$savedPos = s0;
													s1 = peg$c86(s2);
													s0 = s1;
												} else {
													peg$currPos = s0;
													s0 = peg$FAILED;
												}
											} else {
												peg$currPos = s0;
												s0 = peg$FAILED;
											}
											if (s0 === peg$FAILED) s0 = peg$parseHexCodeString();
										}
									}
								}
							}
						}
					}
				}
			}
			return s0;
		}
		function peg$parseHexCodeString() {
			var s0 = peg$currPos, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11;
			if (input.charCodeAt(peg$currPos) === 92) {
				s1 = peg$c82;
				peg$currPos++;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c83);
			}
			if (s1 !== peg$FAILED) {
				s2 = peg$parseHexCodeChar0();
				if (s2 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c113(s2);
					s0 = s1;
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				if (input.substr(peg$currPos, 2) === peg$c114) {
					s1 = peg$c114;
					peg$currPos += 2;
				} else {
					s1 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c115);
				}
				if (s1 !== peg$FAILED) {
					s2 = peg$currPos;
					s3 = peg$currPos;
					s4 = peg$parseHexCodeChar0();
					if (s4 !== peg$FAILED) {
						s5 = peg$parseHexCodeChar();
						if (s5 !== peg$FAILED) {
							s4 = [s4, s5];
							s3 = s4;
						} else {
							peg$currPos = s3;
							s3 = peg$FAILED;
						}
					} else {
						peg$currPos = s3;
						s3 = peg$FAILED;
					}
					if (s3 === peg$FAILED) s3 = peg$parseHexCodeChar0();
					if (s3 !== peg$FAILED) s2 = input.substring(s2, peg$currPos);
					else s2 = s3;
					if (s2 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c113(s2);
						s0 = s1;
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
				if (s0 === peg$FAILED) {
					s0 = peg$currPos;
					if (input.substr(peg$currPos, 2) === peg$c116) {
						s1 = peg$c116;
						peg$currPos += 2;
					} else {
						s1 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c117);
					}
					if (s1 !== peg$FAILED) {
						s2 = peg$currPos;
						s3 = peg$currPos;
						s4 = peg$parseHexCodeChar();
						if (s4 !== peg$FAILED) {
							s5 = peg$parseHexCodeChar();
							if (s5 !== peg$FAILED) {
								s6 = peg$parseHexCodeChar();
								if (s6 !== peg$FAILED) {
									s7 = peg$parseHexCodeChar();
									if (s7 !== peg$FAILED) {
										s4 = [
											s4,
											s5,
											s6,
											s7
										];
										s3 = s4;
									} else {
										peg$currPos = s3;
										s3 = peg$FAILED;
									}
								} else {
									peg$currPos = s3;
									s3 = peg$FAILED;
								}
							} else {
								peg$currPos = s3;
								s3 = peg$FAILED;
							}
						} else {
							peg$currPos = s3;
							s3 = peg$FAILED;
						}
						if (s3 !== peg$FAILED) s2 = input.substring(s2, peg$currPos);
						else s2 = s3;
						if (s2 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c113(s2);
							s0 = s1;
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
					if (s0 === peg$FAILED) {
						s0 = peg$currPos;
						if (input.substr(peg$currPos, 2) === peg$c118) {
							s1 = peg$c118;
							peg$currPos += 2;
						} else {
							s1 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c119);
						}
						if (s1 !== peg$FAILED) {
							s2 = peg$currPos;
							s3 = peg$currPos;
							s4 = peg$parseHexCodeChar();
							if (s4 !== peg$FAILED) {
								s5 = peg$parseHexCodeChar();
								if (s5 !== peg$FAILED) {
									s6 = peg$parseHexCodeChar();
									if (s6 !== peg$FAILED) {
										s7 = peg$parseHexCodeChar();
										if (s7 !== peg$FAILED) {
											s8 = peg$parseHexCodeChar();
											if (s8 !== peg$FAILED) {
												s9 = peg$parseHexCodeChar();
												if (s9 !== peg$FAILED) {
													s10 = peg$parseHexCodeChar();
													if (s10 !== peg$FAILED) {
														s11 = peg$parseHexCodeChar();
														if (s11 !== peg$FAILED) {
															s4 = [
																s4,
																s5,
																s6,
																s7,
																s8,
																s9,
																s10,
																s11
															];
															s3 = s4;
														} else {
															peg$currPos = s3;
															s3 = peg$FAILED;
														}
													} else {
														peg$currPos = s3;
														s3 = peg$FAILED;
													}
												} else {
													peg$currPos = s3;
													s3 = peg$FAILED;
												}
											} else {
												peg$currPos = s3;
												s3 = peg$FAILED;
											}
										} else {
											peg$currPos = s3;
											s3 = peg$FAILED;
										}
									} else {
										peg$currPos = s3;
										s3 = peg$FAILED;
									}
								} else {
									peg$currPos = s3;
									s3 = peg$FAILED;
								}
							} else {
								peg$currPos = s3;
								s3 = peg$FAILED;
							}
							if (s3 !== peg$FAILED) s2 = input.substring(s2, peg$currPos);
							else s2 = s3;
							if (s2 !== peg$FAILED) {
								peg$savedPos = s0;
								s1 = peg$c120(s2);
								s0 = s1;
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					}
				}
			}
			return s0;
		}
		function peg$parseHexCodeChar0() {
			var s0;
			if (peg$c121.test(input.charAt(peg$currPos))) {
				s0 = input.charAt(peg$currPos);
				peg$currPos++;
			} else {
				s0 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c122);
			}
			return s0;
		}
		function peg$parseHexCodeChar() {
			var s0;
			if (peg$c123.test(input.charAt(peg$currPos))) {
				s0 = input.charAt(peg$currPos);
				peg$currPos++;
			} else {
				s0 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c124);
			}
			return s0;
		}
		function peg$parsePlainStringText() {
			var s0 = peg$currPos, s1 = [], s2 = peg$currPos, s3, s4;
			if (input.charCodeAt(peg$currPos) === 92) {
				s3 = peg$c82;
				peg$currPos++;
			} else {
				s3 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c83);
			}
			if (s3 !== peg$FAILED) {
				if (input.length > peg$currPos) {
					s4 = input.charAt(peg$currPos);
					peg$currPos++;
				} else {
					s4 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c125);
				}
				if (s4 !== peg$FAILED) {
					peg$savedPos = s2;
					s3 = peg$c86(s4);
					s2 = s3;
				} else {
					peg$currPos = s2;
					s2 = peg$FAILED;
				}
			} else {
				peg$currPos = s2;
				s2 = peg$FAILED;
			}
			if (s2 === peg$FAILED) {
				s2 = peg$currPos;
				if (input.substr(peg$currPos, 2) === peg$c126) {
					s3 = peg$c126;
					peg$currPos += 2;
				} else {
					s3 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c127);
				}
				if (s3 !== peg$FAILED) {
					peg$savedPos = s2;
					s3 = peg$c128();
				}
				s2 = s3;
				if (s2 === peg$FAILED) {
					s2 = peg$currPos;
					s3 = peg$currPos;
					peg$silentFails++;
					s4 = peg$parseSpecialShellChars();
					peg$silentFails--;
					if (s4 === peg$FAILED) s3 = void 0;
					else {
						peg$currPos = s3;
						s3 = peg$FAILED;
					}
					if (s3 !== peg$FAILED) {
						if (input.length > peg$currPos) {
							s4 = input.charAt(peg$currPos);
							peg$currPos++;
						} else {
							s4 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c125);
						}
						if (s4 !== peg$FAILED) {
							peg$savedPos = s2;
							s3 = peg$c86(s4);
							s2 = s3;
						} else {
							peg$currPos = s2;
							s2 = peg$FAILED;
						}
					} else {
						peg$currPos = s2;
						s2 = peg$FAILED;
					}
				}
			}
			if (s2 !== peg$FAILED) while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$currPos;
				if (input.charCodeAt(peg$currPos) === 92) {
					s3 = peg$c82;
					peg$currPos++;
				} else {
					s3 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c83);
				}
				if (s3 !== peg$FAILED) {
					if (input.length > peg$currPos) {
						s4 = input.charAt(peg$currPos);
						peg$currPos++;
					} else {
						s4 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c125);
					}
					if (s4 !== peg$FAILED) {
						peg$savedPos = s2;
						s3 = peg$c86(s4);
						s2 = s3;
					} else {
						peg$currPos = s2;
						s2 = peg$FAILED;
					}
				} else {
					peg$currPos = s2;
					s2 = peg$FAILED;
				}
				if (s2 === peg$FAILED) {
					s2 = peg$currPos;
					if (input.substr(peg$currPos, 2) === peg$c126) {
						s3 = peg$c126;
						peg$currPos += 2;
					} else {
						s3 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c127);
					}
					if (s3 !== peg$FAILED) {
						peg$savedPos = s2;
						s3 = peg$c128();
					}
					s2 = s3;
					if (s2 === peg$FAILED) {
						s2 = peg$currPos;
						s3 = peg$currPos;
						peg$silentFails++;
						s4 = peg$parseSpecialShellChars();
						peg$silentFails--;
						if (s4 === peg$FAILED) s3 = void 0;
						else {
							peg$currPos = s3;
							s3 = peg$FAILED;
						}
						if (s3 !== peg$FAILED) {
							if (input.length > peg$currPos) {
								s4 = input.charAt(peg$currPos);
								peg$currPos++;
							} else {
								s4 = peg$FAILED;
								if (peg$silentFails === 0) peg$fail(peg$c125);
							}
							if (s4 !== peg$FAILED) {
								peg$savedPos = s2;
								s3 = peg$c86(s4);
								s2 = s3;
							} else {
								peg$currPos = s2;
								s2 = peg$FAILED;
							}
						} else {
							peg$currPos = s2;
							s2 = peg$FAILED;
						}
					}
				}
			}
			else s1 = peg$FAILED;
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c76(s1);
			}
			s0 = s1;
			return s0;
		}
		function peg$parseArithmeticPrimary() {
			var s0 = peg$currPos, s1, s2, s3, s4, s5;
			if (input.charCodeAt(peg$currPos) === 45) {
				s1 = peg$c129;
				peg$currPos++;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c130);
			}
			if (s1 === peg$FAILED) {
				if (input.charCodeAt(peg$currPos) === 43) {
					s1 = peg$c131;
					peg$currPos++;
				} else {
					s1 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c132);
				}
			}
			if (s1 === peg$FAILED) s1 = null;
			if (s1 !== peg$FAILED) {
				s2 = [];
				if (peg$c38.test(input.charAt(peg$currPos))) {
					s3 = input.charAt(peg$currPos);
					peg$currPos++;
				} else {
					s3 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c39);
				}
				if (s3 !== peg$FAILED) while (s3 !== peg$FAILED) {
					s2.push(s3);
					if (peg$c38.test(input.charAt(peg$currPos))) {
						s3 = input.charAt(peg$currPos);
						peg$currPos++;
					} else {
						s3 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c39);
					}
				}
				else s2 = peg$FAILED;
				if (s2 !== peg$FAILED) {
					if (input.charCodeAt(peg$currPos) === 46) {
						s3 = peg$c133;
						peg$currPos++;
					} else {
						s3 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c134);
					}
					if (s3 !== peg$FAILED) {
						s4 = [];
						if (peg$c38.test(input.charAt(peg$currPos))) {
							s5 = input.charAt(peg$currPos);
							peg$currPos++;
						} else {
							s5 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c39);
						}
						if (s5 !== peg$FAILED) while (s5 !== peg$FAILED) {
							s4.push(s5);
							if (peg$c38.test(input.charAt(peg$currPos))) {
								s5 = input.charAt(peg$currPos);
								peg$currPos++;
							} else {
								s5 = peg$FAILED;
								if (peg$silentFails === 0) peg$fail(peg$c39);
							}
						}
						else s4 = peg$FAILED;
						if (s4 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c135(s1, s2, s4);
							s0 = s1;
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				if (input.charCodeAt(peg$currPos) === 45) {
					s1 = peg$c129;
					peg$currPos++;
				} else {
					s1 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c130);
				}
				if (s1 === peg$FAILED) {
					if (input.charCodeAt(peg$currPos) === 43) {
						s1 = peg$c131;
						peg$currPos++;
					} else {
						s1 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c132);
					}
				}
				if (s1 === peg$FAILED) s1 = null;
				if (s1 !== peg$FAILED) {
					s2 = [];
					if (peg$c38.test(input.charAt(peg$currPos))) {
						s3 = input.charAt(peg$currPos);
						peg$currPos++;
					} else {
						s3 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c39);
					}
					if (s3 !== peg$FAILED) while (s3 !== peg$FAILED) {
						s2.push(s3);
						if (peg$c38.test(input.charAt(peg$currPos))) {
							s3 = input.charAt(peg$currPos);
							peg$currPos++;
						} else {
							s3 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c39);
						}
					}
					else s2 = peg$FAILED;
					if (s2 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c136(s1, s2);
						s0 = s1;
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
				if (s0 === peg$FAILED) {
					s0 = peg$currPos;
					s1 = peg$parseVariable();
					if (s1 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c137(s1);
					}
					s0 = s1;
					if (s0 === peg$FAILED) {
						s0 = peg$currPos;
						s1 = peg$parseIdentifier();
						if (s1 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c138(s1);
						}
						s0 = s1;
						if (s0 === peg$FAILED) {
							s0 = peg$currPos;
							if (input.charCodeAt(peg$currPos) === 40) {
								s1 = peg$c24;
								peg$currPos++;
							} else {
								s1 = peg$FAILED;
								if (peg$silentFails === 0) peg$fail(peg$c25);
							}
							if (s1 !== peg$FAILED) {
								s2 = [];
								s3 = peg$parseS();
								while (s3 !== peg$FAILED) {
									s2.push(s3);
									s3 = peg$parseS();
								}
								if (s2 !== peg$FAILED) {
									s3 = peg$parseArithmeticExpression();
									if (s3 !== peg$FAILED) {
										s4 = [];
										s5 = peg$parseS();
										while (s5 !== peg$FAILED) {
											s4.push(s5);
											s5 = peg$parseS();
										}
										if (s4 !== peg$FAILED) {
											if (input.charCodeAt(peg$currPos) === 41) {
												s5 = peg$c26;
												peg$currPos++;
											} else {
												s5 = peg$FAILED;
												if (peg$silentFails === 0) peg$fail(peg$c27);
											}
											if (s5 !== peg$FAILED) {
												peg$savedPos = s0;
												s1 = peg$c139(s3);
												s0 = s1;
											} else {
												peg$currPos = s0;
												s0 = peg$FAILED;
											}
										} else {
											peg$currPos = s0;
											s0 = peg$FAILED;
										}
									} else {
										peg$currPos = s0;
										s0 = peg$FAILED;
									}
								} else {
									peg$currPos = s0;
									s0 = peg$FAILED;
								}
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						}
					}
				}
			}
			return s0;
		}
		function peg$parseArithmeticTimesExpression() {
			var s0 = peg$currPos, s1 = peg$parseArithmeticPrimary(), s2, s3, s4, s5, s6, s7;
			if (s1 !== peg$FAILED) {
				s2 = [];
				s3 = peg$currPos;
				s4 = [];
				s5 = peg$parseS();
				while (s5 !== peg$FAILED) {
					s4.push(s5);
					s5 = peg$parseS();
				}
				if (s4 !== peg$FAILED) {
					if (input.charCodeAt(peg$currPos) === 42) {
						s5 = peg$c140;
						peg$currPos++;
					} else {
						s5 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c141);
					}
					if (s5 === peg$FAILED) {
						if (input.charCodeAt(peg$currPos) === 47) {
							s5 = peg$c142;
							peg$currPos++;
						} else {
							s5 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c143);
						}
					}
					if (s5 !== peg$FAILED) {
						s6 = [];
						s7 = peg$parseS();
						while (s7 !== peg$FAILED) {
							s6.push(s7);
							s7 = peg$parseS();
						}
						if (s6 !== peg$FAILED) {
							s7 = peg$parseArithmeticPrimary();
							if (s7 !== peg$FAILED) {
								peg$savedPos = s3;
								s4 = peg$c144(s1, s5, s7);
								s3 = s4;
							} else {
								peg$currPos = s3;
								s3 = peg$FAILED;
							}
						} else {
							peg$currPos = s3;
							s3 = peg$FAILED;
						}
					} else {
						peg$currPos = s3;
						s3 = peg$FAILED;
					}
				} else {
					peg$currPos = s3;
					s3 = peg$FAILED;
				}
				while (s3 !== peg$FAILED) {
					s2.push(s3);
					s3 = peg$currPos;
					s4 = [];
					s5 = peg$parseS();
					while (s5 !== peg$FAILED) {
						s4.push(s5);
						s5 = peg$parseS();
					}
					if (s4 !== peg$FAILED) {
						if (input.charCodeAt(peg$currPos) === 42) {
							s5 = peg$c140;
							peg$currPos++;
						} else {
							s5 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c141);
						}
						if (s5 === peg$FAILED) {
							if (input.charCodeAt(peg$currPos) === 47) {
								s5 = peg$c142;
								peg$currPos++;
							} else {
								s5 = peg$FAILED;
								if (peg$silentFails === 0) peg$fail(peg$c143);
							}
						}
						if (s5 !== peg$FAILED) {
							s6 = [];
							s7 = peg$parseS();
							while (s7 !== peg$FAILED) {
								s6.push(s7);
								s7 = peg$parseS();
							}
							if (s6 !== peg$FAILED) {
								s7 = peg$parseArithmeticPrimary();
								if (s7 !== peg$FAILED) {
									peg$savedPos = s3;
									s4 = peg$c144(s1, s5, s7);
									s3 = s4;
								} else {
									peg$currPos = s3;
									s3 = peg$FAILED;
								}
							} else {
								peg$currPos = s3;
								s3 = peg$FAILED;
							}
						} else {
							peg$currPos = s3;
							s3 = peg$FAILED;
						}
					} else {
						peg$currPos = s3;
						s3 = peg$FAILED;
					}
				}
				if (s2 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c145(s1, s2);
					s0 = s1;
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseArithmeticExpression() {
			var s0 = peg$currPos, s1 = peg$parseArithmeticTimesExpression(), s2, s3, s4, s5, s6, s7;
			if (s1 !== peg$FAILED) {
				s2 = [];
				s3 = peg$currPos;
				s4 = [];
				s5 = peg$parseS();
				while (s5 !== peg$FAILED) {
					s4.push(s5);
					s5 = peg$parseS();
				}
				if (s4 !== peg$FAILED) {
					if (input.charCodeAt(peg$currPos) === 43) {
						s5 = peg$c131;
						peg$currPos++;
					} else {
						s5 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c132);
					}
					if (s5 === peg$FAILED) {
						if (input.charCodeAt(peg$currPos) === 45) {
							s5 = peg$c129;
							peg$currPos++;
						} else {
							s5 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c130);
						}
					}
					if (s5 !== peg$FAILED) {
						s6 = [];
						s7 = peg$parseS();
						while (s7 !== peg$FAILED) {
							s6.push(s7);
							s7 = peg$parseS();
						}
						if (s6 !== peg$FAILED) {
							s7 = peg$parseArithmeticTimesExpression();
							if (s7 !== peg$FAILED) {
								peg$savedPos = s3;
								s4 = peg$c146(s1, s5, s7);
								s3 = s4;
							} else {
								peg$currPos = s3;
								s3 = peg$FAILED;
							}
						} else {
							peg$currPos = s3;
							s3 = peg$FAILED;
						}
					} else {
						peg$currPos = s3;
						s3 = peg$FAILED;
					}
				} else {
					peg$currPos = s3;
					s3 = peg$FAILED;
				}
				while (s3 !== peg$FAILED) {
					s2.push(s3);
					s3 = peg$currPos;
					s4 = [];
					s5 = peg$parseS();
					while (s5 !== peg$FAILED) {
						s4.push(s5);
						s5 = peg$parseS();
					}
					if (s4 !== peg$FAILED) {
						if (input.charCodeAt(peg$currPos) === 43) {
							s5 = peg$c131;
							peg$currPos++;
						} else {
							s5 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c132);
						}
						if (s5 === peg$FAILED) {
							if (input.charCodeAt(peg$currPos) === 45) {
								s5 = peg$c129;
								peg$currPos++;
							} else {
								s5 = peg$FAILED;
								if (peg$silentFails === 0) peg$fail(peg$c130);
							}
						}
						if (s5 !== peg$FAILED) {
							s6 = [];
							s7 = peg$parseS();
							while (s7 !== peg$FAILED) {
								s6.push(s7);
								s7 = peg$parseS();
							}
							if (s6 !== peg$FAILED) {
								s7 = peg$parseArithmeticTimesExpression();
								if (s7 !== peg$FAILED) {
									peg$savedPos = s3;
									s4 = peg$c146(s1, s5, s7);
									s3 = s4;
								} else {
									peg$currPos = s3;
									s3 = peg$FAILED;
								}
							} else {
								peg$currPos = s3;
								s3 = peg$FAILED;
							}
						} else {
							peg$currPos = s3;
							s3 = peg$FAILED;
						}
					} else {
						peg$currPos = s3;
						s3 = peg$FAILED;
					}
				}
				if (s2 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c145(s1, s2);
					s0 = s1;
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseArithmetic() {
			var s0 = peg$currPos, s1, s2, s3, s4, s5;
			if (input.substr(peg$currPos, 3) === peg$c147) {
				s1 = peg$c147;
				peg$currPos += 3;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c148);
			}
			if (s1 !== peg$FAILED) {
				s2 = [];
				s3 = peg$parseS();
				while (s3 !== peg$FAILED) {
					s2.push(s3);
					s3 = peg$parseS();
				}
				if (s2 !== peg$FAILED) {
					s3 = peg$parseArithmeticExpression();
					if (s3 !== peg$FAILED) {
						s4 = [];
						s5 = peg$parseS();
						while (s5 !== peg$FAILED) {
							s4.push(s5);
							s5 = peg$parseS();
						}
						if (s4 !== peg$FAILED) {
							if (input.substr(peg$currPos, 2) === peg$c149) {
								s5 = peg$c149;
								peg$currPos += 2;
							} else {
								s5 = peg$FAILED;
								if (peg$silentFails === 0) peg$fail(peg$c150);
							}
							if (s5 !== peg$FAILED) {
								peg$savedPos = s0;
								s1 = peg$c151(s3);
								s0 = s1;
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseSubshell() {
			var s0 = peg$currPos, s1, s2, s3;
			if (input.substr(peg$currPos, 2) === peg$c152) {
				s1 = peg$c152;
				peg$currPos += 2;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c153);
			}
			if (s1 !== peg$FAILED) {
				s2 = peg$parseShellLine();
				if (s2 !== peg$FAILED) {
					if (input.charCodeAt(peg$currPos) === 41) {
						s3 = peg$c26;
						peg$currPos++;
					} else {
						s3 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c27);
					}
					if (s3 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c154(s2);
						s0 = s1;
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseVariable() {
			var s0 = peg$currPos, s1, s2, s3, s4, s5;
			if (input.substr(peg$currPos, 2) === peg$c155) {
				s1 = peg$c155;
				peg$currPos += 2;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c156);
			}
			if (s1 !== peg$FAILED) {
				s2 = peg$parseIdentifier();
				if (s2 !== peg$FAILED) {
					if (input.substr(peg$currPos, 2) === peg$c157) {
						s3 = peg$c157;
						peg$currPos += 2;
					} else {
						s3 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c158);
					}
					if (s3 !== peg$FAILED) {
						s4 = peg$parseCommandString();
						if (s4 !== peg$FAILED) {
							if (input.charCodeAt(peg$currPos) === 125) {
								s5 = peg$c31;
								peg$currPos++;
							} else {
								s5 = peg$FAILED;
								if (peg$silentFails === 0) peg$fail(peg$c32);
							}
							if (s5 !== peg$FAILED) {
								peg$savedPos = s0;
								s1 = peg$c159(s2, s4);
								s0 = s1;
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				if (input.substr(peg$currPos, 2) === peg$c155) {
					s1 = peg$c155;
					peg$currPos += 2;
				} else {
					s1 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c156);
				}
				if (s1 !== peg$FAILED) {
					s2 = peg$parseIdentifier();
					if (s2 !== peg$FAILED) {
						if (input.substr(peg$currPos, 3) === peg$c160) {
							s3 = peg$c160;
							peg$currPos += 3;
						} else {
							s3 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c161);
						}
						if (s3 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c162(s2);
							s0 = s1;
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
				if (s0 === peg$FAILED) {
					s0 = peg$currPos;
					if (input.substr(peg$currPos, 2) === peg$c155) {
						s1 = peg$c155;
						peg$currPos += 2;
					} else {
						s1 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c156);
					}
					if (s1 !== peg$FAILED) {
						s2 = peg$parseIdentifier();
						if (s2 !== peg$FAILED) {
							if (input.substr(peg$currPos, 2) === peg$c163) {
								s3 = peg$c163;
								peg$currPos += 2;
							} else {
								s3 = peg$FAILED;
								if (peg$silentFails === 0) peg$fail(peg$c164);
							}
							if (s3 !== peg$FAILED) {
								s4 = peg$parseCommandString();
								if (s4 !== peg$FAILED) {
									if (input.charCodeAt(peg$currPos) === 125) {
										s5 = peg$c31;
										peg$currPos++;
									} else {
										s5 = peg$FAILED;
										if (peg$silentFails === 0) peg$fail(peg$c32);
									}
									if (s5 !== peg$FAILED) {
										peg$savedPos = s0;
										s1 = peg$c165(s2, s4);
										s0 = s1;
									} else {
										peg$currPos = s0;
										s0 = peg$FAILED;
									}
								} else {
									peg$currPos = s0;
									s0 = peg$FAILED;
								}
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
					if (s0 === peg$FAILED) {
						s0 = peg$currPos;
						if (input.substr(peg$currPos, 2) === peg$c155) {
							s1 = peg$c155;
							peg$currPos += 2;
						} else {
							s1 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c156);
						}
						if (s1 !== peg$FAILED) {
							s2 = peg$parseIdentifier();
							if (s2 !== peg$FAILED) {
								if (input.substr(peg$currPos, 3) === peg$c166) {
									s3 = peg$c166;
									peg$currPos += 3;
								} else {
									s3 = peg$FAILED;
									if (peg$silentFails === 0) peg$fail(peg$c167);
								}
								if (s3 !== peg$FAILED) {
									peg$savedPos = s0;
									s1 = peg$c168(s2);
									s0 = s1;
								} else {
									peg$currPos = s0;
									s0 = peg$FAILED;
								}
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
						if (s0 === peg$FAILED) {
							s0 = peg$currPos;
							if (input.substr(peg$currPos, 2) === peg$c155) {
								s1 = peg$c155;
								peg$currPos += 2;
							} else {
								s1 = peg$FAILED;
								if (peg$silentFails === 0) peg$fail(peg$c156);
							}
							if (s1 !== peg$FAILED) {
								s2 = peg$parseIdentifier();
								if (s2 !== peg$FAILED) {
									if (input.charCodeAt(peg$currPos) === 125) {
										s3 = peg$c31;
										peg$currPos++;
									} else {
										s3 = peg$FAILED;
										if (peg$silentFails === 0) peg$fail(peg$c32);
									}
									if (s3 !== peg$FAILED) {
										peg$savedPos = s0;
										s1 = peg$c169(s2);
										s0 = s1;
									} else {
										peg$currPos = s0;
										s0 = peg$FAILED;
									}
								} else {
									peg$currPos = s0;
									s0 = peg$FAILED;
								}
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
							if (s0 === peg$FAILED) {
								s0 = peg$currPos;
								if (input.charCodeAt(peg$currPos) === 36) {
									s1 = peg$c170;
									peg$currPos++;
								} else {
									s1 = peg$FAILED;
									if (peg$silentFails === 0) peg$fail(peg$c171);
								}
								if (s1 !== peg$FAILED) {
									s2 = peg$parseIdentifier();
									if (s2 !== peg$FAILED) {
										peg$savedPos = s0;
										s1 = peg$c169(s2);
										s0 = s1;
									} else {
										peg$currPos = s0;
										s0 = peg$FAILED;
									}
								} else {
									peg$currPos = s0;
									s0 = peg$FAILED;
								}
							}
						}
					}
				}
			}
			return s0;
		}
		function peg$parseGlob() {
			var s0 = peg$currPos, s1 = peg$parseGlobText(), s2;
			if (s1 !== peg$FAILED) {
				peg$savedPos = peg$currPos;
				s2 = peg$c172(s1);
				if (s2) s2 = void 0;
				else s2 = peg$FAILED;
				if (s2 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c173(s1);
					s0 = s1;
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseGlobText() {
			var s0 = peg$currPos, s1 = [], s2 = peg$currPos, s3 = peg$currPos, s4;
			peg$silentFails++;
			s4 = peg$parseGlobSpecialShellChars();
			peg$silentFails--;
			if (s4 === peg$FAILED) s3 = void 0;
			else {
				peg$currPos = s3;
				s3 = peg$FAILED;
			}
			if (s3 !== peg$FAILED) {
				if (input.length > peg$currPos) {
					s4 = input.charAt(peg$currPos);
					peg$currPos++;
				} else {
					s4 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c125);
				}
				if (s4 !== peg$FAILED) {
					peg$savedPos = s2;
					s3 = peg$c86(s4);
					s2 = s3;
				} else {
					peg$currPos = s2;
					s2 = peg$FAILED;
				}
			} else {
				peg$currPos = s2;
				s2 = peg$FAILED;
			}
			if (s2 !== peg$FAILED) while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$currPos;
				s3 = peg$currPos;
				peg$silentFails++;
				s4 = peg$parseGlobSpecialShellChars();
				peg$silentFails--;
				if (s4 === peg$FAILED) s3 = void 0;
				else {
					peg$currPos = s3;
					s3 = peg$FAILED;
				}
				if (s3 !== peg$FAILED) {
					if (input.length > peg$currPos) {
						s4 = input.charAt(peg$currPos);
						peg$currPos++;
					} else {
						s4 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c125);
					}
					if (s4 !== peg$FAILED) {
						peg$savedPos = s2;
						s3 = peg$c86(s4);
						s2 = s3;
					} else {
						peg$currPos = s2;
						s2 = peg$FAILED;
					}
				} else {
					peg$currPos = s2;
					s2 = peg$FAILED;
				}
			}
			else s1 = peg$FAILED;
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c76(s1);
			}
			s0 = s1;
			return s0;
		}
		function peg$parseEnvVariable() {
			var s0 = peg$currPos, s1 = [], s2;
			if (peg$c174.test(input.charAt(peg$currPos))) {
				s2 = input.charAt(peg$currPos);
				peg$currPos++;
			} else {
				s2 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c175);
			}
			if (s2 !== peg$FAILED) while (s2 !== peg$FAILED) {
				s1.push(s2);
				if (peg$c174.test(input.charAt(peg$currPos))) {
					s2 = input.charAt(peg$currPos);
					peg$currPos++;
				} else {
					s2 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c175);
				}
			}
			else s1 = peg$FAILED;
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c176();
			}
			s0 = s1;
			return s0;
		}
		function peg$parseIdentifier() {
			var s0 = peg$currPos, s1 = [], s2;
			if (peg$c177.test(input.charAt(peg$currPos))) {
				s2 = input.charAt(peg$currPos);
				peg$currPos++;
			} else {
				s2 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c178);
			}
			if (s2 !== peg$FAILED) while (s2 !== peg$FAILED) {
				s1.push(s2);
				if (peg$c177.test(input.charAt(peg$currPos))) {
					s2 = input.charAt(peg$currPos);
					peg$currPos++;
				} else {
					s2 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c178);
				}
			}
			else s1 = peg$FAILED;
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c176();
			}
			s0 = s1;
			return s0;
		}
		function peg$parseSpecialShellChars() {
			var s0;
			if (peg$c179.test(input.charAt(peg$currPos))) {
				s0 = input.charAt(peg$currPos);
				peg$currPos++;
			} else {
				s0 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c180);
			}
			return s0;
		}
		function peg$parseGlobSpecialShellChars() {
			var s0;
			if (peg$c181.test(input.charAt(peg$currPos))) {
				s0 = input.charAt(peg$currPos);
				peg$currPos++;
			} else {
				s0 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c182);
			}
			return s0;
		}
		function peg$parseS() {
			var s0 = [], s1;
			if (peg$c183.test(input.charAt(peg$currPos))) {
				s1 = input.charAt(peg$currPos);
				peg$currPos++;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c184);
			}
			if (s1 !== peg$FAILED) while (s1 !== peg$FAILED) {
				s0.push(s1);
				if (peg$c183.test(input.charAt(peg$currPos))) {
					s1 = input.charAt(peg$currPos);
					peg$currPos++;
				} else {
					s1 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c184);
				}
			}
			else s0 = peg$FAILED;
			return s0;
		}
		peg$result = peg$startRuleFunction();
		if (peg$result !== peg$FAILED && peg$currPos === input.length) return peg$result;
		else {
			if (peg$result !== peg$FAILED && peg$currPos < input.length) peg$fail(peg$endExpectation());
			throw peg$buildStructuredError(peg$maxFailExpected, peg$maxFailPos < input.length ? input.charAt(peg$maxFailPos) : null, peg$maxFailPos < input.length ? peg$computeLocation(peg$maxFailPos, peg$maxFailPos + 1) : peg$computeLocation(peg$maxFailPos, peg$maxFailPos));
		}
	}
	module.exports = {
		SyntaxError: peg$SyntaxError,
		parse: peg$parse
	};
}));
// node_modules/@yarnpkg/parsers/lib/shell.js
var require_shell = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.parseShell = parseShell;
	exports.stringifyShellLine = stringifyShellLine;
	exports.stringifyShell = stringifyShellLine;
	exports.stringifyCommandLine = stringifyCommandLine;
	exports.stringifyCommandLineThen = stringifyCommandLineThen;
	exports.stringifyCommandChain = stringifyCommandChain;
	exports.stringifyCommandChainThen = stringifyCommandChainThen;
	exports.stringifyCommand = stringifyCommand;
	exports.stringifyEnvSegment = stringifyEnvSegment;
	exports.stringifyArgument = stringifyArgument;
	exports.stringifyRedirectArgument = stringifyRedirectArgument;
	exports.stringifyValueArgument = stringifyValueArgument;
	exports.stringifyArgumentSegment = stringifyArgumentSegment;
	exports.stringifyArithmeticExpression = stringifyArithmeticExpression;
	const shell_1 = require_shell$1();
	function parseShell(source, options = { isGlobPattern: () => false }) {
		try {
			return (0, shell_1.parse)(source, options);
		} catch (error) {
			if (error.location) error.message = error.message.replace(/(\.)?$/, ` (line ${error.location.start.line}, column ${error.location.start.column})$1`);
			throw error;
		}
	}
	function stringifyShellLine(shellLine, { endSemicolon = false } = {}) {
		return shellLine.map(({ command, type }, index) => `${stringifyCommandLine(command)}${type === `;` ? index !== shellLine.length - 1 || endSemicolon ? `;` : `` : ` &`}`).join(` `);
	}
	function stringifyCommandLine(commandLine) {
		return `${stringifyCommandChain(commandLine.chain)}${commandLine.then ? ` ${stringifyCommandLineThen(commandLine.then)}` : ``}`;
	}
	function stringifyCommandLineThen(commandLineThen) {
		return `${commandLineThen.type} ${stringifyCommandLine(commandLineThen.line)}`;
	}
	function stringifyCommandChain(commandChain) {
		return `${stringifyCommand(commandChain)}${commandChain.then ? ` ${stringifyCommandChainThen(commandChain.then)}` : ``}`;
	}
	function stringifyCommandChainThen(commandChainThen) {
		return `${commandChainThen.type} ${stringifyCommandChain(commandChainThen.chain)}`;
	}
	function stringifyCommand(command) {
		switch (command.type) {
			case `command`: return `${command.envs.length > 0 ? `${command.envs.map((env) => stringifyEnvSegment(env)).join(` `)} ` : ``}${command.args.map((argument) => stringifyArgument(argument)).join(` `)}`;
			case `subshell`: return `(${stringifyShellLine(command.subshell)})${command.args.length > 0 ? ` ${command.args.map((argument) => stringifyRedirectArgument(argument)).join(` `)}` : ``}`;
			case `group`: return `{ ${stringifyShellLine(command.group, { endSemicolon: true })} }${command.args.length > 0 ? ` ${command.args.map((argument) => stringifyRedirectArgument(argument)).join(` `)}` : ``}`;
			case `envs`: return command.envs.map((env) => stringifyEnvSegment(env)).join(` `);
			default: throw new Error(`Unsupported command type:  "${command.type}"`);
		}
	}
	function stringifyEnvSegment(envSegment) {
		return `${envSegment.name}=${envSegment.args[0] ? stringifyValueArgument(envSegment.args[0]) : ``}`;
	}
	function stringifyArgument(argument) {
		switch (argument.type) {
			case `redirection`: return stringifyRedirectArgument(argument);
			case `argument`: return stringifyValueArgument(argument);
			default: throw new Error(`Unsupported argument type: "${argument.type}"`);
		}
	}
	function stringifyRedirectArgument(argument) {
		return `${argument.subtype} ${argument.args.map((argument) => stringifyValueArgument(argument)).join(` `)}`;
	}
	function stringifyValueArgument(argument) {
		return argument.segments.map((segment) => stringifyArgumentSegment(segment)).join(``);
	}
	const ESCAPED_CONTROL_CHARS = /* @__PURE__ */ new Map([
		[`\f`, `\\f`],
		[`\n`, `\\n`],
		[`\r`, `\\r`],
		[`\t`, `\\t`],
		[`\v`, `\\v`],
		[`\0`, `\\0`]
	]);
	const ESCAPED_DBL_CHARS = new Map([
		[`\\`, `\\\\`],
		[`$`, `\\$`],
		[`"`, `\\"`],
		...Array.from(ESCAPED_CONTROL_CHARS, ([c, replacement]) => {
			return [c, `"$'${replacement}'"`];
		})
	]);
	const getEscapedControlChar = (c) => {
		return ESCAPED_CONTROL_CHARS.get(c) ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, `0`)}`;
	};
	const getEscapedDblChar = (match) => {
		return ESCAPED_DBL_CHARS.get(match) ?? `"$'${getEscapedControlChar(match)}'"`;
	};
	function stringifyArgumentSegment(argumentSegment) {
		const doubleQuoteIfRequested = (string, quote) => quote ? `"${string}"` : string;
		const quoteIfNeeded = (text) => {
			if (text === ``) return `''`;
			if (!text.match(/[()}<>$|&;"'\n\t ]/)) return text;
			if (!text.match(/['\t\p{C}]/u)) return `'${text}'`;
			if (!text.match(/'/)) return `$'${text.replace(/[\t\p{C}]/u, getEscapedControlChar)}'`;
			else return `"${text.replace(/["$\t\p{C}]/u, getEscapedDblChar)}"`;
		};
		switch (argumentSegment.type) {
			case `text`: return quoteIfNeeded(argumentSegment.text);
			case `glob`: return argumentSegment.pattern;
			case `shell`: return doubleQuoteIfRequested(`$(${stringifyShellLine(argumentSegment.shell)})`, argumentSegment.quoted);
			case `variable`: return doubleQuoteIfRequested(typeof argumentSegment.defaultValue === `undefined` ? typeof argumentSegment.alternativeValue === `undefined` ? `\${${argumentSegment.name}}` : argumentSegment.alternativeValue.length === 0 ? `\${${argumentSegment.name}:+}` : `\${${argumentSegment.name}:+${argumentSegment.alternativeValue.map((argument) => stringifyValueArgument(argument)).join(` `)}}` : argumentSegment.defaultValue.length === 0 ? `\${${argumentSegment.name}:-}` : `\${${argumentSegment.name}:-${argumentSegment.defaultValue.map((argument) => stringifyValueArgument(argument)).join(` `)}}`, argumentSegment.quoted);
			case `arithmetic`: return `$(( ${stringifyArithmeticExpression(argumentSegment.arithmetic)} ))`;
			default: throw new Error(`Unsupported argument segment type: "${argumentSegment.type}"`);
		}
	}
	function stringifyArithmeticExpression(argument) {
		const getOperator = (type) => {
			switch (type) {
				case `addition`: return `+`;
				case `subtraction`: return `-`;
				case `multiplication`: return `*`;
				case `division`: return `/`;
				default: throw new Error(`Can't extract operator from arithmetic expression of type "${type}"`);
			}
		};
		const parenthesizeIfRequested = (string, parenthesize) => parenthesize ? `( ${string} )` : string;
		const stringifyAndParenthesizeIfNeeded = (expression) => parenthesizeIfRequested(stringifyArithmeticExpression(expression), ![`number`, `variable`].includes(expression.type));
		switch (argument.type) {
			case `number`: return String(argument.value);
			case `variable`: return argument.name;
			default: return `${stringifyAndParenthesizeIfNeeded(argument.left)} ${getOperator(argument.type)} ${stringifyAndParenthesizeIfNeeded(argument.right)}`;
		}
	}
}));
// node_modules/@yarnpkg/parsers/lib/grammars/resolution.js
var require_resolution$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	function peg$subclass(child, parent) {
		function ctor() {
			this.constructor = child;
		}
		ctor.prototype = parent.prototype;
		child.prototype = new ctor();
	}
	function peg$SyntaxError(message, expected, found, location) {
		this.message = message;
		this.expected = expected;
		this.found = found;
		this.location = location;
		this.name = "SyntaxError";
		if (typeof Error.captureStackTrace === "function") Error.captureStackTrace(this, peg$SyntaxError);
	}
	peg$subclass(peg$SyntaxError, Error);
	peg$SyntaxError.buildMessage = function(expected, found) {
		var DESCRIBE_EXPECTATION_FNS = {
			literal: function(expectation) {
				return "\"" + literalEscape(expectation.text) + "\"";
			},
			"class": function(expectation) {
				var escapedParts = "", i = 0;
				for (; i < expectation.parts.length; i++) escapedParts += expectation.parts[i] instanceof Array ? classEscape(expectation.parts[i][0]) + "-" + classEscape(expectation.parts[i][1]) : classEscape(expectation.parts[i]);
				return "[" + (expectation.inverted ? "^" : "") + escapedParts + "]";
			},
			any: function(expectation) {
				return "any character";
			},
			end: function(expectation) {
				return "end of input";
			},
			other: function(expectation) {
				return expectation.description;
			}
		};
		function hex(ch) {
			return ch.charCodeAt(0).toString(16).toUpperCase();
		}
		function literalEscape(s) {
			return s.replace(/\\/g, "\\\\").replace(/"/g, "\\\"").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
				return "\\x0" + hex(ch);
			}).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
				return "\\x" + hex(ch);
			});
		}
		function classEscape(s) {
			return s.replace(/\\/g, "\\\\").replace(/\]/g, "\\]").replace(/\^/g, "\\^").replace(/-/g, "\\-").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
				return "\\x0" + hex(ch);
			}).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
				return "\\x" + hex(ch);
			});
		}
		function describeExpectation(expectation) {
			return DESCRIBE_EXPECTATION_FNS[expectation.type](expectation);
		}
		function describeExpected(expected) {
			var descriptions = new Array(expected.length), i = 0, j;
			for (; i < expected.length; i++) descriptions[i] = describeExpectation(expected[i]);
			descriptions.sort();
			if (descriptions.length > 0) {
				for (i = 1, j = 1; i < descriptions.length; i++) if (descriptions[i - 1] !== descriptions[i]) {
					descriptions[j] = descriptions[i];
					j++;
				}
				descriptions.length = j;
			}
			switch (descriptions.length) {
				case 1: return descriptions[0];
				case 2: return descriptions[0] + " or " + descriptions[1];
				default: return descriptions.slice(0, -1).join(", ") + ", or " + descriptions[descriptions.length - 1];
			}
		}
		function describeFound(found) {
			return found ? "\"" + literalEscape(found) + "\"" : "end of input";
		}
		return "Expected " + describeExpected(expected) + " but " + describeFound(found) + " found.";
	};
	function peg$parse(input, options) {
		options = options !== void 0 ? options : {};
		var peg$FAILED = {}, peg$startRuleFunctions = { resolution: peg$parseresolution }, peg$startRuleFunction = peg$parseresolution, peg$c0 = "/", peg$c1 = peg$literalExpectation("/", false), peg$c2 = function(from, descriptor) {
			return {
				from,
				descriptor
			};
		}, peg$c3 = function(descriptor) {
			return { descriptor };
		}, peg$c4 = "@", peg$c5 = peg$literalExpectation("@", false), peg$c6 = function(fullName, description) {
			return {
				fullName,
				description
			};
		}, peg$c7 = function(fullName) {
			return { fullName };
		}, peg$c8 = function() {
			return text();
		}, peg$c9 = /^[^\/@]/, peg$c10 = peg$classExpectation(["/", "@"], true, false), peg$c11 = /^[^\/]/, peg$c12 = peg$classExpectation(["/"], true, false), peg$currPos = 0, peg$savedPos = 0, peg$posDetailsCache = [{
			line: 1,
			column: 1
		}], peg$maxFailPos = 0, peg$maxFailExpected = [], peg$silentFails = 0, peg$result;
		if ("startRule" in options) {
			if (!(options.startRule in peg$startRuleFunctions)) throw new Error("Can't start parsing from rule \"" + options.startRule + "\".");
			peg$startRuleFunction = peg$startRuleFunctions[options.startRule];
		}
		function text() {
			return input.substring(peg$savedPos, peg$currPos);
		}
		function peg$literalExpectation(text, ignoreCase) {
			return {
				type: "literal",
				text,
				ignoreCase
			};
		}
		function peg$classExpectation(parts, inverted, ignoreCase) {
			return {
				type: "class",
				parts,
				inverted,
				ignoreCase
			};
		}
		function peg$endExpectation() {
			return { type: "end" };
		}
		function peg$computePosDetails(pos) {
			var details = peg$posDetailsCache[pos], p;
			if (details) return details;
			else {
				p = pos - 1;
				while (!peg$posDetailsCache[p]) p--;
				details = peg$posDetailsCache[p];
				details = {
					line: details.line,
					column: details.column
				};
				while (p < pos) {
					if (input.charCodeAt(p) === 10) {
						details.line++;
						details.column = 1;
					} else details.column++;
					p++;
				}
				peg$posDetailsCache[pos] = details;
				return details;
			}
		}
		function peg$computeLocation(startPos, endPos) {
			var startPosDetails = peg$computePosDetails(startPos), endPosDetails = peg$computePosDetails(endPos);
			return {
				start: {
					offset: startPos,
					line: startPosDetails.line,
					column: startPosDetails.column
				},
				end: {
					offset: endPos,
					line: endPosDetails.line,
					column: endPosDetails.column
				}
			};
		}
		function peg$fail(expected) {
			if (peg$currPos < peg$maxFailPos) return;
			if (peg$currPos > peg$maxFailPos) {
				peg$maxFailPos = peg$currPos;
				peg$maxFailExpected = [];
			}
			peg$maxFailExpected.push(expected);
		}
		function peg$buildStructuredError(expected, found, location) {
			return new peg$SyntaxError(peg$SyntaxError.buildMessage(expected, found), expected, found, location);
		}
		function peg$parseresolution() {
			var s0 = peg$currPos, s1 = peg$parsespecifier(), s2, s3;
			if (s1 !== peg$FAILED) {
				if (input.charCodeAt(peg$currPos) === 47) {
					s2 = peg$c0;
					peg$currPos++;
				} else {
					s2 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c1);
				}
				if (s2 !== peg$FAILED) {
					s3 = peg$parsespecifier();
					if (s3 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c2(s1, s3);
						s0 = s1;
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				s1 = peg$parsespecifier();
				if (s1 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c3(s1);
				}
				s0 = s1;
			}
			return s0;
		}
		function peg$parsespecifier() {
			var s0 = peg$currPos, s1 = peg$parsefullName(), s2, s3;
			if (s1 !== peg$FAILED) {
				if (input.charCodeAt(peg$currPos) === 64) {
					s2 = peg$c4;
					peg$currPos++;
				} else {
					s2 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c5);
				}
				if (s2 !== peg$FAILED) {
					s3 = peg$parsedescription();
					if (s3 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c6(s1, s3);
						s0 = s1;
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				s1 = peg$parsefullName();
				if (s1 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c7(s1);
				}
				s0 = s1;
			}
			return s0;
		}
		function peg$parsefullName() {
			var s0 = peg$currPos, s1, s2, s3, s4;
			if (input.charCodeAt(peg$currPos) === 64) {
				s1 = peg$c4;
				peg$currPos++;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c5);
			}
			if (s1 !== peg$FAILED) {
				s2 = peg$parseident();
				if (s2 !== peg$FAILED) {
					if (input.charCodeAt(peg$currPos) === 47) {
						s3 = peg$c0;
						peg$currPos++;
					} else {
						s3 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c1);
					}
					if (s3 !== peg$FAILED) {
						s4 = peg$parseident();
						if (s4 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c8();
							s0 = s1;
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				s1 = peg$parseident();
				if (s1 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c8();
				}
				s0 = s1;
			}
			return s0;
		}
		function peg$parseident() {
			var s0 = peg$currPos, s1 = [], s2;
			if (peg$c9.test(input.charAt(peg$currPos))) {
				s2 = input.charAt(peg$currPos);
				peg$currPos++;
			} else {
				s2 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c10);
			}
			if (s2 !== peg$FAILED) while (s2 !== peg$FAILED) {
				s1.push(s2);
				if (peg$c9.test(input.charAt(peg$currPos))) {
					s2 = input.charAt(peg$currPos);
					peg$currPos++;
				} else {
					s2 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c10);
				}
			}
			else s1 = peg$FAILED;
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c8();
			}
			s0 = s1;
			return s0;
		}
		function peg$parsedescription() {
			var s0 = peg$currPos, s1 = [], s2;
			if (peg$c11.test(input.charAt(peg$currPos))) {
				s2 = input.charAt(peg$currPos);
				peg$currPos++;
			} else {
				s2 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c12);
			}
			if (s2 !== peg$FAILED) while (s2 !== peg$FAILED) {
				s1.push(s2);
				if (peg$c11.test(input.charAt(peg$currPos))) {
					s2 = input.charAt(peg$currPos);
					peg$currPos++;
				} else {
					s2 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c12);
				}
			}
			else s1 = peg$FAILED;
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c8();
			}
			s0 = s1;
			return s0;
		}
		peg$result = peg$startRuleFunction();
		if (peg$result !== peg$FAILED && peg$currPos === input.length) return peg$result;
		else {
			if (peg$result !== peg$FAILED && peg$currPos < input.length) peg$fail(peg$endExpectation());
			throw peg$buildStructuredError(peg$maxFailExpected, peg$maxFailPos < input.length ? input.charAt(peg$maxFailPos) : null, peg$maxFailPos < input.length ? peg$computeLocation(peg$maxFailPos, peg$maxFailPos + 1) : peg$computeLocation(peg$maxFailPos, peg$maxFailPos));
		}
	}
	module.exports = {
		SyntaxError: peg$SyntaxError,
		parse: peg$parse
	};
}));
// node_modules/@yarnpkg/parsers/lib/resolution.js
var require_resolution = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.parseResolution = parseResolution;
	exports.stringifyResolution = stringifyResolution;
	const resolution_1 = require_resolution$1();
	function parseResolution(source) {
		const legacyResolution = source.match(/^\*{1,2}\/(.*)/);
		if (legacyResolution) throw new Error(`The override for '${source}' includes a glob pattern. Glob patterns have been removed since their behaviours don't match what you'd expect. Set the override to '${legacyResolution[1]}' instead.`);
		try {
			return (0, resolution_1.parse)(source);
		} catch (error) {
			if (error.location) error.message = error.message.replace(/(\.)?$/, ` (line ${error.location.start.line}, column ${error.location.start.column})$1`);
			throw error;
		}
	}
	function stringifyResolution(resolution) {
		let str = ``;
		if (resolution.from) {
			str += resolution.from.fullName;
			if (resolution.from.description) str += `@${resolution.from.description}`;
			str += `/`;
		}
		str += resolution.descriptor.fullName;
		if (resolution.descriptor.description) str += `@${resolution.descriptor.description}`;
		return str;
	}
}));
// node_modules/js-yaml/lib/common.js
var require_common = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	function isNothing(subject) {
		return typeof subject === "undefined" || subject === null;
	}
	function isObject(subject) {
		return typeof subject === "object" && subject !== null;
	}
	function toArray(sequence) {
		if (Array.isArray(sequence)) return sequence;
		else if (isNothing(sequence)) return [];
		return [sequence];
	}
	function extend(target, source) {
		if (source) {
			const sourceKeys = Object.keys(source);
			for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
				const key = sourceKeys[index];
				target[key] = source[key];
			}
		}
		return target;
	}
	function repeat(string, count) {
		let result = "";
		for (let cycle = 0; cycle < count; cycle += 1) result += string;
		return result;
	}
	function isNegativeZero(number) {
		return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
	}
	module.exports.isNothing = isNothing;
	module.exports.isObject = isObject;
	module.exports.toArray = toArray;
	module.exports.repeat = repeat;
	module.exports.isNegativeZero = isNegativeZero;
	module.exports.extend = extend;
}));
// node_modules/js-yaml/lib/exception.js
var require_exception = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	function formatError(exception, compact) {
		let where = "";
		const message = exception.reason || "(unknown reason)";
		if (!exception.mark) return message;
		if (exception.mark.name) where += "in \"" + exception.mark.name + "\" ";
		where += "(" + (exception.mark.line + 1) + ":" + (exception.mark.column + 1) + ")";
		if (!compact && exception.mark.snippet) where += "\n\n" + exception.mark.snippet;
		return message + " " + where;
	}
	function YAMLException(reason, mark) {
		Error.call(this);
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
		else this.stack = (/* @__PURE__ */ new Error()).stack || "";
	}
	YAMLException.prototype = Object.create(Error.prototype);
	YAMLException.prototype.constructor = YAMLException;
	YAMLException.prototype.toString = function toString(compact) {
		return this.name + ": " + formatError(this, compact);
	};
	module.exports = YAMLException;
}));
// node_modules/js-yaml/lib/snippet.js
var require_snippet = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const common = require_common();
	function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
		let head = "";
		let tail = "";
		const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
		if (position - lineStart > maxHalfLength) {
			head = " ... ";
			lineStart = position - maxHalfLength + head.length;
		}
		if (lineEnd - position > maxHalfLength) {
			tail = " ...";
			lineEnd = position + maxHalfLength - tail.length;
		}
		return {
			str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
			pos: position - lineStart + head.length
		};
	}
	function padStart(string, max) {
		return common.repeat(" ", max - string.length) + string;
	}
	function makeSnippet(mark, options) {
		options = Object.create(options || null);
		if (!mark.buffer) return null;
		if (!options.maxLength) options.maxLength = 79;
		if (typeof options.indent !== "number") options.indent = 1;
		if (typeof options.linesBefore !== "number") options.linesBefore = 3;
		if (typeof options.linesAfter !== "number") options.linesAfter = 2;
		const re = /\r?\n|\r|\0/g;
		const lineStarts = [0];
		const lineEnds = [];
		let match;
		let foundLineNo = -1;
		while (match = re.exec(mark.buffer)) {
			lineEnds.push(match.index);
			lineStarts.push(match.index + match[0].length);
			if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
		}
		if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
		let result = "";
		const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
		const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
		for (let i = 1; i <= options.linesBefore; i++) {
			if (foundLineNo - i < 0) break;
			const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
			result = common.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line.str + "\n" + result;
		}
		const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
		result += common.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
		result += common.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
		for (let i = 1; i <= options.linesAfter; i++) {
			if (foundLineNo + i >= lineEnds.length) break;
			const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
			result += common.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line.str + "\n";
		}
		return result.replace(/\n$/, "");
	}
	module.exports = makeSnippet;
}));
// node_modules/js-yaml/lib/type.js
var require_type = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const YAMLException = require_exception();
	const TYPE_CONSTRUCTOR_OPTIONS = [
		"kind",
		"multi",
		"resolve",
		"construct",
		"instanceOf",
		"predicate",
		"represent",
		"representName",
		"defaultStyle",
		"styleAliases"
	];
	const YAML_NODE_KINDS = [
		"scalar",
		"sequence",
		"mapping"
	];
	function compileStyleAliases(map) {
		const result = {};
		if (map !== null) Object.keys(map).forEach(function(style) {
			map[style].forEach(function(alias) {
				result[String(alias)] = style;
			});
		});
		return result;
	}
	function Type(tag, options) {
		options = options || {};
		Object.keys(options).forEach(function(name) {
			if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) throw new YAMLException("Unknown option \"" + name + "\" is met in definition of \"" + tag + "\" YAML type.");
		});
		this.options = options;
		this.tag = tag;
		this.kind = options["kind"] || null;
		this.resolve = options["resolve"] || function() {
			return true;
		};
		this.construct = options["construct"] || function(data) {
			return data;
		};
		this.instanceOf = options["instanceOf"] || null;
		this.predicate = options["predicate"] || null;
		this.represent = options["represent"] || null;
		this.representName = options["representName"] || null;
		this.defaultStyle = options["defaultStyle"] || null;
		this.multi = options["multi"] || false;
		this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
		if (YAML_NODE_KINDS.indexOf(this.kind) === -1) throw new YAMLException("Unknown kind \"" + this.kind + "\" is specified for \"" + tag + "\" YAML type.");
	}
	module.exports = Type;
}));
// node_modules/js-yaml/lib/schema.js
var require_schema = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const YAMLException = require_exception();
	const Type = require_type();
	function compileList(schema, name) {
		const result = [];
		schema[name].forEach(function(currentType) {
			let newIndex = result.length;
			result.forEach(function(previousType, previousIndex) {
				if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) newIndex = previousIndex;
			});
			result[newIndex] = currentType;
		});
		return result;
	}
	function compileMap() {
		const result = {
			scalar: {},
			sequence: {},
			mapping: {},
			fallback: {},
			multi: {
				scalar: [],
				sequence: [],
				mapping: [],
				fallback: []
			}
		};
		function collectType(type) {
			if (type.multi) {
				result.multi[type.kind].push(type);
				result.multi["fallback"].push(type);
			} else result[type.kind][type.tag] = result["fallback"][type.tag] = type;
		}
		for (let index = 0, length = arguments.length; index < length; index += 1) arguments[index].forEach(collectType);
		return result;
	}
	function Schema(definition) {
		return this.extend(definition);
	}
	Schema.prototype.extend = function extend(definition) {
		let implicit = [];
		let explicit = [];
		if (definition instanceof Type) explicit.push(definition);
		else if (Array.isArray(definition)) explicit = explicit.concat(definition);
		else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
			if (definition.implicit) implicit = implicit.concat(definition.implicit);
			if (definition.explicit) explicit = explicit.concat(definition.explicit);
		} else throw new YAMLException("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
		implicit.forEach(function(type) {
			if (!(type instanceof Type)) throw new YAMLException("Specified list of YAML types (or a single Type object) contains a non-Type object.");
			if (type.loadKind && type.loadKind !== "scalar") throw new YAMLException("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
			if (type.multi) throw new YAMLException("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
		});
		explicit.forEach(function(type) {
			if (!(type instanceof Type)) throw new YAMLException("Specified list of YAML types (or a single Type object) contains a non-Type object.");
		});
		const result = Object.create(Schema.prototype);
		result.implicit = (this.implicit || []).concat(implicit);
		result.explicit = (this.explicit || []).concat(explicit);
		result.compiledImplicit = compileList(result, "implicit");
		result.compiledExplicit = compileList(result, "explicit");
		result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
		return result;
	};
	module.exports = Schema;
}));
// node_modules/js-yaml/lib/type/str.js
var require_str = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = new (require_type())("tag:yaml.org,2002:str", {
		kind: "scalar",
		construct: function(data) {
			return data !== null ? data : "";
		}
	});
}));
// node_modules/js-yaml/lib/type/seq.js
var require_seq = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = new (require_type())("tag:yaml.org,2002:seq", {
		kind: "sequence",
		construct: function(data) {
			return data !== null ? data : [];
		}
	});
}));
// node_modules/js-yaml/lib/type/map.js
var require_map = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = new (require_type())("tag:yaml.org,2002:map", {
		kind: "mapping",
		construct: function(data) {
			return data !== null ? data : {};
		}
	});
}));
// node_modules/js-yaml/lib/schema/failsafe.js
var require_failsafe = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = new (require_schema())({ explicit: [
		require_str(),
		require_seq(),
		require_map()
	] });
}));
// node_modules/js-yaml/lib/type/null.js
var require_null = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const Type = require_type();
	function resolveYamlNull(data) {
		if (data === null) return true;
		const max = data.length;
		return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
	}
	function constructYamlNull() {
		return null;
	}
	function isNull(object) {
		return object === null;
	}
	module.exports = new Type("tag:yaml.org,2002:null", {
		kind: "scalar",
		resolve: resolveYamlNull,
		construct: constructYamlNull,
		predicate: isNull,
		represent: {
			canonical: function() {
				return "~";
			},
			lowercase: function() {
				return "null";
			},
			uppercase: function() {
				return "NULL";
			},
			camelcase: function() {
				return "Null";
			},
			empty: function() {
				return "";
			}
		},
		defaultStyle: "lowercase"
	});
}));
// node_modules/js-yaml/lib/type/bool.js
var require_bool = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const Type = require_type();
	function resolveYamlBoolean(data) {
		if (data === null) return false;
		const max = data.length;
		return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
	}
	function constructYamlBoolean(data) {
		return data === "true" || data === "True" || data === "TRUE";
	}
	function isBoolean(object) {
		return Object.prototype.toString.call(object) === "[object Boolean]";
	}
	module.exports = new Type("tag:yaml.org,2002:bool", {
		kind: "scalar",
		resolve: resolveYamlBoolean,
		construct: constructYamlBoolean,
		predicate: isBoolean,
		represent: {
			lowercase: function(object) {
				return object ? "true" : "false";
			},
			uppercase: function(object) {
				return object ? "TRUE" : "FALSE";
			},
			camelcase: function(object) {
				return object ? "True" : "False";
			}
		},
		defaultStyle: "lowercase"
	});
}));
// node_modules/js-yaml/lib/type/int.js
var require_int = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const common = require_common();
	const Type = require_type();
	function isHexCode(c) {
		return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
	}
	function isOctCode(c) {
		return c >= 48 && c <= 55;
	}
	function isDecCode(c) {
		return c >= 48 && c <= 57;
	}
	function resolveYamlInteger(data) {
		if (data === null) return false;
		const max = data.length;
		let index = 0;
		let hasDigits = false;
		if (!max) return false;
		let ch = data[index];
		if (ch === "-" || ch === "+") ch = data[++index];
		if (ch === "0") {
			if (index + 1 === max) return true;
			ch = data[++index];
			if (ch === "b") {
				index++;
				for (; index < max; index++) {
					ch = data[index];
					if (ch !== "0" && ch !== "1") return false;
					hasDigits = true;
				}
				return hasDigits && isFinite(parseYamlInteger(data));
			}
			if (ch === "x") {
				index++;
				for (; index < max; index++) {
					if (!isHexCode(data.charCodeAt(index))) return false;
					hasDigits = true;
				}
				return hasDigits && isFinite(parseYamlInteger(data));
			}
			if (ch === "o") {
				index++;
				for (; index < max; index++) {
					if (!isOctCode(data.charCodeAt(index))) return false;
					hasDigits = true;
				}
				return hasDigits && isFinite(parseYamlInteger(data));
			}
		}
		for (; index < max; index++) {
			if (!isDecCode(data.charCodeAt(index))) return false;
			hasDigits = true;
		}
		if (!hasDigits) return false;
		return isFinite(parseYamlInteger(data));
	}
	function parseYamlInteger(data) {
		let value = data;
		let sign = 1;
		let ch = value[0];
		if (ch === "-" || ch === "+") {
			if (ch === "-") sign = -1;
			value = value.slice(1);
			ch = value[0];
		}
		if (value === "0") return 0;
		if (ch === "0") {
			if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
			if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
			if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
		}
		return sign * parseInt(value, 10);
	}
	function constructYamlInteger(data) {
		return parseYamlInteger(data);
	}
	function isInteger(object) {
		return Object.prototype.toString.call(object) === "[object Number]" && object % 1 === 0 && !common.isNegativeZero(object);
	}
	module.exports = new Type("tag:yaml.org,2002:int", {
		kind: "scalar",
		resolve: resolveYamlInteger,
		construct: constructYamlInteger,
		predicate: isInteger,
		represent: {
			binary: function(obj) {
				return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
			},
			octal: function(obj) {
				return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
			},
			decimal: function(obj) {
				return obj.toString(10);
			},
			hexadecimal: function(obj) {
				return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
			}
		},
		defaultStyle: "decimal",
		styleAliases: {
			binary: [2, "bin"],
			octal: [8, "oct"],
			decimal: [10, "dec"],
			hexadecimal: [16, "hex"]
		}
	});
}));
// node_modules/js-yaml/lib/type/float.js
var require_float = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const common = require_common();
	const Type = require_type();
	const YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
	const YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
	function resolveYamlFloat(data) {
		if (data === null) return false;
		if (!YAML_FLOAT_PATTERN.test(data)) return false;
		if (isFinite(parseFloat(data, 10))) return true;
		return YAML_FLOAT_SPECIAL_PATTERN.test(data);
	}
	function constructYamlFloat(data) {
		let value = data.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".indexOf(value[0]) >= 0) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		else if (value === ".nan") return NaN;
		return sign * parseFloat(value, 10);
	}
	const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
	function representYamlFloat(object, style) {
		if (isNaN(object)) switch (style) {
			case "lowercase": return ".nan";
			case "uppercase": return ".NAN";
			case "camelcase": return ".NaN";
		}
		else if (Number.POSITIVE_INFINITY === object) switch (style) {
			case "lowercase": return ".inf";
			case "uppercase": return ".INF";
			case "camelcase": return ".Inf";
		}
		else if (Number.NEGATIVE_INFINITY === object) switch (style) {
			case "lowercase": return "-.inf";
			case "uppercase": return "-.INF";
			case "camelcase": return "-.Inf";
		}
		else if (common.isNegativeZero(object)) return "-0.0";
		const res = object.toString(10);
		return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
	}
	function isFloat(object) {
		return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common.isNegativeZero(object));
	}
	module.exports = new Type("tag:yaml.org,2002:float", {
		kind: "scalar",
		resolve: resolveYamlFloat,
		construct: constructYamlFloat,
		predicate: isFloat,
		represent: representYamlFloat,
		defaultStyle: "lowercase"
	});
}));
// node_modules/js-yaml/lib/schema/json.js
var require_json = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_failsafe().extend({ implicit: [
		require_null(),
		require_bool(),
		require_int(),
		require_float()
	] });
}));
// node_modules/js-yaml/lib/schema/core.js
var require_core = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_json();
}));
// node_modules/js-yaml/lib/type/timestamp.js
var require_timestamp = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const Type = require_type();
	const YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
	const YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
	function resolveYamlTimestamp(data) {
		if (data === null) return false;
		if (YAML_DATE_REGEXP.exec(data) !== null) return true;
		if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
		return false;
	}
	function constructYamlTimestamp(data) {
		let fraction = 0;
		let delta = null;
		let match = YAML_DATE_REGEXP.exec(data);
		if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
		if (match === null) throw new Error("Date resolve error");
		const year = +match[1];
		const month = +match[2] - 1;
		const day = +match[3];
		if (!match[4]) return new Date(Date.UTC(year, month, day));
		const hour = +match[4];
		const minute = +match[5];
		const second = +match[6];
		if (match[7]) {
			fraction = match[7].slice(0, 3);
			while (fraction.length < 3) fraction += "0";
			fraction = +fraction;
		}
		if (match[9]) {
			const tzHour = +match[10];
			const tzMinute = +(match[11] || 0);
			delta = (tzHour * 60 + tzMinute) * 6e4;
			if (match[9] === "-") delta = -delta;
		}
		const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
		if (delta) date.setTime(date.getTime() - delta);
		return date;
	}
	function representYamlTimestamp(object) {
		return object.toISOString();
	}
	module.exports = new Type("tag:yaml.org,2002:timestamp", {
		kind: "scalar",
		resolve: resolveYamlTimestamp,
		construct: constructYamlTimestamp,
		instanceOf: Date,
		represent: representYamlTimestamp
	});
}));
// node_modules/js-yaml/lib/type/merge.js
var require_merge = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const Type = require_type();
	function resolveYamlMerge(data) {
		return data === "<<" || data === null;
	}
	module.exports = new Type("tag:yaml.org,2002:merge", {
		kind: "scalar",
		resolve: resolveYamlMerge
	});
}));
// node_modules/js-yaml/lib/type/binary.js
var require_binary = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const Type = require_type();
	const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
	function resolveYamlBinary(data) {
		if (data === null) return false;
		let bitlen = 0;
		const max = data.length;
		const map = BASE64_MAP;
		for (let idx = 0; idx < max; idx++) {
			const code = map.indexOf(data.charAt(idx));
			if (code > 64) continue;
			if (code < 0) return false;
			bitlen += 6;
		}
		return bitlen % 8 === 0;
	}
	function constructYamlBinary(data) {
		const input = data.replace(/[\r\n=]/g, "");
		const max = input.length;
		const map = BASE64_MAP;
		let bits = 0;
		const result = [];
		for (let idx = 0; idx < max; idx++) {
			if (idx % 4 === 0 && idx) {
				result.push(bits >> 16 & 255);
				result.push(bits >> 8 & 255);
				result.push(bits & 255);
			}
			bits = bits << 6 | map.indexOf(input.charAt(idx));
		}
		const tailbits = max % 4 * 6;
		if (tailbits === 0) {
			result.push(bits >> 16 & 255);
			result.push(bits >> 8 & 255);
			result.push(bits & 255);
		} else if (tailbits === 18) {
			result.push(bits >> 10 & 255);
			result.push(bits >> 2 & 255);
		} else if (tailbits === 12) result.push(bits >> 4 & 255);
		return new Uint8Array(result);
	}
	function representYamlBinary(object) {
		let result = "";
		let bits = 0;
		const max = object.length;
		const map = BASE64_MAP;
		for (let idx = 0; idx < max; idx++) {
			if (idx % 3 === 0 && idx) {
				result += map[bits >> 18 & 63];
				result += map[bits >> 12 & 63];
				result += map[bits >> 6 & 63];
				result += map[bits & 63];
			}
			bits = (bits << 8) + object[idx];
		}
		const tail = max % 3;
		if (tail === 0) {
			result += map[bits >> 18 & 63];
			result += map[bits >> 12 & 63];
			result += map[bits >> 6 & 63];
			result += map[bits & 63];
		} else if (tail === 2) {
			result += map[bits >> 10 & 63];
			result += map[bits >> 4 & 63];
			result += map[bits << 2 & 63];
			result += map[64];
		} else if (tail === 1) {
			result += map[bits >> 2 & 63];
			result += map[bits << 4 & 63];
			result += map[64];
			result += map[64];
		}
		return result;
	}
	function isBinary(obj) {
		return Object.prototype.toString.call(obj) === "[object Uint8Array]";
	}
	module.exports = new Type("tag:yaml.org,2002:binary", {
		kind: "scalar",
		resolve: resolveYamlBinary,
		construct: constructYamlBinary,
		predicate: isBinary,
		represent: representYamlBinary
	});
}));
// node_modules/js-yaml/lib/type/omap.js
var require_omap = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const Type = require_type();
	const _hasOwnProperty = Object.prototype.hasOwnProperty;
	const _toString = Object.prototype.toString;
	function resolveYamlOmap(data) {
		if (data === null) return true;
		const objectKeys = {};
		const object = data;
		for (let index = 0, length = object.length; index < length; index += 1) {
			const pair = object[index];
			let pairHasKey = false;
			if (_toString.call(pair) !== "[object Object]") return false;
			let pairKey;
			for (pairKey in pair) if (_hasOwnProperty.call(pair, pairKey)) {
				if (!pairHasKey) pairHasKey = true;
				else return false;
			}
			if (!pairHasKey) return false;
			if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
			Object.defineProperty(objectKeys, pairKey, { value: true });
		}
		return true;
	}
	function constructYamlOmap(data) {
		return data !== null ? data : [];
	}
	module.exports = new Type("tag:yaml.org,2002:omap", {
		kind: "sequence",
		resolve: resolveYamlOmap,
		construct: constructYamlOmap
	});
}));
// node_modules/js-yaml/lib/type/pairs.js
var require_pairs = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const Type = require_type();
	const _toString = Object.prototype.toString;
	function resolveYamlPairs(data) {
		if (data === null) return true;
		const object = data;
		const result = new Array(object.length);
		for (let index = 0, length = object.length; index < length; index += 1) {
			const pair = object[index];
			if (_toString.call(pair) !== "[object Object]") return false;
			const keys = Object.keys(pair);
			if (keys.length !== 1) return false;
			result[index] = [keys[0], pair[keys[0]]];
		}
		return true;
	}
	function constructYamlPairs(data) {
		if (data === null) return [];
		const object = data;
		const result = new Array(object.length);
		for (let index = 0, length = object.length; index < length; index += 1) {
			const pair = object[index];
			const keys = Object.keys(pair);
			result[index] = [keys[0], pair[keys[0]]];
		}
		return result;
	}
	module.exports = new Type("tag:yaml.org,2002:pairs", {
		kind: "sequence",
		resolve: resolveYamlPairs,
		construct: constructYamlPairs
	});
}));
// node_modules/js-yaml/lib/type/set.js
var require_set = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const Type = require_type();
	const _hasOwnProperty = Object.prototype.hasOwnProperty;
	function resolveYamlSet(data) {
		if (data === null) return true;
		const object = data;
		for (const key in object) if (_hasOwnProperty.call(object, key)) {
			if (object[key] !== null) return false;
		}
		return true;
	}
	function constructYamlSet(data) {
		return data !== null ? data : {};
	}
	module.exports = new Type("tag:yaml.org,2002:set", {
		kind: "mapping",
		resolve: resolveYamlSet,
		construct: constructYamlSet
	});
}));
// node_modules/js-yaml/lib/schema/default.js
var require_default = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_core().extend({
		implicit: [require_timestamp(), require_merge()],
		explicit: [
			require_binary(),
			require_omap(),
			require_pairs(),
			require_set()
		]
	});
}));
// node_modules/js-yaml/lib/loader.js
var require_loader = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const common = require_common();
	const YAMLException = require_exception();
	const makeSnippet = require_snippet();
	const DEFAULT_SCHEMA = require_default();
	const _hasOwnProperty = Object.prototype.hasOwnProperty;
	const CONTEXT_FLOW_IN = 1;
	const CONTEXT_FLOW_OUT = 2;
	const CONTEXT_BLOCK_IN = 3;
	const CONTEXT_BLOCK_OUT = 4;
	const CHOMPING_CLIP = 1;
	const CHOMPING_STRIP = 2;
	const CHOMPING_KEEP = 3;
	const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
	const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
	const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
	const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
	const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
	function _class(obj) {
		return Object.prototype.toString.call(obj);
	}
	function isEol(c) {
		return c === 10 || c === 13;
	}
	function isWhiteSpace(c) {
		return c === 9 || c === 32;
	}
	function isWsOrEol(c) {
		return c === 9 || c === 32 || c === 10 || c === 13;
	}
	function isFlowIndicator(c) {
		return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
	}
	function fromHexCode(c) {
		if (c >= 48 && c <= 57) return c - 48;
		const lc = c | 32;
		if (lc >= 97 && lc <= 102) return lc - 97 + 10;
		return -1;
	}
	function escapedHexLen(c) {
		if (c === 120) return 2;
		if (c === 117) return 4;
		if (c === 85) return 8;
		return 0;
	}
	function fromDecimalCode(c) {
		if (c >= 48 && c <= 57) return c - 48;
		return -1;
	}
	function simpleEscapeSequence(c) {
		switch (c) {
			case 48: return "\0";
			case 97: return "\x07";
			case 98: return "\b";
			case 116: return "	";
			case 9: return "	";
			case 110: return "\n";
			case 118: return "\v";
			case 102: return "\f";
			case 114: return "\r";
			case 101: return "\x1B";
			case 32: return " ";
			case 34: return "\"";
			case 47: return "/";
			case 92: return "\\";
			case 78: return "\u0085";
			case 95: return "\u00A0";
			case 76: return "\u2028";
			case 80: return "\u2029";
			default: return "";
		}
	}
	function charFromCodepoint(c) {
		if (c <= 65535) return String.fromCharCode(c);
		return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
	}
	function setProperty(object, key, value) {
		if (key === "__proto__") Object.defineProperty(object, key, {
			configurable: true,
			enumerable: true,
			writable: true,
			value
		});
		else object[key] = value;
	}
	const simpleEscapeCheck = new Array(256);
	const simpleEscapeMap = new Array(256);
	for (let i = 0; i < 256; i++) {
		simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
		simpleEscapeMap[i] = simpleEscapeSequence(i);
	}
	function State(input, options) {
		this.input = input;
		this.filename = options["filename"] || null;
		this.schema = options["schema"] || DEFAULT_SCHEMA;
		this.onWarning = options["onWarning"] || null;
		this.legacy = options["legacy"] || false;
		this.json = options["json"] || false;
		this.listener = options["listener"] || null;
		this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
		this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
		this.implicitTypes = this.schema.compiledImplicit;
		this.typeMap = this.schema.compiledTypeMap;
		this.length = input.length;
		this.position = 0;
		this.line = 0;
		this.lineStart = 0;
		this.lineIndent = 0;
		this.depth = 0;
		this.totalMergeKeys = 0;
		this.firstTabInLine = -1;
		this.documents = [];
		this.anchorMapTransactions = [];
	}
	function generateError(state, message) {
		const mark = {
			name: state.filename,
			buffer: state.input.slice(0, -1),
			position: state.position,
			line: state.line,
			column: state.position - state.lineStart
		};
		mark.snippet = makeSnippet(mark);
		return new YAMLException(message, mark);
	}
	function throwError(state, message) {
		throw generateError(state, message);
	}
	function throwWarning(state, message) {
		if (state.onWarning) state.onWarning.call(null, generateError(state, message));
	}
	function storeAnchor(state, name, value) {
		const transactions = state.anchorMapTransactions;
		if (transactions.length !== 0) {
			const transaction = transactions[transactions.length - 1];
			if (!_hasOwnProperty.call(transaction, name)) transaction[name] = {
				existed: _hasOwnProperty.call(state.anchorMap, name),
				value: state.anchorMap[name]
			};
		}
		state.anchorMap[name] = value;
	}
	function beginAnchorTransaction(state) {
		state.anchorMapTransactions.push(Object.create(null));
	}
	function commitAnchorTransaction(state) {
		const transaction = state.anchorMapTransactions.pop();
		const transactions = state.anchorMapTransactions;
		if (transactions.length === 0) return;
		const parent = transactions[transactions.length - 1];
		const names = Object.keys(transaction);
		for (let index = 0, length = names.length; index < length; index += 1) {
			const name = names[index];
			if (!_hasOwnProperty.call(parent, name)) parent[name] = transaction[name];
		}
	}
	function rollbackAnchorTransaction(state) {
		const transaction = state.anchorMapTransactions.pop();
		const names = Object.keys(transaction);
		for (let index = names.length - 1; index >= 0; index -= 1) {
			const entry = transaction[names[index]];
			if (entry.existed) state.anchorMap[names[index]] = entry.value;
			else delete state.anchorMap[names[index]];
		}
	}
	function snapshotState(state) {
		return {
			position: state.position,
			line: state.line,
			lineStart: state.lineStart,
			lineIndent: state.lineIndent,
			firstTabInLine: state.firstTabInLine,
			tag: state.tag,
			anchor: state.anchor,
			kind: state.kind,
			result: state.result
		};
	}
	function restoreState(state, snapshot) {
		state.position = snapshot.position;
		state.line = snapshot.line;
		state.lineStart = snapshot.lineStart;
		state.lineIndent = snapshot.lineIndent;
		state.firstTabInLine = snapshot.firstTabInLine;
		state.tag = snapshot.tag;
		state.anchor = snapshot.anchor;
		state.kind = snapshot.kind;
		state.result = snapshot.result;
	}
	const directiveHandlers = {
		YAML: function handleYamlDirective(state, name, args) {
			if (state.version !== null) throwError(state, "duplication of %YAML directive");
			if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
			const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
			if (match === null) throwError(state, "ill-formed argument of the YAML directive");
			const major = parseInt(match[1], 10);
			const minor = parseInt(match[2], 10);
			if (major !== 1) throwError(state, "unacceptable YAML version of the document");
			state.version = args[0];
			state.checkLineBreaks = minor < 2;
			if (minor !== 1 && minor !== 2) throwWarning(state, "unsupported YAML version of the document");
		},
		TAG: function handleTagDirective(state, name, args) {
			let prefix;
			if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
			const handle = args[0];
			prefix = args[1];
			if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
			if (_hasOwnProperty.call(state.tagMap, handle)) throwError(state, "there is a previously declared suffix for \"" + handle + "\" tag handle");
			if (!PATTERN_TAG_URI.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
			try {
				prefix = decodeURIComponent(prefix);
			} catch (err) {
				throwError(state, "tag prefix is malformed: " + prefix);
			}
			state.tagMap[handle] = prefix;
		}
	};
	function captureSegment(state, start, end, checkJson) {
		if (start < end) {
			const _result = state.input.slice(start, end);
			if (checkJson) for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
				const _character = _result.charCodeAt(_position);
				if (!(_character === 9 || _character >= 32 && _character <= 1114111)) throwError(state, "expected valid JSON character");
			}
			else if (PATTERN_NON_PRINTABLE.test(_result)) throwError(state, "the stream contains non-printable characters");
			state.result += _result;
		}
	}
	function chargeMergeWork(state) {
		state.totalMergeKeys++;
		if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
	}
	function mergeMappings(state, destination, source, overridableKeys) {
		if (!common.isObject(source)) throwError(state, "cannot merge mappings; the provided source object is unacceptable");
		chargeMergeWork(state);
		const sourceKeys = Object.keys(source);
		for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
			const key = sourceKeys[index];
			chargeMergeWork(state);
			if (!_hasOwnProperty.call(destination, key)) {
				setProperty(destination, key, source[key]);
				overridableKeys[key] = true;
			}
		}
	}
	function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
		if (Array.isArray(keyNode)) {
			keyNode = Array.prototype.slice.call(keyNode);
			for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
				if (Array.isArray(keyNode[index])) throwError(state, "nested arrays are not supported inside keys");
				if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") keyNode[index] = "[object Object]";
			}
		}
		if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") keyNode = "[object Object]";
		keyNode = String(keyNode);
		if (_result === null) _result = {};
		if (keyTag === "tag:yaml.org,2002:merge") {
			if (Array.isArray(valueNode)) {
				if (valueNode.length > 100) throwError(state, "abnormal merge sequence size");
				for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) mergeMappings(state, _result, valueNode[index], overridableKeys);
			} else mergeMappings(state, _result, valueNode, overridableKeys);
		} else {
			if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
				state.line = startLine || state.line;
				state.lineStart = startLineStart || state.lineStart;
				state.position = startPos || state.position;
				throwError(state, "duplicated mapping key");
			}
			setProperty(_result, keyNode, valueNode);
			delete overridableKeys[keyNode];
		}
		return _result;
	}
	function readLineBreak(state) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 10) state.position++;
		else if (ch === 13) {
			state.position++;
			if (state.input.charCodeAt(state.position) === 10) state.position++;
		} else throwError(state, "a line break is expected");
		state.line += 1;
		state.lineStart = state.position;
		state.firstTabInLine = -1;
	}
	function skipSeparationSpace(state, allowComments, checkIndent) {
		let lineBreaks = 0;
		let ch = state.input.charCodeAt(state.position);
		while (ch !== 0) {
			while (isWhiteSpace(ch)) {
				if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
				ch = state.input.charCodeAt(++state.position);
			}
			if (allowComments && ch === 35) do
				ch = state.input.charCodeAt(++state.position);
			while (ch !== 10 && ch !== 13 && ch !== 0);
			if (isEol(ch)) {
				readLineBreak(state);
				ch = state.input.charCodeAt(state.position);
				lineBreaks++;
				state.lineIndent = 0;
				while (ch === 32) {
					state.lineIndent++;
					ch = state.input.charCodeAt(++state.position);
				}
			} else break;
		}
		if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) throwWarning(state, "deficient indentation");
		return lineBreaks;
	}
	function testDocumentSeparator(state) {
		let _position = state.position;
		let ch = state.input.charCodeAt(_position);
		if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
			_position += 3;
			ch = state.input.charCodeAt(_position);
			if (ch === 0 || isWsOrEol(ch)) return true;
		}
		return false;
	}
	function writeFoldedLines(state, count) {
		if (count === 1) state.result += " ";
		else if (count > 1) state.result += common.repeat("\n", count - 1);
	}
	function readPlainScalar(state, nodeIndent, withinFlowCollection) {
		let captureStart;
		let captureEnd;
		let hasPendingContent;
		let _line;
		let _lineStart;
		let _lineIndent;
		const _kind = state.kind;
		const _result = state.result;
		let ch = state.input.charCodeAt(state.position);
		if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) return false;
		if (ch === 63 || ch === 45) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) return false;
		}
		state.kind = "scalar";
		state.result = "";
		captureStart = captureEnd = state.position;
		hasPendingContent = false;
		while (ch !== 0) {
			if (ch === 58) {
				const following = state.input.charCodeAt(state.position + 1);
				if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) break;
			} else if (ch === 35) {
				if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
			} else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) break;
			else if (isEol(ch)) {
				_line = state.line;
				_lineStart = state.lineStart;
				_lineIndent = state.lineIndent;
				skipSeparationSpace(state, false, -1);
				if (state.lineIndent >= nodeIndent) {
					hasPendingContent = true;
					ch = state.input.charCodeAt(state.position);
					continue;
				} else {
					state.position = captureEnd;
					state.line = _line;
					state.lineStart = _lineStart;
					state.lineIndent = _lineIndent;
					break;
				}
			}
			if (hasPendingContent) {
				captureSegment(state, captureStart, captureEnd, false);
				writeFoldedLines(state, state.line - _line);
				captureStart = captureEnd = state.position;
				hasPendingContent = false;
			}
			if (!isWhiteSpace(ch)) captureEnd = state.position + 1;
			ch = state.input.charCodeAt(++state.position);
		}
		captureSegment(state, captureStart, captureEnd, false);
		if (state.result) return true;
		state.kind = _kind;
		state.result = _result;
		return false;
	}
	function readSingleQuotedScalar(state, nodeIndent) {
		let captureStart;
		let captureEnd;
		let ch = state.input.charCodeAt(state.position);
		if (ch !== 39) return false;
		state.kind = "scalar";
		state.result = "";
		state.position++;
		captureStart = captureEnd = state.position;
		while ((ch = state.input.charCodeAt(state.position)) !== 0) if (ch === 39) {
			captureSegment(state, captureStart, state.position, true);
			ch = state.input.charCodeAt(++state.position);
			if (ch === 39) {
				captureStart = state.position;
				state.position++;
				captureEnd = state.position;
			} else return true;
		} else if (isEol(ch)) {
			captureSegment(state, captureStart, captureEnd, true);
			writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
			captureStart = captureEnd = state.position;
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else {
			state.position++;
			if (!isWhiteSpace(ch)) captureEnd = state.position;
		}
		throwError(state, "unexpected end of the stream within a single quoted scalar");
	}
	function readDoubleQuotedScalar(state, nodeIndent) {
		let captureStart;
		let captureEnd;
		let tmp;
		let ch = state.input.charCodeAt(state.position);
		if (ch !== 34) return false;
		state.kind = "scalar";
		state.result = "";
		state.position++;
		captureStart = captureEnd = state.position;
		while ((ch = state.input.charCodeAt(state.position)) !== 0) if (ch === 34) {
			captureSegment(state, captureStart, state.position, true);
			state.position++;
			return true;
		} else if (ch === 92) {
			captureSegment(state, captureStart, state.position, true);
			ch = state.input.charCodeAt(++state.position);
			if (isEol(ch)) skipSeparationSpace(state, false, nodeIndent);
			else if (ch < 256 && simpleEscapeCheck[ch]) {
				state.result += simpleEscapeMap[ch];
				state.position++;
			} else if ((tmp = escapedHexLen(ch)) > 0) {
				let hexLength = tmp;
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					ch = state.input.charCodeAt(++state.position);
					if ((tmp = fromHexCode(ch)) >= 0) hexResult = (hexResult << 4) + tmp;
					else throwError(state, "expected hexadecimal character");
				}
				state.result += charFromCodepoint(hexResult);
				state.position++;
			} else throwError(state, "unknown escape sequence");
			captureStart = captureEnd = state.position;
		} else if (isEol(ch)) {
			captureSegment(state, captureStart, captureEnd, true);
			writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
			captureStart = captureEnd = state.position;
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else {
			state.position++;
			if (!isWhiteSpace(ch)) captureEnd = state.position;
		}
		throwError(state, "unexpected end of the stream within a double quoted scalar");
	}
	function readFlowCollection(state, nodeIndent) {
		let readNext = true;
		let _line;
		let _lineStart;
		let _pos;
		const _tag = state.tag;
		let _result;
		const _anchor = state.anchor;
		let terminator;
		let isPair;
		let isExplicitPair;
		let isMapping;
		const overridableKeys = Object.create(null);
		let keyNode;
		let keyTag;
		let valueNode;
		let ch = state.input.charCodeAt(state.position);
		if (ch === 91) {
			terminator = 93;
			isMapping = false;
			_result = [];
		} else if (ch === 123) {
			terminator = 125;
			isMapping = true;
			_result = {};
		} else return false;
		if (state.anchor !== null) storeAnchor(state, state.anchor, _result);
		ch = state.input.charCodeAt(++state.position);
		while (ch !== 0) {
			skipSeparationSpace(state, true, nodeIndent);
			ch = state.input.charCodeAt(state.position);
			if (ch === terminator) {
				state.position++;
				state.tag = _tag;
				state.anchor = _anchor;
				state.kind = isMapping ? "mapping" : "sequence";
				state.result = _result;
				return true;
			} else if (!readNext) throwError(state, "missed comma between flow collection entries");
			else if (ch === 44) throwError(state, "expected the node content, but found ','");
			keyTag = keyNode = valueNode = null;
			isPair = isExplicitPair = false;
			if (ch === 63) {
				if (isWsOrEol(state.input.charCodeAt(state.position + 1))) {
					isPair = isExplicitPair = true;
					state.position++;
					skipSeparationSpace(state, true, nodeIndent);
				}
			}
			_line = state.line;
			_lineStart = state.lineStart;
			_pos = state.position;
			composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
			keyTag = state.tag;
			keyNode = state.result;
			skipSeparationSpace(state, true, nodeIndent);
			ch = state.input.charCodeAt(state.position);
			if ((isExplicitPair || state.line === _line) && ch === 58) {
				isPair = true;
				ch = state.input.charCodeAt(++state.position);
				skipSeparationSpace(state, true, nodeIndent);
				composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
				valueNode = state.result;
			}
			if (isMapping) storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
			else if (isPair) _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
			else _result.push(keyNode);
			skipSeparationSpace(state, true, nodeIndent);
			ch = state.input.charCodeAt(state.position);
			if (ch === 44) {
				readNext = true;
				ch = state.input.charCodeAt(++state.position);
			} else readNext = false;
		}
		throwError(state, "unexpected end of the stream within a flow collection");
	}
	function readBlockScalar(state, nodeIndent) {
		let folding;
		let chomping = CHOMPING_CLIP;
		let didReadContent = false;
		let detectedIndent = false;
		let textIndent = nodeIndent;
		let emptyLines = 0;
		let atMoreIndented = false;
		let tmp;
		let ch = state.input.charCodeAt(state.position);
		if (ch === 124) folding = false;
		else if (ch === 62) folding = true;
		else return false;
		state.kind = "scalar";
		state.result = "";
		while (ch !== 0) {
			ch = state.input.charCodeAt(++state.position);
			if (ch === 43 || ch === 45) {
				if (CHOMPING_CLIP === chomping) chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
				else throwError(state, "repeat of a chomping mode identifier");
			} else if ((tmp = fromDecimalCode(ch)) >= 0) {
				if (tmp === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
				else if (!detectedIndent) {
					textIndent = nodeIndent + tmp - 1;
					detectedIndent = true;
				} else throwError(state, "repeat of an indentation width identifier");
			} else break;
		}
		if (isWhiteSpace(ch)) {
			do
				ch = state.input.charCodeAt(++state.position);
			while (isWhiteSpace(ch));
			if (ch === 35) do
				ch = state.input.charCodeAt(++state.position);
			while (!isEol(ch) && ch !== 0);
		}
		while (ch !== 0) {
			readLineBreak(state);
			state.lineIndent = 0;
			ch = state.input.charCodeAt(state.position);
			while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
				state.lineIndent++;
				ch = state.input.charCodeAt(++state.position);
			}
			if (!detectedIndent && state.lineIndent > textIndent) textIndent = state.lineIndent;
			if (isEol(ch)) {
				emptyLines++;
				continue;
			}
			if (!detectedIndent && textIndent === 0) throwError(state, "missing indentation for block scalar");
			if (state.lineIndent < textIndent) {
				if (chomping === CHOMPING_KEEP) state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
				else if (chomping === CHOMPING_CLIP) {
					if (didReadContent) state.result += "\n";
				}
				break;
			}
			if (folding) {
				if (isWhiteSpace(ch)) {
					atMoreIndented = true;
					state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
				} else if (atMoreIndented) {
					atMoreIndented = false;
					state.result += common.repeat("\n", emptyLines + 1);
				} else if (emptyLines === 0) {
					if (didReadContent) state.result += " ";
				} else state.result += common.repeat("\n", emptyLines);
			} else state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
			didReadContent = true;
			detectedIndent = true;
			emptyLines = 0;
			const captureStart = state.position;
			while (!isEol(ch) && ch !== 0) ch = state.input.charCodeAt(++state.position);
			captureSegment(state, captureStart, state.position, false);
		}
		return true;
	}
	function readBlockSequence(state, nodeIndent) {
		const _tag = state.tag;
		const _anchor = state.anchor;
		const _result = [];
		let detected = false;
		if (state.firstTabInLine !== -1) return false;
		if (state.anchor !== null) storeAnchor(state, state.anchor, _result);
		let ch = state.input.charCodeAt(state.position);
		while (ch !== 0) {
			if (state.firstTabInLine !== -1) {
				state.position = state.firstTabInLine;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (ch !== 45) break;
			if (!isWsOrEol(state.input.charCodeAt(state.position + 1))) break;
			detected = true;
			state.position++;
			if (skipSeparationSpace(state, true, -1)) {
				if (state.lineIndent <= nodeIndent) {
					_result.push(null);
					ch = state.input.charCodeAt(state.position);
					continue;
				}
			}
			const _line = state.line;
			composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
			_result.push(state.result);
			skipSeparationSpace(state, true, -1);
			ch = state.input.charCodeAt(state.position);
			if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a sequence entry");
			else if (state.lineIndent < nodeIndent) break;
		}
		if (detected) {
			state.tag = _tag;
			state.anchor = _anchor;
			state.kind = "sequence";
			state.result = _result;
			return true;
		}
		return false;
	}
	function readBlockMapping(state, nodeIndent, flowIndent) {
		let allowCompact;
		let _keyLine;
		let _keyLineStart;
		let _keyPos;
		const _tag = state.tag;
		const _anchor = state.anchor;
		const _result = {};
		const overridableKeys = Object.create(null);
		let keyTag = null;
		let keyNode = null;
		let valueNode = null;
		let atExplicitKey = false;
		let detected = false;
		if (state.firstTabInLine !== -1) return false;
		if (state.anchor !== null) storeAnchor(state, state.anchor, _result);
		let ch = state.input.charCodeAt(state.position);
		while (ch !== 0) {
			if (!atExplicitKey && state.firstTabInLine !== -1) {
				state.position = state.firstTabInLine;
				throwError(state, "tab characters must not be used in indentation");
			}
			const following = state.input.charCodeAt(state.position + 1);
			const _line = state.line;
			if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
				if (ch === 63) {
					if (atExplicitKey) {
						storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
						keyTag = keyNode = valueNode = null;
					}
					detected = true;
					atExplicitKey = true;
					allowCompact = true;
				} else if (atExplicitKey) {
					atExplicitKey = false;
					allowCompact = true;
				} else throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
				state.position += 1;
				ch = following;
			} else {
				_keyLine = state.line;
				_keyLineStart = state.lineStart;
				_keyPos = state.position;
				if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
				if (state.line === _line) {
					ch = state.input.charCodeAt(state.position);
					while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
					if (ch === 58) {
						ch = state.input.charCodeAt(++state.position);
						if (!isWsOrEol(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
						if (atExplicitKey) {
							storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
							keyTag = keyNode = valueNode = null;
						}
						detected = true;
						atExplicitKey = false;
						allowCompact = false;
						keyTag = state.tag;
						keyNode = state.result;
					} else if (detected) throwError(state, "can not read an implicit mapping pair; a colon is missed");
					else {
						state.tag = _tag;
						state.anchor = _anchor;
						return true;
					}
				} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
				else {
					state.tag = _tag;
					state.anchor = _anchor;
					return true;
				}
			}
			if (state.line === _line || state.lineIndent > nodeIndent) {
				if (atExplicitKey) {
					_keyLine = state.line;
					_keyLineStart = state.lineStart;
					_keyPos = state.position;
				}
				if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
					if (atExplicitKey) keyNode = state.result;
					else valueNode = state.result;
				}
				if (!atExplicitKey) {
					storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
					keyTag = keyNode = valueNode = null;
				}
				skipSeparationSpace(state, true, -1);
				ch = state.input.charCodeAt(state.position);
			}
			if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
			else if (state.lineIndent < nodeIndent) break;
		}
		if (atExplicitKey) storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
		if (detected) {
			state.tag = _tag;
			state.anchor = _anchor;
			state.kind = "mapping";
			state.result = _result;
		}
		return detected;
	}
	function readTagProperty(state) {
		let isVerbatim = false;
		let isNamed = false;
		let tagHandle;
		let tagName;
		let ch = state.input.charCodeAt(state.position);
		if (ch !== 33) return false;
		if (state.tag !== null) throwError(state, "duplication of a tag property");
		ch = state.input.charCodeAt(++state.position);
		if (ch === 60) {
			isVerbatim = true;
			ch = state.input.charCodeAt(++state.position);
		} else if (ch === 33) {
			isNamed = true;
			tagHandle = "!!";
			ch = state.input.charCodeAt(++state.position);
		} else tagHandle = "!";
		let _position = state.position;
		if (isVerbatim) {
			do
				ch = state.input.charCodeAt(++state.position);
			while (ch !== 0 && ch !== 62);
			if (state.position < state.length) {
				tagName = state.input.slice(_position, state.position);
				ch = state.input.charCodeAt(++state.position);
			} else throwError(state, "unexpected end of the stream within a verbatim tag");
		} else {
			while (ch !== 0 && !isWsOrEol(ch)) {
				if (ch === 33) {
					if (!isNamed) {
						tagHandle = state.input.slice(_position - 1, state.position + 1);
						if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
						isNamed = true;
						_position = state.position + 1;
					} else throwError(state, "tag suffix cannot contain exclamation marks");
				}
				ch = state.input.charCodeAt(++state.position);
			}
			tagName = state.input.slice(_position, state.position);
			if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
		}
		if (tagName && !PATTERN_TAG_URI.test(tagName)) throwError(state, "tag name cannot contain such characters: " + tagName);
		try {
			tagName = decodeURIComponent(tagName);
		} catch (err) {
			throwError(state, "tag name is malformed: " + tagName);
		}
		if (isVerbatim) state.tag = tagName;
		else if (_hasOwnProperty.call(state.tagMap, tagHandle)) state.tag = state.tagMap[tagHandle] + tagName;
		else if (tagHandle === "!") state.tag = "!" + tagName;
		else if (tagHandle === "!!") state.tag = "tag:yaml.org,2002:" + tagName;
		else throwError(state, "undeclared tag handle \"" + tagHandle + "\"");
		return true;
	}
	function readAnchorProperty(state) {
		let ch = state.input.charCodeAt(state.position);
		if (ch !== 38) return false;
		if (state.anchor !== null) throwError(state, "duplication of an anchor property");
		ch = state.input.charCodeAt(++state.position);
		const _position = state.position;
		while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) ch = state.input.charCodeAt(++state.position);
		if (state.position === _position) throwError(state, "name of an anchor node must contain at least one character");
		state.anchor = state.input.slice(_position, state.position);
		return true;
	}
	function readAlias(state) {
		let ch = state.input.charCodeAt(state.position);
		if (ch !== 42) return false;
		ch = state.input.charCodeAt(++state.position);
		const _position = state.position;
		while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) ch = state.input.charCodeAt(++state.position);
		if (state.position === _position) throwError(state, "name of an alias node must contain at least one character");
		const alias = state.input.slice(_position, state.position);
		if (!_hasOwnProperty.call(state.anchorMap, alias)) throwError(state, "unidentified alias \"" + alias + "\"");
		state.result = state.anchorMap[alias];
		skipSeparationSpace(state, true, -1);
		return true;
	}
	function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
		const fallbackState = snapshotState(state);
		beginAnchorTransaction(state);
		restoreState(state, propertyStart);
		state.tag = null;
		state.anchor = null;
		state.kind = null;
		state.result = null;
		if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
			commitAnchorTransaction(state);
			return true;
		}
		rollbackAnchorTransaction(state);
		restoreState(state, fallbackState);
		return false;
	}
	function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
		let allowBlockScalars;
		let allowBlockCollections;
		let indentStatus = 1;
		let atNewLine = false;
		let hasContent = false;
		let propertyStart = null;
		let type;
		let flowIndent;
		let blockIndent;
		if (state.depth >= state.maxDepth) throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
		state.depth += 1;
		if (state.listener !== null) state.listener("open", state);
		state.tag = null;
		state.anchor = null;
		state.kind = null;
		state.result = null;
		const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
		if (allowToSeek) {
			if (skipSeparationSpace(state, true, -1)) {
				atNewLine = true;
				if (state.lineIndent > parentIndent) indentStatus = 1;
				else if (state.lineIndent === parentIndent) indentStatus = 0;
				else if (state.lineIndent < parentIndent) indentStatus = -1;
			}
		}
		if (indentStatus === 1) while (true) {
			const ch = state.input.charCodeAt(state.position);
			const propertyState = snapshotState(state);
			if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) break;
			if (!readTagProperty(state) && !readAnchorProperty(state)) break;
			if (propertyStart === null) propertyStart = propertyState;
			if (skipSeparationSpace(state, true, -1)) {
				atNewLine = true;
				allowBlockCollections = allowBlockStyles;
				if (state.lineIndent > parentIndent) indentStatus = 1;
				else if (state.lineIndent === parentIndent) indentStatus = 0;
				else if (state.lineIndent < parentIndent) indentStatus = -1;
			} else allowBlockCollections = false;
		}
		if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
		if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
			if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) flowIndent = parentIndent;
			else flowIndent = parentIndent + 1;
			blockIndent = state.position - state.lineStart;
			if (indentStatus === 1) {
				if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) hasContent = true;
				else {
					const ch = state.input.charCodeAt(state.position);
					if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(state, propertyStart, propertyStart.position - propertyStart.lineStart, flowIndent)) hasContent = true;
					else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) hasContent = true;
					else if (readAlias(state)) {
						hasContent = true;
						if (state.tag !== null || state.anchor !== null) throwError(state, "alias node should not have any properties");
					} else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
						hasContent = true;
						if (state.tag === null) state.tag = "?";
					}
					if (state.anchor !== null) storeAnchor(state, state.anchor, state.result);
				}
			} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
		}
		if (state.tag === null) {
			if (state.anchor !== null) storeAnchor(state, state.anchor, state.result);
		} else if (state.tag === "?") {
			if (state.result !== null && state.kind !== "scalar") throwError(state, "unacceptable node kind for !<?> tag; it should be \"scalar\", not \"" + state.kind + "\"");
			for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
				type = state.implicitTypes[typeIndex];
				if (type.resolve(state.result)) {
					state.result = type.construct(state.result);
					state.tag = type.tag;
					if (state.anchor !== null) storeAnchor(state, state.anchor, state.result);
					break;
				}
			}
		} else if (state.tag !== "!") {
			if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) type = state.typeMap[state.kind || "fallback"][state.tag];
			else {
				type = null;
				const typeList = state.typeMap.multi[state.kind || "fallback"];
				for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
					type = typeList[typeIndex];
					break;
				}
			}
			if (!type) throwError(state, "unknown tag !<" + state.tag + ">");
			if (state.result !== null && type.kind !== state.kind) throwError(state, "unacceptable node kind for !<" + state.tag + "> tag; it should be \"" + type.kind + "\", not \"" + state.kind + "\"");
			if (!type.resolve(state.result, state.tag)) throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
			else {
				state.result = type.construct(state.result, state.tag);
				if (state.anchor !== null) storeAnchor(state, state.anchor, state.result);
			}
		}
		if (state.listener !== null) state.listener("close", state);
		state.depth -= 1;
		return state.tag !== null || state.anchor !== null || hasContent;
	}
	function readDocument(state) {
		const documentStart = state.position;
		let hasDirectives = false;
		let ch;
		state.version = null;
		state.checkLineBreaks = state.legacy;
		state.tagMap = Object.create(null);
		state.anchorMap = Object.create(null);
		while ((ch = state.input.charCodeAt(state.position)) !== 0) {
			skipSeparationSpace(state, true, -1);
			ch = state.input.charCodeAt(state.position);
			if (state.lineIndent > 0 || ch !== 37) break;
			hasDirectives = true;
			ch = state.input.charCodeAt(++state.position);
			let _position = state.position;
			while (ch !== 0 && !isWsOrEol(ch)) ch = state.input.charCodeAt(++state.position);
			const directiveName = state.input.slice(_position, state.position);
			const directiveArgs = [];
			if (directiveName.length < 1) throwError(state, "directive name must not be less than one character in length");
			while (ch !== 0) {
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 35) {
					do
						ch = state.input.charCodeAt(++state.position);
					while (ch !== 0 && !isEol(ch));
					break;
				}
				if (isEol(ch)) break;
				_position = state.position;
				while (ch !== 0 && !isWsOrEol(ch)) ch = state.input.charCodeAt(++state.position);
				directiveArgs.push(state.input.slice(_position, state.position));
			}
			if (ch !== 0) readLineBreak(state);
			if (_hasOwnProperty.call(directiveHandlers, directiveName)) directiveHandlers[directiveName](state, directiveName, directiveArgs);
			else throwWarning(state, "unknown document directive \"" + directiveName + "\"");
		}
		skipSeparationSpace(state, true, -1);
		if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
			state.position += 3;
			skipSeparationSpace(state, true, -1);
		} else if (hasDirectives) throwError(state, "directives end mark is expected");
		composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
		skipSeparationSpace(state, true, -1);
		if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) throwWarning(state, "non-ASCII line breaks are interpreted as content");
		state.documents.push(state.result);
		if (state.position === state.lineStart && testDocumentSeparator(state)) {
			if (state.input.charCodeAt(state.position) === 46) {
				state.position += 3;
				skipSeparationSpace(state, true, -1);
			}
			return;
		}
		if (state.position < state.length - 1) throwError(state, "end of the stream or a document separator is expected");
	}
	function loadDocuments(input, options) {
		input = String(input);
		options = options || {};
		if (input.length !== 0) {
			if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) input += "\n";
			if (input.charCodeAt(0) === 65279) input = input.slice(1);
		}
		const state = new State(input, options);
		const nullpos = input.indexOf("\0");
		if (nullpos !== -1) {
			state.position = nullpos;
			throwError(state, "null byte is not allowed in input");
		}
		state.input += "\0";
		while (state.input.charCodeAt(state.position) === 32) {
			state.lineIndent += 1;
			state.position += 1;
		}
		while (state.position < state.length - 1) readDocument(state);
		return state.documents;
	}
	function loadAll(input, iterator, options) {
		if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
			options = iterator;
			iterator = null;
		}
		const documents = loadDocuments(input, options);
		if (typeof iterator !== "function") return documents;
		for (let index = 0, length = documents.length; index < length; index += 1) iterator(documents[index]);
	}
	function load(input, options) {
		const documents = loadDocuments(input, options);
		if (documents.length === 0) return;
		else if (documents.length === 1) return documents[0];
		throw new YAMLException("expected a single document in the stream, but found more");
	}
	module.exports.loadAll = loadAll;
	module.exports.load = load;
}));
// node_modules/js-yaml/lib/dumper.js
var require_dumper = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const common = require_common();
	const YAMLException = require_exception();
	const DEFAULT_SCHEMA = require_default();
	const _toString = Object.prototype.toString;
	const _hasOwnProperty = Object.prototype.hasOwnProperty;
	const CHAR_BOM = 65279;
	const CHAR_TAB = 9;
	const CHAR_LINE_FEED = 10;
	const CHAR_CARRIAGE_RETURN = 13;
	const CHAR_SPACE = 32;
	const CHAR_EXCLAMATION = 33;
	const CHAR_DOUBLE_QUOTE = 34;
	const CHAR_SHARP = 35;
	const CHAR_PERCENT = 37;
	const CHAR_AMPERSAND = 38;
	const CHAR_SINGLE_QUOTE = 39;
	const CHAR_ASTERISK = 42;
	const CHAR_COMMA = 44;
	const CHAR_MINUS = 45;
	const CHAR_COLON = 58;
	const CHAR_EQUALS = 61;
	const CHAR_GREATER_THAN = 62;
	const CHAR_QUESTION = 63;
	const CHAR_COMMERCIAL_AT = 64;
	const CHAR_LEFT_SQUARE_BRACKET = 91;
	const CHAR_RIGHT_SQUARE_BRACKET = 93;
	const CHAR_GRAVE_ACCENT = 96;
	const CHAR_LEFT_CURLY_BRACKET = 123;
	const CHAR_VERTICAL_LINE = 124;
	const CHAR_RIGHT_CURLY_BRACKET = 125;
	const ESCAPE_SEQUENCES = {};
	ESCAPE_SEQUENCES[0] = "\\0";
	ESCAPE_SEQUENCES[7] = "\\a";
	ESCAPE_SEQUENCES[8] = "\\b";
	ESCAPE_SEQUENCES[9] = "\\t";
	ESCAPE_SEQUENCES[10] = "\\n";
	ESCAPE_SEQUENCES[11] = "\\v";
	ESCAPE_SEQUENCES[12] = "\\f";
	ESCAPE_SEQUENCES[13] = "\\r";
	ESCAPE_SEQUENCES[27] = "\\e";
	ESCAPE_SEQUENCES[34] = "\\\"";
	ESCAPE_SEQUENCES[92] = "\\\\";
	ESCAPE_SEQUENCES[133] = "\\N";
	ESCAPE_SEQUENCES[160] = "\\_";
	ESCAPE_SEQUENCES[8232] = "\\L";
	ESCAPE_SEQUENCES[8233] = "\\P";
	const DEPRECATED_BOOLEANS_SYNTAX = [
		"y",
		"Y",
		"yes",
		"Yes",
		"YES",
		"on",
		"On",
		"ON",
		"n",
		"N",
		"no",
		"No",
		"NO",
		"off",
		"Off",
		"OFF"
	];
	const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
	function compileStyleMap(schema, map) {
		if (map === null) return {};
		const result = {};
		const keys = Object.keys(map);
		for (let index = 0, length = keys.length; index < length; index += 1) {
			let tag = keys[index];
			let style = String(map[tag]);
			if (tag.slice(0, 2) === "!!") tag = "tag:yaml.org,2002:" + tag.slice(2);
			const type = schema.compiledTypeMap["fallback"][tag];
			if (type && _hasOwnProperty.call(type.styleAliases, style)) style = type.styleAliases[style];
			result[tag] = style;
		}
		return result;
	}
	function encodeHex(character) {
		let handle;
		let length;
		const string = character.toString(16).toUpperCase();
		if (character <= 255) {
			handle = "x";
			length = 2;
		} else if (character <= 65535) {
			handle = "u";
			length = 4;
		} else if (character <= 4294967295) {
			handle = "U";
			length = 8;
		} else throw new YAMLException("code point within a string may not be greater than 0xFFFFFFFF");
		return "\\" + handle + common.repeat("0", length - string.length) + string;
	}
	const QUOTING_TYPE_SINGLE = 1;
	const QUOTING_TYPE_DOUBLE = 2;
	function State(options) {
		this.schema = options["schema"] || DEFAULT_SCHEMA;
		this.indent = Math.max(1, options["indent"] || 2);
		this.noArrayIndent = options["noArrayIndent"] || false;
		this.skipInvalid = options["skipInvalid"] || false;
		this.flowLevel = common.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
		this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
		this.sortKeys = options["sortKeys"] || false;
		this.lineWidth = options["lineWidth"] || 80;
		this.noRefs = options["noRefs"] || false;
		this.noCompatMode = options["noCompatMode"] || false;
		this.condenseFlow = options["condenseFlow"] || false;
		this.quotingType = options["quotingType"] === "\"" ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
		this.forceQuotes = options["forceQuotes"] || false;
		this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
		this.implicitTypes = this.schema.compiledImplicit;
		this.explicitTypes = this.schema.compiledExplicit;
		this.tag = null;
		this.result = "";
		this.duplicates = [];
		this.usedDuplicates = null;
	}
	function indentString(string, spaces) {
		const ind = common.repeat(" ", spaces);
		let position = 0;
		let result = "";
		const length = string.length;
		while (position < length) {
			let line;
			const next = string.indexOf("\n", position);
			if (next === -1) {
				line = string.slice(position);
				position = length;
			} else {
				line = string.slice(position, next + 1);
				position = next + 1;
			}
			if (line.length && line !== "\n") result += ind;
			result += line;
		}
		return result;
	}
	function generateNextLine(state, level) {
		return "\n" + common.repeat(" ", state.indent * level);
	}
	function testImplicitResolving(state, str) {
		for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) if (state.implicitTypes[index].resolve(str)) return true;
		return false;
	}
	function isWhitespace(c) {
		return c === CHAR_SPACE || c === CHAR_TAB;
	}
	function isPrintable(c) {
		return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
	}
	function isNsCharOrWhitespace(c) {
		return isPrintable(c) && c !== CHAR_BOM && c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
	}
	function isPlainSafe(c, prev, inblock) {
		const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
		const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
		return (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && c !== CHAR_SHARP && !(prev === CHAR_COLON && !cIsNsChar) || isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || prev === CHAR_COLON && cIsNsChar;
	}
	function isPlainSafeFirst(c) {
		return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
	}
	function isPlainSafeLast(c) {
		return !isWhitespace(c) && c !== CHAR_COLON;
	}
	function codePointAt(string, pos) {
		const first = string.charCodeAt(pos);
		let second;
		if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
			second = string.charCodeAt(pos + 1);
			if (second >= 56320 && second <= 57343) return (first - 55296) * 1024 + second - 56320 + 65536;
		}
		return first;
	}
	function needIndentIndicator(string) {
		return /^\n* /.test(string);
	}
	const STYLE_PLAIN = 1;
	const STYLE_SINGLE = 2;
	const STYLE_LITERAL = 3;
	const STYLE_FOLDED = 4;
	const STYLE_DOUBLE = 5;
	function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
		let i;
		let char = 0;
		let prevChar = null;
		let hasLineBreak = false;
		let hasFoldableLine = false;
		const shouldTrackWidth = lineWidth !== -1;
		let previousLineBreak = -1;
		let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
		if (singleLineOnly || forceQuotes) for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
			char = codePointAt(string, i);
			if (!isPrintable(char)) return STYLE_DOUBLE;
			plain = plain && isPlainSafe(char, prevChar, inblock);
			prevChar = char;
		}
		else {
			for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
				char = codePointAt(string, i);
				if (char === CHAR_LINE_FEED) {
					hasLineBreak = true;
					if (shouldTrackWidth) {
						hasFoldableLine = hasFoldableLine || i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
						previousLineBreak = i;
					}
				} else if (!isPrintable(char)) return STYLE_DOUBLE;
				plain = plain && isPlainSafe(char, prevChar, inblock);
				prevChar = char;
			}
			hasFoldableLine = hasFoldableLine || shouldTrackWidth && i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
		}
		if (!hasLineBreak && !hasFoldableLine) {
			if (plain && !forceQuotes && !testAmbiguousType(string)) return STYLE_PLAIN;
			return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
		}
		if (indentPerLevel > 9 && needIndentIndicator(string)) return STYLE_DOUBLE;
		if (!forceQuotes) return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
		return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
	}
	function writeScalar(state, string, level, iskey, inblock) {
		state.dump = function() {
			if (string.length === 0) return state.quotingType === QUOTING_TYPE_DOUBLE ? "\"\"" : "''";
			if (!state.noCompatMode) {
				if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) return state.quotingType === QUOTING_TYPE_DOUBLE ? "\"" + string + "\"" : "'" + string + "'";
			}
			const indent = state.indent * Math.max(1, level);
			const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
			const singleLineOnly = iskey || state.flowLevel > -1 && level >= state.flowLevel;
			function testAmbiguity(string) {
				return testImplicitResolving(state, string);
			}
			switch (chooseScalarStyle(string, singleLineOnly, state.indent, lineWidth, testAmbiguity, state.quotingType, state.forceQuotes && !iskey, inblock)) {
				case STYLE_PLAIN: return string;
				case STYLE_SINGLE: return "'" + string.replace(/'/g, "''") + "'";
				case STYLE_LITERAL: return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
				case STYLE_FOLDED: return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
				case STYLE_DOUBLE: return "\"" + escapeString(string, lineWidth) + "\"";
				default: throw new YAMLException("impossible error: invalid scalar style");
			}
		}();
	}
	function blockHeader(string, indentPerLevel) {
		const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
		const clip = string[string.length - 1] === "\n";
		return indentIndicator + (clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-") + "\n";
	}
	function dropEndingNewline(string) {
		return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
	}
	function foldString(string, width) {
		const lineRe = /(\n+)([^\n]*)/g;
		let result = function() {
			let nextLF = string.indexOf("\n");
			nextLF = nextLF !== -1 ? nextLF : string.length;
			lineRe.lastIndex = nextLF;
			return foldLine(string.slice(0, nextLF), width);
		}();
		let prevMoreIndented = string[0] === "\n" || string[0] === " ";
		let moreIndented;
		let match;
		while (match = lineRe.exec(string)) {
			const prefix = match[1];
			const line = match[2];
			moreIndented = line[0] === " ";
			result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
			prevMoreIndented = moreIndented;
		}
		return result;
	}
	function foldLine(line, width) {
		if (line === "" || line[0] === " ") return line;
		const breakRe = / [^ ]/g;
		let match;
		let start = 0;
		let end;
		let curr = 0;
		let next = 0;
		let result = "";
		while (match = breakRe.exec(line)) {
			next = match.index;
			if (next - start > width) {
				end = curr > start ? curr : next;
				result += "\n" + line.slice(start, end);
				start = end + 1;
			}
			curr = next;
		}
		result += "\n";
		if (line.length - start > width && curr > start) result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
		else result += line.slice(start);
		return result.slice(1);
	}
	function escapeString(string) {
		let result = "";
		let char = 0;
		for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
			char = codePointAt(string, i);
			const escapeSeq = ESCAPE_SEQUENCES[char];
			if (!escapeSeq && isPrintable(char)) {
				result += string[i];
				if (char >= 65536) result += string[i + 1];
			} else result += escapeSeq || encodeHex(char);
		}
		return result;
	}
	function writeFlowSequence(state, level, object) {
		let _result = "";
		const _tag = state.tag;
		for (let index = 0, length = object.length; index < length; index += 1) {
			let value = object[index];
			if (state.replacer) value = state.replacer.call(object, String(index), value);
			if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
				if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
				_result += state.dump;
			}
		}
		state.tag = _tag;
		state.dump = "[" + _result + "]";
	}
	function writeBlockSequence(state, level, object, compact) {
		let _result = "";
		const _tag = state.tag;
		for (let index = 0, length = object.length; index < length; index += 1) {
			let value = object[index];
			if (state.replacer) value = state.replacer.call(object, String(index), value);
			if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
				if (!compact || _result !== "") _result += generateNextLine(state, level);
				if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) _result += "-";
				else _result += "- ";
				_result += state.dump;
			}
		}
		state.tag = _tag;
		state.dump = _result || "[]";
	}
	function writeFlowMapping(state, level, object) {
		let _result = "";
		const _tag = state.tag;
		const objectKeyList = Object.keys(object);
		for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
			let pairBuffer = "";
			if (_result !== "") pairBuffer += ", ";
			if (state.condenseFlow) pairBuffer += "\"";
			const objectKey = objectKeyList[index];
			let objectValue = object[objectKey];
			if (state.replacer) objectValue = state.replacer.call(object, objectKey, objectValue);
			if (!writeNode(state, level, objectKey, false, false)) continue;
			if (state.dump.length > 1024) pairBuffer += "? ";
			pairBuffer += state.dump + (state.condenseFlow ? "\"" : "") + ":" + (state.condenseFlow ? "" : " ");
			if (!writeNode(state, level, objectValue, false, false)) continue;
			pairBuffer += state.dump;
			_result += pairBuffer;
		}
		state.tag = _tag;
		state.dump = "{" + _result + "}";
	}
	function writeBlockMapping(state, level, object, compact) {
		let _result = "";
		const _tag = state.tag;
		const objectKeyList = Object.keys(object);
		if (state.sortKeys === true) objectKeyList.sort();
		else if (typeof state.sortKeys === "function") objectKeyList.sort(state.sortKeys);
		else if (state.sortKeys) throw new YAMLException("sortKeys must be a boolean or a function");
		for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
			let pairBuffer = "";
			if (!compact || _result !== "") pairBuffer += generateNextLine(state, level);
			const objectKey = objectKeyList[index];
			let objectValue = object[objectKey];
			if (state.replacer) objectValue = state.replacer.call(object, objectKey, objectValue);
			if (!writeNode(state, level + 1, objectKey, true, true, true)) continue;
			const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
			if (explicitPair) {
				if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) pairBuffer += "?";
				else pairBuffer += "? ";
			}
			pairBuffer += state.dump;
			if (explicitPair) pairBuffer += generateNextLine(state, level);
			if (!writeNode(state, level + 1, objectValue, true, explicitPair)) continue;
			if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) pairBuffer += ":";
			else pairBuffer += ": ";
			pairBuffer += state.dump;
			_result += pairBuffer;
		}
		state.tag = _tag;
		state.dump = _result || "{}";
	}
	function detectType(state, object, explicit) {
		const typeList = explicit ? state.explicitTypes : state.implicitTypes;
		for (let index = 0, length = typeList.length; index < length; index += 1) {
			const type = typeList[index];
			if ((type.instanceOf || type.predicate) && (!type.instanceOf || typeof object === "object" && object instanceof type.instanceOf) && (!type.predicate || type.predicate(object))) {
				if (explicit) {
					if (type.multi && type.representName) state.tag = type.representName(object);
					else state.tag = type.tag;
				} else state.tag = "?";
				if (type.represent) {
					const style = state.styleMap[type.tag] || type.defaultStyle;
					let _result;
					if (_toString.call(type.represent) === "[object Function]") _result = type.represent(object, style);
					else if (_hasOwnProperty.call(type.represent, style)) _result = type.represent[style](object, style);
					else throw new YAMLException("!<" + type.tag + "> tag resolver accepts not \"" + style + "\" style");
					state.dump = _result;
				}
				return true;
			}
		}
		return false;
	}
	function writeNode(state, level, object, block, compact, iskey, isblockseq) {
		state.tag = null;
		state.dump = object;
		if (!detectType(state, object, false)) detectType(state, object, true);
		const type = _toString.call(state.dump);
		const inblock = block;
		if (block) block = state.flowLevel < 0 || state.flowLevel > level;
		const objectOrArray = type === "[object Object]" || type === "[object Array]";
		let duplicateIndex;
		let duplicate;
		if (objectOrArray) {
			duplicateIndex = state.duplicates.indexOf(object);
			duplicate = duplicateIndex !== -1;
		}
		if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) compact = false;
		if (duplicate && state.usedDuplicates[duplicateIndex]) state.dump = "*ref_" + duplicateIndex;
		else {
			if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) state.usedDuplicates[duplicateIndex] = true;
			if (type === "[object Object]") {
				if (block && Object.keys(state.dump).length !== 0) {
					writeBlockMapping(state, level, state.dump, compact);
					if (duplicate) state.dump = "&ref_" + duplicateIndex + state.dump;
				} else {
					writeFlowMapping(state, level, state.dump);
					if (duplicate) state.dump = "&ref_" + duplicateIndex + " " + state.dump;
				}
			} else if (type === "[object Array]") {
				if (block && state.dump.length !== 0) {
					if (state.noArrayIndent && !isblockseq && level > 0) writeBlockSequence(state, level - 1, state.dump, compact);
					else writeBlockSequence(state, level, state.dump, compact);
					if (duplicate) state.dump = "&ref_" + duplicateIndex + state.dump;
				} else {
					writeFlowSequence(state, level, state.dump);
					if (duplicate) state.dump = "&ref_" + duplicateIndex + " " + state.dump;
				}
			} else if (type === "[object String]") {
				if (state.tag !== "?") writeScalar(state, state.dump, level, iskey, inblock);
			} else if (type === "[object Undefined]") return false;
			else {
				if (state.skipInvalid) return false;
				throw new YAMLException("unacceptable kind of an object to dump " + type);
			}
			if (state.tag !== null && state.tag !== "?") {
				let tagStr = encodeURI(state.tag[0] === "!" ? state.tag.slice(1) : state.tag).replace(/!/g, "%21");
				if (state.tag[0] === "!") tagStr = "!" + tagStr;
				else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") tagStr = "!!" + tagStr.slice(18);
				else tagStr = "!<" + tagStr + ">";
				state.dump = tagStr + " " + state.dump;
			}
		}
		return true;
	}
	function getDuplicateReferences(object, state) {
		const objects = [];
		const duplicatesIndexes = [];
		inspectNode(object, objects, duplicatesIndexes);
		const length = duplicatesIndexes.length;
		for (let index = 0; index < length; index += 1) state.duplicates.push(objects[duplicatesIndexes[index]]);
		state.usedDuplicates = new Array(length);
	}
	function inspectNode(object, objects, duplicatesIndexes) {
		if (object !== null && typeof object === "object") {
			const index = objects.indexOf(object);
			if (index !== -1) {
				if (duplicatesIndexes.indexOf(index) === -1) duplicatesIndexes.push(index);
			} else {
				objects.push(object);
				if (Array.isArray(object)) for (let i = 0, length = object.length; i < length; i += 1) inspectNode(object[i], objects, duplicatesIndexes);
				else {
					const objectKeyList = Object.keys(object);
					for (let i = 0, length = objectKeyList.length; i < length; i += 1) inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
				}
			}
		}
	}
	function dump(input, options) {
		options = options || {};
		const state = new State(options);
		if (!state.noRefs) getDuplicateReferences(input, state);
		let value = input;
		if (state.replacer) value = state.replacer.call({ "": value }, "", value);
		if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
		return "";
	}
	module.exports.dump = dump;
}));
// node_modules/js-yaml/index.js
var require_js_yaml = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const loader = require_loader();
	const dumper = require_dumper();
	function renamed(from, to) {
		return function() {
			throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
		};
	}
	module.exports.Type = require_type();
	module.exports.Schema = require_schema();
	module.exports.FAILSAFE_SCHEMA = require_failsafe();
	module.exports.JSON_SCHEMA = require_json();
	module.exports.CORE_SCHEMA = require_core();
	module.exports.DEFAULT_SCHEMA = require_default();
	module.exports.load = loader.load;
	module.exports.loadAll = loader.loadAll;
	module.exports.dump = dumper.dump;
	module.exports.YAMLException = require_exception();
	module.exports.types = {
		binary: require_binary(),
		float: require_float(),
		map: require_map(),
		null: require_null(),
		pairs: require_pairs(),
		set: require_set(),
		timestamp: require_timestamp(),
		bool: require_bool(),
		int: require_int(),
		merge: require_merge(),
		omap: require_omap(),
		seq: require_seq(),
		str: require_str()
	};
	module.exports.safeLoad = renamed("safeLoad", "load");
	module.exports.safeLoadAll = renamed("safeLoadAll", "loadAll");
	module.exports.safeDump = renamed("safeDump", "dump");
}));
// node_modules/@yarnpkg/parsers/lib/grammars/syml.js
var require_syml$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	function peg$subclass(child, parent) {
		function ctor() {
			this.constructor = child;
		}
		ctor.prototype = parent.prototype;
		child.prototype = new ctor();
	}
	function peg$SyntaxError(message, expected, found, location) {
		this.message = message;
		this.expected = expected;
		this.found = found;
		this.location = location;
		this.name = "SyntaxError";
		if (typeof Error.captureStackTrace === "function") Error.captureStackTrace(this, peg$SyntaxError);
	}
	peg$subclass(peg$SyntaxError, Error);
	peg$SyntaxError.buildMessage = function(expected, found) {
		var DESCRIBE_EXPECTATION_FNS = {
			literal: function(expectation) {
				return "\"" + literalEscape(expectation.text) + "\"";
			},
			"class": function(expectation) {
				var escapedParts = "", i = 0;
				for (; i < expectation.parts.length; i++) escapedParts += expectation.parts[i] instanceof Array ? classEscape(expectation.parts[i][0]) + "-" + classEscape(expectation.parts[i][1]) : classEscape(expectation.parts[i]);
				return "[" + (expectation.inverted ? "^" : "") + escapedParts + "]";
			},
			any: function(expectation) {
				return "any character";
			},
			end: function(expectation) {
				return "end of input";
			},
			other: function(expectation) {
				return expectation.description;
			}
		};
		function hex(ch) {
			return ch.charCodeAt(0).toString(16).toUpperCase();
		}
		function literalEscape(s) {
			return s.replace(/\\/g, "\\\\").replace(/"/g, "\\\"").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
				return "\\x0" + hex(ch);
			}).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
				return "\\x" + hex(ch);
			});
		}
		function classEscape(s) {
			return s.replace(/\\/g, "\\\\").replace(/\]/g, "\\]").replace(/\^/g, "\\^").replace(/-/g, "\\-").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
				return "\\x0" + hex(ch);
			}).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
				return "\\x" + hex(ch);
			});
		}
		function describeExpectation(expectation) {
			return DESCRIBE_EXPECTATION_FNS[expectation.type](expectation);
		}
		function describeExpected(expected) {
			var descriptions = new Array(expected.length), i = 0, j;
			for (; i < expected.length; i++) descriptions[i] = describeExpectation(expected[i]);
			descriptions.sort();
			if (descriptions.length > 0) {
				for (i = 1, j = 1; i < descriptions.length; i++) if (descriptions[i - 1] !== descriptions[i]) {
					descriptions[j] = descriptions[i];
					j++;
				}
				descriptions.length = j;
			}
			switch (descriptions.length) {
				case 1: return descriptions[0];
				case 2: return descriptions[0] + " or " + descriptions[1];
				default: return descriptions.slice(0, -1).join(", ") + ", or " + descriptions[descriptions.length - 1];
			}
		}
		function describeFound(found) {
			return found ? "\"" + literalEscape(found) + "\"" : "end of input";
		}
		return "Expected " + describeExpected(expected) + " but " + describeFound(found) + " found.";
	};
	function peg$parse(input, options) {
		options = options !== void 0 ? options : {};
		var peg$FAILED = {}, peg$startRuleFunctions = { Start: peg$parseStart }, peg$startRuleFunction = peg$parseStart, peg$c0 = function(statements) {
			return [].concat(...statements);
		}, peg$c1 = "-", peg$c2 = peg$literalExpectation("-", false), peg$c3 = function(value) {
			return value;
		}, peg$c4 = function(statements) {
			return Object.assign({}, ...statements);
		}, peg$c5 = "#", peg$c6 = peg$literalExpectation("#", false), peg$c7 = peg$anyExpectation(), peg$c8 = function() {
			return {};
		}, peg$c9 = ":", peg$c10 = peg$literalExpectation(":", false), peg$c11 = function(property, value) {
			return { [property]: value };
		}, peg$c12 = ",", peg$c13 = peg$literalExpectation(",", false), peg$c14 = function(property, other) {
			return other;
		}, peg$c15 = function(property, others, value) {
			return Object.assign({}, ...[property].concat(others).map((property) => ({ [property]: value })));
		}, peg$c16 = function(statements) {
			return statements;
		}, peg$c17 = function(expression) {
			return expression;
		}, peg$c18 = peg$otherExpectation("correct indentation"), peg$c19 = " ", peg$c20 = peg$literalExpectation(" ", false), peg$c21 = function(spaces) {
			return spaces.length === indentLevel * INDENT_STEP;
		}, peg$c22 = function(spaces) {
			return spaces.length === (indentLevel + 1) * INDENT_STEP;
		}, peg$c23 = function() {
			indentLevel++;
			return true;
		}, peg$c24 = function() {
			indentLevel--;
			return true;
		}, peg$c25 = function() {
			return text();
		}, peg$c26 = peg$otherExpectation("pseudostring"), peg$c27 = /^[^\r\n\t ?:,\][{}#&*!|>'"%@`\-]/, peg$c28 = peg$classExpectation([
			"\r",
			"\n",
			"	",
			" ",
			"?",
			":",
			",",
			"]",
			"[",
			"{",
			"}",
			"#",
			"&",
			"*",
			"!",
			"|",
			">",
			"'",
			"\"",
			"%",
			"@",
			"`",
			"-"
		], true, false), peg$c29 = /^[^\r\n\t ,\][{}:#"']/, peg$c30 = peg$classExpectation([
			"\r",
			"\n",
			"	",
			" ",
			",",
			"]",
			"[",
			"{",
			"}",
			":",
			"#",
			"\"",
			"'"
		], true, false), peg$c31 = function() {
			return text().replace(/^ *| *$/g, "");
		}, peg$c32 = "--", peg$c33 = peg$literalExpectation("--", false), peg$c34 = /^[a-zA-Z\/0-9]/, peg$c35 = peg$classExpectation([
			["a", "z"],
			["A", "Z"],
			"/",
			["0", "9"]
		], false, false), peg$c36 = /^[^\r\n\t :,]/, peg$c37 = peg$classExpectation([
			"\r",
			"\n",
			"	",
			" ",
			":",
			","
		], true, false), peg$c38 = "null", peg$c39 = peg$literalExpectation("null", false), peg$c40 = function() {
			return null;
		}, peg$c41 = "true", peg$c42 = peg$literalExpectation("true", false), peg$c43 = function() {
			return true;
		}, peg$c44 = "false", peg$c45 = peg$literalExpectation("false", false), peg$c46 = function() {
			return false;
		}, peg$c47 = peg$otherExpectation("string"), peg$c48 = "\"", peg$c49 = peg$literalExpectation("\"", false), peg$c50 = function() {
			return "";
		}, peg$c51 = function(chars) {
			return chars;
		}, peg$c52 = function(chars) {
			return chars.join(``);
		}, peg$c53 = /^[^"\\\0-\x1F\x7F]/, peg$c54 = peg$classExpectation([
			"\"",
			"\\",
			["\0", ""],
			""
		], true, false), peg$c55 = "\\\"", peg$c56 = peg$literalExpectation("\\\"", false), peg$c57 = function() {
			return `"`;
		}, peg$c58 = "\\\\", peg$c59 = peg$literalExpectation("\\\\", false), peg$c60 = function() {
			return `\\`;
		}, peg$c61 = "\\/", peg$c62 = peg$literalExpectation("\\/", false), peg$c63 = function() {
			return `/`;
		}, peg$c64 = "\\b", peg$c65 = peg$literalExpectation("\\b", false), peg$c66 = function() {
			return `\b`;
		}, peg$c67 = "\\f", peg$c68 = peg$literalExpectation("\\f", false), peg$c69 = function() {
			return `\f`;
		}, peg$c70 = "\\n", peg$c71 = peg$literalExpectation("\\n", false), peg$c72 = function() {
			return `\n`;
		}, peg$c73 = "\\r", peg$c74 = peg$literalExpectation("\\r", false), peg$c75 = function() {
			return `\r`;
		}, peg$c76 = "\\t", peg$c77 = peg$literalExpectation("\\t", false), peg$c78 = function() {
			return `\t`;
		}, peg$c79 = "\\u", peg$c80 = peg$literalExpectation("\\u", false), peg$c81 = function(h1, h2, h3, h4) {
			return String.fromCharCode(parseInt(`0x${h1}${h2}${h3}${h4}`));
		}, peg$c82 = /^[0-9a-fA-F]/, peg$c83 = peg$classExpectation([
			["0", "9"],
			["a", "f"],
			["A", "F"]
		], false, false), peg$c84 = peg$otherExpectation("blank space"), peg$c85 = /^[ \t]/, peg$c86 = peg$classExpectation([" ", "	"], false, false), peg$c90 = "\r\n", peg$c91 = peg$literalExpectation("\r\n", false), peg$c92 = "\n", peg$c93 = peg$literalExpectation("\n", false), peg$c94 = "\r", peg$c95 = peg$literalExpectation("\r", false), peg$currPos = 0, peg$savedPos = 0, peg$posDetailsCache = [{
			line: 1,
			column: 1
		}], peg$maxFailPos = 0, peg$maxFailExpected = [], peg$silentFails = 0, peg$result;
		if ("startRule" in options) {
			if (!(options.startRule in peg$startRuleFunctions)) throw new Error("Can't start parsing from rule \"" + options.startRule + "\".");
			peg$startRuleFunction = peg$startRuleFunctions[options.startRule];
		}
		function text() {
			return input.substring(peg$savedPos, peg$currPos);
		}
		function peg$literalExpectation(text, ignoreCase) {
			return {
				type: "literal",
				text,
				ignoreCase
			};
		}
		function peg$classExpectation(parts, inverted, ignoreCase) {
			return {
				type: "class",
				parts,
				inverted,
				ignoreCase
			};
		}
		function peg$anyExpectation() {
			return { type: "any" };
		}
		function peg$endExpectation() {
			return { type: "end" };
		}
		function peg$otherExpectation(description) {
			return {
				type: "other",
				description
			};
		}
		function peg$computePosDetails(pos) {
			var details = peg$posDetailsCache[pos], p;
			if (details) return details;
			else {
				p = pos - 1;
				while (!peg$posDetailsCache[p]) p--;
				details = peg$posDetailsCache[p];
				details = {
					line: details.line,
					column: details.column
				};
				while (p < pos) {
					if (input.charCodeAt(p) === 10) {
						details.line++;
						details.column = 1;
					} else details.column++;
					p++;
				}
				peg$posDetailsCache[pos] = details;
				return details;
			}
		}
		function peg$computeLocation(startPos, endPos) {
			var startPosDetails = peg$computePosDetails(startPos), endPosDetails = peg$computePosDetails(endPos);
			return {
				start: {
					offset: startPos,
					line: startPosDetails.line,
					column: startPosDetails.column
				},
				end: {
					offset: endPos,
					line: endPosDetails.line,
					column: endPosDetails.column
				}
			};
		}
		function peg$fail(expected) {
			if (peg$currPos < peg$maxFailPos) return;
			if (peg$currPos > peg$maxFailPos) {
				peg$maxFailPos = peg$currPos;
				peg$maxFailExpected = [];
			}
			peg$maxFailExpected.push(expected);
		}
		function peg$buildStructuredError(expected, found, location) {
			return new peg$SyntaxError(peg$SyntaxError.buildMessage(expected, found), expected, found, location);
		}
		function peg$parseStart() {
			return peg$parsePropertyStatements();
		}
		function peg$parseItemStatements() {
			var s0 = peg$currPos, s1 = [], s2 = peg$parseItemStatement();
			while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$parseItemStatement();
			}
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c0(s1);
			}
			s0 = s1;
			return s0;
		}
		function peg$parseItemStatement() {
			var s0 = peg$currPos, s1 = peg$parseSamedent(), s2, s3, s4;
			if (s1 !== peg$FAILED) {
				if (input.charCodeAt(peg$currPos) === 45) {
					s2 = peg$c1;
					peg$currPos++;
				} else {
					s2 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c2);
				}
				if (s2 !== peg$FAILED) {
					s3 = peg$parseB();
					if (s3 !== peg$FAILED) {
						s4 = peg$parseExpression();
						if (s4 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c3(s4);
							s0 = s1;
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parsePropertyStatements() {
			var s0 = peg$currPos, s1 = [], s2 = peg$parsePropertyStatement();
			while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$parsePropertyStatement();
			}
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c4(s1);
			}
			s0 = s1;
			return s0;
		}
		function peg$parsePropertyStatement() {
			var s0 = peg$currPos, s1 = peg$parseB(), s2, s3, s4, s5, s6, s7, s8;
			if (s1 === peg$FAILED) s1 = null;
			if (s1 !== peg$FAILED) {
				s2 = peg$currPos;
				if (input.charCodeAt(peg$currPos) === 35) {
					s3 = peg$c5;
					peg$currPos++;
				} else {
					s3 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c6);
				}
				if (s3 !== peg$FAILED) {
					s4 = [];
					s5 = peg$currPos;
					s6 = peg$currPos;
					peg$silentFails++;
					s7 = peg$parseEOL();
					peg$silentFails--;
					if (s7 === peg$FAILED) s6 = void 0;
					else {
						peg$currPos = s6;
						s6 = peg$FAILED;
					}
					if (s6 !== peg$FAILED) {
						if (input.length > peg$currPos) {
							s7 = input.charAt(peg$currPos);
							peg$currPos++;
						} else {
							s7 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c7);
						}
						if (s7 !== peg$FAILED) {
							s6 = [s6, s7];
							s5 = s6;
						} else {
							peg$currPos = s5;
							s5 = peg$FAILED;
						}
					} else {
						peg$currPos = s5;
						s5 = peg$FAILED;
					}
					if (s5 !== peg$FAILED) while (s5 !== peg$FAILED) {
						s4.push(s5);
						s5 = peg$currPos;
						s6 = peg$currPos;
						peg$silentFails++;
						s7 = peg$parseEOL();
						peg$silentFails--;
						if (s7 === peg$FAILED) s6 = void 0;
						else {
							peg$currPos = s6;
							s6 = peg$FAILED;
						}
						if (s6 !== peg$FAILED) {
							if (input.length > peg$currPos) {
								s7 = input.charAt(peg$currPos);
								peg$currPos++;
							} else {
								s7 = peg$FAILED;
								if (peg$silentFails === 0) peg$fail(peg$c7);
							}
							if (s7 !== peg$FAILED) {
								s6 = [s6, s7];
								s5 = s6;
							} else {
								peg$currPos = s5;
								s5 = peg$FAILED;
							}
						} else {
							peg$currPos = s5;
							s5 = peg$FAILED;
						}
					}
					else s4 = peg$FAILED;
					if (s4 !== peg$FAILED) {
						s3 = [s3, s4];
						s2 = s3;
					} else {
						peg$currPos = s2;
						s2 = peg$FAILED;
					}
				} else {
					peg$currPos = s2;
					s2 = peg$FAILED;
				}
				if (s2 === peg$FAILED) s2 = null;
				if (s2 !== peg$FAILED) {
					s3 = [];
					s4 = peg$parseEOL_ANY();
					if (s4 !== peg$FAILED) while (s4 !== peg$FAILED) {
						s3.push(s4);
						s4 = peg$parseEOL_ANY();
					}
					else s3 = peg$FAILED;
					if (s3 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c8();
						s0 = s1;
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				s1 = peg$parseSamedent();
				if (s1 !== peg$FAILED) {
					s2 = peg$parseName();
					if (s2 !== peg$FAILED) {
						s3 = peg$parseB();
						if (s3 === peg$FAILED) s3 = null;
						if (s3 !== peg$FAILED) {
							if (input.charCodeAt(peg$currPos) === 58) {
								s4 = peg$c9;
								peg$currPos++;
							} else {
								s4 = peg$FAILED;
								if (peg$silentFails === 0) peg$fail(peg$c10);
							}
							if (s4 !== peg$FAILED) {
								s5 = peg$parseB();
								if (s5 === peg$FAILED) s5 = null;
								if (s5 !== peg$FAILED) {
									s6 = peg$parseExpression();
									if (s6 !== peg$FAILED) {
										peg$savedPos = s0;
										s1 = peg$c11(s2, s6);
										s0 = s1;
									} else {
										peg$currPos = s0;
										s0 = peg$FAILED;
									}
								} else {
									peg$currPos = s0;
									s0 = peg$FAILED;
								}
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
				if (s0 === peg$FAILED) {
					s0 = peg$currPos;
					s1 = peg$parseSamedent();
					if (s1 !== peg$FAILED) {
						s2 = peg$parseLegacyName();
						if (s2 !== peg$FAILED) {
							s3 = peg$parseB();
							if (s3 === peg$FAILED) s3 = null;
							if (s3 !== peg$FAILED) {
								if (input.charCodeAt(peg$currPos) === 58) {
									s4 = peg$c9;
									peg$currPos++;
								} else {
									s4 = peg$FAILED;
									if (peg$silentFails === 0) peg$fail(peg$c10);
								}
								if (s4 !== peg$FAILED) {
									s5 = peg$parseB();
									if (s5 === peg$FAILED) s5 = null;
									if (s5 !== peg$FAILED) {
										s6 = peg$parseExpression();
										if (s6 !== peg$FAILED) {
											peg$savedPos = s0;
											s1 = peg$c11(s2, s6);
											s0 = s1;
										} else {
											peg$currPos = s0;
											s0 = peg$FAILED;
										}
									} else {
										peg$currPos = s0;
										s0 = peg$FAILED;
									}
								} else {
									peg$currPos = s0;
									s0 = peg$FAILED;
								}
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
					if (s0 === peg$FAILED) {
						s0 = peg$currPos;
						s1 = peg$parseSamedent();
						if (s1 !== peg$FAILED) {
							s2 = peg$parseLegacyName();
							if (s2 !== peg$FAILED) {
								s3 = peg$parseB();
								if (s3 !== peg$FAILED) {
									s4 = peg$parseLegacyLiteral();
									if (s4 !== peg$FAILED) {
										s5 = [];
										s6 = peg$parseEOL_ANY();
										if (s6 !== peg$FAILED) while (s6 !== peg$FAILED) {
											s5.push(s6);
											s6 = peg$parseEOL_ANY();
										}
										else s5 = peg$FAILED;
										if (s5 !== peg$FAILED) {
											peg$savedPos = s0;
											s1 = peg$c11(s2, s4);
											s0 = s1;
										} else {
											peg$currPos = s0;
											s0 = peg$FAILED;
										}
									} else {
										peg$currPos = s0;
										s0 = peg$FAILED;
									}
								} else {
									peg$currPos = s0;
									s0 = peg$FAILED;
								}
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
						if (s0 === peg$FAILED) {
							s0 = peg$currPos;
							s1 = peg$parseSamedent();
							if (s1 !== peg$FAILED) {
								s2 = peg$parseLegacyName();
								if (s2 !== peg$FAILED) {
									s3 = [];
									s4 = peg$currPos;
									s5 = peg$parseB();
									if (s5 === peg$FAILED) s5 = null;
									if (s5 !== peg$FAILED) {
										if (input.charCodeAt(peg$currPos) === 44) {
											s6 = peg$c12;
											peg$currPos++;
										} else {
											s6 = peg$FAILED;
											if (peg$silentFails === 0) peg$fail(peg$c13);
										}
										if (s6 !== peg$FAILED) {
											s7 = peg$parseB();
											if (s7 === peg$FAILED) s7 = null;
											if (s7 !== peg$FAILED) {
												s8 = peg$parseLegacyName();
												if (s8 !== peg$FAILED) {
													peg$savedPos = s4;
													s5 = peg$c14(s2, s8);
													s4 = s5;
												} else {
													peg$currPos = s4;
													s4 = peg$FAILED;
												}
											} else {
												peg$currPos = s4;
												s4 = peg$FAILED;
											}
										} else {
											peg$currPos = s4;
											s4 = peg$FAILED;
										}
									} else {
										peg$currPos = s4;
										s4 = peg$FAILED;
									}
									if (s4 !== peg$FAILED) while (s4 !== peg$FAILED) {
										s3.push(s4);
										s4 = peg$currPos;
										s5 = peg$parseB();
										if (s5 === peg$FAILED) s5 = null;
										if (s5 !== peg$FAILED) {
											if (input.charCodeAt(peg$currPos) === 44) {
												s6 = peg$c12;
												peg$currPos++;
											} else {
												s6 = peg$FAILED;
												if (peg$silentFails === 0) peg$fail(peg$c13);
											}
											if (s6 !== peg$FAILED) {
												s7 = peg$parseB();
												if (s7 === peg$FAILED) s7 = null;
												if (s7 !== peg$FAILED) {
													s8 = peg$parseLegacyName();
													if (s8 !== peg$FAILED) {
														peg$savedPos = s4;
														s5 = peg$c14(s2, s8);
														s4 = s5;
													} else {
														peg$currPos = s4;
														s4 = peg$FAILED;
													}
												} else {
													peg$currPos = s4;
													s4 = peg$FAILED;
												}
											} else {
												peg$currPos = s4;
												s4 = peg$FAILED;
											}
										} else {
											peg$currPos = s4;
											s4 = peg$FAILED;
										}
									}
									else s3 = peg$FAILED;
									if (s3 !== peg$FAILED) {
										s4 = peg$parseB();
										if (s4 === peg$FAILED) s4 = null;
										if (s4 !== peg$FAILED) {
											if (input.charCodeAt(peg$currPos) === 58) {
												s5 = peg$c9;
												peg$currPos++;
											} else {
												s5 = peg$FAILED;
												if (peg$silentFails === 0) peg$fail(peg$c10);
											}
											if (s5 !== peg$FAILED) {
												s6 = peg$parseB();
												if (s6 === peg$FAILED) s6 = null;
												if (s6 !== peg$FAILED) {
													s7 = peg$parseExpression();
													if (s7 !== peg$FAILED) {
														peg$savedPos = s0;
														s1 = peg$c15(s2, s3, s7);
														s0 = s1;
													} else {
														peg$currPos = s0;
														s0 = peg$FAILED;
													}
												} else {
													peg$currPos = s0;
													s0 = peg$FAILED;
												}
											} else {
												peg$currPos = s0;
												s0 = peg$FAILED;
											}
										} else {
											peg$currPos = s0;
											s0 = peg$FAILED;
										}
									} else {
										peg$currPos = s0;
										s0 = peg$FAILED;
									}
								} else {
									peg$currPos = s0;
									s0 = peg$FAILED;
								}
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						}
					}
				}
			}
			return s0;
		}
		function peg$parseExpression() {
			var s0 = peg$currPos, s1 = peg$currPos, s2, s3, s4, s5, s6;
			peg$silentFails++;
			s2 = peg$currPos;
			s3 = peg$parseEOL();
			if (s3 !== peg$FAILED) {
				s4 = peg$parseExtradent();
				if (s4 !== peg$FAILED) {
					if (input.charCodeAt(peg$currPos) === 45) {
						s5 = peg$c1;
						peg$currPos++;
					} else {
						s5 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c2);
					}
					if (s5 !== peg$FAILED) {
						s6 = peg$parseB();
						if (s6 !== peg$FAILED) {
							s3 = [
								s3,
								s4,
								s5,
								s6
							];
							s2 = s3;
						} else {
							peg$currPos = s2;
							s2 = peg$FAILED;
						}
					} else {
						peg$currPos = s2;
						s2 = peg$FAILED;
					}
				} else {
					peg$currPos = s2;
					s2 = peg$FAILED;
				}
			} else {
				peg$currPos = s2;
				s2 = peg$FAILED;
			}
			peg$silentFails--;
			if (s2 !== peg$FAILED) {
				peg$currPos = s1;
				s1 = void 0;
			} else s1 = peg$FAILED;
			if (s1 !== peg$FAILED) {
				s2 = peg$parseEOL_ANY();
				if (s2 !== peg$FAILED) {
					s3 = peg$parseIndent();
					if (s3 !== peg$FAILED) {
						s4 = peg$parseItemStatements();
						if (s4 !== peg$FAILED) {
							s5 = peg$parseDedent();
							if (s5 !== peg$FAILED) {
								peg$savedPos = s0;
								s1 = peg$c16(s4);
								s0 = s1;
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				s1 = peg$parseEOL();
				if (s1 !== peg$FAILED) {
					s2 = peg$parseIndent();
					if (s2 !== peg$FAILED) {
						s3 = peg$parsePropertyStatements();
						if (s3 !== peg$FAILED) {
							s4 = peg$parseDedent();
							if (s4 !== peg$FAILED) {
								peg$savedPos = s0;
								s1 = peg$c16(s3);
								s0 = s1;
							} else {
								peg$currPos = s0;
								s0 = peg$FAILED;
							}
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
				if (s0 === peg$FAILED) {
					s0 = peg$currPos;
					s1 = peg$parseLiteral();
					if (s1 !== peg$FAILED) {
						s2 = [];
						s3 = peg$parseEOL_ANY();
						if (s3 !== peg$FAILED) while (s3 !== peg$FAILED) {
							s2.push(s3);
							s3 = peg$parseEOL_ANY();
						}
						else s2 = peg$FAILED;
						if (s2 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c17(s1);
							s0 = s1;
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				}
			}
			return s0;
		}
		function peg$parseSamedent() {
			var s0, s1, s2;
			peg$silentFails++;
			s0 = peg$currPos;
			s1 = [];
			if (input.charCodeAt(peg$currPos) === 32) {
				s2 = peg$c19;
				peg$currPos++;
			} else {
				s2 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c20);
			}
			while (s2 !== peg$FAILED) {
				s1.push(s2);
				if (input.charCodeAt(peg$currPos) === 32) {
					s2 = peg$c19;
					peg$currPos++;
				} else {
					s2 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c20);
				}
			}
			if (s1 !== peg$FAILED) {
				peg$savedPos = peg$currPos;
				s2 = peg$c21(s1);
				if (s2) s2 = void 0;
				else s2 = peg$FAILED;
				if (s2 !== peg$FAILED) {
					s1 = [s1, s2];
					s0 = s1;
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			peg$silentFails--;
			if (s0 === peg$FAILED) {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c18);
			}
			return s0;
		}
		function peg$parseExtradent() {
			var s0 = peg$currPos, s1 = [], s2;
			if (input.charCodeAt(peg$currPos) === 32) {
				s2 = peg$c19;
				peg$currPos++;
			} else {
				s2 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c20);
			}
			while (s2 !== peg$FAILED) {
				s1.push(s2);
				if (input.charCodeAt(peg$currPos) === 32) {
					s2 = peg$c19;
					peg$currPos++;
				} else {
					s2 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c20);
				}
			}
			if (s1 !== peg$FAILED) {
				peg$savedPos = peg$currPos;
				s2 = peg$c22(s1);
				if (s2) s2 = void 0;
				else s2 = peg$FAILED;
				if (s2 !== peg$FAILED) {
					s1 = [s1, s2];
					s0 = s1;
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseIndent() {
			var s0;
			peg$savedPos = peg$currPos;
			s0 = peg$c23();
			if (s0) s0 = void 0;
			else s0 = peg$FAILED;
			return s0;
		}
		function peg$parseDedent() {
			var s0;
			peg$savedPos = peg$currPos;
			s0 = peg$c24();
			if (s0) s0 = void 0;
			else s0 = peg$FAILED;
			return s0;
		}
		function peg$parseName() {
			var s0 = peg$parsestring();
			if (s0 === peg$FAILED) s0 = peg$parsepseudostring();
			return s0;
		}
		function peg$parseLegacyName() {
			var s0 = peg$parsestring(), s1, s2;
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				s1 = [];
				s2 = peg$parsepseudostringLegacy();
				if (s2 !== peg$FAILED) while (s2 !== peg$FAILED) {
					s1.push(s2);
					s2 = peg$parsepseudostringLegacy();
				}
				else s1 = peg$FAILED;
				if (s1 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c25();
				}
				s0 = s1;
			}
			return s0;
		}
		function peg$parseLiteral() {
			var s0 = peg$parsenull();
			if (s0 === peg$FAILED) {
				s0 = peg$parseboolean();
				if (s0 === peg$FAILED) {
					s0 = peg$parsestring();
					if (s0 === peg$FAILED) s0 = peg$parsepseudostring();
				}
			}
			return s0;
		}
		function peg$parseLegacyLiteral() {
			var s0 = peg$parsenull();
			if (s0 === peg$FAILED) {
				s0 = peg$parsestring();
				if (s0 === peg$FAILED) s0 = peg$parsepseudostringLegacy();
			}
			return s0;
		}
		function peg$parsepseudostring() {
			var s0, s1, s2, s3, s4, s5;
			peg$silentFails++;
			s0 = peg$currPos;
			if (peg$c27.test(input.charAt(peg$currPos))) {
				s1 = input.charAt(peg$currPos);
				peg$currPos++;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c28);
			}
			if (s1 !== peg$FAILED) {
				s2 = [];
				s3 = peg$currPos;
				s4 = peg$parseB();
				if (s4 === peg$FAILED) s4 = null;
				if (s4 !== peg$FAILED) {
					if (peg$c29.test(input.charAt(peg$currPos))) {
						s5 = input.charAt(peg$currPos);
						peg$currPos++;
					} else {
						s5 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c30);
					}
					if (s5 !== peg$FAILED) {
						s4 = [s4, s5];
						s3 = s4;
					} else {
						peg$currPos = s3;
						s3 = peg$FAILED;
					}
				} else {
					peg$currPos = s3;
					s3 = peg$FAILED;
				}
				while (s3 !== peg$FAILED) {
					s2.push(s3);
					s3 = peg$currPos;
					s4 = peg$parseB();
					if (s4 === peg$FAILED) s4 = null;
					if (s4 !== peg$FAILED) {
						if (peg$c29.test(input.charAt(peg$currPos))) {
							s5 = input.charAt(peg$currPos);
							peg$currPos++;
						} else {
							s5 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c30);
						}
						if (s5 !== peg$FAILED) {
							s4 = [s4, s5];
							s3 = s4;
						} else {
							peg$currPos = s3;
							s3 = peg$FAILED;
						}
					} else {
						peg$currPos = s3;
						s3 = peg$FAILED;
					}
				}
				if (s2 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c31();
					s0 = s1;
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			peg$silentFails--;
			if (s0 === peg$FAILED) {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c26);
			}
			return s0;
		}
		function peg$parsepseudostringLegacy() {
			var s0 = peg$currPos, s1, s2, s3, s4;
			if (input.substr(peg$currPos, 2) === peg$c32) {
				s1 = peg$c32;
				peg$currPos += 2;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c33);
			}
			if (s1 === peg$FAILED) s1 = null;
			if (s1 !== peg$FAILED) {
				if (peg$c34.test(input.charAt(peg$currPos))) {
					s2 = input.charAt(peg$currPos);
					peg$currPos++;
				} else {
					s2 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c35);
				}
				if (s2 !== peg$FAILED) {
					s3 = [];
					if (peg$c36.test(input.charAt(peg$currPos))) {
						s4 = input.charAt(peg$currPos);
						peg$currPos++;
					} else {
						s4 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c37);
					}
					while (s4 !== peg$FAILED) {
						s3.push(s4);
						if (peg$c36.test(input.charAt(peg$currPos))) {
							s4 = input.charAt(peg$currPos);
							peg$currPos++;
						} else {
							s4 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c37);
						}
					}
					if (s3 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c31();
						s0 = s1;
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parsenull() {
			var s0 = peg$currPos, s1;
			if (input.substr(peg$currPos, 4) === peg$c38) {
				s1 = peg$c38;
				peg$currPos += 4;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c39);
			}
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c40();
			}
			s0 = s1;
			return s0;
		}
		function peg$parseboolean() {
			var s0 = peg$currPos, s1;
			if (input.substr(peg$currPos, 4) === peg$c41) {
				s1 = peg$c41;
				peg$currPos += 4;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c42);
			}
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c43();
			}
			s0 = s1;
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				if (input.substr(peg$currPos, 5) === peg$c44) {
					s1 = peg$c44;
					peg$currPos += 5;
				} else {
					s1 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c45);
				}
				if (s1 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c46();
				}
				s0 = s1;
			}
			return s0;
		}
		function peg$parsestring() {
			var s0, s1, s2, s3;
			peg$silentFails++;
			s0 = peg$currPos;
			if (input.charCodeAt(peg$currPos) === 34) {
				s1 = peg$c48;
				peg$currPos++;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c49);
			}
			if (s1 !== peg$FAILED) {
				if (input.charCodeAt(peg$currPos) === 34) {
					s2 = peg$c48;
					peg$currPos++;
				} else {
					s2 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c49);
				}
				if (s2 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c50();
					s0 = s1;
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				if (input.charCodeAt(peg$currPos) === 34) {
					s1 = peg$c48;
					peg$currPos++;
				} else {
					s1 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c49);
				}
				if (s1 !== peg$FAILED) {
					s2 = peg$parsechars();
					if (s2 !== peg$FAILED) {
						if (input.charCodeAt(peg$currPos) === 34) {
							s3 = peg$c48;
							peg$currPos++;
						} else {
							s3 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c49);
						}
						if (s3 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c51(s2);
							s0 = s1;
						} else {
							peg$currPos = s0;
							s0 = peg$FAILED;
						}
					} else {
						peg$currPos = s0;
						s0 = peg$FAILED;
					}
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			}
			peg$silentFails--;
			if (s0 === peg$FAILED) {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c47);
			}
			return s0;
		}
		function peg$parsechars() {
			var s0 = peg$currPos, s1 = [], s2 = peg$parsechar();
			if (s2 !== peg$FAILED) while (s2 !== peg$FAILED) {
				s1.push(s2);
				s2 = peg$parsechar();
			}
			else s1 = peg$FAILED;
			if (s1 !== peg$FAILED) {
				peg$savedPos = s0;
				s1 = peg$c52(s1);
			}
			s0 = s1;
			return s0;
		}
		function peg$parsechar() {
			var s0, s1, s2, s3, s4, s5;
			if (peg$c53.test(input.charAt(peg$currPos))) {
				s0 = input.charAt(peg$currPos);
				peg$currPos++;
			} else {
				s0 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c54);
			}
			if (s0 === peg$FAILED) {
				s0 = peg$currPos;
				if (input.substr(peg$currPos, 2) === peg$c55) {
					s1 = peg$c55;
					peg$currPos += 2;
				} else {
					s1 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c56);
				}
				if (s1 !== peg$FAILED) {
					peg$savedPos = s0;
					s1 = peg$c57();
				}
				s0 = s1;
				if (s0 === peg$FAILED) {
					s0 = peg$currPos;
					if (input.substr(peg$currPos, 2) === peg$c58) {
						s1 = peg$c58;
						peg$currPos += 2;
					} else {
						s1 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c59);
					}
					if (s1 !== peg$FAILED) {
						peg$savedPos = s0;
						s1 = peg$c60();
					}
					s0 = s1;
					if (s0 === peg$FAILED) {
						s0 = peg$currPos;
						if (input.substr(peg$currPos, 2) === peg$c61) {
							s1 = peg$c61;
							peg$currPos += 2;
						} else {
							s1 = peg$FAILED;
							if (peg$silentFails === 0) peg$fail(peg$c62);
						}
						if (s1 !== peg$FAILED) {
							peg$savedPos = s0;
							s1 = peg$c63();
						}
						s0 = s1;
						if (s0 === peg$FAILED) {
							s0 = peg$currPos;
							if (input.substr(peg$currPos, 2) === peg$c64) {
								s1 = peg$c64;
								peg$currPos += 2;
							} else {
								s1 = peg$FAILED;
								if (peg$silentFails === 0) peg$fail(peg$c65);
							}
							if (s1 !== peg$FAILED) {
								peg$savedPos = s0;
								s1 = peg$c66();
							}
							s0 = s1;
							if (s0 === peg$FAILED) {
								s0 = peg$currPos;
								if (input.substr(peg$currPos, 2) === peg$c67) {
									s1 = peg$c67;
									peg$currPos += 2;
								} else {
									s1 = peg$FAILED;
									if (peg$silentFails === 0) peg$fail(peg$c68);
								}
								if (s1 !== peg$FAILED) {
									peg$savedPos = s0;
									s1 = peg$c69();
								}
								s0 = s1;
								if (s0 === peg$FAILED) {
									s0 = peg$currPos;
									if (input.substr(peg$currPos, 2) === peg$c70) {
										s1 = peg$c70;
										peg$currPos += 2;
									} else {
										s1 = peg$FAILED;
										if (peg$silentFails === 0) peg$fail(peg$c71);
									}
									if (s1 !== peg$FAILED) {
										peg$savedPos = s0;
										s1 = peg$c72();
									}
									s0 = s1;
									if (s0 === peg$FAILED) {
										s0 = peg$currPos;
										if (input.substr(peg$currPos, 2) === peg$c73) {
											s1 = peg$c73;
											peg$currPos += 2;
										} else {
											s1 = peg$FAILED;
											if (peg$silentFails === 0) peg$fail(peg$c74);
										}
										if (s1 !== peg$FAILED) {
											peg$savedPos = s0;
											s1 = peg$c75();
										}
										s0 = s1;
										if (s0 === peg$FAILED) {
											s0 = peg$currPos;
											if (input.substr(peg$currPos, 2) === peg$c76) {
												s1 = peg$c76;
												peg$currPos += 2;
											} else {
												s1 = peg$FAILED;
												if (peg$silentFails === 0) peg$fail(peg$c77);
											}
											if (s1 !== peg$FAILED) {
												peg$savedPos = s0;
												s1 = peg$c78();
											}
											s0 = s1;
											if (s0 === peg$FAILED) {
												s0 = peg$currPos;
												if (input.substr(peg$currPos, 2) === peg$c79) {
													s1 = peg$c79;
													peg$currPos += 2;
												} else {
													s1 = peg$FAILED;
													if (peg$silentFails === 0) peg$fail(peg$c80);
												}
												if (s1 !== peg$FAILED) {
													s2 = peg$parsehexDigit();
													if (s2 !== peg$FAILED) {
														s3 = peg$parsehexDigit();
														if (s3 !== peg$FAILED) {
															s4 = peg$parsehexDigit();
															if (s4 !== peg$FAILED) {
																s5 = peg$parsehexDigit();
																if (s5 !== peg$FAILED) {
																	peg$savedPos = s0;
																	s1 = peg$c81(s2, s3, s4, s5);
																	s0 = s1;
																} else {
																	peg$currPos = s0;
																	s0 = peg$FAILED;
																}
															} else {
																peg$currPos = s0;
																s0 = peg$FAILED;
															}
														} else {
															peg$currPos = s0;
															s0 = peg$FAILED;
														}
													} else {
														peg$currPos = s0;
														s0 = peg$FAILED;
													}
												} else {
													peg$currPos = s0;
													s0 = peg$FAILED;
												}
											}
										}
									}
								}
							}
						}
					}
				}
			}
			return s0;
		}
		function peg$parsehexDigit() {
			var s0;
			if (peg$c82.test(input.charAt(peg$currPos))) {
				s0 = input.charAt(peg$currPos);
				peg$currPos++;
			} else {
				s0 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c83);
			}
			return s0;
		}
		function peg$parseB() {
			var s0, s1;
			peg$silentFails++;
			s0 = [];
			if (peg$c85.test(input.charAt(peg$currPos))) {
				s1 = input.charAt(peg$currPos);
				peg$currPos++;
			} else {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c86);
			}
			if (s1 !== peg$FAILED) while (s1 !== peg$FAILED) {
				s0.push(s1);
				if (peg$c85.test(input.charAt(peg$currPos))) {
					s1 = input.charAt(peg$currPos);
					peg$currPos++;
				} else {
					s1 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c86);
				}
			}
			else s0 = peg$FAILED;
			peg$silentFails--;
			if (s0 === peg$FAILED) {
				s1 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c84);
			}
			return s0;
		}
		function peg$parseEOL_ANY() {
			var s0 = peg$currPos, s1 = peg$parseEOL(), s2, s3, s4, s5;
			if (s1 !== peg$FAILED) {
				s2 = [];
				s3 = peg$currPos;
				s4 = peg$parseB();
				if (s4 === peg$FAILED) s4 = null;
				if (s4 !== peg$FAILED) {
					s5 = peg$parseEOL();
					if (s5 !== peg$FAILED) {
						s4 = [s4, s5];
						s3 = s4;
					} else {
						peg$currPos = s3;
						s3 = peg$FAILED;
					}
				} else {
					peg$currPos = s3;
					s3 = peg$FAILED;
				}
				while (s3 !== peg$FAILED) {
					s2.push(s3);
					s3 = peg$currPos;
					s4 = peg$parseB();
					if (s4 === peg$FAILED) s4 = null;
					if (s4 !== peg$FAILED) {
						s5 = peg$parseEOL();
						if (s5 !== peg$FAILED) {
							s4 = [s4, s5];
							s3 = s4;
						} else {
							peg$currPos = s3;
							s3 = peg$FAILED;
						}
					} else {
						peg$currPos = s3;
						s3 = peg$FAILED;
					}
				}
				if (s2 !== peg$FAILED) {
					s1 = [s1, s2];
					s0 = s1;
				} else {
					peg$currPos = s0;
					s0 = peg$FAILED;
				}
			} else {
				peg$currPos = s0;
				s0 = peg$FAILED;
			}
			return s0;
		}
		function peg$parseEOL() {
			var s0;
			if (input.substr(peg$currPos, 2) === peg$c90) {
				s0 = peg$c90;
				peg$currPos += 2;
			} else {
				s0 = peg$FAILED;
				if (peg$silentFails === 0) peg$fail(peg$c91);
			}
			if (s0 === peg$FAILED) {
				if (input.charCodeAt(peg$currPos) === 10) {
					s0 = peg$c92;
					peg$currPos++;
				} else {
					s0 = peg$FAILED;
					if (peg$silentFails === 0) peg$fail(peg$c93);
				}
				if (s0 === peg$FAILED) {
					if (input.charCodeAt(peg$currPos) === 13) {
						s0 = peg$c94;
						peg$currPos++;
					} else {
						s0 = peg$FAILED;
						if (peg$silentFails === 0) peg$fail(peg$c95);
					}
				}
			}
			return s0;
		}
		const INDENT_STEP = 2;
		let indentLevel = 0;
		peg$result = peg$startRuleFunction();
		if (peg$result !== peg$FAILED && peg$currPos === input.length) return peg$result;
		else {
			if (peg$result !== peg$FAILED && peg$currPos < input.length) peg$fail(peg$endExpectation());
			throw peg$buildStructuredError(peg$maxFailExpected, peg$maxFailPos < input.length ? input.charAt(peg$maxFailPos) : null, peg$maxFailPos < input.length ? peg$computeLocation(peg$maxFailPos, peg$maxFailPos + 1) : peg$computeLocation(peg$maxFailPos, peg$maxFailPos));
		}
	}
	module.exports = {
		SyntaxError: peg$SyntaxError,
		parse: peg$parse
	};
}));
// node_modules/@yarnpkg/parsers/lib/syml.js
var require_syml = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.PreserveOrdering = void 0;
	exports.stringifySyml = stringifySyml;
	exports.parseSyml = parseSyml;
	const js_yaml_1 = require_js_yaml();
	const syml_1 = require_syml$1();
	const simpleStringPattern = /^(?![-?:,\][{}#&*!|>'"%@` \t\r\n]).([ \t]*(?![,\][{}:# \t\r\n]).)*$/;
	const specialObjectKeys = [
		`__metadata`,
		`version`,
		`resolution`,
		`dependencies`,
		`peerDependencies`,
		`dependenciesMeta`,
		`peerDependenciesMeta`,
		`binaries`
	];
	var PreserveOrdering = class {
		constructor(data) {
			this.data = data;
		}
	};
	exports.PreserveOrdering = PreserveOrdering;
	function stringifyString(value) {
		if (value.match(simpleStringPattern)) return value;
		else return JSON.stringify(value);
	}
	function isRemovableField(value) {
		if (typeof value === `undefined`) return true;
		if (typeof value === `object` && value !== null && !Array.isArray(value)) return Object.keys(value).every((key) => isRemovableField(value[key]));
		return false;
	}
	function stringifyValue(value, indentLevel, newLineIfObject) {
		if (value === null) return `null\n`;
		if (typeof value === `number` || typeof value === `boolean`) return `${value.toString()}\n`;
		if (typeof value === `string`) return `${stringifyString(value)}\n`;
		if (Array.isArray(value)) {
			if (value.length === 0) return `[]\n`;
			const indent = `  `.repeat(indentLevel);
			return `\n${value.map((sub) => {
				return `${indent}- ${stringifyValue(sub, indentLevel + 1, false)}`;
			}).join(``)}`;
		}
		if (typeof value === `object` && value) {
			const [data, sort] = value instanceof PreserveOrdering ? [value.data, false] : [value, true];
			const indent = `  `.repeat(indentLevel);
			const keys = Object.keys(data);
			if (sort) keys.sort((a, b) => {
				const aIndex = specialObjectKeys.indexOf(a);
				const bIndex = specialObjectKeys.indexOf(b);
				if (aIndex === -1 && bIndex === -1) return a < b ? -1 : a > b ? 1 : 0;
				if (aIndex !== -1 && bIndex === -1) return -1;
				if (aIndex === -1 && bIndex !== -1) return 1;
				return aIndex - bIndex;
			});
			const fields = keys.filter((key) => {
				return !isRemovableField(data[key]);
			}).map((key, index) => {
				const value = data[key];
				const stringifiedKey = stringifyString(key);
				const stringifiedValue = stringifyValue(value, indentLevel + 1, true);
				const recordIndentation = index > 0 || newLineIfObject ? indent : ``;
				return `${recordIndentation}${stringifiedKey.length > 1024 ? `? ${stringifiedKey}\n${recordIndentation}:` : `${stringifiedKey}:`}${stringifiedValue.startsWith(`\n`) ? stringifiedValue : ` ${stringifiedValue}`}`;
			}).join(indentLevel === 0 ? `\n` : ``) || `\n`;
			if (!newLineIfObject) return `${fields}`;
			else return `\n${fields}`;
		}
		throw new Error(`Unsupported value type (${value})`);
	}
	function stringifySyml(value) {
		try {
			const stringified = stringifyValue(value, 0, false);
			return stringified !== `\n` ? stringified : ``;
		} catch (error) {
			if (error.location) error.message = error.message.replace(/(\.)?$/, ` (line ${error.location.start.line}, column ${error.location.start.column})$1`);
			throw error;
		}
	}
	stringifySyml.PreserveOrdering = PreserveOrdering;
	function parseViaPeg(source) {
		if (!source.endsWith(`\n`)) source += `\n`;
		return (0, syml_1.parse)(source);
	}
	const LEGACY_REGEXP = /^(#.*(\r?\n))*?#\s+yarn\s+lockfile\s+v1\r?\n/i;
	function parseViaJsYaml(source) {
		if (LEGACY_REGEXP.test(source)) return parseViaPeg(source);
		const value = (0, js_yaml_1.load)(source, {
			schema: js_yaml_1.FAILSAFE_SCHEMA,
			json: true
		});
		if (value === void 0 || value === null) return {};
		if (typeof value !== `object`) throw new Error(`Expected an indexed object, got a ${typeof value} instead. Does your file follow Yaml's rules?`);
		if (Array.isArray(value)) throw new Error(`Expected an indexed object, got an array instead. Does your file follow Yaml's rules?`);
		return value;
	}
	function parseSyml(source) {
		return parseViaJsYaml(source);
	}
}));
// packages/dependency-manifests/lib/yarn-lockfile.js
var import_lib = (/* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.stringifySyml = exports.parseSyml = exports.stringifyResolution = exports.parseResolution = exports.stringifyValueArgument = exports.stringifyShellLine = exports.stringifyRedirectArgument = exports.stringifyEnvSegment = exports.stringifyCommandLineThen = exports.stringifyCommandLine = exports.stringifyCommandChainThen = exports.stringifyCommandChain = exports.stringifyCommand = exports.stringifyArithmeticExpression = exports.stringifyArgumentSegment = exports.stringifyArgument = exports.stringifyShell = exports.parseShell = void 0;
	var shell_1 = require_shell();
	Object.defineProperty(exports, "parseShell", {
		enumerable: true,
		get: function() {
			return shell_1.parseShell;
		}
	});
	Object.defineProperty(exports, "stringifyShell", {
		enumerable: true,
		get: function() {
			return shell_1.stringifyShell;
		}
	});
	Object.defineProperty(exports, "stringifyArgument", {
		enumerable: true,
		get: function() {
			return shell_1.stringifyArgument;
		}
	});
	Object.defineProperty(exports, "stringifyArgumentSegment", {
		enumerable: true,
		get: function() {
			return shell_1.stringifyArgumentSegment;
		}
	});
	Object.defineProperty(exports, "stringifyArithmeticExpression", {
		enumerable: true,
		get: function() {
			return shell_1.stringifyArithmeticExpression;
		}
	});
	Object.defineProperty(exports, "stringifyCommand", {
		enumerable: true,
		get: function() {
			return shell_1.stringifyCommand;
		}
	});
	Object.defineProperty(exports, "stringifyCommandChain", {
		enumerable: true,
		get: function() {
			return shell_1.stringifyCommandChain;
		}
	});
	Object.defineProperty(exports, "stringifyCommandChainThen", {
		enumerable: true,
		get: function() {
			return shell_1.stringifyCommandChainThen;
		}
	});
	Object.defineProperty(exports, "stringifyCommandLine", {
		enumerable: true,
		get: function() {
			return shell_1.stringifyCommandLine;
		}
	});
	Object.defineProperty(exports, "stringifyCommandLineThen", {
		enumerable: true,
		get: function() {
			return shell_1.stringifyCommandLineThen;
		}
	});
	Object.defineProperty(exports, "stringifyEnvSegment", {
		enumerable: true,
		get: function() {
			return shell_1.stringifyEnvSegment;
		}
	});
	Object.defineProperty(exports, "stringifyRedirectArgument", {
		enumerable: true,
		get: function() {
			return shell_1.stringifyRedirectArgument;
		}
	});
	Object.defineProperty(exports, "stringifyShellLine", {
		enumerable: true,
		get: function() {
			return shell_1.stringifyShellLine;
		}
	});
	Object.defineProperty(exports, "stringifyValueArgument", {
		enumerable: true,
		get: function() {
			return shell_1.stringifyValueArgument;
		}
	});
	var resolution_1 = require_resolution();
	Object.defineProperty(exports, "parseResolution", {
		enumerable: true,
		get: function() {
			return resolution_1.parseResolution;
		}
	});
	Object.defineProperty(exports, "stringifyResolution", {
		enumerable: true,
		get: function() {
			return resolution_1.stringifyResolution;
		}
	});
	var syml_1 = require_syml();
	Object.defineProperty(exports, "parseSyml", {
		enumerable: true,
		get: function() {
			return syml_1.parseSyml;
		}
	});
	Object.defineProperty(exports, "stringifySyml", {
		enumerable: true,
		get: function() {
			return syml_1.stringifySyml;
		}
	});
})))();
function berrySource(resolution, dir) {
	const reference = resolution.slice(descriptorName(resolution).length + 1);
	const protocol = /^([a-z][a-z0-9+.-]*):/i.exec(reference)?.[1]?.toLowerCase();
	switch (protocol) {
		case "npm": return /^npm:\d/.test(reference) ? REGISTRY : {
			kind: "other",
			detail: reference
		};
		case "workspace": return {
			kind: "local",
			detail: `the workspace ${reference}`
		};
		case "link":
		case "portal":
		case "file": return pathSource(dir, decodeURIComponent(reference.slice(protocol.length + 1).split("::")[0]), `the ${protocol}: path`);
		case "patch": return reference.includes("builtin<") ? REGISTRY : {
			kind: "other",
			detail: `a patched package (${reference.split("#").slice(1).join("#").split("::")[0]})`
		};
		case "https":
		case "http": return {
			kind: "registry",
			url: reference
		};
		default: return {
			kind: "other",
			detail: reference
		};
	}
}
function readYarnLockfile(text, dir) {
	let doc;
	try {
		doc = (0, import_lib.parseSyml)(text);
	} catch (error) {
		throw new LockfileError(`cannot be parsed (${error.message.split("\n")[0]})`);
	}
	const packages = [];
	const roots = [];
	for (const [key, raw] of Object.entries(doc)) {
		if (key === "__metadata") continue;
		const entry = asRecord(raw);
		if (!entry) throw new LockfileError(`entry '${key}' is not a mapping`);
		const descriptors = key.split(/\s*,\s*/);
		const name = descriptorName(descriptors[0]);
		const dependsOn = [
			"dependencies",
			"optionalDependencies",
			"peerDependencies"
		].flatMap((f) => Object.keys(asRecord(entry[f]) ?? {}));
		const resolution = typeof entry.resolution === "string" ? entry.resolution : void 0;
		const source = resolution ? berrySource(resolution, dir) : npmResolvedSource(entry.resolved, dir);
		if (resolution?.includes("@workspace:")) roots.push(...dependsOn, ...Object.keys(asRecord(entry.devDependencies) ?? {}));
		packages.push({
			name,
			version: typeof entry.version === "string" ? entry.version : String(entry.version ?? ""),
			source,
			dependsOn,
			content: [
				entry.resolved,
				entry.integrity,
				entry.checksum,
				resolution
			].filter((x) => typeof x === "string").join(" ")
		});
	}
	return {
		packages,
		roots,
		graph: true
	};
}
export { readYarnLockfile };
