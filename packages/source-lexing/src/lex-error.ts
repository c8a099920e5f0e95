/** Where a lexer found text that is not valid code (the first such place). */
export interface LexError {
  message: string;
  /** 1-based line. */
  line: number;
}
