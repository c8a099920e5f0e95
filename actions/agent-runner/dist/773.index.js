export const id = 773;
export const ids = [773];
export const modules = {

/***/ 13773:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pnpmKey: () => (/* binding */ pnpmKey),
/* harmony export */   readPnpmLockfile: () => (/* binding */ readPnpmLockfile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2621);
/* harmony import */ var _dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86308);
/* harmony import */ var _locked_packages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21696);




const DEP_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'];
/**
 * A `packages` key: `name@version` (v6+, `/name@version` in v6), `/name/version`
 * (v5), each with a peer suffix (`(peer@1)` or `_peer@1`) that is not part of the version.
 */
function pnpmKey(key) {
    let k = key.startsWith('/') ? key.slice(1) : key;
    const paren = k.indexOf('(');
    if (paren > 0)
        k = k.slice(0, paren);
    const at = k.indexOf('@', 1);
    if (at > 0)
        return { name: k.slice(0, at), version: k.slice(at + 1) };
    const slash = k.lastIndexOf('/');
    const version = k.slice(slash + 1).split('_')[0];
    return { name: k.slice(0, slash), version };
}
function resolutionSource(resolution, version, dir) {
    if (!resolution)
        return _dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY */ .Mo;
    if (resolution.type === 'git' || typeof resolution.repo === 'string')
        return { kind: 'other', detail: `a git repository (${String(resolution.repo)})` };
    if (resolution.type === 'directory' || typeof resolution.directory === 'string')
        return (0,_dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .pathSource */ .r)(dir, String(resolution.directory ?? ''), 'the folder');
    if (typeof resolution.tarball === 'string') {
        return /^https?:/i.test(resolution.tarball) ? { kind: 'registry', url: resolution.tarball } : (0,_dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .pathSource */ .r)(dir, resolution.tarball, 'the tarball');
    }
    if (/^(?:link|file|workspace):/.test(version))
        return (0,_dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .pathSource */ .r)(dir, version.replace(/^\w+:/, ''), 'the path');
    return _dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY */ .Mo;
}
/** pnpm-lock.yaml, lockfile versions 5.x to 9. */
function readPnpmLockfile(text, dir) {
    let doc;
    try {
        doc = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { uniqueKeys: false }));
    }
    catch (error) {
        throw new _locked_packages_js__WEBPACK_IMPORTED_MODULE_2__/* .LockfileError */ .g(`is not valid YAML (${error.message.split('\n')[0]})`);
    }
    if (!doc)
        throw new _locked_packages_js__WEBPACK_IMPORTED_MODULE_2__/* .LockfileError */ .g('is not a YAML mapping');
    const roots = [];
    const importers = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(doc.importers) ?? { '.': doc };
    for (const importer of Object.values(importers))
        for (const f of DEP_FIELDS)
            roots.push(...Object.keys((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(importer)?.[f]) ?? {}));
    const snapshots = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(doc.snapshots) ?? {};
    const deps = new Map();
    for (const [key, raw] of Object.entries(snapshots)) {
        const { name, version } = pnpmKey(key);
        const entry = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(raw) ?? {};
        const names = ['dependencies', 'optionalDependencies'].flatMap((f) => Object.keys((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(entry[f]) ?? {}));
        deps.set(`${name}@${version}`, [...(deps.get(`${name}@${version}`) ?? []), ...names]);
    }
    const packages = [];
    for (const [key, raw] of Object.entries((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(doc.packages) ?? {})) {
        const { name, version } = pnpmKey(key);
        const entry = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(raw) ?? {};
        const resolution = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(entry.resolution);
        const own = ['dependencies', 'optionalDependencies'].flatMap((f) => Object.keys((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(entry[f]) ?? {}));
        packages.push({
            name,
            version,
            source: resolutionSource(resolution, version, dir),
            ...(typeof entry.dev === 'boolean' ? { dev: entry.dev } : {}),
            dependsOn: [...own, ...(deps.get(`${name}@${version}`) ?? [])],
            content: resolution ? (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .canonical */ .$N)(resolution) : '',
        });
    }
    return { packages, roots, graph: true };
}
//# sourceMappingURL=pnpm-lockfile.js.map

/***/ })

};
