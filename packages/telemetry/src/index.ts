export * from './semconv.js';
export * from './trace-context.js';
export { RANDOM_DEVICE, randomHex } from './random-hex.js';
export * from './span-record.js';
export * from './otel-env.js';
export * from './telemetry.js';
export * from './guard-span.js';
export type { InstrumentOptions } from './sdk.js';
