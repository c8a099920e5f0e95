import type { PublishedSchema } from '@agent-guards/config';
import { LedgerLineSchema } from './ledger-schema.js';

/**
 * The cost guard's file formats, for the published JSON Schemas (schemas/),
 * alongside CONFIG_SCHEMAS. The history branch's day files are rows described
 * by their own header (HISTORY_HEADER), written and read only by this package.
 */
export const COST_SCHEMAS: PublishedSchema[] = [
  { file: 'usage-ledger-line.schema.json', title: 'agent-guards usage ledger line (one JSON object per line, written by the runner)', schema: LedgerLineSchema },
];
