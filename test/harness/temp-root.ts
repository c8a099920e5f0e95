import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary directory a test run makes lives under one root, removed
 * when the run ends: a test that forgets its temp dir (or fails before its
 * cleanup) leaves nothing behind on the machine. Workers inherit TMPDIR.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'agent-guards-test-run-'));
  // Traversable like /tmp itself: tests that run a process as another user hand it a directory inside.
  chmodSync(root, 0o755);
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
