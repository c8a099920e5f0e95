export const id = 729;
export const ids = [729];
export const modules = {

/***/ 2621:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   at: () => (/* binding */ at),
/* harmony export */   qY: () => (/* binding */ asRecord),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/** Stable text of a JSON-like value: key order does not count as a change. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'undefined';
}
function asRecord(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
/** The object at a key path, or {} when something on the way is not an object. */
function table(value) {
    return asRecord(value) ?? {};
}
function at(doc, path) {
    let node = doc;
    for (const key of path)
        node = asRecord(node)?.[key];
    return node;
}
//# sourceMappingURL=canonical-json.js.map

/***/ }),

/***/ 86308:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ npmSource),
/* harmony export */   EJ: () => (/* binding */ pep508Source),
/* harmony export */   Ev: () => (/* binding */ pythonTableSource),
/* harmony export */   JG: () => (/* binding */ onRegistryHost),
/* harmony export */   Mo: () => (/* binding */ REGISTRY),
/* harmony export */   r: () => (/* binding */ pathSource),
/* harmony export */   so: () => (/* binding */ cargoSource)
/* harmony export */ });
/* unused harmony export PUBLIC_REGISTRY_HOSTS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var npm_package_arg__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78056);


const REGISTRY = { kind: 'registry' };
/** The public registries' hosts; a policy adds its own (runner.sandbox.registries). */
const PUBLIC_REGISTRY_HOSTS = {
    npm: ['registry.npmjs.org', 'registry.yarnpkg.com'],
    pypi: ['pypi.org', 'files.pythonhosted.org'],
    go: ['proxy.golang.org'],
    cargo: ['index.crates.io', 'static.crates.io'],
};
/** Whether `url` is on one of the registry hosts (`*.example.com` and `host:port` as the policy writes them). */
function onRegistryHost(ecosystem, url, extraHosts = []) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return false;
    }
    if (parsed.protocol !== 'https:')
        return false;
    const host = parsed.port ? `${parsed.hostname}:${parsed.port}` : parsed.hostname;
    return [...PUBLIC_REGISTRY_HOSTS[ecosystem], ...extraHosts].some((h) => (h.startsWith('*.') ? host.endsWith(h.slice(1)) : host === h.toLowerCase()));
}
const ARCHIVE = /\.(?:tgz|tar\.gz|tar\.bz2|tar\.xz|tar|zip|whl|gem|crate)$/i;
/**
 * A path dependency: `local` when it is a folder inside the repository (code a
 * reviewer sees in the diff), `other` when it leaves the repository or is an
 * archive (bytes nobody reviews).
 */
function pathSource(manifestDir, target, what) {
    const clean = target.replace(/^file:(?:\/\/)?/, '');
    if (ARCHIVE.test(clean))
        return { kind: 'other', detail: `${what} ${JSON.stringify(target)}, an archive` };
    if (clean.startsWith('/') || /^[A-Za-z]:[\\/]/.test(clean) || clean.startsWith('~'))
        return { kind: 'other', detail: `${what} ${JSON.stringify(target)}, outside the repository` };
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(manifestDir, clean));
    if (resolved === '..' || resolved.startsWith('../'))
        return { kind: 'other', detail: `${what} ${JSON.stringify(target)}, outside the repository` };
    return { kind: 'local', detail: `${what} ${JSON.stringify(target)}` };
}
/** An npm-style spec (package.json, also the protocols Yarn, pnpm and Bun add). */
function npmSource(name, spec, manifestDir) {
    const protocol = /^([a-z][a-z0-9+.-]*):/i.exec(spec)?.[1]?.toLowerCase();
    if (protocol === 'workspace')
        return { kind: 'local', detail: `the workspace package (${spec})` };
    if (protocol === 'link' || protocol === 'portal')
        return pathSource(manifestDir, spec.slice(protocol.length + 1), `the ${protocol}: path`);
    if (protocol === 'catalog')
        return { kind: 'other', detail: `a pnpm catalog entry (${spec}), which is resolved in pnpm-workspace.yaml` };
    let parsed;
    try {
        parsed = npm_package_arg__WEBPACK_IMPORTED_MODULE_1__.resolve(name, spec, '/');
    }
    catch {
        return { kind: 'other', detail: `the ${protocol ? `${protocol}: protocol` : `spec ${JSON.stringify(spec)}`}` };
    }
    switch (parsed.type) {
        case 'version':
        case 'range':
        case 'tag':
            return REGISTRY;
        case 'alias': {
            const target = parsed.subSpec;
            if (target && target.name === name && (target.type === 'version' || target.type === 'range' || target.type === 'tag'))
                return REGISTRY;
            return { kind: 'other', detail: `an alias of ${target?.name ?? 'another package'} (${spec})` };
        }
        case 'git':
            return { kind: 'other', detail: `a git repository (${spec})` };
        case 'remote':
            return { kind: 'other', detail: `a tarball URL (${spec})` };
        case 'file':
            return { kind: 'other', detail: `a local tarball (${spec})` };
        case 'directory':
            return pathSource(manifestDir, spec, 'the folder');
        default:
            return { kind: 'other', detail: `${JSON.stringify(spec)}` };
    }
}
/** A PEP 508 requirement: a direct reference (`name @ url`) is not the registry's package. */
function pep508Source(requirement, manifestDir) {
    const url = requirement.url;
    if (url === undefined)
        return REGISTRY;
    if (/^(?:git|hg|svn|bzr)\+/i.test(url))
        return { kind: 'other', detail: `a ${url.slice(0, url.indexOf('+'))} repository (${url})` };
    if (/^file:/i.test(url) || !/^[a-z][a-z0-9+.-]*:/i.test(url))
        return pathSource(manifestDir, url, 'the path');
    return { kind: 'other', detail: `the URL ${url}` };
}
/** Keys a registry dependency's table may have in Poetry and Pipfile: the version and when it applies. */
const PYTHON_REGISTRY_KEYS = new Set([
    'version',
    'extras',
    'markers',
    'python',
    'optional',
    'allow-prereleases',
    'allow_prereleases',
    'platform',
    'sys_platform',
    'os_name',
    'platform_machine',
    'platform_python_implementation',
    'platform_system',
    'python_version',
    'python_full_version',
    'implementation_name',
]);
/** A Poetry or Pipfile entry: a version string, or a table that may name git, a path, a URL or another index. */
function pythonTableSource(value, manifestDir) {
    if (typeof value === 'string')
        return REGISTRY;
    if (Array.isArray(value)) {
        // Poetry's multiple-constraint form: every alternative must come from the registry.
        for (const v of value) {
            const s = pythonTableSource(v, manifestDir);
            if (s.kind !== 'registry')
                return s;
        }
        return REGISTRY;
    }
    if (!value || typeof value !== 'object')
        return { kind: 'other', detail: `${JSON.stringify(value)}` };
    const table = value;
    if (typeof table.git === 'string')
        return { kind: 'other', detail: `a git repository (${table.git})` };
    if (typeof table.path === 'string')
        return pathSource(manifestDir, table.path, 'the path');
    if (typeof table.file === 'string')
        return /^[a-z][a-z0-9+.-]*:/i.test(table.file) && !/^file:/i.test(table.file) ? { kind: 'other', detail: `the URL ${table.file}` } : pathSource(manifestDir, table.file, 'the file');
    if (typeof table.url === 'string')
        return { kind: 'other', detail: `the URL ${table.url}` };
    for (const key of ['source', 'index'])
        if (typeof table[key] === 'string')
            return { kind: 'other', detail: `the package index '${String(table[key])}'` };
    const unknown = Object.keys(table).filter((k) => !PYTHON_REGISTRY_KEYS.has(k));
    if (unknown.length > 0)
        return { kind: 'other', detail: `an entry with ${unknown.map((k) => `'${k}'`).join(', ')}` };
    return REGISTRY;
}
const CARGO_REGISTRY_KEYS = new Set(['version', 'features', 'default-features', 'default_features', 'optional', 'workspace', 'public', 'artifact', 'target', 'lib']);
/** A Cargo.toml entry: git, path, another registry or a rename (`package = "…"`) is not crates.io's package of that name. */
function cargoSource(name, value, manifestDir) {
    if (typeof value === 'string')
        return REGISTRY;
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return { kind: 'other', detail: `${JSON.stringify(value)}` };
    const table = value;
    if (typeof table.git === 'string')
        return { kind: 'other', detail: `a git repository (${table.git})` };
    if (typeof table.path === 'string')
        return pathSource(manifestDir, table.path, 'the path');
    if (typeof table.registry === 'string' || typeof table['registry-index'] === 'string')
        return { kind: 'other', detail: `the registry '${String(table.registry ?? table['registry-index'])}'` };
    if (typeof table.package === 'string' && table.package !== name)
        return { kind: 'other', detail: `a rename of ${table.package}` };
    const unknown = Object.keys(table).filter((k) => !CARGO_REGISTRY_KEYS.has(k) && k !== 'package');
    if (unknown.length > 0)
        return { kind: 'other', detail: `an entry with ${unknown.map((k) => `'${k}'`).join(', ')}` };
    return REGISTRY;
}
//# sourceMappingURL=dependency-sources.js.map

