import type Anthropic from '@anthropic-ai/sdk';
import type { RuntimeOptions } from '../types.js';

/**
 * The only holder of the API key (security.md item 18): the official SDK,
 * which honours ANTHROPIC_BASE_URL (gateways, the local test server) and
 * retries 429/5xx/529 itself. Tools never see this object.
 */
export class ModelClient {
  // The SDK is a megabyte of code that only the first model call needs: it loads from the
  // constructor on, while the session sets up its sandbox and context.
  private readonly sdk: Promise<Anthropic>;

  constructor(options: RuntimeOptions['anthropic'] = {}) {
    this.sdk = import('@anthropic-ai/sdk').then(
      ({ default: Sdk }) =>
        new Sdk({
          ...(options.apiKey !== undefined ? { apiKey: options.apiKey } : {}),
          ...(options.baseURL !== undefined ? { baseURL: options.baseURL } : {}),
          maxRetries: options.maxRetries ?? 2,
          timeout: options.timeoutMs ?? 10 * 60_000,
          // The runner's own `chat {model}` span is the GenAI span of each call, in trace.jsonl and at the
          // collector alike; the SDK's would be a second one, missing from the file, and its propagation
          // would send our trace context to the model API.
          openTelemetry: false,
        }),
    );
    // A session that ends before its first call never awaits it; the first call sees any failure.
    this.sdk.catch(() => undefined);
  }

  async create(params: Anthropic.Messages.MessageCreateParamsNonStreaming): Promise<Anthropic.Messages.Message> {
    return (await this.sdk).messages.create(params);
  }
}
