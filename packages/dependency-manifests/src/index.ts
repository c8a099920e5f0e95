export * from './dependency-files.js';
export * from './manifest-sections.js';
export * from './declared-dependencies.js';
export * from './dev-only-change.js';
