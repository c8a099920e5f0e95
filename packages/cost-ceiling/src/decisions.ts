import type { Finding } from '@agent-guards/action-kit';
import type { Policy } from '@agent-guards/config';
import { groupDigits } from '@agent-guards/action-kit';
import { formatUsd, fractionBelow, usdToMicro } from './money.js';
import type { CostSummary } from './summary.js';
import type { UsageTotals } from './totals.js';

export type CostPolicy = Policy['cost'];

function prLabel(group: { repo?: string; pr: number }): string {
  return `${group.repo ?? ''}#${group.pr}`;
}

/**
 * Per-session token caps. Both caps count total input (input + cache writes +
 * cache reads) plus output, the sum the runner projects its budget with, and
 * trigger at the cap ("at 150K": ≥). Soft: a warning the reviewer is told about.
 * Hard: the session should have escalated, so the guard fails.
 */
export function capFindings(summary: CostSummary, policy: CostPolicy): Finding[] {
  const findings: Finding[] = [];
  for (const s of summary.sessions.values()) {
    const used = s.totals.capTokens;
    const where = `session ${s.session}${s.pr ? ` (PR #${s.pr})` : ''}`;
    const breakdown = `${groupDigits(s.totals.totalInput)} input incl. ${groupDigits(s.totals.cacheCreation + s.totals.counts.cacheRead)} cache + ${groupDigits(s.totals.counts.output)} output`;
    if (used >= policy.hard_cap_tokens) {
      findings.push({
        rule: 'hard-cap-exceeded',
        severity: 'error',
        message: `${where} used ${groupDigits(used)} tokens (${breakdown}), at or over the hard cap of ${groupDigits(policy.hard_cap_tokens)}: the session had to escalate, not continue.`
      });
    } else if (used >= policy.soft_cap_tokens) {
      findings.push({
        rule: 'soft-cap-exceeded',
        severity: 'warning',
        message: `${where} used ${groupDigits(used)} tokens (${breakdown}), at or over the soft cap of ${groupDigits(policy.soft_cap_tokens)} (context-budget warning; hard cap ${groupDigits(policy.hard_cap_tokens)}).`
      });
    }
  }
  return findings;
}

/** The groups cost-per-PR and hit rate are judged on: each PR, and each session not yet tied to a PR. */
export function prGroups(summary: CostSummary): { label: string; totals: UsageTotals; sessions: string[] }[] {
  const groups = [...summary.prs.values()].map((g) => ({ label: `PR ${prLabel(g)}`, totals: g.totals, sessions: [...g.sessions] }));
  for (const s of summary.sessions.values()) {
    if (s.pr === undefined) groups.push({ label: `session ${s.session} (no PR yet)`, totals: s.totals, sessions: [s.session] });
  }
  return groups;
}

/** Token cost per PR, every session of the PR counted; over the ceiling fails ("at most $4.50"). */
export function costFindings(summary: CostSummary, policy: CostPolicy): Finding[] {
  const ceiling = usdToMicro(policy.max_cost_per_pr_usd);
  return prGroups(summary)
    .filter((g) => g.totals.costMicro > ceiling)
    .map((g) => ({
      rule: 'cost-per-pr-exceeded',
      severity: 'error' as const,
      message: `${g.label} cost ${formatUsd(g.totals.costMicro)} in tokens over ${g.sessions.length} session(s), over the ceiling of ${formatUsd(ceiling)} per PR; a costlier model tier needs a §4 amendment, not a silent override.`,
    }));
}

/** Prompt-cache hit rate per PR (cache read ÷ total input) under the floor. */
export function hitRateFindings(summary: CostSummary, policy: CostPolicy): Finding[] {
  return prGroups(summary)
    .filter((g) => g.totals.totalInput > 0 && fractionBelow(g.totals.counts.cacheRead, g.totals.totalInput, policy.min_cache_hit_rate))
    .map((g) => ({
      rule: 'cache-hit-rate-low',
      severity: policy.cache_hit_rate_fails ? ('error' as const) : ('warning' as const),
      message: `${g.label} read ${groupDigits(g.totals.counts.cacheRead)} of ${groupDigits(g.totals.totalInput)} input tokens from the prompt cache (${((g.totals.hitRate ?? 0) * 100).toFixed(2)}%), under the ${(policy.min_cache_hit_rate * 100).toFixed(0)}% floor: the stable prefix (identity prompt + skills) is not being reused.`,
    }));
}
