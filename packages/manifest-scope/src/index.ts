export * from './path-matcher.js';
export * from './dependencies.js';
export * from './scope-guard.js';
