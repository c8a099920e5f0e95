export * from './path-matcher.js';
export * from './scope-guard.js';
