import "./rolldown-runtime-C1I3wEg2.js";
import { B as string, P as optional, d as randomHex, f as booleanInput, h as markdownText, i as telemetrySummary, nt as describeError, o as traceGuardRun, p as parseInputs, r as coreLogger, t as settleInOrder, tt as ConfigurationError, v as guardRunOrError, w as _default, y as reportFromFindings, z as strictObject } from "./lib-DA4sP2xX.js";
import { A as MODES, F as DEFAULT_MANIFEST_PATH, I as DEFAULT_POLICY_PATH, L as notApplicableRun, M as resolveManifest, N as resolveTicketPath, S as readFileAt, T as isFullSha, g as resolveCommit, i as loadTicket, n as loadManifest, o as auditCheckoutConfig, r as loadPolicy, s as checkoutGit, t as isProtectedBranch } from "./lib-B3H81PlY.js";
import { a as priceCall } from "./prices-C_eeCRrX.js";
import { t as openSandbox } from "./lib-C-AHDbDj.js";
import { i as resumeState, t as TransitionError } from "./state-machine-CHo7IeIW.js";
import { basename, join, resolve } from "node:path";
import * as os from "os";
import { EOL } from "os";
import * as fs from "fs";
import { constants, promises } from "fs";
import "path";
import { mkdirSync, readFileSync, realpathSync } from "node:fs";
// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
	if (input === null || input === void 0) return "";
	else if (typeof input === "string" || input instanceof String) return input;
	return JSON.stringify(input);
}
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
// \0lazy-node-crypto
function randomUUID() {
	return process.getBuiltinModule("node:crypto").randomUUID();
}
// node_modules/@actions/core/lib/file-command.js
function issueFileCommand(command, message) {
	const filePath = process.env[`GITHUB_${command}`];
	if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
	if (!fs.existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
	fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, { encoding: "utf8" });
}
function prepareKeyValueMessage(key, value) {
	const delimiter = `ghadelimiter_${randomUUID()}`;
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
	wrap(tag, content, attrs = {}) {
		const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
		if (!content) return `<${tag}${htmlAttrs}>`;
		return `<${tag}${htmlAttrs}>${content}</${tag}>`;
	}
	write(options) {
		return __awaiter$1(this, void 0, void 0, function* () {
			const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
			const filePath = yield this.filePath();
			yield (overwrite ? writeFile : appendFile)(filePath, this._buffer, { encoding: "utf8" });
			return this.emptyBuffer();
		});
	}
	clear() {
		return __awaiter$1(this, void 0, void 0, function* () {
			return this.emptyBuffer().write({ overwrite: true });
		});
	}
	stringify() {
		return this._buffer;
	}
	isEmptyBuffer() {
		return this._buffer.length === 0;
	}
	emptyBuffer() {
		this._buffer = "";
		return this;
	}
	addRaw(text, addEOL = false) {
		this._buffer += text;
		return addEOL ? this.addEOL() : this;
	}
	addEOL() {
		return this.addRaw(EOL);
	}
	addCodeBlock(code, lang) {
		const attrs = Object.assign({}, lang && { lang });
		const element = this.wrap("pre", this.wrap("code", code), attrs);
		return this.addRaw(element).addEOL();
	}
	addList(items, ordered = false) {
		const tag = ordered ? "ol" : "ul";
		const listItems = items.map((item) => this.wrap("li", item)).join("");
		const element = this.wrap(tag, listItems);
		return this.addRaw(element).addEOL();
	}
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
	addDetails(label, content) {
		const element = this.wrap("details", this.wrap("summary", label) + content);
		return this.addRaw(element).addEOL();
	}
	addImage(src, alt, options) {
		const { width, height } = options || {};
		const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
		const element = this.wrap("img", null, Object.assign({
			src,
			alt
		}, attrs));
		return this.addRaw(element).addEOL();
	}
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
	addSeparator() {
		const element = this.wrap("hr", null);
		return this.addRaw(element).addEOL();
	}
	addBreak() {
		const element = this.wrap("br", null);
		return this.addRaw(element).addEOL();
	}
	addQuote(text, cite) {
		const attrs = Object.assign({}, cite && { cite });
		const element = this.wrap("blockquote", text, attrs);
		return this.addRaw(element).addEOL();
	}
	addLink(text, href) {
		const element = this.wrap("a", text, { href });
		return this.addRaw(element).addEOL();
	}
};
const summary = new Summary();
var ExitCode;
(function(ExitCode) {
	ExitCode[ExitCode["Success"] = 0] = "Success";
	ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
	const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
	if (options && options.required && !val) throw new Error(`Input required and not supplied: ${name}`);
	if (options && options.trimWhitespace === false) return val;
	return val.trim();
}
function setOutput(name, value) {
	if (process.env["GITHUB_OUTPUT"] || "") return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
	process.stdout.write(os.EOL);
	issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
	process.exitCode = ExitCode.Failure;
	error(message);
}
function debug(message) {
	issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
	issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
	issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
	issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
	process.stdout.write(message + os.EOL);
}
// packages/agent-runner/lib/records/session-record.js
function readJson(path) {
	return JSON.parse(readFileSync(path, "utf8"));
}
// packages/agent-runner/lib/session/start-session.js
async function git(repo, args, okExitCodes) {
	return checkoutGit(repo, args, okExitCodes ? { okExitCodes } : {});
}
function openSessionSandbox(repo, policy, policyPath, records, dependencies, logger) {
	return openSandbox({
		settings: policy.runner.sandbox,
		policyPath,
		workdir: repo,
		hidden: records,
		readOnly: dependencies.map((d) => d.source),
		overlays: dependencies.map((d) => ({
			source: d.source,
			target: d.target
		})),
		...logger ? { logger } : {}
	});
}
function checkRunnable(policy, policyPath, modeTools) {
	if (!policy.runner.test_command?.length) throw new ConfigurationError("the agent runner needs the service test command (Implement \u2192 Review requires passing tests).", {
		file: policyPath,
		field: "runner.test_command",
		fix: "set runner.test_command to the argv of the test command, e.g. [\"npm\", \"test\", \"--\"]."
	});
	if (!modeTools.review.all.has("gh_pr_create") || !modeTools.review.all.has("git_push_non_protected")) throw new ConfigurationError("review mode must bind git_push_non_protected and gh_pr_create, or no session can reach Done (spec \u00A74 Review \u2192 Done).", {
		file: policy.manifest,
		field: "modes.review",
		fix: "bind git_push_non_protected and gh_pr_create in review (the spec \u00A75 manifest does)."
	});
	for (const mode of MODES) priceCall(policy.cost.models[mode], {
		input_tokens: 0,
		output_tokens: 0
	}, policy.cost.prices);
}
async function repoSlugOf(repo, options) {
	if (options.repoSlug) return options.repoSlug;
	if (options.github) return `${options.github.repo.owner}/${options.github.repo.repo}`;
	const url = (await git(repo, [
		"remote",
		"get-url",
		options.push?.remote ?? "origin"
	], [
		0,
		2,
		128
	])).stdout.toString("utf8").trim();
	const m = /[/:]([^/:\s]+)\/([^/\s]+?)(?:\.git)?$/.exec(url);
	return m ? `${m[1]}/${m[2]}` : `local/${basename(repo).replace(/[^A-Za-z0-9._-]/g, "-") || "repo"}`;
}
async function baseBranchOf(repo, baseRev) {
	if ((await git(repo, [
		"rev-parse",
		"--verify",
		"--quiet",
		`refs/heads/${baseRev}`
	], [0, 1])).exitCode === 0) return baseRev;
	const current = await git(repo, [
		"symbolic-ref",
		"--quiet",
		"--short",
		"HEAD"
	], [0, 1]);
	return current.exitCode === 0 ? current.stdout.toString("utf8").trim() : "main";
}
async function loadAtBase(repo, baseSha, ticketPath, policyPathOption, skillPaths, logger) {
	const policyLoad = loadPolicy({
		repo,
		base: baseSha,
		...policyPathOption ? { path: policyPathOption } : {},
		...logger ? { logger } : {}
	});
	const ticketLoad = loadTicket({
		repo,
		base: baseSha,
		path: ticketPath
	});
	readFileAt(repo, baseSha, DEFAULT_MANIFEST_PATH).catch(() => void 0);
	const manifestLoad = policyLoad.then(({ policy }) => loadManifest({
		repo,
		base: baseSha,
		path: policy.manifest,
		...logger ? { logger } : {}
	}));
	const skillsLoad = Promise.all(skillPaths.map(async (path) => {
		const text = await readFileAt(repo, baseSha, path);
		if (text === void 0) throw new ConfigurationError(`the skill file does not exist at the base commit ${baseSha.slice(0, 12)}.`, {
			file: path,
			fix: "commit it to the base branch or drop it from the skill paths."
		});
		return {
			path,
			text
		};
	}));
	const goldenSamples = ticketLoad.then((ticket) => Promise.all((ticket.context?.golden_samples ?? []).map(async (path) => ({
		path,
		text: await readFileAt(repo, baseSha, path)
	}))));
	goldenSamples.catch(() => void 0);
	const [{ policy, path: policyPath }, ticket, { manifest }, skills] = await settleInOrder([
		policyLoad,
		ticketLoad,
		manifestLoad,
		skillsLoad
	]);
	const modeTools = resolveManifest(manifest);
	checkRunnable(policy, policyPath, modeTools);
	return {
		policy,
		policyPath,
		setupParts: {
			ticket,
			policy,
			policyPath,
			modeTools,
			skills,
			ticketPath
		},
		goldenSamples
	};
}
function withReviewGuards(options, loaded, guardsFor) {
	if (options.reviewGuards || !guardsFor) return options;
	return {
		...options,
		reviewGuards: guardsFor({
			policy: loaded.policy,
			policyPath: loaded.policyPath,
			ticketPath: loaded.setupParts.ticketPath
		})
	};
}
function importDriver() {
	const driver = import("./drive-run-DZsreqsq.js");
	driver.catch(() => void 0);
	return driver;
}
function readAddedContext(file, kind, mode, at) {
	let buffer;
	try {
		buffer = readFileSync(file);
	} catch (error) {
		throw new ConfigurationError(`cannot read the added context: ${error.message}.`, {
			file,
			fix: "pass the path of a readable text file."
		});
	}
	if (buffer.includes(0)) throw new ConfigurationError("the added context is not a text file.", {
		file,
		fix: "add a contract, interface or example as text."
	});
	return {
		file,
		sha256: process.getBuiltinModule("node:crypto").createHash("sha256").update(buffer).digest("hex"),
		bytes: buffer.length,
		kind,
		added_at: at,
		mode,
		text: buffer.toString("utf8")
	};
}
async function openBesideChecks(checks, opening) {
	const [checked, opened] = await Promise.allSettled([checks, opening]);
	if (checked.status === "rejected") {
		if (opened.status === "fulfilled") await opened.value.close();
		throw checked.reason;
	}
	if (opened.status === "rejected") throw opened.reason;
	return [checked.value, opened.value];
}
async function withSandboxOnFailure(sandbox, step) {
	try {
		return await step();
	} catch (error) {
		await sandbox.close();
		throw error;
	}
}
async function startSession(options, guardsFor) {
	const repo = realpathSync(resolve(options.repo));
	const baseRev = options.base ?? "HEAD";
	const at = isFullSha(baseRev) ? baseRev : await resolveCommit(repo, baseRev, "base");
	const loaded = await loadAtBase(repo, at, options.ticketPath, options.policyPath, options.skillPaths ?? [], options.logger);
	const baseSha = await resolveCommit(repo, at, "base");
	const { policy } = loaded;
	const short = randomHex(4);
	const sessionId = options.sessionId ?? `${loaded.setupParts.ticket.id}-${short}`;
	const branch = `${policy.runner.branch_prefix}${loaded.setupParts.ticket.id}-${short}`;
	options.logger?.info(`session ${sessionId}: ticket ${loaded.setupParts.ticket.id} (${options.ticketPath}) from ${baseSha.slice(0, 12)}, on branch ${branch}`);
	const driver = importDriver();
	const sessionDir = resolve(options.sessionDir);
	const ledgerPath = resolve(options.ledgerPath ?? join(sessionDir, "usage-ledger.jsonl"));
	const tracePath = resolve(options.tracePath ?? join(sessionDir, "trace.jsonl"));
	const [baseBranch, sandbox] = await openBesideChecks((async () => {
		await auditCheckoutConfig(repo);
		if ((await git(repo, [
			"status",
			"--porcelain=v1",
			"-z"
		])).stdout.toString("utf8").length > 0) throw new ConfigurationError("the working copy has uncommitted changes; the agent starts from a clean checkout of the base.", {
			file: repo,
			fix: "commit, stash or clean the changes first."
		});
		if (isProtectedBranch(branch, policy.protected_branches)) throw new ConfigurationError(`the session branch '${branch}' would match a protected-branch glob.`, {
			file: loaded.policyPath,
			field: "runner.branch_prefix",
			fix: "use a branch prefix no protected glob matches (default agent/)."
		});
		return baseBranchOf(repo, baseRev);
	})(), openSessionSandbox(repo, policy, loaded.policyPath, [
		sessionDir,
		ledgerPath,
		tracePath
	], options.dependencyDirs ?? [], options.logger));
	const [repoSlug, { beginSession }, goldenSamples] = await withSandboxOnFailure(sandbox, async () => {
		await git(repo, [
			"checkout",
			"-q",
			"-b",
			branch,
			baseSha
		]);
		mkdirSync(sessionDir, { recursive: true });
		return Promise.all([
			repoSlugOf(repo, options),
			driver,
			loaded.goldenSamples
		]);
	});
	return beginSession({
		sessionId,
		sessionDir,
		repo,
		baseSha,
		baseBranch,
		branch,
		repoSlug,
		ledgerPath,
		tracePath,
		sandbox,
		...loaded.setupParts,
		goldenSamples
	}, withReviewGuards(options, loaded, guardsFor));
}
async function resumeSession(sessionDir, options, guardsFor) {
	const dir = resolve(sessionDir);
	const record = readJson(join(dir, "session.json"));
	const checkpoint = readJson(join(dir, "checkpoint.json"));
	if (record.status !== "escalated" || !record.escalation || !checkpoint.stopped_in) throw new ConfigurationError(`only an escalated session can be resumed; this one is '${record.status}'.`, {
		file: join(dir, "session.json"),
		field: "status"
	});
	let mode;
	try {
		mode = resumeState(checkpoint.state, checkpoint.stopped_in, record.escalation.reason);
	} catch (error) {
		if (!(error instanceof TransitionError)) throw error;
		throw new ConfigurationError(`a '${record.escalation.reason}' escalation cannot be resumed: spec \u00A74 allows no further transitions after the hard token cap.`, {
			file: join(dir, "session.json"),
			field: "escalation.reason",
			fix: "start a new session for the ticket, or amend the cost posture (\u00A74) if the ceiling is wrong."
		});
	}
	const now = options.now ?? Date.now;
	const added = readAddedContext(options.addContext, options.addContextKind ?? "contract", mode, new Date(now()).toISOString());
	const repo = record.paths.repo;
	const loaded = await loadAtBase(repo, record.base_sha, record.paths.ticket, record.paths.policy, record.paths.skills, options.logger);
	options.logger?.info(`session ${record.session}: resuming in ${mode} mode on branch ${record.branch}, after '${record.escalation.reason}'`);
	const driver = importDriver();
	const [current, sandbox] = await openBesideChecks((async () => {
		await auditCheckoutConfig(repo);
		return (await git(repo, [
			"symbolic-ref",
			"--quiet",
			"--short",
			"HEAD"
		], [
			0,
			1,
			128
		])).stdout.toString("utf8").trim();
	})(), openSessionSandbox(repo, loaded.policy, loaded.policyPath, [
		dir,
		record.paths.ledger,
		record.paths.trace
	], record.paths.dependencies ?? [], options.logger));
	const [{ continueSession }, goldenSamples] = await withSandboxOnFailure(sandbox, async () => {
		if (current !== record.branch) await git(repo, [
			"checkout",
			"-q",
			record.branch
		]);
		return Promise.all([driver, loaded.goldenSamples]);
	});
	record.sandbox = {
		...sandbox.description,
		egress: record.sandbox?.egress ?? [],
		stopped: record.sandbox?.stopped ?? []
	};
	return continueSession({
		sessionId: record.session,
		sessionDir: dir,
		repo,
		baseSha: record.base_sha,
		baseBranch: record.base_branch,
		branch: record.branch,
		repoSlug: record.repo,
		ledgerPath: record.paths.ledger,
		tracePath: record.paths.trace,
		sandbox,
		...loaded.setupParts,
		goldenSamples
	}, record, checkpoint, withReviewGuards(options, loaded, guardsFor), {
		mode,
		added
	});
}
// packages/guards/lib/catalog.js
const GUARD_CATALOG = [
	{
		name: "manifest-scope",
		summary: "every touched path inside the ticket's scope, outside the forbidden categories; dev dependencies only from the allowlist",
		needs: ["ticket"],
		readsDiff: true
	},
	{
		name: "skip-set",
		summary: "the set of skipped tests never grows and no test silently disappears",
		needs: [],
		readsDiff: true
	},
	{
		name: "spec-conformance",
		summary: "the PR names a spec section that exists, that the ticket implements and that the change addresses; every commit is conventional",
		needs: ["body"],
		readsDiff: true
	},
	{
		name: "cost-ceiling",
		summary: "token caps, cost per PR, prompt-cache hit rate and cost incidents from the usage ledgers",
		needs: ["usage"],
		readsDiff: false
	},
	{
		name: "boundaries",
		summary: "no new import across bounded contexts that the policy forbids",
		needs: [],
		readsDiff: true
	}
];
// packages/guards/lib/applies-to.js
function runWhereApplies(guard, request, run, otherwise = (notApplicable) => Promise.resolve(notApplicable)) {
	const notApplicable = notApplicableRun(guard, request, request.logger);
	return notApplicable ? otherwise(notApplicable) : run();
}
// packages/guards/lib/registry.js
const CODE = {
	"manifest-scope": () => import("./lib-KmNVz3mn.js"),
	"skip-set": () => import("./guard-OGPOiGno.js"),
	"spec-conformance": () => import("./lib-CcwHdO85.js"),
	"cost-ceiling": () => import("./lib-By98F1j_.js"),
	boundaries: () => import("./lib-CpvegLjB.js")
};
const RUNS = {
	"manifest-scope": async (r) => {
		const { runScopeGuard } = await CODE["manifest-scope"]();
		const ticketPath = resolveTicketPath(r.policy, {
			ticket: r.ticketPath,
			headRef: r.headRef
		});
		return runScopeGuard({
			...revisionRange(r),
			policyPath: r.policyPath,
			ticketPath
		});
	},
	"skip-set": async (r) => {
		const { runSkipSetGuard } = await CODE["skip-set"]();
		return runSkipSetGuard({
			...revisionRange(r),
			policyPath: r.policyPath,
			...r.skipSet?.collector ? { collector: r.skipSet.collector } : {},
			...r.skipSet?.runner ? { runner: r.skipSet.runner } : {},
			...r.skipSet?.reports ? { reports: r.skipSet.reports } : {},
			...await ticketWhenGiven(r)
		});
	},
	"spec-conformance": async (r) => {
		const { runSpecGuard } = await CODE["spec-conformance"]();
		return runSpecGuard({
			...revisionRange(r),
			body: r.body.text,
			...r.body.path ? { bodyPath: r.body.path } : {},
			...await ticketWhenGiven(r)
		});
	},
	"cost-ceiling": async (r) => {
		const { runCostGuard } = await CODE["cost-ceiling"]();
		return runCostGuard({
			...r.usage,
			ledgers: r.usage.ledgers,
			policy: r.policy,
			logger: r.logger
		});
	},
	boundaries: async (r) => {
		const { runBoundariesGuard } = await CODE.boundaries();
		return runBoundariesGuard({
			...revisionRange(r),
			policyPath: r.policyPath
		});
	}
};
const NOT_APPLICABLE_RUNS = { "manifest-scope": async (r, notApplicable) => {
	const { runEveryPrCategories } = await CODE["manifest-scope"]();
	return runEveryPrCategories({
		...revisionRange(r),
		notApplicable
	});
} };
const GUARDS = GUARD_CATALOG.map((info) => {
	const runNotApplicable = NOT_APPLICABLE_RUNS[info.name];
	return {
		...info,
		load: () => CODE[info.name]().then(() => void 0, () => void 0),
		run: RUNS[info.name],
		...runNotApplicable ? { runNotApplicable } : {}
	};
});
const ticketsRead = /* @__PURE__ */ new WeakMap();
async function ticketWhenGiven(r) {
	if (!r.ticketPath) return {};
	let reading = ticketsRead.get(r);
	if (!reading) {
		reading = loadTicket({
			repo: r.repo,
			base: r.base,
			path: r.ticketPath,
			logger: r.logger
		});
		ticketsRead.set(r, reading);
	}
	return {
		ticket: await reading,
		ticketPath: r.ticketPath
	};
}
function revisionRange(r) {
	return {
		repo: r.repo,
		base: r.base,
		head: r.head,
		policy: r.policy,
		logger: r.logger,
		...r.prCommits !== void 0 ? { prCommits: r.prCommits } : {}
	};
}
async function runGuard(guard, request) {
	return (await traceGuardRun(guard.name, () => guardRunOrError(guard.name, () => runWhereApplies(guard.name, request, () => guard.run(request), guard.runNotApplicable && ((notApplicable) => guard.runNotApplicable(request, notApplicable))), (error) => request.logger.debug(error.stack ?? error.message)), { onWarnings: (warnings) => warnings.forEach((w) => request.logger.warning(w)) })).report;
}
// packages/agent-runner/lib/review/standard-guards.js
function standardReviewGuards(options) {
	const { policy, policyPath, ticketPath, logger } = options;
	return [...GUARDS.filter((g) => g.needs.every((n) => n === "ticket")).map((guard) => ({ repo, base, head }) => runGuard(guard, {
		repo,
		base,
		head,
		policy,
		policyPath,
		ticketPath,
		logger
	})), async ({ repo, base, head }) => {
		const { checkCommits, pullRequestCommits } = await import("./lib-CcwHdO85.js");
		const check = checkCommits(await pullRequestCommits(repo, base, head), policy.commits);
		return reportFromFindings("spec-conformance", check.findings, { "commits-checked": check.checked });
	}];
}
function runGuardedSession(options) {
	return startSession(options, standardGuardsFor(options.logger));
}
function resumeGuardedSession(sessionDir, options) {
	return resumeSession(sessionDir, options, standardGuardsFor(options.logger));
}
function standardGuardsFor(logger) {
	return ({ policy, policyPath, ticketPath }) => standardReviewGuards({
		policy,
		policyPath,
		ticketPath,
		logger
	});
}
// actions/agent-runner/lib/main.js
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
const Inputs = strictObject({
	ticket: optional(string()),
	policy: _default(string(), DEFAULT_POLICY_PATH),
	base: _default(string(), "HEAD"),
	"anthropic-api-key": optional(string()),
	"anthropic-base-url": optional(string()),
	"github-token": optional(string()),
	"session-dir": optional(string()),
	"resume-session": optional(string()),
	"add-context": optional(string()),
	"fail-on-escalation": _default(booleanInput, true),
	"working-directory": _default(string(), ".")
});
async function run() {
	const logger = coreLogger(core);
	let result;
	let failOnEscalation = true;
	try {
		const inputs = parseInputs(Inputs, (name) => core.getInput(name));
		failOnEscalation = inputs["fail-on-escalation"];
		const apiKey = inputs["anthropic-api-key"] || process.env.ANTHROPIC_API_KEY;
		const anthropic = {
			...apiKey ? { apiKey } : {},
			...inputs["anthropic-base-url"] ? { baseURL: inputs["anthropic-base-url"] } : {}
		};
		const repository = process.env.GITHUB_REPOSITORY;
		const token = inputs["github-token"];
		const github = token && repository ? await gitHub(token, repository, logger) : void 0;
		const runtime = {
			anthropic,
			logger,
			...github ? { github } : {},
			push: {
				remote: "origin",
				...token ? { token } : {}
			}
		};
		for (const name of [
			"INPUT_ANTHROPIC-API-KEY",
			"INPUT_GITHUB-TOKEN",
			"ANTHROPIC_API_KEY",
			"GITHUB_TOKEN",
			"GH_TOKEN"
		]) delete process.env[name];
		if (inputs["resume-session"]) {
			if (!inputs["add-context"]) throw new Error("'resume-session' needs 'add-context': the file the operator adds to the context packet.");
			result = await resumeGuardedSession(inputs["resume-session"], {
				...runtime,
				addContext: inputs["add-context"]
			});
		} else {
			if (!inputs.ticket) throw new Error("missing input 'ticket': the repo-relative ticket file to work on.");
			result = await runGuardedSession({
				...runtime,
				repo: inputs["working-directory"],
				ticketPath: inputs.ticket,
				base: inputs.base,
				policyPath: inputs.policy,
				sessionDir: inputs["session-dir"] ?? join(process.env.RUNNER_TEMP ?? ".", "agent-session")
			});
		}
	} catch (error) {
		core.setOutput("status", "error");
		core.setFailed(`agent-runner could not run the session: ${describeError(error)}`);
		return;
	}
	const outputs = {
		status: result.status,
		"pr-number": result.pr?.number ?? "",
		"pr-url": result.pr?.url ?? "",
		"session-path": result.sessionPath,
		"ledger-path": result.ledgerPath,
		"trace-path": result.tracePath,
		traceparent: result.traceparent,
		tokens: result.tokens,
		"cost-usd": result.costUsd.toFixed(6),
		"cache-hit-rate": result.cacheHitRate.toFixed(4)
	};
	for (const [name, value] of Object.entries(outputs)) core.setOutput(name, String(value));
	try {
		core.summary.addRaw(sessionSummary(result), true);
		await core.summary.write();
	} catch (error) {
		core.debug(`job summary not written: ${describeError(error)}`);
	}
	if (!result.sandbox.contained) core.warning(result.sandbox.summary);
	if (result.status !== "done") {
		const e = result.escalation;
		const message = `the session escalated in ${e?.mode ?? "?"} mode: ${e?.reason ?? "unknown"}: ${e?.detail ?? ""}`;
		if (failOnEscalation) core.setFailed(message);
		else core.warning(message);
	}
}
async function gitHub(token, repository, logger) {
	const { createGitHubClient, parseRepoRef } = await import("./lib-C7_qRz7F.js");
	return {
		client: createGitHubClient({
			token,
			logger,
			...process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}
		}),
		repo: parseRepoRef(repository)
	};
}
function sessionSummary(r) {
	return [
		"## agent-runner",
		"",
		"| | |",
		"|---|---|",
		...[
			["status", r.status === "done" ? "\u2705 done" : `\u26A0\uFE0F escalated in ${r.escalation?.mode}: \`${r.escalation?.reason}\``],
			...r.escalation ? [["detail", markdownText(r.escalation.detail)]] : [],
			["branch", `\`${markdownText(r.branch)}\` at \`${r.headSha.slice(0, 12)}\``],
			["pull request", r.pr ? `[#${r.pr.number}](${r.pr.url})` : "none"],
			["sandbox", r.sandbox.contained ? markdownText(r.sandbox.summary) : `\u26A0\uFE0F **${markdownText(r.sandbox.summary)}**`],
			["tokens", String(r.tokens)],
			["cost", `$${r.costUsd.toFixed(4)}`],
			["cache hit rate", `${(r.cacheHitRate * 100).toFixed(1)}%`]
		].map(([k, v]) => `| ${k} | ${v} |`),
		"",
		telemetrySummary(r.telemetryWarnings)
	].join("\n");
}
export { run };
