export const id = 72;
export const ids = [72];
export const modules = {

/***/ 40072:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: Inputs

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./packages/action-kit/lib/index.js + 10 modules
var lib = __webpack_require__(96768);
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
    return posix.basename(path) === 'conftest.py' && !IGNORED_SEGMENT.test(path);
}
/** The language whose tests `path` holds under `patterns`, or undefined when no framework collects it. */
function testLanguageOf(path, patterns) {
    const base = posix.basename(path);
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
        m = new Minimatch(glob, { dot: true });
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
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
;// CONCATENATED MODULE: ./packages/config/lib/config-source.js
/** Where a file was read, as messages say it: `.github/agent-guards.yml at abc1234 (the policy, read at the base commit)`. */
function describeSource(file, what, source = {}) {
    return source.commit ? `${file} at ${config_source_shortCommit(source.commit)} (the ${what}, read at the base commit)` : `${file} (the ${what})`;
}
/** A commit as messages show it: 7 hex digits for a full SHA, a ref as given. */
function config_source_shortCommit(commit) {
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
    const where = `${ctx.policyPath} at ${config_source_shortCommit(ctx.base)}`;
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
const ticket_TicketSchema = schemas/* strictObject */.rej({
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
    throw new ConfigurationError('no ticket to check the PR against.', {
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
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./packages/git/lib/run-git.js


class run_git_GitError extends Error {
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
    const { stderr, exitCode } = await run_git_streamGit(repo, args, (chunk) => out.push(chunk), options);
    return { stdout: Buffer.concat(out), stderr, exitCode };
}
/**
 * Runs git like runGit but hands stdout to `onStdout` chunk by chunk as git
 * writes it, so a caller can parse a large output while git is still producing
 * it. If `onStdout` throws, git is stopped and the promise rejects with that error.
 */
function run_git_streamGit(repo, args, onStdout, options = {}) {
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
        child.on('error', (e) => reject(new run_git_GitError(`cannot run git: ${e.message}`, args, null, '')));
        child.on('close', (code) => {
            if (failure !== undefined) {
                reject(failure);
                return;
            }
            const stderr = Buffer.concat(err).toString('utf8');
            const exitCode = code ?? -1;
            if (!ok.includes(exitCode)) {
                reject(new run_git_GitError(`git ${args.join(' ')} failed (exit ${exitCode}): ${stderr.trim()}`, args, exitCode, stderr));
                return;
            }
            resolve({ stderr, exitCode });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}
async function run_git_gitText(repo, args, options = {}) {
    return (await run_git_runGit(repo, args, options)).stdout.toString('utf8');
}
//# sourceMappingURL=run-git.js.map
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
function memo_stringBytes(strings) {
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
    if (revisions.every(([rev]) => isFullSha(rev))) {
        const key = (rev) => questionKey(repo, 'commit', rev);
        const answers = new Map();
        for (const [rev] of revisions)
            if (isRemembered(key(rev)))
                answers.set(rev, remembered(key(rev), () => Promise.reject(new Error('unreachable'))));
        const unknown = revisions.filter(([rev]) => !answers.has(rev));
        if (unknown.length > 0) {
            const checking = resolveCommitsInGit(repo, unknown);
            unknown.forEach(([rev], i) => answers.set(rev, remembered(key(rev), () => checking.then((shas) => shas[i]))));
        }
        return Promise.all(revisions.map(([rev]) => answers.get(rev)));
    }
    return resolveCommitsInGit(repo, revisions);
}
async function resolveCommitsInGit(repo, revisions) {
    if (revisions.every(([rev]) => PLAIN_REVISION.test(rev))) {
        // No argument starts with a dash, so none can be read as an option.
        const result = await runGit(repo, ['rev-parse', ...revisions.map(([rev]) => `${rev}^{commit}`)], { okExitCodes: [0, 128] });
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
        throw new ConfigurationError(`'${rev}' is not a revision.`, { field: role, fix: 'pass a commit SHA or ref name.' });
    }
    try {
        return (await gitText(repo, ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`])).trim();
    }
    catch (error) {
        if (error instanceof GitError && error.exitCode !== null) {
            const shallow = await isShallowRepository(repo).catch(() => false);
            throw new ConfigurationError(`the ${role} commit '${rev}' is not in the local clone.`, {
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
    if (isFullSha(base) && isFullSha(head))
        return remembered(questionKey(repo, 'merge-base', base, head), () => mergeBaseInGit(repo, base, head, prCommits));
    return mergeBaseInGit(repo, base, head, prCommits);
}
async function mergeBaseInGit(repo, base, head, prCommits) {
    const result = await runGit(repo, ['merge-base', base, head], { okExitCodes: [0, 1] });
    const sha = result.stdout.toString('utf8').trim();
    if (result.exitCode === 0 && sha)
        return sha;
    const shallow = await isShallowRepository(repo);
    const depth = prCommits !== undefined ? ` (or at least 'fetch-depth: ${prCommits + 1}' on the head plus the base history)` : '';
    throw new ConfigurationError(shallow
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
async function revisions_resolveRange(repo, base, head, prCommits) {
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
const changed_files_MODES = (/* unused pure expression or super */ null && (['100644', '100755', '120000', '160000', '000000', '040000']));
function modeAt(text, start) {
    for (const mode of changed_files_MODES)
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
    decoder = new StringDecoder('utf8');
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
    if (isFullSha(from) && isFullSha(to))
        return (await remembered(diffKey(repo, from, to), () => listDiffTree(repo, from, to), { bytes: diffBytes })).slice();
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
const diffKey = (repo, from, to) => questionKey(repo, 'diff-tree', from, to);
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
async function objects_readFileAt(repo, rev, path) {
    const objects = await readObjects(repo, [`${rev}:${path}`]);
    return objects.get(`${rev}:${path}`)?.toString('utf8');
}
/** Every file in a commit's tree with its blob id (submodules and other non-blobs left out). */
async function listBlobsAt(repo, rev) {
    if (!isFullSha(rev))
        return lsTreeBlobs(repo, rev);
    const files = await remembered(questionKey(repo, 'ls-tree-blobs', rev), () => lsTreeBlobs(repo, rev), { bytes: (fs) => stringBytes(fs.map((f) => f.path)) + 120 * fs.length });
    return files.slice();
}
async function lsTreeBlobs(repo, rev) {
    const { stdout } = await runGit(repo, ['ls-tree', '-r', '-z', '--full-tree', rev]);
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
    if (!isFullSha(rev))
        return lsTreeNames(repo, rev, pathspecs);
    const files = await remembered(questionKey(repo, 'ls-tree-names', rev, ...pathspecs), () => lsTreeNames(repo, rev, pathspecs), { bytes: stringBytes });
    return files.slice();
}
async function lsTreeNames(repo, rev, pathspecs) {
    const { stdout } = await runGit(repo, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', rev, '--', ...pathspecs]);
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
    const key = resolve(repo);
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
    const parent = mkdtempSync(join(tmpdir(), prefix));
    // git names the worktree's metadata after the directory: a unique name never collides.
    const dir = join(parent, basename(parent));
    try {
        await inTurn(repo, () => runGit(repo, ['worktree', 'add', '--detach', '--quiet', dir, rev]));
        return await fn(dir);
    }
    finally {
        await inTurn(repo, async () => {
            await runGit(repo, ['worktree', 'remove', '--force', dir]).catch(() => undefined);
            rmSync(parent, { recursive: true, force: true });
            await runGit(repo, ['worktree', 'prune']).catch(() => undefined);
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
            const read = source.commit ? ` The ${what} was read at the base commit ${config_source_shortCommit(source.commit)}.` : '';
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
async function load_loadPolicy(options) {
    const path = options.path ?? DEFAULT_POLICY_PATH;
    const text = await objects_readFileAt(options.repo, options.base, path);
    if (text === undefined) {
        if (options.path && options.path !== DEFAULT_POLICY_PATH) {
            throw new lib/* ConfigurationError */.j1(`the policy file does not exist at the base commit ${config_source_shortCommit(options.base)}.`, {
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
    const text = await readFileAt(options.repo, options.base, options.path);
    if (text === undefined) {
        throw new ConfigurationError(`the ticket file does not exist at the base commit ${shortCommit(options.base)}.`, {
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
    { file: 'ticket.schema.json', title: 'agent-guards ticket (.agent/tickets/<id>.yml)', schema: ticket_TicketSchema },
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
    const event = readPullRequestEvent(env);
    const { base, head } = resolveRevisions(inputs, event);
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
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/money.js
/**
 * Money is held as integer micro-dollars (1 USD = 1,000,000 µ$) everywhere, so
 * sums over a million calls are exact integer sums with no floating-point drift.
 * Dollars appear only at the edges: policy values coming in, text going out.
 */
const MICRO_PER_USD = 1_000_000;
/** A dollar amount from the policy or a recorded cost, to the nearest micro-dollar. */
function usdToMicro(usd) {
    if (!Number.isFinite(usd) || usd < 0)
        throw new RangeError(`not a non-negative dollar amount: ${usd}`);
    return Math.round(usd * MICRO_PER_USD);
}
/**
 * Integer division rounding half up, exact for non-negative safe integers
 * (no `x / d` float that could land on 0.4999…).
 */
function divideRounded(numerator, divisor) {
    const quotient = Math.floor(numerator / divisor);
    const remainder = numerator - quotient * divisor;
    return 2 * remainder >= divisor ? quotient + 1 : quotient;
}
/** Exact decimal text of a micro-dollar amount, at least two decimals: 4500000 → "4.50", 4510001 → "4.510001". */
function microToDecimal(micro) {
    if (!Number.isSafeInteger(micro))
        throw new RangeError(`not an integer micro-dollar amount: ${micro}`);
    const sign = micro < 0 ? '-' : '';
    const abs = Math.abs(micro);
    const dollars = Math.floor(abs / MICRO_PER_USD);
    const fraction = String(abs - dollars * MICRO_PER_USD).padStart(6, '0').replace(/0+$/, '').padEnd(2, '0');
    return `${sign}${dollars}.${fraction}`;
}
/** "$4.50" */
function formatUsd(micro) {
    return `$${microToDecimal(micro)}`;
}
/** A ratio such as 0.8 or 1.5 as an integer count of millionths, for integer comparisons. */
function ratioToMillionths(ratio) {
    if (!Number.isFinite(ratio) || ratio < 0)
        throw new RangeError(`not a non-negative ratio: ${ratio}`);
    return Math.round(ratio * 1_000_000);
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
//# sourceMappingURL=money.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/prices.js



const CACHE_WRITE_5M = 1.25;
const CACHE_WRITE_1H = 2;
const CACHE_READ = 0.1;
function fromUsdPerMtok(inputUsd, outputUsd, multipliers = { w5: CACHE_WRITE_5M, w1: CACHE_WRITE_1H, r: CACHE_READ }) {
    const input = usdToMicro(inputUsd);
    return {
        input,
        output: usdToMicro(outputUsd),
        cacheWrite5m: Math.round(input * multipliers.w5),
        cacheWrite1h: Math.round(input * multipliers.w1),
        cacheRead: Math.round(input * multipliers.r),
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
    return model
        .trim()
        .toLowerCase()
        .replace(/^(?:openai|google|models|anthropic|azure|copilot|vertex_ai|gemini)\//, '')
        .replace(/^(?:[a-z]{2,6}\.)?anthropic\./, '')
        .replace(/\[[^\]]*\]$/, '')
        .replace(/-v\d+(?::\d+)?$/, '')
        .replace(/@(?:\d{8}|latest)$/, '')
        .replace(/-(?:\d{8}|\d{4}-\d{2}-\d{2}|latest)$/, '')
        .replace(/(\d)\.(\d)/g, '$1-$2');
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
    // platform.openai.com/docs/pricing
    'gpt-5': [1.25, 10, 0.1],
    'gpt-5-codex': [1.25, 10, 0.1],
    'gpt-5-1': [1.25, 10, 0.1],
    'gpt-5-1-codex': [1.25, 10, 0.1],
    'gpt-5-1-codex-max': [1.25, 10, 0.1],
    'gpt-5-mini': [0.25, 2, 0.1],
    'gpt-5-1-codex-mini': [0.25, 2, 0.1],
    'gpt-5-nano': [0.05, 0.4, 0.1],
    'gpt-4-1': [2, 8, 0.25],
    'gpt-4-1-mini': [0.4, 1.6, 0.25],
    'gpt-4-1-nano': [0.1, 0.4, 0.25],
    o3: [2, 8, 0.25],
    'o4-mini': [1.1, 4.4, 0.25],
    'codex-mini': [1.5, 6, 0.25],
    // ai.google.dev/gemini-api/docs/pricing (paid tier, prompts ≤ 200k tokens)
    'gemini-2-5-pro': [1.25, 10, 0.1],
    'gemini-2-5-flash': [0.3, 2.5, 0.1],
    'gemini-2-5-flash-lite': [0.1, 0.4, 0.1],
    'gemini-3-pro-preview': [2, 12, 0.1],
};
/** The built-in price of a model family, or undefined when the table does not know it. */
function builtInPrice(family) {
    if (family === 'claude-haiku-4-5')
        return HAIKU_4_5;
    if (family === 'claude-sonnet-4-5' || family === 'claude-sonnet-4-6')
        return SONNET_4_X;
    const opus = /^claude-opus-(\d+)(?:-(\d+))?$/.exec(family);
    if (opus) {
        const major = Number(opus[1]);
        const minor = Number(opus[2] ?? 0);
        if (major > 4 || (major === 4 && minor >= 5))
            return OPUS_4_5_AND_LATER;
    }
    const listed = Object.hasOwn(LIST_PRICES, family) ? LIST_PRICES[family] : undefined;
    // No cache-write charge at these providers; were a reader to report one, it is priced as input.
    return listed ? fromUsdPerMtok(listed[0], listed[1], { w5: 1, w1: 1, r: listed[2] }) : undefined;
}
/**
 * Resolves and remembers model prices: the policy override for the exact id,
 * then for its family, then the built-in table. An unknown model has no price;
 * it is never priced at zero.
 */
class PriceBook {
    overrides;
    resolved = new Map();
    constructor(overrides = {}) {
        this.overrides = overrides;
    }
    find(model) {
        if (this.resolved.has(model))
            return this.resolved.get(model);
        const family = modelFamily(model);
        // Own keys only: a model named `constructor` must not find Object's.
        const own = (key) => (Object.hasOwn(this.overrides, key) ? this.overrides[key] : undefined);
        const override = own(model) ?? own(family);
        const price = override
            ? fromUsdPerMtok(override.input_per_mtok, override.output_per_mtok, {
                w5: override.cache_write_5m_multiplier,
                w1: override.cache_write_1h_multiplier,
                r: override.cache_read_multiplier,
            })
            : builtInPrice(family);
        this.resolved.set(model, price);
        return price;
    }
    /** The price of a model, or a ConfigurationError saying how to price it. */
    require(model, where = {}) {
        const price = this.find(model);
        if (price)
            return price;
        throw new lib/* ConfigurationError */.j1(`model '${model}' has no price: the built-in table covers Claude Haiku 4.5, Sonnet 4.5/4.6 and Opus 4.5 and later, OpenAI's GPT-5, GPT-4.1, o3/o4-mini and Codex models, and Gemini 2.5 and 3 Pro; an unpriced model is not counted as free.`, {
            ...where,
            field: `cost.prices.${modelFamily(model)}`,
            fix: `add the model's list price to the policy: cost.prices.${modelFamily(model)}: { input_per_mtok: …, output_per_mtok: … }.`,
        });
    }
    /** Exact cost of some tokens of one model, rounded to the nearest micro-dollar. */
    cost(model, counts, where) {
        return costMicro(this.require(model, where), counts);
    }
}
/** Σ tokens × price is exact in pico-dollars; one rounding to micro-dollars at the end. */
function costMicro(price, c) {
    const pico = c.input * price.input +
        c.output * price.output +
        c.cacheWrite5m * price.cacheWrite5m +
        c.cacheWrite1h * price.cacheWrite1h +
        c.cacheRead * price.cacheRead;
    if (Number.isSafeInteger(pico))
        return divideRounded(pico, 1_000_000);
    // Aggregates of billions of tokens: the same sum in BigInt.
    const big = BigInt(c.input) * BigInt(price.input) +
        BigInt(c.output) * BigInt(price.output) +
        BigInt(c.cacheWrite5m) * BigInt(price.cacheWrite5m) +
        BigInt(c.cacheWrite1h) * BigInt(price.cacheWrite1h) +
        BigInt(c.cacheRead) * BigInt(price.cacheRead);
    return Number((big + 500000n) / 1000000n);
}
const booksByOverrides = new WeakMap();
/**
 * The cost in micro-dollars of one model call, from the API's usage object.
 * The runner projects its budget with this, so runner and guard agree to the
 * micro-dollar. Throws a ConfigurationError for a model without a price.
 */
function priceCall(model, usage, prices = {}) {
    let book = booksByOverrides.get(prices);
    if (!book) {
        book = new PriceBook(prices);
        booksByOverrides.set(prices, book);
    }
    return book.cost(model, countsFromUsage(usage));
}
//# sourceMappingURL=prices.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/usage-record.js

/**
 * Where a record came from: the runner's ledger, a claude-code-action
 * execution file, or another agent's usage file (agents/): codex-action or
 * `codex exec`, run-gemini-cli or `gemini`, gh-aw.
 */
const USAGE_SOURCES = ['runner-ledger', 'claude-code-action', 'codex', 'gemini-cli', 'gh-aw'];
/**
 * Keys records by content: a hash of the session and the usage fields, plus the
 * occurrence number of identical content within one file, so two genuinely
 * identical calls stay two while the same file read or appended twice adds nothing.
 */
class RecordKeyer {
    seen = new Map();
    key(parts) {
        const digest = (0,external_node_crypto_.createHash)('sha256').update(parts.map((p) => (p === undefined ? '' : String(p))).join('\u001f')).digest('base64url').slice(0, 22);
        const n = this.seen.get(digest) ?? 0;
        this.seen.set(digest, n + 1);
        return `${digest}.${n}`;
    }
}
/** The fields a record's identity is made of. */
function identityParts(r) {
    const c = r.counts;
    return [r.source, r.session, r.repo, r.pr, r.mode, r.model, r.ts, c.input, c.output, c.cacheWrite5m, c.cacheWrite1h, c.cacheRead];
}
//# sourceMappingURL=usage-record.js.map
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(64377);
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/ledger-schema.js


const tokenCount = schemas/* number */.aig().int().nonnegative();
/**
 * One line of the runner's usage ledger (contracts.md, "Usage ledger"): one
 * model call. Strict: a field the schema does not know is a writer out of step
 * with the reader, and the guard would rather say so than guess.
 */
const ledger_schema_LedgerLineSchema = schemas/* strictObject */.rej({
    session: schemas/* string */.YjP().min(1),
    ticket: schemas/* string */.YjP().min(1),
    repo: schemas/* string */.YjP().regex(/^[^/\s]+\/[^/\s]+$/, 'repo is owner/name'),
    /** Absent (or null) until the session has opened its PR. */
    pr: schemas/* number */.aig().int().positive().nullable().optional(),
    mode: schemas/* enum */.k5n(MODES),
    model: schemas/* string */.YjP().min(1),
    ts: iso/* datetime */.w$({ offset: true }),
    input_tokens: tokenCount,
    output_tokens: tokenCount,
    cache_creation_input_tokens: tokenCount,
    cache_read_input_tokens: tokenCount,
    /** The API's cache-write breakdown by TTL, when the response had one. */
    cache_creation: schemas/* strictObject */.rej({ ephemeral_5m_input_tokens: tokenCount, ephemeral_1h_input_tokens: tokenCount })
        .optional(),
    /** What the runner priced the call at; the guard reprices from tokens and reports both. */
    cost_usd: schemas/* number */.aig().nonnegative(),
})
    .refine((l) => !l.cache_creation || l.cache_creation.ephemeral_5m_input_tokens + l.cache_creation.ephemeral_1h_input_tokens === l.cache_creation_input_tokens, { message: 'cache_creation by TTL must add up to cache_creation_input_tokens', path: ['cache_creation'] })
    .describe('agent-guards usage ledger line: one model call, written by the runner.');
//# sourceMappingURL=ledger-schema.js.map
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/usage.js
function emptyCounts() {
    return { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 };
}
/**
 * Normalises API usage. When the TTL breakdown is present the 1-hour part is
 * taken from it and the rest of `cache_creation_input_tokens` is 5-minute, so
 * the total always equals what the API reported as cache creation.
 */
function usage_countsFromUsage(usage) {
    const creation = usage.cache_creation_input_tokens ?? 0;
    const oneHour = Math.min(usage.cache_creation?.ephemeral_1h_input_tokens ?? 0, creation);
    return {
        input: usage.input_tokens,
        output: usage.output_tokens,
        cacheWrite5m: creation - oneHour,
        cacheWrite1h: oneHour,
        cacheRead: usage.cache_read_input_tokens ?? 0,
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
//# sourceMappingURL=usage.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/usage-ledger.js






const FIX_GARBLED = 'the ledger is written only by the runner (appendLedgerLine); restore it from the run artifact, or re-run the session. The guard does not skip lines, because a skipped line is uncounted cost.';
/**
 * The runner's usage ledger, read whole and validated line by line. A missing,
 * empty or garbled ledger is a ConfigurationError naming the file and line:
 * the guard fails closed rather than totalling part of the spend.
 */
class UsageLedger {
    file;
    entries;
    constructor(file, entries) {
        this.file = file;
        this.entries = entries;
    }
    static async read(file) {
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT') {
                throw new lib/* ConfigurationError */.j1('the usage ledger does not exist.', {
                    file,
                    fix: 'pass the ledger the runner wrote for this session (download the run artifact before this step).',
                });
            }
            throw error;
        }
        return UsageLedger.parse(text, file);
    }
    static parse(text, file) {
        if (text.length === 0) {
            throw new lib/* ConfigurationError */.j1('the usage ledger is empty: a session that made no model call writes no ledger, so an empty one means the spend was not recorded.', {
                file,
                line: 1,
                fix: FIX_GARBLED,
            });
        }
        const lines = text.split('\n');
        const last = lines.pop();
        if (last !== '') {
            throw new lib/* ConfigurationError */.j1('the last ledger line has no newline: the writer stopped mid-line.', { file, line: lines.length + 1, fix: FIX_GARBLED });
        }
        const entries = [];
        for (let i = 0; i < lines.length; i += 1) {
            entries.push({ line: i + 1, value: parseLedgerLine(lines[i], file, i + 1) });
        }
        return new UsageLedger(file, entries);
    }
    /** Every call priced with `prices`; an unpriced model is an error naming its line. */
    toRecords(prices) {
        const keyer = new RecordKeyer();
        return this.entries.map(({ line, value }) => {
            const counts = usage_countsFromUsage(value);
            const base = {
                source: 'runner-ledger',
                session: value.session,
                ticket: value.ticket,
                repo: value.repo,
                ...(value.pr ? { pr: value.pr } : {}),
                mode: value.mode,
                model: value.model,
                ts: Date.parse(value.ts),
                counts,
            };
            return {
                ...base,
                key: keyer.key(identityParts(base)),
                costMicro: prices.cost(value.model, counts, { file: this.file, line }),
                recordedCostMicro: usdToMicro(value.cost_usd),
                file: this.file,
                line,
            };
        });
    }
}
function parseLedgerLine(text, file, line) {
    if (text.trim().length === 0) {
        throw new lib/* ConfigurationError */.j1('blank line in the usage ledger.', { file, line, fix: FIX_GARBLED });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new lib/* ConfigurationError */.j1(`usage ledger line is not valid JSON (${error.message}).`, { file, line, fix: FIX_GARBLED });
    }
    const parsed = ledger_schema_LedgerLineSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue.path.map(String).join('.') || '(line)';
        throw new lib/* ConfigurationError */.j1(`usage ledger line does not match the ledger schema: ${issue.message}.`, { file, line, field, fix: FIX_GARBLED });
    }
    return parsed.data;
}
/**
 * Appends one call to a ledger: validated first, then written as one line in
 * a single O_APPEND write, so a reader never sees half a line from this writer
 * and concurrent appenders never interleave. A ledger that already ends in a
 * partial line is refused rather than glued onto.
 */
async function appendLedgerLine(path, line) {
    const parsed = LedgerLineSchema.safeParse(line);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`refusing to append an invalid ledger line to ${path}: ${issue.path.map(String).join('.') || '(line)'}: ${issue.message}`);
    }
    const bytes = Buffer.from(`${JSON.stringify(parsed.data)}\n`, 'utf8');
    const handle = await open(path, 'a+');
    try {
        const { size } = await handle.stat();
        if (size > 0) {
            const lastByte = Buffer.alloc(1);
            await handle.read(lastByte, 0, 1, size - 1);
            if (lastByte[0] !== 0x0a)
                throw new Error(`${path} ends in a partial line; the ledger is damaged and will not be appended to.`);
        }
        const { bytesWritten } = await handle.write(bytes, 0, bytes.length);
        if (bytesWritten !== bytes.length)
            throw new Error(`short write to ${path}: ${bytesWritten} of ${bytes.length} bytes; the ledger now ends in a partial line.`);
    }
    finally {
        await handle.close();
    }
}
//# sourceMappingURL=usage-ledger.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/execution-file.js






/**
 * The execution file anthropics/claude-code-action writes
 * ($RUNNER_TEMP/claude-execution-<id>/claude-execution-output.json, output
 * `execution_file`): `JSON.stringify(messages, null, 2)` of the Agent SDK
 * messages of one `query()`. Only the fields the guard uses are checked; the
 * SDK adds message types and fields freely, so the rest passes through.
 */
const tokens = schemas/* number */.aig().int().nonnegative();
const ApiUsageSchema = schemas/* object */.Ikc({
    input_tokens: tokens,
    output_tokens: tokens,
    cache_creation_input_tokens: tokens.nullable().optional(),
    cache_read_input_tokens: tokens.nullable().optional(),
    cache_creation: schemas/* object */.Ikc({ ephemeral_5m_input_tokens: tokens.nullable().optional(), ephemeral_1h_input_tokens: tokens.nullable().optional() })
        .nullable()
        .optional(),
});
const AssistantMessageSchema = schemas/* object */.Ikc({
    type: schemas/* literal */.euz('assistant'),
    session_id: schemas/* string */.YjP(),
    message: schemas/* object */.Ikc({ id: schemas/* string */.YjP().min(1), model: schemas/* string */.YjP().min(1), usage: ApiUsageSchema }),
});
const ModelUsageSchema = schemas/* object */.Ikc({
    inputTokens: tokens,
    outputTokens: tokens,
    cacheReadInputTokens: tokens,
    cacheCreationInputTokens: tokens,
    costUSD: schemas/* number */.aig().nonnegative().optional(),
});
const ResultMessageSchema = schemas/* object */.Ikc({
    type: schemas/* literal */.euz('result'),
    subtype: schemas/* string */.YjP(),
    session_id: schemas/* string */.YjP().min(1),
    total_cost_usd: schemas/* number */.aig().nonnegative(),
    usage: ApiUsageSchema,
    modelUsage: schemas/* record */.g1P(schemas/* string */.YjP(), ModelUsageSchema).optional(),
});
const AnyMessageSchema = schemas/* object */.Ikc({ type: schemas/* string */.YjP() });
/** Mode name for usage that did not come from the runner's modes. */
const EXECUTION_FILE_MODE = 'claude-code-action';
const FIX = 'pass the `execution_file` output of anthropics/claude-code-action from a run that finished (the file is written with a final `result` message).';
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
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            throw new lib/* ConfigurationError */.j1('the claude-code-action execution file does not exist.', { file, fix: FIX });
        throw error;
    }
    return parseExecutionFile(text, file, prices, options);
}
function parseExecutionFile(text, file, prices, options) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new lib/* ConfigurationError */.j1(`the execution file is not valid JSON (${error.message}).`, { file, line: jsonErrorLine(text, error), fix: FIX });
    }
    if (!Array.isArray(json) || json.length === 0) {
        throw new lib/* ConfigurationError */.j1('the execution file is not a non-empty JSON array of SDK messages.', { file, line: 1, fix: FIX });
    }
    const lines = elementLines(text);
    const at = (i) => ({ file, line: lines[i] ?? 1 });
    const steps = new Map();
    let result;
    json.forEach((message, i) => {
        const kind = AnyMessageSchema.safeParse(message);
        if (!kind.success)
            throw new lib/* ConfigurationError */.j1(`execution file element ${i} is not an SDK message (no string \`type\`).`, { ...at(i), fix: FIX });
        if (kind.data.type === 'assistant') {
            const m = parseAt(AssistantMessageSchema, message, at(i), i);
            const counts = usage_countsFromUsage(m.message.usage);
            const step = steps.get(m.message.id);
            if (!step)
                steps.set(m.message.id, { model: m.message.model, usage: counts });
            else
                step.usage.output = Math.max(step.usage.output, counts.output);
        }
        else if (kind.data.type === 'result') {
            if (result)
                throw new lib/* ConfigurationError */.j1('the execution file has more than one `result` message; it should hold one query.', { ...at(i), fix: FIX });
            result = parseAt(ResultMessageSchema, message, at(i), i);
        }
    });
    if (!result) {
        throw new lib/* ConfigurationError */.j1('the execution file has no final `result` message: the run did not finish, so its usage cannot be totalled.', { file, line: lines[lines.length - 1] ?? 1, fix: FIX });
    }
    const fromSteps = new Map();
    for (const { model, usage } of steps.values()) {
        const sum = fromSteps.get(model) ?? emptyCounts();
        addCounts(sum, usage);
        fromSteps.set(model, sum);
    }
    const perModel = new Map();
    const modelUsage = Object.entries(result.modelUsage ?? {});
    if (modelUsage.length > 0) {
        for (const [model, u] of modelUsage) {
            const oneHour = Math.min(fromSteps.get(model)?.cacheWrite1h ?? 0, u.cacheCreationInputTokens);
            perModel.set(model, {
                input: u.inputTokens,
                output: u.outputTokens,
                cacheWrite5m: u.cacheCreationInputTokens - oneHour,
                cacheWrite1h: oneHour,
                cacheRead: u.cacheReadInputTokens,
            });
        }
    }
    else {
        for (const [model, counts] of fromSteps)
            perModel.set(model, counts);
    }
    const resultLine = lines[json.length - 1] ?? 1;
    const keyer = new RecordKeyer();
    const ts = options.now.getTime();
    const records = [];
    for (const [model, counts] of perModel) {
        const base = {
            source: 'claude-code-action',
            session: result.session_id,
            ...(options.repo ? { repo: options.repo } : {}),
            ...(options.pr ? { pr: options.pr } : {}),
            mode: EXECUTION_FILE_MODE,
            model,
            ts,
            counts,
        };
        const recorded = result.modelUsage?.[model]?.costUSD;
        records.push({
            ...base,
            key: keyer.key(identityParts(base)),
            costMicro: prices.cost(model, counts, { file, line: resultLine }),
            ...(recorded !== undefined ? { recordedCostMicro: usdToMicro(recorded) } : {}),
            file,
            line: resultLine,
        });
    }
    if (records.length === 0) {
        throw new lib/* ConfigurationError */.j1('the execution file records no model usage at all.', { file, line: resultLine, fix: FIX });
    }
    if (modelUsage.length === 0) {
        // Without per-model costs, the run's total is the recorded cost of the only record, if there is one.
        if (records.length === 1)
            records[0].recordedCostMicro = usdToMicro(result.total_cost_usd);
    }
    return records;
}
function parseAt(schema, value, where, index) {
    const parsed = schema.safeParse(value);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    throw new lib/* ConfigurationError */.j1(`execution file element ${index} does not have the SDK message shape: ${issue.message}.`, {
        ...where,
        field: issue.path.map(String).join('.') || '(message)',
        fix: FIX,
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
        if (ch === '\n')
            line += 1;
        if (inString) {
            if (ch === '\\')
                i += 1;
            else if (ch === '"')
                inString = false;
            continue;
        }
        if (depth === 1 && expectElement && !/\s/.test(ch) && ch !== ']') {
            starts.push(line);
            expectElement = false;
        }
        if (ch === '"')
            inString = true;
        else if (ch === '[' || ch === '{') {
            depth += 1;
            if (depth === 1)
                expectElement = true;
        }
        else if (ch === ']' || ch === '}')
            depth -= 1;
        else if (ch === ',' && depth === 1)
            expectElement = true;
    }
    return starts;
}
/** The line of a JSON.parse error, from the position V8 reports. */
function jsonErrorLine(text, error) {
    const position = /position (\d+)/.exec(error.message);
    if (!position)
        return 1;
    return text.slice(0, Number(position[1])).split('\n').length;
}
//# sourceMappingURL=execution-file.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/agents/usage-file.js


/** Prices drafts into records (an unpriced model is a ConfigurationError naming the file and line). */
function pricedRecords(drafts, file, prices, options) {
    const keyer = new RecordKeyer();
    return drafts.map((d) => {
        const base = {
            source: d.source,
            session: d.session,
            ...(options.repo ? { repo: options.repo } : {}),
            ...(options.pr ? { pr: options.pr } : {}),
            // The agent is the mode: its files know nothing of Frame, Plan, Implement, Review.
            mode: d.source,
            model: d.model,
            ts: d.ts,
            counts: d.counts,
        };
        return {
            ...base,
            key: keyer.key(identityParts(base)),
            costMicro: prices.cost(d.model, d.counts, { file, ...(d.line ? { line: d.line } : {}) }),
            file,
            ...(d.line ? { line: d.line } : {}),
        };
    });
}
/** JSON Lines, every line an object; a garbled line is an error naming it (a skipped line is uncounted cost). */
function jsonLines(text, file, fix) {
    const out = [];
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
        const text = raw.trim();
        if (text.length === 0)
            return;
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            const last = lines.slice(i + 1).every((l) => l.trim().length === 0);
            const why = last ? 'the last line is not complete JSON: the writer stopped mid-line' : `line is not valid JSON (${error.message})`;
            throw new lib/* ConfigurationError */.j1(`${why}.`, { file, line: i + 1, fix });
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            throw new lib/* ConfigurationError */.j1('line is not a JSON object.', { file, line: i + 1, fix });
        out.push({ line: i + 1, value: value });
    });
    return out;
}
/** A non-negative integer field, or a ConfigurationError that names it. */
function count(value, field, where, fix) {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
        return value;
    throw new lib/* ConfigurationError */.j1(`${field} is not a token count (${JSON.stringify(value) ?? 'missing'}).`, { ...where, field, fix });
}
/** A count field that older writers leave out: absent is 0, anything else must be a count. */
function optionalCount(value, field, where, fix) {
    return value === undefined || value === null ? 0 : count(value, field, where, fix);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function timestamp(value, fallback) {
    const ms = typeof value === 'string' ? Date.parse(value) : NaN;
    return Number.isFinite(ms) ? ms : fallback.getTime();
}
//# sourceMappingURL=usage-file.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/agents/codex.js




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
const EXEC_FIX = 'pass the stdout of `codex exec --json` (codex-action with codex-args ["--json"]) from a run that finished, and the model it ran (agent-model).';
const ROLLOUT_FIX = 'pass the session rollout codex wrote ($CODEX_HOME/sessions/…/rollout-*.jsonl) of a run that finished.';
function codexUsage(value, field, where, fix) {
    if (!isObject(value))
        throw new lib/* ConfigurationError */.j1(`${field} is not a usage object.`, { ...where, field, fix });
    return {
        input: count(value.input_tokens, `${field}.input_tokens`, where, fix),
        cached: optionalCount(value.cached_input_tokens, `${field}.cached_input_tokens`, where, fix),
        // Newer codex builds report cache writes (billed apart); they are part of input_tokens too.
        cacheWrite: optionalCount(value.cache_write_input_tokens, `${field}.cache_write_input_tokens`, where, fix),
        output: count(value.output_tokens, `${field}.output_tokens`, where, fix),
    };
}
function countsOf(u, where, fix) {
    const uncached = u.input - u.cached - u.cacheWrite;
    if (uncached < 0)
        throw new lib/* ConfigurationError */.j1('cached input exceeds input_tokens, which includes it: the usage is not codex’s.', { ...where, fix });
    return { ...emptyCounts(), input: uncached, output: u.output, cacheRead: u.cached, cacheWrite5m: u.cacheWrite };
}
function grew(now, before) {
    return { input: now.input - before.input, cached: now.cached - before.cached, cacheWrite: now.cacheWrite - before.cacheWrite, output: now.output - before.output };
}
const isZero = (u) => u.input === 0 && u.cached === 0 && u.cacheWrite === 0 && u.output === 0;
const isNegative = (u) => u.input < 0 || u.cached < 0 || u.cacheWrite < 0 || u.output < 0;
/** `codex exec --json`: one draft per thread, from its last turn.completed. */
function codexExecDrafts(lines, file, options) {
    let thread;
    const last = new Map();
    for (const { line, value } of lines) {
        const where = { file, line };
        if (value.type === 'thread.started') {
            if (typeof value.thread_id !== 'string' || value.thread_id.length === 0)
                throw new lib/* ConfigurationError */.j1('thread.started has no thread_id.', { ...where, fix: EXEC_FIX });
            thread = value.thread_id;
        }
        else if (value.type === 'turn.completed') {
            if (!thread)
                throw new lib/* ConfigurationError */.j1('turn.completed before any thread.started: the stream is not whole.', { ...where, fix: EXEC_FIX });
            const usage = codexUsage(value.usage, 'usage', where, EXEC_FIX);
            const before = last.get(thread);
            if (before && isNegative(grew(usage, before.usage))) {
                throw new lib/* ConfigurationError */.j1(`turn.completed usage went down within thread ${thread}: codex reports the thread's running total, so it cannot shrink.`, { ...where, fix: EXEC_FIX });
            }
            last.set(thread, { usage, line });
        }
    }
    if (last.size === 0) {
        throw new lib/* ConfigurationError */.j1('no turn.completed with usage: the run did not finish a turn (turn.failed reports no usage), so its tokens are unknown.', { file, fix: EXEC_FIX });
    }
    if (!options.model) {
        throw new lib/* ConfigurationError */.j1('`codex exec --json` does not say which model ran, and without it the usage cannot be priced.', {
            file,
            field: 'agent-model',
            fix: "give the model codex ran (codex-action's `model` input, `codex exec -m`): agent-model / --agent-model.",
        });
    }
    return [...last].map(([session, { usage, line }]) => ({
        source: 'codex',
        session,
        model: options.model,
        ts: options.now.getTime(),
        counts: countsOf(usage, { file, line }, EXEC_FIX),
        line,
    }));
}
/** A session rollout: per model, the growth of total_token_usage. */
function codexRolloutDrafts(lines, file, options) {
    let session;
    let model;
    let total = { input: 0, cached: 0, cacheWrite: 0, output: 0 };
    let lastTs = options.now.getTime();
    let lastLine = 0;
    const perModel = new Map();
    for (const { line, value } of lines) {
        const where = { file, line };
        const payload = isObject(value.payload) ? value.payload : undefined;
        if (value.type === 'session_meta' && typeof payload?.id === 'string')
            session ??= payload.id;
        else if (value.type === 'turn_context' && typeof payload?.model === 'string' && payload.model.length > 0)
            model = payload.model;
        else if (value.type === 'event_msg' && payload?.type === 'token_count') {
            // Rate-limit-only updates carry `info: null`.
            if (payload.info === null || payload.info === undefined)
                continue;
            if (!isObject(payload.info))
                throw new lib/* ConfigurationError */.j1('token_count info is not an object.', { ...where, fix: ROLLOUT_FIX });
            const now = codexUsage(payload.info.total_token_usage, 'payload.info.total_token_usage', where, ROLLOUT_FIX);
            const delta = grew(now, total);
            if (isNegative(delta))
                throw new lib/* ConfigurationError */.j1('total_token_usage went down: a rollout’s totals only grow.', { ...where, fix: ROLLOUT_FIX });
            // The same totals again (codex emits them more than once): nothing new.
            if (isZero(delta))
                continue;
            const name = model ?? options.model;
            if (!name)
                throw new lib/* ConfigurationError */.j1('tokens were counted before any turn_context named the model.', { ...where, fix: ROLLOUT_FIX });
            const sum = perModel.get(name) ?? { input: 0, cached: 0, cacheWrite: 0, output: 0 };
            perModel.set(name, { input: sum.input + delta.input, cached: sum.cached + delta.cached, cacheWrite: sum.cacheWrite + delta.cacheWrite, output: sum.output + delta.output });
            total = now;
            lastTs = timestamp(value.timestamp, options.now);
            lastLine = line;
        }
    }
    if (perModel.size === 0)
        throw new lib/* ConfigurationError */.j1('the rollout has no token_count with usage: no turn finished.', { file, fix: ROLLOUT_FIX });
    // The file name ends in the session id when session_meta is missing (an old or cut rollout).
    session ??= /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jsonl$/i.exec((0,external_node_path_.basename)(file))?.[1];
    if (!session)
        throw new lib/* ConfigurationError */.j1('the rollout names no session (no session_meta line, no id in the file name).', { file, fix: ROLLOUT_FIX });
    return [...perModel].map(([name, usage]) => ({
        source: 'codex',
        session: session,
        model: name,
        ts: lastTs,
        counts: countsOf(usage, { file, line: lastLine }, ROLLOUT_FIX),
        line: lastLine,
    }));
}
/**
 * Several `codex exec --json` files of one thread (a `codex exec resume`):
 * each reports the thread's running total, so only the largest counts — and
 * only when it is at least every other in every field, as a running total
 * is; otherwise the guard cannot tell what was spent.
 */
function mergeCodexThreads(records) {
    const byThread = new Map();
    for (const r of records)
        byThread.set(r.session, [...(byThread.get(r.session) ?? []), r]);
    const covers = (a, b) => a.input >= b.input && a.output >= b.output && a.cacheRead >= b.cacheRead && a.cacheWrite5m >= b.cacheWrite5m;
    const out = [];
    for (const [thread, runs] of byThread) {
        const largest = runs.reduce((a, b) => (covers(b.counts, a.counts) ? b : a));
        if (!runs.every((r) => covers(largest.counts, r.counts))) {
            throw new lib/* ConfigurationError */.j1(`codex thread ${thread} appears in ${runs.length} files whose running totals do not nest: the guard cannot tell what was spent.`, {
                file: runs.map((r) => r.file).join(', '),
                fix: 'pass the output of the last run of the thread only, or the session rollout.',
            });
        }
        out.push(largest);
    }
    return out;
}
//# sourceMappingURL=codex.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/agents/gemini-cli.js




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
const JSON_FIX = 'pass the stdout of `gemini … --output-format json` (run-gemini-cli keeps it as gemini-artifacts/stdout.log) from a run that finished.';
const STREAM_FIX = 'pass the stdout of `gemini … --output-format stream-json` from a run that finished (it ends in a result event).';
/** Old outputs name no session: the file's content stands in, so reading it twice gives the same session. */
function contentSession(text) {
    return `gemini-cli-${(0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 16)}`;
}
function geminiJsonDrafts(json, text, file, options) {
    const where = { file };
    const stats = json.stats;
    if (!isObject(stats) || !isObject(stats.models)) {
        const error = isObject(json.error) ? ` (error ${String(json.error.type ?? '')}: ${String(json.error.message ?? '').slice(0, 200)})` : '';
        throw new lib/* ConfigurationError */.j1(`the Gemini CLI output has no stats.models${error}: the run's usage is unknown.`, { ...where, field: 'stats.models', fix: JSON_FIX });
    }
    const session = typeof json.session_id === 'string' && json.session_id ? json.session_id : contentSession(text);
    const drafts = [];
    for (const [model, metrics] of Object.entries(stats.models)) {
        const field = `stats.models.${model}.tokens`;
        if (!isObject(metrics) || !isObject(metrics.tokens))
            throw new lib/* ConfigurationError */.j1(`${field} is missing.`, { ...where, field, fix: JSON_FIX });
        const t = metrics.tokens;
        const prompt = count(t.prompt, `${field}.prompt`, where, JSON_FIX);
        const cached = optionalCount(t.cached, `${field}.cached`, where, JSON_FIX);
        if (cached > prompt)
            throw new lib/* ConfigurationError */.j1(`${field}.cached exceeds prompt, which includes it.`, { ...where, field, fix: JSON_FIX });
        const counts = {
            ...emptyCounts(),
            input: prompt - cached + optionalCount(t.tool, `${field}.tool`, where, JSON_FIX),
            cacheRead: cached,
            output: count(t.candidates, `${field}.candidates`, where, JSON_FIX) + optionalCount(t.thoughts, `${field}.thoughts`, where, JSON_FIX),
        };
        drafts.push({ source: 'gemini-cli', session, model, ts: options.now.getTime(), counts });
    }
    if (drafts.length === 0)
        throw new lib/* ConfigurationError */.j1('the Gemini CLI output records no model usage at all.', { ...where, field: 'stats.models', fix: JSON_FIX });
    return drafts;
}
function geminiStreamDrafts(lines, text, file, options) {
    let session;
    let model;
    let result;
    for (const l of lines) {
        if (l.value.type === 'init') {
            if (typeof l.value.session_id === 'string')
                session = l.value.session_id;
            if (typeof l.value.model === 'string')
                model = l.value.model;
        }
        else if (l.value.type === 'result')
            result = l;
    }
    if (!result)
        throw new lib/* ConfigurationError */.j1('the stream has no result event: the run did not finish, so its usage is unknown.', { file, fix: STREAM_FIX });
    const where = { file, line: result.line };
    const stats = result.value.stats;
    if (!isObject(stats))
        throw new lib/* ConfigurationError */.j1(`the result event (status ${String(result.value.status)}) has no stats.`, { ...where, field: 'stats', fix: STREAM_FIX });
    const name = model ?? options.model;
    if (!name)
        throw new lib/* ConfigurationError */.j1('no init event names the model.', { file, fix: STREAM_FIX });
    const inputTokens = count(stats.input_tokens, 'stats.input_tokens', where, STREAM_FIX);
    const outputTokens = count(stats.output_tokens, 'stats.output_tokens', where, STREAM_FIX);
    const cached = optionalCount(stats.cached, 'stats.cached', where, STREAM_FIX);
    const total = optionalCount(stats.total_tokens, 'stats.total_tokens', where, STREAM_FIX);
    if (cached > inputTokens)
        throw new lib/* ConfigurationError */.j1('stats.cached exceeds input_tokens, which includes it.', { ...where, fix: STREAM_FIX });
    // Thoughts and tool-use prompts are in total_tokens only: priced as output, the dearer of the two.
    const unsplit = Math.max(0, total - inputTokens - outputTokens);
    return [
        {
            source: 'gemini-cli',
            session: session ?? contentSession(text),
            model: name,
            ts: timestamp(result.value.timestamp, options.now),
            counts: { ...emptyCounts(), input: inputTokens - cached, cacheRead: cached, output: outputTokens + unsplit },
            line: result.line,
        },
    ];
}
//# sourceMappingURL=gemini-cli.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/agents/gh-aw.js



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
const gh_aw_FIX = 'pass `gh aw logs --json` of the PR’s runs, from workflows whose agent ran behind the AWF API proxy (which records per-model token usage).';
function ghAwDrafts(json, file, options) {
    const runs = json.runs;
    if (!Array.isArray(runs) || runs.length === 0) {
        throw new lib/* ConfigurationError */.j1(`gh aw logs lists no runs${typeof json.message === 'string' ? ` (${json.message.slice(0, 200)})` : ''}.`, { file, field: 'runs', fix: gh_aw_FIX });
    }
    const drafts = [];
    runs.forEach((run, i) => {
        const field = `runs[${i}]`;
        if (!isObject(run))
            throw new lib/* ConfigurationError */.j1(`${field} is not a run.`, { file, field, fix: gh_aw_FIX });
        const id = typeof run.run_id === 'number' || typeof run.run_id === 'string' ? String(run.run_id) : undefined;
        if (!id)
            throw new lib/* ConfigurationError */.j1(`${field} has no run_id.`, { file, field, fix: gh_aw_FIX });
        const summary = run.token_usage_summary;
        const total = optionalCount(run.token_usage, `${field}.token_usage`, { file }, gh_aw_FIX);
        if (summary === undefined || summary === null) {
            if (total === 0)
                return; // a run that called no model (skipped, or failed before the agent)
            throw new lib/* ConfigurationError */.j1(`run ${id} reports ${total} tokens (token_usage) but no per-model usage (token_usage_summary): without a model and a split it cannot be priced.`, {
                file,
                field: `${field}.token_usage_summary`,
                fix: gh_aw_FIX,
            });
        }
        if (!isObject(summary))
            throw new lib/* ConfigurationError */.j1(`${field}.token_usage_summary is not an object.`, { file, field, fix: gh_aw_FIX });
        const byModel = isObject(summary.by_model) ? Object.entries(summary.by_model).filter(([, u]) => u !== null) : [];
        if (byModel.length === 0 && optionalCount(summary.total_requests, `${field}.token_usage_summary.total_requests`, { file }, gh_aw_FIX) > 0) {
            throw new lib/* ConfigurationError */.j1(`run ${id} made model requests but lists no by_model usage.`, { file, field: `${field}.token_usage_summary.by_model`, fix: gh_aw_FIX });
        }
        for (const [model, usage] of byModel) {
            const at = `${field}.token_usage_summary.by_model.${model}`;
            if (!isObject(usage))
                throw new lib/* ConfigurationError */.j1(`${at} is not an object.`, { file, field: at, fix: gh_aw_FIX });
            drafts.push({
                source: 'gh-aw',
                session: `gh-aw-run-${id}`,
                model,
                ts: timestamp(run.created_at, options.now),
                counts: {
                    ...emptyCounts(),
                    input: count(usage.input_tokens, `${at}.input_tokens`, { file }, gh_aw_FIX),
                    output: count(usage.output_tokens, `${at}.output_tokens`, { file }, gh_aw_FIX),
                    cacheRead: optionalCount(usage.cache_read_tokens, `${at}.cache_read_tokens`, { file }, gh_aw_FIX),
                    cacheWrite5m: optionalCount(usage.cache_write_tokens, `${at}.cache_write_tokens`, { file }, gh_aw_FIX),
                },
            });
        }
    });
    if (drafts.length === 0)
        throw new lib/* ConfigurationError */.j1('no run in the gh aw logs output used a model.', { file, field: 'runs', fix: gh_aw_FIX });
    return drafts;
}
//# sourceMappingURL=gh-aw.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/agents/agent-usage.js







/** The usage files the cost guard reads besides the runner's ledger, by what wrote them. */
const AGENT_USAGE_FORMATS = (/* unused pure expression or super */ null && (['claude-code-action', 'codex-exec-json', 'codex-rollout', 'gemini-json', 'gemini-stream-json', 'gh-aw-logs']));
const KNOWN = 'a claude-code-action execution file, `codex exec --json` output, a codex session rollout, `gemini --output-format json` or `stream-json` output, or `gh aw logs --json`';
const CODEX_EXEC_EVENTS = new Set(['thread.started', 'turn.started', 'turn.completed', 'turn.failed', 'item.started', 'item.updated', 'item.completed', 'error']);
const CODEX_ROLLOUT_ITEMS = new Set(['session_meta', 'turn_context', 'event_msg', 'response_item', 'compacted']);
const GEMINI_STREAM_EVENTS = new Set(['init', 'message', 'tool_use', 'tool_result', 'result']);
/** Which writer a file comes from, by its shape: each format's own top-level keys and event types. */
function detectAgentUsageFormat(text) {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('['))
        return 'claude-code-action';
    if (!trimmed.startsWith('{'))
        return undefined;
    let whole;
    try {
        whole = JSON.parse(text);
    }
    catch {
        whole = undefined;
    }
    if (isObject(whole) && typeof whole.type !== 'string') {
        if (Array.isArray(whole.runs))
            return 'gh-aw-logs';
        if ('stats' in whole || 'response' in whole || 'session_id' in whole)
            return 'gemini-json';
        return undefined;
    }
    // JSON Lines (or a one-line file): the first line's event type says whose.
    let first;
    try {
        first = JSON.parse(trimmed.split('\n', 1)[0]);
    }
    catch {
        return undefined;
    }
    if (!isObject(first) || typeof first.type !== 'string')
        return undefined;
    if (CODEX_ROLLOUT_ITEMS.has(first.type) && 'payload' in first)
        return 'codex-rollout';
    if (GEMINI_STREAM_EVENTS.has(first.type) && 'timestamp' in first)
        return 'gemini-stream-json';
    if (CODEX_EXEC_EVENTS.has(first.type))
        return 'codex-exec-json';
    return undefined;
}
function drafts(format, text, file, options) {
    switch (format) {
        case 'codex-exec-json':
            return codexExecDrafts(jsonLines(text, file, 'pass the stdout of `codex exec --json` unchanged.'), file, options);
        case 'codex-rollout':
            return codexRolloutDrafts(jsonLines(text, file, 'pass the rollout file codex wrote, unchanged.'), file, options);
        case 'gemini-stream-json':
            return geminiStreamDrafts(jsonLines(text, file, 'pass the stdout of `gemini --output-format stream-json` unchanged.'), text, file, options);
        case 'gemini-json':
            return geminiJsonDrafts(JSON.parse(text), text, file, options);
        case 'gh-aw-logs':
            return ghAwDrafts(JSON.parse(text), file, options);
    }
}
/** One agent's usage file, whatever wrote it, priced. Anything it cannot read whole is a ConfigurationError. */
function parseAgentUsage(text, file, prices, options) {
    const format = detectAgentUsageFormat(text);
    if (!format) {
        throw new lib/* ConfigurationError */.j1(`the usage file is not one the cost guard reads: expected ${KNOWN}.`, {
            file,
            fix: 'pass the file as the agent wrote it (see the cost-ceiling README for each agent), or leave it out.',
        });
    }
    if (format === 'claude-code-action')
        return { format, records: parseExecutionFile(text, file, prices, options) };
    return { format, records: pricedRecords(drafts(format, text, file, options), file, prices, options) };
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
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                throw new lib/* ConfigurationError */.j1('the usage file does not exist.', { file, fix: 'download the agent run’s artifact before this step, or fix the path.' });
            throw error;
        }
        const parsed = parseAgentUsage(text, file, prices, options);
        for (const r of parsed.records)
            (parsed.format === 'codex-exec-json' ? execStreams : records).push(r);
    }
    for (const r of mergeCodexThreads(execStreams))
        records.push(r);
    return records;
}
//# sourceMappingURL=agent-usage.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/totals.js

