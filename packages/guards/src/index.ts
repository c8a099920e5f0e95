export * from './catalog.js';
export * from './guard-request.js';
export * from './registry.js';
export * from './guard-table.js';
