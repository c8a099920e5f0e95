export * from './temp-repo.js';
export * from './openapi.js';
export * from './real-repos.js';
export * from './otlp-receiver.js';
export * from './git-processes.js';
export * from './module-load-log.js';