/** Totals of some usage: tokens by kind, cost in micro-dollars. */
class UsageTotals {
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
        if (recordedCostMicro === undefined)
            this.unrecorded += 1;
        else
            this.recordedCostMicro += recordedCostMicro;
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
        return all === 0 ? undefined : this.counts.cacheRead / all;
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
            cache_hit_rate: this.hitRate === undefined ? null : roundRate(this.hitRate),
        };
    }
}
/** Four decimals for display and outputs; decisions compare exact integers instead. */
function roundRate(rate) {
    return Math.round(rate * 10_000) / 10_000;
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
//# sourceMappingURL=totals.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/summary.js


function prKey(repo, pr) {
    return `${repo ?? ''}#${pr}`;
}
/**
 * Gives every record of a session the session's PR: the runner only learns
 * the PR number in Review, so Frame and Plan lines carry none. A session whose
 * lines name two different PRs is a broken ledger.
 */
function attributeSessions(records, fallbackPr) {
    const prOf = new Map();
    for (const r of records) {
        if (r.pr === undefined)
            continue;
        const seen = prOf.get(r.session);
        if (seen && seen.pr !== r.pr) {
            throw new lib/* ConfigurationError */.j1(`session '${r.session}' is recorded for PR #${seen.pr} (${seen.record.file}:${seen.record.line ?? 1}) and for PR #${r.pr}.`, {
                file: r.file,
                ...(r.line ? { line: r.line } : {}),
                field: 'pr',
                fix: 'a session belongs to one PR; pass the ledgers of one session per PR and check the runner that wrote them.',
            });
        }
        if (!seen)
            prOf.set(r.session, { pr: r.pr, record: r });
    }
    return records.map((r) => {
        const pr = prOf.get(r.session)?.pr ?? r.pr ?? fallbackPr;
        return pr === r.pr || pr === undefined ? r : { ...r, pr };
    });
}
function summarise(records) {
    const summary = { total: new UsageTotals(), sessions: new Map(), prs: new Map(), modes: new Map(), models: new Map() };
    for (const r of records)
        addRecord(summary, r);
    return summary;
}
function addRecord(summary, r) {
    summary.total.add(r.counts, r.costMicro, r.recordedCostMicro);
    let session = summary.sessions.get(r.session);
    if (!session) {
        session = { session: r.session, firstTs: r.ts, lastTs: r.ts, modes: new Set(), totals: new UsageTotals() };
        summary.sessions.set(r.session, session);
    }
    if (r.repo !== undefined)
        session.repo = r.repo;
    if (r.pr !== undefined)
        session.pr = r.pr;
    if (r.ticket !== undefined)
        session.ticket = r.ticket;
    if (r.ts < session.firstTs)
        session.firstTs = r.ts;
    if (r.ts > session.lastTs)
        session.lastTs = r.ts;
    session.modes.add(r.mode);
    session.totals.add(r.counts, r.costMicro, r.recordedCostMicro);
    if (r.pr !== undefined) {
        const key = prKey(r.repo, r.pr);
        let pr = summary.prs.get(key);
        if (!pr) {
            pr = { ...(r.repo ? { repo: r.repo } : {}), pr: r.pr, sessions: new Set(), totals: new UsageTotals() };
            summary.prs.set(key, pr);
        }
        pr.sessions.add(r.session);
        pr.totals.add(r.counts, r.costMicro, r.recordedCostMicro);
    }
    totalsFor(summary.modes, r.mode).add(r.counts, r.costMicro, r.recordedCostMicro);
    totalsFor(summary.models, r.model).add(r.counts, r.costMicro, r.recordedCostMicro);
}
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/history/history-digest.js

const DAY_MS = 86_400_000;
function dayNumber(ms) {
    return Math.floor(ms / DAY_MS);
}
function dayName(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
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
class HistoryDigestBuilder {
    digest = {
        lines: 0,
        total: new UsageTotals(),
        modes: new Map(),
        models: new Map(),
        sessions: new Map(),
        dailyCostMicro: new Map(),
        outcomes: new Map(),
        prFirstSeen: new Map(),
    };
    sessions = new Map();
    session;
    modeName = '';
    mode;
    modelName = '';
    model;
    addDay(file, lines) {
        const digest = this.digest;
        const day = dayNumber(Date.parse(file.slice(0, 10)));
        let dayCost = 0;
        for (const line of lines) {
            digest.lines += 1;
            if (line.kind === 'pr-outcome') {
                const key = `${line.repo}#${line.pr}`;
                const seen = digest.outcomes.get(key);
                if (!seen || canonicalTs(seen.ts) <= canonicalTs(line.ts))
                    digest.outcomes.set(key, line);
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
                    session = { session: c.session, repo: c.repo, firstTs: ts, lastTs: ts, costMicro: 0, tokens: 0 };
                    this.sessions.set(c.session, session);
                }
                this.session = session;
            }
            if (c.pr !== undefined)
                session.pr = c.pr;
            if (ts < session.firstTs)
                session.firstTs = ts;
            if (ts > session.lastTs)
                session.lastTs = ts;
            session.costMicro += cost;
            session.tokens += c.input_tokens + c.output_tokens + c.cache_creation_input_tokens + c.cache_read_input_tokens;
        }
        digest.dailyCostMicro.set(day, (digest.dailyCostMicro.get(day) ?? 0) + dayCost);
    }
    finish() {
        const digest = this.digest;
        for (const s of this.sessions.values()) {
            const summary = { ...s, firstTs: Date.parse(s.firstTs), lastTs: Date.parse(s.lastTs) };
            digest.sessions.set(s.session, summary);
            if (digest.earliestTs === undefined || summary.firstTs < digest.earliestTs)
                digest.earliestTs = summary.firstTs;
            if (summary.pr !== undefined) {
                const key = `${summary.repo}#${summary.pr}`;
                const first = digest.prFirstSeen.get(key);
                if (first === undefined || summary.firstTs < first)
                    digest.prFirstSeen.set(key, summary.firstTs);
            }
        }
        return digest;
    }
}
/** The digest of an in-memory snapshot. */
function digestHistory(snapshot) {
    const builder = new HistoryDigestBuilder();
    for (const [file, lines] of snapshot.days)
        builder.addDay(file, lines);
    return builder.finish();
}
//# sourceMappingURL=history-digest.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/history/incidents.js


const HOUR_MS = 3_600_000;
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
    for (let i = sessions.length - 1; i >= 0 && sessions[i].costMicro > threshold; i -= 1)
        run.push(sessions[i]);
    if (run.length < 2)
        return [];
    const last = run[0];
    const first = run[run.length - 1];
    const spanHours = (last.lastTs - first.lastTs) / HOUR_MS;
    if (spanHours <= policy.sustained_hours)
        return [];
    const costliest = run.reduce((a, b) => (b.costMicro > a.costMicro ? b : a));
    return [
        {
            kind: 'session-cost-sustained',
            message: `every one of the last ${run.length} sessions cost more than ${formatUsd(threshold)}, for ${spanHours.toFixed(1)} h (since ${new Date(first.lastTs).toISOString()}; over ${policy.sustained_hours} h is an incident). Costliest: session ${costliest.session} at ${formatUsd(costliest.costMicro)}.`,
        },
    ];
}
function dailySpikes(digest, policy, now) {
    const today = dayNumber(now.getTime());
    const triggers = [];
    for (const day of [today - 1, today]) {
        const baselineStart = day - BASELINE_DAYS;
        if (digest.earliestTs === undefined || dayNumber(digest.earliestTs) > baselineStart)
            continue;
        const baseline = [];
        for (let d = baselineStart; d < day; d += 1)
            baseline.push(digest.dailyCostMicro.get(d) ?? 0);
        const median = baseline.sort((a, b) => a - b)[Math.floor(BASELINE_DAYS / 2)];
        const cost = digest.dailyCostMicro.get(day) ?? 0;
        if (median > 0 && exceedsMultiple(cost, median, policy.daily_vs_7day_median)) {
            triggers.push({
                kind: 'daily-cost-spike',
                message: `${dayName(day)}${day === today ? ' (so far)' : ''} cost ${formatUsd(cost)}, over ${policy.daily_vs_7day_median}× the rolling 7-day median of ${formatUsd(median)} (${dayName(baselineStart)} to ${dayName(day - 1)}).`,
            });
        }
    }
    return triggers;
}
function incidentFindings(triggers, escalateTo) {
    const who = escalateTo.length > 0 ? ` Escalates to ${escalateTo.map(handle).join(' → ')}.` : '';
    return triggers.map((t) => ({ rule: 'cost-incident', severity: 'warning', message: `Cost incident: ${t.message}${who}` }));
}
/** `theo` and `@theo` both become `@theo`. */
function handle(name) {
    return name.startsWith('@') ? name : `@${name}`;
}
//# sourceMappingURL=incidents.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/history/oversight.js


