import { relative, sep } from 'node:path';
import type { TestCollection } from '../model.js';

/** A framework's own view of a checkout: its tests, and the files it collects (it decides those). */
export interface FrameworkCollection {
  collection: TestCollection;
  /** The test files the framework collects, relative to the checkout. */
  files: Set<string>;
  version: string;
}

/** A path a framework reported (absolute), as a repository path relative to the checkout's real root. */
export function checkoutPath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}
