import { ConfigurationError } from '@agent-guards/action-kit';
import { USAGE_SOURCES } from '../usage-record.js';
import { HistoryLineSchema, type HistoryCallLine, type HistoryLine, type HistoryOutcomeLine } from './history-schema.js';

const FIX = 'the history branch is written only by the cost guard; repair or revert the commit that damaged this file on the history branch.';

/**
 * A day file is a header line naming the columns, then one JSON array per line
 * in that column order. Rows rather than objects halve the bytes, and parsing
 * the history is mostly JSON.parse: a million lines read in about half the time.
 * Absent optional values are `null`.
 */
export const HISTORY_FORMAT_VERSION = 1;
export const CALL_COLUMNS = [
  'kind', 'key', 'source', 'session', 'ticket', 'repo', 'pr', 'mode', 'model', 'ts',
  'input_tokens', 'output_tokens', 'cache_creation_input_tokens', 'cache_read_input_tokens', 'cache_creation_1h_input_tokens', 'cost_micro_usd',
] as const;
export const OUTCOME_COLUMNS = ['kind', 'key', 'repo', 'pr', 'ts', 'merged', 'spec_amended'] as const;
export const HISTORY_HEADER = JSON.stringify({ agent_guards_cost_history: HISTORY_FORMAT_VERSION, columns: { call: CALL_COLUMNS, 'pr-outcome': OUTCOME_COLUMNS } });

export function serializeHistoryLines(lines: readonly HistoryLine[]): string {
  const rows = lines.map((l) =>
    l.kind === 'call'
      ? [l.kind, l.key, l.source, l.session, l.ticket ?? null, l.repo, l.pr ?? null, l.mode, l.model, l.ts, l.input_tokens, l.output_tokens, l.cache_creation_input_tokens, l.cache_read_input_tokens, l.cache_creation_1h_input_tokens ?? null, l.cost_micro_usd]
      : [l.kind, l.key, l.repo, l.pr, l.ts, l.merged, l.spec_amended],
  );
  return `${HISTORY_HEADER}\n${rows.map((r) => `${JSON.stringify(r)}\n`).join('')}`;
}

/**
 * Parses one day file (`2026-11-21.jsonl`). Damage stops the guard (fail
 * closed): incidents computed over a history with holes would be quietly
 * wrong. A line dated on another day than its file is damage too.
 */
export function parseHistoryFile(text: string, file: string): HistoryLine[] {
  if (text.length === 0) return [];
  const lines = text.split('\n');
  if (lines.pop() !== '') throw new ConfigurationError('the history file ends in a partial line.', { file, line: lines.length + 1, fix: FIX });
  if (lines[0] !== HISTORY_HEADER) {
    throw new ConfigurationError(`the history file does not start with the format ${HISTORY_FORMAT_VERSION} header this version of the cost guard reads.`, {
      file,
      line: 1,
      fix: `${FIX} A newer cost guard may have written it: use the same agent-guards version everywhere.`,
    });
  }
  const named = /(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(file)?.[1];
  // A real calendar day, checked once: each row's timestamp then only needs its time checked.
  const day = named !== undefined && new Date(`${named}T00:00:00.000Z`).toISOString().startsWith(named) ? named : undefined;
  if (named !== undefined && day === undefined) throw new ConfigurationError(`${named} is not a calendar day.`, { file, fix: FIX });
  const out = new Array<HistoryLine>(lines.length - 1);
  // One JSON.parse for the whole day (rows cannot hold a raw newline); a file that does not
  // parse whole is parsed row by row, so the error names its line.
  const rows = parseRowsAtOnce(lines);
  for (let i = 1; i < lines.length; i += 1) {
    const line = rows ? checkRow(rows[i - 1], file, i + 1, day) : parseRow(lines[i]!, file, i + 1, day);
    if (day !== undefined && !line.ts.startsWith(day)) {
      throw new ConfigurationError(`history line is dated ${line.ts}, not on the day of its file.`, { file, line: i + 1, field: 'ts', fix: FIX });
    }
    out[i - 1] = line;
  }
  return out;
}

function parseRowsAtOnce(lines: readonly string[]): unknown[] | undefined {
  if (lines.length < 2) return [];
  try {
    const rows: unknown = JSON.parse(`[${lines.slice(1).join(',')}]`);
    return Array.isArray(rows) && rows.length === lines.length - 1 ? rows : undefined;
  } catch {
    return undefined;
  }
}

function parseRow(text: string, file: string, line: number, day: string | undefined): HistoryLine {
  let row: unknown;
  try {
    row = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`history line is not valid JSON (${(error as Error).message}).`, { file, line, fix: FIX });
  }
  return checkRow(row, file, line, day);
}

