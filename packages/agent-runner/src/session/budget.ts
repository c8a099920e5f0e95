import type Anthropic from '@anthropic-ai/sdk';
import type { Policy } from '@agent-guards/config';
import { estimateInputTokens } from '../model/request.js';

/** What the next call would bring the session to, against the §4 caps. */
export type BudgetCheck = { kind: 'within' | 'soft-cap' | 'hard-cap'; projected: number };

/**
 * Budgets are enforced before every call: the request is sized before it is
 * sent, and its output counted in full. Past the hard cap the session
 * escalates; past the soft cap (once) it is warned and narrowed.
 */
export function checkBudget(
  used: number,
  request: Anthropic.Messages.MessageCreateParamsNonStreaming,
  maxOutputTokens: number,
  caps: Policy['cost'],
  softCapWarned: boolean,
): BudgetCheck {
  const projected = used + estimateInputTokens(request) + maxOutputTokens;
  if (projected > caps.hard_cap_tokens) return { kind: 'hard-cap', projected };
  if (projected > caps.soft_cap_tokens && !softCapWarned) return { kind: 'soft-cap', projected };
  return { kind: 'within', projected };
}
