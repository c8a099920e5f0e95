import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server that speaks the Messages API (POST /v1/messages) well
 * enough for the official SDK, plays scripted assistant turns, and rejects what
 * the real API rejects (tool results that do not answer the preceding tool uses,
 * more than 4 cache breakpoints, missing model or max_tokens, roles that do not
 * alternate). Usage is computed from the request the way the API bills it:
 * cache reads from prefixes an earlier request cached, cache writes up to the
 * last cacheable breakpoint, so a hit rate measured against it means something.
 */

export interface ScriptedText {
  type: 'text';
  text: string;
}

export interface ScriptedToolUse {
  type: 'tool_use';
  /** Assigned by the server (toolu_…) when absent. */
  id?: string;
  name: string;
  input: Record<string, unknown>;
}

export interface ScriptedResponse {
  content: (ScriptedText | ScriptedToolUse)[];
  /** Defaults to tool_use when the content has a tool use, else end_turn. */
  stop_reason?: 'end_turn' | 'tool_use' | 'max_tokens' | 'stop_sequence';
}

export interface ScriptedError {
  error: { status: number; type?: string; message?: string; retryAfterMs?: number };
}

export interface MessagesRequestBody {
  model?: unknown;
  max_tokens?: unknown;
  system?: unknown;
  tools?: unknown;
  messages?: unknown;
  stream?: unknown;
  [key: string]: unknown;
}

/** One scripted turn: a fixed response or error, or a function of the request it answers. */
export type ScriptedTurn =
  | ScriptedResponse
  | ScriptedError
  | ((request: MessagesRequestBody, index: number) => ScriptedResponse | ScriptedError);

export interface ComputedUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
  cache_creation: { ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number };
}

export interface RecordedRequest {
  body: MessagesRequestBody;
  headers: Record<string, string | string[] | undefined>;
  status: number;
  /** Why the server rejected it (400/401), or the injected error. */
  error?: string;
  usage?: ComputedUsage;
  response?: unknown;
  /** performance.now() when the request arrived and when the answer was sent: the client's time between calls is measurable. */
  receivedAt: number;
  respondedAt?: number;
}

export interface MessagesServerOptions {
  script?: ScriptedTurn[];
  /** The smallest prefix (tokens) a breakpoint caches, per model; the API's published minimums by default. */
  minCacheableTokens?: (model: string) => number;
  /** Clock for cache expiry (ms). */
  now?: () => number;
}

export interface CacheTotals {
  input: number;
  cacheCreation: number;
  cacheRead: number;
  output: number;
  /** cache read ÷ (input + cache creation + cache read), 0 when nothing was sent. */
  hitRate: number;
}

const TOKEN_BYTES = 4;
const LOOKBACK_BLOCKS = 20;
const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

/** The server's tokenizer: one token per 4 UTF-8 bytes, rounded up (close to the API's average on code and prose). */
export function serverTokenCount(text: string): number {
  return Math.ceil(Buffer.byteLength(text, 'utf8') / TOKEN_BYTES);
}

/** The API's minimum cacheable prompt length per model family. */
export function defaultMinCacheableTokens(model: string): number {
  if (/haiku-4|opus-4-[56]/.test(model)) return 4096;
  if (/haiku/.test(model)) return 2048;
  return 1024;
}

class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

interface PrefixBlock {
  key: string;
  tokens: number;
  cacheControl?: { type: string; ttl?: string };
}

interface CacheEntry {
  expires: number;
  ttlMs: number;
}

export class MessagesServer {
  readonly requests: RecordedRequest[] = [];
  private readonly script: ScriptedTurn[];
  private readonly cache = new Map<string, CacheEntry>();
  private readonly minCacheable: (model: string) => number;
  private readonly now: () => number;
  private toolUseCounter = 0;
  private turnIndex = 0;
  private server?: Server;
  url = '';

  constructor(options: MessagesServerOptions = {}) {
    this.script = [...(options.script ?? [])];
    this.minCacheable = options.minCacheableTokens ?? defaultMinCacheableTokens;
    this.now = options.now ?? Date.now;
  }

  /** Appends turns to the script. */
  enqueue(...turns: ScriptedTurn[]): this {
    this.script.push(...turns);
    return this;
  }

  /** Turns the script still holds. */
  get remaining(): number {
    return this.script.length;
  }

  /** Requests the server answered with a scripted message (not rejected, not an injected error). */
  get answered(): RecordedRequest[] {
    return this.requests.filter((r) => r.status === 200);
  }

  /** Requests rejected as invalid: a correct client produces none. */
  get rejected(): RecordedRequest[] {
    return this.requests.filter((r) => r.status === 400 || r.status === 401);
  }

