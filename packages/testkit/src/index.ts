export * from './temp-repo.js';
export * from './openapi.js';
