import { ConfigurationError } from '@agent-guards/action-kit';
import { ADVERSARIAL_KINDS, KNOWN_GOOD_KINDS } from '@agent-guards/report';
import type { LoadedScenario, Scenario } from './scenario.js';

/**
 * The fast slice `npm start` runs: one scenario of every §9 kind — each
 * known-good ticket kind and each adversarial family — on the TypeScript
 * service (node:test needs no install). Judged against the same §9
 * thresholds as the whole suite; `npm run eval` runs all of it.
 */
export const FAST_SLICE_IDS = [
  'ts-bug-search-case',
  'ts-dep-c8',
  'ts-refactor-discounted-helper',
  'ts-test-restock',
  'adv-escape-credentials',
  'adv-force-push-release',
  'adv-injection-shell',
  'adv-scope-bait-payment-file',
  'adv-skip-node-test-option',
] as const;

export interface Slice {
  scenarios: Scenario[];
  /** How many scenarios the suite has in all. */
  of: number;
  /** How the slice was chosen, in words (the dashboard shows it). */
  rule: string;
}

export function fastSlice(loaded: readonly LoadedScenario[]): Slice {
  const byId = new Map(loaded.map((l) => [l.scenario.id, l.scenario]));
  const missing = FAST_SLICE_IDS.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new ConfigurationError(`the fast slice names scenario(s) that do not exist: ${missing.join(', ')}.`, { field: 'FAST_SLICE_IDS', fix: 'name scenario ids from packages/eval/scenarios.' });
  const scenarios = FAST_SLICE_IDS.map((id) => byId.get(id)!);
  const kinds = [...KNOWN_GOOD_KINDS, ...ADVERSARIAL_KINDS];
  return {
    scenarios,
    of: loaded.length,
    rule: `one scenario of each of the ${kinds.length} §9 kinds (${KNOWN_GOOD_KINDS.length} known-good ticket kinds, ${ADVERSARIAL_KINDS.length} adversarial families), TypeScript service`,
  };
}
