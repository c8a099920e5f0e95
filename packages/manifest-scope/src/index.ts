export * from './path-matcher.js';
export * from './forbidden-matcher.js';
export * from './scope-guard.js';
export * from './forbidden-table.js';