/**
 * Spec §10 oversight adjustment: when first-pass validation drops below 70%
 * sustained for 7 days, every 5th agent PR gets a flagged extra review until
 * it recovers. The numbers are the spec's, fixed here in one place.
 */
const OVERSIGHT = { fpvFloor: 0.7, sustainedDays: 7, windowDays: 7, everyNth: 5, label: 'extra-review' };
/**
 * FPV for a day = PRs closed in the 7 days ending that day that merged without
 * a spec amendment ÷ all PRs closed in those days (a PR closed unmerged is not
 * a first pass). A PR's latest outcome line counts, dated by its `ts`.
 * The ordinal orders agent PRs (every PR with a session in the cost history)
 * by when the history first saw them, so re-running the guard on a PR keeps
 * its place and its label decision.
 */
function oversightState(digest, now, pr) {
    const byDay = new Map();
    for (const o of digest.outcomes.values()) {
        const day = dayNumber(Date.parse(o.ts));
        const tally = byDay.get(day) ?? { first: 0, all: 0 };
        tally.all += 1;
        if (o.merged && !o.spec_amended)
            tally.first += 1;
        byDay.set(day, tally);
    }
    const windowEnding = (day) => {
        const sum = { first: 0, all: 0 };
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
    const fpv = current.all === 0 ? undefined : current.first / current.all;
    let daysBelow = 0;
    // Only days with outcomes back to the first one can be under the floor.
    const oldest = Math.min(...[...byDay.keys()], today);
    for (let d = today; d >= oldest; d -= 1) {
        const w = windowEnding(d);
        if (w.all === 0 || !fractionBelow(w.first, w.all, OVERSIGHT.fpvFloor))
            break;
        daysBelow += 1;
    }
    const periodic = daysBelow >= OVERSIGHT.sustainedDays;
    const state = { ...(fpv !== undefined ? { fpv } : {}), daysBelow, periodic, extraReview: false };
    if (!periodic)
        return state;
    const startDay = today - daysBelow + OVERSIGHT.sustainedDays;
    state.periodicSince = dayName(startDay);
    if (!pr)
        return state;
    const startMs = startDay * 86_400_000;
    const key = `${pr.repo ?? ''}#${pr.pr}`;
    const mine = digest.prFirstSeen.get(key);
    if (mine === undefined || mine < startMs)
        return state;
    const ordered = [...digest.prFirstSeen].filter(([, ts]) => ts >= startMs).sort(([ka, a], [kb, b]) => a - b || ka.localeCompare(kb));
    const ordinal = ordered.findIndex(([k]) => k === key) + 1;
    return { ...state, ordinal, extraReview: ordinal % OVERSIGHT.everyNth === 0 };
}
//# sourceMappingURL=oversight.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/notify.js




const CONTEXT_BUDGET_LABEL = 'context-budget-warning';
const CONTEXT_BUDGET_MARKER = '<!-- agent-guards:cost-ceiling:context-budget -->';
const COST_INCIDENT_LABEL = 'cost-incident';
const COST_INCIDENT_MARKER = '<!-- agent-guards:cost-ceiling:cost-incident -->';
const n = (x) => x.toLocaleString('en-US');
/** The reviewer's sticky comment: which sessions crossed the soft cap, by how much. */
function contextBudgetComment(sessions, policy) {
    const rows = sessions.slice(0, 50).map((s) => {
        const t = s.totals;
        const over = t.capTokens >= policy.hard_cap_tokens ? 'hard cap' : 'soft cap';
        return `| \`${s.session}\` | ${[...s.modes].join(', ')} | ${n(t.capTokens)} | ${n(t.totalInput)} | ${n(t.counts.output)} | ${formatUsd(t.costMicro)} | ${over} |`;
    });
    const more = sessions.length > rows.length ? ['', `_${sessions.length - rows.length} more session(s) are in the job summary._`] : [];
    const body = [
        CONTEXT_BUDGET_MARKER,
        '### ⚠️ Context-budget warning',
        '',
        `The agent session(s) behind this PR reached the per-session soft cap of ${n(policy.soft_cap_tokens)} tokens (input including cache reads and writes, plus output; hard cap ${n(policy.hard_cap_tokens)}). A long context is where drift hides: please review the plan against the ticket scope with extra care.`,
        '',
        '| session | modes | tokens | input | output | cost | reached |',
        '|---|---|---:|---:|---:|---:|---|',
        ...rows,
        ...more,
        '',
        '_Updated by the cost-ceiling guard on every run; this comment is edited, never duplicated._',
    ].join('\n');
    return (0,lib/* truncateUtf8 */.Ck)(body, lib/* LIMITS */.b1.commentChars);
}
function incidentIssue(triggers, escalateTo, now) {
    const who = escalateTo.length > 0 ? escalateTo.map(handle).join(' → ') : '_no escalation handles configured (policy cost.incident.escalate_to)_';
    return {
        marker: COST_INCIDENT_MARKER,
        title: 'Cost incident: agent token spend over the §4 escalation triggers',
        body: [
            COST_INCIDENT_MARKER,
            `**Escalation:** ${who}`,
            '',
            `Detected by the cost-ceiling guard at ${now.toISOString()}:`,
            '',
            ...triggers.map((t) => `- ${t.message}`),
            '',
            'Spec §4 cost-incident escalation: per-session cost sustained over the threshold, or daily cost over the multiple of the rolling 7-day median. This issue is updated on each run while the incident lasts; close it when resolved.',
        ].join('\n'),
        labels: [COST_INCIDENT_LABEL],
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
    for (const line of done)
        logger.info(`cost-ceiling: ${line}.`);
    return done;
}
//# sourceMappingURL=notify.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/cost-summary-markdown.js


const cost_summary_markdown_n = (x) => x.toLocaleString('en-US');
const rate = (t) => (t.hitRate === undefined ? '–' : `${(t.hitRate * 100).toFixed(1)}%`);
const MAX_ROWS = 100;
function usageRow(name, t) {
    return `| ${name} | ${cost_summary_markdown_n(t.records)} | ${cost_summary_markdown_n(t.counts.input)} | ${cost_summary_markdown_n(t.cacheCreation)} | ${cost_summary_markdown_n(t.counts.cacheRead)} | ${cost_summary_markdown_n(t.counts.output)} | ${rate(t)} | ${formatUsd(t.costMicro)} |`;
}
const USAGE_HEADER = ['| | calls | input | cache write | cache read | output | hit rate | cost |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
/**
 * The job-summary section under the guard's findings: spend per mode (the
 * spec's model tiers are per mode), per model, and each session against the caps.
 */
function renderCostSummary(summary, policy) {
    const lines = ['### Token cost by mode', '', ...USAGE_HEADER];
    for (const [mode, t] of [...summary.modes].sort(([a], [b]) => a.localeCompare(b)))
        lines.push(usageRow(`\`${(0,lib/* markdownText */.p7)(mode)}\``, t));
    lines.push(usageRow('**total**', summary.total), '');
    lines.push('### By model', '', ...USAGE_HEADER);
    for (const [model, t] of [...summary.models].sort(([a], [b]) => a.localeCompare(b)))
        lines.push(usageRow(`\`${(0,lib/* markdownText */.p7)(model)}\``, t));
    lines.push('');
    const sessions = [...summary.sessions.values()].sort((a, b) => b.totals.capTokens - a.totals.capTokens);
    lines.push('### Sessions', '', `Caps count total input (cache reads and writes included) plus output: soft ${cost_summary_markdown_n(policy.soft_cap_tokens)}, hard ${cost_summary_markdown_n(policy.hard_cap_tokens)}. Ceiling per PR: ${formatUsd(Math.round(policy.max_cost_per_pr_usd * 1_000_000))}.`, '', '| session | PR | modes | tokens | of soft cap | hit rate | cost |', '|---|---|---|---:|---:|---:|---:|');
    for (const s of sessions.slice(0, MAX_ROWS)) {
        const share = `${((s.totals.capTokens / policy.soft_cap_tokens) * 100).toFixed(0)}%`;
        lines.push(`| \`${(0,lib/* markdownText */.p7)(s.session)}\` | ${s.pr ? `#${s.pr}` : '–'} | ${(0,lib/* markdownText */.p7)([...s.modes].join(', '))} | ${cost_summary_markdown_n(s.totals.capTokens)} | ${share} | ${rate(s.totals)} | ${formatUsd(s.totals.costMicro)} |`);
    }
    if (sessions.length > MAX_ROWS)
        lines.push('', `_${sessions.length - MAX_ROWS} more session(s) are in the JSON report._`);
    return lines.join('\n');
}
//# sourceMappingURL=cost-summary-markdown.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/history/history-schema.js


const history_schema_tokenCount = schemas/* number */.aig().int().nonnegative();
const repo = schemas/* string */.YjP().regex(/^[^/\s]+\/[^/\s]+$/, 'repo is owner/name');
/** UTC, so a line's day file is `ts.slice(0, 10)`. */
const utcTimestamp = iso/* datetime */.w$();
/**
 * One model call (or one model's totals of a claude-code-action run) in the
 * durable history. The cost is fixed when the line is appended, priced with
 * the policy of that day: a later price change does not rewrite the past.
 */
const HistoryCallLineSchema = schemas/* strictObject */.rej({
    kind: schemas/* literal */.euz('call'),
    key: schemas/* string */.YjP().min(1),
    source: schemas/* enum */.k5n(USAGE_SOURCES),
    session: schemas/* string */.YjP().min(1),
    ticket: schemas/* string */.YjP().min(1).optional(),
    repo,
    pr: schemas/* number */.aig().int().positive().optional(),
    mode: schemas/* string */.YjP().min(1),
    model: schemas/* string */.YjP().min(1),
    ts: utcTimestamp,
    input_tokens: history_schema_tokenCount,
    output_tokens: history_schema_tokenCount,
    cache_creation_input_tokens: history_schema_tokenCount,
    cache_read_input_tokens: history_schema_tokenCount,
    /** Present only when part of the cache writes had the 1-hour TTL. */
    cache_creation_1h_input_tokens: history_schema_tokenCount.optional(),
    cost_micro_usd: history_schema_tokenCount,
});
/**
 * How an agent PR ended, for §10 oversight: first-pass validation is a PR
 * merged without a spec amendment. Written once per PR when it closes
 * (`recordPrOutcome`); the latest line for a PR wins if it is reopened.
 */
const HistoryOutcomeLineSchema = schemas/* strictObject */.rej({
    kind: schemas/* literal */.euz('pr-outcome'),
    key: schemas/* string */.YjP().min(1),
    repo,
    pr: schemas/* number */.aig().int().positive(),
    ts: utcTimestamp,
    merged: schemas/* boolean */.zMY(),
    /** The spec had to be amended for this PR (a §-amendment PR, or the ticket's spec section changed before merge). */
    spec_amended: schemas/* boolean */.zMY(),
});
const HistoryLineSchema = schemas/* discriminatedUnion */.gMt('kind', [HistoryCallLineSchema, HistoryOutcomeLineSchema]);
/** The day file a line belongs to: `2026-11-21.jsonl`. */
function dayFileOf(line) {
    return `${line.ts.slice(0, 10)}.jsonl`;
}
const DAY_FILE = /^\d{4}-\d{2}-\d{2}\.jsonl$/;
/** A priced record as a history line; the record must know its repo. */
function historyLineOf(r) {
    return {
        kind: 'call',
        key: r.key,
        source: r.source,
        session: r.session,
        ...(r.ticket ? { ticket: r.ticket } : {}),
        repo: r.repo,
        ...(r.pr ? { pr: r.pr } : {}),
        mode: r.mode,
        model: r.model,
        ts: new Date(r.ts).toISOString(),
        input_tokens: r.counts.input,
        output_tokens: r.counts.output,
        cache_creation_input_tokens: r.counts.cacheWrite5m + r.counts.cacheWrite1h,
        cache_read_input_tokens: r.counts.cacheRead,
        ...(r.counts.cacheWrite1h > 0 ? { cache_creation_1h_input_tokens: r.counts.cacheWrite1h } : {}),
        cost_micro_usd: r.costMicro,
    };
}
/** A history line back as a record (priced as it was when appended). */
function recordOfHistoryLine(l, file, line) {
    const oneHour = l.cache_creation_1h_input_tokens ?? 0;
    return {
        key: l.key,
        source: l.source,
        session: l.session,
        ...(l.ticket ? { ticket: l.ticket } : {}),
        repo: l.repo,
        ...(l.pr ? { pr: l.pr } : {}),
        mode: l.mode,
        model: l.model,
        ts: Date.parse(l.ts),
        counts: {
            input: l.input_tokens,
            output: l.output_tokens,
            cacheWrite5m: l.cache_creation_input_tokens - oneHour,
            cacheWrite1h: oneHour,
            cacheRead: l.cache_read_input_tokens,
        },
        costMicro: l.cost_micro_usd,
        file,
        line,
    };
}
//# sourceMappingURL=history-schema.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/history/history-file.js



const history_file_FIX = 'the history branch is written only by the cost guard; repair or revert the commit that damaged this file on the history branch.';
/**
 * A day file is a header line naming the columns, then one JSON array per line
 * in that column order. Rows rather than objects halve the bytes, and parsing
 * the history is mostly JSON.parse: a million lines read in about half the time.
 * Absent optional values are `null`.
 */
const HISTORY_FORMAT_VERSION = 1;
const CALL_COLUMNS = [
    'kind', 'key', 'source', 'session', 'ticket', 'repo', 'pr', 'mode', 'model', 'ts',
    'input_tokens', 'output_tokens', 'cache_creation_input_tokens', 'cache_read_input_tokens', 'cache_creation_1h_input_tokens', 'cost_micro_usd',
];
const OUTCOME_COLUMNS = ['kind', 'key', 'repo', 'pr', 'ts', 'merged', 'spec_amended'];
const HISTORY_HEADER = JSON.stringify({ agent_guards_cost_history: HISTORY_FORMAT_VERSION, columns: { call: CALL_COLUMNS, 'pr-outcome': OUTCOME_COLUMNS } });
function serializeHistoryLines(lines) {
    const rows = lines.map((l) => l.kind === 'call'
        ? [l.kind, l.key, l.source, l.session, l.ticket ?? null, l.repo, l.pr ?? null, l.mode, l.model, l.ts, l.input_tokens, l.output_tokens, l.cache_creation_input_tokens, l.cache_read_input_tokens, l.cache_creation_1h_input_tokens ?? null, l.cost_micro_usd]
        : [l.kind, l.key, l.repo, l.pr, l.ts, l.merged, l.spec_amended]);
    return `${HISTORY_HEADER}\n${rows.map((r) => `${JSON.stringify(r)}\n`).join('')}`;
}
/**
 * Parses one day file (`2026-11-21.jsonl`). Damage stops the guard (fail
 * closed): incidents computed over a history with holes would be quietly
 * wrong. A line dated on another day than its file is damage too.
 */
function parseHistoryFile(text, file) {
    if (text.length === 0)
        return [];
    const lines = text.split('\n');
    if (lines.pop() !== '')
        throw new lib/* ConfigurationError */.j1('the history file ends in a partial line.', { file, line: lines.length + 1, fix: history_file_FIX });
    if (lines[0] !== HISTORY_HEADER) {
        throw new lib/* ConfigurationError */.j1(`the history file does not start with the format ${HISTORY_FORMAT_VERSION} header this version of the cost guard reads.`, {
            file,
            line: 1,
            fix: `${history_file_FIX} A newer cost guard may have written it: use the same agent-guards version everywhere.`,
        });
    }
    const named = /(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(file)?.[1];
    // A real calendar day, checked once: each row's timestamp then only needs its time checked.
    const day = named !== undefined && new Date(`${named}T00:00:00.000Z`).toISOString().startsWith(named) ? named : undefined;
    if (named !== undefined && day === undefined)
        throw new lib/* ConfigurationError */.j1(`${named} is not a calendar day.`, { file, fix: history_file_FIX });
    const out = new Array(lines.length - 1);
    // One JSON.parse for the whole day (rows cannot hold a raw newline); a file that does not
    // parse whole is parsed row by row, so the error names its line.
    const rows = parseRowsAtOnce(lines);
    for (let i = 1; i < lines.length; i += 1) {
        const line = rows ? checkRow(rows[i - 1], file, i + 1, day) : parseRow(lines[i], file, i + 1, day);
        if (day !== undefined && !line.ts.startsWith(day)) {
            throw new lib/* ConfigurationError */.j1(`history line is dated ${line.ts}, not on the day of its file.`, { file, line: i + 1, field: 'ts', fix: history_file_FIX });
        }
        out[i - 1] = line;
    }
    return out;
}
function parseRowsAtOnce(lines) {
    if (lines.length < 2)
        return [];
    try {
        const rows = JSON.parse(`[${lines.slice(1).join(',')}]`);
        return Array.isArray(rows) && rows.length === lines.length - 1 ? rows : undefined;
    }
    catch {
        return undefined;
    }
}
function parseRow(text, file, line, day) {
    let row;
    try {
        row = JSON.parse(text);
    }
    catch (error) {
        throw new lib/* ConfigurationError */.j1(`history line is not valid JSON (${error.message}).`, { file, line, fix: history_file_FIX });
    }
    return checkRow(row, file, line, day);
}
/** A parsed row as a history line: the fast hand check, else the schema (which names the field). */
function checkRow(row, file, line, day) {
    // A million rows are read per run: the hand check accepts only what the schema accepts, and
    // anything else goes to the schema, which either accepts it too or says which field is wrong.
    if (Array.isArray(row)) {
        if (row[0] === 'call' && row.length === CALL_COLUMNS.length && isWellFormedCall(row, day))
            return callOf(row);
        if (row[0] === 'pr-outcome' && row.length === OUTCOME_COLUMNS.length && isWellFormedOutcome(row, day))
            return outcomeOf(row);
    }
    return viaSchema(row, file, line);
}
function viaSchema(row, file, line) {
    const columns = !Array.isArray(row) ? undefined : row[0] === 'call' ? CALL_COLUMNS : row[0] === 'pr-outcome' ? OUTCOME_COLUMNS : undefined;
    if (!Array.isArray(row) || !columns || row.length !== columns.length) {
        throw new lib/* ConfigurationError */.j1(`history line is not a 'call' row of ${CALL_COLUMNS.length} columns or a 'pr-outcome' row of ${OUTCOME_COLUMNS.length}.`, { file, line, fix: history_file_FIX });
    }
    const object = Object.fromEntries(columns.map((name, i) => [name, row[i]]).filter(([, value]) => value !== null));
    const parsed = HistoryLineSchema.safeParse(object);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new lib/* ConfigurationError */.j1(`history line does not match the history schema: ${issue.message}.`, {
            file,
            line,
            field: issue.path.map(String).join('.') || '(line)',
            fix: history_file_FIX,
        });
    }
    const value = parsed.data;
    if (value.kind === 'call' && (value.cache_creation_1h_input_tokens ?? 0) > value.cache_creation_input_tokens) {
        throw new lib/* ConfigurationError */.j1('history line has more 1-hour cache writes than cache writes.', { file, line, field: 'cache_creation_1h_input_tokens', fix: history_file_FIX });
    }
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
    if (typeof ts !== 'string' || ts.length !== 24)
        return false;
    if (day !== undefined)
        return ts.startsWith(day) && TIME_OF_DAY.test(ts.slice(10));
    if (!ISO_UTC.test(ts))
        return false;
    const tens = ts.charCodeAt(8);
    return tens < 0x32 || (tens === 0x32 && ts.charCodeAt(9) < 0x39) || new Date(ts).toISOString() === ts;
}
const isCount = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isText = (v) => typeof v === 'string' && v.length > 0;
/** One repository fills a history: the last name that passed is not tested again. */
let lastRepo = '';
function isRepo(v) {
    if (typeof v !== 'string')
        return false;
    if (v === lastRepo)
        return true;
    if (!REPO.test(v))
        return false;
    lastRepo = v;
    return true;
}
function isWellFormedCall(r, day) {
    return (isText(r[1]) &&
        USAGE_SOURCES.includes(r[2]) &&
        isText(r[3]) &&
        (r[4] === null || isText(r[4])) &&
        isRepo(r[5]) &&
        (r[6] === null || (isCount(r[6]) && r[6] > 0)) &&
        isText(r[7]) &&
        isText(r[8]) &&
        isRealUtcTimestamp(r[9], day) &&
        isCount(r[10]) &&
        isCount(r[11]) &&
        isCount(r[12]) &&
        isCount(r[13]) &&
        (r[14] === null || (isCount(r[14]) && r[14] <= r[12])) &&
        isCount(r[15]));
}
function isWellFormedOutcome(r, day) {
    return isText(r[1]) && isRepo(r[2]) && isCount(r[3]) && r[3] > 0 && isRealUtcTimestamp(r[4], day) && typeof r[5] === 'boolean' && typeof r[6] === 'boolean';
}
/** Rows already checked by isWellFormedCall; every object has the same shape. */
function callOf(r) {
    return {
        kind: 'call',
        key: r[1],
        source: r[2],
        session: r[3],
        ticket: r[4] ?? undefined,
        repo: r[5],
        pr: r[6] ?? undefined,
        mode: r[7],
        model: r[8],
        ts: r[9],
        input_tokens: r[10],
        output_tokens: r[11],
        cache_creation_input_tokens: r[12],
        cache_read_input_tokens: r[13],
        cache_creation_1h_input_tokens: r[14] ?? undefined,
        cost_micro_usd: r[15],
    };
}
function outcomeOf(r) {
    return { kind: 'pr-outcome', key: r[1], repo: r[2], pr: r[3], ts: r[4], merged: r[5], spec_amended: r[6] };
}
//# sourceMappingURL=history-file.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/history/blob-stream.js


/**
 * Streams blobs out of one `git cat-file --batch`, handing each to `onBlob` as
 * soon as it is complete and in the order asked for, so parsing overlaps git
 * inflating the next one (a year of history is hundreds of megabytes: reading
 * it all before parsing would double the wall time and the memory).
 */
function streamBlobs(repo, ids, onBlob) {
    if (ids.length === 0)
        return Promise.resolve();
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', ['-C', repo, 'cat-file', '--batch'], {
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let failure;
        const fail = (error) => {
            if (failure)
                return;
            failure = error;
            child.kill();
        };
        const stderr = [];
        child.stderr.on('data', (b) => stderr.push(b));
        let next = 0;
        let pending = Buffer.alloc(0);
        /** Bytes still expected for the current blob (+1 for its trailing newline); -1 while reading a header. */
        let remaining = -1;
        const parts = [];
        child.stdout.on('data', (chunk) => {
            if (failure)
                return;
            let data = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
            pending = Buffer.alloc(0);
            try {
                while (data.length > 0) {
                    if (remaining < 0) {
                        const eol = data.indexOf(0x0a);
                        if (eol < 0) {
                            pending = data;
                            return;
                        }
                        const header = data.subarray(0, eol).toString('utf8');
                        data = data.subarray(eol + 1);
                        const id = ids[next];
                        const match = /^([0-9a-f]+) blob (\d+)$/.exec(header);
                        if (!match || id === undefined)
                            throw new Error(`git cat-file answered '${header}' for ${id ?? 'nothing'}: the object is missing or not a blob.`);
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
            }
            catch (error) {
                fail(error);
            }
        });
        child.on('error', (e) => fail(new run_git_GitError(`cannot run git: ${e.message}`, ['cat-file'], null, '')));
        child.on('close', (code) => {
            if (failure)
                return reject(failure);
            if (code !== 0 || next !== ids.length) {
                const text = Buffer.concat(stderr).toString('utf8').trim();
                return reject(new run_git_GitError(`git cat-file --batch failed (exit ${code}) after ${next} of ${ids.length} blobs: ${text}`, ['cat-file', '--batch'], code, text));
            }
            resolve();
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(`${ids.join('\n')}\n`);
    });
}
//# sourceMappingURL=blob-stream.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/history/history-store.js






/** The environment that authenticates one fetch or push with `location.token`, if any. */
function remoteAuthEnv(location) {
    if (!location.token)
        return {};
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: 'http.extraheader',
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${location.token}`).toString('base64')}`,
    };
}
/** The history as of one commit, held in memory (tests, small histories; the guard streams instead). */
class HistorySnapshot {
    commit;
    days;
    constructor(commit, 
    /** Day file name → its lines, in file order, days in order. */
    days) {
        this.commit = commit;
        this.days = days;
    }
    get size() {
        let n = 0;
        for (const lines of this.days.values())
            n += lines.length;
        return n;
    }
}
const COMMITTER_ENV = {
    GIT_AUTHOR_NAME: 'agent-guards',
    GIT_AUTHOR_EMAIL: 'agent-guards@users.noreply.github.com',
    GIT_COMMITTER_NAME: 'agent-guards',
    GIT_COMMITTER_EMAIL: 'agent-guards@users.noreply.github.com',
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
class CostHistory {
    location;
    logger;
    maxAttempts;
    backoffMs;
    maxBackoffMs;
    /** Parsed day files by blob id: a retry only parses what changed. */
    parsedBlobs = new Map();
    constructor(location, options = {}) {
        this.location = location;
        this.logger = options.logger ?? lib/* silentLogger */.qq;
        this.maxAttempts = options.maxAttempts ?? 50;
        this.backoffMs = options.backoffMs ?? 25;
        this.maxBackoffMs = options.maxBackoffMs ?? 2000;
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
        if (!commit)
            return;
        const days = (await treeEntries(this.location.repo, commit)).filter((e) => e.type === 'blob' && DAY_FILE.test(e.name)).sort((a, b) => a.name.localeCompare(b.name));
        // Days parsed during this append come from memory, the rest stream from git, all in date order.
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
            visit(name, parseHistoryFile(blob.toString('utf8'), `${this.location.branch}:${name}`));
            index = at + 1;
        });
        flushCachedBefore(days.length);
    }
    /** The whole history in memory at the fetched tip. */
    async read() {
        const tip = await this.tip();
        const days = new Map();
        await this.scan(tip, (file, lines) => days.set(file, lines));
        return new HistorySnapshot(tip, new Map([...days].sort(([a], [b]) => a.localeCompare(b))));
    }
    async append(lines) {
        for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
            const outcome = await this.withTip(async (tip) => {
                const tree = tip ? await treeEntries(this.location.repo, tip) : [];
                const existing = await this.daysTouched(tree, lines);
                const { changed, appended, alreadyPresent } = merge(existing, lines);
                if (appended === 0)
                    return { appended, alreadyPresent, attempts: attempt, commit: tip };
                const commit = await this.commit(tip, tree, changed, appended);
                return (await this.publish(commit, tip)) ? { appended, alreadyPresent, attempts: attempt, commit } : undefined;
            });
            if (outcome)
                return outcome;
            const delay = Math.min(this.maxBackoffMs, this.backoffMs * 2 ** Math.min(attempt - 1, 10)) * (0.5 + Math.random());
            this.logger.debug(`cost history: push to ${this.location.branch} rejected (attempt ${attempt}); another writer was first, retrying in ${Math.round(delay)} ms.`);
            await new Promise((resolve) => setTimeout(resolve, delay));
        }
        throw new Error(`cost history: gave up after ${this.maxAttempts} rejected pushes to ${this.location.branch}; the branch is changing faster than this writer can catch up.`);
    }
    /** Runs `fn` with the branch tip as fetched now (undefined: no branch yet), cleaning up the private ref. */
    async withTip(fn) {
        const { repo, remote, branch } = this.location;
        if (!remote) {
            const { stdout, exitCode } = await run_git_runGit(repo, ['rev-parse', '--verify', '-q', `refs/heads/${branch}^{commit}`], { okExitCodes: [0, 1] });
            return fn(exitCode === 0 ? stdout.toString('utf8').trim() : undefined);
        }
        // A private ref per attempt: concurrent writers in one repository do not step on each other.
        const ref = `refs/agent-guards/cost-history/${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
        try {
            const fetched = await run_git_runGit(repo, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, `+refs/heads/${branch}:${ref}`], {
                okExitCodes: [0, 128],
                env: remoteAuthEnv(this.location),
            });
            if (fetched.exitCode !== 0) {
                if (!/couldn't find remote ref/i.test(fetched.stderr)) {
                    throw new run_git_GitError(`git fetch ${remote} ${branch} failed: ${fetched.stderr.trim()}`, ['fetch', remote], fetched.exitCode, fetched.stderr);
                }
                return await fn(undefined);
            }
            const tip = (await run_git_runGit(repo, ['rev-parse', '--verify', `${ref}^{commit}`])).stdout.toString('utf8').trim();
            return await fn(tip);
        }
        finally {
            await run_git_runGit(repo, ['update-ref', '-d', ref], { okExitCodes: [0, 1] }).catch(() => undefined);
        }
    }
    /** The current lines of the day files `lines` would go into (only those are read on append). */
    async daysTouched(tree, lines) {
        const wanted = new Set(lines.map(dayFileOf));
        const entries = tree.filter((e) => e.type === 'blob' && wanted.has(e.name));
        const missing = entries.filter((e) => !this.parsedBlobs.has(e.sha));
        const names = new Map(missing.map((e) => [e.sha, e.name]));
        await streamBlobs(this.location.repo, missing.map((e) => e.sha), (sha, blob) => {
            this.parsedBlobs.set(sha, parseHistoryFile(blob.toString('utf8'), `${this.location.branch}:${names.get(sha)}`));
        });
        return new Map(entries.map((e) => [e.name, { sha: e.sha, lines: this.parsedBlobs.get(e.sha) }]));
    }
    async commit(parent, tree, changed, appended) {
        const repo = this.location.repo;
        // Everything else in the tree (other days, any README) is carried over as is.
        const entries = tree.filter((e) => !changed.has(e.name));
        for (const [name, lines] of changed) {
            const sha = (await run_git_runGit(repo, ['hash-object', '-w', '--stdin'], { input: serializeHistoryLines(lines) })).stdout.toString('utf8').trim();
            this.parsedBlobs.set(sha, lines);
            entries.push({ mode: '100644', type: 'blob', sha, name });
        }
        const mktreeInput = entries.map((e) => `${e.mode} ${e.type} ${e.sha}\t${e.name}\0`).join('');
        const newTree = (await run_git_runGit(repo, ['mktree', '-z'], { input: mktreeInput })).stdout.toString('utf8').trim();
        const args = ['commit-tree', '--no-gpg-sign', newTree, ...(parent ? ['-p', parent] : []), '-m', `cost history: ${appended} line(s)`];
        return (await run_git_runGit(repo, args, { env: COMMITTER_ENV })).stdout.toString('utf8').trim();
    }
    /** Moves the branch to `commit` if it is still at `expected`; false when another writer moved it first. */
    async publish(commit, expected) {
        const { repo, remote, branch } = this.location;
        if (!remote) {
            const res = await run_git_runGit(repo, ['update-ref', '-m', 'cost history', `refs/heads/${branch}`, commit, expected ?? ''], { okExitCodes: [0, 128] });
            return res.exitCode === 0;
        }
        const res = await run_git_runGit(repo, ['push', '--porcelain', '--no-verify', remote, `${commit}:refs/heads/${branch}`], { okExitCodes: [0, 1], env: remoteAuthEnv(this.location) });
        if (res.exitCode === 0)
            return true;
        const report = res.stdout.toString('utf8');
        const rejected = report.split('\n').filter((l) => l.startsWith('!'));
        if (rejected.length > 0 && rejected.every((l) => /fetch first|non-fast-forward|failed to update ref|lock|incorrect old value|stale info/i.test(l)))
            return false;
        const detail = `${report.trim()} ${res.stderr.trim()}`.trim();
        if (/protected branch|declined|denied/i.test(detail)) {
            throw new lib/* ConfigurationError */.j1(`the remote refused the cost history branch: ${detail}`, {
                field: 'cost.history_branch',
                fix: `let the workflow token push to ${branch} (exclude it from branch rulesets), or point history_branch at a branch it may write.`,
            });
        }
        throw new run_git_GitError(`git push of the cost history failed: ${detail}`, ['push', remote], res.exitCode, res.stderr);
    }
}
/**
 * Adds `lines` to their day files, skipping keys the day file (or this batch)
 * already has. Returns only the day files that grew.
 */
function merge(existing, lines) {
    const changed = new Map();
    const keysByDay = new Map();
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
            day = [...(existing.get(name)?.lines ?? [])];
            changed.set(name, day);
        }
        day.push(line);
        appended += 1;
    }
    return { changed, appended, alreadyPresent };
}
async function treeEntries(repo, commit) {
    const out = (await run_git_runGit(repo, ['ls-tree', '-z', commit])).stdout.toString('utf8');
    return out
        .split('\0')
        .filter((s) => s.length > 0)
        .map((s) => {
        const tab = s.indexOf('\t');
        const [mode, type, sha] = s.slice(0, tab).split(' ');
        return { mode, type, sha, name: s.slice(tab + 1) };
    });
}
//# sourceMappingURL=history-store.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/history/pr-outcome.js


/**
 * Records how an agent PR ended, for §10 oversight (first-pass validation).
 * Called once when an agent PR closes (a `pull_request: closed` job); the key
 * makes a re-run of that job a no-op, and a later, different outcome for the
 * same PR (reopened, closed again) a new line that supersedes the old one.
 */
async function recordPrOutcome(history, outcome, logger) {
    const ts = outcome.closedAt.toISOString();
    const line = HistoryOutcomeLineSchema.parse({
        kind: 'pr-outcome',
        key: `pr-outcome:${outcome.repo}#${outcome.pr}@${ts}:${outcome.merged ? 'merged' : 'closed'}:${outcome.specAmended ? 'amended' : 'first-pass'}`,
        repo: outcome.repo,
        pr: outcome.pr,
        ts,
        merged: outcome.merged,
        spec_amended: outcome.specAmended,
    });
    return new CostHistory(history, logger ? { logger } : {}).append([line]);
}
/**
 * The label a reviewer puts on an agent PR that could only be accepted after the
 * spec was amended: such a PR does not count as first-pass validated (§2, §10).
 */
const SPEC_AMENDMENT_LABEL = 'spec-amendment';
//# sourceMappingURL=pr-outcome.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/cost-schemas.js

/**
 * The cost guard's file formats, for the published JSON Schemas (schemas/),
 * alongside CONFIG_SCHEMAS. The history branch's day files are rows described
 * by their own header (HISTORY_HEADER), written and read only by this package.
 */
const COST_SCHEMAS = [
    { file: 'usage-ledger-line.schema.json', title: 'agent-guards usage ledger line (one JSON object per line, written by the runner)', schema: ledger_schema_LedgerLineSchema },
];
//# sourceMappingURL=cost-schemas.js.map
// EXTERNAL MODULE: ./packages/telemetry/lib/index.js + 4 modules
var telemetry_lib = __webpack_require__(18786);
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/decisions.js

function decisions_tokens(n) {
    return n.toLocaleString('en-US');
}
function prLabel(group) {
    return `${group.repo ?? ''}#${group.pr}`;
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
        const where = `session ${s.session}${s.pr ? ` (PR #${s.pr})` : ''}`;
        const breakdown = `${decisions_tokens(s.totals.totalInput)} input incl. ${decisions_tokens(s.totals.cacheCreation + s.totals.counts.cacheRead)} cache + ${decisions_tokens(s.totals.counts.output)} output`;
        if (used >= policy.hard_cap_tokens) {
            findings.push({
                rule: 'hard-cap-exceeded',
                severity: 'error',
                message: `${where} used ${decisions_tokens(used)} tokens (${breakdown}), at or over the hard cap of ${decisions_tokens(policy.hard_cap_tokens)}: the session had to escalate, not continue.`
            });
        }
        else if (used >= policy.soft_cap_tokens) {
            findings.push({
                rule: 'soft-cap-exceeded',
                severity: 'warning',
                message: `${where} used ${decisions_tokens(used)} tokens (${breakdown}), at or over the soft cap of ${decisions_tokens(policy.soft_cap_tokens)} (context-budget warning; hard cap ${decisions_tokens(policy.hard_cap_tokens)}).`
            });
        }
    }
    return findings;
}
/** The groups cost-per-PR and hit rate are judged on: each PR, and each session not yet tied to a PR. */
function prGroups(summary) {
    const groups = [...summary.prs.values()].map((g) => ({ label: `PR ${prLabel(g)}`, totals: g.totals, sessions: [...g.sessions] }));
    for (const s of summary.sessions.values()) {
        if (s.pr === undefined)
            groups.push({ label: `session ${s.session} (no PR yet)`, totals: s.totals, sessions: [s.session] });
    }
    return groups;
}
/** Token cost per PR, every session of the PR counted; over the ceiling fails ("at most $4.50"). */
function costFindings(summary, policy) {
    const ceiling = usdToMicro(policy.max_cost_per_pr_usd);
    return prGroups(summary)
        .filter((g) => g.totals.costMicro > ceiling)
        .map((g) => ({
        rule: 'cost-per-pr-exceeded',
        severity: 'error',
        message: `${g.label} cost ${formatUsd(g.totals.costMicro)} in tokens over ${g.sessions.length} session(s), over the ceiling of ${formatUsd(ceiling)} per PR; a costlier model tier needs a §4 amendment, not a silent override.`,
    }));
}
/** Prompt-cache hit rate per PR (cache read ÷ total input) under the floor. */
function hitRateFindings(summary, policy) {
    return prGroups(summary)
        .filter((g) => g.totals.totalInput > 0 && fractionBelow(g.totals.counts.cacheRead, g.totals.totalInput, policy.min_cache_hit_rate))
        .map((g) => ({
        rule: 'cache-hit-rate-low',
        severity: policy.cache_hit_rate_fails ? 'error' : 'warning',
        message: `${g.label} read ${decisions_tokens(g.totals.counts.cacheRead)} of ${decisions_tokens(g.totals.totalInput)} input tokens from the prompt cache (${((g.totals.hitRate ?? 0) * 100).toFixed(2)}%), under the ${(policy.min_cache_hit_rate * 100).toFixed(0)}% floor: the stable prefix (identity prompt + skills) is not being reused.`,
    }));
}
//# sourceMappingURL=decisions.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/history/signal-metrics.js
function signalFigures(digest, oversight, weeklyTokens) {
    const outcomes = [...digest.outcomes.values()];
    const firstPass = outcomes.filter((o) => o.merged && !o.spec_amended).length;
    const merged = new Set(outcomes.filter((o) => o.merged).map((o) => `${o.repo}#${o.pr}`));
    let mergedCostMicro = 0;
    for (const s of digest.sessions.values())
        if (s.pr !== undefined && merged.has(`${s.repo}#${s.pr}`))
            mergedCostMicro += s.costMicro;
    const hitRate = digest.total.hitRate;
    return {
        prsDecided: outcomes.length,
        ...(outcomes.length ? { firstPassValidation: firstPass / outcomes.length } : {}),
        ...(oversight.fpv !== undefined ? { firstPassValidation7d: oversight.fpv } : {}),
        mergedPrs: merged.size,
        ...(merged.size ? { costPerMergedPrUsd: mergedCostMicro / merged.size / 1_000_000 } : {}),
        ...(hitRate !== undefined ? { cacheHitRate: hitRate } : {}),
        weeklyTokens,
    };
}
/** The figures as gauges (each run reports the current value; a backend charts them over time). */
function recordSignalMetrics(telemetry, figures, attributes) {
    const gauge = (name, unit, description, value) => {
        if (value !== undefined)
            telemetry.gauge(name, { unit, description }).record(value, attributes);
    };
    gauge('agent_guards.first_pass_validation', '1', 'Closed agent PRs merged without a spec amendment ÷ all closed agent PRs in the cost history.', figures.firstPassValidation);
    gauge('agent_guards.first_pass_validation.window_7d', '1', 'First-pass validation over the last 7 days (the §10 oversight trigger).', figures.firstPassValidation7d);
    gauge('agent_guards.prs.decided', '{pr}', 'Closed agent PRs in the cost history.', figures.prsDecided);
    gauge('agent_guards.cost.per_merged_pr', '{USD}', 'Mean token cost of a merged agent PR, every session of the PR counted.', figures.costPerMergedPrUsd);
    gauge('agent_guards.prs.merged', '{pr}', 'Merged agent PRs in the cost history.', figures.mergedPrs);
    gauge('agent_guards.cache_hit_rate', '1', 'Cache reads ÷ total input tokens over the cost history.', figures.cacheHitRate);
    gauge('agent_guards.tokens.weekly', '{token}', 'Tokens of the sessions of the last 7 days.', figures.weeklyTokens);
}
//# sourceMappingURL=signal-metrics.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/cost-guard.js


















const COST_GUARD = 'cost-ceiling';
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
    const now = options.now ?? new Date();
    const executionFiles = options.executionFiles ?? [];
    const usageFiles = options.usageFiles ?? [];
    if (options.ledgers.length === 0 && executionFiles.length === 0 && usageFiles.length === 0) {
        throw new lib/* ConfigurationError */.j1('no usage to judge: neither a usage ledger nor an agent usage file was given.', {
            field: 'ledger',
            fix: 'pass the ledger(s) the runner wrote (--ledger FILE, repeatable), or the usage file of the agent that wrote the PR (--usage-file: claude-code-action, codex, Gemini CLI, gh aw).',
        });
    }
    const prNumber = options.pr ?? options.notify?.prNumber;
    const book = new PriceBook(cost.prices);
    const read = [];
    // Appended one by one: spreading a 100k-record array into push() overflows the stack.
    for (const file of options.ledgers)
        for (const r of (await UsageLedger.read(file)).toRecords(book))
            read.push(r);
    const repo = options.repo ?? (options.notify ? `${options.notify.repo.owner}/${options.notify.repo.repo}` : soleRepo(read));
    for (const file of executionFiles) {
        for (const r of await readExecutionFile(file, book, { ...(repo ? { repo } : {}), ...(prNumber ? { pr: prNumber } : {}), now }))
            read.push(r);
    }
    const agentOptions = { ...(repo ? { repo } : {}), ...(prNumber ? { pr: prNumber } : {}), now, ...(options.agentModel ? { model: options.agentModel } : {}) };
    for (const r of await readAgentUsageFiles(usageFiles, book, agentOptions))
        read.push(r);
    const records = attributeSessions(uniqueByKey(read), prNumber);
    const inScope = prNumber === undefined ? [...records] : records.filter((r) => r.pr === prNumber);
    const judged = new Set(inScope);
    const skipped = new Set(records.filter((r) => !judged.has(r)).map((r) => r.session));
    if (skipped.size > 0)
        logger.info(`cost-ceiling: ${skipped.size} session(s) in the ledgers belong to other PRs and are not judged here: ${[...skipped].join(', ')}.`);
    logger.info(`cost-ceiling: ${records.length} usage record(s) from ${options.ledgers.length} ledger(s) and ${executionFiles.length + usageFiles.length} agent usage file(s).`);
    if (prNumber !== undefined && inScope.length === 0) {
        // Judging nothing would pass a PR whose usage was never seen: fail closed.
        throw new lib/* ConfigurationError */.j1(`no usage in the given ledgers belongs to PR #${prNumber}.`, {
            field: 'ledger',
            fix: `pass the ledger(s) of the sessions that produced PR #${prNumber} (the runner's usage-ledger.jsonl), or the right PR number.`,
        });
    }
    let digest;
    let historyNote = {};
    if (options.history) {
        const history = new CostHistory({ ...options.history, branch: cost.history_branch }, { logger });
        const lines = records.map((r) => {
            if (!r.repo) {
                throw new lib/* ConfigurationError */.j1('usage from an agent usage file names no repository, and the history needs one.', {
                    file: r.file,
                    field: 'repo',
                    fix: 'pass the repository (owner/name) to the cost guard alongside the usage file.',
                });
            }
            return historyLineOf({ ...r, repo: r.repo });
        });
        const result = await history.append(lines);
        logger.info(`cost-ceiling: history ${cost.history_branch}: ${result.appended} line(s) appended, ${result.alreadyPresent} already there, ${result.attempts} attempt(s).`);
        // One streaming pass over the history as of our own commit: it holds this run's records too.
        const builder = new HistoryDigestBuilder();
        const earlierSessions = new PrSessionCollector(inScope);
        await history.scan(result.commit, (file, dayLines) => {
            builder.addDay(file, dayLines);
            earlierSessions.addDay(file, dayLines);
        });
        digest = builder.finish();
        historyNote = { 'history-lines': digest.lines, 'history-appended': result.appended };
        for (const r of earlierSessions.records)
            inScope.push(r);
    }
    const summary = summarise(inScope);
    const findings = [...capFindings(summary, cost), ...costFindings(summary, cost), ...hitRateFindings(summary, cost)];
    let oversight;
    const incidents = digest ? detectIncidents(digest, cost.incident, now) : [];
    findings.push(...incidentFindings(incidents, cost.incident.escalate_to));
    if (digest) {
        oversight = oversightState(digest, now, prNumber ? { ...(repo ? { repo } : {}), pr: prNumber } : undefined);
        findings.push(...oversightFindings(oversight, prNumber));
        const weekly = weeklyTokens(digest, now);
        historyNote['weekly-tokens'] = weekly;
        // The signal figures the history holds, as OpenTelemetry gauges (no-ops without a collector).
        recordSignalMetrics(await (0,telemetry_lib/* sharedTelemetry */.dX)(), signalFigures(digest, oversight, weekly), repo ? { 'agent_guards.repo': repo } : {});
        if (cost.weekly_budget_tokens !== undefined && weekly > cost.weekly_budget_tokens) {
            findings.push({
                rule: 'weekly-budget-exceeded',
                severity: 'warning',
                message: `the last 7 days used ${weekly.toLocaleString('en-US')} tokens, over the weekly budget of ${cost.weekly_budget_tokens.toLocaleString('en-US')}.`,
            });
        }
    }
    if (options.notify) {
        const softCapSessions = [...summary.sessions.values()].filter((s) => s.totals.capTokens >= cost.soft_cap_tokens);
        await sendNotifications(options.notify, { softCapSessions, incidents, ...(oversight ? { oversight } : {}) }, cost, now, logger);
    }
    const report = (0,lib/* reportFromFindings */.Lt)(COST_GUARD, findings, { ...metricsOf(summary), ...historyNote });
    return { report, outputs: outputsOf(summary), summary: renderCostSummary(summary, cost) };
}
function uniqueByKey(records) {
    const seen = new Set();
    return records.filter((r) => (seen.has(r.key) ? false : (seen.add(r.key), true)));
}
function soleRepo(records) {
    const repos = new Set(records.map((r) => r.repo).filter((r) => r !== undefined));
    return repos.size === 1 ? [...repos][0] : undefined;
}
/** Calls of the same PRs recorded by earlier runs (a resumed or rescued session's first ledger). */
class PrSessionCollector {
    records = [];
    prs;
    keys;
    constructor(inScope) {
        this.prs = new Set(inScope.filter((r) => r.pr !== undefined).map((r) => prKey(r.repo, r.pr)));
        this.keys = new Set(inScope.map((r) => r.key));
    }
    addDay(file, lines) {
        if (this.prs.size === 0)
            return;
        lines.forEach((line, i) => {
            if (line.kind !== 'call' || line.pr === undefined || this.keys.has(line.key) || !this.prs.has(prKey(line.repo, line.pr)))
                return;
            this.records.push(recordOfHistoryLine(line, file, i + 1));
        });
    }
}
function oversightFindings(state, pr) {
    if (!state.periodic)
        return [];
    const fpv = state.fpv === undefined ? 'n/a' : `${(state.fpv * 100).toFixed(1)}%`;
    const base = `first-pass validation has been under ${OVERSIGHT.fpvFloor * 100}% for ${state.daysBelow} day(s) (now ${fpv}); §10 periodic review is on since ${state.periodicSince}`;
    if (state.extraReview) {
        return [{ rule: 'extra-review', severity: 'warning', message: `${base}, and PR #${pr} is agent PR number ${state.ordinal} since then (every ${OVERSIGHT.everyNth}th gets the \`${OVERSIGHT.label}\` label): give it the flagged extra review.` }];
    }
    return [{ rule: 'periodic-review', severity: 'notice', message: `${base}; ${state.ordinal ? `this PR is number ${state.ordinal}, ` : ''}every ${OVERSIGHT.everyNth}th agent PR gets the \`${OVERSIGHT.label}\` label.` }];
}
function weeklyTokens(digest, now) {
    const today = dayNumber(now.getTime());
    let tokens = 0;
    for (const s of digest.sessions.values()) {
        if (dayNumber(s.lastTs) > today - 7 && s.lastTs <= now.getTime())
            tokens += s.tokens;
    }
    return tokens;
}
function metricsOf(summary) {
    const t = summary.total;
    return {
        tokens: t.capTokens,
        'input-tokens': t.counts.input,
        'output-tokens': t.counts.output,
        'cache-creation-input-tokens': t.cacheCreation,
        'cache-read-input-tokens': t.counts.cacheRead,
        'total-input-tokens': t.totalInput,
        'cost-usd': microToDecimal(t.costMicro),
        'cost-micro-usd': t.costMicro,
        // What the writers recorded, when every record carries it (history lines are priced once, at append).
        ...(t.unrecorded === 0 ? { 'recorded-cost-usd': microToDecimal(t.recordedCostMicro) } : {}),
        'cache-hit-rate': t.hitRate === undefined ? null : roundRate(t.hitRate),
        sessions: summary.sessions.size,
        prs: summary.prs.size,
        'per-mode': perMode(summary),
        'per-model': Object.fromEntries([...summary.models].map(([k, v]) => [k, v.toJSON()])),
        'per-session': Object.fromEntries([...summary.sessions].map(([k, s]) => [k, { pr: s.pr ?? null, modes: [...s.modes], ...s.totals.toJSON() }])),
    };
}
function perMode(summary) {
    return Object.fromEntries([...summary.modes].map(([mode, t]) => [mode, { ...t.toJSON(), cost_usd: microToDecimal(t.costMicro) }]));
}
function outputsOf(summary) {
    const t = summary.total;
    return {
        tokens: t.capTokens,
        'cost-usd': microToDecimal(t.costMicro),
        'cache-hit-rate': t.hitRate === undefined ? '' : roundRate(t.hitRate).toFixed(4),
        'per-mode': JSON.stringify(perMode(summary)),
    };
}
//# sourceMappingURL=cost-guard.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/pull-request-run.js



/**
 * cost-ceiling on a pull_request event: a closed agent PR is first recorded in
 * the durable history (§10 oversight counts first-pass validation from these
 * outcomes), then the guard judges whatever usage the run was given.
 */
async function runCostCeilingOnPullRequest(run) {
    const { event, logger } = run;
    const remote = { repo: run.repo, remote: 'origin', ...(run.token ? { token: run.token } : {}) };
    if (event?.action === 'closed') {
        if (!run.history || !run.repository) {
            throw new lib/* ConfigurationError */.j1('a closed PR is recorded in the durable history, which is off.', {
                field: 'history',
                fix: "set 'history: true' (with contents: write) on the job that runs when agent PRs close.",
            });
        }
        const outcome = { repo: run.repository, pr: event.number, merged: event.merged, specAmended: event.labels.includes(SPEC_AMENDMENT_LABEL), closedAt: new Date(event.closedAt ?? Date.now()) };
        await recordPrOutcome({ ...remote, branch: run.policy.cost.history_branch }, outcome, logger);
        const message = `PR #${event.number} recorded as ${outcome.merged ? 'merged' : 'closed unmerged'}${outcome.specAmended ? ' after a spec amendment' : ''}.`;
        if (run.ledgers.length === 0 && run.executionFiles.length === 0 && (run.usageFiles ?? []).length === 0) {
            return { report: (0,lib/* reportFromFindings */.Lt)('cost-ceiling', [{ rule: 'pr-outcome-recorded', severity: 'notice', message }]) };
        }
        logger.info(message);
    }
    return runCostGuard({
        ledgers: run.ledgers,
        executionFiles: run.executionFiles,
        ...(run.usageFiles?.length ? { usageFiles: run.usageFiles } : {}),
        ...(run.agentModel ? { agentModel: run.agentModel } : {}),
        policy: run.policy,
        logger,
        ...(run.pr ? { pr: run.pr } : {}),
        ...(run.repository ? { repo: run.repository } : {}),
        ...(run.history ? { history: remote } : {}),
        ...(run.notify ? { notify: run.notify } : {}),
    });
}
//# sourceMappingURL=pull-request-run.js.map
;// CONCATENATED MODULE: ./packages/cost-ceiling/lib/index.js

























//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./packages/github/lib/repo-ref.js
var repo_ref = __webpack_require__(1665);
;// CONCATENATED MODULE: ./actions/cost-ceiling/lib/main.js






/** Every input action.yml declares; defaults live here (a test keeps action.yml equal). */
const Inputs = schemas/* strictObject */.rej({
    ledger: lib/* listInput */.dt.default([]),
    'execution-file': lib/* listInput */.dt.default([]),
    'usage-file': lib/* listInput */.dt.default([]),
    'agent-model': schemas/* string */.YjP().optional(),
    policy: schemas/* string */.YjP().default(DEFAULT_POLICY_PATH),
    pr: schemas/* string */.YjP().regex(/^\d+$/, 'expected a PR number').transform(Number).optional(),
    notify: lib/* booleanInput */.tE.default(true),
    history: lib/* booleanInput */.tE.default(false),
    token: schemas/* string */.YjP().optional(),
    'working-directory': schemas/* string */.YjP().default('.'),
});
async function run() {
    const outcome = await (0,lib/* runGuardAction */.xA)({
        core: core,
        guard: 'cost-ceiling',
        inputs: Inputs,
        execute: async (inputs, logger) => {
            const event = (0,lib/* readPullRequestEvent */.$f)();
            const repo = inputs['working-directory'];
            // The policy is trusted at the PR base; outside a PR, at the checked-out commit.
            const base = event?.baseSha ?? 'HEAD';
            const { policy } = await load_loadPolicy({ repo, base, path: inputs.policy, logger });
            // Whose PR it is comes from the event's pull_request.user.login, never from the actor.
            const notApplicable = notApplicableRun('cost-ceiling', { policy, policyPath: inputs.policy, base, author: event?.author, headRef: event?.headRef }, logger);
            if (notApplicable)
                return notApplicable;
            const prNumber = inputs.pr ?? event?.number;
            const repository = event?.repository || process.env.GITHUB_REPOSITORY;
            const notify = inputs.notify && inputs.token && prNumber && repository
                ? {
                    client: clientOnFirstCall({ token: inputs.token, logger, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}) }),
                    repo: (0,repo_ref/* parseRepoRef */.P)(repository),
                    prNumber,
                }
                : undefined;
            if (inputs.notify && !notify)
                logger.info('notifications off: they need a token, a PR number and the repository.');
            return runCostCeilingOnPullRequest({
                repo,
                ...(event ? { event } : {}),
                policy,
                logger,
                ledgers: inputs.ledger,
                executionFiles: inputs['execution-file'],
                usageFiles: inputs['usage-file'],
                ...(inputs['agent-model'] ? { agentModel: inputs['agent-model'] } : {}),
                ...(prNumber ? { pr: prNumber } : {}),
                ...(repository ? { repository } : {}),
                history: inputs.history,
                ...(inputs.token ? { token: inputs.token } : {}),
                ...(notify ? { notify } : {}),
            });
        },
    });
    if (outcome.failure)
        core.setFailed(outcome.failure);
}
/**
 * The GitHub client, built (and octokit loaded) on its first call: the guard writes to the PR only
 * when a session crosses the soft cap or an incident opens, and octokit is a large part of the
 * code a run would otherwise compile before it reads the ledger.
 */