/***/ }),

/***/ 42729:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mb: () => (/* reexport */ DependencyFileError),
  devOnlyChange: () => (/* reexport */ devOnlyChange),
  Ir: () => (/* reexport */ diffDeclared),
  qG: () => (/* reexport */ locked_packages/* diffLockfiles */.qG),
  XI: () => (/* reexport */ diffSettings),
  Jv: () => (/* reexport */ locked_packages/* lockfileDir */.Jv),
  uI: () => (/* reexport */ lockfileProblems),
  GQ: () => (/* reexport */ readLockfile),
  WI: () => (/* reexport */ readManifest)
});

// UNUSED EXPORTS: DEV_GROUP, GoModSyntaxError, LockfileError, PUBLIC_REGISTRY_HOSTS, REGISTRY, RequirementsSyntaxError, cargoSource, dependencyFileOf, descriptorName, isDevRequirementsPath, isReadable, manifestSections, normalizePythonName, npmSource, onRegistryHost, packageKey, parseDeclared, parseGoMod, parseManifestDocument, parsePep508, parseRequirementsFile, pathSource, pep508Source, pythonTableSource, reachable, resolutionSettings

// EXTERNAL MODULE: ./packages/dependency-manifests/lib/dependency-files.js
var dependency_files = __webpack_require__(20773);
// EXTERNAL MODULE: ./packages/dependency-manifests/lib/canonical-json.js
var canonical_json = __webpack_require__(2621);
;// CONCATENATED MODULE: ./packages/dependency-manifests/lib/manifest-sections.js

/** Extras and groups named for development work. */
const DEV_GROUP = /^(dev|devel|develop|development|test|tests|testing|lint|linting|docs|doc|typing|types|check|ci)$/i;
/** A requirement file's name (or folder) says it is for development: requirements-dev.txt, requirements/test.in, … */
function isDevRequirementsPath(path) {
    return /(?:^|[-_./])(?:dev|devel|develop|development|test|tests|testing|lint|linting|docs|doc|typing|ci)(?=[-_./]|$)/i.test(path.replace(/requirements|constraints/gi, ''));
}
/** Pipfile tables that are not package categories. */
const PIPFILE_NON_CATEGORIES = new Set(['source', 'requires', 'pipenv', 'scripts', 'packages', 'dev-packages']);
/** The dependency sections present in a parsed manifest document. */
function manifestSections(format, doc) {
    const out = [];
    const add = (path, dev, shape) => {
        if ((0,canonical_json.at)(doc, path) !== undefined)
            out.push({ path, dev, shape });
    };
    switch (format) {
        case 'package-json':
            for (const s of ['dependencies', 'optionalDependencies', 'peerDependencies'])
                add([s], false, 'table');
            add(['devDependencies'], true, 'table');
            break;
        case 'pyproject': {
            const project = (0,canonical_json/* table */.tp)(doc.project);
            const tool = (0,canonical_json/* table */.tp)(doc.tool);
            add(['project', 'dependencies'], false, 'list');
            add(['build-system', 'requires'], false, 'list');
            for (const extra of Object.keys((0,canonical_json/* table */.tp)(project['optional-dependencies'])))
                add(['project', 'optional-dependencies', extra], DEV_GROUP.test(extra), 'list');
            for (const group of Object.keys((0,canonical_json/* table */.tp)(doc['dependency-groups'])))
                add(['dependency-groups', group], true, 'list');
            add(['tool', 'uv', 'dev-dependencies'], true, 'list');
            for (const group of Object.keys((0,canonical_json/* table */.tp)((0,canonical_json/* table */.tp)(tool.pdm)['dev-dependencies'])))
                add(['tool', 'pdm', 'dev-dependencies', group], true, 'list');
            add(['tool', 'rye', 'dev-dependencies'], true, 'list');
            for (const env of Object.keys((0,canonical_json/* table */.tp)((0,canonical_json/* table */.tp)(tool.hatch).envs))) {
                add(['tool', 'hatch', 'envs', env, 'dependencies'], true, 'list');
                add(['tool', 'hatch', 'envs', env, 'extra-dependencies'], true, 'list');
            }
            add(['tool', 'poetry', 'dependencies'], false, 'table');
            add(['tool', 'poetry', 'dev-dependencies'], true, 'table');
            for (const group of Object.keys((0,canonical_json/* table */.tp)((0,canonical_json/* table */.tp)(tool.poetry).group)))
                add(['tool', 'poetry', 'group', group, 'dependencies'], group !== 'main', 'table');
            break;
        }
        case 'pipfile':
            add(['packages'], false, 'table');
            add(['dev-packages'], true, 'table');
            // Pipenv's package categories (`[docs-packages]`…) are installed only when asked for, as dev packages are.
            for (const [key, value] of Object.entries(doc))
                if (!PIPFILE_NON_CATEGORIES.has(key) && (0,canonical_json/* table */.tp)(value) === value)
                    add([key], true, 'table');
            break;
        case 'cargo-toml':
            add(['dependencies'], false, 'table');
            add(['dev-dependencies'], true, 'table');
            add(['build-dependencies'], false, 'table');
            add(['workspace', 'dependencies'], false, 'table');
            for (const target of Object.keys((0,canonical_json/* table */.tp)(doc.target))) {
                add(['target', target, 'dependencies'], false, 'table');
                add(['target', target, 'dev-dependencies'], true, 'table');
                add(['target', target, 'build-dependencies'], false, 'table');
            }
            break;
        default:
            break;
    }
    return out;
}
/**
 * The settings of a manifest that change what gets installed without
 * declaring a dependency: overrides and resolutions, patches, other indexes
 * and sources, workspaces, the package manager or build backend, features.
 * Key path (dotted) → canonical value; a change to any is a dependency change
 * a guard cannot judge as a dev-dependency update.
 */
