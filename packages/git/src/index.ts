export * from './run-git.js';
export * from './revisions.js';
export * from './changed-files.js';
export * from './objects.js';
export { catFileBatch } from './cat-file.js';
export * from './commits.js';
export * from './worktree.js';
export * from './checkout-git.js';
export { forgetGitAnswers, isFullSha } from './memo.js';
