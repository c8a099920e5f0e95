export const id = 747;
export const ids = [747];
export const modules = {

/***/ 18747:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPdmLockfile: () => (/* binding */ readPdmLockfile),
/* harmony export */   readPipfileLockfile: () => (/* binding */ readPipfileLockfile),
/* harmony export */   readPoetryLockfile: () => (/* binding */ readPoetryLockfile),
/* harmony export */   readPylockFile: () => (/* binding */ readPylockFile),
/* harmony export */   readUvLockfile: () => (/* binding */ readUvLockfile)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2621);
/* harmony import */ var _dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86308);
/* harmony import */ var _locked_packages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21696);
/* harmony import */ var _pep508_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49078);





function toml(text) {
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _locked_packages_js__WEBPACK_IMPORTED_MODULE_2__/* .LockfileError */ .g(`is not valid TOML (${error.message.split('\n')[0]})`);
    }
}
function list(value) {
    return Array.isArray(value) ? value.map((v) => (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(v) ?? {}) : [];
}
const str = (v) => (typeof v === 'string' ? v : '');
const names = (entries) => list(entries).map((d) => (0,_pep508_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePythonName */ .L)(str(d.name))).filter(Boolean);
/** poetry.lock: `[[package]]` with an optional `[package.source]` (git, url, file, directory, or a `legacy` index). */
function readPoetryLockfile(text, dir) {
    const doc = toml(text);
    const packages = list(doc.package).map((p) => {
        const src = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(p.source);
        let source = _dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY */ .Mo;
        if (src) {
            const type = str(src.type);
            const url = str(src.url);
            if (type === 'legacy')
                source = { kind: 'registry', url };
            else if (type === 'directory')
                source = (0,_dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .pathSource */ .r)(dir, url, 'the folder');
            else
                source = { kind: 'other', detail: `${type === 'git' ? 'a git repository' : `a ${type || 'non-registry'} source`} (${url})` };
        }
        const groups = Array.isArray(p.groups) ? p.groups.map(String) : undefined;
        const dev = groups ? !groups.includes('main') : typeof p.category === 'string' ? p.category === 'dev' : undefined;
        return {
            name: (0,_pep508_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePythonName */ .L)(str(p.name)),
            version: str(p.version),
            source,
            ...(dev !== undefined ? { dev } : {}),
            dependsOn: Object.keys((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(p.dependencies) ?? {}).map(_pep508_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePythonName */ .L),
            content: (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .canonical */ .$N)({ files: p.files ?? null, source: src ?? null }),
        };
    });
    return { packages, roots: [], graph: true };
}
function uvSource(source, dir) {
    if (!source)
        return _dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY */ .Mo;
    if (typeof source.registry === 'string')
        return /^https?:/i.test(source.registry) ? { kind: 'registry', url: source.registry } : (0,_dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .pathSource */ .r)(dir, source.registry, 'the index folder');
    for (const key of ['editable', 'virtual', 'directory', 'path'])
        if (typeof source[key] === 'string')
            return (0,_dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .pathSource */ .r)(dir, source[key], `the ${key} path`);
    if (typeof source.git === 'string')
        return { kind: 'other', detail: `a git repository (${source.git})` };
    if (typeof source.url === 'string')
        return { kind: 'other', detail: `the URL ${source.url}` };
    return { kind: 'other', detail: (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .canonical */ .$N)(source) };
}
/**
 * uv.lock: every package with its `source`; the project's own packages
 * (editable or virtual) list their runtime dependencies, extras and dev
 * groups, from which a package's dev-ness follows.
 */
function readUvLockfile(text, dir) {
    const doc = toml(text);
    const raw = list(doc.package);
    const packages = raw.map((p) => {
        const optional = Object.values((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(p['optional-dependencies']) ?? {}).flatMap(names);
        const dev = Object.values((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(p['dev-dependencies']) ?? {}).flatMap(names);
        return {
            name: (0,_pep508_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePythonName */ .L)(str(p.name)),
            version: str(p.version),
            source: uvSource((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(p.source), dir),
            dependsOn: [...names(p.dependencies), ...optional, ...dev],
            content: (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .canonical */ .$N)({ sdist: p.sdist ?? null, wheels: p.wheels ?? null, source: p.source ?? null }),
        };
    });
    const own = raw.filter((p) => {
        const s = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(p.source);
        return s !== undefined && (typeof s.editable === 'string' || typeof s.virtual === 'string');
    });
    const runtimeRoots = own.flatMap((p) => [...names(p.dependencies), ...Object.values((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(p['optional-dependencies']) ?? {}).flatMap(names)]);
    const devRoots = own.flatMap((p) => Object.values((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(p['dev-dependencies']) ?? {}).flatMap(names));
    if (own.length > 0) {
        // Reached from the runtime dependencies only through packages: the runtime closure, without dev groups.
        const runtimeGraph = packages.map((p) => (own.some((o) => (0,_pep508_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePythonName */ .L)(str(o.name)) === p.name) ? { ...p, dependsOn: [] } : p));
        const runtime = (0,_locked_packages_js__WEBPACK_IMPORTED_MODULE_2__/* .reachable */ .Gq)(runtimeGraph, runtimeRoots);
        for (const p of packages)
            if (p.source.kind !== 'local')
                p.dev = !runtime.has(p.name);
    }
    return { packages, roots: [...runtimeRoots, ...devRoots, ...own.map((p) => (0,_pep508_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePythonName */ .L)(str(p.name)))], graph: true };
}
/** pdm.lock: `[[package]]` with `groups`, PEP 508 `dependencies`, and `git`/`url`/`path` for what is not from an index. */
function readPdmLockfile(text, dir) {
    const doc = toml(text);
    const packages = list(doc.package).map((p) => {
        let source = _dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY */ .Mo;
        if (typeof p.git === 'string')
            source = { kind: 'other', detail: `a git repository (${p.git})` };
        else if (typeof p.url === 'string')
            source = { kind: 'other', detail: `the URL ${p.url}` };
        else if (typeof p.path === 'string')
            source = (0,_dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .pathSource */ .r)(dir, p.path, 'the path');
        const groups = Array.isArray(p.groups) ? p.groups.map(String) : undefined;
        return {
            name: (0,_pep508_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePythonName */ .L)(str(p.name)),
            version: str(p.version),
            source,
            ...(groups ? { dev: !groups.includes('default') } : {}),
            dependsOn: (Array.isArray(p.dependencies) ? p.dependencies : []).map((d) => (0,_pep508_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePep508 */ .W)(String(d))?.name ?? '').filter(Boolean),
            content: (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .canonical */ .$N)({ files: p.files ?? null, git: p.git ?? null, revision: p.revision ?? null, url: p.url ?? null }),
        };
    });
    return { packages, roots: [], graph: true };
}
/** Pipfile.lock: `default` and `develop`, each name → { version, hashes, index | git | path | file }. */
function readPipfileLockfile(text, dir) {
    let doc;
    try {
        doc = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(JSON.parse(text));
    }
    catch (error) {
        throw new _locked_packages_js__WEBPACK_IMPORTED_MODULE_2__/* .LockfileError */ .g(`is not valid JSON (${error.message.split('\n')[0]})`);
    }
    if (!doc)
        throw new _locked_packages_js__WEBPACK_IMPORTED_MODULE_2__/* .LockfileError */ .g('is not a JSON object');
    const sources = new Map(list((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(doc._meta)?.sources).map((s) => [str(s.name), str(s.url)]));
    const runtime = new Set(Object.keys((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(doc.default) ?? {}).map(_pep508_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePythonName */ .L));
    const packages = [];
    for (const section of ['default', 'develop']) {
        for (const [rawName, raw] of Object.entries((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(doc[section]) ?? {})) {
            const entry = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(raw) ?? {};
            const name = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePythonName */ .L)(rawName);
            let source = _dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY */ .Mo;
            if (typeof entry.git === 'string')
                source = { kind: 'other', detail: `a git repository (${entry.git})` };
            else if (typeof entry.path === 'string')
                source = (0,_dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .pathSource */ .r)(dir, entry.path, 'the path');
            else if (typeof entry.file === 'string')
                source = { kind: 'other', detail: `the file ${entry.file}` };
            else if (typeof entry.index === 'string')
                source = sources.has(entry.index) ? { kind: 'registry', url: sources.get(entry.index) } : { kind: 'other', detail: `the index '${entry.index}'` };
            packages.push({
                name,
                version: str(entry.version).replace(/^==/, ''),
                source,
                dev: section === 'develop' && !runtime.has(name),
                dependsOn: [],
                content: (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .canonical */ .$N)({ hashes: entry.hashes ?? null, ref: entry.ref ?? null }),
            });
        }
    }
    return { packages, roots: [...new Set(packages.map((p) => p.name))], graph: false };
}
/** PEP 751 pylock.toml: `[[packages]]` from an index, a VCS, a directory or an archive. */
function readPylockFile(text, dir) {
    const doc = toml(text);
    const packages = list(doc.packages).map((p) => {
        let source = typeof p.index === 'string' ? { kind: 'registry', url: p.index } : _dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY */ .Mo;
        const vcs = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(p.vcs);
        const directory = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(p.directory);
        const archive = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(p.archive);
        if (vcs)
            source = { kind: 'other', detail: `a ${str(vcs.type) || 'VCS'} repository (${str(vcs.url) || str(vcs.path)})` };
        else if (directory)
            source = (0,_dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .pathSource */ .r)(dir, str(directory.path), 'the folder');
        else if (archive)
            source = { kind: 'other', detail: `the archive ${str(archive.url) || str(archive.path)}` };
        return {
            name: (0,_pep508_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePythonName */ .L)(str(p.name)),
            version: str(p.version),
            source,
            dependsOn: names(p.dependencies),
            content: (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .canonical */ .$N)({ sdist: p.sdist ?? null, wheels: p.wheels ?? null, vcs: p.vcs ?? null, archive: p.archive ?? null }),
        };
    });
    return { packages, roots: [], graph: Array.isArray(doc.packages) && list(doc.packages).some((p) => p.dependencies !== undefined) };
}
//# sourceMappingURL=python-lockfiles.js.map

/***/ })

};