function clientOnFirstCall(options) {
    let client;
    const built = () => (client ??= Promise.all(/* import() */[__webpack_require__.e(146), __webpack_require__.e(928)]).then(__webpack_require__.bind(__webpack_require__, 30928)).then(({ createGitHubClient }) => createGitHubClient(options)));
    return {
        addLabels: async (...args) => (await built()).addLabels(...args),
        upsertStickyComment: async (...args) => (await built()).upsertStickyComment(...args),
        upsertIssue: async (...args) => (await built()).upsertIssue(...args),
    };
}
//# sourceMappingURL=main.js.map

/***/ }),

/***/ 96768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ errors_ConfigurationError),
  Zi: () => (/* reexport */ GUARD_NAMES),
  b1: () => (/* reexport */ LIMITS),
  tE: () => (/* reexport */ booleanInput),
  dt: () => (/* reexport */ listInput),
  p7: () => (/* reexport */ markdownText),
  $f: () => (/* reexport */ readPullRequestEvent),
  Lt: () => (/* reexport */ reportFromFindings),
  xA: () => (/* reexport */ runGuardAction),
  qq: () => (/* reexport */ silentLogger),
  Ck: () => (/* reexport */ truncateUtf8),
  cT: () => (/* reexport */ withoutSecrets)
});

