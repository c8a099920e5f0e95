import type { Reexport } from './import-record.js';
import type { Draft } from './js-loads.js';
import { namedBindings, type JsScope } from './js-scope.js';
import type { Tokens } from './js-tokens.js';

/** A local name an import binds, and what it is in the imported module (`default`, a name, or `*` for the module). */
export interface Binding {
  local: string;
  name: string;
}

/**
 * Marks what each import hands on to the file's own importers, so a chain
 * through a barrel can be followed: `export { x }` / `export default x` /
 * `export const y = x` of an imported binding, a `require`/`import()` inside
 * an `export` statement, and CommonJS `module.exports`/`exports` statements
 * that hold a `require` or an imported binding (outside a function body: a
 * wrapper function is the file's own code, not a re-export).
 * `export … from` statements carry their re-exports already.
 */
export function markReexports(k: Tokens, scope: JsScope, drafts: Draft[], bindings: Map<Draft, Binding[]>): void {
  for (const draft of drafts) if (!bindings.has(draft)) bindings.set(draft, requireBindings(k, draft));
  const byLocal = new Map<string, { draft: Draft; name: string }>();
  // Only a module-level binding is handed on by name; a local of the same name elsewhere does not matter.
  for (const [draft, list] of bindings) for (const b of list) byLocal.set(b.local, { draft, name: b.name });
  const add = (draft: Draft, reexport: Reexport): void => {
    draft.reexports = [...(draft.reexports ?? []), reexport];
  };
  /** The import binding a name used at `t` refers to. */
  const boundAt = (name: string, t: number): { draft: Draft; name: string } | undefined => {
    const bound = byLocal.get(name);
    const d = scope.declarationAt(name, t);
    return bound && typeof d === 'object' && (d.kind === 'import' || d.scope.from === 0) ? bound : undefined;
  };
  /** `x` or `x.member` as a value handed on as `as`. */
  const handOn = (t: number, end: number, as: string): void => {
    if (!k.isName(t) || k.isMember(t)) return;
    const chain = k.chain(t);
    const bound = boundAt(chain.names[0]!, t);
    if (!bound || chain.last + 1 !== end) return;
    const member = chain.names[1];
    add(bound.draft, { as, name: bound.name === '*' && member !== undefined ? member : bound.name });
  };
  const draftsIn = (from: number, to: number, as: string): void => {
    for (const d of drafts) if (d.at >= from && d.at < to && d.kind !== 'export-from') add(d, { as, name: '*' });
  };

  for (let t = 0; t < k.count; t += 1) {
    if (!k.isName(t) || k.isMember(t)) continue;
    const word = k.textOf(t);
    if (word === 'export') {
      if (k.isPunct(t + 1, '{') && !k.isName(k.match(t + 1) + 1, 'from')) {
        for (const { imported: local, local: as } of namedBindings(k, t + 1)) {
          const bound = boundAt(local, t + 1);
          if (bound) add(bound.draft, { as, name: bound.name });
        }
      } else if (k.isName(t + 1, 'default') || k.isPunct(t + 1, '=')) {
        const end = k.expressionEnd(t + 2);
        handOn(t + 2, end, k.isPunct(t + 1, '=') ? '*' : 'default');
        draftsIn(t + 2, end, k.isPunct(t + 1, '=') ? '*' : 'default');
      } else if ((k.isName(t + 1, 'const') || k.isName(t + 1, 'let') || k.isName(t + 1, 'var')) && k.isName(t + 2) && k.isPunct(t + 3, '=')) {
        const end = k.expressionEnd(t + 4);
        handOn(t + 4, end, k.textOf(t + 2));
        draftsIn(t + 4, end, k.textOf(t + 2));
      }
    } else if ((word === 'module' && k.isPunct(t + 1, '.') && k.isName(t + 2, 'exports') && scope.isGlobal('module', t)) || (word === 'exports' && scope.isGlobal('exports', t))) {
      commonJsExports(k, t, (name, at) => boundAt(name, at), drafts, add);
    }
  }
}

/** A `module.exports`/`exports` statement from `t`: its requires and imported bindings, outside function bodies. */
function commonJsExports(
  k: Tokens,
  t: number,
  boundAt: (name: string, at: number) => { draft: Draft; name: string } | undefined,
  drafts: Draft[],
  add: (d: Draft, r: Reexport) => void,
): void {
  const end = k.expressionEnd(t);
  const skipped: { from: number; to: number }[] = [];
  for (let s = t; s < end; s += 1) {
    // A function's body: `function (…) { … }`, `(…) => { … }`, `x => x`, a method `m() { … }`.
    if (k.isPunct(s, '{') && k.isPunct(s - 1, ')', '=>')) skipped.push({ from: s, to: k.match(s) });
    else if (k.isPunct(s, '=>') && !k.isPunct(s + 1, '{')) skipped.push({ from: s, to: k.expressionEnd(s + 1) });
  }
  const inBody = (x: number): boolean => skipped.some((r) => x > r.from && x < r.to);
  for (const d of drafts) if (d.at >= t && d.at < end && !inBody(d.at)) add(d, { as: '*', name: '*' });
  for (let s = t; s < end; s += 1) {
    if (!k.isName(s) || k.isMember(s) || inBody(s) || k.isPunct(s + 1, ':')) continue;
    const bound = boundAt(k.textOf(s), s);
    if (bound) add(bound.draft, { as: '*', name: '*' });
  }
}

/**
 * What `const x = require('m')`, `const { a, b: c } = require('m')`,
 * `const x = require('m').y` and `const x = await import('m')` bind.
 */
function requireBindings(k: Tokens, draft: Draft): Binding[] {
  if (draft.kind !== 'require' && draft.kind !== 'dynamic-import') return [];
  let eq = draft.at - 1;
  if (k.isName(eq, 'await')) eq -= 1;
  if (!k.isPunct(eq, '=')) return [];
  const open = draft.at + 1;
  const close = k.match(open);
  const member = k.isPunct(close + 1, '.') && k.isName(close + 2) ? k.textOf(close + 2) : undefined;
  if (k.isName(eq - 1)) return [{ local: k.textOf(eq - 1), name: member ?? '*' }];
  if (!k.isPunct(eq - 1, '}') || member !== undefined) return [];
  const pattern = k.match(eq - 1);
  const out: Binding[] = [];
  for (let s = pattern + 1; s < eq - 1; s += 1) {
    if (!k.isName(s) || !(k.isPunct(s - 1, '{', ','))) continue;
    if (k.isPunct(s + 1, ':') && k.isName(s + 2)) out.push({ local: k.textOf(s + 2), name: k.textOf(s) });
    else out.push({ local: k.textOf(s), name: k.textOf(s) });
  }
  return out;
}
