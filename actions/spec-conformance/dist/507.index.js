export const id = 507;
export const ids = [507];
export const modules = {

/***/ 63507:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readBunLockfile: () => (/* binding */ readBunLockfile)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2621);
/* harmony import */ var _dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86308);
/* harmony import */ var _locked_packages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21696);




/**
 * bun.lock: JSON with trailing commas (read with jsonc-parser, VS Code's
 * parser). `packages` maps a name to `[ "name@spec", registry?, { dependencies… }, integrity? ]`.
 */
function readBunLockfile(text, dir) {
    const errors = [];
    const doc = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse)(text, errors, { allowTrailingComma: true, disallowComments: false }));
    if (errors.length > 0)
        throw new _locked_packages_js__WEBPACK_IMPORTED_MODULE_2__/* .LockfileError */ .g(`is not valid JSON (${(0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(errors[0].error)} at offset ${errors[0].offset})`);
    if (!doc)
        throw new _locked_packages_js__WEBPACK_IMPORTED_MODULE_2__/* .LockfileError */ .g('is not a JSON object');
    const roots = [];
    for (const workspace of Object.values((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(doc.workspaces) ?? {})) {
        for (const f of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'])
            roots.push(...Object.keys((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(workspace)?.[f]) ?? {}));
    }
    const packages = [];
    for (const [key, raw] of Object.entries((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(doc.packages) ?? {})) {
        if (!Array.isArray(raw) || typeof raw[0] !== 'string')
            throw new _locked_packages_js__WEBPACK_IMPORTED_MODULE_2__/* .LockfileError */ .g(`package '${key}' is not [ "name@version", … ]`);
        const descriptor = raw[0];
        const name = (0,_locked_packages_js__WEBPACK_IMPORTED_MODULE_2__/* .descriptorName */ .Vh)(descriptor);
        const spec = descriptor.slice(name.length + 1);
        const meta = raw.find((x) => (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(x) !== undefined) ?? {};
        const registry = typeof raw[1] === 'string' ? raw[1] : '';
        let source = /^\d/.test(spec) ? _dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY */ .Mo : (0,_dependency_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .npmSource */ .$W)(name, spec, dir);
        if (source.kind === 'registry' && registry !== '')
            source = { kind: 'registry', url: registry };
        packages.push({
            name,
            version: spec,
            source,
            dependsOn: ['dependencies', 'optionalDependencies', 'peerDependencies'].flatMap((f) => Object.keys((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asRecord */ .qY)(meta[f]) ?? {})),
            content: raw.filter((x) => typeof x === 'string').join(' '),
        });
    }
    return { packages, roots, graph: true };
}
//# sourceMappingURL=bun-lockfile.js.map

/***/ })

};
