/**
 * What packages use to speak. Actions adapt @actions/core to it; the CLI writes
 * to stderr; tests collect lines. Packages never import @actions/core.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
};

/** Logs to a stream (stderr for the CLI, so stdout stays clean for --json). */
export function streamLogger(write: (line: string) => void, verbose = false): Logger {
  return {
    debug: (m) => {
      if (verbose) write(`debug: ${m}`);
    },
    info: (m) => write(m),
    warning: (m) => write(`warning: ${m}`),
    error: (m) => write(`error: ${m}`),
  };
}

/** Keeps every line, for tests and for replaying into a summary. */
export class MemoryLogger implements Logger {
  readonly lines: { level: 'debug' | 'info' | 'warning' | 'error'; message: string }[] = [];
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message });
  }
  error(message: string): void {
    this.lines.push({ level: 'error', message });
  }
}