  totals(): CacheTotals {
    const t = { input: 0, cacheCreation: 0, cacheRead: 0, output: 0 };
    for (const r of this.answered) {
      t.input += r.usage!.input_tokens;
      t.cacheCreation += r.usage!.cache_creation_input_tokens;
      t.cacheRead += r.usage!.cache_read_input_tokens;
      t.output += r.usage!.output_tokens;
    }
    const all = t.input + t.cacheCreation + t.cacheRead;
    return { ...t, hitRate: all === 0 ? 0 : t.cacheRead / all };
  }

  async listen(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const receivedAt = performance.now();
    const record: RecordedRequest = { body: {}, headers: req.headers, status: 0, receivedAt };
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      record.respondedAt = performance.now();
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${randomBytes(8).toString('hex')}`, ...headers });
      res.end(JSON.stringify(payload));
    };
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== '/v1/messages') {
      send(404, { type: 'error', error: { type: 'not_found_error', message: `no route ${req.method} ${path}` } });
      return;
    }
    let body: MessagesRequestBody = {};
    this.requests.push(record);
    try {
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as MessagesRequestBody;
      } catch {
        throw new RequestError(400, 'invalid_request_error', 'request body is not valid JSON');
      }
      record.body = body;
      validateHeaders(req);
      const blocks = validateRequest(body);
      const turn = this.nextTurn(body);
      if ('error' in turn) {
        record.status = turn.error.status;
        record.error = turn.error.message ?? 'injected error';
        send(
          turn.error.status,
          { type: 'error', error: { type: turn.error.type ?? errorTypeFor(turn.error.status), message: record.error } },
          { 'retry-after-ms': String(turn.error.retryAfterMs ?? 1) },
        );
        return;
      }
      const content = turn.content.map((b) =>
        b.type === 'tool_use' ? { type: 'tool_use', id: b.id ?? this.nextToolUseId(), name: b.name, input: b.input } : { type: 'text', text: b.text },
      );
      const usage = this.computeUsage(body.model as string, blocks, content);
      const maxTokens = body.max_tokens as number;
      const stop = turn.stop_reason ?? (usage.output_tokens > maxTokens ? 'max_tokens' : content.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn');
      const response = {
        id: `msg_${randomBytes(12).toString('hex')}`,
        type: 'message',
        role: 'assistant',
        model: body.model,
        content,
        stop_reason: stop,
        stop_sequence: null,
        usage: { ...usage, service_tier: 'standard' },
      };
      record.status = 200;
      record.usage = usage;
      record.response = response;
      send(200, response);
    } catch (error) {
      const e = error instanceof RequestError ? error : new RequestError(500, 'api_error', String(error));
      record.status = e.status;
      record.error = e.message;
      send(e.status, { type: 'error', error: { type: e.type, message: e.message } }, e.status >= 500 ? {} : { 'x-should-retry': 'false' });
    }
  }

  private nextTurn(body: MessagesRequestBody): ScriptedResponse | ScriptedError {
    const next = this.script.shift();
    if (!next) throw new RequestError(400, 'invalid_request_error', `script exhausted after ${this.turnIndex} turn(s)`);
    const index = this.turnIndex++;
    return typeof next === 'function' ? next(body, index) : next;
  }

  private nextToolUseId(): string {
    this.toolUseCounter += 1;
    return `toolu_${String(this.toolUseCounter).padStart(6, '0')}_${randomBytes(4).toString('hex')}`;
  }

  /**
   * Cache semantics of the API: each breakpoint looks back up to 20 blocks for
   * the longest prefix an earlier request cached (read); the prefix up to the
   * last breakpoint long enough to cache is written (creation); the rest is input.
   */
  private computeUsage(model: string, blocks: PrefixBlock[], content: unknown[]): ComputedUsage {
    const now = this.now();
    const hashes: string[] = [];
    const cumulative: number[] = [];
    let hash = createHash('sha256').update(`model:${model}`).digest('hex');
    let sum = 0;
    for (const b of blocks) {
      hash = createHash('sha256').update(hash).update(b.key).digest('hex');
      hashes.push(hash);
      sum += b.tokens;
      cumulative.push(sum);
    }
    const total = sum;
    const tokensThrough = (i: number): number => (i < 0 ? 0 : cumulative[i]!);
    const live = (i: number): boolean => {
      const entry = this.cache.get(hashes[i]!);
      return entry !== undefined && entry.expires > now;
    };
    const breakpoints = blocks.flatMap((b, i) => (b.cacheControl ? [i] : []));
    let readThrough = -1;
    for (const p of breakpoints) {
      for (let j = p; j >= Math.max(0, p - LOOKBACK_BLOCKS); j -= 1) {
        if (live(j)) {
          readThrough = Math.max(readThrough, j);
          break;
        }
      }
    }
    const min = this.minCacheable(model);
    const cacheable = breakpoints.filter((p) => tokensThrough(p) >= min);
    const creation = { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 };
    let previous = readThrough;
    for (const p of cacheable) {
      const ttlMs = blocks[p]!.cacheControl!.ttl === '1h' ? 3_600_000 : 300_000;
      if (p > previous) {
        const written = tokensThrough(p) - tokensThrough(previous);
        if (ttlMs === 3_600_000) creation.ephemeral_1h_input_tokens += written;
        else creation.ephemeral_5m_input_tokens += written;
        previous = p;
      }
      const existing = this.cache.get(hashes[p]!);
      this.cache.set(hashes[p]!, { ttlMs: Math.max(ttlMs, existing?.ttlMs ?? 0), expires: now + Math.max(ttlMs, existing?.ttlMs ?? 0) });
    }
    if (readThrough >= 0) {
      const entry = this.cache.get(hashes[readThrough]!)!;
      entry.expires = now + entry.ttlMs;
    }
    const read = tokensThrough(readThrough);
    const created = creation.ephemeral_5m_input_tokens + creation.ephemeral_1h_input_tokens;
    return {
      input_tokens: total - read - created,
      output_tokens: Math.max(1, serverTokenCount(JSON.stringify(content))),
      cache_creation_input_tokens: created,
      cache_read_input_tokens: read,
      cache_creation: creation,
    };
  }
}

export async function startMessagesServer(options: MessagesServerOptions = {}): Promise<MessagesServer> {
  return new MessagesServer(options).listen();
}

function errorTypeFor(status: number): string {
  if (status === 529) return 'overloaded_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 500) return 'api_error';
  return 'invalid_request_error';
}

function validateHeaders(req: IncomingMessage): void {
  const key = req.headers['x-api-key'];
  const bearer = req.headers.authorization;
  if ((typeof key !== 'string' || key.length === 0) && (typeof bearer !== 'string' || !bearer.startsWith('Bearer '))) {
    throw new RequestError(401, 'authentication_error', 'x-api-key header is required');
  }
  if (typeof req.headers['anthropic-version'] !== 'string') {
    throw new RequestError(400, 'invalid_request_error', 'anthropic-version header is required');
  }
}

function invalid(message: string): never {
  throw new RequestError(400, 'invalid_request_error', message);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Canonical key of a block for the cache: its JSON without cache_control, so moving a breakpoint keeps the prefix. */
function blockKey(kind: string, block: unknown): string {
  if (!isObject(block)) return `${kind}:${JSON.stringify(block)}`;
  const { cache_control: _ignored, ...rest } = block;
  return `${kind}:${JSON.stringify(rest)}`;
}

function cacheControlOf(block: unknown, where: string): PrefixBlock['cacheControl'] {
  if (!isObject(block) || block.cache_control === undefined) return undefined;
  const cc = block.cache_control;
  if (!isObject(cc) || cc.type !== 'ephemeral') invalid(`${where}.cache_control: type must be 'ephemeral'`);
  if (cc.ttl !== undefined && cc.ttl !== '5m' && cc.ttl !== '1h') invalid(`${where}.cache_control.ttl: must be '5m' or '1h'`);
  return { type: 'ephemeral', ...(typeof cc.ttl === 'string' ? { ttl: cc.ttl } : {}) };
}

/** Validates the request as the API does and returns its prompt as cacheable blocks, in prompt order. */
function validateRequest(body: MessagesRequestBody): PrefixBlock[] {
  if (!isObject(body)) invalid('request body must be a JSON object');
  if (typeof body.model !== 'string' || body.model.length === 0) invalid('model: Field required');
  if (typeof body.max_tokens !== 'number' || !Number.isInteger(body.max_tokens) || body.max_tokens < 1) invalid('max_tokens: Field required (a positive integer)');
  if (body.stream === true) invalid('stream: this test server answers non-streaming requests only');
  const blocks: PrefixBlock[] = [];
  const push = (kind: string, block: unknown, where: string): void => {
    const key = blockKey(kind, block);
    const cacheControl = cacheControlOf(block, where);
    blocks.push({ key, tokens: serverTokenCount(key), ...(cacheControl ? { cacheControl } : {}) });
  };

  if (body.tools !== undefined) {
    if (!Array.isArray(body.tools)) invalid('tools: must be an array');
    const names = new Set<string>();
    body.tools.forEach((tool: unknown, i) => {
      if (!isObject(tool) || typeof tool.name !== 'string' || !TOOL_NAME.test(tool.name)) invalid(`tools.${i}.name: must match ${TOOL_NAME.source}`);
      if (names.has(tool.name)) invalid(`tools: tool names must be unique ('${tool.name}')`);
      names.add(tool.name);
      if (!isObject(tool.input_schema) || tool.input_schema.type !== 'object') invalid(`tools.${i}.input_schema: type must be 'object'`);
      push('tool', tool, `tools.${i}`);
    });
  }

  if (typeof body.system === 'string') {
    if (body.system.length > 0) push('system', { type: 'text', text: body.system }, 'system');
  } else if (body.system !== undefined) {
    if (!Array.isArray(body.system)) invalid('system: must be a string or an array of text blocks');
    body.system.forEach((b: unknown, i) => {
      if (!isObject(b) || b.type !== 'text' || typeof b.text !== 'string' || b.text.length === 0) invalid(`system.${i}: text content blocks must be non-empty`);
      push('system', b, `system.${i}`);
    });
  }

  if (!Array.isArray(body.messages) || body.messages.length === 0) invalid('messages: at least one message is required');
  const messages = body.messages as unknown[];
  const seenToolUseIds = new Set<string>();
  messages.forEach((m, i) => {
    if (!isObject(m) || (m.role !== 'user' && m.role !== 'assistant')) invalid(`messages.${i}.role: must be 'user' or 'assistant'`);
    if (i === 0 && m.role !== 'user') invalid('messages.0.role: the first message must use the user role');
    if (i > 0 && (messages[i - 1] as { role: string }).role === m.role) invalid(`messages.${i}: roles must alternate between 'user' and 'assistant'`);
    const content = typeof m.content === 'string' ? [{ type: 'text', text: m.content }] : m.content;
    if (!Array.isArray(content) || content.length === 0) invalid(`messages.${i}.content: must be a non-empty string or array`);
    const previousToolUses = i > 0 ? toolUseIds((messages[i - 1] as { content: unknown }).content) : [];
    const answered = new Set<string>();
    let seenNonResult = false;
    content.forEach((b: unknown, j) => {
      const where = `messages.${i}.content.${j}`;
      if (!isObject(b) || typeof b.type !== 'string') invalid(`${where}: a content block needs a type`);
      switch (b.type) {
        case 'text':
          if (typeof b.text !== 'string' || b.text.length === 0) invalid(`${where}: text content blocks must be non-empty`);
          seenNonResult = true;
          break;
        case 'tool_use':
          if (m.role !== 'assistant') invalid(`${where}: tool_use blocks may only appear in assistant messages`);
          if (typeof b.id !== 'string' || typeof b.name !== 'string' || !isObject(b.input)) invalid(`${where}: tool_use needs id, name and an input object`);
          if (seenToolUseIds.has(b.id)) invalid(`${where}: tool_use ids must be unique ('${b.id}')`);
          seenToolUseIds.add(b.id);
          break;
        case 'tool_result': {
          if (m.role !== 'user') invalid(`${where}: tool_result blocks may only appear in user messages`);
          if (typeof b.tool_use_id !== 'string') invalid(`${where}.tool_use_id: Field required`);
          if (seenNonResult) invalid(`${where}: tool_result blocks must come before any other content in the message`);
          if (!previousToolUses.includes(b.tool_use_id)) {
            invalid(`${where}: unexpected tool_use_id found in tool_result blocks: ${b.tool_use_id}. Each tool_result block must have a corresponding tool_use block in the previous message.`);
          }
          if (answered.has(b.tool_use_id)) invalid(`${where}: duplicate tool_result for ${b.tool_use_id}`);
          answered.add(b.tool_use_id);
          if (b.content !== undefined && typeof b.content !== 'string' && !Array.isArray(b.content)) invalid(`${where}.content: must be a string or an array of blocks`);
          break;
        }
        default:
          invalid(`${where}: content block type '${b.type}' is not supported by this test server`);
      }
      push(m.role as string, b, where);
    });
    if (m.role === 'user' && previousToolUses.length > 0) {
      const missing = previousToolUses.filter((id) => !answered.has(id));
      if (missing.length > 0) {
        invalid(`messages.${i}: tool_use ids were found without tool_result blocks immediately after: ${missing.join(', ')}. Each tool_use block must have a corresponding tool_result block in the next message.`);
      }
    }
  });
  const last = messages[messages.length - 1] as { role: string; content: unknown };
  if (last.role === 'assistant' && toolUseIds(last.content).length > 0) {
    invalid(`messages.${messages.length - 1}: tool_use ids were found without tool_result blocks immediately after`);
  }
  const breakpoints = blocks.filter((b) => b.cacheControl).length;
  if (breakpoints > 4) invalid(`A maximum of 4 blocks with cache_control may be provided. Found ${breakpoints}.`);
  return blocks;
}

function toolUseIds(content: unknown): string[] {
  if (!Array.isArray(content)) return [];
  return content.flatMap((b: unknown) => (isObject(b) && b.type === 'tool_use' && typeof b.id === 'string' ? [b.id] : []));
}
