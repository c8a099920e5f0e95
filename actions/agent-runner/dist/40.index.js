export const id = 40;
export const ids = [40];
export const modules = {

/***/ 18040:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readYarnLockfile: () => (/* binding */ readYarnLockfile)
/* harmony export */ });
/* harmony import */ var _yarnpkg_parsers__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67823);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2621);
/* harmony import */ var _dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86308);
/* harmony import */ var _npm_lockfile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39059);
/* harmony import */ var _locked_packages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21696);





/** Yarn 2+ writes `resolution: "name@protocol:…"`. */
function berrySource(resolution, dir) {
    const reference = resolution.slice((0,_locked_packages_js__WEBPACK_IMPORTED_MODULE_3__/* .descriptorName */ .Vh)(resolution).length + 1);
    const protocol = /^([a-z][a-z0-9+.-]*):/i.exec(reference)?.[1]?.toLowerCase();
    switch (protocol) {
        case 'npm':
            // `npm:1.2.3` is the configured registry; `npm:https://…` would name a tarball.
            return /^npm:\d/.test(reference) ? _dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY */ .Mo : { kind: 'other', detail: reference };
        case 'workspace':
            return { kind: 'local', detail: `the workspace ${reference}` };
        case 'link':
        case 'portal':
        case 'file':
            return (0,_dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .pathSource */ .r)(dir, decodeURIComponent(reference.slice(protocol.length + 1).split('::')[0]), `the ${protocol}: path`);
        case 'patch':
            // Yarn patches a few packages itself (`builtin<compat/typescript>`); any other patch changes a package's code.
            return reference.includes('builtin<') ? _dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY */ .Mo : { kind: 'other', detail: `a patched package (${reference.split('#').slice(1).join('#').split('::')[0]})` };
        case 'https':
        case 'http':
            return { kind: 'registry', url: reference };
        default:
            return { kind: 'other', detail: reference };
    }
}
/** yarn.lock: Yarn 1 (its own syntax) and Yarn 2+ (YAML), both through Yarn's own parser. */
function readYarnLockfile(text, dir) {
    let doc;
    try {
        doc = (0,_yarnpkg_parsers__WEBPACK_IMPORTED_MODULE_0__/* .parseSyml */ ["do"])(text);
    }
    catch (error) {
        throw new _locked_packages_js__WEBPACK_IMPORTED_MODULE_3__/* .LockfileError */ .g(`cannot be parsed (${error.message.split('\n')[0]})`);
    }
    const packages = [];
    const roots = [];
    for (const [key, raw] of Object.entries(doc)) {
        if (key === '__metadata')
            continue;
        const entry = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_4__/* .asRecord */ .qY)(raw);
        if (!entry)
            throw new _locked_packages_js__WEBPACK_IMPORTED_MODULE_3__/* .LockfileError */ .g(`entry '${key}' is not a mapping`);
        const descriptors = key.split(/\s*,\s*/);
        const name = (0,_locked_packages_js__WEBPACK_IMPORTED_MODULE_3__/* .descriptorName */ .Vh)(descriptors[0]);
        const dependsOn = ['dependencies', 'optionalDependencies', 'peerDependencies'].flatMap((f) => Object.keys((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_4__/* .asRecord */ .qY)(entry[f]) ?? {}));
        const resolution = typeof entry.resolution === 'string' ? entry.resolution : undefined;
        const source = resolution ? berrySource(resolution, dir) : (0,_npm_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .npmResolvedSource */ .j)(entry.resolved, dir);
        if (resolution?.includes('@workspace:'))
            roots.push(...dependsOn, ...Object.keys((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_4__/* .asRecord */ .qY)(entry.devDependencies) ?? {}));
        packages.push({
            name,
            version: typeof entry.version === 'string' ? entry.version : String(entry.version ?? ''),
            source,
            dependsOn,
            content: [entry.resolved, entry.integrity, entry.checksum, resolution].filter((x) => typeof x === 'string').join(' '),
        });
    }
    return { packages, roots, graph: true };
}
//# sourceMappingURL=yarn-lockfile.js.map

/***/ })

};
