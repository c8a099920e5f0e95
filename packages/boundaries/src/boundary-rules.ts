import { ConfigurationError } from '@agent-guards/action-kit';
import type { Policy } from '@agent-guards/config';
import { Minimatch } from 'minimatch';
import type { RepoTree } from './repo-tree.js';
import type { ImportTarget } from './resolve/import-target.js';

export type BoundariesPolicy = Policy['boundaries'];

/** Why an edge may not be added. */
export interface EdgeViolation {
  /** The context or module pattern the edge reaches. */
  to: string;
  /** `forbid` when a forbid entry names it; `not-allowed` when no allow entry covers it. */
  reason: 'forbid' | 'not-allowed';
  /** What to do instead, from the policy. */
  instead: string;
}

export interface EdgeJudgement {
  /** Contexts the target belongs to other than the importer's own. */
  otherContexts: string[];
  violations: EdgeViolation[];
}

interface ForbidRule {
  from: string;
  to: string;
  instead?: string;
  /** Set when `to` is not a context: matched against module names and repository paths. */
  pattern?: Minimatch;
}

const GLOB_OPTIONS = { dot: true } as const;

/**
 * The bounded contexts of the policy, compiled once: which context a path is
 * in (the first context, in policy order, with a matching glob), and whether an
 * edge between contexts, or from a context to a module, may be added.
 */
export class BoundaryRules {
  private readonly contexts: { name: string; globs: Minimatch[] }[];
  private readonly allowed = new Map<string, Set<string>>();
  private readonly forbids: ForbidRule[];
  private readonly contextCache = new Map<string, string | undefined>();
  private readonly dirCache = new Map<string, string[]>();
  readonly typeOnlyImports: 'allow' | 'check';

  constructor(policy: BoundariesPolicy, policyPath: string) {
    const names = Object.keys(policy.contexts);
    const fail = (field: string, problem: string, fix: string): never => {
      throw new ConfigurationError(problem, { file: policyPath, field, fix });
    };
    this.contexts = Object.entries(policy.contexts).map(([name, globs]) => {
      if (globs.length === 0) fail(`boundaries.contexts.${name}`, `context '${name}' has no path globs.`, 'list the globs of its files, or remove it.');
      return { name, globs: globs.map((g) => new Minimatch(g.replace(/^\.\//, ''), GLOB_OPTIONS)) };
    });
    const known = (name: string, field: string): void => {
      if (!names.includes(name)) {
        fail(field, `'${name}' is not a context declared under boundaries.contexts (${names.join(', ') || 'none declared'}).`, 'declare the context or correct the name.');
      }
    };
    policy.allow.forEach((edge, i) => {
      known(edge.from, `boundaries.allow.${i}.from`);
      known(edge.to, `boundaries.allow.${i}.to`);
      let targets = this.allowed.get(edge.from);
      if (!targets) this.allowed.set(edge.from, (targets = new Set()));
      targets.add(edge.to);
    });
    this.forbids = policy.forbid.map((edge, i) => {
      known(edge.from, `boundaries.forbid.${i}.from`);
      const rule: ForbidRule = { from: edge.from, to: edge.to, ...(edge.instead !== undefined ? { instead: edge.instead } : {}) };
      if (!names.includes(edge.to)) rule.pattern = new Minimatch(edge.to, GLOB_OPTIONS);
      return rule;
    });
    this.typeOnlyImports = policy.type_only_imports;
  }

  get hasContexts(): boolean {
    return this.contexts.length > 0;
  }

  contextOf(path: string): string | undefined {
    if (this.contextCache.has(path)) return this.contextCache.get(path);
    const found = this.contexts.find((c) => c.globs.some((g) => g.match(path)))?.name;
    this.contextCache.set(path, found);
    return found;
  }

  /** The contexts a target belongs to: a directory spans the contexts of the files in it. */
  contextsOf(target: ImportTarget, tree: RepoTree): string[] {
    switch (target.kind) {
      case 'module':
        return [];
      case 'file':
      case 'unresolved': {
        const context = this.contextOf(target.path);
        return context === undefined ? [] : [context];
      }
      case 'dir': {
        const key = `${target.recursive ? 'r' : 'd'}:${target.path}`;
        let contexts = this.dirCache.get(key);
        if (!contexts) {
          const found = new Set<string>();
          for (const file of tree.filesIn(target.path, target.recursive)) {
            const context = this.contextOf(file);
            if (context !== undefined) found.add(context);
          }
          if (found.size === 0) {
            const context = this.contextOf(`${target.path}/`);
            if (context !== undefined) found.add(context);
          }
          contexts = [...found];
          this.dirCache.set(key, contexts);
        }
        return contexts;
      }
    }
  }

  /** The contexts `from` may import, for messages. */
  allowedFrom(from: string): string[] {
    return [...(this.allowed.get(from) ?? [])];
  }

  judge(from: string, target: ImportTarget, targetContexts: readonly string[]): EdgeJudgement {
    const otherContexts = targetContexts.filter((c) => c !== from);
    const violations: EdgeViolation[] = [];
    for (const rule of this.forbids) {
      if (rule.from !== from) continue;
      const hit = rule.pattern ? matchesPattern(rule.pattern, target) : otherContexts.includes(rule.to);
      if (hit) violations.push({ to: rule.to, reason: 'forbid', instead: rule.instead ?? this.allowedText(from) });
    }
    for (const to of otherContexts) {
      if (this.allowed.get(from)?.has(to) || violations.some((v) => v.to === to)) continue;
      violations.push({ to, reason: 'not-allowed', instead: this.forbidInstead(from, to) ?? this.allowedText(from) });
    }
    return { otherContexts, violations };
  }

  private forbidInstead(from: string, to: string): string | undefined {
    return this.forbids.find((r) => r.from === from && r.to === to && r.instead !== undefined)?.instead;
  }

  private allowedText(from: string): string {
    const allowed = this.allowedFrom(from);
    return allowed.length === 0
      ? `'${from}' may not import any other context: keep the code inside '${from}'.`
      : `'${from}' may import only ${allowed.map((a) => `'${a}'`).join(', ')}: go through ${allowed.length === 1 ? 'it' : 'one of them'}.`;
  }
}

/**
 * A forbid pattern against a module (`pg`, `sqlalchemy`, `database/sql`, and
 * their submodules) or a repository path (`src/db/**`).
 */
function matchesPattern(pattern: Minimatch, target: ImportTarget): boolean {
  if (target.kind === 'module') {
    const name = target.name.replace(/^node:/, '');
    const candidates = new Set([target.name, name]);
    for (const separator of ['/', '.']) {
      const parts = name.split(separator);
      for (let k = 1; k < parts.length; k += 1) candidates.add(parts.slice(0, k).join(separator));
    }
    return [...candidates].some((c) => pattern.match(c));
  }
  return pattern.match(target.path) || (target.kind === 'dir' && pattern.match(`${target.path}/`));
}
