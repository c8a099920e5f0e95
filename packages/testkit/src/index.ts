export * from './temp-repo.js';