// UNUSED EXPORTS: FindingSchema, GuardReportSchema, MemoryLogger, SeveritySchema, TRUNCATION_MARKER, VerdictSchema, combineReports, coreLogger, countBySeverity, describeError, errorReport, exitCodeFor, fenceUntrusted, guardRunOrError, integerInput, isConfigurationError, isSecretName, neutralizeWorkflowCommands, parseActionMetadata, parseInputs, planAnnotations, renderActionTables, renderSummary, renderText, resolveRevisions, sortFindings, streamLogger, telemetrySummary, updateReadme, worstVerdict

;// CONCATENATED MODULE: ./packages/action-kit/lib/errors.js
class errors_ConfigurationError extends Error {
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
    return error instanceof errors_ConfigurationError;
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
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
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
        throw new errors_ConfigurationError(`invalid value ${JSON.stringify(raw[field] ?? '')}: ${issue.message}.`, {
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
// EXTERNAL MODULE: ./packages/telemetry/lib/index.js + 4 modules
var lib = __webpack_require__(18786);
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
    const run = await (0,lib/* traceGuardRun */.ID)(guard, () => guardRunOrError(guard, async () => options.execute(parseInputs(options.inputs, (name) => core.getInput(name)), logger), (error) => core.debug(error.stack ?? error.message)), { onWarnings: (warnings) => telemetryWarnings.push(...warnings) });
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
        throw new errors_ConfigurationError(`cannot read the event payload: ${error.message}.`, {
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

/***/ 1665:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ formatRepoRef),
/* harmony export */   P: () => (/* binding */ parseRepoRef)
/* harmony export */ });
/* harmony import */ var _agent_guards_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96768);

// GitHub's own limits: owners are 1–39 alphanumerics or single hyphens; names 1–100 of [A-Za-z0-9._-].
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
/** Parses `owner/name`; anything else is the user's to fix. */
function parseRepoRef(text, field = 'repo') {
    const trimmed = text.trim();
    const [owner, repo, ...rest] = trimmed.split('/');
    if (owner === undefined || repo === undefined || rest.length > 0 || !OWNER.test(owner) || !NAME.test(repo) || repo === '.' || repo === '..') {
        throw new _agent_guards_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`'${trimmed}' is not a repository name.`, {
            field,
            fix: 'give the repository as OWNER/NAME, for example octo-org/service.',
        });
    }
    return { owner, repo };
}
function formatRepoRef(ref) {
    return `${ref.owner}/${ref.repo}`;
}
//# sourceMappingURL=repo-ref.js.map

