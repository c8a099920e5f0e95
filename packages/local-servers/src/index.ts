export * from './github-server.js';
export * from './messages-server.js';
