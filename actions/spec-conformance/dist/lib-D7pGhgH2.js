import { i as __require, o as __toESM, t as __commonJSMin } from "./rolldown-runtime-C1I3wEg2.js";
import { t as dependencyFileOf } from "./dependency-files-BtDVc7qg.js";
import { createHash } from "node:crypto";
import { posix } from "node:path";
// packages/dependency-manifests/lib/canonical-json.js
function canonical(value) {
	if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
	if (value && typeof value === "object") return `{${Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
	return JSON.stringify(value) ?? "undefined";
}
function asRecord(value) {
	return value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function table(value) {
	return asRecord(value) ?? {};
}
function at(doc, path) {
	let node = doc;
	for (const key of path) node = asRecord(node)?.[key];
	return node;
}
// node_modules/hosted-git-info/node_modules/lru-cache/dist/commonjs/node/index.min.js
var require_index_min = /* @__PURE__ */ __commonJSMin(((exports) => {
	var x = (c, t) => () => (t || c((t = { exports: {} }).exports, t), t.exports);
	var I = x((W) => {
		"use strict";
		Object.defineProperty(W, "__esModule", { value: !0 });
		W.tracing = W.metrics = void 0;
		var U = __require("node:diagnostics_channel");
		W.metrics = (0, U.channel)("lru-cache:metrics");
		W.tracing = (0, U.tracingChannel)("lru-cache");
	});
	var G = x((R) => {
		"use strict";
		Object.defineProperty(R, "__esModule", { value: !0 });
		R.defaultPerf = void 0;
		R.defaultPerf = typeof performance == "object" && performance && typeof performance.now == "function" ? performance : Date;
	});
	Object.defineProperty(exports, "__esModule", { value: !0 });
	exports.LRUCache = void 0;
	var p = I();
	var B = G();
	var L = () => p.metrics.hasSubscribers || p.tracing.hasSubscribers;
	var k = /* @__PURE__ */ new Set();
	var P = typeof process == "object" && process ? process : {};
	var H = (c, t, i, e) => {
		typeof P.emitWarning == "function" ? P.emitWarning(c, t, i, e) : console.error(`[${i}] ${t}: ${c}`);
	};
	var N = (c) => !k.has(c);
	var E = (c) => !!c && c === Math.floor(c) && c > 0 && isFinite(c);
	var V = (c) => E(c) ? c <= Math.pow(2, 8) ? Uint8Array : c <= Math.pow(2, 16) ? Uint16Array : c <= Math.pow(2, 32) ? Uint32Array : c <= Number.MAX_SAFE_INTEGER ? D : null : null;
	var D = class extends Array {
		constructor(t) {
			super(t), this.fill(0);
		}
	};
	var M = class c {
		heap;
		length;
		static #o = !1;
		static create(t) {
			let i = V(t);
			if (!i) return [];
			c.#o = !0;
			let e = new c(t, i);
			return c.#o = !1, e;
		}
		constructor(t, i) {
			if (!c.#o) throw new TypeError("instantiate Stack using Stack.create(n)");
			this.heap = new i(t), this.length = 0;
		}
		push(t) {
			this.heap[this.length++] = t;
		}
		pop() {
			return this.heap[--this.length];
		}
	};
	exports.LRUCache = class c {
		#o;
		#a;
		#m;
		#R;
		#b;
		#U;
		#I;
		#S;
		get perf() {
			return this.#S;
		}
		ttl;
		ttlResolution;
		ttlAutopurge;
		updateAgeOnGet;
		updateAgeOnHas;
		allowStale;
		noDisposeOnSet;
		noUpdateTTL;
		maxEntrySize;
		sizeCalculation;
		noDeleteOnFetchRejection;
		noDeleteOnStaleGet;
		allowStaleOnFetchAbort;
		allowStaleOnFetchRejection;
		ignoreFetchAbort;
		backgroundFetchSize;
		#n;
		#w = 0;
		#_;
		#s;
		#i;
		#t;
		#f;
		#u;
		#l;
		#h;
		#y;
		#r;
		#F;
		#T;
		#d;
		#g;
		#v;
		#G;
		#c;
		#C;
		static unsafeExposeInternals(t) {
			return {
				starts: t.#T,
				ttls: t.#d,
				autopurgeTimers: t.#g,
				sizes: t.#F,
				keyMap: t.#s,
				keyList: t.#i,
				valList: t.#t,
				next: t.#f,
				prev: t.#u,
				get head() {
					return t.#l;
				},
				get tail() {
					return t.#h;
				},
				free: t.#y,
				isBackgroundFetch: (i) => t.#e(i),
				backgroundFetch: (i, e, s, n) => t.#k(i, e, s, n),
				moveToTail: (i) => t.#x(i),
				indexes: (i) => t.#z(i),
				rindexes: (i) => t.#E(i),
				isStale: (i) => t.#p(i)
			};
		}
		get max() {
			return this.#o;
		}
		get maxSize() {
			return this.#a;
		}
		get calculatedSize() {
			return this.#_;
		}
		get size() {
			return this.#n;
		}
		get fetchMethod() {
			return this.#U;
		}
		get memoMethod() {
			return this.#I;
		}
		get dispose() {
			return this.#m;
		}
		get onInsert() {
			return this.#R;
		}
		get disposeAfter() {
			return this.#b;
		}
		constructor(t) {
			let { max: i = 0, ttl: e, ttlResolution: s = 1, ttlAutopurge: n, updateAgeOnGet: h, updateAgeOnHas: l, allowStale: r, dispose: o, onInsert: f, disposeAfter: a, noDisposeOnSet: T, noUpdateTTL: u, maxSize: m = 0, maxEntrySize: S = 0, sizeCalculation: A, fetchMethod: F, memoMethod: z, noDeleteOnFetchRejection: d, noDeleteOnStaleGet: b, allowStaleOnFetchRejection: g, allowStaleOnFetchAbort: _, ignoreFetchAbort: w, backgroundFetchSize: v = 1, perf: y } = t;
			if (v !== 0 && !E(v)) throw new TypeError("backgroundFetchSize must be a nonnegative integer");
			if (this.backgroundFetchSize = v, y !== void 0 && typeof y?.now != "function") throw new TypeError("perf option must have a now() method if specified");
			if (this.#S = y ?? B.defaultPerf, i !== 0 && !E(i)) throw new TypeError("max option must be a nonnegative integer");
			let O = i ? V(i) : Array;
			if (!O) throw new Error("invalid max value: " + i);
			if (this.#o = i, this.#a = m, this.maxEntrySize = S || this.#a, this.sizeCalculation = A, this.sizeCalculation) {
				if (!this.#a && !this.maxEntrySize) throw new TypeError("cannot set sizeCalculation without setting maxSize or maxEntrySize");
				if (typeof this.sizeCalculation != "function") throw new TypeError("sizeCalculation set to non-function");
			}
			if (z !== void 0 && typeof z != "function") throw new TypeError("memoMethod must be a function if defined");
			if (this.#I = z, F !== void 0 && typeof F != "function") throw new TypeError("fetchMethod must be a function if specified");
			if (this.#U = F, this.#G = !!F, this.#s = /* @__PURE__ */ new Map(), this.#i = Array.from({ length: i }).fill(void 0), this.#t = Array.from({ length: i }).fill(void 0), this.#f = new O(i), this.#u = new O(i), this.#l = 0, this.#h = 0, this.#y = M.create(i), this.#n = 0, this.#_ = 0, typeof o == "function" && (this.#m = o), typeof f == "function" && (this.#R = f), typeof a == "function" ? (this.#b = a, this.#r = []) : (this.#b = void 0, this.#r = void 0), this.#v = !!this.#m, this.#C = !!this.#R, this.#c = !!this.#b, this.noDisposeOnSet = !!T, this.noUpdateTTL = !!u, this.noDeleteOnFetchRejection = !!d, this.allowStaleOnFetchRejection = !!g, this.allowStaleOnFetchAbort = !!_, this.ignoreFetchAbort = !!w, this.maxEntrySize !== 0) {
				if (this.#a !== 0 && !E(this.#a)) throw new TypeError("maxSize must be a positive integer if specified");
				if (!E(this.maxEntrySize)) throw new TypeError("maxEntrySize must be a positive integer if specified");
				this.#Y();
			}
			if (this.allowStale = !!r, this.noDeleteOnStaleGet = !!b, this.updateAgeOnGet = !!h, this.updateAgeOnHas = !!l, this.ttlResolution = E(s) || s === 0 ? s : 1, this.ttlAutopurge = !!n, this.ttl = e || 0, this.ttl) {
				if (!E(this.ttl)) throw new TypeError("ttl must be a positive integer if specified");
				this.#V();
			}
			if (this.#o === 0 && this.ttl === 0 && this.#a === 0) throw new TypeError("At least one of max, maxSize, or ttl is required");
			if (!this.ttlAutopurge && !this.#o && !this.#a) {
				let C = "LRU_CACHE_UNBOUNDED";
				N(C) && (k.add(C), H("TTL caching without ttlAutopurge, max, or maxSize can result in unbounded memory consumption.", "UnboundedCacheWarning", C, c));
			}
		}
		getRemainingTTL(t) {
			return this.#s.has(t) ? 1 / 0 : 0;
		}
		#V() {
			let t = new D(this.#o), i = new D(this.#o);
			this.#d = t, this.#T = i;
			let e = this.ttlAutopurge ? Array.from({ length: this.#o }) : void 0;
			this.#g = e, this.#B = (r, o, f = this.#S.now()) => {
				i[r] = o !== 0 ? f : 0, t[r] = o, s(r, o);
			}, this.#L = (r) => {
				i[r] = t[r] !== 0 ? this.#S.now() : 0, s(r, t[r]);
			};
			let s = this.ttlAutopurge ? (r, o) => {
				if (e?.[r] && (clearTimeout(e[r]), e[r] = void 0), o && o !== 0 && e) {
					let f = Math.min(o + 1, 2147483647), a = setTimeout(() => {
						this.#p(r) ? (this.#A(this.#i[r], "expire"), e[r] = void 0) : s(r, l(r) || 1);
					}, f);
					a.unref && a.unref(), e[r] = a;
				}
			} : () => {};
			this.#O = (r, o) => {
				if (t[o]) {
					let f = t[o], a = i[o];
					if (!f || !a) return;
					r.ttl = f, r.start = a, r.now = n || h();
					r.remainingTTL = f - (r.now - a);
				}
			};
			let n = 0, h = () => {
				let r = this.#S.now();
				if (this.ttlResolution > 0) {
					n = r;
					let o = setTimeout(() => n = 0, this.ttlResolution);
					o.unref && o.unref();
				}
				return r;
			};
			this.getRemainingTTL = (r) => {
				let o = this.#s.get(r);
				return o === void 0 ? 0 : l(o);
			};
			let l = (r) => {
				let o = t[r], f = i[r];
				if (!o || !f) return 1 / 0;
				return o - ((n || h()) - f);
			};
			this.#p = (r) => {
				let o = i[r], f = t[r];
				return !!f && !!o && (n || h()) - o > f;
			};
		}
		#L = () => {};
		#O = () => {};
		#B = () => {};
		#p = () => !1;
		#Y() {
			let t = new D(this.#o);
			this.#_ = 0, this.#F = t, this.#W = (i) => {
				this.#_ -= t[i], t[i] = 0;
			}, this.#H = (i, e, s, n) => {
				if (!E(s)) {
					if (this.#e(e)) return this.backgroundFetchSize;
					if (n) {
						if (typeof n != "function") throw new TypeError("sizeCalculation must be a function");
						if (s = n(e, i), !E(s)) throw new TypeError("sizeCalculation return invalid (expect positive integer)");
					} else throw new TypeError("invalid size value (must be positive integer). When maxSize or maxEntrySize is used, sizeCalculation or size must be set.");
				}
				return s;
			}, this.#M = (i, e, s) => {
				if (t[i] = e, this.#a) {
					let n = this.#a - t[i];
					for (; this.#_ > n;) this.#P(!0);
				}
				this.#_ += t[i], s && (s.entrySize = e, s.totalCalculatedSize = this.#_);
			};
		}
		#W = (t) => {};
		#M = (t, i, e) => {};
		#H = (t, i, e, s) => {
			if (e || s) throw new TypeError("cannot set size without setting maxSize or maxEntrySize on cache");
			return 0;
		};
		*#z({ allowStale: t = this.allowStale, once: i = !0 } = {}) {
			if (this.#n) {
				let e = this.#w, s = [], n;
				for (let h = this.#h; this.#N(h);) {
					let l = !1;
					if (i && (n === void 0 && e !== this.#w && (n = new Set(s)), n === void 0 ? s.push(h) : n.has(h) ? l = !0 : n.add(h)), !l && (t || !this.#p(h)) && (yield h), h === this.#l) break;
					h = this.#u[h];
				}
			}
		}
		*#E({ allowStale: t = this.allowStale, once: i = !0 } = {}) {
			if (this.#n) {
				let e = this.#w, s = [], n;
				for (let h = this.#l; this.#N(h);) {
					let l = !1;
					if (i && (n === void 0 && e !== this.#w && (n = new Set(s)), n === void 0 ? s.push(h) : n.has(h) ? l = !0 : n.add(h)), !l && (t || !this.#p(h)) && (yield h), h === this.#h) break;
					h = this.#f[h];
				}
			}
		}
		#N(t) {
			return t !== void 0 && this.#s.get(this.#i[t]) === t;
		}
		*entries() {
			for (let t of this.#z()) this.#t[t] !== void 0 && this.#i[t] !== void 0 && !this.#e(this.#t[t]) && (yield [this.#i[t], this.#t[t]]);
		}
		*rentries() {
			for (let t of this.#E()) this.#t[t] !== void 0 && this.#i[t] !== void 0 && !this.#e(this.#t[t]) && (yield [this.#i[t], this.#t[t]]);
		}
		*keys() {
			for (let t of this.#z()) {
				let i = this.#i[t];
				i !== void 0 && !this.#e(this.#t[t]) && (yield i);
			}
		}
		*rkeys() {
			for (let t of this.#E()) {
				let i = this.#i[t];
				i !== void 0 && !this.#e(this.#t[t]) && (yield i);
			}
		}
		*values() {
			for (let t of this.#z()) this.#t[t] !== void 0 && !this.#e(this.#t[t]) && (yield this.#t[t]);
		}
		*rvalues() {
			for (let t of this.#E()) this.#t[t] !== void 0 && !this.#e(this.#t[t]) && (yield this.#t[t]);
		}
		[Symbol.iterator]() {
			return this.entries();
		}
		[Symbol.toStringTag] = "LRUCache";
		find(t, i = {}) {
			for (let e of this.#z()) {
				let s = this.#t[e], n = this.#e(s) ? s.__staleWhileFetching : s;
				if (n !== void 0 && t(n, this.#i[e], this)) return this.#j(this.#i[e], i);
			}
		}
		forEach(t, i = this) {
			for (let e of this.#z()) {
				let s = this.#t[e], n = this.#e(s) ? s.__staleWhileFetching : s;
				n !== void 0 && t.call(i, n, this.#i[e], this);
			}
		}
		rforEach(t, i = this) {
			for (let e of this.#E()) {
				let s = this.#t[e], n = this.#e(s) ? s.__staleWhileFetching : s;
				n !== void 0 && t.call(i, n, this.#i[e], this);
			}
		}
		purgeStale() {
			let t = !1;
			for (let i of this.#E({
				allowStale: !0,
				once: !1
			})) this.#p(i) && (this.#A(this.#i[i], "expire"), t = !0);
			return t;
		}
		info(t) {
			let i = this.#s.get(t);
			if (i === void 0) return;
			let e = this.#t[i], s = this.#e(e) ? e.__staleWhileFetching : e;
			if (s === void 0) return;
			let n = { value: s };
			if (this.#d && this.#T) {
				let h = this.#d[i], l = this.#T[i];
				if (h && l) n.ttl = h - (this.#S.now() - l), n.start = Date.now();
			}
			return this.#F && (n.size = this.#F[i]), n;
		}
		dump() {
			let t = [];
			for (let i of this.#z({ allowStale: !0 })) {
				let e = this.#i[i], s = this.#t[i], n = this.#e(s) ? s.__staleWhileFetching : s;
				if (n === void 0 || e === void 0) continue;
				let h = { value: n };
				if (this.#d && this.#T) {
					h.ttl = this.#d[i];
					let l = this.#S.now() - this.#T[i];
					h.start = Math.floor(Date.now() - l);
				}
				this.#F && (h.size = this.#F[i]), t.unshift([e, h]);
			}
			return t;
		}
		load(t) {
			this.clear();
			for (let [i, e] of t) {
				let s = { ...e };
				if (s.start) {
					let n = Date.now() - s.start;
					s.start = this.#S.now() - n;
				}
				this.#D(i, e.value, s);
			}
		}
		set(t, i, e = {}) {
			let { status: s = p.metrics.hasSubscribers ? {} : void 0 } = e;
			s && (s.op = "set", s.key = t, i !== void 0 && (s.value = i), s.cache = this);
			let n = this.#D(t, i, e, void 0, s);
			return s && p.metrics.hasSubscribers && p.metrics.publish(s), n;
		}
		#D(t, i, e, s, n = e.status) {
			let { ttl: h = this.ttl, start: l, noDisposeOnSet: r = this.noDisposeOnSet, sizeCalculation: o = this.sizeCalculation } = e, f = this.#e(i);
			if (i === void 0) return n && (n.set = "deleted"), this.delete(t), this;
			let { noUpdateTTL: a = this.noUpdateTTL } = e;
			n && !f && (n.value = i);
			let T = this.#H(t, i, e.size || 0, o, n);
			if (this.maxEntrySize && T > this.maxEntrySize) return this.#A(t, "set"), n && (n.set = "miss", n.maxEntrySizeExceeded = !0), this;
			let u = this.#n === 0 ? void 0 : this.#s.get(t);
			if (u === void 0) u = this.#n === 0 ? this.#h : this.#y.length !== 0 ? this.#y.pop() : this.#n === this.#o ? this.#P(!1) : this.#n, this.#i[u] = t, this.#t[u] = i, this.#s.set(t, u), this.#f[this.#h] = u, this.#u[u] = this.#h, this.#h = u, this.#n++, this.#M(u, T, n), n && (n.set = "add"), a = !1, this.#C && !f && this.#R?.(i, t, "add");
			else {
				this.#x(u);
				let m = this.#t[u];
				if (i !== m) {
					if (this.#e(m)) {
						if (m !== s && m.__abortController.abort(/* @__PURE__ */ new Error("replaced")), !r) {
							let { __staleWhileFetching: S } = m;
							S !== void 0 && S !== i && (this.#v && this.#m?.(S, t, "set"), this.#c && this.#r?.push([
								S,
								t,
								"set"
							]));
						}
					} else r || (this.#v && this.#m?.(m, t, "set"), this.#c && this.#r?.push([
						m,
						t,
						"set"
					]));
					if (this.#W(u), this.#M(u, T, n), this.#t[u] = i, !f) {
						let S = m && this.#e(m) ? m.__staleWhileFetching : m, A = S === void 0 ? "add" : i !== S ? "replace" : "update";
						n && (n.set = A, S !== void 0 && (n.oldValue = S)), this.#C && this.onInsert?.(i, t, A);
					}
				} else f || (this.#W(u), this.#M(u, T, n), n && (n.set = "update"), this.#C && this.onInsert?.(i, t, "update"));
			}
			if (h !== 0 && !this.#d && this.#V(), this.#d && (a || this.#B(u, h, l), n && this.#O(n, u)), this.#c && this.#r) {
				let m = this.#r, S;
				for (; S = m?.shift();) this.#b?.(...S);
			}
			return this;
		}
		pop() {
			try {
				for (; this.#n;) {
					let t = this.#t[this.#l];
					if (this.#P(!0), this.#e(t)) {
						if (t.__staleWhileFetching !== void 0) return t.__staleWhileFetching;
					} else if (t !== void 0) return t;
				}
			} finally {
				if (this.#c && this.#r) {
					let t = this.#r, i;
					for (; i = t?.shift();) this.#b?.(...i);
				}
			}
		}
		#P(t) {
			let i = this.#l;
			this.#w++;
			let e = this.#i[i], s = this.#t[i], n = this.#e(s);
			n && s.__abortController.abort(/* @__PURE__ */ new Error("evicted"));
			let h = n ? s.__staleWhileFetching : s;
			return (this.#v || this.#c) && h !== void 0 && (this.#v && this.#m?.(h, e, "evict"), this.#c && this.#r?.push([
				h,
				e,
				"evict"
			])), this.#W(i), this.#g?.[i] && (clearTimeout(this.#g[i]), this.#g[i] = void 0), t && (this.#i[i] = void 0, this.#t[i] = void 0, this.#y.push(i)), this.#n === 1 ? (this.#l = this.#h = 0, this.#y.length = 0) : this.#l = this.#f[i], this.#s.delete(e), this.#n--, i;
		}
		has(t, i = {}) {
			let { status: e = p.metrics.hasSubscribers ? {} : void 0 } = i;
			e && (e.op = "has", e.key = t, e.cache = this);
			let s = this.#J(t, i, e);
			return p.metrics.hasSubscribers && p.metrics.publish(e), s;
		}
		#J(t, i = {}, e = i.status) {
			let { updateAgeOnHas: s = this.updateAgeOnHas } = i, n = this.#s.get(t);
			if (n !== void 0) {
				let h = this.#t[n];
				if (this.#e(h) && h.__staleWhileFetching === void 0) return !1;
				if (this.#p(n)) e && (e.has = "stale", this.#O(e, n));
				else return s && this.#L(n), e && (e.has = "hit", this.#O(e, n)), !0;
			} else e && (e.has = "miss");
			return !1;
		}
		peek(t, i = {}) {
			let { status: e = L() ? {} : void 0 } = i;
			e && (e.op = "peek", e.key = t, e.cache = this);
			let s = this.#K(t, i, e);
			return p.metrics.hasSubscribers && p.metrics.publish(e), s;
		}
		#K(t, i, e = i.status) {
			let { allowStale: s = this.allowStale } = i, n = this.#s.get(t);
			if (n === void 0 || !s && this.#p(n)) {
				e && (e.peek = n === void 0 ? "miss" : "stale");
				return;
			}
			let h = this.#t[n], l = this.#e(h) ? h.__staleWhileFetching : h;
			return e && (l !== void 0 ? (e.peek = "hit", e.value = l) : e.peek = "miss"), l;
		}
		#k(t, i, e, s) {
			let n = i === void 0 ? void 0 : this.#t[i];
			if (this.#e(n)) return n;
			let h = new AbortController(), { signal: l } = e, r = () => h.abort(l?.reason), o, f = () => {
				l?.removeEventListener("abort", r), o && h.signal.removeEventListener("abort", o);
			};
			l?.aborted ? h.abort(l.reason) : l?.addEventListener("abort", r);
			let a = {
				signal: h.signal,
				options: e,
				context: s
			}, T = (d, b = !1) => {
				f();
				let { aborted: g } = h.signal, _ = e.ignoreFetchAbort && d !== void 0, w = e.ignoreFetchAbort || !!(e.allowStaleOnFetchAbort && d !== void 0);
				if (e.status && (g && !b ? (e.status.fetchAborted = !0, e.status.fetchError = h.signal.reason, _ && (e.status.fetchAbortIgnored = !0)) : e.status.fetchResolved = !0), g && !_ && !b) return m(h.signal.reason, w);
				let v = F, y = this.#t[i];
				return (y === F || y === void 0 && _ && b) && (d === void 0 ? v.__staleWhileFetching !== void 0 ? this.#t[i] = v.__staleWhileFetching : this.#A(t, "fetch") : (e.status && (e.status.fetchUpdated = !0), this.#D(t, d, a.options, v))), d;
			}, u = (d) => (f(), e.status && (e.status.fetchRejected = !0, e.status.fetchError = d), m(d, !1)), m = (d, b) => {
				let { aborted: g } = h.signal, _ = g && e.allowStaleOnFetchAbort, w = _ || e.allowStaleOnFetchRejection, v = w || e.noDeleteOnFetchRejection, y = F;
				if (this.#t[i] === F && (!v || y.__staleWhileFetching === void 0 && !(b && _) ? this.#A(t, "fetch") : _ || (this.#t[i] = y.__staleWhileFetching)), w) return e.status && y.__staleWhileFetching !== void 0 && (e.status.returnedStale = !0), y.__staleWhileFetching;
				if (y.__returned === y) throw d;
			}, S = () => {
				if (this.#t[i] !== F) return;
				let d = F;
				(e.noDeleteOnFetchRejection || e.allowStaleOnFetchRejection) && d.__staleWhileFetching !== void 0 ? this.#t[i] = d.__staleWhileFetching : this.#A(t, "fetch");
			}, A = (d, b) => {
				let g = this.#U?.(t, n, a);
				o = () => {
					f(), (!e.ignoreFetchAbort || e.allowStaleOnFetchAbort) && (d(void 0), e.allowStaleOnFetchAbort && (d = (w) => T(w, !0), b = S));
				};
				let _ = o;
				h.signal.addEventListener("abort", _), h.signal.aborted && _(), g && g instanceof Promise ? g.then((w) => d(w === void 0 ? void 0 : w), (w) => b(w)) : d(g === void 0 ? void 0 : g);
			};
			e.status && (e.status.fetchDispatched = !0);
			let F = new Promise(A).then(T, u), z = Object.assign(F, {
				__abortController: h,
				__staleWhileFetching: n,
				__returned: void 0
			});
			return i === void 0 ? (this.#D(t, z, {
				...a.options,
				status: void 0
			}), i = this.#s.get(t)) : this.#t[i] = z, z;
		}
		#e(t) {
			if (!this.#G) return !1;
			let i = t;
			return !!i && i instanceof Promise && Object.hasOwn(i, "__staleWhileFetching") && i.__abortController instanceof AbortController;
		}
		fetch(t, i = {}) {
			let e = p.tracing.hasSubscribers, { status: s = L() ? {} : void 0 } = i;
			s && i.context && (s.context = i.context);
			let n = this.#q(t, i, s);
			return s && e && (s.trace = !0, p.tracing.tracePromise(() => n, s).catch(() => {})), n;
		}
		async #q(t, i = {}, e = i.status) {
			let { allowStale: s = this.allowStale, updateAgeOnGet: n = this.updateAgeOnGet, noDeleteOnStaleGet: h = this.noDeleteOnStaleGet, ttl: l = this.ttl, noDisposeOnSet: r = this.noDisposeOnSet, size: o = 0, sizeCalculation: f = this.sizeCalculation, noUpdateTTL: a = this.noUpdateTTL, noDeleteOnFetchRejection: T = this.noDeleteOnFetchRejection, allowStaleOnFetchRejection: u = this.allowStaleOnFetchRejection, ignoreFetchAbort: m = this.ignoreFetchAbort, allowStaleOnFetchAbort: S = this.allowStaleOnFetchAbort, context: A, forceRefresh: F = !1, signal: z } = i;
			if (e && (e.op = "fetch", e.key = t, F && (e.forceRefresh = !0), e.cache = this), !this.#G) return e && (e.fetch = "get"), this.#j(t, {
				allowStale: s,
				updateAgeOnGet: n,
				noDeleteOnStaleGet: h,
				status: e
			});
			let d = {
				allowStale: s,
				updateAgeOnGet: n,
				noDeleteOnStaleGet: h,
				ttl: l,
				noDisposeOnSet: r,
				size: o,
				sizeCalculation: f,
				noUpdateTTL: a,
				noDeleteOnFetchRejection: T,
				allowStaleOnFetchRejection: u,
				allowStaleOnFetchAbort: S,
				ignoreFetchAbort: m,
				status: e,
				signal: z
			}, b = this.#s.get(t);
			if (b === void 0) {
				e && (e.fetch = "miss");
				let g = this.#k(t, b, d, A);
				return g.__returned = g;
			} else {
				let g = this.#t[b];
				if (this.#e(g)) {
					let O = s && g.__staleWhileFetching !== void 0;
					return e && (e.fetch = "inflight", O && (e.returnedStale = !0)), O ? g.__staleWhileFetching : g.__returned = g;
				}
				let _ = this.#p(b);
				if (!F && !_) return e && (e.fetch = "hit"), this.#x(b), n && this.#L(b), e && this.#O(e, b), g;
				let w = this.#k(t, b, d, A), y = w.__staleWhileFetching !== void 0 && s;
				return e && (e.fetch = _ ? "stale" : "refresh", y && _ && (e.returnedStale = !0)), y ? w.__staleWhileFetching : w.__returned = w;
			}
		}
		forceFetch(t, i = {}) {
			let e = p.tracing.hasSubscribers, { status: s = L() ? {} : void 0 } = i;
			s && i.context && (s.context = i.context);
			let n = this.#Q(t, i, s);
			return s && e && (s.trace = !0, p.tracing.tracePromise(() => n, s).catch(() => {})), n;
		}
		async #Q(t, i = {}, e = i.status) {
			let s = await this.#q(t, i, e);
			if (s === void 0) throw new Error("fetch() returned undefined");
			return s;
		}
		memo(t, i = {}) {
			let { status: e = p.metrics.hasSubscribers ? {} : void 0 } = i;
			e && (e.op = "memo", e.key = t, i.context && (e.context = i.context), e.cache = this);
			let s = this.#Z(t, i, e);
			return e && (e.value = s), p.metrics.hasSubscribers && p.metrics.publish(e), s;
		}
		#Z(t, i = {}, e = i.status) {
			let s = this.#I;
			if (!s) throw new Error("no memoMethod provided to constructor");
			let { context: n, status: h = e, forceRefresh: l, ...r } = i;
			h && l && (h.forceRefresh = !0);
			let o = this.#j(t, r), f = l || o === void 0;
			if (h && (h.memo = f ? "miss" : "hit", f || (h.value = o)), !f) return o;
			let a = s(t, o, {
				options: r,
				context: n
			});
			return h && (h.value = a), this.#D(t, a, r), a;
		}
		get(t, i = {}) {
			let { status: e = p.metrics.hasSubscribers ? {} : void 0 } = i;
			e && (e.op = "get", e.key = t, e.cache = this);
			let s = this.#j(t, i, e);
			return e && (s !== void 0 && (e.value = s), p.metrics.hasSubscribers && p.metrics.publish(e)), s;
		}
		#j(t, i = {}, e = i.status) {
			let { allowStale: s = this.allowStale, updateAgeOnGet: n = this.updateAgeOnGet, noDeleteOnStaleGet: h = this.noDeleteOnStaleGet } = i, l = this.#s.get(t);
			if (l === void 0) {
				e && (e.get = "miss");
				return;
			}
			let r = this.#t[l], o = this.#e(r);
			return e && this.#O(e, l), this.#p(l) ? o ? (e && (e.get = "stale-fetching"), s && r.__staleWhileFetching !== void 0 ? (e && (e.returnedStale = !0), r.__staleWhileFetching) : void 0) : (h || this.#A(t, "expire"), e && (e.get = "stale"), s ? (e && (e.returnedStale = !0), r) : void 0) : (e && (e.get = o ? "fetching" : "hit"), this.#x(l), n && this.#L(l), o ? r.__staleWhileFetching : r);
		}
		#$(t, i) {
			this.#u[i] = t, this.#f[t] = i;
		}
		#x(t) {
			t !== this.#h && (this.#w++, t === this.#l ? this.#l = this.#f[t] : this.#$(this.#u[t], this.#f[t]), this.#$(this.#h, t), this.#h = t);
		}
		delete(t) {
			return this.#A(t, "delete");
		}
		#A(t, i) {
			p.metrics.hasSubscribers && p.metrics.publish({
				op: "delete",
				delete: i,
				key: t,
				cache: this
			});
			let e = !1;
			if (this.#n !== 0) {
				let s = this.#s.get(t);
				if (s !== void 0) if (this.#g?.[s] && (clearTimeout(this.#g[s]), this.#g[s] = void 0), e = !0, this.#w++, this.#n === 1) this.#X(i);
				else {
					this.#W(s);
					let n = this.#t[s], h = this.#e(n);
					h && n.__abortController.abort(/* @__PURE__ */ new Error("deleted"));
					let l = h ? n.__staleWhileFetching : n;
					if (l !== void 0 && (this.#v || this.#c) && (this.#v && this.#m?.(l, t, i), this.#c && this.#r?.push([
						l,
						t,
						i
					])), this.#s.delete(t), this.#i[s] = void 0, this.#t[s] = void 0, s === this.#h) this.#h = this.#u[s];
					else if (s === this.#l) this.#l = this.#f[s];
					else {
						let r = this.#u[s];
						this.#f[r] = this.#f[s];
						let o = this.#f[s];
						this.#u[o] = this.#u[s];
					}
					this.#n--, this.#y.push(s);
				}
			}
			if (this.#c && this.#r?.length) {
				let s = this.#r, n;
				for (; n = s?.shift();) this.#b?.(...n);
			}
			return e;
		}
		clear() {
			return this.#X("delete");
		}
		#X(t) {
			this.#w++;
			for (let i of this.#E({ allowStale: !0 })) {
				let e = this.#t[i], s = this.#e(e);
				s && e.__abortController.abort(/* @__PURE__ */ new Error("deleted"));
				let n = s ? e.__staleWhileFetching : e;
				if (n !== void 0) {
					let h = this.#i[i];
					this.#v && this.#m?.(n, h, t), this.#c && this.#r?.push([
						n,
						h,
						t
					]);
				}
			}
			if (this.#s.clear(), this.#t.fill(void 0), this.#i.fill(void 0), this.#d && this.#T) {
				this.#d.fill(0), this.#T.fill(0);
				for (let i of this.#g ?? []) i !== void 0 && clearTimeout(i);
				this.#g?.fill(void 0);
			}
			if (this.#F && this.#F.fill(0), this.#l = 0, this.#h = 0, this.#y.length = 0, this.#_ = 0, this.#n = 0, this.#c && this.#r) {
				let i = this.#r, e;
				for (; e = i?.shift();) this.#b?.(...e);
			}
		}
	};
}));
// node_modules/hosted-git-info/lib/hosts.js
var require_hosts = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const maybeJoin = (...args) => args.every((arg) => arg) ? args.join("") : "";
	const maybeEncode = (arg) => arg ? encodeURIComponent(arg) : "";
	const formatHashFragment = (f) => f.toLowerCase().replace(/^\W+/g, "").replace(/(?<!\W)\W+$/, "").replace(/\//g, "").replace(/\W+/g, "-");
	const defaults = {
		sshtemplate: ({ domain, user, project, committish }) => `git@${domain}:${user}/${project}.git${maybeJoin("#", committish)}`,
		sshurltemplate: ({ domain, user, project, committish }) => `git+ssh://git@${domain}/${user}/${project}.git${maybeJoin("#", committish)}`,
		edittemplate: ({ domain, user, project, committish, editpath, path }) => `https://${domain}/${user}/${project}${maybeJoin("/", editpath, "/", maybeEncode(committish || "HEAD"), "/", path)}`,
		browsetemplate: ({ domain, user, project, committish, treepath }) => `https://${domain}/${user}/${project}${maybeJoin("/", treepath, "/", maybeEncode(committish))}`,
		browsetreetemplate: ({ domain, user, project, committish, treepath, path, fragment, hashformat }) => `https://${domain}/${user}/${project}/${treepath}/${maybeEncode(committish || "HEAD")}/${path}${maybeJoin("#", hashformat(fragment || ""))}`,
		browseblobtemplate: ({ domain, user, project, committish, blobpath, path, fragment, hashformat }) => `https://${domain}/${user}/${project}/${blobpath}/${maybeEncode(committish || "HEAD")}/${path}${maybeJoin("#", hashformat(fragment || ""))}`,
		docstemplate: ({ domain, user, project, treepath, committish }) => `https://${domain}/${user}/${project}${maybeJoin("/", treepath, "/", maybeEncode(committish))}#readme`,
		httpstemplate: ({ auth, domain, user, project, committish }) => `git+https://${maybeJoin(auth, "@")}${domain}/${user}/${project}.git${maybeJoin("#", committish)}`,
		filetemplate: ({ domain, user, project, committish, path }) => `https://${domain}/${user}/${project}/raw/${maybeEncode(committish || "HEAD")}/${path}`,
		shortcuttemplate: ({ type, user, project, committish }) => `${type}:${user}/${project}${maybeJoin("#", committish)}`,
		pathtemplate: ({ user, project, committish }) => `${user}/${project}${maybeJoin("#", committish)}`,
		bugstemplate: ({ domain, user, project }) => `https://${domain}/${user}/${project}/issues`,
		hashformat: formatHashFragment
	};
	const hosts = {};
	hosts.github = {
		protocols: [
			"git:",
			"http:",
			"git+ssh:",
			"git+https:",
			"ssh:",
			"https:"
		],
		domain: "github.com",
		treepath: "tree",
		blobpath: "blob",
		editpath: "edit",
		filetemplate: ({ auth, user, project, committish, path }) => `https://${maybeJoin(auth, "@")}raw.githubusercontent.com/${user}/${project}/${maybeEncode(committish || "HEAD")}/${path}`,
		gittemplate: ({ auth, domain, user, project, committish }) => `git://${maybeJoin(auth, "@")}${domain}/${user}/${project}.git${maybeJoin("#", committish)}`,
		tarballtemplate: ({ domain, user, project, committish }) => `https://codeload.${domain}/${user}/${project}/tar.gz/${maybeEncode(committish || "HEAD")}`,
		extract: (url) => {
			let [, user, project, type, committish] = url.pathname.split("/", 5);
			if (type && type !== "tree") return;
			if (!type) committish = url.hash.slice(1);
			if (project && project.endsWith(".git")) project = project.slice(0, -4);
			if (!user || !project) return;
			return {
				user,
				project,
				committish
			};
		}
	};
	hosts.bitbucket = {
		protocols: [
			"git+ssh:",
			"git+https:",
			"ssh:",
			"https:"
		],
		domain: "bitbucket.org",
		treepath: "src",
		blobpath: "src",
		editpath: "?mode=edit",
		edittemplate: ({ domain, user, project, committish, treepath, path, editpath }) => `https://${domain}/${user}/${project}${maybeJoin("/", treepath, "/", maybeEncode(committish || "HEAD"), "/", path, editpath)}`,
		tarballtemplate: ({ domain, user, project, committish }) => `https://${domain}/${user}/${project}/get/${maybeEncode(committish || "HEAD")}.tar.gz`,
		extract: (url) => {
			let [, user, project, aux] = url.pathname.split("/", 4);
			if (["get"].includes(aux)) return;
			if (project && project.endsWith(".git")) project = project.slice(0, -4);
			if (!user || !project) return;
			return {
				user,
				project,
				committish: url.hash.slice(1)
			};
		}
	};
	hosts.gitlab = {
		protocols: [
			"git+ssh:",
			"git+https:",
			"ssh:",
			"https:"
		],
		domain: "gitlab.com",
		treepath: "tree",
		blobpath: "tree",
		editpath: "-/edit",
		tarballtemplate: ({ domain, user, project, committish }) => `https://${domain}/api/v4/projects/${maybeEncode(user + "/" + project)}/repository/archive.tar.gz?sha=${maybeEncode(committish || "HEAD")}`,
		extract: (url) => {
			const path = url.pathname.slice(1);
			if (path.includes("/-/") || path.includes("/archive.tar.gz")) return;
			const segments = path.split("/");
			let project = segments.pop();
			if (project.endsWith(".git")) project = project.slice(0, -4);
			const user = segments.join("/");
			if (!user || !project) return;
			return {
				user,
				project,
				committish: url.hash.slice(1)
			};
		}
	};
	hosts.gist = {
		protocols: [
			"git:",
			"git+ssh:",
			"git+https:",
			"ssh:",
			"https:"
		],
		domain: "gist.github.com",
		editpath: "edit",
		sshtemplate: ({ domain, project, committish }) => `git@${domain}:${project}.git${maybeJoin("#", committish)}`,
		sshurltemplate: ({ domain, project, committish }) => `git+ssh://git@${domain}/${project}.git${maybeJoin("#", committish)}`,
		edittemplate: ({ domain, user, project, committish, editpath }) => `https://${domain}/${user}/${project}${maybeJoin("/", maybeEncode(committish))}/${editpath}`,
		browsetemplate: ({ domain, project, committish }) => `https://${domain}/${project}${maybeJoin("/", maybeEncode(committish))}`,
		browsetreetemplate: ({ domain, project, committish, path, hashformat }) => `https://${domain}/${project}${maybeJoin("/", maybeEncode(committish))}${maybeJoin("#", hashformat(path))}`,
		browseblobtemplate: ({ domain, project, committish, path, hashformat }) => `https://${domain}/${project}${maybeJoin("/", maybeEncode(committish))}${maybeJoin("#", hashformat(path))}`,
		docstemplate: ({ domain, project, committish }) => `https://${domain}/${project}${maybeJoin("/", maybeEncode(committish))}`,
		httpstemplate: ({ domain, project, committish }) => `git+https://${domain}/${project}.git${maybeJoin("#", committish)}`,
		filetemplate: ({ user, project, committish, path }) => `https://gist.githubusercontent.com/${user}/${project}/raw${maybeJoin("/", maybeEncode(committish))}/${path}`,
		shortcuttemplate: ({ type, project, committish }) => `${type}:${project}${maybeJoin("#", committish)}`,
		pathtemplate: ({ project, committish }) => `${project}${maybeJoin("#", committish)}`,
		bugstemplate: ({ domain, project }) => `https://${domain}/${project}`,
		gittemplate: ({ domain, project, committish }) => `git://${domain}/${project}.git${maybeJoin("#", committish)}`,
		tarballtemplate: ({ project, committish }) => `https://codeload.github.com/gist/${project}/tar.gz/${maybeEncode(committish || "HEAD")}`,
		extract: (url) => {
			let [, user, project, aux] = url.pathname.split("/", 4);
			if (aux === "raw") return;
			if (!project) {
				if (!user) return;
				project = user;
				user = null;
			}
			if (project.endsWith(".git")) project = project.slice(0, -4);
			return {
				user,
				project,
				committish: url.hash.slice(1)
			};
		},
		hashformat: function(fragment) {
			return fragment && "file-" + formatHashFragment(fragment);
		}
	};
	hosts.sourcehut = {
		protocols: ["git+ssh:", "https:"],
		domain: "git.sr.ht",
		treepath: "tree",
		blobpath: "tree",
		filetemplate: ({ domain, user, project, committish, path }) => `https://${domain}/${user}/${project}/blob/${maybeEncode(committish) || "HEAD"}/${path}`,
		httpstemplate: ({ domain, user, project, committish }) => `https://${domain}/${user}/${project}${maybeJoin("#", committish)}`,
		tarballtemplate: ({ domain, user, project, committish }) => `https://${domain}/${user}/${project}/archive/${maybeEncode(committish) || "HEAD"}.tar.gz`,
		bugstemplate: () => null,
		extract: (url) => {
			let [, user, project, aux] = url.pathname.split("/", 4);
			if (["archive"].includes(aux)) return;
			if (project && project.endsWith(".git")) project = project.slice(0, -4);
			if (!user || !project) return;
			return {
				user,
				project,
				committish: url.hash.slice(1)
			};
		}
	};
	for (const [name, host] of Object.entries(hosts)) hosts[name] = Object.assign({}, defaults, host);
	module.exports = hosts;
}));
// node_modules/hosted-git-info/lib/parse-url.js
var require_parse_url = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const url = __require("url");
	const lastIndexOfBefore = (str, char, beforeChar) => {
		const startPosition = str.indexOf(beforeChar);
		return str.lastIndexOf(char, startPosition > -1 ? startPosition : Infinity);
	};
	const safeUrl = (u) => {
		try {
			return new url.URL(u);
		} catch {}
	};
	const correctProtocol = (arg, protocols) => {
		const firstColon = arg.indexOf(":");
		const proto = arg.slice(0, firstColon + 1);
		if (Object.prototype.hasOwnProperty.call(protocols, proto)) return arg;
		if (arg.substr(firstColon, 3) === "://") return arg;
		const firstAt = arg.indexOf("@");
		if (firstAt > -1) {
			if (firstAt > firstColon) return `git+ssh://${arg}`;
			else return arg;
		}
		return `${arg.slice(0, firstColon + 1)}//${arg.slice(firstColon + 1)}`;
	};
	const correctUrl = (giturl) => {
		const firstAt = lastIndexOfBefore(giturl, "@", "#");
		const lastColonBeforeHash = lastIndexOfBefore(giturl, ":", "#");
		if (lastColonBeforeHash > firstAt) giturl = giturl.slice(0, lastColonBeforeHash) + "/" + giturl.slice(lastColonBeforeHash + 1);
		if (lastIndexOfBefore(giturl, ":", "#") === -1 && giturl.indexOf("//") === -1) giturl = `git+ssh://${giturl}`;
		return giturl;
	};
	module.exports = (giturl, protocols) => {
		const withProtocol = protocols ? correctProtocol(giturl, protocols) : giturl;
		return safeUrl(withProtocol) || safeUrl(correctUrl(withProtocol));
	};
}));
// node_modules/hosted-git-info/lib/from-url.js
var require_from_url = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const parseUrl = require_parse_url();
	const isGitHubShorthand = (arg) => {
		const firstHash = arg.indexOf("#");
		const firstSlash = arg.indexOf("/");
		const secondSlash = arg.indexOf("/", firstSlash + 1);
		const firstColon = arg.indexOf(":");
		const firstSpace = /\s/.exec(arg);
		const firstAt = arg.indexOf("@");
		const spaceOnlyAfterHash = !firstSpace || firstHash > -1 && firstSpace.index > firstHash;
		const atOnlyAfterHash = firstAt === -1 || firstHash > -1 && firstAt > firstHash;
		const colonOnlyAfterHash = firstColon === -1 || firstHash > -1 && firstColon > firstHash;
		const secondSlashOnlyAfterHash = secondSlash === -1 || firstHash > -1 && secondSlash > firstHash;
		const hasSlash = firstSlash > 0;
		const doesNotEndWithSlash = firstHash > -1 ? arg[firstHash - 1] !== "/" : !arg.endsWith("/");
		const doesNotStartWithDot = !arg.startsWith(".");
		return spaceOnlyAfterHash && hasSlash && doesNotEndWithSlash && doesNotStartWithDot && atOnlyAfterHash && colonOnlyAfterHash && secondSlashOnlyAfterHash;
	};
	module.exports = (giturl, opts, { gitHosts, protocols }) => {
		if (!giturl) return;
		const correctedUrl = isGitHubShorthand(giturl) ? `github:${giturl}` : giturl;
		const parsed = parseUrl(correctedUrl, protocols);
		if (!parsed) return;
		const gitHostShortcut = gitHosts.byShortcut[parsed.protocol];
		const gitHostDomain = gitHosts.byDomain[parsed.hostname.startsWith("www.") ? parsed.hostname.slice(4) : parsed.hostname];
		const gitHostName = gitHostShortcut || gitHostDomain;
		if (!gitHostName) return;
		const gitHostInfo = gitHosts[gitHostShortcut || gitHostDomain];
		let auth = null;
		if (protocols[parsed.protocol]?.auth && (parsed.username || parsed.password)) auth = `${parsed.username}${parsed.password ? ":" + parsed.password : ""}`;
		let committish = null;
		let user = null;
		let project = null;
		let defaultRepresentation = null;
		try {
			if (gitHostShortcut) {
				let pathname = parsed.pathname.startsWith("/") ? parsed.pathname.slice(1) : parsed.pathname;
				const firstAt = pathname.indexOf("@");
				if (firstAt > -1) pathname = pathname.slice(firstAt + 1);
				const lastSlash = pathname.lastIndexOf("/");
				if (lastSlash > -1) {
					user = decodeURIComponent(pathname.slice(0, lastSlash));
					if (!user) user = null;
					project = decodeURIComponent(pathname.slice(lastSlash + 1));
				} else project = decodeURIComponent(pathname);
				if (project.endsWith(".git")) project = project.slice(0, -4);
				if (parsed.hash) committish = decodeURIComponent(parsed.hash.slice(1));
				defaultRepresentation = "shortcut";
			} else {
				if (!gitHostInfo.protocols.includes(parsed.protocol)) return;
				const segments = gitHostInfo.extract(parsed);
				if (!segments) return;
				user = segments.user && decodeURIComponent(segments.user);
				project = decodeURIComponent(segments.project);
				committish = decodeURIComponent(segments.committish);
				defaultRepresentation = protocols[parsed.protocol]?.name || parsed.protocol.slice(0, -1);
			}
		} catch (err) {
			/* istanbul ignore else */
			if (err instanceof URIError) return;
			else throw err;
		}
		return [
			gitHostName,
			user,
			auth,
			project,
			committish,
			defaultRepresentation,
			opts
		];
	};
}));
// node_modules/hosted-git-info/lib/index.js
var require_lib$2 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const { LRUCache } = require_index_min();
	const hosts = require_hosts();
	const fromUrl = require_from_url();
	const parseUrl = require_parse_url();
	const cache = new LRUCache({ max: 1e3 });
	function unknownHostedUrl(url) {
		try {
			const { protocol, hostname, pathname } = new URL(url);
			if (!hostname) return null;
			return `${/(?:git\+)http:$/.test(protocol) ? "http:" : "https:"}//${hostname}${pathname.replace(/\.git$/, "")}`;
		} catch {
			return null;
		}
	}
	var GitHost = class GitHost {
		constructor(type, user, auth, project, committish, defaultRepresentation, opts = {}) {
			Object.assign(this, GitHost.#gitHosts[type], {
				type,
				user,
				auth,
				project,
				committish,
				default: defaultRepresentation,
				opts
			});
		}
		static #gitHosts = {
			byShortcut: {},
			byDomain: {}
		};
		static #protocols = {
			"git+ssh:": { name: "sshurl" },
			"ssh:": { name: "sshurl" },
			"git+https:": {
				name: "https",
				auth: true
			},
			"git:": { auth: true },
			"http:": { auth: true },
			"https:": { auth: true },
			"git+http:": { auth: true }
		};
		static addHost(name, host) {
			GitHost.#gitHosts[name] = host;
			GitHost.#gitHosts.byDomain[host.domain] = name;
			GitHost.#gitHosts.byShortcut[`${name}:`] = name;
			GitHost.#protocols[`${name}:`] = { name };
		}
		static fromUrl(giturl, opts) {
			if (typeof giturl !== "string") return;
			const key = giturl + JSON.stringify(opts || {});
			if (!cache.has(key)) {
				const hostArgs = fromUrl(giturl, opts, {
					gitHosts: GitHost.#gitHosts,
					protocols: GitHost.#protocols
				});
				cache.set(key, hostArgs ? new GitHost(...hostArgs) : void 0);
			}
			return cache.get(key);
		}
		static fromManifest(manifest, opts = {}) {
			if (!manifest || typeof manifest !== "object") return;
			const r = manifest.repository;
			const rurl = r && (typeof r === "string" ? r : typeof r === "object" && typeof r.url === "string" ? r.url : null);
			if (!rurl) throw new Error("no repository");
			const info = rurl && GitHost.fromUrl(rurl.replace(/^git\+/, ""), opts) || null;
			if (info) return info;
			const unk = unknownHostedUrl(rurl);
			return GitHost.fromUrl(unk, opts) || unk;
		}
		static parseUrl(url) {
			return parseUrl(url);
		}
		#fill(template, opts) {
			if (typeof template !== "function") return null;
			const options = {
				...this,
				...this.opts,
				...opts
			};
			if (!options.path) options.path = "";
			if (options.path.startsWith("/")) options.path = options.path.slice(1);
			if (options.noCommittish) options.committish = null;
			const result = template(options);
			return options.noGitPlus && result.startsWith("git+") ? result.slice(4) : result;
		}
		hash() {
			return this.committish ? `#${this.committish}` : "";
		}
		ssh(opts) {
			return this.#fill(this.sshtemplate, opts);
		}
		sshurl(opts) {
			return this.#fill(this.sshurltemplate, opts);
		}
		browse(path, ...args) {
			if (typeof path !== "string") return this.#fill(this.browsetemplate, path);
			if (typeof args[0] !== "string") return this.#fill(this.browsetreetemplate, {
				...args[0],
				path
			});
			return this.#fill(this.browsetreetemplate, {
				...args[1],
				fragment: args[0],
				path
			});
		}
		browseFile(path, ...args) {
			if (typeof args[0] !== "string") return this.#fill(this.browseblobtemplate, {
				...args[0],
				path
			});
			return this.#fill(this.browseblobtemplate, {
				...args[1],
				fragment: args[0],
				path
			});
		}
		docs(opts) {
			return this.#fill(this.docstemplate, opts);
		}
		bugs(opts) {
			return this.#fill(this.bugstemplate, opts);
		}
		https(opts) {
			return this.#fill(this.httpstemplate, opts);
		}
		git(opts) {
			return this.#fill(this.gittemplate, opts);
		}
		shortcut(opts) {
			return this.#fill(this.shortcuttemplate, opts);
		}
		path(opts) {
			return this.#fill(this.pathtemplate, opts);
		}
		tarball(opts) {
			return this.#fill(this.tarballtemplate, {
				...opts,
				noCommittish: false
			});
		}
		file(path, opts) {
			return this.#fill(this.filetemplate, {
				...opts,
				path
			});
		}
		edit(path, opts) {
			return this.#fill(this.edittemplate, {
				...opts,
				path
			});
		}
		getDefaultRepresentation() {
			return this.default;
		}
		toString(opts) {
			if (this.default && typeof this[this.default] === "function") return this[this.default](opts);
			return this.sshurl(opts);
		}
	};
	for (const [name, host] of Object.entries(hosts)) GitHost.addHost(name, host);
	module.exports = GitHost;
}));
// node_modules/semver/internal/constants.js
var require_constants = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = {
		MAX_LENGTH: 256,
		MAX_SAFE_COMPONENT_LENGTH: 16,
		MAX_SAFE_BUILD_LENGTH: 250,
		MAX_SAFE_INTEGER: Number.MAX_SAFE_INTEGER || 
		/* istanbul ignore next */ 9007199254740991,
		WHITESPACE_CHARACTERS: [
			"	",
			"\n",
			"\v",
			"\f",
			"\r",
			" ",
			"\u00A0",
			"\u1680",
			"\u2000",
			"\u2001",
			"\u2002",
			"\u2003",
			"\u2004",
			"\u2005",
			"\u2006",
			"\u2007",
			"\u2008",
			"\u2009",
			"\u200A",
			"\u2028",
			"\u2029",
			"\u202F",
			"\u205F",
			"\u3000",
			"\uFEFF"
		],
		RELEASE_TYPES: [
			"major",
			"premajor",
			"minor",
			"preminor",
			"patch",
			"prepatch",
			"prerelease"
		],
		SEMVER_SPEC_VERSION: "2.0.0",
		FLAG_INCLUDE_PRERELEASE: 1,
		FLAG_LOOSE: 2
	};
}));
// node_modules/semver/internal/debug.js
var require_debug = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {};
}));
// node_modules/semver/internal/re.js
var require_re = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const { MAX_SAFE_COMPONENT_LENGTH, MAX_SAFE_BUILD_LENGTH, MAX_LENGTH } = require_constants();
	const debug = require_debug();
	exports = module.exports = {};
	const re = exports.re = [];
	const safeRe = exports.safeRe = [];
	const src = exports.src = [];
	const safeSrc = exports.safeSrc = [];
	const t = exports.t = {};
	let R = 0;
	const LETTERDASHNUMBER = "[a-zA-Z0-9-]";
	const safeRegexReplacements = [
		["\\s", 1],
		["\\d", MAX_LENGTH],
		[LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
	];
	const makeSafeRegex = (value) => {
		for (const [token, max] of safeRegexReplacements) value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
		return value;
	};
	const createToken = (name, value, isGlobal) => {
		const safe = makeSafeRegex(value);
		const index = R++;
		debug(name, index, value);
		t[name] = index;
		src[index] = value;
		safeSrc[index] = safe;
		re[index] = new RegExp(value, isGlobal ? "g" : void 0);
		safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
	};
	createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
	createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
	createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
	createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
	createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
	createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
	createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
	createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
	createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
	createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
	createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
	createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
	createToken("FULL", `^${src[t.FULLPLAIN]}$`);
	createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
	createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
	createToken("GTLT", "((?:<|>)?=?)");
	createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
	createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
	createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
	createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
	createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
	createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
	createToken("COERCEPLAIN", `(^|[^\\d])(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
	createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
	createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
	createToken("COERCERTL", src[t.COERCE], true);
	createToken("COERCERTLFULL", src[t.COERCEFULL], true);
	createToken("LONETILDE", "(?:~>?)");
	createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
	exports.tildeTrimReplace = "$1~";
	createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
	createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
	createToken("LONECARET", "(?:\\^)");
	createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
	exports.caretTrimReplace = "$1^";
	createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
	createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
	createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
	createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
	createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
	exports.comparatorTrimReplace = "$1$2$3";
	createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
	createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
	createToken("STAR", "(<|>)?=?\\s*\\*");
	createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
	createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
}));
// node_modules/semver/internal/parse-options.js
var require_parse_options = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const looseOption = Object.freeze({ loose: true });
	const emptyOpts = Object.freeze({});
	const parseOptions = (options) => {
		if (!options) return emptyOpts;
		if (typeof options !== "object") return looseOption;
		return options;
	};
	module.exports = parseOptions;
}));
// node_modules/semver/internal/identifiers.js
var require_identifiers = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const numeric = /^[0-9]+$/;
	const compareIdentifiers = (a, b) => {
		if (typeof a === "number" && typeof b === "number") return a === b ? 0 : a < b ? -1 : 1;
		const anum = numeric.test(a);
		const bnum = numeric.test(b);
		if (anum && bnum) {
			a = +a;
			b = +b;
		}
		return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
	};
	const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
	module.exports = {
		compareIdentifiers,
		rcompareIdentifiers
	};
}));
// node_modules/semver/classes/semver.js
var require_semver$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const debug = require_debug();
	const { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
	const { safeRe: re, t } = require_re();
	const parseOptions = require_parse_options();
	const { compareIdentifiers } = require_identifiers();
	const isPrereleaseIdentifier = (prerelease, identifier) => {
		const identifiers = identifier.split(".");
		if (identifiers.length > prerelease.length) return false;
		for (let i = 0; i < identifiers.length; i++) if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) return false;
		return true;
	};
	module.exports = class SemVer {
		constructor(version, options) {
			options = parseOptions(options);
			if (version instanceof SemVer) {
				if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) return version;
				else version = version.version;
			} else if (typeof version !== "string") throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
			if (version.length > MAX_LENGTH) throw new TypeError(`version is longer than ${MAX_LENGTH} characters`);
			debug("SemVer", version, options);
			this.options = options;
			this.loose = !!options.loose;
			this.includePrerelease = !!options.includePrerelease;
			const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
			if (!m) throw new TypeError(`Invalid Version: ${version}`);
			this.raw = version;
			this.major = +m[1];
			this.minor = +m[2];
			this.patch = +m[3];
			if (this.major > MAX_SAFE_INTEGER || this.major < 0) throw new TypeError("Invalid major version");
			if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) throw new TypeError("Invalid minor version");
			if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) throw new TypeError("Invalid patch version");
			if (!m[4]) this.prerelease = [];
			else this.prerelease = m[4].split(".").map((id) => {
				if (/^[0-9]+$/.test(id)) {
					const num = +id;
					if (num >= 0 && num < MAX_SAFE_INTEGER) return num;
				}
				return id;
			});
			this.build = m[5] ? m[5].split(".") : [];
			this.format();
		}
		format() {
			this.version = `${this.major}.${this.minor}.${this.patch}`;
			if (this.prerelease.length) this.version += `-${this.prerelease.join(".")}`;
			return this.version;
		}
		toString() {
			return this.version;
		}
		compare(other) {
			debug("SemVer.compare", this.version, this.options, other);
			if (!(other instanceof SemVer)) {
				if (typeof other === "string" && other === this.version) return 0;
				other = new SemVer(other, this.options);
			}
			if (other.version === this.version) return 0;
			return this.compareMain(other) || this.comparePre(other);
		}
		compareMain(other) {
			if (!(other instanceof SemVer)) other = new SemVer(other, this.options);
			if (this.major < other.major) return -1;
			if (this.major > other.major) return 1;
			if (this.minor < other.minor) return -1;
			if (this.minor > other.minor) return 1;
			if (this.patch < other.patch) return -1;
			if (this.patch > other.patch) return 1;
			return 0;
		}
		comparePre(other) {
			if (!(other instanceof SemVer)) other = new SemVer(other, this.options);
			if (this.prerelease.length && !other.prerelease.length) return -1;
			else if (!this.prerelease.length && other.prerelease.length) return 1;
			else if (!this.prerelease.length && !other.prerelease.length) return 0;
			let i = 0;
			do {
				const a = this.prerelease[i];
				const b = other.prerelease[i];
				debug("prerelease compare", i, a, b);
				if (a === void 0 && b === void 0) return 0;
				else if (b === void 0) return 1;
				else if (a === void 0) return -1;
				else if (a === b) continue;
				else return compareIdentifiers(a, b);
			} while (++i);
		}
		compareBuild(other) {
			if (!(other instanceof SemVer)) other = new SemVer(other, this.options);
			let i = 0;
			do {
				const a = this.build[i];
				const b = other.build[i];
				debug("build compare", i, a, b);
				if (a === void 0 && b === void 0) return 0;
				else if (b === void 0) return 1;
				else if (a === void 0) return -1;
				else if (a === b) continue;
				else return compareIdentifiers(a, b);
			} while (++i);
		}
		inc(release, identifier, identifierBase) {
			if (release.startsWith("pre")) {
				if (!identifier && identifierBase === false) throw new Error("invalid increment argument: identifier is empty");
				if (identifier) {
					const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
					if (!match || match[1] !== identifier) throw new Error(`invalid identifier: ${identifier}`);
				}
			}
			switch (release) {
				case "premajor":
					this.prerelease.length = 0;
					this.patch = 0;
					this.minor = 0;
					this.major++;
					this.inc("pre", identifier, identifierBase);
					break;
				case "preminor":
					this.prerelease.length = 0;
					this.patch = 0;
					this.minor++;
					this.inc("pre", identifier, identifierBase);
					break;
				case "prepatch":
					this.prerelease.length = 0;
					this.inc("patch", identifier, identifierBase);
					this.inc("pre", identifier, identifierBase);
					break;
				case "prerelease":
					if (this.prerelease.length === 0) this.inc("patch", identifier, identifierBase);
					this.inc("pre", identifier, identifierBase);
					break;
				case "release":
					if (this.prerelease.length === 0) throw new Error(`version ${this.raw} is not a prerelease`);
					this.prerelease.length = 0;
					break;
				case "major":
					if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) this.major++;
					this.minor = 0;
					this.patch = 0;
					this.prerelease = [];
					break;
				case "minor":
					if (this.patch !== 0 || this.prerelease.length === 0) this.minor++;
					this.patch = 0;
					this.prerelease = [];
					break;
				case "patch":
					if (this.prerelease.length === 0) this.patch++;
					this.prerelease = [];
					break;
				case "pre": {
					const base = Number(identifierBase) ? 1 : 0;
					if (this.prerelease.length === 0) this.prerelease = [base];
					else {
						let i = this.prerelease.length;
						while (--i >= 0) if (typeof this.prerelease[i] === "number") {
							this.prerelease[i]++;
							i = -2;
						}
						if (i === -1) {
							if (identifier === this.prerelease.join(".") && identifierBase === false) throw new Error("invalid increment argument: identifier already exists");
							this.prerelease.push(base);
						}
					}
					if (identifier) {
						let prerelease = [identifier, base];
						if (identifierBase === false) prerelease = [identifier];
						if (isPrereleaseIdentifier(this.prerelease, identifier)) {
							const prereleaseBase = this.prerelease[identifier.split(".").length];
							if (isNaN(prereleaseBase)) this.prerelease = prerelease;
						} else this.prerelease = prerelease;
					}
					break;
				}
				default: throw new Error(`invalid increment argument: ${release}`);
			}
			this.raw = this.format();
			if (this.build.length) this.raw += `+${this.build.join(".")}`;
			return this;
		}
	};
}));
// node_modules/semver/functions/parse.js
var require_parse = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const SemVer = require_semver$1();
	const parse = (version, options, throwErrors = false) => {
		if (version instanceof SemVer) return version;
		try {
			return new SemVer(version, options);
		} catch (er) {
			if (!throwErrors) return null;
			throw er;
		}
	};
	module.exports = parse;
}));
// node_modules/semver/functions/valid.js
var require_valid$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const parse = require_parse();
	const valid = (version, options) => {
		const v = parse(version, options);
		return v ? v.version : null;
	};
	module.exports = valid;
}));
// node_modules/semver/functions/clean.js
var require_clean = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const parse = require_parse();
	const clean = (version, options) => {
		const s = parse(version.trim().replace(/^[=v]+/, ""), options);
		return s ? s.version : null;
	};
	module.exports = clean;
}));
// node_modules/semver/functions/inc.js
var require_inc = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const SemVer = require_semver$1();
	const inc = (version, release, options, identifier, identifierBase) => {
		if (typeof options === "string") {
			identifierBase = identifier;
			identifier = options;
			options = void 0;
		}
		try {
			return new SemVer(version instanceof SemVer ? version.version : version, options).inc(release, identifier, identifierBase).version;
		} catch (er) {
			return null;
		}
	};
	module.exports = inc;
}));
// node_modules/semver/functions/diff.js
var require_diff = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const parse = require_parse();
	const diff = (version1, version2) => {
		const v1 = parse(version1, null, true);
		const v2 = parse(version2, null, true);
		const comparison = v1.compare(v2);
		if (comparison === 0) return null;
		const v1Higher = comparison > 0;
		const highVersion = v1Higher ? v1 : v2;
		const lowVersion = v1Higher ? v2 : v1;
		const highHasPre = !!highVersion.prerelease.length;
		if (!!lowVersion.prerelease.length && !highHasPre) {
			if (!lowVersion.patch && !lowVersion.minor) return "major";
			if (lowVersion.compareMain(highVersion) === 0) {
				if (lowVersion.minor && !lowVersion.patch) return "minor";
				return "patch";
			}
		}
		const prefix = highHasPre ? "pre" : "";
		if (v1.major !== v2.major) return prefix + "major";
		if (v1.minor !== v2.minor) return prefix + "minor";
		if (v1.patch !== v2.patch) return prefix + "patch";
		return "prerelease";
	};
	module.exports = diff;
}));
// node_modules/semver/functions/major.js
var require_major = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const SemVer = require_semver$1();
	const major = (a, loose) => new SemVer(a, loose).major;
	module.exports = major;
}));
// node_modules/semver/functions/minor.js
var require_minor = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const SemVer = require_semver$1();
	const minor = (a, loose) => new SemVer(a, loose).minor;
	module.exports = minor;
}));
// node_modules/semver/functions/patch.js
var require_patch = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const SemVer = require_semver$1();
	const patch = (a, loose) => new SemVer(a, loose).patch;
	module.exports = patch;
}));
// node_modules/semver/functions/prerelease.js
var require_prerelease = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const parse = require_parse();
	const prerelease = (version, options) => {
		const parsed = parse(version, options);
		return parsed && parsed.prerelease.length ? parsed.prerelease : null;
	};
	module.exports = prerelease;
}));
// node_modules/semver/functions/compare.js
var require_compare = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const SemVer = require_semver$1();
	const compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
	module.exports = compare;
}));
// node_modules/semver/functions/rcompare.js
var require_rcompare = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const compare = require_compare();
	const rcompare = (a, b, loose) => compare(b, a, loose);
	module.exports = rcompare;
}));
// node_modules/semver/functions/compare-loose.js
var require_compare_loose = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const compare = require_compare();
	const compareLoose = (a, b) => compare(a, b, true);
	module.exports = compareLoose;
}));
// node_modules/semver/functions/compare-build.js
var require_compare_build = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const SemVer = require_semver$1();
	const compareBuild = (a, b, loose) => {
		const versionA = new SemVer(a, loose);
		const versionB = new SemVer(b, loose);
		return versionA.compare(versionB) || versionA.compareBuild(versionB);
	};
	module.exports = compareBuild;
}));
// node_modules/semver/functions/sort.js
var require_sort = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const compareBuild = require_compare_build();
	const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
	module.exports = sort;
}));
// node_modules/semver/functions/rsort.js
var require_rsort = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const compareBuild = require_compare_build();
	const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
	module.exports = rsort;
}));
// node_modules/semver/functions/gt.js
var require_gt = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const compare = require_compare();
	const gt = (a, b, loose) => compare(a, b, loose) > 0;
	module.exports = gt;
}));
// node_modules/semver/functions/lt.js
var require_lt = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const compare = require_compare();
	const lt = (a, b, loose) => compare(a, b, loose) < 0;
	module.exports = lt;
}));
// node_modules/semver/functions/eq.js
var require_eq = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const compare = require_compare();
	const eq = (a, b, loose) => compare(a, b, loose) === 0;
	module.exports = eq;
}));
// node_modules/semver/functions/neq.js
var require_neq = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const compare = require_compare();
	const neq = (a, b, loose) => compare(a, b, loose) !== 0;
	module.exports = neq;
}));
// node_modules/semver/functions/gte.js
var require_gte = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const compare = require_compare();
	const gte = (a, b, loose) => compare(a, b, loose) >= 0;
	module.exports = gte;
}));
// node_modules/semver/functions/lte.js
var require_lte = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const compare = require_compare();
	const lte = (a, b, loose) => compare(a, b, loose) <= 0;
	module.exports = lte;
}));
// node_modules/semver/functions/cmp.js
var require_cmp = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const eq = require_eq();
	const neq = require_neq();
	const gt = require_gt();
	const gte = require_gte();
	const lt = require_lt();
	const lte = require_lte();
	const cmp = (a, op, b, loose) => {
		switch (op) {
			case "===":
				if (typeof a === "object") a = a.version;
				if (typeof b === "object") b = b.version;
				return a === b;
			case "!==":
				if (typeof a === "object") a = a.version;
				if (typeof b === "object") b = b.version;
				return a !== b;
			case "":
			case "=":
			case "==": return eq(a, b, loose);
			case "!=": return neq(a, b, loose);
			case ">": return gt(a, b, loose);
			case ">=": return gte(a, b, loose);
			case "<": return lt(a, b, loose);
			case "<=": return lte(a, b, loose);
			default: throw new TypeError(`Invalid operator: ${op}`);
		}
	};
	module.exports = cmp;
}));
// node_modules/semver/functions/coerce.js
var require_coerce = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const SemVer = require_semver$1();
	const parse = require_parse();
	const { safeRe: re, t } = require_re();
	const coerce = (version, options) => {
		if (version instanceof SemVer) return version;
		if (typeof version === "number") version = String(version);
		if (typeof version !== "string") return null;
		options = options || {};
		let match = null;
		if (!options.rtl) match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
		else {
			const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
			let next;
			while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
				if (!match || next.index + next[0].length !== match.index + match[0].length) match = next;
				coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
			}
			coerceRtlRegex.lastIndex = -1;
		}
		if (match === null) return null;
		const major = match[2];
		const minor = match[3] || "0";
		const patch = match[4] || "0";
		const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
		const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
		return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
	};
	module.exports = coerce;
}));
// node_modules/semver/functions/truncate.js
var require_truncate = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const parse = require_parse();
	const constants = require_constants();
	const SemVer = require_semver$1();
	const truncate = (version, truncation, options) => {
		if (!constants.RELEASE_TYPES.includes(truncation)) return null;
		const clonedVersion = cloneInputVersion(version, options);
		return clonedVersion && doTruncation(clonedVersion, truncation);
	};
	const cloneInputVersion = (version, options) => {
		const versionStringToParse = version instanceof SemVer ? version.version : version;
		return parse(versionStringToParse, options);
	};
	const doTruncation = (version, truncation) => {
		if (isPrerelease(truncation)) return version.version;
		version.prerelease = [];
		switch (truncation) {
			case "major":
				version.minor = 0;
				version.patch = 0;
				break;
			case "minor": version.patch = 0;
		}
		return version.format();
	};
	const isPrerelease = (type) => {
		return type.startsWith("pre");
	};
	module.exports = truncate;
}));
// node_modules/semver/internal/lrucache.js
var require_lrucache = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var LRUCache = class {
		constructor() {
			this.max = 1e3;
			this.map = /* @__PURE__ */ new Map();
		}
		get(key) {
			const value = this.map.get(key);
			if (value === void 0) return;
			else {
				this.map.delete(key);
				this.map.set(key, value);
				return value;
			}
		}
		delete(key) {
			return this.map.delete(key);
		}
		set(key, value) {
			if (!this.delete(key) && value !== void 0) {
				if (this.map.size >= this.max) {
					const firstKey = this.map.keys().next().value;
					this.delete(firstKey);
				}
				this.map.set(key, value);
			}
			return this;
		}
	};
	module.exports = LRUCache;
}));
// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const { MAX_LENGTH, MAX_SAFE_BUILD_LENGTH, WHITESPACE_CHARACTERS } = require_constants();
	const whitespace = /* @__PURE__ */ new Uint8Array(65536);
	for (const char of WHITESPACE_CHARACTERS) whitespace[char.charCodeAt(0)] = 1;
	const isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
	const isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
	const isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
	const isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
	const isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
	const isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
	const findDigitsEndIndex = (range, start, limit, digitRuns) => {
		if (!isDigit(range[start])) return start;
		if (start >= digitRuns.start && start < digitRuns.end) return Math.min(start + limit, digitRuns.end);
		if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) return Math.min(start + limit, digitRuns.previousEnd);
		let end = start + 1;
		while (isDigit(range[end])) end++;
		digitRuns.previousStart = digitRuns.start;
		digitRuns.previousEnd = digitRuns.end;
		digitRuns.start = start;
		digitRuns.end = end;
		return Math.min(start + limit, end);
	};
	const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
		if (!loose && range[start] === "0") return start + 1;
		return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
	};
	const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
		const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
		if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
			let end = digitsEnd + 1;
			const limit = end + MAX_SAFE_BUILD_LENGTH;
			while (end < limit && isIdentifierCharacter(range[end])) end++;
			return end;
		}
		return findVersionNumberEndIndex(range, start, loose, digitRuns);
	};
	const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
		const hyphen = range[start] === "-";
		if (!loose && !hyphen) return start;
		const identifierStart = start + (hyphen ? 1 : 0);
		let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
		if (end === identifierStart) {
			if (!loose || !hyphen) return start;
			end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
		}
		while (range[end] === ".") {
			const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
			if (next === end + 1) break;
			end = next;
		}
		return end;
	};
	const findBuildIdentifierEndIndex = (range, start) => {
		let end = start;
		while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) end++;
		return end;
	};
	const findBuildEndIndex = (range, start) => {
		if (range[start] !== "+") return start;
		let end = findBuildIdentifierEndIndex(range, start + 1);
		if (end === start + 1) return start;
		while (range[end] === ".") {
			const next = findBuildIdentifierEndIndex(range, end + 1);
			if (next === end + 1) break;
			end = next;
		}
		return end;
	};
	const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
		let end = start;
		for (let component = 0; component < 3; component++) {
			const next = findVersionNumberEndIndex(range, end, true, digitRuns);
			if (next === end) return start;
			end = next;
			if (component < 2) {
				if (range[end] !== ".") return start;
				end++;
			}
		}
		const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
		return findBuildEndIndex(range, prereleaseEnd);
	};
	const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
		if (isDigit(range[start])) return findVersionNumberEndIndex(range, start, false, digitRuns);
		return isVersionStart(range[start]) ? start + 1 : start;
	};
	const findPartialVersionEndIndex = (range, start, digitRuns) => {
		let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
		for (let component = 0; component < 2; component++) {
			if (range[end] !== ".") return end;
			const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
			if (next === end + 1) return end;
			end = next;
		}
		const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
		return findBuildEndIndex(range, prereleaseEnd);
	};
	const findVersionEndIndex = (range, start, digitRuns) => {
		const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
		return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
	};
	const findRemovableWhitespaceIndex = (range, matchStart) => {
		let position = matchStart;
		if (isWhitespace(range[position])) position++;
		if (range[position] === "<" || range[position] === ">") position++;
		if (range[position] === "=") position++;
		return isWhitespace(range[position]) ? position : -1;
	};
	const trimComparatorWhitespace = (range) => {
		let result = "";
		let copyFrom = 0;
		let cursor = 0;
		const digitRuns = {
			start: -1,
			end: -1,
			previousStart: -1,
			previousEnd: -1
		};
		while (cursor < range.length) {
			const matchStart = cursor;
			if (range[cursor] === "<" || range[cursor] === ">") cursor++;
			else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
				cursor++;
				continue;
			}
			while (cursor < range.length && isVersionPrefix(range[cursor])) cursor++;
			if (!isVersionStart(range[cursor])) continue;
			const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
			if (whitespacePosition !== -1) {
				result += range.slice(copyFrom, whitespacePosition);
				copyFrom = whitespacePosition + 1;
			}
			cursor = findVersionEndIndex(range, cursor, digitRuns);
		}
		return result + range.slice(copyFrom);
	};
	module.exports = trimComparatorWhitespace;
}));
// node_modules/semver/classes/range.js
var require_range = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const SPACE_CHARACTERS = /\s+/g;
	module.exports = class Range {
		constructor(range, options) {
			options = parseOptions(options);
			if (range instanceof Range) {
				if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) return range;
				else return new Range(range.raw, options);
			}
			if (range instanceof Comparator) {
				this.raw = range.value;
				this.set = [[range]];
				this.formatted = void 0;
				return this;
			}
			this.options = options;
			this.loose = !!options.loose;
			this.includePrerelease = !!options.includePrerelease;
			this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
			this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
			if (!this.set.length) throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
			if (this.set.length > 1) {
				const first = this.set[0];
				this.set = this.set.filter((c) => !isNullSet(c[0]));
				if (this.set.length === 0) this.set = [first];
				else if (this.set.length > 1) {
					for (const c of this.set) if (c.length === 1 && isAny(c[0])) {
						this.set = [c];
						break;
					}
				}
			}
			this.formatted = void 0;
		}
		get range() {
			if (this.formatted === void 0) {
				this.formatted = "";
				for (let i = 0; i < this.set.length; i++) {
					if (i > 0) this.formatted += "||";
					const comps = this.set[i];
					for (let k = 0; k < comps.length; k++) {
						if (k > 0) this.formatted += " ";
						this.formatted += comps[k].toString().trim();
					}
				}
			}
			return this.formatted;
		}
		format() {
			return this.range;
		}
		toString() {
			return this.range;
		}
		parseRange(range) {
			range = range.replace(BUILDSTRIPRE, "");
			const memoKey = ((this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE)) + ":" + range;
			const cached = cache.get(memoKey);
			if (cached) return cached;
			const loose = this.options.loose;
			const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
			range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
			debug("hyphen replace", range);
			range = trimComparatorWhitespace(range);
			debug("comparator trim", range);
			range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
			debug("tilde trim", range);
			range = range.replace(re[t.CARETTRIM], caretTrimReplace);
			debug("caret trim", range);
			let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
			if (loose) rangeList = rangeList.filter((comp) => {
				debug("loose invalid filter", comp, this.options);
				return !!comp.match(re[t.COMPARATORLOOSE]);
			});
			debug("range list", rangeList);
			const rangeMap = /* @__PURE__ */ new Map();
			const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
			for (const comp of comparators) {
				if (isNullSet(comp)) return [comp];
				rangeMap.set(comp.value, comp);
			}
			if (rangeMap.size > 1 && rangeMap.has("")) rangeMap.delete("");
			const result = [...rangeMap.values()];
			cache.set(memoKey, result);
			return result;
		}
		intersects(range, options) {
			if (!(range instanceof Range)) throw new TypeError("a Range is required");
			return this.set.some((thisComparators) => {
				return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
					return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
						return rangeComparators.every((rangeComparator) => {
							return thisComparator.intersects(rangeComparator, options);
						});
					});
				});
			});
		}
		test(version) {
			if (!version) return false;
			if (typeof version === "string") try {
				version = new SemVer(version, this.options);
			} catch (er) {
				return false;
			}
			for (let i = 0; i < this.set.length; i++) if (testSet(this.set[i], version, this.options)) return true;
			return false;
		}
	};
	const cache = new (require_lrucache())();
	const parseOptions = require_parse_options();
	const Comparator = require_comparator();
	const debug = require_debug();
	const SemVer = require_semver$1();
	const trimComparatorWhitespace = require_trim_comparator_whitespace();
	const { safeRe: re, src, t, tildeTrimReplace, caretTrimReplace } = require_re();
	const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
	const BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
	const isNullSet = (c) => c.value === "<0.0.0-0";
	const isAny = (c) => c.value === "";
	const isSatisfiable = (comparators, options) => {
		let result = true;
		const remainingComparators = comparators.slice();
		let testComparator = remainingComparators.pop();
		while (result && remainingComparators.length) {
			result = remainingComparators.every((otherComparator) => {
				return testComparator.intersects(otherComparator, options);
			});
			testComparator = remainingComparators.pop();
		}
		return result;
	};
	const parseComparator = (comp, options) => {
		comp = comp.replace(re[t.BUILD], "");
		debug("comp", comp, options);
		comp = replaceCarets(comp, options);
		debug("caret", comp);
		comp = replaceTildes(comp, options);
		debug("tildes", comp);
		comp = replaceXRanges(comp, options);
		debug("xrange", comp);
		comp = replaceStars(comp, options);
		debug("stars", comp);
		return comp;
	};
	const isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
	const invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
	const replaceTildes = (comp, options) => {
		return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
	};
	const replaceTilde = (comp, options) => {
		const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
		const z = options.includePrerelease ? "-0" : "";
		return comp.replace(r, (_, M, m, p, pr) => {
			debug("tilde", comp, _, M, m, p, pr);
			let ret;
			if (isX(M)) ret = "";
			else if (isX(m)) ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
			else if (isX(p)) ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
			else if (pr) {
				debug("replaceTilde pr", pr);
				ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
			} else ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
			debug("tilde return", ret);
			return ret;
		});
	};
	const replaceCarets = (comp, options) => {
		return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
	};
	const replaceCaret = (comp, options) => {
		debug("caret", comp, options);
		const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
		const z = options.includePrerelease ? "-0" : "";
		return comp.replace(r, (_, M, m, p, pr) => {
			debug("caret", comp, _, M, m, p, pr);
			let ret;
			if (isX(M)) ret = "";
			else if (isX(m)) ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
			else if (isX(p)) {
				if (M === "0") ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
				else ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
			} else if (pr) {
				debug("replaceCaret pr", pr);
				if (M === "0") {
					if (m === "0") ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
					else ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
				} else ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
			} else {
				debug("no pr");
				if (M === "0") {
					if (m === "0") ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
					else ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
				} else ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
			}
			debug("caret return", ret);
			return ret;
		});
	};
	const replaceXRanges = (comp, options) => {
		debug("replaceXRanges", comp, options);
		return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
	};
	const replaceXRange = (comp, options) => {
		comp = comp.trim();
		const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
		return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
			debug("xRange", comp, ret, gtlt, M, m, p, pr);
			if (invalidXRangeOrder(M, m, p)) return comp;
			const xM = isX(M);
			const xm = xM || isX(m);
			const xp = xm || isX(p);
			const anyX = xp;
			if (gtlt === "=" && anyX) gtlt = "";
			pr = options.includePrerelease ? "-0" : "";
			if (xM) {
				if (gtlt === ">" || gtlt === "<") ret = "<0.0.0-0";
				else ret = "*";
			} else if (gtlt && anyX) {
				if (xm) m = 0;
				p = 0;
				if (gtlt === ">") {
					gtlt = ">=";
					if (xm) {
						M = +M + 1;
						m = 0;
						p = 0;
					} else {
						m = +m + 1;
						p = 0;
					}
				} else if (gtlt === "<=") {
					gtlt = "<";
					if (xm) M = +M + 1;
					else m = +m + 1;
				}
				if (gtlt === "<") pr = "-0";
				ret = `${gtlt + M}.${m}.${p}${pr}`;
			} else if (xm) ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
			else if (xp) ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
			debug("xRange return", ret);
			return ret;
		});
	};
	const replaceStars = (comp, options) => {
		debug("replaceStars", comp, options);
		return comp.trim().replace(re[t.STAR], "");
	};
	const replaceGTE0 = (comp, options) => {
		debug("replaceGTE0", comp, options);
		return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
	};
	const hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
		if (isX(fM)) from = "";
		else if (isX(fm)) from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
		else if (isX(fp)) from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
		else if (fpr) from = `>=${from}`;
		else from = `>=${from}${incPr ? "-0" : ""}`;
		if (isX(tM)) to = "";
		else if (isX(tm)) to = `<${+tM + 1}.0.0-0`;
		else if (isX(tp)) to = `<${tM}.${+tm + 1}.0-0`;
		else if (tpr) to = `<=${tM}.${tm}.${tp}-${tpr}`;
		else if (incPr) to = `<${tM}.${tm}.${+tp + 1}-0`;
		else to = `<=${to}`;
		return `${from} ${to}`.trim();
	};
	const testSet = (set, version, options) => {
		for (let i = 0; i < set.length; i++) if (!set[i].test(version)) return false;
		if (version.prerelease.length && !options.includePrerelease) {
			for (let i = 0; i < set.length; i++) {
				debug(set[i].semver);
				if (set[i].semver === Comparator.ANY) continue;
				if (set[i].semver.prerelease.length > 0) {
					const allowed = set[i].semver;
					if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) return true;
				}
			}
			return false;
		}
		return true;
	};
}));
// node_modules/semver/classes/comparator.js
var require_comparator = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const ANY = Symbol("SemVer ANY");
	module.exports = class Comparator {
		static get ANY() {
			return ANY;
		}
		constructor(comp, options) {
			options = parseOptions(options);
			if (comp instanceof Comparator) {
				if (comp.loose === !!options.loose) return comp;
				else comp = comp.value;
			}
			comp = comp.trim().split(/\s+/).join(" ");
			debug("comparator", comp, options);
			this.options = options;
			this.loose = !!options.loose;
			this.parse(comp);
			if (this.semver === ANY) this.value = "";
			else this.value = this.operator + this.semver.version;
			debug("comp", this);
		}
		parse(comp) {
			const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
			const m = comp.match(r);
			if (!m) throw new TypeError(`Invalid comparator: ${comp}`);
			this.operator = m[1] !== void 0 ? m[1] : "";
			if (this.operator === "=") this.operator = "";
			if (!m[2]) this.semver = ANY;
			else this.semver = new SemVer(m[2], this.options.loose);
		}
		toString() {
			return this.value;
		}
		test(version) {
			debug("Comparator.test", version, this.options.loose);
			if (this.semver === ANY || version === ANY) return true;
			if (typeof version === "string") try {
				version = new SemVer(version, this.options);
			} catch (er) {
				return false;
			}
			return cmp(version, this.operator, this.semver, this.options);
		}
		intersects(comp, options) {
			if (!(comp instanceof Comparator)) throw new TypeError("a Comparator is required");
			if (this.operator === "") {
				if (this.value === "") return true;
				return new Range(comp.value, options).test(this.value);
			} else if (comp.operator === "") {
				if (comp.value === "") return true;
				return new Range(this.value, options).test(comp.semver);
			}
			options = parseOptions(options);
			if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) return false;
			if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) return false;
			if (this.operator.startsWith(">") && comp.operator.startsWith(">")) return true;
			if (this.operator.startsWith("<") && comp.operator.startsWith("<")) return true;
			if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) return true;
			if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) return true;
			if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) return true;
			return false;
		}
	};
	const parseOptions = require_parse_options();
	const { safeRe: re, t } = require_re();
	const cmp = require_cmp();
	const debug = require_debug();
	const SemVer = require_semver$1();
	const Range = require_range();
}));
// node_modules/semver/functions/satisfies.js
var require_satisfies = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const Range = require_range();
	const satisfies = (version, range, options) => {
		try {
			range = new Range(range, options);
		} catch (er) {
			return false;
		}
		return range.test(version);
	};
	module.exports = satisfies;
}));
// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const Range = require_range();
	const toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
	module.exports = toComparators;
}));
// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const SemVer = require_semver$1();
	const Range = require_range();
	const maxSatisfying = (versions, range, options) => {
		let max = null;
		let maxSV = null;
		let rangeObj = null;
		try {
			rangeObj = new Range(range, options);
		} catch (er) {
			return null;
		}
		versions.forEach((v) => {
			if (rangeObj.test(v)) {
				if (!max || maxSV.compare(v) === -1) {
					max = v;
					maxSV = new SemVer(max, options);
				}
			}
		});
		return max;
	};
	module.exports = maxSatisfying;
}));
// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const SemVer = require_semver$1();
	const Range = require_range();
	const minSatisfying = (versions, range, options) => {
		let min = null;
		let minSV = null;
		let rangeObj = null;
		try {
			rangeObj = new Range(range, options);
		} catch (er) {
			return null;
		}
		versions.forEach((v) => {
			if (rangeObj.test(v)) {
				if (!min || minSV.compare(v) === 1) {
					min = v;
					minSV = new SemVer(min, options);
				}
			}
		});
		return min;
	};
	module.exports = minSatisfying;
}));
// node_modules/semver/ranges/min-version.js
var require_min_version = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const SemVer = require_semver$1();
	const Range = require_range();
	const gt = require_gt();
	const minVersion = (range, loose) => {
		range = new Range(range, loose);
		let minver = new SemVer("0.0.0");
		if (range.test(minver)) return minver;
		minver = new SemVer("0.0.0-0");
		if (range.test(minver)) return minver;
		minver = null;
		for (let i = 0; i < range.set.length; ++i) {
			const comparators = range.set[i];
			let setMin = null;
			comparators.forEach((comparator) => {
				const compver = new SemVer(comparator.semver.version);
				switch (comparator.operator) {
					case ">":
						if (compver.prerelease.length === 0) compver.patch++;
						else compver.prerelease.push(0);
						compver.raw = compver.format();
					case "":
					case ">=":
						if (!setMin || gt(compver, setMin)) setMin = compver;
						break;
					case "<":
					case "<=": break;
					/* istanbul ignore next */
					default: throw new Error(`Unexpected operation: ${comparator.operator}`);
				}
			});
			if (setMin && (!minver || gt(minver, setMin))) minver = setMin;
		}
		if (minver && range.test(minver)) return minver;
		return null;
	};
	module.exports = minVersion;
}));
// node_modules/semver/ranges/valid.js
var require_valid = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const Range = require_range();
	const validRange = (range, options) => {
		try {
			return new Range(range, options).range || "*";
		} catch (er) {
			return null;
		}
	};
	module.exports = validRange;
}));
// node_modules/semver/ranges/outside.js
var require_outside = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const SemVer = require_semver$1();
	const Comparator = require_comparator();
	const { ANY } = Comparator;
	const Range = require_range();
	const satisfies = require_satisfies();
	const gt = require_gt();
	const lt = require_lt();
	const lte = require_lte();
	const gte = require_gte();
	const outside = (version, range, hilo, options) => {
		version = new SemVer(version, options);
		range = new Range(range, options);
		let gtfn, ltefn, ltfn, comp, ecomp;
		switch (hilo) {
			case ">":
				gtfn = gt;
				ltefn = lte;
				ltfn = lt;
				comp = ">";
				ecomp = ">=";
				break;
			case "<":
				gtfn = lt;
				ltefn = gte;
				ltfn = gt;
				comp = "<";
				ecomp = "<=";
				break;
			default: throw new TypeError("Must provide a hilo val of \"<\" or \">\"");
		}
		if (satisfies(version, range, options)) return false;
		for (let i = 0; i < range.set.length; ++i) {
			const comparators = range.set[i];
			let high = null;
			let low = null;
			comparators.forEach((comparator) => {
				if (comparator.semver === ANY) comparator = new Comparator(">=0.0.0");
				high = high || comparator;
				low = low || comparator;
				if (gtfn(comparator.semver, high.semver, options)) high = comparator;
				else if (ltfn(comparator.semver, low.semver, options)) low = comparator;
			});
			if (high.operator === comp || high.operator === ecomp) return false;
			if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) return false;
			else if (low.operator === ecomp && ltfn(version, low.semver)) return false;
		}
		return true;
	};
	module.exports = outside;
}));
// node_modules/semver/ranges/gtr.js
var require_gtr = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const outside = require_outside();
	const gtr = (version, range, options) => outside(version, range, ">", options);
	module.exports = gtr;
}));
// node_modules/semver/ranges/ltr.js
var require_ltr = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const outside = require_outside();
	const ltr = (version, range, options) => outside(version, range, "<", options);
	module.exports = ltr;
}));
// node_modules/semver/ranges/intersects.js
var require_intersects = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const Range = require_range();
	const intersects = (r1, r2, options) => {
		r1 = new Range(r1, options);
		r2 = new Range(r2, options);
		return r1.intersects(r2, options);
	};
	module.exports = intersects;
}));
// node_modules/semver/ranges/simplify.js
var require_simplify = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const satisfies = require_satisfies();
	const compare = require_compare();
	module.exports = (versions, range, options) => {
		const set = [];
		let first = null;
		let prev = null;
		const v = versions.sort((a, b) => compare(a, b, options));
		for (const version of v) if (satisfies(version, range, options)) {
			prev = version;
			if (!first) first = version;
		} else {
			if (prev) set.push([first, prev]);
			prev = null;
			first = null;
		}
		if (first) set.push([first, null]);
		const ranges = [];
		for (const [min, max] of set) if (min === max) ranges.push(min);
		else if (!max && min === v[0]) ranges.push("*");
		else if (!max) ranges.push(`>=${min}`);
		else if (min === v[0]) ranges.push(`<=${max}`);
		else ranges.push(`${min} - ${max}`);
		const simplified = ranges.join(" || ");
		const original = typeof range.raw === "string" ? range.raw : String(range);
		return simplified.length < original.length ? simplified : range;
	};
}));
// node_modules/semver/ranges/subset.js
var require_subset = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const Range = require_range();
	const Comparator = require_comparator();
	const { ANY } = Comparator;
	const satisfies = require_satisfies();
	const compare = require_compare();
	const subset = (sub, dom, options = {}) => {
		if (sub === dom) return true;
		sub = new Range(sub, options);
		dom = new Range(dom, options);
		let sawNonNull = false;
		OUTER: for (const simpleSub of sub.set) {
			for (const simpleDom of dom.set) {
				const isSub = simpleSubset(simpleSub, simpleDom, options);
				sawNonNull = sawNonNull || isSub !== null;
				if (isSub) continue OUTER;
			}
			if (sawNonNull) return false;
		}
		return true;
	};
	const minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
	const minimumVersion = [new Comparator(">=0.0.0")];
	const simpleSubset = (sub, dom, options) => {
		if (sub === dom) return true;
		if (sub.length === 1 && sub[0].semver === ANY) {
			if (dom.length === 1 && dom[0].semver === ANY) return true;
			else if (options.includePrerelease) sub = minimumVersionWithPreRelease;
			else sub = minimumVersion;
		}
		if (dom.length === 1 && dom[0].semver === ANY) {
			if (options.includePrerelease) return true;
			else dom = minimumVersion;
		}
		const eqSet = /* @__PURE__ */ new Set();
		let gt, lt;
		for (const c of sub) if (c.operator === ">" || c.operator === ">=") gt = higherGT(gt, c, options);
		else if (c.operator === "<" || c.operator === "<=") lt = lowerLT(lt, c, options);
		else eqSet.add(c.semver);
		if (eqSet.size > 1) return null;
		let gtltComp;
		if (gt && lt) {
			gtltComp = compare(gt.semver, lt.semver, options);
			if (gtltComp > 0) return null;
			else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) return null;
		}
		for (const eq of eqSet) {
			if (gt && !satisfies(eq, String(gt), options)) return null;
			if (lt && !satisfies(eq, String(lt), options)) return null;
			for (const c of dom) if (!satisfies(eq, String(c), options)) return false;
			return true;
		}
		let higher, lower;
		let hasDomLT, hasDomGT;
		let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
		let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
		if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) needDomLTPre = false;
		for (const c of dom) {
			hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
			hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
			if (gt) {
				if (needDomGTPre) {
					if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) needDomGTPre = false;
				}
				if (c.operator === ">" || c.operator === ">=") {
					higher = higherGT(gt, c, options);
					if (higher === c && higher !== gt) return false;
				} else if (gt.operator === ">=" && !c.test(gt.semver)) return false;
			}
			if (lt) {
				if (needDomLTPre) {
					if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) needDomLTPre = false;
				}
				if (c.operator === "<" || c.operator === "<=") {
					lower = lowerLT(lt, c, options);
					if (lower === c && lower !== lt) return false;
				} else if (lt.operator === "<=" && !c.test(lt.semver)) return false;
			}
			if (!c.operator && (lt || gt) && gtltComp !== 0) return false;
		}
		if (gt && hasDomLT && !lt && gtltComp !== 0) return false;
		if (lt && hasDomGT && !gt && gtltComp !== 0) return false;
		if (needDomGTPre || needDomLTPre) return false;
		return true;
	};
	const higherGT = (a, b, options) => {
		if (!a) return b;
		const comp = compare(a.semver, b.semver, options);
		return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
	};
	const lowerLT = (a, b, options) => {
		if (!a) return b;
		const comp = compare(a.semver, b.semver, options);
		return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
	};
	module.exports = subset;
}));
// node_modules/semver/index.js
var require_semver = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const internalRe = require_re();
	const constants = require_constants();
	const SemVer = require_semver$1();
	const identifiers = require_identifiers();
	module.exports = {
		parse: require_parse(),
		valid: require_valid$1(),
		clean: require_clean(),
		inc: require_inc(),
		diff: require_diff(),
		major: require_major(),
		minor: require_minor(),
		patch: require_patch(),
		prerelease: require_prerelease(),
		compare: require_compare(),
		rcompare: require_rcompare(),
		compareLoose: require_compare_loose(),
		compareBuild: require_compare_build(),
		sort: require_sort(),
		rsort: require_rsort(),
		gt: require_gt(),
		lt: require_lt(),
		eq: require_eq(),
		neq: require_neq(),
		gte: require_gte(),
		lte: require_lte(),
		cmp: require_cmp(),
		coerce: require_coerce(),
		truncate: require_truncate(),
		Comparator: require_comparator(),
		Range: require_range(),
		satisfies: require_satisfies(),
		toComparators: require_to_comparators(),
		maxSatisfying: require_max_satisfying(),
		minSatisfying: require_min_satisfying(),
		minVersion: require_min_version(),
		validRange: require_valid(),
		outside: require_outside(),
		gtr: require_gtr(),
		ltr: require_ltr(),
		intersects: require_intersects(),
		simplifyRange: require_simplify(),
		subset: require_subset(),
		SemVer,
		re: internalRe.re,
		src: internalRe.src,
		tokens: internalRe.t,
		SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
		RELEASE_TYPES: constants.RELEASE_TYPES,
		compareIdentifiers: identifiers.compareIdentifiers,
		rcompareIdentifiers: identifiers.rcompareIdentifiers
	};
}));
// node_modules/validate-npm-package-name/lib/builtin-modules.json
var require_builtin_modules = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = [
		"_http_agent",
		"_http_client",
		"_http_common",
		"_http_incoming",
		"_http_outgoing",
		"_http_server",
		"_stream_duplex",
		"_stream_passthrough",
		"_stream_readable",
		"_stream_transform",
		"_stream_wrap",
		"_stream_writable",
		"_tls_common",
		"_tls_wrap",
		"assert",
		"assert/strict",
		"async_hooks",
		"buffer",
		"child_process",
		"cluster",
		"console",
		"constants",
		"crypto",
		"dgram",
		"diagnostics_channel",
		"dns",
		"dns/promises",
		"domain",
		"events",
		"fs",
		"fs/promises",
		"http",
		"http2",
		"https",
		"inspector",
		"inspector/promises",
		"module",
		"net",
		"os",
		"path",
		"path/posix",
		"path/win32",
		"perf_hooks",
		"process",
		"punycode",
		"querystring",
		"readline",
		"readline/promises",
		"repl",
		"stream",
		"stream/consumers",
		"stream/promises",
		"stream/web",
		"string_decoder",
		"sys",
		"timers",
		"timers/promises",
		"tls",
		"trace_events",
		"tty",
		"url",
		"util",
		"util/types",
		"v8",
		"vm",
		"wasi",
		"worker_threads",
		"zlib",
		"node:sea",
		"node:sqlite",
		"node:test",
		"node:test/reporters"
	];
}));
// node_modules/validate-npm-package-name/lib/index.js
var require_lib$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const builtins = require_builtin_modules();
	var scopedPackagePattern = /* @__PURE__ */ new RegExp("^(?:@([^/]+?)[/])?([^/]+?)$");
	var exclusionList = ["node_modules", "favicon.ico"];
	function validate(name) {
		var warnings = [];
		var errors = [];
		if (name === null) {
			errors.push("name cannot be null");
			return done(warnings, errors);
		}
		if (name === void 0) {
			errors.push("name cannot be undefined");
			return done(warnings, errors);
		}
		if (typeof name !== "string") {
			errors.push("name must be a string");
			return done(warnings, errors);
		}
		if (!name.length) errors.push("name length must be greater than zero");
		if (name.startsWith(".")) errors.push("name cannot start with a period");
		if (name.startsWith("-")) errors.push("name cannot start with a hyphen");
		if (name.match(/^_/)) errors.push("name cannot start with an underscore");
		if (name.trim() !== name) errors.push("name cannot contain leading or trailing spaces");
		exclusionList.forEach(function(excludedName) {
			if (name.toLowerCase() === excludedName) errors.push(excludedName + " is not a valid package name");
		});
		if (builtins.includes(name.toLowerCase())) warnings.push(name + " is a core module name");
		if (name.length > 214) warnings.push("name can no longer contain more than 214 characters");
		if (name.toLowerCase() !== name) warnings.push("name can no longer contain capital letters");
		if (/[~'!()*]/.test(name.split("/").slice(-1)[0])) warnings.push("name can no longer contain special characters (\"~'!()*\")");
		if (encodeURIComponent(name) !== name) {
			var nameMatch = name.match(scopedPackagePattern);
			if (nameMatch) {
				var user = nameMatch[1];
				var pkg = nameMatch[2];
				if (pkg.startsWith(".")) errors.push("name cannot start with a period");
				if (encodeURIComponent(user) === user && encodeURIComponent(pkg) === pkg) return done(warnings, errors);
			}
			errors.push("name can only contain URL-friendly characters");
		}
		return done(warnings, errors);
	}
	var done = function(warnings, errors) {
		var result = {
			validForNewPackages: errors.length === 0 && warnings.length === 0,
			validForOldPackages: errors.length === 0,
			warnings,
			errors
		};
		if (!result.warnings.length) delete result.warnings;
		if (!result.errors.length) delete result.errors;
		return result;
	};
	module.exports = validate;
}));
// node_modules/proc-log/lib/index.js
var require_lib = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = {
		META: Symbol("proc-log.meta"),
		output: {
			LEVELS: [
				"standard",
				"error",
				"buffer",
				"flush"
			],
			KEYS: {
				standard: "standard",
				error: "error",
				buffer: "buffer",
				flush: "flush"
			},
			standard: function(...args) {
				return process.emit("output", "standard", ...args);
			},
			error: function(...args) {
				return process.emit("output", "error", ...args);
			},
			buffer: function(...args) {
				return process.emit("output", "buffer", ...args);
			},
			flush: function(...args) {
				return process.emit("output", "flush", ...args);
			}
		},
		log: {
			LEVELS: [
				"notice",
				"error",
				"warn",
				"info",
				"verbose",
				"http",
				"silly",
				"timing",
				"pause",
				"resume"
			],
			KEYS: {
				notice: "notice",
				error: "error",
				warn: "warn",
				info: "info",
				verbose: "verbose",
				http: "http",
				silly: "silly",
				timing: "timing",
				pause: "pause",
				resume: "resume"
			},
			error: function(...args) {
				return process.emit("log", "error", ...args);
			},
			notice: function(...args) {
				return process.emit("log", "notice", ...args);
			},
			warn: function(...args) {
				return process.emit("log", "warn", ...args);
			},
			info: function(...args) {
				return process.emit("log", "info", ...args);
			},
			verbose: function(...args) {
				return process.emit("log", "verbose", ...args);
			},
			http: function(...args) {
				return process.emit("log", "http", ...args);
			},
			silly: function(...args) {
				return process.emit("log", "silly", ...args);
			},
			timing: function(...args) {
				return process.emit("log", "timing", ...args);
			},
			pause: function() {
				return process.emit("log", "pause");
			},
			resume: function() {
				return process.emit("log", "resume");
			}
		},
		time: {
			LEVELS: ["start", "end"],
			KEYS: {
				start: "start",
				end: "end"
			},
			start: function(name, fn) {
				process.emit("time", "start", name);
				function end() {
					return process.emit("time", "end", name);
				}
				if (typeof fn === "function") {
					const res = fn();
					if (res && res.finally) return res.finally(end);
					end();
					return res;
				}
				return end;
			},
			end: function(name) {
				return process.emit("time", "end", name);
			}
		},
		input: {
			LEVELS: [
				"start",
				"end",
				"read"
			],
			KEYS: {
				start: "start",
				end: "end",
				read: "read"
			},
			start: function(...args) {
				let fn;
				if (typeof args[0] === "function") fn = args.shift();
				process.emit("input", "start", ...args);
				function end() {
					return process.emit("input", "end", ...args);
				}
				if (typeof fn === "function") {
					const res = fn();
					if (res && res.finally) return res.finally(end);
					end();
					return res;
				}
				return end;
			},
			end: function(...args) {
				return process.emit("input", "end", ...args);
			},
			read: function(...args) {
				let resolve, reject;
				const promise = new Promise((_resolve, _reject) => {
					resolve = _resolve;
					reject = _reject;
				});
				process.emit("input", "read", resolve, reject, ...args);
				return promise;
			}
		}
	};
}));
// packages/dependency-manifests/lib/dependency-sources.js
var import_npa = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module) => {
	const isWindows = process.platform === "win32";
	const { URL } = __require("node:url");
	const path = isWindows ? __require("node:path/win32") : __require("node:path");
	const { homedir } = __require("node:os");
	const HostedGit = require_lib$2();
	const semver = require_semver();
	const validatePackageName = require_lib$1();
	const { log } = require_lib();
	const hasSlashes = isWindows ? /\\|[/]/ : /[/]/;
	const isURL = /^(?:git[+])?[a-z]+:/i;
	const isGit = /^[^@]+@[^:.]+\.[^:]+:.+$/i;
	const isFileType = /[.](?:tgz|tar\.gz|tar)$/i;
	const isPortNumber = /:[0-9]+(\/|$)/i;
	const isWindowsFile = /^(?:[.]|~[/]|[/\\]|[a-zA-Z]:)/;
	const isPosixFile = /^(?:[.]|~[/]|[/]|[a-zA-Z]:)/;
	const defaultRegistry = "https://registry.npmjs.org";
	function npa(arg, where) {
		let name;
		let spec;
		if (typeof arg === "object") {
			if (arg instanceof Result && (!where || where === arg.where)) return arg;
			else if (arg.name && arg.rawSpec) return npa.resolve(arg.name, arg.rawSpec, where || arg.where);
			else return npa(arg.raw, where || arg.where);
		}
		const nameEndsAt = arg.indexOf("@", 1);
		const namePart = nameEndsAt > 0 ? arg.slice(0, nameEndsAt) : arg;
		if (isURL.test(arg)) spec = arg;
		else if (isGit.test(arg)) spec = `git+ssh://${arg}`;
		else if (!namePart.startsWith("@") && (hasSlashes.test(namePart) || isFileType.test(namePart))) spec = arg;
		else if (nameEndsAt > 0) {
			name = namePart;
			spec = arg.slice(nameEndsAt + 1) || "*";
		} else if (validatePackageName(arg).validForOldPackages) {
			name = arg;
			spec = "*";
		} else spec = arg;
		return resolve(name, spec, where, arg);
	}
	function isFileSpec(spec) {
		if (!spec) return false;
		if (spec.toLowerCase().startsWith("file:")) return true;
		if (isWindows) return isWindowsFile.test(spec);
		return isPosixFile.test(spec);
	}
	function isAliasSpec(spec) {
		if (!spec) return false;
		return spec.toLowerCase().startsWith("npm:");
	}
	function resolve(name, spec, where, arg) {
		const res = new Result({
			raw: arg,
			name,
			rawSpec: spec,
			fromArgument: arg != null
		});
		if (name) res.name = name;
		if (!where) where = process.cwd();
		if (isFileSpec(spec)) return fromFile(res, where);
		else if (isAliasSpec(spec)) return fromAlias(res, where);
		const hosted = HostedGit.fromUrl(spec, {
			noGitPlus: true,
			noCommittish: true
		});
		if (hosted) return fromHostedGit(res, hosted);
		else if (spec && isURL.test(spec)) return fromURL(res);
		else if (spec && (hasSlashes.test(spec) || isFileType.test(spec))) return fromFile(res, where);
		else return fromRegistry(res);
	}
	function toPurl(arg, reg = defaultRegistry) {
		const res = npa(arg);
		if (res.type !== "version") throw invalidPurlType(res.type, res.raw);
		let purl = "pkg:npm/" + res.name.replace(/^@/, "%40") + "@" + res.rawSpec;
		if (reg !== defaultRegistry) purl += "?repository_url=" + reg;
		return purl;
	}
	function invalidPackageName(name, valid, raw) {
		const err = /* @__PURE__ */ new Error(`Invalid package name "${name}" of package "${raw}": ${valid.errors.join("; ")}.`);
		err.code = "EINVALIDPACKAGENAME";
		return err;
	}
	function invalidTagName(name, raw) {
		const err = /* @__PURE__ */ new Error(`Invalid tag name "${name}" of package "${raw}": Tags may not have any characters that encodeURIComponent encodes.`);
		err.code = "EINVALIDTAGNAME";
		return err;
	}
	function invalidPurlType(type, raw) {
		const err = /* @__PURE__ */ new Error(`Invalid type "${type}" of package "${raw}": Purl can only be generated for "version" types.`);
		err.code = "EINVALIDPURLTYPE";
		return err;
	}
	var Result = class {
		constructor(opts) {
			this.type = opts.type;
			this.registry = opts.registry;
			this.where = opts.where;
			if (opts.raw == null) this.raw = opts.name ? `${opts.name}@${opts.rawSpec}` : opts.rawSpec;
			else this.raw = opts.raw;
			this.name = void 0;
			this.escapedName = void 0;
			this.scope = void 0;
			this.rawSpec = opts.rawSpec || "";
			this.saveSpec = opts.saveSpec;
			this.fetchSpec = opts.fetchSpec;
			if (opts.name) this.setName(opts.name);
			this.gitRange = opts.gitRange;
			this.gitCommittish = opts.gitCommittish;
			this.gitSubdir = opts.gitSubdir;
			this.hosted = opts.hosted;
		}
		setName(name) {
			const valid = validatePackageName(name);
			if (!valid.validForOldPackages) throw invalidPackageName(name, valid, this.raw);
			this.name = name;
			this.scope = name[0] === "@" ? name.slice(0, name.indexOf("/")) : void 0;
			this.escapedName = name.replace("/", "%2f");
			return this;
		}
		toString() {
			const full = [];
			if (this.name != null && this.name !== "") full.push(this.name);
			const spec = this.saveSpec || this.fetchSpec || this.rawSpec;
			if (spec != null && spec !== "") full.push(spec);
			return full.length ? full.join("@") : this.raw;
		}
		toJSON() {
			const result = Object.assign({}, this);
			delete result.hosted;
			return result;
		}
	};
	function setGitAttrs(res, committish) {
		if (!committish) {
			res.gitCommittish = null;
			return;
		}
		for (const part of committish.split("::")) {
			if (!part.includes(":")) {
				if (res.gitRange) throw new Error("cannot override existing semver range with a committish");
				if (res.gitCommittish) throw new Error("cannot override existing committish with a second committish");
				res.gitCommittish = part;
				continue;
			}
			const [name, value] = part.split(":");
			if (name === "semver") {
				if (res.gitCommittish) throw new Error("cannot override existing committish with a semver range");
				if (res.gitRange) throw new Error("cannot override existing semver range with a second semver range");
				res.gitRange = decodeURIComponent(value);
				continue;
			}
			if (name === "path") {
				if (res.gitSubdir) throw new Error("cannot override existing path with a second path");
				res.gitSubdir = `/${value}`;
				continue;
			}
			log.warn("npm-package-arg", `ignoring unknown key "${name}"`);
		}
	}
	const encodedPathChars = /* @__PURE__ */ new Map([
		["\0", "%00"],
		["	", "%09"],
		["\n", "%0A"],
		["\r", "%0D"],
		[" ", "%20"],
		["\"", "%22"],
		["#", "%23"],
		["%", "%25"],
		["?", "%3F"],
		["[", "%5B"],
		["\\", isWindows ? "/" : "%5C"],
		["]", "%5D"],
		["^", "%5E"],
		["|", "%7C"],
		["~", "%7E"]
	]);
	function pathToFileURL(str) {
		let result = "";
		for (let i = 0; i < str.length; i++) result = `${result}${encodedPathChars.get(str[i]) ?? str[i]}`;
		if (result.startsWith("file:")) return result;
		return `file:${result}`;
	}
	function fromFile(res, where) {
		res.type = isFileType.test(res.rawSpec) ? "file" : "directory";
		res.where = where;
		let rawSpec = pathToFileURL(res.rawSpec);
		if (rawSpec.startsWith("file:/")) {
			if (/^file:\/\/[^/]/.test(rawSpec)) rawSpec = `file:/${rawSpec.slice(5)}`;
			if (/^\/{1,3}\.\.?(\/|$)/.test(rawSpec.slice(5))) rawSpec = rawSpec.replace(/^file:\/{1,3}/, "file:");
		}
		let resolvedUrl;
		let specUrl;
		try {
			resolvedUrl = new URL(rawSpec, `${pathToFileURL(path.resolve(where))}/`);
			specUrl = new URL(rawSpec);
		} catch (originalError) {
			throw Object.assign(/* @__PURE__ */ new Error("Invalid file: URL, must comply with RFC 8089"), {
				raw: res.rawSpec,
				spec: res,
				where,
				originalError
			});
		}
		let specPath = decodeURIComponent(specUrl.pathname);
		let resolvedPath = decodeURIComponent(resolvedUrl.pathname);
		if (isWindows) {
			specPath = specPath.replace(/^\/+([a-z]:\/)/i, "$1");
			resolvedPath = resolvedPath.replace(/^\/+([a-z]:\/)/i, "$1");
		}
		if (/^\/~(\/|$)/.test(specPath)) {
			res.saveSpec = `file:${specPath.substr(1)}`;
			resolvedPath = path.resolve(homedir(), specPath.substr(3));
		} else if (!path.isAbsolute(rawSpec.slice(5))) res.saveSpec = `file:${path.relative(where, resolvedPath)}`;
		else res.saveSpec = `file:${path.resolve(resolvedPath)}`;
		res.fetchSpec = path.resolve(where, resolvedPath);
		res.saveSpec = res.saveSpec.split("\\").join("/");
		/* istanbul ignore next */
		if (res.saveSpec.startsWith("file://")) res.saveSpec = `file:/${res.saveSpec.slice(7)}`;
		return res;
	}
	function fromHostedGit(res, hosted) {
		res.type = "git";
		res.hosted = hosted;
		res.saveSpec = hosted.toString({
			noGitPlus: false,
			noCommittish: false
		});
		res.fetchSpec = hosted.getDefaultRepresentation() === "shortcut" ? null : hosted.toString();
		setGitAttrs(res, hosted.committish);
		return res;
	}
	function unsupportedURLType(protocol, spec) {
		const err = /* @__PURE__ */ new Error(`Unsupported URL Type "${protocol}": ${spec}`);
		err.code = "EUNSUPPORTEDPROTOCOL";
		return err;
	}
	function fromURL(res) {
		let rawSpec = res.rawSpec;
		res.saveSpec = rawSpec;
		if (rawSpec.startsWith("git+ssh:")) {
			const matched = rawSpec.match(/^git\+ssh:\/\/([^:#]+:[^#]+(?:\.git)?)(?:#(.*))?$/i);
			if (matched && !matched[1].match(isPortNumber)) {
				res.type = "git";
				setGitAttrs(res, matched[2]);
				res.fetchSpec = matched[1];
				return res;
			}
		} else if (rawSpec.startsWith("git+file://")) rawSpec = rawSpec.replace(/\\/g, "/");
		const parsedUrl = new URL(rawSpec);
		switch (parsedUrl.protocol) {
			case "git:":
			case "git+http:":
			case "git+https:":
			case "git+rsync:":
			case "git+ftp:":
			case "git+file:":
			case "git+ssh:":
				res.type = "git";
				setGitAttrs(res, parsedUrl.hash.slice(1));
				if (parsedUrl.protocol === "git+file:" && /^git\+file:\/\/[a-z]:/i.test(rawSpec)) res.fetchSpec = `git+file://${parsedUrl.host.toLowerCase()}:${parsedUrl.pathname}`;
				else {
					parsedUrl.hash = "";
					res.fetchSpec = parsedUrl.toString();
				}
				if (res.fetchSpec.startsWith("git+")) res.fetchSpec = res.fetchSpec.slice(4);
				break;
			case "http:":
			case "https:":
				res.type = "remote";
				res.fetchSpec = res.saveSpec;
				break;
			default: throw unsupportedURLType(parsedUrl.protocol, rawSpec);
		}
		return res;
	}
	function fromAlias(res, where) {
		const subSpec = npa(res.rawSpec.substr(4), where);
		if (subSpec.type === "alias") throw new Error("nested aliases not supported");
		if (!subSpec.registry) throw new Error("aliases only work for registry deps");
		if (!subSpec.name) throw new Error("aliases must have a name");
		res.subSpec = subSpec;
		res.registry = true;
		res.type = "alias";
		res.saveSpec = null;
		res.fetchSpec = null;
		return res;
	}
	function fromRegistry(res) {
		res.registry = true;
		const spec = res.rawSpec.trim();
		res.saveSpec = null;
		res.fetchSpec = spec;
		const version = semver.valid(spec, true);
		const range = semver.validRange(spec, true);
		if (version) res.type = "version";
		else if (range) res.type = "range";
		else {
			if (encodeURIComponent(spec) !== spec) throw invalidTagName(spec, res.raw);
			res.type = "tag";
		}
		return res;
	}
	module.exports = npa;
	module.exports.resolve = resolve;
	module.exports.toPurl = toPurl;
	module.exports.Result = Result;
})))(), 1);
const REGISTRY = { kind: "registry" };
const PUBLIC_REGISTRY_HOSTS = {
	npm: ["registry.npmjs.org", "registry.yarnpkg.com"],
	pypi: ["pypi.org", "files.pythonhosted.org"],
	go: ["proxy.golang.org"],
	cargo: ["index.crates.io", "static.crates.io"]
};
function onRegistryHost(ecosystem, url, extraHosts = []) {
	let parsed;
	try {
		parsed = new URL(url);
	} catch {
		return false;
	}
	if (parsed.protocol !== "https:") return false;
	const host = parsed.port ? `${parsed.hostname}:${parsed.port}` : parsed.hostname;
	return [...PUBLIC_REGISTRY_HOSTS[ecosystem], ...extraHosts].some((h) => h.startsWith("*.") ? host.endsWith(h.slice(1)) : host === h.toLowerCase());
}
const ARCHIVE = /\.(?:tgz|tar\.gz|tar\.bz2|tar\.xz|tar|zip|whl|gem|crate)$/i;
function pathSource(manifestDir, target, what) {
	const clean = target.replace(/^file:(?:\/\/)?/, "");
	if (ARCHIVE.test(clean)) return {
		kind: "other",
		detail: `${what} ${JSON.stringify(target)}, an archive`
	};
	if (clean.startsWith("/") || /^[A-Za-z]:[\\/]/.test(clean) || clean.startsWith("~")) return {
		kind: "other",
		detail: `${what} ${JSON.stringify(target)}, outside the repository`
	};
	const resolved = posix.normalize(posix.join(manifestDir, clean));
	if (resolved === ".." || resolved.startsWith("../")) return {
		kind: "other",
		detail: `${what} ${JSON.stringify(target)}, outside the repository`
	};
	return {
		kind: "local",
		detail: `${what} ${JSON.stringify(target)}`
	};
}
function npmSource(name, spec, manifestDir) {
	const protocol = /^([a-z][a-z0-9+.-]*):/i.exec(spec)?.[1]?.toLowerCase();
	if (protocol === "workspace") return {
		kind: "local",
		detail: `the workspace package (${spec})`
	};
	if (protocol === "link" || protocol === "portal") return pathSource(manifestDir, spec.slice(protocol.length + 1), `the ${protocol}: path`);
	if (protocol === "catalog") return {
		kind: "other",
		detail: `a pnpm catalog entry (${spec}), which is resolved in pnpm-workspace.yaml`
	};
	let parsed;
	try {
		parsed = import_npa.default.resolve(name, spec, "/");
	} catch {
		return {
			kind: "other",
			detail: `the ${protocol ? `${protocol}: protocol` : `spec ${JSON.stringify(spec)}`}`
		};
	}
	switch (parsed.type) {
		case "version":
		case "range":
		case "tag": return REGISTRY;
		case "alias": {
			const target = parsed.subSpec;
			if (target && target.name === name && (target.type === "version" || target.type === "range" || target.type === "tag")) return REGISTRY;
			return {
				kind: "other",
				detail: `an alias of ${target?.name ?? "another package"} (${spec})`
			};
		}
		case "git": return {
			kind: "other",
			detail: `a git repository (${spec})`
		};
		case "remote": return {
			kind: "other",
			detail: `a tarball URL (${spec})`
		};
		case "file": return {
			kind: "other",
			detail: `a local tarball (${spec})`
		};
		case "directory": return pathSource(manifestDir, spec, "the folder");
		default: return {
			kind: "other",
			detail: `${JSON.stringify(spec)}`
		};
	}
}
function pep508Source(requirement, manifestDir) {
	const url = requirement.url;
	if (url === void 0) return REGISTRY;
	if (/^(?:git|hg|svn|bzr)\+/i.test(url)) return {
		kind: "other",
		detail: `a ${url.slice(0, url.indexOf("+"))} repository (${url})`
	};
	if (/^file:/i.test(url) || !/^[a-z][a-z0-9+.-]*:/i.test(url)) return pathSource(manifestDir, url, "the path");
	return {
		kind: "other",
		detail: `the URL ${url}`
	};
}
const PYTHON_REGISTRY_KEYS = /* @__PURE__ */ new Set([
	"version",
	"extras",
	"markers",
	"python",
	"optional",
	"allow-prereleases",
	"allow_prereleases",
	"platform",
	"sys_platform",
	"os_name",
	"platform_machine",
	"platform_python_implementation",
	"platform_system",
	"python_version",
	"python_full_version",
	"implementation_name"
]);
function pythonTableSource(value, manifestDir) {
	if (typeof value === "string") return REGISTRY;
	if (Array.isArray(value)) {
		for (const v of value) {
			const s = pythonTableSource(v, manifestDir);
			if (s.kind !== "registry") return s;
		}
		return REGISTRY;
	}
	if (!value || typeof value !== "object") return {
		kind: "other",
		detail: `${JSON.stringify(value)}`
	};
	const table = value;
	if (typeof table.git === "string") return {
		kind: "other",
		detail: `a git repository (${table.git})`
	};
	if (typeof table.path === "string") return pathSource(manifestDir, table.path, "the path");
	if (typeof table.file === "string") return /^[a-z][a-z0-9+.-]*:/i.test(table.file) && !/^file:/i.test(table.file) ? {
		kind: "other",
		detail: `the URL ${table.file}`
	} : pathSource(manifestDir, table.file, "the file");
	if (typeof table.url === "string") return {
		kind: "other",
		detail: `the URL ${table.url}`
	};
	for (const key of ["source", "index"]) if (typeof table[key] === "string") return {
		kind: "other",
		detail: `the package index '${String(table[key])}'`
	};
	const unknown = Object.keys(table).filter((k) => !PYTHON_REGISTRY_KEYS.has(k));
	if (unknown.length > 0) return {
		kind: "other",
		detail: `an entry with ${unknown.map((k) => `'${k}'`).join(", ")}`
	};
	return REGISTRY;
}
const CARGO_REGISTRY_KEYS = /* @__PURE__ */ new Set([
	"version",
	"features",
	"default-features",
	"default_features",
	"optional",
	"workspace",
	"public",
	"artifact",
	"target",
	"lib"
]);
function cargoSource(name, value, manifestDir) {
	if (typeof value === "string") return REGISTRY;
	if (!value || typeof value !== "object" || Array.isArray(value)) return {
		kind: "other",
		detail: `${JSON.stringify(value)}`
	};
	const table = value;
	if (typeof table.git === "string") return {
		kind: "other",
		detail: `a git repository (${table.git})`
	};
	if (typeof table.path === "string") return pathSource(manifestDir, table.path, "the path");
	if (typeof table.registry === "string" || typeof table["registry-index"] === "string") return {
		kind: "other",
		detail: `the registry '${String(table.registry ?? table["registry-index"])}'`
	};
	if (typeof table.package === "string" && table.package !== name) return {
		kind: "other",
		detail: `a rename of ${table.package}`
	};
	const unknown = Object.keys(table).filter((k) => !CARGO_REGISTRY_KEYS.has(k) && k !== "package");
	if (unknown.length > 0) return {
		kind: "other",
		detail: `an entry with ${unknown.map((k) => `'${k}'`).join(", ")}`
	};
	return REGISTRY;
}
// packages/dependency-manifests/lib/locked-packages.js
var LockfileError = class extends Error {
	name = "LockfileError";
};
function lockfileDir(path) {
	const dir = posix.dirname(path);
	return dir === "." ? "" : dir;
}
const packageKey = (p) => `${p.name}@${p.version}`;
function byKey(lock) {
	const map = /* @__PURE__ */ new Map();
	for (const p of lock?.packages ?? []) if (!map.has(packageKey(p))) map.set(packageKey(p), p);
	return map;
}
function diffLockfiles(before, after) {
	const old = byKey(before);
	const next = byKey(after);
	const change = {
		added: [],
		removed: [],
		altered: []
	};
	for (const [key, p] of next) {
		const prev = old.get(key);
		if (!prev) change.added.push(p);
		else if (prev.content !== p.content && prev.content !== "" && p.content !== "") change.altered.push({
			before: prev,
			after: p
		});
		else if (prev.source.kind !== p.source.kind || prev.source.kind === "registry" && p.source.kind === "registry" && (prev.source.url ?? "") !== (p.source.url ?? "")) change.altered.push({
			before: prev,
			after: p
		});
	}
	for (const [key, p] of old) if (!next.has(key)) change.removed.push(p);
	return change;
}
function reachable(packages, from) {
	const deps = /* @__PURE__ */ new Map();
	for (const p of packages) deps.set(p.name, [...deps.get(p.name) ?? [], ...p.dependsOn]);
	const seen = /* @__PURE__ */ new Set();
	const queue = [...from];
	while (queue.length > 0) {
		const name = queue.pop();
		if (seen.has(name)) continue;
		seen.add(name);
		queue.push(...deps.get(name) ?? []);
	}
	return seen;
}
// node_modules/smol-toml/dist/error.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function getLineColFromPtr(string, ptr) {
	let lines = string.slice(0, ptr).split(/\r?\n/);
	return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
	let lines = string.split(/\r?\n/);
	let codeblock = "";
	let numberLen = (Math.log10(line + 1) | 0) + 1;
	for (let i = line - 1; i <= line + 1; i++) {
		let l = lines[i - 1];
		if (!l) continue;
		codeblock += i.toString().padEnd(numberLen, " ");
		codeblock += ":  ";
		codeblock += l;
		codeblock += "\n";
		if (i === line) {
			codeblock += " ".repeat(numberLen + column + 2);
			codeblock += "^\n";
		}
	}
	return codeblock;
}
var TomlError = class TomlError extends Error {
	line;
	column;
	codeblock;
	constructor(message, options) {
		const [line, column] = getLineColFromPtr(options.toml, options.ptr);
		const codeblock = makeCodeBlock(options.toml, line, column);
		super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
		this.line = line;
		this.column = column;
		this.codeblock = codeblock;
	}
	static x(message, ctx, ptr) {
		throw new TomlError(message, {
			toml: ctx.s,
			ptr: ptr ?? ctx.p
		});
	}
};
// node_modules/smol-toml/dist/primitive.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function parseString(ctx) {
	let startPtr = ctx.p;
	let c = ctx.s.charCodeAt(ctx.p++);
	let first = c;
	let isLiteral = c === 39;
	let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
	if (isMultiline) {
		if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10) ctx.p++;
		else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) ctx.p += 2;
	}
	let parsed = "";
	let sliceStart = ctx.p;
	let state = 0;
	for (; ctx.p < ctx.s.length; ctx.p++) {
		c = ctx.s.charCodeAt(ctx.p);
		if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) state = state && 3;
		else if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in strings", ctx);
		else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
			if (isMultiline) {
				if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
				if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
			}
			if (!state) {
				let s = ctx.s.slice(sliceStart, ctx.p);
				parsed = parsed ? parsed + s : s;
			}
			ctx.p += isMultiline ? 3 : 1;
			return parsed;
		} else if (!state) {
			if (!isLiteral && c === 92) {
				parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
				state = 1;
			}
		} else if (state === 1) {
			if (c === 120 || c === 117 || c === 85) {
				let errPtr = ctx.p++ - 1;
				let value = 0;
				let len = c === 120 ? 2 : c === 117 ? 4 : 8;
				for (let j = 0; j < len; j++, ctx.p++) {
					let hex = ctx.s.charCodeAt(ctx.p);
					let digit = hex >= 48 && hex <= 57 ? hex - 48 : hex >= 65 && hex <= 70 ? hex - 65 + 10 : hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1;
					if (digit < 0) TomlError.x("invalid non-hex character in unicode escape", ctx);
					value = value << 4 | digit;
				}
				if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) TomlError.x("invalid unicode escape", ctx, errPtr);
				parsed += String.fromCodePoint(value);
				sliceStart = ctx.p--;
				state = 0;
			} else if (isMultiline && (c === 32 || c === 9)) state = 2;
			else {
				if (c === 98) parsed += "\b";
				else if (c === 116) parsed += "	";
				else if (c === 110) parsed += "\n";
				else if (c === 102) parsed += "\f";
				else if (c === 114) parsed += "\r";
				else if (c === 101) parsed += "\x1B";
				else if (c === 34) parsed += "\"";
				else if (c === 92) parsed += "\\";
				else TomlError.x("unrecognised escape sequence", ctx);
				sliceStart = ctx.p + 1;
				state = 0;
			}
		} else if (c !== 32 && c !== 9) {
			if (state === 2) TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
			state = !isLiteral && c === 92 ? 1 : 0;
			sliceStart = ctx.p;
		}
	}
	TomlError.x("unfinished string", ctx, startPtr);
}
// node_modules/smol-toml/dist/date.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class TomlDate extends Date {
	#hasDate = false;
	#hasTime = false;
	#offset = null;
	constructor(date, fasttype, unsafeDelim) {
		let hasDate = true;
		let hasTime = true;
		let offset = "Z";
		let c;
		if (typeof date === "string") {
			if (fasttype) prep: {
				if (fasttype < 3) {
					if (+date.slice(11, 13) > 23) {
						date = "";
						break prep;
					}
					if (fasttype === 2) {
						offset = null;
						date += "Z";
					} else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) offset = date.slice(date.length - 6);
					if (unsafeDelim) date = date.slice(0, 10) + "T" + date.slice(11);
				} else if (fasttype === 4) date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
				hasDate = fasttype !== 4;
				hasTime = fasttype !== 3;
			}
			else {
				let match = date.match(DATE_TIME_RE);
				if (match) {
					if (!match[1]) {
						hasDate = false;
						date = `0000-01-01T${date}`;
					}
					hasTime = !!match[2];
					hasTime && date[10] === " " && (date = date.replace(" ", "T"));
					if (match[2] && +match[2] > 23) date = "";
					else {
						offset = match[3] || null;
						if (!offset && hasTime) date += "Z";
					}
				} else date = "";
			}
		}
		super(date);
		if (!isNaN(this.getTime())) {
			this.#hasDate = hasDate;
			this.#hasTime = hasTime;
			this.#offset = offset;
		}
	}
	isDateTime() {
		return this.#hasDate && this.#hasTime;
	}
	isLocal() {
		return !this.#hasDate || !this.#hasTime || !this.#offset;
	}
	isDate() {
		return this.#hasDate && !this.#hasTime;
	}
	isTime() {
		return this.#hasTime && !this.#hasDate;
	}
	isValid() {
		return this.#hasDate || this.#hasTime;
	}
	toISOString() {
		let iso = super.toISOString();
		if (this.isDate()) return iso.slice(0, 10);
		if (this.isTime()) return iso.slice(11, 23);
		if (this.#offset === null) return iso.slice(0, -1);
		if (this.#offset === "Z" || this.#offset === "z") return iso;
		let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
		offset = this.#offset[0] === "-" ? offset : -offset;
		return (/* @__PURE__ */ new Date(this.getTime() - offset * 6e4)).toISOString().slice(0, -1) + this.#offset;
	}
	static wrapAsOffsetDateTime(jsDate, offset = "Z") {
		let date = new TomlDate(jsDate);
		date.#offset = offset;
		return date;
	}
	static wrapAsLocalDateTime(jsDate) {
		let date = new TomlDate(jsDate);
		date.#offset = null;
		return date;
	}
	static wrapAsLocalDate(jsDate) {
		let date = new TomlDate(jsDate);
		date.#hasTime = false;
		date.#offset = null;
		return date;
	}
	static wrapAsLocalTime(jsDate) {
		let date = new TomlDate(jsDate);
		date.#hasDate = false;
		date.#offset = null;
		return date;
	}
};
// node_modules/smol-toml/dist/extract.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function isDigit(char, base = 10) {
	return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
	return char === 32 || char === 9 || char === 10 || char === 13 || delim && (char === delim || char === 44) || char === 35;
}
function extractValue(ctx, end) {
	let errPtr = ctx.p;
	let c = ctx.s.charCodeAt(ctx.p);
	if (c === 91 || c === 123) {
		ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
		let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
		ctx.d++;
		return value;
	}
	if (c === 34 || c === 39) return parseString(ctx);
	if (c === 116) {
		if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
		return ctx.p++, true;
	}
	if (c === 102) {
		if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
		return ctx.p++, false;
	}
	if (c === 43 || c === 45) return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
	if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) return parseDate(ctx, c, end);
	if (ctx.s.charCodeAt(ctx.p + 2) === 58) return parseTime(ctx, c, end);
	return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
	let c = startChr;
	let state = 0;
	let hasUnderscores = false;
	if (c === 105) {
		if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102) TomlError.x("invalid value", ctx, startPtr);
		return ctx.p++, (sign || 1) / 0;
	}
	if (c === 110) {
		if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110) TomlError.x("invalid value", ctx, startPtr);
		return ctx.p++, NaN;
	}
	if (c === 48) {
		if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr)) return ctx.bi === true ? 0n : 0;
		if (!sign) {
			if (c === 120) return parseIntegerBaseN(ctx, startPtr, 16, endChr);
			else if (c === 98) return parseIntegerBaseN(ctx, startPtr, 2, endChr);
			else if (c === 111) return parseIntegerBaseN(ctx, startPtr, 8, endChr);
		}
		if (c === 46) state = 2;
		else if (c === 101 || c === 69) state = 4;
		else TomlError.x("illegal leading zero", ctx, startPtr);
	} else if (!isDigit(c)) TomlError.x("invalid value", ctx, startPtr);
	while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
		if (!state) state = 1;
		if (c === 95) {
			if (!(state & 1)) TomlError.x("illegal underscore", ctx);
			state += 11;
			hasUnderscores = true;
		} else if (state === 1 && c === 46) state = 2;
		else if ((state === 1 || state === 3) && (c === 101 || c === 69)) state = 4;
		else if (state === 4 && (c === 43 || c === 45)) state = 6;
		else if (!isDigit(c)) TomlError.x(`illegal character in numeric literal`, ctx);
		else if (state > 9) state -= 11;
		else if (!(state & 1)) state++;
	}
	if (!state) {
		let val = (startChr - 48) * (sign || 1);
		return ctx.bi === true ? BigInt(val) : val;
	}
	if (!(state & 1)) TomlError.x("unfinished numeric value", ctx, startPtr);
	let str = ctx.s.slice(startPtr, ctx.p);
	if (hasUnderscores) str = str.replaceAll("_", "");
	return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
	let c, underscore = 1;
	while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) if (c === 95) {
		if (underscore & 1) TomlError.x("illegal underscore", ctx);
		underscore = 3;
	} else if (!isDigit(c, base)) TomlError.x(`illegal character in numeric literal`, ctx);
	else if (underscore & 1) underscore--;
	if (underscore & 1) TomlError.x("unfinished numeric value", ctx);
	let str = ctx.s.slice(startPtr + 2, ctx.p);
	if (underscore) str = str.replaceAll("_", "");
	return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
	if (ctx.bi !== true) int: {
		let val = parseInt(str, base);
		if (!Number.isSafeInteger(val)) {
			if (ctx.bi) break int;
			TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
		}
		return val;
	}
	return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
	let startPtr = ctx.p++, unsafeSeparator;
	if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
	ctx.p += 5;
	if (!isDigit(ctx.s.charCodeAt(ctx.p++))) TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
	if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 3, false, startPtr);
	if (ctx.s.charCodeAt(ctx.p += 3) !== 58) TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
	if (ctx.s.charCodeAt(ctx.p += 3) === 58) ctx.p += 3;
	if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit(ctx.s.charCodeAt(++ctx.p)));
	if (c = ctx.s.charCodeAt(ctx.p)) {
		if (c === 90 || c === 122) return readDate(ctx, ctx.s.slice(startPtr, ++ctx.p), 1, unsafeSeparator, startPtr, "[+00:00]");
		if (c === 43 || c === 45) return readDate(ctx, ctx.s.slice(startPtr, ctx.p += 6), 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
	}
	return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
	let start = ctx.p;
	if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) return parseNumber(ctx, --ctx.p, c, 0, endChr);
	if (ctx.s.charCodeAt(ctx.p += 4) === 58) ctx.p += 3;
	if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit(ctx.s.charCodeAt(++ctx.p)));
	return readDate(ctx, ctx.s.slice(start, ctx.p), 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
	if (ctx.ld) {
		let date = new TomlDate(str, type, unsafeDelim);
		if (!date.isValid()) TomlError.x("invalid date", ctx, errPtr);
		return date;
	}
	try {
		if (temporalSuffix) str += temporalSuffix;
		switch (type) {
			case 1: return Temporal.ZonedDateTime.from(str);
			case 2: return Temporal.PlainDateTime.from(str);
			case 3: return Temporal.PlainDate.from(str);
			case 4: return Temporal.PlainTime.from(str);
		}
	} catch (e) {
		TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
	}
}
// node_modules/smol-toml/dist/util.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function skipComment(ctx) {
	for (; ctx.p < ctx.s.length; ctx.p++) {
		let c = ctx.s.charCodeAt(ctx.p);
		if (c === 10) break;
		if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
			ctx.p++;
			break;
		}
		if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in comments", ctx);
	}
}
function skipVoid(ctx, banNewLines, banComments) {
	let c;
	while (ctx.p < ctx.s.length) {
		while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10))) ctx.p++;
		if (banComments || c !== 35) break;
		skipComment(ctx);
	}
}
// node_modules/smol-toml/dist/struct.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function parseKey(ctx, end = 61) {
	let startPtr;
	let state = 0;
	let parsed = [];
	let sliceStart;
	let c = ctx.s.charCodeAt(startPtr = ctx.p);
	do
		if (c === end) {
			if (!state) TomlError.x("unexpected end of key", ctx);
			if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
			return ctx.p++, parsed;
		} else if (c === 46) {
			if (!state) TomlError.x("illegal empty bare key", ctx);
			if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
			state = 0;
		} else if (!state && (c === 34 || c === 39)) {
			if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2)) TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
			parsed.push(parseString(ctx));
			state = 2;
			ctx.p--;
		} else if (c === 32 || c === 9) {
			if (state === 1) {
				parsed.push(ctx.s.slice(sliceStart, ctx.p));
				state = 2;
			}
		} else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) TomlError.x("illegal character in key", ctx);
		else if (!state) {
			state = 1;
			sliceStart = ctx.p;
		}
	while (c = ctx.s.charCodeAt(++ctx.p));
	TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
	let startPtr = ctx.p++;
	let res = Object.create(null);
	let seen = /* @__PURE__ */ new Set();
	let c;
	while (ctx.p < ctx.s.length) {
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
			ctx.p++;
			return res;
		}
		let k;
		let t = res;
		let hasOwn = false;
		let errPtr = ctx.p;
		let key = parseKey(ctx);
		for (let i = 0; i < key.length; i++) {
			if (i) t = hasOwn ? t[k] : t[k] = Object.create(null);
			k = key[i];
			if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
			let unsafe = k === "__proto__";
			if (ctx.uk && (unsafe || k === "constructor")) {
				t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
				break;
			}
			if (!hasOwn && unsafe) Object.defineProperty(t, k, {
				enumerable: true,
				configurable: true,
				writable: true
			});
		}
		if (hasOwn) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
		skipVoid(ctx, true, true);
		let value = extractValue(ctx, 125);
		if (t && typeof (t[k] = value) === "object") seen.add(value);
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) return res;
		if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
	}
	TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
	let startPtr = ctx.p++;
	let res = [];
	let c;
	while (ctx.p < ctx.s.length) {
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
			ctx.p++;
			return res;
		}
		res.push(extractValue(ctx, 93));
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) return res;
		if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
	}
	TomlError.x("unfinished array", ctx, startPtr);
}
// node_modules/smol-toml/dist/parse.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function peekTable(ctx, key, table, meta, type) {
	let t = table;
	let m = meta;
	let k;
	let hasOwn = false;
	let state;
	for (let i = 0; i < key.length; i++) {
		if (i) {
			t = hasOwn ? t[k] : t[k] = Object.create(null);
			m = (state = m[k]).c;
			if (type === 0 && (state.t === 1 || state.t === 2)) return null;
			if (state.t === 2) {
				let l = t.length - 1;
				t = t[l];
				m = m[l].c;
			}
		}
		k = key[i];
		if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) return null;
		if (!hasOwn) {
			let unsafe = k === "__proto__";
			if (ctx.uk && (unsafe || k === "constructor")) return false;
			if (unsafe) {
				Object.defineProperty(t, k, {
					enumerable: true,
					configurable: true,
					writable: true
				});
				Object.defineProperty(m, k, {
					enumerable: true,
					configurable: true,
					writable: true
				});
			}
			m[k] = {
				t: i < key.length - 1 && type === 2 ? 3 : type,
				d: false,
				i: 0,
				c: Object.create(null)
			};
		}
	}
	state = m[k];
	if (state.t !== type && !(type === 1 && state.t === 3)) return null;
	if (type === 2) {
		if (!state.d) {
			state.d = true;
			t[k] = [];
		}
		t[k].push(t = Object.create(null));
		state.c[state.i++] = state = {
			t: 1,
			d: false,
			i: 0,
			c: Object.create(null)
		};
	}
	if (state.d) return null;
	state.d = true;
	if (type === 1) t = hasOwn ? t[k] : t[k] = Object.create(null);
	else if (type === 0 && hasOwn) return null;
	return [
		k,
		t,
		state.c
	];
}
function validateTablePeek(ctx, peek, ptr) {
	if (peek === null || ctx.uk === 2) TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
	let ctx = {
		s: toml,
		p: 0,
		d: options.maxDepth ?? 1e3,
		bi: options.integersAsBigInt ?? false,
		ld: options.useLegacyDate ?? true,
		uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
	};
	let res = Object.create(null);
	let meta = Object.create(null);
	let tmp;
	let skipping = false;
	let tbl = res;
	let m = meta;
	if (toml.charCodeAt(0) === 65279) ctx.p++;
	skipVoid(ctx);
	while (ctx.p < toml.length) {
		if (toml.charCodeAt(ctx.p) === 91) {
			let isTableArray = toml.charCodeAt(++ctx.p) === 91;
			tmp = ctx.p += +isTableArray;
			skipping = false;
			let k = parseKey(ctx, 93);
			if (isTableArray) {
				if (toml.charCodeAt(ctx.p) !== 93) TomlError.x("expected end of table array declaration", ctx);
				ctx.p++;
			}
			let p = peekTable(ctx, k, res, meta, isTableArray ? 2 : 1);
			if (!p) {
				validateTablePeek(ctx, p, tmp);
				skipping = true;
			} else {
				m = p[2];
				tbl = p[1];
			}
		} else {
			tmp = ctx.p;
			let p = peekTable(ctx, parseKey(ctx), tbl, m, 0);
			if (!p && !skipping) validateTablePeek(ctx, p, tmp);
			skipVoid(ctx, true, true);
			let v = extractValue(ctx, void 0);
			if (p && !skipping) p[1][p[0]] = v;
		}
		skipVoid(ctx, true);
		if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
		skipVoid(ctx);
	}
	return res;
}
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
"".isWellFormed;
// node_modules/smol-toml/dist/index.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
// packages/dependency-manifests/lib/manifest-sections.js
const DEV_GROUP = /^(dev|devel|develop|development|test|tests|testing|lint|linting|docs|doc|typing|types|check|ci)$/i;
function isDevRequirementsPath(path) {
	return /(?:^|[-_./])(?:dev|devel|develop|development|test|tests|testing|lint|linting|docs|doc|typing|ci)(?=[-_./]|$)/i.test(path.replace(/requirements|constraints/gi, ""));
}
const PIPFILE_NON_CATEGORIES = /* @__PURE__ */ new Set([
	"source",
	"requires",
	"pipenv",
	"scripts",
	"packages",
	"dev-packages"
]);
function manifestSections(format, doc) {
	const out = [];
	const add = (path, dev, shape) => {
		if (at(doc, path) !== void 0) out.push({
			path,
			dev,
			shape
		});
	};
	switch (format) {
		case "package-json":
			for (const s of [
				"dependencies",
				"optionalDependencies",
				"peerDependencies"
			]) add([s], false, "table");
			add(["devDependencies"], true, "table");
			break;
		case "pyproject": {
			const project = table(doc.project);
			const tool = table(doc.tool);
			add(["project", "dependencies"], false, "list");
			add(["build-system", "requires"], false, "list");
			for (const extra of Object.keys(table(project["optional-dependencies"]))) add([
				"project",
				"optional-dependencies",
				extra
			], DEV_GROUP.test(extra), "list");
			for (const group of Object.keys(table(doc["dependency-groups"]))) add(["dependency-groups", group], true, "list");
			add([
				"tool",
				"uv",
				"dev-dependencies"
			], true, "list");
			for (const group of Object.keys(table(table(tool.pdm)["dev-dependencies"]))) add([
				"tool",
				"pdm",
				"dev-dependencies",
				group
			], true, "list");
			add([
				"tool",
				"rye",
				"dev-dependencies"
			], true, "list");
			for (const env of Object.keys(table(table(tool.hatch).envs))) {
				add([
					"tool",
					"hatch",
					"envs",
					env,
					"dependencies"
				], true, "list");
				add([
					"tool",
					"hatch",
					"envs",
					env,
					"extra-dependencies"
				], true, "list");
			}
			add([
				"tool",
				"poetry",
				"dependencies"
			], false, "table");
			add([
				"tool",
				"poetry",
				"dev-dependencies"
			], true, "table");
			for (const group of Object.keys(table(table(tool.poetry).group))) add([
				"tool",
				"poetry",
				"group",
				group,
				"dependencies"
			], group !== "main", "table");
			break;
		}
		case "pipfile":
			add(["packages"], false, "table");
			add(["dev-packages"], true, "table");
			for (const [key, value] of Object.entries(doc)) if (!PIPFILE_NON_CATEGORIES.has(key) && table(value) === value) add([key], true, "table");
			break;
		case "cargo-toml":
			add(["dependencies"], false, "table");
			add(["dev-dependencies"], true, "table");
			add(["build-dependencies"], false, "table");
			add(["workspace", "dependencies"], false, "table");
			for (const target of Object.keys(table(doc.target))) {
				add([
					"target",
					target,
					"dependencies"
				], false, "table");
				add([
					"target",
					target,
					"dev-dependencies"
				], true, "table");
				add([
					"target",
					target,
					"build-dependencies"
				], false, "table");
			}
	}
	return out;
}
function resolutionSettings(format, doc) {
	const out = /* @__PURE__ */ new Map();
	const add = (path) => {
		const value = at(doc, path);
		if (value !== void 0) out.set(path.join("."), canonical(value));
	};
	switch (format) {
		case "package-json":
			for (const key of [
				"overrides",
				"resolutions",
				"pnpm",
				"bundleDependencies",
				"bundledDependencies",
				"workspaces",
				"packageManager",
				"dependenciesMeta",
				"devEngines",
				"trustedDependencies",
				"patchedDependencies",
				"catalog",
				"catalogs"
			]) add([key]);
			break;
		case "pyproject":
			for (const key of Object.keys(table(table(doc.tool).uv))) if (key !== "dev-dependencies") add([
				"tool",
				"uv",
				key
			]);
			add([
				"tool",
				"poetry",
				"source"
			]);
			add([
				"tool",
				"pdm",
				"source"
			]);
			add([
				"tool",
				"pdm",
				"resolution"
			]);
			add([
				"tool",
				"rye",
				"sources"
			]);
			add(["tool", "pixi"]);
			add([
				"tool",
				"setuptools",
				"dynamic"
			]);
			add([
				"tool",
				"hatch",
				"metadata"
			]);
			add(["project", "dynamic"]);
			add(["build-system", "build-backend"]);
			add(["build-system", "backend-path"]);
			break;
		case "pipfile":
			add(["source"]);
			add(["pipenv"]);
			add(["requires"]);
			break;
		case "cargo-toml":
			add(["patch"]);
			add(["replace"]);
			add(["features"]);
	}
	return out;
}
// packages/dependency-manifests/lib/go-mod.js
var GoModSyntaxError = class extends Error {
	name = "GoModSyntaxError";
};
const IGNORED = /* @__PURE__ */ new Set([
	"module",
	"godebug",
	"retract",
	"tool",
	"ignore"
]);
const SETTINGS = /* @__PURE__ */ new Set([
	"replace",
	"exclude",
	"go",
	"toolchain"
]);
function tokens(line) {
	const out = [];
	const re = /"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)/g;
	for (let m = re.exec(line); m; m = re.exec(line)) out.push(m[1] ?? m[2] ?? m[3]);
	return out;
}
function entry(directive, operands, mod, number) {
	if (IGNORED.has(directive)) return;
	if (directive === "require") {
		const [module, version] = operands;
		if (!module || !version) throw new GoModSyntaxError(`line ${number}: require needs a module path and a version`);
		mod.requires.push({
			module,
			version
		});
		return;
	}
	if (!SETTINGS.has(directive)) throw new GoModSyntaxError(`line ${number}: unknown directive '${directive}'`);
	const arrow = operands.indexOf("=>");
	const key = arrow < 0 ? directive === "exclude" ? operands.join(" ") : "" : operands.slice(0, arrow).join(" ");
	const value = arrow < 0 ? directive === "exclude" ? "excluded" : operands.join(" ") : operands.slice(arrow + 1).join(" ");
	mod.settings.set(`${directive} ${key}`.trim(), value);
}
function parseGoMod(text) {
	const mod = {
		requires: [],
		settings: /* @__PURE__ */ new Map()
	};
	let block;
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i += 1) {
		const words = tokens(lines[i].replace(/\/\/.*$/, ""));
		if (words.length === 0) continue;
		if (block !== void 0) {
			if (words[0] === ")") block = void 0;
			else entry(block, words, mod, i + 1);
			continue;
		}
		const [directive, ...operands] = words;
		if (operands[0] === "(" && operands.length === 1) block = directive;
		else entry(directive, operands, mod, i + 1);
	}
	if (block !== void 0) throw new GoModSyntaxError(`the ${block} block is not closed`);
	return mod;
}
// packages/dependency-manifests/lib/pep508.js
function normalizePythonName(name) {
	return name.toLowerCase().replace(/[-_.]+/g, "-");
}
const NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/;
const EXTRAS = /^\[([^\]]*)\]\s*/;
const ONE_SPECIFIER = /^(~=|===|==|!=|<=|>=|<|>)\s*([A-Za-z0-9_.*+!-]+)$/;
function parsePep508(text) {
	const name = NAME.exec(text);
	if (!name) return void 0;
	let rest = text.slice(name[0].length);
	const extrasMatch = EXTRAS.exec(rest);
	const extras = extrasMatch ? extrasMatch[1].split(",").map((e) => e.trim()).filter(Boolean) : [];
	if (extrasMatch) rest = rest.slice(extrasMatch[0].length);
	const requirement = {
		name: normalizePythonName(name[1]),
		extras,
		specifier: ""
	};
	if (rest.startsWith("@")) {
		const m = /^@\s*(\S+)(?:\s+;\s*(.*))?\s*$/s.exec(rest);
		if (!m) return void 0;
		requirement.url = m[1];
		if (m[2] !== void 0) requirement.marker = m[2].trim();
		return requirement;
	}
	const semicolon = rest.indexOf(";");
	let specifiers = (semicolon < 0 ? rest : rest.slice(0, semicolon)).trim();
	if (semicolon >= 0) requirement.marker = rest.slice(semicolon + 1).trim();
	if (specifiers.startsWith("(") && specifiers.endsWith(")")) specifiers = specifiers.slice(1, -1).trim();
	if (specifiers !== "") {
		const parts = specifiers.split(",").map((s) => s.trim());
		if (!parts.every((p) => ONE_SPECIFIER.test(p))) return void 0;
		requirement.specifier = parts.map((p) => p.replace(/\s+/g, "")).join(",");
	}
	return requirement;
}
// packages/dependency-manifests/lib/requirements-file.js
var RequirementsSyntaxError = class extends Error {
	name = "RequirementsSyntaxError";
};
const LONG_NAMES = {
	"-r": "--requirement",
	"-c": "--constraint",
	"-e": "--editable",
	"-i": "--index-url",
	"-f": "--find-links"
};
function logicalLines(text) {
	const out = [];
	const physical = text.split(/\r?\n/);
	for (let i = 0; i < physical.length; i += 1) {
		const number = i + 1;
		let line = physical[i];
		while (line.endsWith("\\") && i + 1 < physical.length) line = line.slice(0, -1) + physical[++i];
		line = line.replace(/(^|\s)#.*$/, "").trim();
		if (line) out.push({
			line,
			number
		});
	}
	return out;
}
function splitOption(line) {
	const long = /^(--[A-Za-z-]+)(?:=|\s+|$)(.*)$/s.exec(line);
	if (long) return {
		name: long[1],
		value: long[2].trim()
	};
	const short = /^(-[A-Za-z])\s*(.*)$/s.exec(line);
	return {
		name: LONG_NAMES[short[1]] ?? short[1],
		value: short[2].trim()
	};
}
function unnamed(target) {
	const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(target);
	const name = egg ? egg[1] : target;
	return {
		name: egg ? name.toLowerCase().replace(/[-_.]+/g, "-") : name,
		extras: [],
		specifier: "",
		url: target
	};
}
function looksLikeTarget(text) {
	return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(text) || text.startsWith(".") || text.startsWith("/") || text.includes("/") || /\.(?:whl|zip|tar\.gz|tgz|tar\.bz2)$/i.test(text);
}
function requirementLine(text, editable, number) {
	const optionAt = text.search(/\s--?[A-Za-z]/);
	const spec = (optionAt < 0 ? text : text.slice(0, optionAt)).trim();
	const options = optionAt < 0 ? [] : text.slice(optionAt).trim().split(/\s+(?=--?[A-Za-z])/);
	const hashes = options.filter((o) => o.startsWith("--hash")).map((o) => o.replace(/^--hash[=\s]\s*/, "")).sort();
	const buildOptions = options.filter((o) => !o.startsWith("--hash"));
	const usesEnvironment = text.includes("${");
	let requirement;
	let unnamedTarget;
	if (editable || looksLikeTarget(spec) && !/^[A-Za-z0-9._-]+\s*(\[[^\]]*\])?\s*@/.test(spec)) {
		unnamedTarget = spec;
		requirement = unnamed(spec);
	} else if (usesEnvironment) {
		const named = parsePep508(spec.replace(/\$\{[^}]*\}/g, "0"));
		requirement = named ? {
			...named,
			specifier: spec.slice(spec.search(/[<>=!~;@[\s]/) >= 0 ? spec.search(/[<>=!~;@[\s]/) : spec.length).trim()
		} : unnamed(spec);
	} else requirement = parsePep508(spec);
	if (!requirement) throw new RequirementsSyntaxError(`line ${number}: '${spec}' is not a requirement (PEP 508)`);
	return {
		requirement,
		editable,
		...unnamedTarget !== void 0 ? { unnamedTarget } : {},
		...hashes.length > 0 ? { hashes: `${hashes.length} hash(es) ${createHash("sha256").update(hashes.join(" ")).digest("hex").slice(0, 8)}` } : {},
		buildOptions,
		usesEnvironment
	};
}
function parseRequirementsFile(text) {
	const file = {
		requirements: [],
		options: [],
		includes: []
	};
	for (const { line, number } of logicalLines(text)) {
		if (!line.startsWith("-")) {
			file.requirements.push(requirementLine(line, false, number));
			continue;
		}
		const { name, value } = splitOption(line);
		if (name === "--editable") {
			if (!value) throw new RequirementsSyntaxError(`line ${number}: -e needs a path or URL`);
			file.requirements.push(requirementLine(value, true, number));
			continue;
		}
		if (name === "--requirement" || name === "--constraint") file.includes.push(value);
		file.options.push(value ? `${name} ${value}` : name);
	}
	return file;
}
// packages/dependency-manifests/lib/declared-dependencies.js
var DependencyFileError = class extends Error {
	name = "DependencyFileError";
};
function specText(value) {
	return typeof value === "string" ? value : JSON.stringify(value);
}
function fromSection(ecosystem, doc, s, dir) {
	const section = s.path.join(".");
	const value = at(doc, s.path);
	if (s.shape === "list") {
		if (value === void 0) return [];
		if (!Array.isArray(value)) throw new DependencyFileError(`'${section}' is not a list of requirements`);
		return value.flatMap((x) => {
			if (x && typeof x === "object" && "include-group" in x) return [];
			if (typeof x !== "string") throw new DependencyFileError(`'${section}' has an entry that is not a requirement string: ${JSON.stringify(x)}`);
			const r = parsePep508(x);
			if (!r) throw new DependencyFileError(`'${section}' has ${JSON.stringify(x)}, which is not a PEP 508 requirement`);
			const spec = [r.url ? `@ ${r.url}` : r.specifier, r.marker ? `; ${r.marker}` : ""].filter(Boolean).join(" ");
			return [{
				ecosystem,
				name: r.name,
				dev: s.dev,
				section,
				spec,
				source: pep508Source(r, dir)
			}];
		});
	}
	if (value !== void 0 && (typeof value !== "object" || Array.isArray(value))) throw new DependencyFileError(`'${section}' is not a table of dependencies`);
	return Object.entries(value ?? {}).filter(([name]) => !(ecosystem === "pypi" && name.toLowerCase() === "python")).map(([name, spec]) => ({
		ecosystem,
		name: ecosystem === "pypi" ? normalizePythonName(name) : name,
		dev: s.dev,
		section,
		spec: specText(spec),
		source: ecosystem === "npm" ? typeof spec === "string" ? npmSource(name, spec, dir) : {
			kind: "other",
			detail: `${JSON.stringify(spec)}, which is not a version spec`
		} : ecosystem === "cargo" ? cargoSource(name, spec, dir) : pythonTableSource(spec, dir)
	}));
}
function parseManifestDocument(format, text) {
	const doc = format === "package-json" ? JSON.parse(text) : parse(text);
	if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw new DependencyFileError("not an object at the top level");
	return doc;
}
function fromRequirements(path, text, dir) {
	const dev = isDevRequirementsPath(path);
	const file = parseRequirementsFile(text);
	return {
		dependencies: file.requirements.map((line) => {
			const r = line.requirement;
			const spec = [
				line.editable ? "-e" : "",
				r.url ? line.unnamedTarget !== void 0 ? r.url : `@ ${r.url}` : r.specifier,
				r.marker ? `; ${r.marker}` : "",
				line.hashes ? `(${line.hashes})` : ""
			].filter(Boolean).join(" ");
			let source = line.unnamedTarget !== void 0 || r.url ? pep508Source({
				...r,
				url: r.url ?? line.unnamedTarget
			}, dir) : REGISTRY;
			if (line.usesEnvironment) source = {
				kind: "other",
				detail: "a line pip completes from environment variables (${\u2026})"
			};
			else if (line.buildOptions.length > 0) source = {
				kind: "other",
				detail: `a build with ${line.buildOptions.join(" ")}`
			};
			else if (line.editable && source.kind === "registry") source = {
				kind: "other",
				detail: `an editable install (-e ${line.unnamedTarget ?? r.name})`
			};
			return {
				ecosystem: "pypi",
				name: r.name,
				dev,
				section: path,
				spec,
				source
			};
		}),
		settings: new Map(file.options.map((o) => [o, o]))
	};
}
function fromGoMod(text) {
	const mod = parseGoMod(text);
	return {
		dependencies: mod.requires.map((r) => ({
			ecosystem: "go",
			name: r.module,
			dev: false,
			section: "require",
			spec: r.version,
			source: REGISTRY
		})),
		settings: mod.settings
	};
}
function readManifest(path, text) {
	const file = dependencyFileOf(path);
	if (!file || file.role !== "manifest" || file.format === "unread") return {
		dependencies: [],
		settings: /* @__PURE__ */ new Map()
	};
	const dir = posix.dirname(path) === "." ? "" : posix.dirname(path);
	try {
		switch (file.format) {
			case "requirements": return fromRequirements(path, text, dir);
			case "go-mod": return fromGoMod(text);
			case "setup-py":
			case "setup-cfg": throw new DependencyFileError(`${path} declares dependencies in a form that is not read here (move them to pyproject.toml)`);
			default: {
				const doc = parseManifestDocument(file.format, text);
				return {
					dependencies: manifestSections(file.format, doc).flatMap((s) => fromSection(file.ecosystem, doc, s, dir)),
					settings: resolutionSettings(file.format, doc)
				};
			}
		}
	} catch (error) {
		if (error instanceof DependencyFileError) throw error;
		throw new DependencyFileError(`cannot parse ${path}: ${error.message.split("\n")[0]}`);
	}
}
function diffDeclared(before, after) {
	const key = (d) => `${d.section}\0${d.name}`;
	const old = new Map(before.map((d) => [key(d), d]));
	const changes = [];
	const seen = /* @__PURE__ */ new Set();
	for (const d of after) {
		const k = key(d);
		seen.add(k);
		const prev = old.get(k);
		if (!prev) changes.push({
			kind: "added",
			dependency: d
		});
		else if (prev.spec !== d.spec) changes.push({
			kind: "changed",
			dependency: d,
			previousSpec: prev.spec
		});
	}
	for (const [k, d] of old) if (!seen.has(k)) changes.push({
		kind: "removed",
		dependency: d
	});
	return changes;
}
function diffSettings(before, after) {
	return [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort().filter((k) => before.get(k) !== after.get(k)).map((k) => [
		k,
		before.get(k),
		after.get(k)
	]);
}
// packages/dependency-manifests/lib/npm-lockfile.js
const DEP_FIELDS = [
	"dependencies",
	"optionalDependencies",
	"peerDependencies"
];
function npmResolvedSource(resolved, dir) {
	if (typeof resolved !== "string" || resolved === "") return REGISTRY;
	if (/^https?:\/\//i.test(resolved)) return {
		kind: "registry",
		url: resolved
	};
	if (/^(?:git\+|git:|github:|gitlab:|bitbucket:|gist:)/i.test(resolved)) return {
		kind: "other",
		detail: `a git repository (${resolved})`
	};
	if (/^file:/i.test(resolved) || !/^[a-z][a-z0-9+.-]*:/i.test(resolved)) return pathSource(dir, resolved, "the path");
	return {
		kind: "other",
		detail: resolved
	};
}
function depNames(entry, withDev) {
	return [...DEP_FIELDS, ...withDev ? ["devDependencies"] : []].flatMap((f) => Object.keys(asRecord(entry[f]) ?? {}));
}
function nameAt(key) {
	const at = key.lastIndexOf("node_modules/");
	return at < 0 ? key : key.slice(at + 13);
}
function readNpmLockfile(text, dir) {
	let doc;
	try {
		doc = asRecord(JSON.parse(text));
	} catch (error) {
		throw new LockfileError(`not valid JSON (${error.message.split("\n")[0]})`);
	}
	if (!doc) throw new LockfileError("not a JSON object");
	const packages = asRecord(doc.packages);
	if (packages) return fromPackages(packages, dir);
	if (asRecord(doc.dependencies) || doc.lockfileVersion === 1) return fromV1(asRecord(doc.dependencies) ?? {}, dir);
	throw new LockfileError("has neither 'packages' nor 'dependencies'");
}
function fromPackages(packages, dir) {
	const out = [];
	const roots = [];
	for (const [key, raw] of Object.entries(packages)) {
		const entry = asRecord(raw) ?? {};
		const installed = key.includes("node_modules/");
		if (!installed) roots.push(...depNames(entry, true));
		const nameAtKey = nameAt(key);
		const name = typeof entry.name === "string" && installed ? entry.name : nameAtKey;
		let source;
		if (!installed) source = {
			kind: "local",
			detail: `the workspace folder ${key || "."}`
		};
		else if (entry.link === true) source = pathSource(dir, String(entry.resolved ?? ""), "the linked folder");
		else if (entry.inBundle === true) source = { kind: "registry" };
		else source = npmResolvedSource(entry.resolved, dir);
		if (installed && typeof entry.name === "string" && entry.name !== nameAtKey) source = {
			kind: "other",
			detail: `${entry.name} installed as ${nameAtKey}`
		};
		if (!installed && key === "") continue;
		out.push({
			name: installed ? nameAtKey : name,
			version: typeof entry.version === "string" ? entry.version : "",
			source,
			dev: entry.dev === true,
			dependsOn: depNames(entry, !installed),
			content: [entry.resolved, entry.integrity].filter((x) => typeof x === "string").join(" ")
		});
	}
	return {
		packages: out,
		roots,
		graph: true
	};
}
function fromV1(dependencies, dir) {
	const out = [];
	const walk = (deps) => {
		for (const [name, raw] of Object.entries(deps)) {
			const entry = asRecord(raw) ?? {};
			const version = typeof entry.version === "string" ? entry.version : "";
			let source = npmResolvedSource(entry.resolved, dir);
			if (version.startsWith("npm:")) source = {
				kind: "other",
				detail: `${version.slice(4)} installed as ${name}`
			};
			else if (!/^\d/.test(version) && version !== "") source = npmResolvedSource(version, dir);
			out.push({
				name,
				version,
				source,
				dev: entry.dev === true,
				dependsOn: Object.keys(asRecord(entry.requires) ?? {}),
				content: [entry.resolved, entry.integrity].filter((x) => typeof x === "string").join(" ")
			});
			walk(asRecord(entry.dependencies) ?? {});
		}
	};
	walk(dependencies);
	return {
		packages: out,
		roots: Object.keys(dependencies),
		graph: true
	};
}
// packages/dependency-manifests/lib/lockfile-change.js
const MAX_NAMED = 5;
function some(packages, describe = packageKey) {
	const shown = packages.slice(0, MAX_NAMED).map(describe).join(", ");
	return packages.length > MAX_NAMED ? `${shown} and ${packages.length - MAX_NAMED} more` : shown;
}
function lockfileProblems(path, ecosystem, change, after, why) {
	const problems = [];
	if (change.altered.length > 0) problems.push({
		rule: "lockfile-change-unexplained",
		message: `${path} pins other bytes for ${some(change.altered.map((a) => a.after))} without changing the version (integrity, checksum or source changed). Regenerate the lockfile with the package manager, or leave it unchanged.`
	});
	if (change.added.length === 0) return problems;
	if (!why.manifestChanged) {
		problems.push({
			rule: "lockfile-change-unexplained",
			message: `${path} adds or changes ${some(change.added)}, but no manifest beside it changes a dependency. A lockfile changes only with its manifest: make the change in the manifest, or revert the lockfile.`
		});
		return problems;
	}
	const foreign = change.added.filter((p) => p.source.kind === "other" || p.source.kind === "registry" && p.source.url !== void 0 && !onRegistryHost(ecosystem, p.source.url, why.registryHosts));
	if (foreign.length > 0) {
		const from = (p) => `${packageKey(p)} from ${p.source.kind === "other" ? p.source.detail : p.source.kind === "registry" ? p.source.url : p.source.detail}`;
		problems.push({
			rule: "dependency-source-not-registry",
			message: `${path} installs ${some(foreign, from)}: not a registry the policy names (runner.sandbox.registries.${ecosystem}). Depend on the registry's release instead.`
		});
	}
	if (after?.graph) {
		const used = reachable(after.packages, [...after.roots, ...why.declared]);
		const orphans = change.added.filter((p) => !used.has(p.name) && p.source.kind !== "local");
		if (orphans.length > 0) problems.push({
			rule: "lockfile-change-unexplained",
			message: `${path} adds ${some(orphans)}, which neither the manifests nor any package in the lockfile depends on. Regenerate the lockfile with the package manager.`
		});
	}
	if (why.devOnly) {
		const runtime = change.added.filter((p) => p.dev === false && p.source.kind !== "local");
		if (runtime.length > 0) problems.push({
			rule: "lockfile-change-unexplained",
			message: `${path} adds ${some(runtime)} for runtime (not marked dev-only), but the manifests change only dev dependencies.`
		});
	}
	return problems;
}
// packages/dependency-manifests/lib/dev-only-change.js
function changedKeys(before, after) {
	return [.../* @__PURE__ */ new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => canonical(before?.[k]) !== canonical(after?.[k])).sort();
}
function without(doc, paths) {
	const copy = JSON.parse(JSON.stringify(doc));
	for (const path of paths) {
		let node = copy;
		for (const key of path.slice(0, -1)) node = asRecord(node?.[key]);
		if (node) delete node[path.at(-1)];
	}
	return copy;
}
const notDevOnly = (problem) => ({
	devOnly: false,
	changed: [],
	problem
});
function npmLockDevOnly(before, after, path, beforeText, afterText, options) {
	const rootBefore = asRecord(asRecord(before.packages)?.[""]) ?? {};
	const rootAfter = asRecord(asRecord(after.packages)?.[""]) ?? {};
	const rootOutside = changedKeys(rootBefore, rootAfter).filter((k) => k !== "devDependencies");
	if (rootOutside.length > 0) return notDevOnly(`${path} changes the root package's ${rootOutside.map((k) => `'${k}'`).join(", ")}`);
	const changed = new Set(changedKeys(asRecord(rootBefore.devDependencies), asRecord(rootAfter.devDependencies)));
	for (const section of ["packages", "dependencies"]) {
		const b = asRecord(before[section]) ?? {};
		const a = asRecord(after[section]) ?? {};
		for (const key of changedKeys(b, a)) {
			if (section === "packages" && key === "") continue;
			if ((asRecord(a[key]) ?? asRecord(b[key]))?.dev !== true) return notDevOnly(`${path} changes '${key}', which is not a dev-only package`);
			changed.add(key.replace(/^.*node_modules\//, ""));
		}
	}
	const rest = (doc) => canonical({
		...doc,
		packages: null,
		dependencies: null
	});
	if (rest(before) !== rest(after)) return notDevOnly(`${path} changes lockfile fields besides its packages`);
	if (changed.size === 0) return notDevOnly(`${path} changes no dev dependency`);
	const rootDevChanged = changedKeys(asRecord(rootBefore.devDependencies), asRecord(rootAfter.devDependencies));
	const dir = lockfileDir(path);
	let lockAfter;
	let change;
	try {
		lockAfter = readNpmLockfile(afterText, dir);
		change = diffLockfiles(readNpmLockfile(beforeText, dir), lockAfter);
	} catch (error) {
		return notDevOnly(`${path} cannot be read (${error.message})`);
	}
	const problems = lockfileProblems(path, "npm", change, lockAfter, {
		manifestChanged: rootDevChanged.length > 0,
		devOnly: true,
		declared: new Set(Object.keys(asRecord(rootAfter.devDependencies) ?? {})),
		registryHosts: options.registryHosts ?? []
	});
	if (problems.length > 0) return notDevOnly(problems[0].message);
	return {
		devOnly: true,
		changed: [...changed].sort()
	};
}
function nonRegistry(path, changes) {
	const bad = changes.find((c) => c.kind !== "removed" && c.dependency.source.kind !== "registry");
	if (!bad) return void 0;
	const s = bad.dependency.source;
	return `${path}: ${bad.dependency.name} comes from ${s.kind === "registry" ? "the registry" : s.detail}, not from the registry`;
}
function parsed(file, text, path) {
	try {
		return parseManifestDocument(file.format, text);
	} catch (error) {
		return `${path} is not valid ${file.format === "package-json" ? "JSON" : "TOML"} (${error.message.split("\n")[0]})`;
	}
}
function devOnlyChange(path, before, after, options = {}) {
	const file = dependencyFileOf(path);
	if (!file) return notDevOnly(`${path} is not a dependency file`);
	if (file.format === "settings") return notDevOnly(`${path} is ${file.tool}, which decides how every dependency is resolved`);
	if (file.format === "unread") return notDevOnly(`${path} is ${file.tool}, which is not read here`);
	if (before === void 0 || after === void 0) return notDevOnly(`${path} is ${before === void 0 ? "added" : "deleted"}, not updated`);
	if (file.role === "lockfile") {
		if (file.format !== "npm-lock") return notDevOnly(`${path} cannot be checked entry by entry`);
		let b;
		let a;
		try {
			b = asRecord(JSON.parse(before));
			a = asRecord(JSON.parse(after));
		} catch (error) {
			return notDevOnly(`${path} is not valid JSON (${error.message})`);
		}
		if (!b || !a) return notDevOnly(`${path} is not a JSON object`);
		return npmLockDevOnly(b, a, path, before, after, options);
	}
	let declared;
	try {
		const b = readManifest(path, before);
		const a = readManifest(path, after);
		declared = {
			changes: diffDeclared(b.dependencies, a.dependencies),
			settings: diffSettings(b.settings, a.settings)
		};
	} catch (error) {
		if (error instanceof DependencyFileError) return notDevOnly(error.message);
		throw error;
	}
	const foreign = nonRegistry(path, declared.changes);
	if (foreign) return notDevOnly(foreign);
	if (declared.settings.length > 0) return notDevOnly(`${path} changes how dependencies are resolved (${declared.settings.map(([k]) => `'${k}'`).join(", ")})`);
	const names = () => [...new Set(declared.changes.map((c) => c.dependency.name))].sort();
	switch (file.format) {
		case "requirements":
			if (!isDevRequirementsPath(path)) return notDevOnly(`${path} declares runtime dependencies and has no dev section`);
			return {
				devOnly: true,
				changed: names()
			};
		case "go-mod": return notDevOnly(`${path} declares runtime dependencies and has no dev section`);
		case "setup-py":
		case "setup-cfg": return notDevOnly(`${path} declares dependencies in a form that is not read here`);
		default: {
			const b = parsed(file, before, path);
			const a = parsed(file, after, path);
			if (typeof b === "string") return notDevOnly(b);
			if (typeof a === "string") return notDevOnly(a);
			const devPaths = [...manifestSections(file.format, b), ...manifestSections(file.format, a)].filter((s) => s.dev).map((s) => s.path);
			const restBefore = without(b, devPaths);
			const restAfter = without(a, devPaths);
			if (canonical(restBefore) !== canonical(restAfter)) return notDevOnly(`${path} changes more than dev dependencies (${changedKeys(restBefore, restAfter).map((k) => `'${k}'`).join(", ")})`);
			if (declared.changes.length === 0) return notDevOnly(`${path} changes no dev dependency`);
			return {
				devOnly: true,
				changed: names()
			};
		}
	}
}
export { devOnlyChange };
