/**
 * Two kinds of error, as in codeql-action: a ConfigurationError is the user's to
 * fix (bad input, config or repository state) and its message says what to change;
 * anything else is internal (a bug or infrastructure). Both end in verdict `error`.
 */
export interface ConfigurationErrorDetails {
  /** The file the problem is in, repo-relative where possible. */
  file?: string;
  /** The field, input or option at fault (dotted path for config files). */
  field?: string;
  /** 1-based line in `file`, when known. */
  line?: number;
  /** What the user should do. */
  fix?: string;
}

export class ConfigurationError extends Error {
  readonly file?: string;
  readonly field?: string;
  readonly line?: number;
  readonly fix?: string;

  constructor(problem: string, details: ConfigurationErrorDetails = {}) {
    super(formatConfigurationMessage(problem, details));
    this.name = 'ConfigurationError';
    this.file = details.file;
    this.field = details.field;
    this.line = details.line;
    this.fix = details.fix;
  }

  /** What a report says of it: one finding (an error in a file with several problems gives one each). */
  reportedProblems(): ReportedProblem[] {
    return [{ message: this.message }];
  }
}

/** One problem as a report's finding says it: the message, and the file and line when it is a repository file. */
export interface ReportedProblem {
  message: string;
  path?: string;
  line?: number;
}

function formatConfigurationMessage(problem: string, d: ConfigurationErrorDetails): string {
  const where = [
    d.file ? `${d.file}${d.line ? `:${d.line}` : ''}` : undefined,
    d.field ? `field '${d.field}'` : undefined,
  ].filter(Boolean);
  const prefix = where.length > 0 ? `${where.join(', ')}: ` : '';
  return `${prefix}${problem}${d.fix ? ` Fix: ${d.fix}` : ''}`;
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

/** A readable one-line description of anything thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
