import { rename, writeFile } from 'node:fs/promises';

/**
 * Writes the session record, checkpoint and ledger lines in order, behind the
 * model call instead of before it: the runner's time between two calls stays
 * small, and the records land within milliseconds of each turn. A record
 * written again before its previous version reached the disk is coalesced (the
 * newest text wins). A failed write is never silent: the next turn and the end
 * of the run rethrow it.
 */
export class BackgroundWriter {
  private chain: Promise<void> = Promise.resolve();
  private failure: unknown;
  private readonly pendingJson = new Map<string, string>();

  /** Replaces `path` atomically (temp file + rename) with the JSON of `value` as it is now. */
  writeJson(path: string, value: unknown): void {
    const queued = this.pendingJson.has(path);
    this.pendingJson.set(path, `${JSON.stringify(value, null, 2)}\n`);
    if (queued) return;
    this.enqueue(async () => {
      const text = this.pendingJson.get(path)!;
      this.pendingJson.delete(path);
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, text);
      await rename(tmp, path);
    });
  }

  /** Runs an append (a ledger line) after everything queued before it. */
  append(write: () => Promise<void>): void {
    this.enqueue(write);
  }

  /** Throws the first write failure, if any. */
  check(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  /** Waits for every queued write; throws the first failure. */
  async flush(): Promise<void> {
    await this.chain;
    this.check();
  }

  private enqueue(task: () => Promise<void>): void {
    this.chain = this.chain.then(async () => {
      if (this.failure !== undefined) return;
      try {
        await task();
      } catch (error) {
        this.failure = error;
      }
    });
  }
}
