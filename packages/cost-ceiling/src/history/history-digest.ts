import { totalsFor, UsageTotals } from '../totals.js';
import type { HistoryCallLine, HistoryLine, HistoryOutcomeLine } from './history-schema.js';
import type { HistorySnapshot } from './history-store.js';

const DAY_MS = 86_400_000;

/** One session as the history knows it: enough for incidents and budgets. */
export interface HistorySession {
  session: string;
  repo: string;
  pr?: number;
  /** ms since the epoch */
  firstTs: number;
  lastTs: number;
  costMicro: number;
  /** total input (cache included) + output */
  tokens: number;
}

/** Everything incidents, oversight and budgets need from the history, gathered in one pass. */
export interface HistoryDigest {
  lines: number;
  total: UsageTotals;
  modes: Map<string, UsageTotals>;
  models: Map<string, UsageTotals>;
  sessions: Map<string, HistorySession>;
  /** UTC day number (ms / 86,400,000) → cost in micro-dollars. */
  dailyCostMicro: Map<number, number>;
  /** The latest outcome line of each PR, keyed `owner/name#42`. */
  outcomes: Map<string, HistoryOutcomeLine>;
  /** When each PR first appears in the cost history (ms), keyed `owner/name#42`. */
  prFirstSeen: Map<string, number>;
  /** The earliest call in the history: how far back baselines can look. */
  earliestTs?: number;
}

export function dayNumber(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

export function dayName(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

interface SessionAcc {
  session: string;
  repo: string;
  pr?: number;
  firstTs: string;
  lastTs: string;
  costMicro: number;
  tokens: number;
}

/** `toISOString()` form compares as text; any other valid form is brought to it first. */
function canonicalTs(ts: string): string {
  return ts.length === 24 ? ts : new Date(ts).toISOString();
}

/**
 * Summarises the history one day file at a time, so the guard can stream a
 * year of history without holding it. Written for a million lines: a
 * session's calls are contiguous in a day file, so the last session (and
 * mode, and model) is remembered instead of looked up; timestamps are compared
 * as ISO text and parsed once per session; day totals come from the file name.
 */
export class HistoryDigestBuilder {
  private readonly digest: HistoryDigest = {
    lines: 0,
    total: new UsageTotals(),
    modes: new Map(),
    models: new Map(),
    sessions: new Map(),
    dailyCostMicro: new Map(),
    outcomes: new Map(),
    prFirstSeen: new Map(),
  };
  private readonly sessions = new Map<string, SessionAcc>();
  private session: SessionAcc | undefined;
  private modeName = '';
  private mode: UsageTotals | undefined;
  private modelName = '';
  private model: UsageTotals | undefined;

  addDay(file: string, lines: readonly HistoryLine[]): void {
    const digest = this.digest;
    const day = dayNumber(Date.parse(file.slice(0, 10)));
    let dayCost = 0;
    for (const line of lines) {
      digest.lines += 1;
      if (line.kind === 'pr-outcome') {
        const key = `${line.repo}#${line.pr}`;
        const seen = digest.outcomes.get(key);
        if (!seen || canonicalTs(seen.ts) <= canonicalTs(line.ts)) digest.outcomes.set(key, line);
        continue;
      }
      const c: HistoryCallLine = line;
      const oneHour = c.cache_creation_1h_input_tokens ?? 0;
      const fiveMinutes = c.cache_creation_input_tokens - oneHour;
      const cost = c.cost_micro_usd;
      dayCost += cost;
      digest.total.addCall(c.input_tokens, c.output_tokens, fiveMinutes, oneHour, c.cache_read_input_tokens, cost);
      if (c.mode !== this.modeName || !this.mode) {
        this.modeName = c.mode;
        this.mode = totalsFor(digest.modes, c.mode);
      }
      this.mode.addCall(c.input_tokens, c.output_tokens, fiveMinutes, oneHour, c.cache_read_input_tokens, cost);
      if (c.model !== this.modelName || !this.model) {
        this.modelName = c.model;
        this.model = totalsFor(digest.models, c.model);
      }
      this.model.addCall(c.input_tokens, c.output_tokens, fiveMinutes, oneHour, c.cache_read_input_tokens, cost);

      const ts = canonicalTs(c.ts);
      let session = this.session;
      if (!session || session.session !== c.session) {
        session = this.sessions.get(c.session);
        if (!session) {
          session = { session: c.session, repo: c.repo, firstTs: ts, lastTs: ts, costMicro: 0, tokens: 0 };
          this.sessions.set(c.session, session);
        }
        this.session = session;
      }
      if (c.pr !== undefined) session.pr = c.pr;
      if (ts < session.firstTs) session.firstTs = ts;
      if (ts > session.lastTs) session.lastTs = ts;
      session.costMicro += cost;
      session.tokens += c.input_tokens + c.output_tokens + c.cache_creation_input_tokens + c.cache_read_input_tokens;
    }
    digest.dailyCostMicro.set(day, (digest.dailyCostMicro.get(day) ?? 0) + dayCost);
  }

  finish(): HistoryDigest {
    const digest = this.digest;
    for (const s of this.sessions.values()) {
      const summary: HistorySession = { ...s, firstTs: Date.parse(s.firstTs), lastTs: Date.parse(s.lastTs) };
      digest.sessions.set(s.session, summary);
      if (digest.earliestTs === undefined || summary.firstTs < digest.earliestTs) digest.earliestTs = summary.firstTs;
      if (summary.pr !== undefined) {
        const key = `${summary.repo}#${summary.pr}`;
        const first = digest.prFirstSeen.get(key);
        if (first === undefined || summary.firstTs < first) digest.prFirstSeen.set(key, summary.firstTs);
      }
    }
    return digest;
  }
}

/** The digest of an in-memory snapshot. */
export function digestHistory(snapshot: HistorySnapshot): HistoryDigest {
  const builder = new HistoryDigestBuilder();
  for (const [file, lines] of snapshot.days) builder.addDay(file, lines);
  return builder.finish();
}
