import { open, readFile } from 'node:fs/promises';
import { ConfigurationError } from '@agent-guards/action-kit';
import { LedgerLineSchema, type LedgerLine } from './ledger-schema.js';
import type { PriceBook } from './prices.js';
import { countsFromUsage } from './usage.js';
import { identityParts, RecordKeyer, type UsageRecord } from './usage-record.js';
import { usdToMicro } from './money.js';

const FIX_GARBLED = 'the ledger is written only by the runner (appendLedgerLine); restore it from the run artifact, or re-run the session. The guard does not skip lines, because a skipped line is uncounted cost.';

export interface LedgerEntry {
  /** 1-based line number in the file. */
  line: number;
  value: LedgerLine;
}

/**
 * The runner's usage ledger, read whole and validated line by line. A missing,
 * empty or garbled ledger is a ConfigurationError naming the file and line:
 * the guard fails closed rather than totalling part of the spend.
 */
export class UsageLedger {
  private constructor(
    readonly file: string,
    readonly entries: readonly LedgerEntry[],
  ) {}

  static async read(file: string): Promise<UsageLedger> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ConfigurationError('the usage ledger does not exist.', {
          file,
          fix: 'pass the ledger the runner wrote for this session (download the run artifact before this step).',
        });
      }
      throw error;
    }
    return UsageLedger.parse(text, file);
  }

  static parse(text: string, file: string): UsageLedger {
    if (text.length === 0) {
      throw new ConfigurationError('the usage ledger is empty: a session that made no model call writes no ledger, so an empty one means the spend was not recorded.', {
        file,
        line: 1,
        fix: FIX_GARBLED,
      });
    }
    const lines = text.split('\n');
    const last = lines.pop();
    if (last !== '') {
      throw new ConfigurationError('the last ledger line has no newline: the writer stopped mid-line.', { file, line: lines.length + 1, fix: FIX_GARBLED });
    }
    const entries: LedgerEntry[] = [];
    for (let i = 0; i < lines.length; i += 1) {
      entries.push({ line: i + 1, value: parseLedgerLine(lines[i]!, file, i + 1) });
    }
    return new UsageLedger(file, entries);
  }

  /** Every call priced with `prices`; an unpriced model is an error naming its line. */
  toRecords(prices: PriceBook): UsageRecord[] {
    const keyer = new RecordKeyer();
    return this.entries.map(({ line, value }) => {
      const counts = countsFromUsage(value);
      const base = {
        source: 'runner-ledger' as const,
        session: value.session,
        ticket: value.ticket,
        repo: value.repo,
        ...(value.pr ? { pr: value.pr } : {}),
        mode: value.mode,
        model: value.model,
        ts: Date.parse(value.ts),
        counts,
      };
      return {
        ...base,
        key: keyer.key(identityParts(base)),
        costMicro: prices.cost(value.model, counts, { file: this.file, line }),
        recordedCostMicro: usdToMicro(value.cost_usd),
        file: this.file,
        line,
      };
    });
  }
}

function parseLedgerLine(text: string, file: string, line: number): LedgerLine {
  if (text.trim().length === 0) {
    throw new ConfigurationError('blank line in the usage ledger.', { file, line, fix: FIX_GARBLED });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`usage ledger line is not valid JSON (${(error as Error).message}).`, { file, line, fix: FIX_GARBLED });
  }
  const parsed = LedgerLineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.') || '(line)';
    throw new ConfigurationError(`usage ledger line does not match the ledger schema: ${issue.message}.`, { file, line, field, fix: FIX_GARBLED });
  }
  return parsed.data;
}

/**
 * Appends one call to a ledger: validated first, then written as one line in
 * a single O_APPEND write, so a reader never sees half a line from this writer
 * and concurrent appenders never interleave. A ledger that already ends in a
 * partial line is refused rather than glued onto.
 */
export async function appendLedgerLine(path: string, line: LedgerLine): Promise<void> {
  const parsed = LedgerLineSchema.safeParse(line);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`refusing to append an invalid ledger line to ${path}: ${issue.path.map(String).join('.') || '(line)'}: ${issue.message}`);
  }
  const bytes = Buffer.from(`${JSON.stringify(parsed.data)}\n`, 'utf8');
  const handle = await open(path, 'a+');
  try {
    const { size } = await handle.stat();
    if (size > 0) {
      const lastByte = Buffer.alloc(1);
      await handle.read(lastByte, 0, 1, size - 1);
      if (lastByte[0] !== 0x0a) throw new Error(`${path} ends in a partial line; the ledger is damaged and will not be appended to.`);
    }
    const { bytesWritten } = await handle.write(bytes, 0, bytes.length);
    if (bytesWritten !== bytes.length) throw new Error(`short write to ${path}: ${bytesWritten} of ${bytes.length} bytes; the ledger now ends in a partial line.`);
  } finally {
    await handle.close();
  }
}
