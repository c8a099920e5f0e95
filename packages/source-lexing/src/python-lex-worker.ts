import { Worker } from 'node:worker_threads';
import { LEX_WORKER_ROLE, type LexedFile, type LexReply, type LexRequest } from './python-lexer.js';

/** The lexing worker could not start or stopped: what it had not lexed yet is lexed by the caller. */
export class LexWorkerError extends Error {}

/**
 * A worker thread that reads and lexes Python files while the main thread
 * parses and collects the ones already lexed: a full scan uses both cores, as
 * the search tools it is measured against do. One worker serves the process;
 * it does not keep the process alive while idle. When it cannot start or
 * fails, `lex` rejects and the caller lexes on its own thread.
 */
export class PythonLexWorker {
  private static instance: PythonLexWorker | undefined;
  private static unavailable = false;

  private readonly pending = new Map<number, { onFiles: (files: LexedFile[]) => void; resolve: () => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private failure: LexWorkerError | undefined;

  private constructor(private readonly worker: Worker) {
    worker.unref();
    worker.on('message', (reply: LexReply) => this.receive(reply));
    worker.on('error', (e) => this.fail(new LexWorkerError(`the lexing worker failed: ${e instanceof Error ? e.message : String(e)}`)));
    worker.on('exit', (code) => this.fail(new LexWorkerError(`the lexing worker exited (code ${code})`)));
  }

  /** The process's lexing worker, started on first use; undefined where no worker can run. */
  static shared(): PythonLexWorker | undefined {
    if (PythonLexWorker.instance && !PythonLexWorker.instance.failure) return PythonLexWorker.instance;
    if (PythonLexWorker.unavailable) return undefined;
    try {
      PythonLexWorker.instance = new PythonLexWorker(startLexerWorker());
    } catch {
      PythonLexWorker.unavailable = true;
      return undefined;
    }
    return PythonLexWorker.instance;
  }

  /** Whether the process's worker has been started (and not stopped). */
  static running(): boolean {
    return PythonLexWorker.instance !== undefined && !PythonLexWorker.instance.failure;
  }

  /** Stops the process's worker (a later scan starts a new one); scans waiting on it lex on their own thread. */
  static async stop(): Promise<void> {
    const instance = PythonLexWorker.instance;
    PythonLexWorker.instance = undefined;
    if (instance) await instance.worker.terminate();
  }

  /** Reads files (absolute paths) and lexes the Python ones; `onFiles` gets them in order, a batch at a time. */
  lex(paths: string[], onFiles: (files: LexedFile[]) => void): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId;
    this.nextId += 1;
    return new Promise<void>((resolve, reject) => {
      this.pending.set(id, { onFiles, resolve, reject });
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ id, paths } satisfies LexRequest);
    });
  }

  private receive(reply: LexReply): void {
    const request = this.pending.get(reply.id);
    if (!request) return;
    try {
      request.onFiles(reply.files);
    } catch (e) {
      this.settle(reply.id);
      request.reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    if (reply.done) {
      this.settle(reply.id);
      request.resolve();
    }
  }

  private settle(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }

  private fail(error: LexWorkerError): void {
    this.failure ??= error;
    for (const [id, request] of this.pending) {
      this.settle(id);
      request.reject(this.failure);
    }
  }
}

/**
 * The worker runs the compiled lexer module, which sits beside this one: in the
 * package's lib/, or beside an action's bundle (where scripts/bundle.mjs copies
 * it). From TypeScript sources (tests) it is the one in lib/.
 */
function startLexerWorker(): Worker {
  const here = import.meta.url;
  const script = here.endsWith('.ts') ? here.replace(/\/src\/[^/]+$/, '/lib/python-lexer.js') : here.replace(/[^/]+$/, 'python-lexer.js');
  return new Worker(new URL(script), { workerData: { role: LEX_WORKER_ROLE } });
}