function resolutionSettings(format, doc) {
    const out = new Map();
    const add = (path) => {
        const value = (0,canonical_json.at)(doc, path);
        if (value !== undefined)
            out.set(path.join('.'), (0,canonical_json/* canonical */.$N)(value));
    };
    switch (format) {
        case 'package-json':
            for (const key of [
                'overrides',
                'resolutions',
                'pnpm',
                'bundleDependencies',
                'bundledDependencies',
                'workspaces',
                'packageManager',
                'dependenciesMeta',
                'devEngines',
                'trustedDependencies',
                'patchedDependencies',
                'catalog',
                'catalogs',
            ]) {
                add([key]);
            }
            break;
        case 'pyproject':
            for (const key of Object.keys((0,canonical_json/* table */.tp)((0,canonical_json/* table */.tp)(doc.tool).uv)))
                if (key !== 'dev-dependencies')
                    add(['tool', 'uv', key]);
            add(['tool', 'poetry', 'source']);
            add(['tool', 'pdm', 'source']);
            add(['tool', 'pdm', 'resolution']);
            add(['tool', 'rye', 'sources']);
            add(['tool', 'pixi']);
            add(['tool', 'setuptools', 'dynamic']);
            add(['tool', 'hatch', 'metadata']);
            add(['project', 'dynamic']);
            add(['build-system', 'build-backend']);
            add(['build-system', 'backend-path']);
            break;
        case 'pipfile':
            add(['source']);
            add(['pipenv']);
            add(['requires']);
            break;
        case 'cargo-toml':
            add(['patch']);
            add(['replace']);
            add(['features']);
            break;
        default:
            break;
    }
    return out;
}
//# sourceMappingURL=manifest-sections.js.map
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./packages/dependency-manifests/lib/dependency-sources.js
var dependency_sources = __webpack_require__(86308);
;// CONCATENATED MODULE: ./packages/dependency-manifests/lib/go-mod.js
class GoModSyntaxError extends Error {
    name = 'GoModSyntaxError';
}
/** Directives that change nothing installed: the module's own path, GODEBUG defaults, retractions for users, tools (whose modules are required). */
const IGNORED = new Set(['module', 'godebug', 'retract', 'tool', 'ignore']);
const SETTINGS = new Set(['replace', 'exclude', 'go', 'toolchain']);
function tokens(line) {
    const out = [];
    const re = /"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)/g;
    for (let m = re.exec(line); m; m = re.exec(line))
        out.push(m[1] ?? m[2] ?? m[3]);
    return out;
}
function entry(directive, operands, mod, number) {
    if (IGNORED.has(directive))
        return;
    if (directive === 'require') {
        const [module, version] = operands;
        if (!module || !version)
            throw new GoModSyntaxError(`line ${number}: require needs a module path and a version`);
        mod.requires.push({ module, version });
        return;
    }
    if (!SETTINGS.has(directive))
        throw new GoModSyntaxError(`line ${number}: unknown directive '${directive}'`);
    const arrow = operands.indexOf('=>');
    const key = arrow < 0 ? (directive === 'exclude' ? operands.join(' ') : '') : operands.slice(0, arrow).join(' ');
    const value = arrow < 0 ? (directive === 'exclude' ? 'excluded' : operands.join(' ')) : operands.slice(arrow + 1).join(' ');
    mod.settings.set(`${directive} ${key}`.trim(), value);
}
/** Throws GoModSyntaxError on what it cannot read (a directive Go may add later included: fail closed). */
function parseGoMod(text) {
    const mod = { requires: [], settings: new Map() };
    let block;
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i += 1) {
        const words = tokens(lines[i].replace(/\/\/.*$/, ''));
        if (words.length === 0)
            continue;
        if (block !== undefined) {
            if (words[0] === ')')
                block = undefined;
            else
                entry(block, words, mod, i + 1);
            continue;
        }
        const [directive, ...operands] = words;
        if (operands[0] === '(' && operands.length === 1)
            block = directive;
        else
            entry(directive, operands, mod, i + 1);
    }
    if (block !== undefined)
        throw new GoModSyntaxError(`the ${block} block is not closed`);
    return mod;
}
//# sourceMappingURL=go-mod.js.map
// EXTERNAL MODULE: ./packages/dependency-manifests/lib/pep508.js
var pep508 = __webpack_require__(49078);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/dependency-manifests/lib/requirements-file.js


