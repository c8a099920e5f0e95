import { r as minimatch, t as Minimatch } from "./esm-LpoYNBFD.js";
import { A as literal, B as string, D as boolean, E as array, F as partialRecord, G as _gte, H as transform, I as pipe, J as _minLength, K as _lte, L as record, M as number, P as optional, R as refine, T as _enum, U as union, V as superRefine, X as _positive, Y as _nonnegative, Z as _regex, _ as GUARD_NAMES, et as withoutSecrets, k as int, n as described, tt as ConfigurationError, w as _default, y as reportFromFindings, z as strictObject } from "./lib-DA4sP2xX.js";
import { a as isScalar, i as isMap, n as parseDocument, o as isSeq, r as LineCounter } from "./public-api-CDtUKyzU.js";
import { basename, isAbsolute, join, posix, resolve } from "node:path";
import { existsSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
// packages/config/lib/forbidden-categories.js
const BUILT_IN_FORBIDDEN = [
	{
		id: "ci-definitions",
		reason: "CI definitions and the automation that builds, checks or merges code are platform-team-only (spec \u00A74)",
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
		reason: "schemas are out of scope for the agent (spec \u00A74)",
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
		reason: "database migrations are out of scope for the agent (spec \u00A74)",
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
		reason: "public API contracts are out of scope for the agent (spec \u00A74)",
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
		reason: "authentication and authorization code is out of scope for the agent (spec \u00A74)",
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
		reason: "billing code is out of scope for the agent (spec \u00A74)",
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
		reason: "payment code is out of scope for the agent (spec \u00A74)",
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
const IGNORED_SEGMENT = /(?:^|\/)(?:\.[^/]+|node_modules|__pycache__|venv|site-packages|\w+\.egg-info|build|dist|vendor|target|testdata|_darcs|CVS)\//;
function isConftest(path) {
	return posix.basename(path) === "conftest.py" && !IGNORED_SEGMENT.test(path);
}
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
const TEST_DIRS = /(?:^|\/)(?:tests?|__tests__|__snapshots__|testing|testdata|test-data|fixtures)\//;
const RUBY_SPEC_DIR = /(?:^|\/)spec\/.*\.rb$/;
const JVM_TEST_SOURCE_SET = /(?:^|\/)src\/test\//;
const DEFAULTS = defaultPatterns();
function isTestPath(path) {
	const p = path.replace(/\\/g, "/");
	if (TEST_DIRS.test(p) || RUBY_SPEC_DIR.test(p) || JVM_TEST_SOURCE_SET.test(p)) return true;
	if (posix.basename(p) === "conftest.py") return true;
	const language = testLanguageOf(p, DEFAULTS);
	return language !== void 0 && language !== "rust";
}
// packages/config/lib/forbidden.js
const POLICY_FORBIDDEN_CATEGORY = "policy";
const FORBIDDEN_CATEGORY_IDS = [POLICY_FORBIDDEN_CATEGORY, ...BUILT_IN_FORBIDDEN.map((c) => c.id)];
const NARROWABLE_FORBIDDEN_CATEGORIES = BUILT_IN_FORBIDDEN.filter((c) => c.narrowable).map((c) => c.id);
function nameWords(name) {
	return name.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").replace(/([A-Za-z])(?=\d)|(\d)(?=[A-Za-z])/g, "$1$2 ").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}
// packages/config/lib/config-source.js
function describeSource(file, what, source = {}) {
	return source.commit ? `${file} at ${shortCommit(source.commit)} (the ${what}, read at the base commit)` : `${file} (the ${what})`;
}
function shortCommit(commit) {
	return /^[0-9a-f]{40}$/.test(commit) ? commit.slice(0, 7) : commit;
}
// packages/config/lib/applies-to.js
const APPLIES_TO = ["agent-prs", "every-pr"];
const KNOWN_AGENT_LOGINS = [
	"Copilot",
	"copilot-swe-agent[bot]",
	"claude[bot]",
	"chatgpt-codex-connector[bot]"
];
const DEFAULT_APPLIES_TO = {
	"manifest-scope": "agent-prs",
	"skip-set": "every-pr",
	"spec-conformance": "agent-prs",
	"cost-ceiling": "agent-prs",
	boundaries: "every-pr"
};
const login = string().check(_regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/, "a GitHub login such as octo-agent[bot] (an app's bot login ends in [bot])"));
const AgentsPolicySchema = described(optional(strictObject({ logins: described(_default(array(login), []), `PR authors whose PRs are agent PRs: your agent's GitHub App (<app-slug>[bot]) and any other. ${KNOWN_AGENT_LOGINS.join(", ")} are always agents.`) })), "Who the agents are. Without this section no PR can be told to be a human one, so every guard judges every PR; with it, guards set to agent-prs pass human PRs with a notice.");
function appliesTo(guard) {
	const fallback = DEFAULT_APPLIES_TO[guard];
	return described(_default(_enum(APPLIES_TO), fallback), `Whom ${guard} judges: agent-prs or every-pr (default ${fallback}).`);
}
function guardSettings(guard) {
	return _default(strictObject({ applies_to: appliesTo(guard) }), { applies_to: DEFAULT_APPLIES_TO[guard] });
}
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
function isAgentLogin(policy, login) {
	const wanted = login.toLowerCase();
	return [...KNOWN_AGENT_LOGINS, ...policy.agents?.logins ?? []].some((l) => l.toLowerCase() === wanted);
}
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
const NOT_AN_AGENT_PR = "not-an-agent-pr";
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
	instead: optional(string())
});
const BoundariesPolicySchema = _default(strictObject({
	contexts: described(_default(record(string(), array(glob)), {}), "Bounded contexts: name \u2192 path globs."),
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
	read_only: described(_default(array(string().check(_regex(/^(\/|~\/)/, "an absolute path or ~/\u2026"))), []), "Host paths sandboxed processes may read besides the system, the toolchains found on PATH and the checkout (absolute or ~/\u2026, the runner user\u2019s home)."),
	memory_mb: described(_default(int().check(_positive()), 4096), "Memory one sandboxed process may allocate (RLIMIT_DATA)."),
	max_processes: described(_default(int().check(_positive()), 512), "Processes and threads a sandboxed command may have at once (RLIMIT_NPROC)."),
	max_file_size_mb: described(_default(int().check(_positive()), 1024), "Largest file a sandboxed process may write (RLIMIT_FSIZE)."),
	max_output_mb: described(_default(int().check(_positive()), 32), "Output (stdout + stderr) after which the command is stopped."),
	tmp_size_mb: described(_default(int().check(_positive()), 2048), "Size of the private /tmp."),
	registries: SandboxRegistriesSchema
});
const SandboxPolicySchema = described(pipe(_default(union([_enum(SANDBOX_MODES), SandboxSettingsSchema]), "bubblewrap"), transform((v) => typeof v === "string" ? {
	...SANDBOX_DEFAULTS,
	mode: v
} : v)), "How code the model or the PR can influence runs: 'bubblewrap' (default; Linux) or 'none', or the full settings object.");
const RunnerPolicySchema = _default(strictObject({
	test_command: described(optional(array(string())), "argv of the service test command, e.g. [\"npm\",\"test\"] \u2014 no shell."),
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
	spec: described(_default(array(string()), []), "The spec sections this ticket implements, e.g. [\"\u00A73.6\"]."),
	scope: strictObject({
		include: array(string().check(_minLength(1))).check(_minLength(1, "a ticket needs at least one include glob")),
		exclude: _default(array(string().check(_minLength(1))), [])
	}),
	body: described(_default(string(), ""), "Free text; untrusted data for the agent, never instructions."),
	issue: described(optional(int().check(_positive())), "The ticket issue number, for escalation comments."),
	context: optional(ContextPacketSchema)
}), "A ticket assigned to the agent; written by a human, read at the PR base commit.");
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
const EXCLUDED_TOOLS = {
	unrestricted_shell: "no mode binds a generic shell (spec \u00A74, \u00A75)",
	git_push_protected: "no protected-branch push under any condition (spec \u00A75)",
	git_force_push: "no force-pushing, even to non-protected branches (spec \u00A75)",
	gh_pr_merge: "the agent cannot merge its own PRs (spec \u00A75)",
	gh_workflow_dispatch: "no triggering CI workflows manually (spec \u00A75)",
	npm_install_global: "no global package installs (spec \u00A74)",
	pip_install_user: "no global package installs (spec \u00A74)",
	cargo_install: "no global package installs (spec \u00A74)",
	internet_browse: "no web access (spec \u00A75, \u00A78)",
	internet_fetch: "no web access (spec \u00A75, \u00A78)"
};
const SHELL_LIKE = /(^|_)(shell|bash|sh|zsh|fish|cmd|powershell|pwsh|terminal|exec|execute|subprocess|system|eval|run_command|run_script|command)($|_)/i;
function exclusionReason(tool) {
	const key = tool.toLowerCase();
	if (EXCLUDED_TOOLS[key]) return EXCLUDED_TOOLS[key];
	if (SHELL_LIKE.test(key)) return "a generic shell or command runner under another name (spec \u00A74: no unrestricted shell)";
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
})), "Tool manifest by mode (spec \u00A75); read at the PR base commit.");
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
async function runGit(repo, args, options = {}) {
	const out = [];
	const { stderr, exitCode } = await streamGit(repo, args, (chunk) => out.push(chunk), options);
	return {
		stdout: Buffer.concat(out),
		stderr,
		exitCode
	};
}
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
// packages/git/lib/memo.js
const MAX_ENTRIES = 2e4;
const MAX_BYTES = 67108864;
const entries = /* @__PURE__ */ new Map();
let keptBytes = 0;
const FULL_SHA$1 = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function isFullSha(rev) {
	return FULL_SHA$1.test(rev);
}
const PEELED = "^{commit}";
function isImmutableObjectName(name) {
	return isFullSha(revisionOfName(name));
}
function revisionOfName(name) {
	const colon = name.indexOf(":");
	if (colon >= 0) return name.slice(0, colon);
	return name.endsWith("^{commit}") ? name.slice(0, -9) : name;
}
function questionKey(repo, question, ...names) {
	return [
		repoPath(repo),
		question,
		...names
	].join("\0");
}
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
function stringBytes(strings) {
	let n = 0;
	for (const s of strings) n += 2 * s.length + 16;
	return n;
}
// packages/git/lib/cat-file.js
const objectIds = /* @__PURE__ */ new WeakMap();
function objectIdOf(object) {
	return objectIds.get(object);
}
function catFileBatch(repo, names, onObject) {
	if (names.length === 0) return Promise.resolve();
	const key = resolve(repo);
	const kept = keptOpen.get(key);
	if (kept && !kept.busy()) return kept.read(names, onObject, false);
	const git = new CatFileProcess(repo, () => keptOpen.get(key) === git && keptOpen.delete(key));
	if (!kept) keptOpen.set(key, git);
	return git.read(names, onObject, kept !== void 0);
}
const keptOpen = /* @__PURE__ */ new Map();
const IDLE_MS = 500;
const END_OF_BATCH = `agent-guards-end-of-batch-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
const END_LINE = Buffer.from(`${END_OF_BATCH} missing\n`);
const outOfStep = () => new GitError("git cat-file --batch wrote answers out of step with the names asked (is an object in the clone corrupt? `git fsck` says)", ["cat-file", "--batch"], null, "");
var CatFileProcess = class {
	onEnd;
	child;
	batches = [];
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
	busy() {
		return this.batches.some((b) => b.parser.awaiting() > 1);
	}
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
	endsBatch(chunk) {
		const n = END_LINE.length;
		const last = chunk.length >= n ? chunk : Buffer.concat([this.tail, chunk]);
		this.tail = last.subarray(Math.max(0, last.length - (n - 1)));
		return last.length >= n && last.subarray(last.length - n).equals(END_LINE);
	}
	hold(ref) {
		const pipes = [
			this.child.stdin,
			this.child.stdout,
			this.child.stderr
		];
		for (const handle of [this.child, ...pipes]) if (ref) handle.ref();
		else handle.unref();
	}
	close() {
		this.retire();
		this.child.stdin.end();
	}
	retire() {
		if (this.ended) return;
		this.ended = true;
		clearTimeout(this.idle);
		this.onEnd();
	}
	fail(error) {
		this.retire();
		for (const batch of this.batches.splice(0)) batch.fail(error);
	}
};
const HEADER = /^([0-9a-f]{40}|[0-9a-f]{64}) (?:blob|tree|commit|tag) (\d+)$/;
var CatFileOutput = class {
	names;
	onObject;
	chunks = [];
	buffered = 0;
	next = 0;
	header;
	constructor(names, onObject) {
		this.names = names;
		this.onObject = onObject;
	}
	done() {
		return this.next === this.names.length;
	}
	awaiting() {
		return this.names.length - this.next;
	}
	rest() {
		this.buffered = 0;
		return this.chunks.splice(0);
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
	line() {
		let length = 0;
		for (const c of this.chunks) {
			const eol = c.indexOf(10);
			if (eol >= 0) return this.take(length + eol + 1).toString("utf8", 0, length + eol);
			length += c.length;
		}
	}
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
// packages/git/lib/objects.js
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
function noteFound(repo, name, object) {
	const sha = revisionOfName(name);
	if (sha === name || !isFullSha(sha)) return;
	remembered(questionKey(repo, "tree-here", sha), () => Promise.resolve(true));
	if (!name.includes(":")) remembered(questionKey(repo, "commit", sha), () => Promise.resolve(objectIdOf(object) ?? sha));
}
function treeHere(repo, name) {
	return isRemembered(questionKey(repo, "tree-here", revisionOfName(name)));
}
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
const batches = /* @__PURE__ */ new Map();
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
async function readFileAt(repo, rev, path, role = "base") {
	const file = `${rev}:${path}`;
	const commit = `${rev}${PEELED}`;
	const objects = await readObjects(repo, [commit, file]);
	const text = objects.get(file);
	if (text !== void 0) return text.toString("utf8");
	if (objects.get(commit) === void 0) await resolveCommit(repo, rev, role);
}
const entriesKey = (repo, rev) => questionKey(repo, "ls-tree-entries", rev);
function treeEntriesAt(repo, rev) {
	const list = async () => await entriesOfCommit(repo, rev).catch(() => void 0) ?? lsTreeEntries(repo, rev);
	const entries = remembered(entriesKey(repo, rev), list, { bytes: (es) => stringBytes(es.map((e) => e.path)) + 120 * es.length });
	noteBlobIds(repo, rev, entries.then(blobsOf));
	return entries;
}
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
async function listFilesAt(repo, rev, pathspecs = []) {
	if (!isFullSha(rev)) return lsTreeNames(repo, rev, pathspecs);
	if (pathspecs.length === 0) return (await treeEntriesAt(repo, rev)).map((e) => e.path);
	return (await remembered(questionKey(repo, "ls-tree-names", rev, ...pathspecs), () => lsTreeNames(repo, rev, pathspecs), { bytes: stringBytes })).slice();
}
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
// packages/git/lib/trees.js
const TREE_MODE = "040000";
const MODES$1 = /* @__PURE__ */ new Map([
	["100644", "100644"],
	["100755", "100755"],
	["120000", "120000"],
	["160000", "160000"],
	["40000", TREE_MODE]
]);
function idBytesOf(sha) {
	return sha.length / 2;
}
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
async function commitObjects(repo, shas) {
	const names = shas.map((sha) => `${sha}${PEELED}`);
	const objects = await readObjects(repo, names);
	return names.map((name) => {
		const object = objects.get(name);
		const id = object && objectIdOf(object);
		return id ? parseCommitObject(id, object) : void 0;
	});
}
const TREE_BUDGET = 2048;
const parsedTrees = /* @__PURE__ */ new WeakMap();
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
const FILE_MODES = /* @__PURE__ */ new Set(["100644", "100755"]);
const sameType = (was, now) => FILE_MODES.has(was) && FILE_MODES.has(now) || was === now && (was === "120000" || was === "160000");
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
const entryKey = (e) => e.mode === TREE_MODE ? `${e.name}/` : e.name;
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
async function rootNamesOf(repo, rev) {
	const [commit] = await commitObjects(repo, [rev]);
	if (!commit) return void 0;
	return (await readTrees(repo, [commit.tree]))?.get(commit.tree)?.map((e) => e.name);
}
const CLOCK_SKEW_S = 3600;
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
// packages/git/lib/revisions.js
async function isShallowRepository(repo) {
	const gitDir = cloneGitDir(repo);
	if (gitDir) return existsSync(join(gitDir, "shallow"));
	return (await gitText(repo, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
}
function cloneGitDir(repo) {
	const gitDir = join(repo, ".git");
	if (process.env.GIT_DIR || process.env.GIT_COMMON_DIR || !existsSync(join(gitDir, "HEAD")) || existsSync(join(gitDir, "commondir"))) return void 0;
	return gitDir;
}
function historyAsStored(repo) {
	const gitDir = cloneGitDir(repo);
	return gitDir !== void 0 && !process.env.GIT_GRAFT_FILE && !existsSync(join(gitDir, "shallow")) && !existsSync(join(gitDir, "info", "grafts"));
}
const REVISION = /^[^\s-][^\s]*$/;
const PLAIN_REVISION = /^(?!.*\.\.)[\w/.][\w/.-]*$/;
const SHA_LINE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
async function resolveCommits(repo, revisions) {
	if (revisions.every(([rev]) => isFullSha(rev))) {
		const key = (rev) => questionKey(repo, "commit", rev);
		const answers = /* @__PURE__ */ new Map();
		for (const [rev] of revisions) if (isRemembered(key(rev))) answers.set(rev, remembered(key(rev), () => Promise.reject(/* @__PURE__ */ new Error("unreachable"))));
		const unknown = revisions.filter(([rev]) => !answers.has(rev)).map(([rev]) => rev);
		if (unknown.length > 0) {
			const reading = commitObjects(repo, unknown).then((commits) => commits.map((c) => c?.id));
			unknown.forEach((rev, i) => answers.set(rev, remembered(key(rev), () => reading.then((ids) => ids[i]), { keep: (id) => id !== void 0 })));
		}
		return (await Promise.allSettled(revisions.map(async ([rev, role]) => await answers.get(rev) ?? resolveCommitInGit(repo, rev, role)))).map((r) => {
			if (r.status === "rejected") throw r.reason;
			return r.value;
		});
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
function resolveCommit(repo, rev, role) {
	return isFullSha(rev) ? resolveCommits(repo, [[rev, role]]).then(([sha]) => sha) : resolveCommitInGit(repo, rev, role);
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
async function mergeBase(repo, base, head, prCommits) {
	if (isFullSha(base) && isFullSha(head)) return remembered(questionKey(repo, "merge-base", base, head), () => mergeBaseOfShas(repo, base, head, prCommits));
	return mergeBaseInGit(repo, base, head, prCommits);
}
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
var RawDiffParser = class {
	rest = "";
	decoder = new StringDecoder("utf8");
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
	end() {
		const files = this.push(this.decoder.end());
		if (this.rest !== "") throw new Error(`truncated diff-tree output near ${JSON.stringify(this.rest.slice(0, 80))}`);
		return files;
	}
};
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
function parseRawDiff(output) {
	const parser = new RawDiffParser();
	const files = parser.push(output);
	for (const file of parser.end()) files.push(file);
	return files;
}
async function changedFiles(repo, base, head, options = {}) {
	const range = await resolveRange(repo, base, head, options.prCommits);
	return {
		...range,
		files: await diffTree(repo, range.mergeBase, range.head)
	};
}
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
const early = /* @__PURE__ */ new Map();
function listing(repo, from, to) {
	const key = diffKey(repo, from, to);
	const started = early.get(key);
	early.delete(key);
	return started ?? startListing(repo, from, to);
}
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
function touchedPaths(files) {
	const out = [];
	for (const f of files) {
		out.push(f.path);
		if (f.status === "renamed" && f.previousPath !== void 0) out.push(f.previousPath);
	}
	return out;
}
// packages/git/lib/commits.js
async function commitsBetween(repo, base, head) {
	return (isFullSha(base) && isFullSha(head) && historyAsStored(repo) ? await lineFromBase(repo, base, head).catch(() => void 0) : void 0) ?? commitsInGit(repo, base, head);
}
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
function checkoutGit(repo, args, options = {}) {
	return runGit(repo, [...[...OVERRIDES, `safe.directory=${realpathSync(repo)}`].flatMap((o) => ["-c", o]), ...args], {
		...options,
		env: checkoutEnv(options.env),
		inheritEnv: false
	});
}
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
function knownKeys(schema, path) {
	const keys = /* @__PURE__ */ new Set();
	for (const s of schemasAt(schema, path)) {
		const def = defOf(s);
		if (def.type === "object") Object.keys(def.shape ?? {}).forEach((k) => keys.add(k));
		if (def.type === "record") for (const k of unwrap(def.keyType)) Object.values(defOf(k)?.entries ?? {}).forEach((v) => keys.add(String(v)));
	}
	return [...keys];
}
function fieldPath(path) {
	return path.map(String).join(".") || "(top level)";
}
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
const YAML_KINDS = {
	object: "a mapping (key: value lines)",
	array: "a list",
	string: "a string",
	number: "a number",
	boolean: "true or false"
};
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
		throw new ConfigFileError(what, file, source, problems, `correct ${problems.length === 1 ? "that field" : "each field"} as the schema says (${schemaName ? `schemas/${schemaName}` : "schemas/"} in the agent-guards repository; add '# yaml-language-server: $schema=\u2026' for checks in the editor).`);
	}
	return parsed.data;
}
const CONFIG_SCHEMA_FILES = {
	policy: "policy.schema.json",
	ticket: "ticket.schema.json",
	"tool manifest": "tool-manifest.schema.json",
	"spec map": "spec-map.schema.json"
};
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
async function loadTicket(options) {
	const text = await readFileAt(options.repo, options.base, options.path);
	if (text === void 0) throw new ConfigurationError(`the ticket file does not exist at the base commit ${shortCommit(options.base)}.`, {
		file: options.path,
		fix: "commit the ticket to the base branch before the agent runs; a ticket that only exists on the PR branch is not trusted."
	});
	return parseConfig(text, options.path, TicketSchema, "ticket", { commit: options.base });
}
async function loadManifest(options) {
	const text = await readFileAt(options.repo, options.base, options.path);
	if (text === void 0) {
		options.logger?.info(`no tool manifest at ${options.path} on the base commit: using the spec \u00A75 manifest.`);
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
function isProtectedBranch(branch, globs) {
	return globs.some((g) => minimatch(branch, g, { dot: true }));
}
export { MODES$2 as A, defaultPatterns as B, readObjects as C, gitText as D, GitError as E, DEFAULT_MANIFEST_PATH as F, BUILT_IN_FORBIDDEN as G, isTestPath as H, DEFAULT_POLICY_PATH as I, notApplicableRun as L, resolveManifest as M, resolveTicketPath as N, runGit as O, COMMIT_TYPES as P, POLICY_FORBIDDEN_CATEGORY as R, readFileAt as S, isFullSha as T, languagesFor as U, isConftest as V, testLanguageOf as W, resolveCommits as _, parseConfig as a, listFilesAt as b, withWorktree as c, parseRawDiff as d, streamDiffTree as f, resolveCommit as g, mergeBase as h, loadTicket as i, exclusionReason as j, KNOWN_TOOLS as k, commitsBetween as l, isShallowRepository as m, loadManifest as n, auditCheckoutConfig as o, touchedPaths as p, loadPolicy as r, checkoutGit as s, isProtectedBranch as t, changedFiles as u, resolveRange as v, catFileBatch as w, listRootAt as x, listBlobsAt as y, nameWords as z };
