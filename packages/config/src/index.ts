export * from './forbidden.js';
export * from './test-files.js';
export * from './policy.js';
export * from './ticket.js';
export * from './manifest.js';
export * from './load.js';
export * from './json-schemas.js';
export * from './guard-context.js';
