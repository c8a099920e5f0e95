import type { ChangeFacts } from './change-facts.js';
import { evaluateKind, listSome, type KindVerdict } from './change-kinds.js';
import type { NamedTarget } from './description-check.js';
import { matchesAny } from './internal/file-classes.js';
import { referenceKey } from './references.js';
import type { LoadedSpecMap, ResolvedMapEntry, SpecMapEntry } from './spec-map.js';

export type AddressedStatus = 'addressed' | 'not-addressed' | 'not-mapped';

export interface TargetAssessment {
  target: NamedTarget;
  status: AddressedStatus;
  /** The map keys (as written) the verdict came from. */
  entries: string[];
  /** Why (not): one line per entry tried. */
  details: string[];
}

/**
 * The map entries that speak for a target, most specific first: the target's
 * own entry; for a clause, its section's entry, then enclosing sections'
 * (§3.4 falls back to §3); for a section without its own entry, the entries of
 * its clauses (any one of them addressed addresses the section).
 */
export function entriesFor(target: NamedTarget, map: LoadedSpecMap): ResolvedMapEntry[] {
  const own = map.entries.get(target.key);
  if (own) return [own];
  const ids = target.section.id.split('.');
  const start = target.clause ? ids.length : ids.length - 1;
  for (let n = start; n >= 1; n -= 1) {
    const enclosing = map.entries.get(referenceKey(ids.slice(0, n).join('.')));
    if (enclosing) return [enclosing];
  }
  if (!target.clause) {
    return target.section.clauses.map((c) => map.entries.get(referenceKey(target.section.id, c.number))).filter((e): e is ResolvedMapEntry => e !== undefined);
  }
  return [];
}

/** Evaluates map entries against one change, caching what does not depend on the entry. */
export class AddressedChecker {
  private readonly kindCache = new Map<string, Promise<KindVerdict>>();

  constructor(private readonly facts: ChangeFacts) {}

  private kind(kind: SpecMapEntry['kinds'][number], entry: SpecMapEntry): Promise<KindVerdict> {
    // A refactor is judged against the entry's own paths and public files.
    const key = kind === 'refactor' ? `${kind}\0${entry.paths.join('\0')}\0${entry.public.join('\0')}` : kind;
    let verdict = this.kindCache.get(key);
    if (!verdict) {
      verdict = evaluateKind(kind, this.facts, entry);
      this.kindCache.set(key, verdict);
    }
    return verdict;
  }

  async entry(resolved: ResolvedMapEntry): Promise<{ satisfied: boolean; detail: string }> {
    const { entry } = resolved;
    const problems: string[] = [];
    if (entry.paths.length > 0 && !this.facts.touched.some((p) => matchesAny(p, entry.paths))) {
      problems.push(`touches none of ${listSome(entry.paths.map((p) => `'${p}'`))}`);
    }
    const kinds = await Promise.all(entry.kinds.map((k) => this.kind(k, entry)));
    const met = kinds.find((k) => k.satisfied);
    if (kinds.length > 0 && !met) {
      problems.push(...kinds.map((k) => `not a ${k.kind}: ${k.reasons.join('; ')}`));
    }
    const head = `map entry '${resolved.written}'`;
    if (problems.length > 0) return { satisfied: false, detail: `${head}: ${problems.join('; ')}` };
    return { satisfied: true, detail: `${head}: ${met ? `${met.kind} (${met.reasons.join('; ')})` : 'touches its paths'}` };
  }

  async assess(target: NamedTarget, map: LoadedSpecMap): Promise<TargetAssessment> {
    const entries = entriesFor(target, map);
    if (entries.length === 0) return { target, status: 'not-mapped', entries: [], details: [] };
    const verdicts = await Promise.all(entries.map((e) => this.entry(e)));
    return {
      target,
      status: verdicts.some((v) => v.satisfied) ? 'addressed' : 'not-addressed',
      entries: entries.map((e) => e.written),
      details: verdicts.map((v) => v.detail),
    };
  }
}
