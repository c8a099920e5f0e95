export * from './check-protection.js';
export * from './assessment.js';
export * from './ref-patterns.js';