/***/ }),

/***/ 18786:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dX: () => (/* reexport */ sharedTelemetry),
  ID: () => (/* reexport */ traceGuardRun)
});

// UNUSED EXPORTS: ATTR_ERROR_TYPE, ATTR_GEN_AI_AGENT_NAME, ATTR_GEN_AI_CONVERSATION_ID, ATTR_GEN_AI_OPERATION_NAME, ATTR_GEN_AI_PROVIDER_NAME, ATTR_GEN_AI_REQUEST_MAX_TOKENS, ATTR_GEN_AI_REQUEST_MODEL, ATTR_GEN_AI_RESPONSE_FINISH_REASONS, ATTR_GEN_AI_RESPONSE_ID, ATTR_GEN_AI_RESPONSE_MODEL, ATTR_GEN_AI_TOKEN_TYPE, ATTR_GEN_AI_TOOL_CALL_ID, ATTR_GEN_AI_TOOL_NAME, ATTR_GEN_AI_TOOL_TYPE, ATTR_GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS, ATTR_GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS, ATTR_GEN_AI_USAGE_INPUT_TOKENS, ATTR_GEN_AI_USAGE_OUTPUT_TOKENS, FLUSH_LIMIT_MS, GEN_AI_OPERATION_NAME_VALUE_CHAT, GEN_AI_OPERATION_NAME_VALUE_EXECUTE_TOOL, GEN_AI_OPERATION_NAME_VALUE_INVOKE_AGENT, GEN_AI_PROVIDER_NAME_VALUE_ANTHROPIC, GEN_AI_TOKEN_TYPE_VALUE_INPUT, GEN_AI_TOKEN_TYPE_VALUE_OUTPUT, LiveSpan, METRIC_GEN_AI_CLIENT_OPERATION_DURATION, METRIC_GEN_AI_CLIENT_TOKEN_USAGE, NAMESPACE, OPERATION_DURATION_BUCKETS, TOKEN_USAGE_BUCKETS, Telemetry, displayUrl, formatTraceparent, newSpanId, newTraceId, openTelemetry, ours, parseSpanRecords, parseTraceparent, resetSharedTelemetry, spansToOtlpJson, telemetrySettings, traceparentFromEnv

// EXTERNAL MODULE: ./packages/telemetry/lib/semconv.js
var semconv = __webpack_require__(81372);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