/** A parsed row as a history line: the fast hand check, else the schema (which names the field). */
function checkRow(row: unknown, file: string, line: number, day: string | undefined): HistoryLine {
  // A million rows are read per run: the hand check accepts only what the schema accepts, and
  // anything else goes to the schema, which either accepts it too or says which field is wrong.
  if (Array.isArray(row)) {
    if (row[0] === 'call' && row.length === CALL_COLUMNS.length && isWellFormedCall(row, day)) return callOf(row);
    if (row[0] === 'pr-outcome' && row.length === OUTCOME_COLUMNS.length && isWellFormedOutcome(row, day)) return outcomeOf(row);
  }
  return viaSchema(row, file, line);
}

function viaSchema(row: unknown, file: string, line: number): HistoryLine {
  const columns = !Array.isArray(row) ? undefined : row[0] === 'call' ? CALL_COLUMNS : row[0] === 'pr-outcome' ? OUTCOME_COLUMNS : undefined;
  if (!Array.isArray(row) || !columns || row.length !== columns.length) {
    throw new ConfigurationError(`history line is not a 'call' row of ${CALL_COLUMNS.length} columns or a 'pr-outcome' row of ${OUTCOME_COLUMNS.length}.`, { file, line, fix: FIX });
  }
  const object = Object.fromEntries(columns.map((name, i) => [name, row[i]]).filter(([, value]) => value !== null));
  const parsed = HistoryLineSchema.safeParse(object);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigurationError(`history line does not match the history schema: ${issue.message}.`, {
      file,
      line,
      field: issue.path.map(String).join('.') || '(line)',
      fix: FIX,
    });
  }
  const value = parsed.data;
  if (value.kind === 'call' && (value.cache_creation_1h_input_tokens ?? 0) > value.cache_creation_input_tokens) {
    throw new ConfigurationError('history line has more 1-hour cache writes than cache writes.', { file, line, field: 'cache_creation_1h_input_tokens', fix: FIX });
  }
  return value;
}

/** The exact form `toISOString()` writes; other valid datetimes go through the schema. */
const ISO_UTC = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const TIME_OF_DAY = /^T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const REPO = /^[^/\s]+\/[^/\s]+$/;

/**
 * A `toISOString()` timestamp. On a known calendar day only the time needs
 * checking; otherwise days 29–31, which exist only in some months, must
 * survive a round trip.
 */
function isRealUtcTimestamp(ts: unknown, day: string | undefined): ts is string {
  if (typeof ts !== 'string' || ts.length !== 24) return false;
  if (day !== undefined) return ts.startsWith(day) && TIME_OF_DAY.test(ts.slice(10));
  if (!ISO_UTC.test(ts)) return false;
  const tens = ts.charCodeAt(8);
  return tens < 0x32 || (tens === 0x32 && ts.charCodeAt(9) < 0x39) || new Date(ts).toISOString() === ts;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
/** One repository fills a history: the last name that passed is not tested again. */
let lastRepo = '';
function isRepo(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  if (v === lastRepo) return true;
  if (!REPO.test(v)) return false;
  lastRepo = v;
  return true;
}

function isWellFormedCall(r: unknown[], day: string | undefined): boolean {
  return (
    isText(r[1]) &&
    (USAGE_SOURCES as readonly unknown[]).includes(r[2]) &&
    isText(r[3]) &&
    (r[4] === null || isText(r[4])) &&
    isRepo(r[5]) &&
    (r[6] === null || (isCount(r[6]) && r[6] > 0)) &&
    isText(r[7]) &&
    isText(r[8]) &&
    isRealUtcTimestamp(r[9], day) &&
    isCount(r[10]) &&
    isCount(r[11]) &&
    isCount(r[12]) &&
    isCount(r[13]) &&
    (r[14] === null || (isCount(r[14]) && r[14] <= r[12])) &&
    isCount(r[15])
  );
}

function isWellFormedOutcome(r: unknown[], day: string | undefined): boolean {
  return isText(r[1]) && isRepo(r[2]) && isCount(r[3]) && r[3] > 0 && isRealUtcTimestamp(r[4], day) && typeof r[5] === 'boolean' && typeof r[6] === 'boolean';
}

/** Rows already checked by isWellFormedCall; every object has the same shape. */
function callOf(r: unknown[]): HistoryCallLine {
  return {
    kind: 'call',
    key: r[1] as string,
    source: r[2] as HistoryCallLine['source'],
    session: r[3] as string,
    ticket: (r[4] as string | null) ?? undefined,
    repo: r[5] as string,
    pr: (r[6] as number | null) ?? undefined,
    mode: r[7] as string,
    model: r[8] as string,
    ts: r[9] as string,
    input_tokens: r[10] as number,
    output_tokens: r[11] as number,
    cache_creation_input_tokens: r[12] as number,
    cache_read_input_tokens: r[13] as number,
    cache_creation_1h_input_tokens: (r[14] as number | null) ?? undefined,
    cost_micro_usd: r[15] as number,
  };
}

function outcomeOf(r: unknown[]): HistoryOutcomeLine {
  return { kind: 'pr-outcome', key: r[1] as string, repo: r[2] as string, pr: r[3] as number, ts: r[4] as string, merged: r[5] as boolean, spec_amended: r[6] as boolean };
}
