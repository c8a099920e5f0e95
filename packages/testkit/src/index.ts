export * from './temp-repo.js';
export * from './messages-server.js';
export * from './github-server.js';
export * from './openapi.js';
