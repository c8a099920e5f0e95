import type { PublishedSchema } from '@agent-guards/config';
import { EvalResultsSchema } from './inputs/eval-results.js';
import { PrOutcomeSchema } from './inputs/pr-outcomes.js';

/** The file formats this package defines, published under schemas/ (scripts/schemas.mjs). */
export const REPORT_SCHEMAS: PublishedSchema[] = [
  { file: 'eval-results.schema.json', title: 'agent-guards eval results (eval-results.json, written by npm run eval)', schema: EvalResultsSchema },
  { file: 'pr-outcomes.schema.json', title: 'agent-guards PR outcomes (pr-outcomes.json: how agent PRs closed)', schema: PrOutcomeSchema },
];
