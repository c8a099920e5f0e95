export const id = 800;
export const ids = [800];
export const modules = {

/***/ 86800:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCargoLockfile: () => (/* binding */ readCargoLockfile),
/* harmony export */   readGoSum: () => (/* binding */ readGoSum)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2621);
/* harmony import */ var _dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86308);
/* harmony import */ var _locked_packages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21696);




/** crates.io's index, as Cargo.lock names it (the git index and the sparse one). */
const CRATES_IO = new Set(['registry+https://github.com/rust-lang/crates.io-index', 'sparse+https://index.crates.io/']);
function cargoLockSource(source) {
    // A package without a source is a path dependency or a workspace member: code in the repository.
    if (typeof source !== 'string')
        return { kind: 'local', detail: 'a path dependency or workspace member' };
    if (CRATES_IO.has(source))
        return _dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY */ .Mo;
    if (source.startsWith('registry+') || source.startsWith('sparse+'))
        return { kind: 'registry', url: source.slice(source.indexOf('+') + 1) };
    if (source.startsWith('git+'))
        return { kind: 'other', detail: `a git repository (${source.slice(4)})` };
    return { kind: 'other', detail: source };
}
/** Cargo.lock (versions 1 to 4): `[[package]]` with name, version, source, checksum and `dependencies = ["name version"]`. */
function readCargoLockfile(text) {
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _locked_packages_js__WEBPACK_IMPORTED_MODULE_2__/* .LockfileError */ .g(`is not valid TOML (${error.message.split('\n')[0]})`);
    }
    const raw = Array.isArray(doc.package) ? doc.package.map((p) => (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(p) ?? {}) : [];
    const packages = raw.map((p) => ({
        name: String(p.name ?? ''),
        version: String(p.version ?? ''),
        source: cargoLockSource(p.source),
        dependsOn: (Array.isArray(p.dependencies) ? p.dependencies : []).map((d) => String(d).split(' ')[0]),
        content: [p.source, p.checksum].filter((x) => typeof x === 'string').join(' '),
    }));
    const roots = packages.filter((p) => p.source.kind === 'local').flatMap((p) => [p.name, ...p.dependsOn]);
    return { packages, roots, graph: true };
}
/**
 * go.sum: `module version[/go.mod] h1:hash` lines. It pins hashes, not a
 * graph: what is built follows go.mod, which the go command checks these against.
 */
function readGoSum(text) {
    const packages = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i += 1) {
        const line = lines[i].trim();
        if (!line)
            continue;
        const parts = line.split(/\s+/);
        if (parts.length !== 3 || !/^h\d+:/.test(parts[2]))
            throw new _locked_packages_js__WEBPACK_IMPORTED_MODULE_2__/* .LockfileError */ .g(`line ${i + 1} is not 'module version hash'`);
        // One line, one pinned artifact: `v1.2.3` (the module zip) and `v1.2.3/go.mod` are kept apart.
        const [module, version, hash] = parts;
        packages.push({ name: module, version, source: _dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY */ .Mo, dependsOn: [], content: hash });
    }
    return { packages, roots: [], graph: false };
}
//# sourceMappingURL=cargo-go-lockfiles.js.map

/***/ })

};