class RequirementsSyntaxError extends Error {
    name = 'RequirementsSyntaxError';
}
const LONG_NAMES = {
    '-r': '--requirement',
    '-c': '--constraint',
    '-e': '--editable',
    '-i': '--index-url',
    '-f': '--find-links',
};
function logicalLines(text) {
    const out = [];
    const physical = text.split(/\r?\n/);
    for (let i = 0; i < physical.length; i += 1) {
        const number = i + 1;
        let line = physical[i];
        while (line.endsWith('\\') && i + 1 < physical.length) {
            line = line.slice(0, -1) + physical[++i];
        }
        line = line.replace(/(^|\s)#.*$/, '').trim();
        if (line)
            out.push({ line, number });
    }
    return out;
}
/** `--name=value`, `--name value` or `-x value` / `-xvalue`. */
function splitOption(line) {
    const long = /^(--[A-Za-z-]+)(?:=|\s+|$)(.*)$/s.exec(line);
    if (long)
        return { name: long[1], value: long[2].trim() };
    const short = /^(-[A-Za-z])\s*(.*)$/s.exec(line);
    return { name: LONG_NAMES[short[1]] ?? short[1], value: short[2].trim() };
}
function unnamed(target) {
    const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(target);
    const name = egg ? egg[1] : target;
    return { name: egg ? name.toLowerCase().replace(/[-_.]+/g, '-') : name, extras: [], specifier: '', url: target };
}
function looksLikeTarget(text) {
    return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(text) || text.startsWith('.') || text.startsWith('/') || text.includes('/') || /\.(?:whl|zip|tar\.gz|tgz|tar\.bz2)$/i.test(text);
}
function requirementLine(text, editable, number) {
    // Per-requirement options follow the requirement after whitespace.
    const optionAt = text.search(/\s--?[A-Za-z]/);
    const spec = (optionAt < 0 ? text : text.slice(0, optionAt)).trim();
    const options = optionAt < 0 ? [] : text.slice(optionAt).trim().split(/\s+(?=--?[A-Za-z])/);
    const hashes = options.filter((o) => o.startsWith('--hash')).map((o) => o.replace(/^--hash[=\s]\s*/, '')).sort();
    const buildOptions = options.filter((o) => !o.startsWith('--hash'));
    const usesEnvironment = text.includes('${');
    let requirement;
    let unnamedTarget;
    if (editable || (looksLikeTarget(spec) && !/^[A-Za-z0-9._-]+\s*(\[[^\]]*\])?\s*@/.test(spec))) {
        unnamedTarget = spec;
        requirement = unnamed(spec);
    }
    else if (usesEnvironment) {
        // The name is still read (the caller reports the line as not from the registry); the rest is the environment's.
        const named = (0,pep508/* parsePep508 */.W)(spec.replace(/\$\{[^}]*\}/g, '0'));
        requirement = named ? { ...named, specifier: spec.slice(spec.search(/[<>=!~;@[\s]/) >= 0 ? spec.search(/[<>=!~;@[\s]/) : spec.length).trim() } : unnamed(spec);
    }
    else {
        requirement = (0,pep508/* parsePep508 */.W)(spec);
    }
    if (!requirement)
        throw new RequirementsSyntaxError(`line ${number}: '${spec}' is not a requirement (PEP 508)`);
    return {
        requirement,
        editable,
        ...(unnamedTarget !== undefined ? { unnamedTarget } : {}),
        ...(hashes.length > 0 ? { hashes: `${hashes.length} hash(es) ${(0,external_node_crypto_.createHash)('sha256').update(hashes.join(' ')).digest('hex').slice(0, 8)}` } : {}),
        buildOptions,
        usesEnvironment,
    };
}
/** Throws RequirementsSyntaxError on a line it cannot read. */
function parseRequirementsFile(text) {
    const file = { requirements: [], options: [], includes: [] };
    for (const { line, number } of logicalLines(text)) {
        if (!line.startsWith('-')) {
            file.requirements.push(requirementLine(line, false, number));
            continue;
        }
        const { name, value } = splitOption(line);
        if (name === '--editable') {
            if (!value)
                throw new RequirementsSyntaxError(`line ${number}: -e needs a path or URL`);
            file.requirements.push(requirementLine(value, true, number));
            continue;
        }
        if (name === '--requirement' || name === '--constraint')
            file.includes.push(value);
        file.options.push(value ? `${name} ${value}` : name);
    }
    return file;
}
//# sourceMappingURL=requirements-file.js.map
;// CONCATENATED MODULE: ./packages/dependency-manifests/lib/declared-dependencies.js









/** A manifest that cannot be read: a guard that meets one cannot decide (fail closed). */
class DependencyFileError extends Error {
    name = 'DependencyFileError';
}
function specText(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function fromSection(ecosystem, doc, s, dir) {
    const section = s.path.join('.');
    const value = (0,canonical_json.at)(doc, s.path);
    if (s.shape === 'list') {
        if (value === undefined)
            return [];
        if (!Array.isArray(value))
            throw new DependencyFileError(`'${section}' is not a list of requirements`);
        return value.flatMap((x) => {
            // PEP 735 lets a group include another (`{ include-group = "test" }`): the included group is read on its own.
            if (x && typeof x === 'object' && 'include-group' in x)
                return [];
            if (typeof x !== 'string')
                throw new DependencyFileError(`'${section}' has an entry that is not a requirement string: ${JSON.stringify(x)}`);
            const r = (0,pep508/* parsePep508 */.W)(x);
            if (!r)
                throw new DependencyFileError(`'${section}' has ${JSON.stringify(x)}, which is not a PEP 508 requirement`);
            const spec = [r.url ? `@ ${r.url}` : r.specifier, r.marker ? `; ${r.marker}` : ''].filter(Boolean).join(' ');
            return [{ ecosystem, name: r.name, dev: s.dev, section, spec, source: (0,dependency_sources/* pep508Source */.EJ)(r, dir) }];
        });
    }
    if (value !== undefined && (typeof value !== 'object' || Array.isArray(value)))
        throw new DependencyFileError(`'${section}' is not a table of dependencies`);
    return Object.entries((value ?? {}))
        .filter(([name]) => !(ecosystem === 'pypi' && name.toLowerCase() === 'python'))
        .map(([name, spec]) => ({
        ecosystem,
        name: ecosystem === 'pypi' ? (0,pep508/* normalizePythonName */.L)(name) : name,
        dev: s.dev,
        section,
        spec: specText(spec),
        source: ecosystem === 'npm'
            ? typeof spec === 'string'
                ? (0,dependency_sources/* npmSource */.$W)(name, spec, dir)
                : { kind: 'other', detail: `${JSON.stringify(spec)}, which is not a version spec` }
            : ecosystem === 'cargo'
                ? (0,dependency_sources/* cargoSource */.so)(name, spec, dir)
                : (0,dependency_sources/* pythonTableSource */.Ev)(spec, dir),
    }));
}
/** The parsed document of a JSON or TOML manifest. */
function parseManifestDocument(format, text) {
    const doc = format === 'package-json' ? JSON.parse(text) : (0,dist/* parse */.qg)(text);
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        throw new DependencyFileError('not an object at the top level');
    return doc;
}
function fromRequirements(path, text, dir) {
    const dev = isDevRequirementsPath(path);
    const file = parseRequirementsFile(text);
    const dependencies = file.requirements.map((line) => {
        const r = line.requirement;
        const spec = [line.editable ? '-e' : '', r.url ? (line.unnamedTarget !== undefined ? r.url : `@ ${r.url}`) : r.specifier, r.marker ? `; ${r.marker}` : '', line.hashes ? `(${line.hashes})` : '']
            .filter(Boolean)
            .join(' ');
        let source = line.unnamedTarget !== undefined || r.url ? (0,dependency_sources/* pep508Source */.EJ)({ ...r, url: r.url ?? line.unnamedTarget }, dir) : dependency_sources/* REGISTRY */.Mo;
        if (line.usesEnvironment)
            source = { kind: 'other', detail: 'a line pip completes from environment variables (${…})' };
        else if (line.buildOptions.length > 0)
            source = { kind: 'other', detail: `a build with ${line.buildOptions.join(' ')}` };
        else if (line.editable && source.kind === 'registry')
            source = { kind: 'other', detail: `an editable install (-e ${line.unnamedTarget ?? r.name})` };
        return { ecosystem: 'pypi', name: r.name, dev, section: path, spec, source };
    });
    // Every global option (another index, an include, --pre…) changes what pip installs.
    return { dependencies, settings: new Map(file.options.map((o) => [o, o])) };
}
function fromGoMod(text) {
    const mod = parseGoMod(text);
    return {
        dependencies: mod.requires.map((r) => ({ ecosystem: 'go', name: r.module, dev: false, section: 'require', spec: r.version, source: dependency_sources/* REGISTRY */.Mo })),
        settings: mod.settings,
    };
}
/**
 * What a manifest declares; empty for a path that is no readable manifest.
 * Throws DependencyFileError when it cannot be read, and for setup.py and
 * setup.cfg, whose dependencies are code or build configuration this does not
 * evaluate: a guard cannot tell what such a change installs.
 */
function readManifest(path, text) {
    const file = (0,dependency_files/* dependencyFileOf */.V)(path);
    if (!file || file.role !== 'manifest' || file.format === 'unread')
        return { dependencies: [], settings: new Map() };
    const dir = external_node_path_.posix.dirname(path) === '.' ? '' : external_node_path_.posix.dirname(path);
    try {
        switch (file.format) {
            case 'requirements':
                return fromRequirements(path, text, dir);
            case 'go-mod':
                return fromGoMod(text);
            case 'setup-py':
            case 'setup-cfg':
                throw new DependencyFileError(`${path} declares dependencies in a form that is not read here (move them to pyproject.toml)`);
            default: {
                const doc = parseManifestDocument(file.format, text);
                return {
                    dependencies: manifestSections(file.format, doc).flatMap((s) => fromSection(file.ecosystem, doc, s, dir)),
                    settings: resolutionSettings(file.format, doc),
                };
            }
        }
    }
    catch (error) {
        if (error instanceof DependencyFileError)
            throw error;
        throw new DependencyFileError(`cannot parse ${path}: ${error.message.split('\n')[0]}`);
    }
}
/** The dependencies a manifest declares (see readManifest). */
function parseDeclared(path, text) {
    return readManifest(path, text).dependencies;
}
/** What changed between two versions of one manifest (either side may be empty). */
function diffDeclared(before, after) {
    const key = (d) => `${d.section}\0${d.name}`;
    const old = new Map(before.map((d) => [key(d), d]));
    const changes = [];
    const seen = new Set();
    for (const d of after) {
        const k = key(d);
        seen.add(k);
        const prev = old.get(k);
        if (!prev)
            changes.push({ kind: 'added', dependency: d });
        else if (prev.spec !== d.spec)
            changes.push({ kind: 'changed', dependency: d, previousSpec: prev.spec });
    }
    for (const [k, d] of old)
        if (!seen.has(k))
            changes.push({ kind: 'removed', dependency: d });
    return changes;
}
/** The settings that differ between two versions of one manifest: key → [before, after] (undefined where absent). */
function diffSettings(before, after) {
    const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
    return keys.filter((k) => before.get(k) !== after.get(k)).map((k) => [k, before.get(k), after.get(k)]);
}
//# sourceMappingURL=declared-dependencies.js.map
// EXTERNAL MODULE: ./packages/dependency-manifests/lib/locked-packages.js
var locked_packages = __webpack_require__(21696);
// EXTERNAL MODULE: ./packages/dependency-manifests/lib/npm-lockfile.js
var npm_lockfile = __webpack_require__(39059);
;// CONCATENATED MODULE: ./packages/dependency-manifests/lib/lockfile-change.js





/**
 * Each lockfile kind's reader, imported when a lockfile of that kind is first read: the parsers
 * (Yarn's, TOML, JSONC, YAML) are most of this package's code, and most pull requests change no
 * lockfile, or one kind of it.
 */
const READERS = {
    'npm-lock': () => Promise.resolve(npm_lockfile/* readNpmLockfile */.h),
    'yarn-lock': async () => (await Promise.all(/* import() */[__webpack_require__.e(823), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 18040))).readYarnLockfile,
    'pnpm-lock': async () => (await __webpack_require__.e(/* import() */ 773).then(__webpack_require__.bind(__webpack_require__, 13773))).readPnpmLockfile,
    'bun-lock': async () => (await __webpack_require__.e(/* import() */ 507).then(__webpack_require__.bind(__webpack_require__, 63507))).readBunLockfile,
    'poetry-lock': async () => (await __webpack_require__.e(/* import() */ 747).then(__webpack_require__.bind(__webpack_require__, 18747))).readPoetryLockfile,
    'uv-lock': async () => (await __webpack_require__.e(/* import() */ 747).then(__webpack_require__.bind(__webpack_require__, 18747))).readUvLockfile,
    'pdm-lock': async () => (await __webpack_require__.e(/* import() */ 747).then(__webpack_require__.bind(__webpack_require__, 18747))).readPdmLockfile,
    'pipfile-lock': async () => (await __webpack_require__.e(/* import() */ 747).then(__webpack_require__.bind(__webpack_require__, 18747))).readPipfileLockfile,
    pylock: async () => (await __webpack_require__.e(/* import() */ 747).then(__webpack_require__.bind(__webpack_require__, 18747))).readPylockFile,
    'cargo-lock': async () => (await __webpack_require__.e(/* import() */ 800).then(__webpack_require__.bind(__webpack_require__, 86800))).readCargoLockfile,
    'go-sum': async () => (await __webpack_require__.e(/* import() */ 800).then(__webpack_require__.bind(__webpack_require__, 86800))).readGoSum,
};
/** The packages a lockfile pins. Rejects with DependencyFileError for a file it cannot read (or that is no readable lockfile). */
async function readLockfile(path, text) {
    const file = (0,dependency_files/* dependencyFileOf */.V)(path);
    if (!file || file.role !== 'lockfile' || file.format === 'unread')
        throw new DependencyFileError(`${path} is not a lockfile this guard reads`);
    const dir = (0,locked_packages/* lockfileDir */.Jv)(path);
    const read = await READERS[file.format]();
    try {
        return read(text, dir);
    }
    catch (error) {
        if (error instanceof locked_packages/* LockfileError */.g)
            throw new DependencyFileError(`${path} ${error.message}`);
        throw new DependencyFileError(`cannot parse ${path}: ${error.message.split('\n')[0]}`);
    }
}
const MAX_NAMED = 5;
function some(packages, describe = locked_packages/* packageKey */.MO) {
    const shown = packages.slice(0, MAX_NAMED).map(describe).join(', ');
    return packages.length > MAX_NAMED ? `${shown} and ${packages.length - MAX_NAMED} more` : shown;
}
/**
 * Why a lockfile change is not one its manifests explain: packages pinned to
 * other bytes under a known version; packages added with no manifest change
 * beside them; packages from outside the registries; packages nothing depends
 * on; runtime packages added for a dev-only manifest change.
 */
function lockfileProblems(path, ecosystem, change, after, why) {
    const problems = [];
    if (change.altered.length > 0) {
        problems.push({
            rule: 'lockfile-change-unexplained',
            message: `${path} pins other bytes for ${some(change.altered.map((a) => a.after))} without changing the version (integrity, checksum or source changed). Regenerate the lockfile with the package manager, or leave it unchanged.`,
        });
    }
    if (change.added.length === 0)
        return problems;
    if (!why.manifestChanged) {
        problems.push({
            rule: 'lockfile-change-unexplained',
            message: `${path} adds or changes ${some(change.added)}, but no manifest beside it changes a dependency. A lockfile changes only with its manifest: make the change in the manifest, or revert the lockfile.`,
        });
        return problems;
    }
    const foreign = change.added.filter((p) => p.source.kind === 'other' || (p.source.kind === 'registry' && p.source.url !== undefined && !(0,dependency_sources/* onRegistryHost */.JG)(ecosystem, p.source.url, why.registryHosts)));
    if (foreign.length > 0) {
        const from = (p) => `${(0,locked_packages/* packageKey */.MO)(p)} from ${p.source.kind === 'other' ? p.source.detail : p.source.kind === 'registry' ? p.source.url : p.source.detail}`;
        problems.push({
            rule: 'dependency-source-not-registry',
            message: `${path} installs ${some(foreign, from)}: not a registry the policy names (runner.sandbox.registries.${ecosystem}). Depend on the registry's release instead.`,
        });
    }
    if (after?.graph) {
        const used = (0,locked_packages/* reachable */.Gq)(after.packages, [...after.roots, ...why.declared]);
        const orphans = change.added.filter((p) => !used.has(p.name) && p.source.kind !== 'local');
        if (orphans.length > 0) {
            problems.push({
                rule: 'lockfile-change-unexplained',
                message: `${path} adds ${some(orphans)}, which neither the manifests nor any package in the lockfile depends on. Regenerate the lockfile with the package manager.`,
            });
        }
    }
    if (why.devOnly) {
        const runtime = change.added.filter((p) => p.dev === false && p.source.kind !== 'local');
        if (runtime.length > 0) {
            problems.push({
                rule: 'lockfile-change-unexplained',
                message: `${path} adds ${some(runtime)} for runtime (not marked dev-only), but the manifests change only dev dependencies.`,
            });
        }
    }
    return problems;
}
//# sourceMappingURL=lockfile-change.js.map
;// CONCATENATED MODULE: ./packages/dependency-manifests/lib/dev-only-change.js







function changedKeys(before, after) {
    const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
    return [...keys].filter((k) => (0,canonical_json/* canonical */.$N)(before?.[k]) !== (0,canonical_json/* canonical */.$N)(after?.[k])).sort();
}
function without(doc, paths) {
    const copy = JSON.parse(JSON.stringify(doc));
    for (const path of paths) {
        let node = copy;
        for (const key of path.slice(0, -1))
            node = (0,canonical_json/* asRecord */.qY)(node?.[key]);
        if (node)
            delete node[path.at(-1)];
    }
    return copy;
}
const notDevOnly = (problem) => ({ devOnly: false, changed: [], problem });
/**
 * npm lockfiles mark each installed package `dev: true` when only dev
 * dependencies need it: every entry that changed must carry that mark, and the
 * root entry may change only in its devDependencies.
 */
function npmLockDevOnly(before, after, path, beforeText, afterText, options) {
    const rootBefore = (0,canonical_json/* asRecord */.qY)((0,canonical_json/* asRecord */.qY)(before.packages)?.['']) ?? {};
    const rootAfter = (0,canonical_json/* asRecord */.qY)((0,canonical_json/* asRecord */.qY)(after.packages)?.['']) ?? {};
    const rootOutside = changedKeys(rootBefore, rootAfter).filter((k) => k !== 'devDependencies');
    if (rootOutside.length > 0)
        return notDevOnly(`${path} changes the root package's ${rootOutside.map((k) => `'${k}'`).join(', ')}`);
    const changed = new Set(changedKeys((0,canonical_json/* asRecord */.qY)(rootBefore.devDependencies), (0,canonical_json/* asRecord */.qY)(rootAfter.devDependencies)));
    for (const section of ['packages', 'dependencies']) {
        const b = (0,canonical_json/* asRecord */.qY)(before[section]) ?? {};
        const a = (0,canonical_json/* asRecord */.qY)(after[section]) ?? {};
        for (const key of changedKeys(b, a)) {
            if (section === 'packages' && key === '')
                continue;
            // `devOptional` is also needed by an optional runtime dependency: not dev-only.
            if (((0,canonical_json/* asRecord */.qY)(a[key]) ?? (0,canonical_json/* asRecord */.qY)(b[key]))?.dev !== true)
                return notDevOnly(`${path} changes '${key}', which is not a dev-only package`);
            changed.add(key.replace(/^.*node_modules\//, ''));
        }
    }
    const rest = (doc) => (0,canonical_json/* canonical */.$N)({ ...doc, packages: null, dependencies: null });
    if (rest(before) !== rest(after))
        return notDevOnly(`${path} changes lockfile fields besides its packages`);
    if (changed.size === 0)
        return notDevOnly(`${path} changes no dev dependency`);
    // What the lockfile installs must follow from the root's devDependencies (the manifest's, mirrored):
    // no other bytes under a known version, only registry packages, nothing no one depends on.
    const rootDevChanged = changedKeys((0,canonical_json/* asRecord */.qY)(rootBefore.devDependencies), (0,canonical_json/* asRecord */.qY)(rootAfter.devDependencies));
    const dir = (0,locked_packages/* lockfileDir */.Jv)(path);
    let lockAfter;
    let change;
    try {
        lockAfter = (0,npm_lockfile/* readNpmLockfile */.h)(afterText, dir);
        change = (0,locked_packages/* diffLockfiles */.qG)((0,npm_lockfile/* readNpmLockfile */.h)(beforeText, dir), lockAfter);
    }
    catch (error) {
        return notDevOnly(`${path} cannot be read (${error.message})`);
    }
    const problems = lockfileProblems(path, 'npm', change, lockAfter, {
        manifestChanged: rootDevChanged.length > 0,
        devOnly: true,
        declared: new Set(Object.keys((0,canonical_json/* asRecord */.qY)(rootAfter.devDependencies) ?? {})),
        registryHosts: options.registryHosts ?? [],
    });
    if (problems.length > 0)
        return notDevOnly(problems[0].message);
    return { devOnly: true, changed: [...changed].sort() };
}
/** Why a changed dev dependency is not the registry's package, or undefined. */
function nonRegistry(path, changes) {
    const bad = changes.find((c) => c.kind !== 'removed' && c.dependency.source.kind !== 'registry');
    if (!bad)
        return undefined;
    const s = bad.dependency.source;
    return `${path}: ${bad.dependency.name} comes from ${s.kind === 'registry' ? 'the registry' : s.detail}, not from the registry`;
}
function parsed(file, text, path) {
    try {
        return parseManifestDocument(file.format, text);
    }
    catch (error) {
        return `${path} is not valid ${file.format === 'package-json' ? 'JSON' : 'TOML'} (${error.message.split('\n')[0]})`;
    }
}
/**
 * Whether one changed dependency file changes development dependencies only
 * (`before`/`after` undefined when the file is added or deleted). Lockfiles
 * other than npm's cannot be read entry by entry: the caller judges them with
 * the manifest beside them.
 */
function devOnlyChange(path, before, after, options = {}) {
    const file = (0,dependency_files/* dependencyFileOf */.V)(path);
    if (!file)
        return notDevOnly(`${path} is not a dependency file`);
    if (file.format === 'settings')
        return notDevOnly(`${path} is ${file.tool}, which decides how every dependency is resolved`);
    if (file.format === 'unread')
        return notDevOnly(`${path} is ${file.tool}, which is not read here`);
    if (before === undefined || after === undefined)
        return notDevOnly(`${path} is ${before === undefined ? 'added' : 'deleted'}, not updated`);
    if (file.role === 'lockfile') {
        if (file.format !== 'npm-lock')
            return notDevOnly(`${path} cannot be checked entry by entry`);
        let b;
        let a;
        try {
            b = (0,canonical_json/* asRecord */.qY)(JSON.parse(before));
            a = (0,canonical_json/* asRecord */.qY)(JSON.parse(after));
        }
        catch (error) {
            return notDevOnly(`${path} is not valid JSON (${error.message})`);
        }
        if (!b || !a)
            return notDevOnly(`${path} is not a JSON object`);
        return npmLockDevOnly(b, a, path, before, after, options);
    }
    let declared;
    try {
        const b = readManifest(path, before);
        const a = readManifest(path, after);
        declared = { changes: diffDeclared(b.dependencies, a.dependencies), settings: diffSettings(b.settings, a.settings) };
    }
    catch (error) {
        if (error instanceof DependencyFileError)
            return notDevOnly(error.message);
        throw error;
    }
    const foreign = nonRegistry(path, declared.changes);
    if (foreign)
        return notDevOnly(foreign);
    if (declared.settings.length > 0)
        return notDevOnly(`${path} changes how dependencies are resolved (${declared.settings.map(([k]) => `'${k}'`).join(', ')})`);
    const names = () => [...new Set(declared.changes.map((c) => c.dependency.name))].sort();
    switch (file.format) {
        case 'requirements':
            if (!isDevRequirementsPath(path))
                return notDevOnly(`${path} declares runtime dependencies and has no dev section`);
            return { devOnly: true, changed: names() };
        case 'go-mod':
            return notDevOnly(`${path} declares runtime dependencies and has no dev section`);
        case 'setup-py':
        case 'setup-cfg':
            return notDevOnly(`${path} declares dependencies in a form that is not read here`);
        default: {
            const b = parsed(file, before, path);
            const a = parsed(file, after, path);
            if (typeof b === 'string')
                return notDevOnly(b);
            if (typeof a === 'string')
                return notDevOnly(a);
            const devPaths = [...manifestSections(file.format, b), ...manifestSections(file.format, a)].filter((s) => s.dev).map((s) => s.path);
            const restBefore = without(b, devPaths);
            const restAfter = without(a, devPaths);
            if ((0,canonical_json/* canonical */.$N)(restBefore) !== (0,canonical_json/* canonical */.$N)(restAfter)) {
                return notDevOnly(`${path} changes more than dev dependencies (${changedKeys(restBefore, restAfter).map((k) => `'${k}'`).join(', ')})`);
            }
            if (declared.changes.length === 0)
                return notDevOnly(`${path} changes no dev dependency`);
            return { devOnly: true, changed: names() };
        }
    }
}
//# sourceMappingURL=dev-only-change.js.map
;// CONCATENATED MODULE: ./packages/dependency-manifests/lib/index.js










//# sourceMappingURL=index.js.map

/***/ }),

/***/ 21696:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gq: () => (/* binding */ reachable),
/* harmony export */   Jv: () => (/* binding */ lockfileDir),
/* harmony export */   MO: () => (/* binding */ packageKey),
/* harmony export */   Vh: () => (/* binding */ descriptorName),
/* harmony export */   g: () => (/* binding */ LockfileError),
/* harmony export */   qG: () => (/* binding */ diffLockfiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

class LockfileError extends Error {
    name = 'LockfileError';
}
/** The folder of a lockfile, '' at the repository root: path dependencies in it are relative to that. */
function lockfileDir(path) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path);
    return dir === '.' ? '' : dir;
}
const packageKey = (p) => `${p.name}@${p.version}`;
function byKey(lock) {
    const map = new Map();
    for (const p of lock?.packages ?? [])
        if (!map.has(packageKey(p)))
            map.set(packageKey(p), p);
    return map;
}
function diffLockfiles(before, after) {
    const old = byKey(before);
    const next = byKey(after);
    const change = { added: [], removed: [], altered: [] };
    for (const [key, p] of next) {
        const prev = old.get(key);
        if (!prev)
            change.added.push(p);
        // A lockfile that gains or loses a checksum field for a package (a format upgrade) has not changed its bytes.
        else if (prev.content !== p.content && prev.content !== '' && p.content !== '')
            change.altered.push({ before: prev, after: p });
        else if (prev.source.kind !== p.source.kind || (prev.source.kind === 'registry' && p.source.kind === 'registry' && (prev.source.url ?? '') !== (p.source.url ?? ''))) {
            change.altered.push({ before: prev, after: p });
        }
    }
    for (const [key, p] of old)
        if (!next.has(key))
            change.removed.push(p);
    return change;
}
/** The names reachable from `from` through the packages' dependencies (by name: a lockfile's graph, without versions). */
function reachable(packages, from) {
    const deps = new Map();
    for (const p of packages)
        deps.set(p.name, [...(deps.get(p.name) ?? []), ...p.dependsOn]);
    const seen = new Set();
    const queue = [...from];
    while (queue.length > 0) {
        const name = queue.pop();
        if (seen.has(name))
            continue;
        seen.add(name);
        queue.push(...(deps.get(name) ?? []));
    }
    return seen;
}
/** The package name of a Yarn or Bun descriptor (`@scope/name@^1`, `name@npm:^1`). */
function descriptorName(descriptor) {
    const at = descriptor.indexOf('@', 1);
    return at < 0 ? descriptor : descriptor.slice(0, at);
}
//# sourceMappingURL=locked-packages.js.map

/***/ }),

