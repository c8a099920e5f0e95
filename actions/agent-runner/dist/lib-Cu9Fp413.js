import { r as minimatch, t as Minimatch } from "./esm-CbIBnKPX.js";
import { A as literal, B as string, D as boolean, E as array, F as partialRecord, G as _gte, H as transform, I as pipe, J as _minLength, K as _lte, L as record, M as number, P as optional, R as refine, T as _enum, U as union, V as superRefine, X as _positive, Y as _nonnegative, Z as _regex, _ as GUARD_NAMES, et as withoutSecrets, k as int, n as described, tt as ConfigurationError, w as _default, y as reportFromFindings, z as strictObject } from "./lib-yg2IhoS4.js";
import { a as isScalar, i as isMap, n as parseDocument, o as isSeq, r as LineCounter } from "./public-api-BcmC-Fk3.js";
import { basename, isAbsolute, join, posix, resolve } from "node:path";
import { existsSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
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
/** The languages a policy's `tests.frameworks` list selects. */
function languagesFor(frameworks) {
	if (frameworks.includes("auto")) return [...ALL_LANGUAGES];
	const map = {
		pytest: "python",
		unittest: "python",
		vitest: "javascript",
		jest: "javascript",
		mocha: "javascript",
		go: "go",
		junit: "jvm",
		rspec: "ruby",
		cargo: "rust"
	};
	return [...new Set(frameworks.map((f) => map[f]).filter((l) => l !== void 0))];
}
/** Directories no framework collects from (pytest's norecursedirs defaults, vendored and build trees). */
const IGNORED_SEGMENT = /(?:^|\/)(?:\.[^/]+|node_modules|__pycache__|venv|site-packages|\w+\.egg-info|build|dist|vendor|target|testdata|_darcs|CVS)\//;
function isConftest(path) {
	return posix.basename(path) === "conftest.py" && !IGNORED_SEGMENT.test(path);
}
/** The language whose tests `path` holds under `patterns`, or undefined when no framework collects it. */
function testLanguageOf(path, patterns) {
	const base = posix.basename(path);
	const dot = base.lastIndexOf(".");
	const ext = dot < 0 ? "" : base.slice(dot + 1);
	const ignored = IGNORED_SEGMENT.test(path);
	switch (ext) {
		case "py":
			if (ignored || !patterns.languages.has("python")) return void 0;
			if (!patterns.pythonFiles.some((g) => matches(base, g))) return void 0;
			if (patterns.pythonTestpaths.length > 0 && !patterns.pythonTestpaths.some((d) => d === "." || path.startsWith(`${d.replace(/\/+$/, "")}/`))) return;
			return "python";
		case "js":
		case "jsx":
		case "ts":
		case "tsx":
		case "mjs":
		case "cjs":
		case "mts":
		case "cts":
			if (!patterns.languages.has("javascript") || path.endsWith(".d.ts")) return void 0;
			if (!patterns.jsInclude.some((g) => matches(path, g))) return void 0;
			if (patterns.jsExcludeGlobs.some((g) => matches(path, g))) return void 0;
			if (patterns.jsIgnoreRegexps.some((r) => safeRegExp(r)?.test(path))) return void 0;
			return "javascript";
		case "go": return !ignored && patterns.languages.has("go") && base.endsWith("_test.go") && !/(?:^|\/)_/.test(path) ? "go" : void 0;
		case "java":
		case "kt":
			if (ignored || !patterns.languages.has("jvm")) return void 0;
			return /(?:^|\/)src\/test\//.test(path) || /(?:Test|Tests|IT|TestCase)\.(?:java|kt)$|^Test\w*\.(?:java|kt)$/.test(base) ? "jvm" : void 0;
		case "rb": return !ignored && patterns.languages.has("ruby") && base.endsWith("_spec.rb") ? "ruby" : void 0;
		case "rs": return !ignored && patterns.languages.has("rust") ? "rust" : void 0;
		default: return;
	}
}
const compiled = /* @__PURE__ */ new Map();
/** Globs are compiled once: collection tests every path of a repository against them. */
function matches(path, glob) {
	let m = compiled.get(glob);
	if (!m) {
		m = new Minimatch(glob, { dot: true });
		compiled.set(glob, m);
	}
	return m.match(path);
}
function safeRegExp(source) {
	try {
		return new RegExp(source.replace(/<rootDir>\/?/g, ""));
	} catch {
		return;
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
function isTestPath(path) {
	const p = path.replace(/\\/g, "/");
	if (TEST_DIRS.test(p) || RUBY_SPEC_DIR.test(p) || JVM_TEST_SOURCE_SET.test(p)) return true;
	if (posix.basename(p) === "conftest.py") return true;
	const language = testLanguageOf(p, DEFAULTS);
	return language !== void 0 && language !== "rust";
}
// packages/config/lib/forbidden.js
/** The category of the policy's own `forbidden_paths`. */
const POLICY_FORBIDDEN_CATEGORY = "policy";
/** Every forbidden category's id: the policy's own, then the built-in ones. */
const FORBIDDEN_CATEGORY_IDS = [POLICY_FORBIDDEN_CATEGORY, ...BUILT_IN_FORBIDDEN.map((c) => c.id)];
/** The categories a policy's `forbidden_exceptions` may narrow. */
const NARROWABLE_FORBIDDEN_CATEGORIES = BUILT_IN_FORBIDDEN.filter((c) => c.narrowable).map((c) => c.id);
/**
* The words of one folder or file name, lower-cased: split at every character
* that is not a letter or digit, between a lower-case and an upper-case letter
* (`authToken`), before the last capital of a run of capitals followed by a
* lower-case letter (`OAuthClient` → o, auth, client), and between letters and digits
* (`oauth2` → oauth, 2).
*/
function nameWords(name) {
	return name.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").replace(/([A-Za-z])(?=\d)|(\d)(?=[A-Za-z])/g, "$1$2 ").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}
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
const login = string().check(_regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/, "a GitHub login such as octo-agent[bot] (an app's bot login ends in [bot])"));
/**
* The agents are named in the policy because it is read at the base commit: a
* PR cannot change who counts as one, as it could a workflow input (the caller
* workflow of a pull_request run is the PR's own copy).
*/
const AgentsPolicySchema = described(optional(strictObject({ logins: described(_default(array(login), []), `PR authors whose PRs are agent PRs: your agent's GitHub App (<app-slug>[bot]) and any other. ${KNOWN_AGENT_LOGINS.join(", ")} are always agents.`) })), "Who the agents are. Without this section no PR can be told to be a human one, so every guard judges every PR; with it, guards set to agent-prs pass human PRs with a notice.");
function appliesTo(guard) {
	const fallback = DEFAULT_APPLIES_TO[guard];
	return described(_default(_enum(APPLIES_TO), fallback), `Whom ${guard} judges: agent-prs or every-pr (default ${fallback}).`);
}
function guardSettings(guard) {
	return _default(strictObject({ applies_to: appliesTo(guard) }), { applies_to: DEFAULT_APPLIES_TO[guard] });
}
/**
* manifest-scope judges a PR against its ticket, which only an agent's PR has. The
* forbidden categories need no ticket: a team may keep some of them on every PR.
*/
const ScopeSettingsSchema = _default(strictObject({
	applies_to: appliesTo("manifest-scope"),
	every_pr_categories: described(_default(array(_enum(FORBIDDEN_CATEGORY_IDS)), []), "Forbidden categories checked on every PR, an agent's or not, without a ticket (e.g. [vendored-code, git-metadata]; 'policy' is the policy's own forbidden_paths). A PR that is not an agent's fails only for a path in one of these; an agent PR is judged on all of them and its ticket.")
}), {
	applies_to: DEFAULT_APPLIES_TO["manifest-scope"],
	every_pr_categories: []
});
const GuardsPolicySchema = described(_default(strictObject({
	"manifest-scope": described(ScopeSettingsSchema, "every-pr: every PR needs a ticket (the 'ticket' input or an agent branch name); its scope, the forbidden categories and the dependency allowlist are checked on all of them. agent-prs with every_pr_categories: other PRs are checked for those categories only."),
	"skip-set": guardSettings("skip-set"),
	"spec-conformance": guardSettings("spec-conformance"),
	"cost-ceiling": guardSettings("cost-ceiling"),
	boundaries: guardSettings("boundaries")
}), {
	...Object.fromEntries(GUARD_NAMES.map((g) => [g, { applies_to: DEFAULT_APPLIES_TO[g] }])),
	"manifest-scope": {
		applies_to: DEFAULT_APPLIES_TO["manifest-scope"],
		every_pr_categories: []
	}
}), "Per guard: whom it judges (applies_to).");
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
const glob = string().check(_minLength(1, "a glob cannot be empty"));
const DependencyAllowlistSchema = described(_default(strictObject({
	npm: _default(array(glob), []),
	pypi: _default(array(glob), []),
	go: _default(array(glob), []),
	cargo: _default(array(glob), [])
}), {
	npm: [],
	pypi: [],
	go: [],
	cargo: []
}), "Dev dependencies the agent may add or change, per ecosystem (globs over package names).");
const SpecPolicySchema = _default(strictObject({
	path: described(_default(string(), "docs/agent-spec.md"), "The spec markdown, read at the PR base."),
	map: described(optional(string()), "Optional spec map (YAML) saying what a change addressing each section looks like."),
	require_map: described(_default(boolean(), false), "Fail, rather than notice, when no map lets conformance be checked.")
}), {
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
const CommitsPolicySchema = _default(strictObject({
	types: _default(array(string().check(_regex(/^[a-z][a-z0-9-]*$/))), [...COMMIT_TYPES]),
	require_scope: _default(boolean(), false),
	max_subject_length: _default(int().check(_positive()), 100)
}), {
	types: [...COMMIT_TYPES],
	require_scope: false,
	max_subject_length: 100
});
const TestsPolicySchema = _default(strictObject({
	frameworks: _default(array(_enum([
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
	])), ["auto"]),
	collector: _default(_enum([
		"static",
		"runner",
		"both"
	]), "static")
}), {
	frameworks: ["auto"],
	collector: "static"
});
const ModelsByModeSchema = _default(strictObject({
	frame: _default(string(), "claude-haiku-4-5"),
	plan: _default(string(), "claude-sonnet-4-6"),
	implement: _default(string(), "claude-sonnet-4-6"),
	review: _default(string(), "claude-sonnet-4-6")
}), {
	frame: "claude-haiku-4-5",
	plan: "claude-sonnet-4-6",
	implement: "claude-sonnet-4-6",
	review: "claude-sonnet-4-6"
});
const ModelPriceSchema = strictObject({
	input_per_mtok: number().check(_nonnegative()),
	output_per_mtok: number().check(_nonnegative()),
	cache_write_5m_multiplier: _default(number().check(_nonnegative()), 1.25),
	cache_write_1h_multiplier: _default(number().check(_nonnegative()), 2),
	cache_read_multiplier: _default(number().check(_nonnegative()), .1)
});
const IncidentPolicySchema = _default(strictObject({
	session_cost_usd: _default(number().check(_positive()), 6),
	sustained_hours: _default(number().check(_positive()), 24),
	daily_vs_7day_median: _default(number().check(_positive()), 1.5),
	escalate_to: described(_default(array(string()), []), "GitHub handles mentioned on a cost incident, in order (SRE on call, then tech lead).")
}), {
	session_cost_usd: 6,
	sustained_hours: 24,
	daily_vs_7day_median: 1.5,
	escalate_to: []
});
const CostPolicySchema = _default(strictObject({
	soft_cap_tokens: _default(int().check(_positive()), 15e4),
	hard_cap_tokens: _default(int().check(_positive()), 3e5),
	max_cost_per_pr_usd: _default(number().check(_positive()), 4.5),
	min_cache_hit_rate: _default(number().check(_gte(0), _lte(1)), .8),
	cache_hit_rate_fails: _default(boolean(), false),
	weekly_budget_tokens: optional(int().check(_positive())),
	models: ModelsByModeSchema,
	prices: described(_default(record(string(), ModelPriceSchema), {}), "Per-model price overrides, USD per million tokens."),
	incident: IncidentPolicySchema,
	history_branch: _default(string(), "agent-guards/cost-history")
}), {
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
	from: string().check(_minLength(1)),
	to: string().check(_minLength(1)),
	/** For forbidden edges: what to do instead, shown in the finding. */
	instead: optional(string())
});
const BoundariesPolicySchema = _default(strictObject({
	contexts: described(_default(record(string(), array(glob)), {}), "Bounded contexts: name → path globs."),
	allow: described(_default(array(BoundaryEdgeSchema), []), "Allowed edges between contexts; any other cross-context edge is forbidden."),
	forbid: described(_default(array(BoundaryEdgeSchema), []), "Edges forbidden even where allowed otherwise; `to` may be a context or a module/package pattern (e.g. a database client)."),
	type_only_imports: _default(_enum(["allow", "check"]), "allow")
}), {
	contexts: {},
	allow: [],
	forbid: [],
	type_only_imports: "allow"
});
const SANDBOX_MODES = ["bubblewrap", "none"];
/** A registry host the egress proxy lets installs reach: a name (`*.` for subdomains), `:port` when not 443; never an IP literal. */
const registryHost = string().check(_regex(/^(\*\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*(?::\d{1,5})?$/, "a host name such as registry.npmjs.org (optionally *.example.com or host:port)"), refine((h) => !/^[\d.]+(?::\d+)?$/.test(h), "an IP address is not a registry host: name the host"));
const DEFAULT_REGISTRIES = {
	npm: ["registry.npmjs.org", "registry.yarnpkg.com"],
	pypi: ["pypi.org", "files.pythonhosted.org"],
	go: ["proxy.golang.org", "sum.golang.org"],
	cargo: ["index.crates.io", "static.crates.io"]
};
const SandboxRegistriesSchema = described(_default(strictObject({
	npm: _default(array(registryHost), DEFAULT_REGISTRIES.npm),
	pypi: _default(array(registryHost), DEFAULT_REGISTRIES.pypi),
	go: _default(array(registryHost), DEFAULT_REGISTRIES.go),
	cargo: _default(array(registryHost), DEFAULT_REGISTRIES.cargo)
}), DEFAULT_REGISTRIES), "Hosts install_dev_dependency may reach through the egress proxy, per ecosystem; every other connection is refused.");
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
	mode: described(_default(_enum(SANDBOX_MODES), "bubblewrap"), "bubblewrap (Linux): every process running code the model or the PR can influence runs contained. none: no containment; said in plain words wherever the session is reported."),
	read_only: described(_default(array(string().check(_regex(/^(\/|~\/)/, "an absolute path or ~/…"))), []), "Host paths sandboxed processes may read besides the system, the toolchains found on PATH and the checkout (absolute or ~/…, the runner user’s home)."),
	memory_mb: described(_default(int().check(_positive()), 4096), "Memory one sandboxed process may allocate (RLIMIT_DATA)."),
	max_processes: described(_default(int().check(_positive()), 512), "Processes and threads a sandboxed command may have at once (RLIMIT_NPROC)."),
	max_file_size_mb: described(_default(int().check(_positive()), 1024), "Largest file a sandboxed process may write (RLIMIT_FSIZE)."),
	max_output_mb: described(_default(int().check(_positive()), 32), "Output (stdout + stderr) after which the command is stopped."),
	tmp_size_mb: described(_default(int().check(_positive()), 2048), "Size of the private /tmp."),
	registries: SandboxRegistriesSchema
});
/** `runner.sandbox`: how code the model or the PR can influence runs (the runner's tools, the skip-set runner collectors). */
const SandboxPolicySchema = described(pipe(_default(union([_enum(SANDBOX_MODES), SandboxSettingsSchema]), "bubblewrap"), transform((v) => typeof v === "string" ? {
	...SANDBOX_DEFAULTS,
	mode: v
} : v)), "How code the model or the PR can influence runs: 'bubblewrap' (default; Linux) or 'none', or the full settings object.");
const RunnerPolicySchema = _default(strictObject({
	test_command: described(optional(array(string())), "argv of the service test command, e.g. [\"npm\",\"test\"] — no shell."),
	lint_command: optional(array(string())),
	install_dev_dependency_command: _default(record(string(), array(string())), {}),
	command_timeout_seconds: _default(int().check(_positive()), 600),
	max_test_attempts: _default(int().check(_positive()), 5),
	session_timeout_minutes: _default(number().check(_positive()), 30),
	target_session_minutes: _default(number().check(_positive()), 12),
	max_open_questions: _default(int().check(_nonnegative()), 2),
	branch_prefix: _default(string(), "agent/"),
	sandbox: SandboxPolicySchema
}), {
	install_dev_dependency_command: {},
	command_timeout_seconds: 600,
	max_test_attempts: 5,
	session_timeout_minutes: 30,
	target_session_minutes: 12,
	max_open_questions: 2,
	branch_prefix: "agent/",
	sandbox: SANDBOX_DEFAULTS
});
const PolicySchema = described(strictObject({
	$schema: optional(string()),
	version: literal(1),
	agents: AgentsPolicySchema,
	guards: GuardsPolicySchema,
	protected_branches: _default(array(glob), [
		"main",
		"master",
		"release/*"
	]),
	forbidden_paths: described(_default(array(glob), []), "Added to the built-in forbidden categories, never replacing them."),
	forbidden_exceptions: described(_default(partialRecord(_enum(NARROWABLE_FORBIDDEN_CATEGORIES), array(glob)), {}), "Narrows built-in forbidden categories: per category id, globs (case-sensitive) of paths this repository does not count as in it, e.g. { auth: ['src/events/login-*.ts'] }. agent-configuration cannot be narrowed."),
	dependency_allowlist: DependencyAllowlistSchema,
	manifest: _default(string(), DEFAULT_MANIFEST_PATH),
	tickets_dir: _default(string(), ".agent/tickets"),
	spec: SpecPolicySchema,
	commits: CommitsPolicySchema,
	tests: TestsPolicySchema,
	cost: CostPolicySchema,
	boundaries: BoundariesPolicySchema,
	runner: RunnerPolicySchema,
	required_checks: described(_default(array(string()), [
		"manifest-scope",
		"skip-set",
		"spec-conformance",
		"cost-ceiling",
		"boundaries"
	]), "Status checks the protected branches must require (protection check).")
}), "agent-guards policy, owned by the platform team; read at the PR base commit.");
/** The policy used when the repository has none at the default path. */
function defaultPolicy() {
	return PolicySchema.parse({ version: 1 });
}
// packages/config/lib/ticket.js
const ContextPacketSchema = described(strictObject({
	acceptance_criteria: _default(array(string()), []),
	edge_cases: _default(array(string()), []),
	rules: described(_default(array(string()), []), "Architectural rules that apply (e.g. \"events flow through the event bus\")."),
	golden_samples: described(_default(array(string()), []), "Repo paths of reference implementations the change must follow."),
	shared: described(optional(string()), "Name of a context shared across tickets (kept in the stable, cached part of the prompt).")
}), "The context packet: live spec, architectural rules and golden samples.");
const TicketSchema = described(strictObject({
	$schema: optional(string()),
	id: string().check(_regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "ticket ids are letters, digits, dot, dash and underscore")),
	title: string().check(_minLength(1)),
	kind: optional(_enum([
		"bug-fix",
		"dependency-update",
		"test-addition",
		"refactor",
		"docs"
	])),
	spec: described(_default(array(string()), []), "The spec sections this ticket implements, e.g. [\"§3.6\"]."),
	scope: strictObject({
		include: array(string().check(_minLength(1))).check(_minLength(1, "a ticket needs at least one include glob")),
		exclude: _default(array(string().check(_minLength(1))), [])
	}),
	body: described(_default(string(), ""), "Free text; untrusted data for the agent, never instructions."),
	issue: described(optional(int().check(_positive())), "The ticket issue number, for escalation comments."),
	context: optional(ContextPacketSchema)
}), "A ticket assigned to the agent; written by a human, read at the PR base commit.");
/**
* The ticket path: given explicitly, or derived from an agent branch name
* (`<branch_prefix><id>` or the runner's `<branch_prefix><id>-<8 hex of the
* session>` → `<tickets_dir>/<id>.yml`).
*/
function resolveTicketPath(policy, from) {
	if (from.ticket) return from.ticket;
	const prefix = policy.runner.branch_prefix;
	if (from.headRef?.startsWith(prefix)) {
		const id = from.headRef.slice(prefix.length).replace(/-[0-9a-f]{8}$/, "");
		if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) return `${policy.tickets_dir.replace(/\/+$/, "")}/${id}.yml`;
	}
	throw new ConfigurationError("no ticket to check the PR against.", {
		field: "ticket",
		fix: `set the 'ticket' input (or --ticket) to the ticket file, or name the branch '${prefix}<ticket-id>'; a PR that is not an agent's needs none while guards.manifest-scope.applies_to is agent-prs and the policy lists the agents (agents.logins).`
	});
}
// packages/config/lib/manifest.js
const MODES$2 = [
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
	scope: described(literal("plan-named"), "delete_file is bound only to files the plan names (never tests).")
});
const ToolEntry = union([string().check(_minLength(1)), DeleteFileEntry]);
const ModeToolsSchema = strictObject({
	inherit: optional(_enum(MODES$2)),
	read: _default(array(ToolEntry), []),
	write: _default(array(ToolEntry), [])
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
const ToolManifestSchema = described(strictObject({
	$schema: optional(string()),
	version: literal(1),
	modes: strictObject({
		frame: ModeToolsSchema,
		plan: ModeToolsSchema,
		implement: ModeToolsSchema,
		review: ModeToolsSchema
	})
}).check(superRefine((manifest, ctx) => {
	for (const v of manifestViolations(manifest.modes)) ctx.addIssue({
		code: "custom",
		path: ["modes", v.mode],
		message: `tool '${v.tool}' is not allowed: ${v.reason}`
	});
	for (const mode of MODES$2) {
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
})), "Tool manifest by mode (spec §5); read at the PR base commit.");
/** Resolves `inherit` into the full tool set of each mode. */
function resolveManifest(manifest) {
	const resolved = {};
	const resolve = (mode) => {
		if (resolved[mode]) return resolved[mode];
		const spec = manifest.modes[mode];
		const parent = spec.inherit ? resolve(spec.inherit) : void 0;
		const read = /* @__PURE__ */ new Set([...parent?.read ?? [], ...spec.read.map(entryName)]);
		const write = /* @__PURE__ */ new Set([...parent?.write ?? [], ...spec.write.map(entryName)]);
		resolved[mode] = {
			read,
			write,
			all: /* @__PURE__ */ new Set([...read, ...write])
		};
		return resolved[mode];
	};
	for (const mode of MODES$2) resolve(mode);
	return resolved;
}
/** The spec §5 manifest, used when a repository has none and as the template. */
const DEFAULT_MANIFEST = {
	version: 1,
	modes: {
		frame: {
			read: [
				"read_file",
				"list_dir",
				"grep",
				"read_dependency_graph"
			],
			write: []
		},
		plan: {
			inherit: "frame",
			read: ["ask_user_question"],
			write: []
		},
		implement: {
			inherit: "plan",
			read: [
				"run_tests",
				"run_linter",
				"read_test_output"
			],
			write: [
				"edit_file",
				"write_file",
				"git_commit",
				"install_dev_dependency",
				{
					name: "delete_file",
					scope: "plan-named"
				}
			]
		},
		review: {
			inherit: "implement",
			read: ["git_diff", "git_log"],
			write: [
				"git_push_non_protected",
				"gh_pr_create",
				"gh_pr_comment"
			]
		}
	}
};
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
		const child = spawnGit(repo, args, options);
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
/**
* Starts git with a fixed, config-independent environment: no pager, no prompts, no user-level
* config that could change output (diff.renames, external diff…), no secrets.
*/
function spawnGit(repo, args, options = {}) {
	return spawn("git", [
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
}
async function gitText(repo, args, options = {}) {
	return (await runGit(repo, args, options)).stdout.toString("utf8");
}
// packages/git/lib/cat-file.js
/** The object ids of the objects read by other names (`<rev>:<path>`), from cat-file's headers. */
const objectIds = /* @__PURE__ */ new WeakMap();
/** The id of an object this module read, from the header git wrote before it. */
function objectIdOf(object) {
	return objectIds.get(object);
}
/**
* Reads the names with `git cat-file --batch`, handing each object to `onObject` as its bytes
* arrive, in the order of the names (undefined for a name that names nothing). Nothing is
* remembered: readObjects is the reader that remembers. If `onObject` throws, the read fails with
* that error.
*
* A guard asks git for objects in rounds (the policy, the PR's files, the files those import),
* and every git process started costs the main thread a fork and an exec, and the round git's
* start-up. So the git of a repository is kept open while it is idle, and the next round is
* written to it; a batch asked for while it is busy gets a git of its own, so batches never wait
* on one another.
*/
function catFileBatch(repo, names, onObject) {
	if (names.length === 0) return Promise.resolve();
	const key = resolve(repo);
	const kept = keptOpen.get(key);
	if (kept && !kept.busy()) return kept.read(names, onObject, false);
	const git = new CatFileProcess(repo, () => keptOpen.get(key) === git && keptOpen.delete(key));
	if (!kept) keptOpen.set(key, git);
	return git.read(names, onObject, kept !== void 0);
}
/** The git kept open for each repository, while it is. */
const keptOpen = /* @__PURE__ */ new Map();
/** How long a kept-open git waits for another batch before it is closed. */
const IDLE_MS = 500;
/**
* The last name of every batch: a name that names nothing, so git answers it with one line,
* `<name> missing`, after every other answer. Output that ends with that line before the parser
* has read every answer is out of step (a corrupt object's header promises more bytes than git
* writes): the batch fails, where a git kept open would otherwise be waited on for good. Random,
* so no file's content ends with its line by design.
*/
const END_OF_BATCH = `agent-guards-end-of-batch-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
const END_LINE = Buffer.from(`${END_OF_BATCH} missing\n`);
const outOfStep = () => new GitError("git cat-file --batch wrote answers out of step with the names asked (is an object in the clone corrupt? `git fsck` says)", ["cat-file", "--batch"], null, "");
/** One `git cat-file --batch`: batches are written to it in turn and answered in that order. */
var CatFileProcess = class {
	onEnd;
	child;
	batches = [];
	/** The last bytes of the current batch's answers, as many as END_LINE has less one: the start of an end line split between chunks. */
	tail = Buffer.alloc(0);
	stderr = [];
	idle;
	ended = false;
	constructor(repo, onEnd) {
		this.onEnd = onEnd;
		this.child = spawnGit(repo, ["cat-file", "--batch"]);
		this.child.stdout.on("data", (chunk) => this.take(chunk));
		this.child.stderr.on("data", (chunk) => this.stderr.push(chunk));
		this.child.stdin.on("error", () => void 0);
		this.child.on("error", (e) => this.fail(new GitError(`cannot run git: ${e.message}`, ["cat-file", "--batch"], null, "")));
		this.child.on("close", (code) => {
			const stderr = Buffer.concat(this.stderr).toString("utf8");
			this.fail(new GitError(`git cat-file --batch ended (exit ${code ?? -1}) before it answered every name: ${stderr.trim()}`, ["cat-file", "--batch"], code, stderr));
		});
	}
	/**
	* Whether git is still answering names of a batch. Callers have their objects before the batch's
	* end line arrives; a batch written while only end lines are awaited waits for nothing.
	*/
	busy() {
		return this.batches.some((b) => b.parser.awaiting() > 1);
	}
	/** Writes the names; resolves once every one is answered. `last`: no batch follows, git ends after this one. */
	read(names, onObject, last) {
		clearTimeout(this.idle);
		this.hold(true);
		return new Promise((done, fail) => {
			let inStep = false;
			const parser = new CatFileOutput([...names, END_OF_BATCH], (name, object) => {
				if (name === END_OF_BATCH) inStep = object === void 0;
				else onObject(name, object);
			});
			this.batches.push({
				parser,
				inStep: () => inStep,
				done,
				fail
			});
			this.child.stdin.write(`${names.join("\n")}\n${END_OF_BATCH}\n`);
			if (last) this.close();
		});
	}
	take(chunk) {
		let chunks = [chunk];
		try {
			while (chunks.length > 0 && this.batches.length > 0) {
				const batch = this.batches[0];
				let ends = false;
				for (const c of chunks) {
					batch.parser.push(c);
					ends = this.endsBatch(c);
				}
				if (!batch.parser.done()) {
					if (ends) throw outOfStep();
					return;
				}
				if (!batch.inStep()) throw outOfStep();
				this.batches.shift();
				this.tail = Buffer.alloc(0);
				batch.done();
				chunks = batch.parser.rest();
			}
			if (chunks.length > 0) throw outOfStep();
		} catch (error) {
			this.fail(error);
			this.child.kill();
			return;
		}
		if (this.batches.length > 0) return;
		this.hold(false);
		this.idle = setTimeout(() => this.close(), IDLE_MS);
		this.idle.unref();
	}
	/** Whether the current batch's answers so far end with the end-of-batch line (`chunk` their latest bytes). */
	endsBatch(chunk) {
		const n = END_LINE.length;
		const last = chunk.length >= n ? chunk : Buffer.concat([this.tail, chunk]);
		this.tail = last.subarray(Math.max(0, last.length - (n - 1)));
		return last.length >= n && last.subarray(last.length - n).equals(END_LINE);
	}
	/** Whether the git and its pipes keep this process's event loop alive: only while a batch waits. */
	hold(ref) {
		const pipes = [
			this.child.stdin,
			this.child.stdout,
			this.child.stderr
		];
		for (const handle of [this.child, ...pipes]) if (ref) handle.ref();
		else handle.unref();
	}
	/** Ends git's input: git answers what it was asked and exits. */
	close() {
		this.retire();
		this.child.stdin.end();
	}
	/** Out of the map: a batch asked for from now on gets another git. */
	retire() {
		if (this.ended) return;
		this.ended = true;
		clearTimeout(this.idle);
		this.onEnd();
	}
	/** This git answers nothing more; the batches waiting, if any, fail with `error`. */
	fail(error) {
		this.retire();
		for (const batch of this.batches.splice(0)) batch.fail(error);
	}
};
/** The line before an object: its id, its type and its size in bytes. */
const HEADER = /^([0-9a-f]{40}|[0-9a-f]{64}) (?:blob|tree|commit|tag) (\d+)$/;
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
	/** How many names are still to be answered. */
	awaiting() {
		return this.names.length - this.next;
	}
	/** What arrived after the last answer: the start of the next batch's answers. */
	rest() {
		this.buffered = 0;
		return this.chunks.splice(0);
	}
	/** Reads what `chunk` completes; throws where git's output is not what it writes for the names in order. */
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
				const header = HEADER.exec(line);
				if (!header) throw outOfStep();
				this.header = {
					oid: header[1],
					size: Number.parseInt(header[2], 10)
				};
			}
			const { oid, size } = this.header;
			if (this.buffered < size + 1) return;
			const taken = this.take(size + 1);
			if (taken[size] !== 10) throw outOfStep();
			const object = taken.subarray(0, size);
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
const FULL_SHA$1 = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** A full object id (SHA-1 or SHA-256): it names the same object for as long as the object exists. */
function isFullSha(rev) {
	return FULL_SHA$1.test(rev);
}
/** The suffix that peels a revision to its commit. */
const PEELED = "^{commit}";
/**
* An object name whose answer cannot change: a full object id, `<full sha>^{commit}` (the commit an
* id names, which readFileAt asks beside every file), or `<full sha>:<path>` (a path in a fixed tree).
*/
function isImmutableObjectName(name) {
	return isFullSha(revisionOfName(name));
}
/** The revision an object name reads in (`<rev>` of `<rev>:<path>` or `<rev>^{commit}`); the name itself for a bare id. */
function revisionOfName(name) {
	const colon = name.indexOf(":");
	if (colon >= 0) return name.slice(0, colon);
	return name.endsWith("^{commit}") ? name.slice(0, -9) : name;
}
/** The key of a question about `repo`: the repository (as a resolved path) and the immutable names it asks about. */
function questionKey(repo, question, ...names) {
	return [
		repoPath(repo),
		question,
		...names
	].join("\0");
}
/**
* A repository's resolved path. A key is made for every object a guard reads: an absolute path
* is resolved once (a relative one depends on the working directory of the moment).
*/
function repoPath(repo) {
	if (!isAbsolute(repo)) return resolve(repo);
	let path = resolvedRepos.get(repo);
	if (path === void 0) {
		path = resolve(repo);
		resolvedRepos.set(repo, path);
	}
	return path;
}
const resolvedRepos = /* @__PURE__ */ new Map();
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
/** The UTF-16 size of some strings, for the bound. */
function stringBytes(strings) {
	let n = 0;
	for (const s of strings) n += 2 * s.length + 16;
	return n;
}
// packages/git/lib/trees.js
const TREE_MODE = "040000";
/** The modes git stores, spelled as they are shared (a tree's "40000" as ls-tree writes it). */
const MODES$1 = /* @__PURE__ */ new Map([
	["100644", "100644"],
	["100755", "100755"],
	["120000", "120000"],
	["160000", "160000"],
	["40000", TREE_MODE]
]);
/** The bytes of an object id in a repository whose commits have ids this long in hex. */
function idBytesOf(sha) {
	return sha.length / 2;
}
/** The entries of a tree object: "<mode> SP <name> NUL <id as bytes>", in git's order. */
function parseTreeObject(tree, idBytes, oid) {
	const out = [];
	let pos = 0;
	while (pos < tree.length) {
		const space = tree.indexOf(32, pos);
		const nul = space < 0 ? -1 : tree.indexOf(0, space + 1);
		if (nul < 0 || nul + 1 + idBytes > tree.length) throw malformed(oid);
		const digits = tree.toString("latin1", pos, space);
		out.push({
			mode: MODES$1.get(digits) ?? digits.padStart(6, "0"),
			name: tree.toString("utf8", space + 1, nul),
			oid: tree.toString("hex", nul + 1, nul + 1 + idBytes)
		});
		pos = nul + 1 + idBytes;
	}
	return out;
}
const malformed = (oid) => new GitError(`git cat-file --batch gave a tree ${oid} that does not parse (is the clone corrupt? \`git fsck\` says)`, ["cat-file", "--batch"], null, "");
/** A commit object: headers ("tree", "parent", "author", "committer", …), a blank line, the message. */
function parseCommitObject(id, commit) {
	const end = commit.indexOf("\n\n");
	const lines = commit.toString("utf8", 0, end < 0 ? commit.length : end).split("\n");
	const tree = lines[0]?.startsWith("tree ") ? lines[0].slice(5) : void 0;
	const parents = [];
	let author;
	let committedAt;
	let encoding;
	for (const line of lines) if (line.startsWith("parent ")) parents.push(line.slice(7));
	else if (line.startsWith("author ")) author = line.slice(7);
	else if (line.startsWith("committer ")) committedAt = Number(/> (\d+) [+-]\d{4}$/.exec(line)?.[1]);
	else if (line.startsWith("encoding ")) encoding = line.slice(9);
	if (tree === void 0 || author === void 0 || committedAt === void 0 || Number.isNaN(committedAt)) return void 0;
	const message = end < 0 ? "" : commit.toString("utf8", end + 2);
	return {
		id,
		tree,
		parents,
		author,
		committedAt,
		message,
		...encoding === void 0 ? {} : { encoding }
	};
}
/** The commits full SHAs or ids name (a tag's SHA peeled to its commit), read in one batch; undefined for one not here. */
async function commitObjects(repo, shas) {
	const names = shas.map((sha) => `${sha}${PEELED}`);
	const objects = await readObjects(repo, names);
	return names.map((name) => {
		const object = objects.get(name);
		const id = object && objectIdOf(object);
		return id ? parseCommitObject(id, object) : void 0;
	});
}
/**
* How many tree objects a walk reads before it leaves the question to git. Measured on a tree of
* 2,000 folders and 16,000 files: read here in 16 ms, listed by ls-tree in 28 ms (its process
* included); a walk that gives up past the budget has spent about as much as that.
*/
const TREE_BUDGET = 2048;
/** Parsed trees by their objects: readObjects hands the same Buffer for an id it has read. */
const parsedTrees = /* @__PURE__ */ new WeakMap();
/** The entries of each tree, read in one batch; undefined if one is not here. */
async function readTrees(repo, oids) {
	const objects = await readObjects(repo, oids);
	const out = /* @__PURE__ */ new Map();
	for (const [oid, object] of objects) {
		if (object === void 0) return void 0;
		let entries = parsedTrees.get(object);
		if (!entries) {
			entries = parseTreeObject(object, idBytesOf(oid), oid);
			parsedTrees.set(object, entries);
		}
		out.set(oid, entries);
	}
	return out;
}
/**
* Reads folders level by level, each level in one batch of the git kept open for reads, within the
* budget. `visit` is handed a folder's trees and returns the subfolders to read next, or undefined
* to give up. What the folders found, depth first: the order of ls-tree -r and diff-tree.
*/
async function walkFolders(repo, root, treesOf, visit) {
	let level = [root];
	let read = 0;
	while (level.length > 0) {
		const oids = level.flatMap(treesOf);
		read += oids.length;
		if (read > TREE_BUDGET) return void 0;
		const trees = await readTrees(repo, oids);
		if (!trees) return void 0;
		const next = [];
		for (const folder of level) {
			const subfolders = visit(folder, (oid) => trees.get(oid));
			if (!subfolders) return void 0;
			next.push(...subfolders);
		}
		level = next;
	}
	const out = [];
	const flatten = (folder) => {
		for (const f of folder.found) if ("found" in f) flatten(f);
		else out.push(f);
	};
	flatten(root);
	return out;
}
/** Modes whose change diff-tree reports as a modification (M), not a change of type (T). */
const FILE_MODES = /* @__PURE__ */ new Set(["100644", "100755"]);
/** Whether a path that kept its name kept its type too: a file (executable or not), a link, a submodule. */
const sameType = (was, now) => FILE_MODES.has(was) && FILE_MODES.has(now) || was === now && (was === "120000" || was === "160000");
/**
* The files two commits' trees differ in, when every one of them is modified in place: the diff
* diff-tree -M -C gives, since a rename or a copy needs a path added. A path added or deleted, a
* change of type (a file become a link) or more trees than the budget: undefined, for git to list
* with its rename and copy detection. Only the folders that differ are read.
*/
async function modificationsBetween(repo, from, to) {
	const [before, after] = await commitObjects(repo, [from, to]);
	if (!before || !after) return void 0;
	if (before.tree === after.tree) return [];
	return walkFolders(repo, {
		prefix: "",
		before: before.tree,
		after: after.tree,
		found: []
	}, (pair) => [pair.before, pair.after], (pair, tree) => {
		const was = new Map(tree(pair.before).map((e) => [entryKey(e), e]));
		const subfolders = [];
		for (const now of tree(pair.after)) {
			const key = entryKey(now);
			const old = was.get(key);
			if (!old) return void 0;
			was.delete(key);
			if (old.oid === now.oid && old.mode === now.mode) continue;
			const path = pair.prefix + now.name;
			if (now.mode === TREE_MODE) {
				const folder = {
					prefix: `${path}/`,
					before: old.oid,
					after: now.oid,
					found: []
				};
				pair.found.push(folder);
				subfolders.push(folder);
			} else if (sameType(old.mode, now.mode)) pair.found.push({
				path,
				oldMode: old.mode,
				newMode: now.mode,
				oldSha: old.oid,
				newSha: now.oid
			});
			else return;
		}
		return was.size > 0 ? void 0 : subfolders;
	});
}
/** A folder and a file of one name are different paths: git sorts a folder's name as if it ended in "/". */
const entryKey = (e) => e.mode === TREE_MODE ? `${e.name}/` : e.name;
/**
* Every file of a commit's tree with its id, in `ls-tree -r`'s order (git's order of each tree,
* depth first); undefined when the commit is not here or its tree has more folders than the budget,
* for `ls-tree` to list.
*/
async function entriesOfCommit(repo, rev) {
	const [commit] = await commitObjects(repo, [rev]);
	if (!commit) return void 0;
	return walkFolders(repo, {
		prefix: "",
		oid: commit.tree,
		found: []
	}, (folder) => [folder.oid], (folder, tree) => {
		const subfolders = [];
		for (const e of tree(folder.oid)) {
			const path = folder.prefix + e.name;
			if (e.mode === TREE_MODE) {
				const sub = {
					prefix: `${path}/`,
					oid: e.oid,
					found: []
				};
				folder.found.push(sub);
				subfolders.push(sub);
			} else folder.found.push({
				path,
				oid: e.oid,
				type: e.mode === "160000" ? "commit" : "blob"
			});
		}
		return subfolders;
	});
}
/** The names at the root of a commit's tree (files and folders), as `ls-tree --name-only` lists them; undefined when it is not here. */
async function rootNamesOf(repo, rev) {
	const [commit] = await commitObjects(repo, [rev]);
	return (commit && await readTrees(repo, [commit.tree]))?.get(commit.tree).map((e) => e.name);
}
/** Committers' clocks disagree: a commit this much older than the base is still walked past. */
const CLOCK_SKEW_S = 3600;
/**
* The base's commit when it is the head or an ancestor of the head a few commits back, as a PR's
* base is when nothing landed on the base branch since the PR branched: the merge base is then the
* base itself. Undefined when the walk does not meet it, for `git merge-base` to answer. The walk
* reads the parents the commits name, so it is for a clone whose history is what its objects say
* (not shallow, no grafts): the caller knows.
*/
async function baseAmongAncestors(repo, base, head) {
	const [b, h] = await commitObjects(repo, [base, head]);
	if (!b || !h) return void 0;
	if (b.id === h.id) return b.id;
	const seen = /* @__PURE__ */ new Set([h.id]);
	let frontier = h.parents;
	let read = 0;
	while (frontier.length > 0) {
		if (frontier.includes(b.id)) return b.id;
		const unread = [...new Set(frontier)].filter((id) => !seen.has(id));
		read += unread.length;
		if (read > 32) return void 0;
		frontier = [];
		for (const commit of await commitObjects(repo, unread)) {
			if (!commit) return void 0;
			seen.add(commit.id);
			if (commit.committedAt + CLOCK_SKEW_S >= b.committedAt) frontier.push(...commit.parents);
		}
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
	const prefix = questionKey(repo, "object", "");
	const key = (name) => prefix + name;
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
				if (object !== void 0) noteFound(repo, name, object);
				return object;
			});
			const keep = (b) => b !== void 0 || name.includes(":") && treeHere(repo, name);
			answers.set(name, isImmutableObjectName(name) ? remembered(key(name), read, {
				bytes: (b) => (b?.length ?? 0) + 64,
				keep
			}) : read());
		}
	}
	const values = await Promise.all(unique.map((name) => onObject ? answers.get(name).then((object) => (onObject(name, object), object)) : answers.get(name)));
	return new Map(unique.map((name, i) => [name, values[i]]));
}
/**
* Blob ids by path of the commits whose whole trees this process listed (listFilesAt, listBlobsAt),
* by repository and commit, the last few. `cat-file` finds `<sha>:<path>` by reading the tree
* objects down to the path, for each name; a blob id it looks up directly, at about half the cost
* over a large tree. The object is the same, and is remembered under the name it was asked by.
*/
const blobIds = /* @__PURE__ */ new Map();
const LISTINGS_KEPT = 4;
function noteBlobIds(repo, commit, listing) {
	const key = questionKey(repo, "blob-ids", commit);
	if (blobIds.has(key)) return;
	blobIds.set(key, listing.then((files) => new Map(files.map((f) => [f.path, f.oid])), () => /* @__PURE__ */ new Map()));
	for (const oldest of blobIds.keys()) {
		if (blobIds.size <= LISTINGS_KEPT) break;
		blobIds.delete(oldest);
	}
}
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
/**
* What a found object says of the full SHA its name starts with: `<sha>:<path>` found, the SHA
* names a tree that is here; `<sha>^{commit}` found, a commit, which resolveCommit then answers
* without asking git again (its id from cat-file's header).
*/
function noteFound(repo, name, object) {
	const sha = revisionOfName(name);
	if (sha === name || !isFullSha(sha)) return;
	remembered(questionKey(repo, "tree-here", sha), () => Promise.resolve(true));
	if (!name.includes(":")) remembered(questionKey(repo, "commit", sha), () => Promise.resolve(objectIdOf(object) ?? sha));
}
/** Whether the tree a `<sha>:<path>` name reads is known to be here (a found object named it). */
function treeHere(repo, name) {
	return isRemembered(questionKey(repo, "tree-here", revisionOfName(name)));
}
/**
* An object read by path is remembered by its id too: the same blob is often asked for both ways
* (a guard reads the PR's files by path, a full scan reads the tree's blobs by id), and an id names
* one content for good, so the answer under it cannot be stale.
*/
function rememberById(repo, name, object) {
	const oid = object && objectIdOf(object);
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
/**
* A file's text at a revision, or undefined when the revision's commit has no such path. A revision
* the clone lacks (a shallow checkout without the PR's base) is an error that names it as `role`,
* never "no file": callers fall back to defaults for a file that is not there (no policy), and must
* not for a commit that is not there. The commit is asked in the same batch as the file.
*/
async function readFileAt(repo, rev, path, role = "base") {
	const file = `${rev}:${path}`;
	const commit = `${rev}${PEELED}`;
	const objects = await readObjects(repo, [commit, file]);
	const text = objects.get(file);
	if (text !== void 0) return text.toString("utf8");
	if (objects.get(commit) === void 0) await resolveCommit(repo, rev, role);
}
const entriesKey = (repo, rev) => questionKey(repo, "ls-tree-entries", rev);
/**
* A commit's `ls-tree -r` entries, listed once per process (a full SHA names one tree for good):
* from its tree objects when they are few, which the git kept open for reads answers, else by
* `ls-tree`. Its files are read by their ids from then on.
*/
function treeEntriesAt(repo, rev) {
	const list = async () => await entriesOfCommit(repo, rev).catch(() => void 0) ?? lsTreeEntries(repo, rev);
	const entries = remembered(entriesKey(repo, rev), list, { bytes: (es) => stringBytes(es.map((e) => e.path)) + 120 * es.length });
	noteBlobIds(repo, rev, entries.then(blobsOf));
	return entries;
}
/** Every file in a commit's tree with its blob id (submodules and other non-blobs left out). */
async function listBlobsAt(repo, rev) {
	return blobsOf(await (isFullSha(rev) ? treeEntriesAt(repo, rev) : lsTreeEntries(repo, rev)));
}
function blobsOf(entries) {
	const out = [];
	for (const e of entries) if (e.type === "blob") out.push({
		path: e.path,
		oid: e.oid
	});
	return out;
}
async function lsTreeEntries(repo, rev) {
	const { stdout } = await runGit(repo, [
		"ls-tree",
		"-r",
		"-z",
		"--full-tree",
		rev
	]);
	const text = stdout.toString("utf8");
	const out = [];
	for (const record of text.length === 0 ? [] : text.slice(0, -1).split("\0")) {
		const tab = record.indexOf("	");
		const [, type, oid] = record.slice(0, tab).split(" ");
		if (type && oid) out.push({
			path: record.slice(tab + 1),
			oid,
			type
		});
	}
	return out;
}
/**
* Every file path in a commit's tree (optionally under some pathspecs): the paths of `ls-tree -r`,
* submodules included. A whole tree is listed once with its ids, for this question and for
* listBlobsAt's (a full scan asks both).
*/
async function listFilesAt(repo, rev, pathspecs = []) {
	if (!isFullSha(rev)) return lsTreeNames(repo, rev, pathspecs);
	if (pathspecs.length === 0) return (await treeEntriesAt(repo, rev)).map((e) => e.path);
	return (await remembered(questionKey(repo, "ls-tree-names", rev, ...pathspecs), () => lsTreeNames(repo, rev, pathspecs), { bytes: stringBytes })).slice();
}
/**
* The names at the root of a commit's tree, folders included (`ls-tree --name-only`): from the root
* tree object, which the git kept open for reads answers, for a full SHA.
*/
async function listRootAt(repo, rev) {
	const names = isFullSha(rev) ? await rootNamesOf(repo, rev).catch(() => void 0) : void 0;
	if (names) return names;
	const { stdout } = await runGit(repo, [
		"ls-tree",
		"-z",
		"--name-only",
		rev
	]);
	return stdout.toString("utf8").split("\0").filter(Boolean);
}
async function lsTreeNames(repo, rev, pathspecs) {
	const { stdout } = await runGit(repo, [
		"ls-tree",
		"-r",
		"-z",
		"--name-only",
		"--full-tree",
		rev,
		"--",
		...pathspecs
	]);
	const text = stdout.toString("utf8");
	return text.length === 0 ? [] : text.slice(0, -1).split("\0");
}
// packages/git/lib/revisions.js
/**
* Whether the clone is shallow. git says so when its `shallow` file exists: at the root of a clone
* (a .git folder of its own, no GIT_DIR or GIT_COMMON_DIR to say otherwise) that file is looked at
* here, and git is asked only elsewhere (a folder inside the checkout, a worktree).
*/
async function isShallowRepository(repo) {
	const gitDir = cloneGitDir(repo);
	if (gitDir) return existsSync(join(gitDir, "shallow"));
	return (await gitText(repo, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
}
/** The .git folder of the clone whose root `repo` is, where git would find it there; undefined anywhere else. */
function cloneGitDir(repo) {
	const gitDir = join(repo, ".git");
	if (process.env.GIT_DIR || process.env.GIT_COMMON_DIR || !existsSync(join(gitDir, "HEAD")) || existsSync(join(gitDir, "commondir"))) return void 0;
	return gitDir;
}
/**
* Whether the parents its commits name are the history git walks: a clone's root, neither shallow
* (its oldest commits' parents are cut off) nor grafted. Elsewhere git is asked.
*/
function historyAsStored(repo) {
	const gitDir = cloneGitDir(repo);
	return gitDir !== void 0 && !process.env.GIT_GRAFT_FILE && !existsSync(join(gitDir, "shallow")) && !existsSync(join(gitDir, "info", "grafts"));
}
const REVISION = /^[^\s-][^\s]*$/;
/** Plain SHAs and ref names: nothing rev-parse would expand into several lines (ranges, ^@, :path). */
const PLAIN_REVISION = /^(?!.*\.\.)[\w/.][\w/.-]*$/;
const SHA_LINE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/**
* Resolves several revisions with one git process (full SHAs with the git kept open for reads); if
* any is missing, falls back to resolveCommit one by one so the error names the missing role.
*/
async function resolveCommits(repo, revisions) {
	if (revisions.every(([rev]) => isFullSha(rev))) {
		const key = (rev) => questionKey(repo, "commit", rev);
		const answers = /* @__PURE__ */ new Map();
		for (const [rev] of revisions) if (isRemembered(key(rev))) answers.set(rev, remembered(key(rev), () => Promise.reject(/* @__PURE__ */ new Error("unreachable"))));
		const unknown = revisions.filter(([rev]) => !answers.has(rev));
		if (unknown.length > 0) {
			const checking = commitsOfShas(repo, unknown);
			unknown.forEach(([rev], i) => answers.set(rev, remembered(key(rev), () => checking.then((shas) => shas[i]))));
		}
		return Promise.all(revisions.map(([rev]) => answers.get(rev)));
	}
	return resolveCommitsInGit(repo, revisions);
}
async function resolveCommitsInGit(repo, revisions) {
	if (revisions.every(([rev]) => PLAIN_REVISION.test(rev))) {
		const result = await runGit(repo, ["rev-parse", ...revisions.map(([rev]) => `${rev}^{commit}`)], { okExitCodes: [0, 128] });
		const lines = result.stdout.toString("utf8").trim().split("\n");
		if (result.exitCode === 0 && lines.length === revisions.length && lines.every((line) => SHA_LINE.test(line))) return lines;
	}
	return (await Promise.allSettled(revisions.map(([rev, role]) => resolveCommitInGit(repo, rev, role)))).map((r) => {
		if (r.status === "rejected") throw r.reason;
		return r.value;
	});
}
/** Resolves a revision to the commit SHA it names, or explains how to make it available. */
function resolveCommit(repo, rev, role) {
	return isFullSha(rev) ? resolveCommits(repo, [[rev, role]]).then(([sha]) => sha) : resolveCommitInGit(repo, rev, role);
}
/**
* The commits full SHAs name (a tag's SHA names the commit it tags), read as `<sha>^{commit}` by
* the git a guard keeps open for its reads rather than by a git process of their own. What that read
* does not find, rev-parse explains; the first SHA that fails is the one reported.
*/
async function commitsOfShas(repo, shas) {
	const names = shas.map(([sha]) => `${sha}${PEELED}`);
	const objects = await readObjects(repo, names);
	return (await Promise.allSettled(shas.map(([sha, role], i) => {
		const commit = objects.get(names[i]);
		const id = commit && objectIdOf(commit);
		return id ? Promise.resolve(id) : resolveCommitInGit(repo, sha, role);
	}))).map((r) => {
		if (r.status === "rejected") throw r.reason;
		return r.value;
	});
}
async function resolveCommitInGit(repo, rev, role) {
	if (!REVISION.test(rev)) throw new ConfigurationError(`'${rev}' is not a revision.`, {
		field: role,
		fix: "pass a commit SHA or ref name."
	});
	try {
		return (await gitText(repo, [
			"rev-parse",
			"--verify",
			"--end-of-options",
			`${rev}^{commit}`
		])).trim();
	} catch (error) {
		if (error instanceof GitError && error.exitCode !== null) {
			const shallow = await isShallowRepository(repo).catch(() => false);
			throw new ConfigurationError(`the ${role} commit '${rev}' is not in the local clone.`, {
				field: role,
				fix: shallow ? "the clone is shallow: check out with 'fetch-depth: 0' (actions/checkout) so both commits are present." : "fetch it first (git fetch origin <sha>), or check out with fetch-depth: 0."
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
	if (isFullSha(base) && isFullSha(head)) return remembered(questionKey(repo, "merge-base", base, head), () => mergeBaseOfShas(repo, base, head, prCommits));
	return mergeBaseInGit(repo, base, head, prCommits);
}
/**
* A PR whose base branch has not moved since it branched has the base among the head's last few
* ancestors, and the base is the merge base: the git kept open for reads finds it there, where
* `git merge-base` would cost a process. git answers any other case.
*/
async function mergeBaseOfShas(repo, base, head, prCommits) {
	return (historyAsStored(repo) ? await baseAmongAncestors(repo, base, head).catch(() => void 0) : void 0) ?? mergeBaseInGit(repo, base, head, prCommits);
}
async function mergeBaseInGit(repo, base, head, prCommits) {
	const result = await runGit(repo, [
		"merge-base",
		base,
		head
	], { okExitCodes: [0, 1] });
	const sha = result.stdout.toString("utf8").trim();
	if (result.exitCode === 0 && sha) return sha;
	const shallow = await isShallowRepository(repo);
	const depth = prCommits !== void 0 ? ` (or at least 'fetch-depth: ${prCommits + 1}' on the head plus the base history)` : "";
	throw new ConfigurationError(shallow ? `no merge base between ${base.slice(0, 12)} and ${head.slice(0, 12)}: the clone is shallow, so the history that joins them is missing.` : `no merge base between ${base.slice(0, 12)} and ${head.slice(0, 12)}: they share no history.`, {
		field: "fetch-depth",
		fix: shallow ? `check out with 'fetch-depth: 0' (actions/checkout)${depth}, or run 'git fetch --unshallow'.` : "compare a head that was branched from the base."
	});
}
const FULL_SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
/**
* Resolves base and head and finds their merge base. When both are full SHAs
* (as a pull_request event gives them) nothing can move under us, so the merge
* base is looked up while the commits are checked; names are resolved first.
*/
async function resolveRange(repo, base, head, prCommits) {
	const pair = [[base, "base"], [head, "head"]];
	if (FULL_SHA.test(base) && FULL_SHA.test(head)) try {
		return {
			base,
			head,
			mergeBase: await mergeBase(repo, base, head, prCommits)
		};
	} catch (error) {
		await resolveCommits(repo, pair);
		throw error;
	}
	const [baseSha, headSha] = await resolveCommits(repo, pair);
	return {
		base: baseSha,
		head: headSha,
		mergeBase: await mergeBase(repo, baseSha, headSha, prCommits)
	};
}
// packages/git/lib/changed-files.js
const STATUS = {
	A: "added",
	M: "modified",
	D: "deleted",
	R: "renamed",
	C: "copied",
	T: "type-changed",
	U: "unmerged",
	X: "unknown"
};
function kindOfMode(mode) {
	switch (mode) {
		case "000000": return "none";
		case "120000": return "symlink";
		case "160000": return "submodule";
		case "100755": return "executable";
		default: return "file";
	}
}
/** The modes git writes, returned as shared constants instead of a fresh slice per record. */
const MODES = [
	"100644",
	"100755",
	"120000",
	"160000",
	"000000",
	"040000"
];
function modeAt(text, start) {
	for (const mode of MODES) if (text.startsWith(mode, start)) return mode;
	return text.slice(start, start + 6);
}
/**
* Parses `git diff-tree -r -z --raw` output as it arrives, chunk by chunk: a
* record split across chunks waits for the rest. With -z nothing is quoted, so
* paths with spaces, quotes, newlines or non-ASCII bytes arrive as they are.
* Scans with indexOf rather than splitting: a 100,000-file diff is 13 MB of text.
*/
var RawDiffParser = class {
	rest = "";
	decoder = new StringDecoder("utf8");
	/** The records completed by this chunk. */
	push(chunk) {
		const text = typeof chunk === "string" ? chunk : this.decoder.write(chunk);
		const files = [];
		let pos = 0;
		if (this.rest !== "") {
			let cut = -1;
			for (let k = 0; k < 3; k += 1) {
				const nul = text.indexOf("\0", cut + 1);
				if (nul < 0) break;
				cut = nul;
			}
			const end = parseRecords(this.rest + text.slice(0, cut + 1), 0, files);
			if (end < this.rest.length) {
				this.rest += text;
				return files;
			}
			pos = end - this.rest.length;
		}
		pos = parseRecords(text, pos, files);
		this.rest = pos < text.length ? text.slice(pos) : "";
		return files;
	}
	/** The last records; throws if the output stopped inside a record. */
	end() {
		const files = this.push(this.decoder.end());
		if (this.rest !== "") throw new Error(`truncated diff-tree output near ${JSON.stringify(this.rest.slice(0, 80))}`);
		return files;
	}
};
/** Parses whole records from `pos`; returns where the first incomplete record starts. */
function parseRecords(text, pos, files) {
	const n = text.length;
	while (pos < n) {
		if (text.charCodeAt(pos) === 0) {
			pos += 1;
			continue;
		}
		if (text.charCodeAt(pos) !== 58) throw new Error(`unexpected diff-tree output near ${JSON.stringify(text.slice(pos, pos + 80))}`);
		const metaEnd = text.indexOf("\0", pos);
		if (metaEnd < 0) return pos;
		const firstEnd = text.indexOf("\0", metaEnd + 1);
		if (firstEnd < 0) return pos;
		const s3 = text.indexOf(" ", pos + 15);
		const s4 = text.indexOf(" ", s3 + 1);
		if (text.charCodeAt(pos + 7) !== 32 || text.charCodeAt(pos + 14) !== 32 || s3 < 0 || s4 < 0 || s4 >= metaEnd) throw new Error(`unexpected diff-tree output near ${JSON.stringify(text.slice(pos, Math.min(metaEnd, pos + 80)))}`);
		const status = STATUS[text.charAt(s4 + 1)] ?? "unknown";
		const twoPaths = status === "renamed" || status === "copied";
		const secondEnd = twoPaths ? text.indexOf("\0", firstEnd + 1) : firstEnd;
		if (secondEnd < 0) return pos;
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
			newKind: kindOfMode(newMode)
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
	for (const file of parser.end()) files.push(file);
	return files;
}
/**
* The files a PR changes: local git between the exact base and head SHAs, via
* their merge base, with rename and copy detection. Fails closed (throws a
* ConfigurationError) on a missing commit, a shallow clone or no merge base.
*/
async function changedFiles(repo, base, head, options = {}) {
	const range = await resolveRange(repo, base, head, options.prCommits);
	return {
		...range,
		files: await diffTree(repo, range.mergeBase, range.head)
	};
}
/**
* The raw diff between two commits, with rename and copy detection. Between two
* full SHAs it is listed once per process; each caller gets its own array of the
* same (read-only) records.
*/
async function diffTree(repo, from, to) {
	if (isFullSha(from) && isFullSha(to)) return (await remembered(diffKey(repo, from, to), () => listDiffTree(repo, from, to), { bytes: diffBytes })).slice();
	return listDiffTree(repo, from, to);
}
async function listDiffTree(repo, from, to) {
	const all = [];
	await listing(repo, from, to)((files) => {
		for (const f of files) all.push(f);
	});
	return all;
}
const diffKey = (repo, from, to) => questionKey(repo, "diff-tree", from, to);
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
		if (files.length > 0) onFiles(files);
		return files.length;
	}
	let count = 0;
	await listing(repo, from, to)((files) => {
		count += files.length;
		if (files.length > 0) onFiles(files);
	});
	return count;
}
const diffTreeArgs = (from, to) => [
	"diff-tree",
	"-r",
	"-z",
	"--raw",
	"--no-abbrev",
	"--no-commit-id",
	"--no-ext-diff",
	"--no-textconv",
	"--ignore-submodules=none",
	"-M",
	"-C",
	from,
	to
];
/** Listings started before anyone reads them (startDiffTree), by diff key: each is read once, then forgotten. */
const early = /* @__PURE__ */ new Map();
/** The listing startDiffTree started for this diff, or one started now. */
function listing(repo, from, to) {
	const key = diffKey(repo, from, to);
	const started = early.get(key);
	early.delete(key);
	return started ?? startListing(repo, from, to);
}
/**
* Starts listing the diff between two commits now. A diff that only modifies files in place is
* read from the two trees, by the git kept open for reads (only the folders that differ); any
* other is listed by `diff-tree`, which finds renames and copies. What git writes before the
* reader comes waits in memory for it.
*/
function startListing(repo, from, to) {
	const inPlace = isFullSha(from) && isFullSha(to) ? modificationsBetween(repo, from, to).catch(() => void 0) : Promise.resolve(void 0);
	const fromGit = inPlace.then((changes) => changes ? void 0 : startDiffTreeProcess(repo, from, to));
	return async (take) => {
		const changes = await inPlace;
		if (changes) {
			take(changes.map(modified));
			return;
		}
		await (await fromGit)(take);
	};
}
function modified(change) {
	return {
		status: "modified",
		...change,
		oldKind: kindOfMode(change.oldMode),
		newKind: kindOfMode(change.newMode)
	};
}
/** `git diff-tree`, started now; its output is parsed as it comes and waits for the reader. */
function startDiffTreeProcess(repo, from, to) {
	const parser = new RawDiffParser();
	const waiting = [];
	let reader;
	const listing = streamGit(repo, diffTreeArgs(from, to), (chunk) => reader ? reader(chunk) : waiting.push(chunk));
	listing.catch(() => void 0);
	return async (take) => {
		const read = (chunk) => take(parser.push(chunk));
		try {
			for (const chunk of waiting.splice(0)) read(chunk);
		} catch (error) {
			reader = () => void 0;
			throw error;
		}
		reader = read;
		await listing;
		take(parser.end());
	};
}
/** Every path the change touches: both sides of a rename, the new side of a copy. */
function touchedPaths(files) {
	const out = [];
	for (const f of files) {
		out.push(f.path);
		if (f.status === "renamed" && f.previousPath !== void 0) out.push(f.previousPath);
	}
	return out;
}
// packages/git/lib/commits.js
/** Every commit reachable from head and not from base, oldest first, all of them. */
async function commitsBetween(repo, base, head) {
	return (isFullSha(base) && isFullSha(head) && historyAsStored(repo) ? await lineFromBase(repo, base, head).catch(() => void 0) : void 0) ?? commitsInGit(repo, base, head);
}
/**
* The commits of a PR whose base is its merge base (the base branch has not moved since), along
* one line of commits with one parent each, as a branch rebased or never merged into has: read back
* from the head by the git kept open for reads. Undefined for any other shape, a message in another
* encoding than UTF-8 or more commits than a walk reads, which `git log` lists.
*/
async function lineFromBase(repo, base, head) {
	const [b, joined] = await Promise.all([commitObjects(repo, [base]).then(([c]) => c), mergeBase(repo, base, head)]);
	if (!b || joined !== b.id) return void 0;
	let [commit] = await commitObjects(repo, [head]);
	const line = [];
	while (commit && commit.id !== b.id) {
		if (line.length === 32 || commit.parents.length !== 1 || commit.encoding !== void 0 && !/^utf-?8$/i.test(commit.encoding)) return void 0;
		const info = infoOf(commit);
		if (!info) return void 0;
		line.push(info);
		[commit] = await commitObjects(repo, commit.parents);
	}
	return commit ? line.reverse() : void 0;
}
function infoOf(commit) {
	const open = commit.author.indexOf("<");
	const close = commit.author.indexOf(">", open);
	if (open < 0 || close < 0) return void 0;
	return infoFrom(commit.id, commit.parents, commit.author.slice(0, open).trimEnd(), commit.author.slice(open + 1, close), commit.message);
}
function infoFrom(sha, parents, authorName, authorEmail, message) {
	const body = message.replace(/\n+$/, "");
	return {
		sha,
		parents,
		subject: body.split("\n", 1)[0] ?? "",
		message: body,
		authorName,
		authorEmail
	};
}
async function commitsInGit(repo, base, head) {
	const { stdout } = await runGit(repo, [
		"log",
		"--reverse",
		"-z",
		"--format=%H%x1f%P%x1f%an%x1f%ae%x1f%B",
		`${base}..${head}`,
		"--"
	]);
	const text = stdout.toString("utf8");
	if (text.length === 0) return [];
	return text.split("\0").filter((record) => record.length > 0).map((record) => {
		const [sha, parents, authorName, authorEmail, message] = record.split("");
		return infoFrom(sha, parents ? parents.split(" ") : [], authorName, authorEmail, message);
	});
}
// packages/git/lib/worktree.js
const worktreeQueues = /* @__PURE__ */ new Map();
/**
* Runs `step` after every earlier worktree step on the same repository has
* settled. `git worktree add` reads every entry under .git/worktrees, and a
* parallel add's entry may be half written ("failed to read
* .git/worktrees/<name>/commondir"), so adds and removes take turns.
*/
function inTurn(repo, step) {
	const key = resolve(repo);
	const next = (worktreeQueues.get(key) ?? Promise.resolve()).then(step, step);
	const settled = next.catch(() => void 0);
	worktreeQueues.set(key, settled);
	settled.then(() => {
		if (worktreeQueues.get(key) === settled) worktreeQueues.delete(key);
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
async function withWorktree(repo, rev, fn, prefix = "agent-guards-worktree-") {
	const parent = mkdtempSync(join(tmpdir(), prefix));
	const dir = join(parent, basename(parent));
	try {
		await inTurn(repo, () => runGit(repo, [
			"worktree",
			"add",
			"--detach",
			"--quiet",
			dir,
			rev
		]));
		return await fn(dir);
	} finally {
		await inTurn(repo, async () => {
			await runGit(repo, [
				"worktree",
				"remove",
				"--force",
				dir
			]).catch(() => void 0);
			rmSync(parent, {
				recursive: true,
				force: true
			});
			await runGit(repo, ["worktree", "prune"]).catch(() => void 0);
		});
	}
}
// packages/git/lib/checkout-git.js
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
const OVERRIDES = [
	"commit.gpgsign=false",
	"tag.gpgsign=false",
	"diff.external=",
	"submodule.recurse=false",
	"status.submoduleSummary=false",
	"diff.ignoreSubmodules=all",
	"protocol.ext.allow=never",
	"credential.helper="
];
const ENV_ALLOWLIST = [
	"PATH",
	"HOME",
	"LANG",
	"TZ",
	"TMPDIR",
	"SYSTEMROOT"
];
function checkoutEnv(extra = {}) {
	const env = {};
	for (const k of ENV_ALLOWLIST) if (process.env[k] !== void 0) env[k] = process.env[k];
	return {
		...env,
		GIT_CONFIG_NOSYSTEM: "1",
		GIT_CONFIG_GLOBAL: "/dev/null",
		GIT_TERMINAL_PROMPT: "0",
		GIT_ASKPASS: "",
		SSH_ASKPASS: "",
		...extra
	};
}
/** Runs git in an agent-controlled checkout: hardened config, allowlisted environment (plus `options.env`). */
function checkoutGit(repo, args, options = {}) {
	return runGit(repo, [...[...OVERRIDES, `safe.directory=${realpathSync(repo)}`].flatMap((o) => ["-c", o]), ...args], {
		...options,
		env: checkoutEnv(options.env),
		inheritEnv: false
	});
}
/** Repository config that would make git run a program, or send what it fetches or pushes somewhere else. */
const RUNS_OR_REDIRECTS = [
	[/^include\.path$|^includeif\..*\.path$/, "includes another config file, which could define anything below"],
	[/^core\.(fsmonitor|sshcommand|gitproxy|askpass|pager|editor|worktree)$/, "runs a program (or moves the work tree)"],
	[/^filter\..*\.(clean|smudge|process)$/, "a filter driver: runs a program on checkout, add and status"],
	[/^diff\..*\.(textconv|command)$|^diff\.external$/, "a diff driver: runs a program on diff"],
	[/^merge\..*\.driver$/, "a merge driver: runs a program"],
	[/^gpg(\..*)?\.program$/, "a signing program"],
	[/^credential\./, "a credential helper"],
	[/^uploadpack\.packobjectshook$|^remote\..*\.(uploadpack|receivepack)$/, "runs a program on fetch or push"],
	[/^url\..*\.(insteadof|pushinsteadof)$/, "redirects fetches or pushes to another URL"],
	[/^sequence\.editor$|^pager\./, "runs a program"]
];
/**
* Fails with a ConfigurationError naming each key when the checkout's own
* config (local and worktree scope) would make git run a program or redirect
* a push. Called before the runner's first git command in the checkout.
*/
async function auditCheckoutConfig(repo) {
	const { stdout } = await checkoutGit(repo, [
		"config",
		"--list",
		"--show-scope",
		"-z"
	], { okExitCodes: [0, 1] });
	const problems = [];
	const parts = stdout.toString("utf8").split("\0");
	for (let i = 0; i + 1 < parts.length; i += 2) {
		const scope = parts[i];
		const key = parts[i + 1].split("\n")[0];
		if (scope !== "local" && scope !== "worktree") continue;
		const hit = RUNS_OR_REDIRECTS.find(([re]) => re.test(key.toLowerCase()));
		if (hit) problems.push(`${key} (${hit[1]})`);
	}
	if (problems.length > 0) throw new ConfigurationError(`the checkout's git config would let git run programs or redirect a push: ${problems.join("; ")}.`, {
		file: `${repo}/.git/config`,
		fix: `remove these keys (git config --unset <key>), and check out with actions/checkout's persist-credentials: false; the runner never lets a repository choose what git runs.`
	});
}
// packages/config/lib/did-you-mean.js
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
	for (const key of path) if (isMap(node)) {
		const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
		if (!pair) break;
		line = rangeLine(pair.key, counter) ?? line;
		node = pair.value;
	} else if (isSeq(node) && typeof key === "number") {
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
	const counter = new LineCounter();
	const doc = parseDocument(text, {
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
/** The ticket at the base commit: it must be there (a ticket only on the PR branch is untrusted). */
async function loadTicket(options) {
	const text = await readFileAt(options.repo, options.base, options.path);
	if (text === void 0) throw new ConfigurationError(`the ticket file does not exist at the base commit ${shortCommit(options.base)}.`, {
		file: options.path,
		fix: "commit the ticket to the base branch before the agent runs; a ticket that only exists on the PR branch is not trusted."
	});
	return parseConfig(text, options.path, TicketSchema, "ticket", { commit: options.base });
}
/** The tool manifest at the base commit; the spec §5 manifest when absent. */
async function loadManifest(options) {
	const text = await readFileAt(options.repo, options.base, options.path);
	if (text === void 0) {
		options.logger?.info(`no tool manifest at ${options.path} on the base commit: using the spec §5 manifest.`);
		return {
			manifest: DEFAULT_MANIFEST,
			found: false
		};
	}
	return {
		manifest: parseConfig(text, options.path, ToolManifestSchema, "tool manifest", { commit: options.base }),
		found: true
	};
}
// packages/config/lib/protected-branches.js
/** Whether a branch matches one of the policy's `protected_branches` globs: the agent never creates or pushes such a branch. */
function isProtectedBranch(branch, globs) {
	return globs.some((g) => minimatch(branch, g, { dot: true }));
}
export { MODES$2 as A, defaultPatterns as B, readObjects as C, gitText as D, GitError as E, DEFAULT_MANIFEST_PATH as F, BUILT_IN_FORBIDDEN as G, isTestPath as H, DEFAULT_POLICY_PATH as I, notApplicableRun as L, resolveManifest as M, resolveTicketPath as N, runGit as O, COMMIT_TYPES as P, POLICY_FORBIDDEN_CATEGORY as R, readFileAt as S, catFileBatch as T, languagesFor as U, isConftest as V, testLanguageOf as W, resolveCommits as _, parseConfig as a, listFilesAt as b, withWorktree as c, parseRawDiff as d, streamDiffTree as f, resolveCommit as g, mergeBase as h, loadTicket as i, exclusionReason as j, KNOWN_TOOLS as k, commitsBetween as l, isShallowRepository as m, loadManifest as n, auditCheckoutConfig as o, touchedPaths as p, loadPolicy as r, checkoutGit as s, isProtectedBranch as t, changedFiles as u, resolveRange as v, isFullSha as w, listRootAt as x, listBlobsAt as y, nameWords as z };