/***/ 39059:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ readNpmLockfile),
/* harmony export */   j: () => (/* binding */ npmResolvedSource)
/* harmony export */ });
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2621);
/* harmony import */ var _dependency_sources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86308);
/* harmony import */ var _locked_packages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21696);



const DEP_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
/** Where a `resolved` (or a v1 `version`) says the bytes come from. */
function npmResolvedSource(resolved, dir) {
    if (typeof resolved !== 'string' || resolved === '')
        return _dependency_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .REGISTRY */ .Mo;
    if (/^https?:\/\//i.test(resolved))
        return { kind: 'registry', url: resolved };
    if (/^(?:git\+|git:|github:|gitlab:|bitbucket:|gist:)/i.test(resolved))
        return { kind: 'other', detail: `a git repository (${resolved})` };
    if (/^file:/i.test(resolved) || !/^[a-z][a-z0-9+.-]*:/i.test(resolved))
        return (0,_dependency_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSource */ .r)(dir, resolved, 'the path');
    return { kind: 'other', detail: resolved };
}
function depNames(entry, withDev) {
    const fields = [...DEP_FIELDS, ...(withDev ? ['devDependencies'] : [])];
    return fields.flatMap((f) => Object.keys((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(entry[f]) ?? {}));
}
/** The package name a `packages` key installs: the part after the last node_modules/ (`@scope/name` kept whole). */
function nameAt(key) {
    const at = key.lastIndexOf('node_modules/');
    return at < 0 ? key : key.slice(at + 'node_modules/'.length);
}
/** package-lock.json and npm-shrinkwrap.json, lockfileVersion 1 (nested `dependencies`) to 3 (flat `packages`). */
function readNpmLockfile(text, dir) {
    let doc;
    try {
        doc = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(JSON.parse(text));
    }
    catch (error) {
        throw new _locked_packages_js__WEBPACK_IMPORTED_MODULE_1__/* .LockfileError */ .g(`not valid JSON (${error.message.split('\n')[0]})`);
    }
    if (!doc)
        throw new _locked_packages_js__WEBPACK_IMPORTED_MODULE_1__/* .LockfileError */ .g('not a JSON object');
    const packages = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(doc.packages);
    if (packages)
        return fromPackages(packages, dir);
    if ((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(doc.dependencies) || doc.lockfileVersion === 1)
        return fromV1((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(doc.dependencies) ?? {}, dir);
    throw new _locked_packages_js__WEBPACK_IMPORTED_MODULE_1__/* .LockfileError */ .g("has neither 'packages' nor 'dependencies'");
}
function fromPackages(packages, dir) {
    const out = [];
    const roots = [];
    for (const [key, raw] of Object.entries(packages)) {
        const entry = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(raw) ?? {};
        const installed = key.includes('node_modules/');
        // The root ('') and workspace folders declare the project's own dependencies.
        if (!installed)
            roots.push(...depNames(entry, true));
        const nameAtKey = nameAt(key);
        const name = typeof entry.name === 'string' && installed ? entry.name : nameAtKey;
        let source;
        if (!installed)
            source = { kind: 'local', detail: `the workspace folder ${key || '.'}` };
        else if (entry.link === true)
            source = (0,_dependency_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .pathSource */ .r)(dir, String(entry.resolved ?? ''), 'the linked folder');
        else if (entry.inBundle === true)
            source = { kind: 'registry' };
        else
            source = npmResolvedSource(entry.resolved, dir);
        // An alias installs another package under this name (`node_modules/vitest` with `"name": "evil-vitest"`).
        if (installed && typeof entry.name === 'string' && entry.name !== nameAtKey)
            source = { kind: 'other', detail: `${entry.name} installed as ${nameAtKey}` };
        if (!installed && key === '')
            continue;
        out.push({
            name: installed ? nameAtKey : name,
            version: typeof entry.version === 'string' ? entry.version : '',
            source,
            dev: entry.dev === true,
            dependsOn: depNames(entry, !installed),
            content: [entry.resolved, entry.integrity].filter((x) => typeof x === 'string').join(' '),
        });
    }
    return { packages: out, roots, graph: true };
}
function fromV1(dependencies, dir) {
    const out = [];
    const walk = (deps) => {
        for (const [name, raw] of Object.entries(deps)) {
            const entry = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(raw) ?? {};
            const version = typeof entry.version === 'string' ? entry.version : '';
            let source = npmResolvedSource(entry.resolved, dir);
            // v1 writes an alias as `"version": "npm:real@1.0.0"` and a git dependency as its URL.
            if (version.startsWith('npm:'))
                source = { kind: 'other', detail: `${version.slice(4)} installed as ${name}` };
            else if (!/^\d/.test(version) && version !== '')
                source = npmResolvedSource(version, dir);
            out.push({
                name,
                version,
                source,
                dev: entry.dev === true,
                dependsOn: Object.keys((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(entry.requires) ?? {}),
                content: [entry.resolved, entry.integrity].filter((x) => typeof x === 'string').join(' '),
            });
            walk((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(entry.dependencies) ?? {});
        }
    };
    walk(dependencies);
    // v1 keeps no root entry: every top-level name is taken as a direct dependency.
    return { packages: out, roots: Object.keys(dependencies), graph: true };
}
//# sourceMappingURL=npm-lockfile.js.map

/***/ }),

/***/ 49078:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ normalizePythonName),
/* harmony export */   W: () => (/* binding */ parsePep508)
/* harmony export */ });
/** PEP 503 normalisation, so `Pytest_Cov` and `pytest-cov` are one package. */
function normalizePythonName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
const NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/;
const EXTRAS = /^\[([^\]]*)\]\s*/;
const ONE_SPECIFIER = /^(~=|===|==|!=|<=|>=|<|>)\s*([A-Za-z0-9_.*+!-]+)$/;
/** A requirement, or undefined when `text` is not one (the caller decides how to fail). */
function parsePep508(text) {
    const name = NAME.exec(text);
    if (!name)
        return undefined;
    let rest = text.slice(name[0].length);
    const extrasMatch = EXTRAS.exec(rest);
    const extras = extrasMatch ? extrasMatch[1].split(',').map((e) => e.trim()).filter(Boolean) : [];
    if (extrasMatch)
        rest = rest.slice(extrasMatch[0].length);
    const requirement = { name: normalizePythonName(name[1]), extras, specifier: '' };
    if (rest.startsWith('@')) {
        // A URL ends at whitespace; a marker after it needs whitespace before its ';'.
        const m = /^@\s*(\S+)(?:\s+;\s*(.*))?\s*$/s.exec(rest);
        if (!m)
            return undefined;
        requirement.url = m[1];
        if (m[2] !== undefined)
            requirement.marker = m[2].trim();
        return requirement;
    }
    const semicolon = rest.indexOf(';');
    let specifiers = (semicolon < 0 ? rest : rest.slice(0, semicolon)).trim();
    if (semicolon >= 0)
        requirement.marker = rest.slice(semicolon + 1).trim();
    if (specifiers.startsWith('(') && specifiers.endsWith(')'))
        specifiers = specifiers.slice(1, -1).trim();
    if (specifiers !== '') {
        const parts = specifiers.split(',').map((s) => s.trim());
        if (!parts.every((p) => ONE_SPECIFIER.test(p)))
            return undefined;
        requirement.specifier = parts.map((p) => p.replace(/\s+/g, '')).join(',');
    }
    return requirement;
}
//# sourceMappingURL=pep508.js.map

/***/ })

};
