export type { LexError } from './lex-error.js';
export { LineIndex, lineOf } from './line-index.js';
export { matchingBracket, splitTopLevel, type Span } from './masked-text.js';
export { allowsJsx, literalValue, templateParts, tokenizeJs, T_IDENT, T_JSX, T_NUMBER, T_PUNCT, T_REGEX, T_STRING, T_TEMPLATE, type JsLexOptions, type JsTokens, type TemplateParts } from './js-lexer.js';
export {
  maskPython,
  pythonStatementsOf,
  pythonStringEnd,
  scanPython,
  scanPythonStatements,
  stringValueAt,
  type LexedFile,
  type PyScan,
  type PyStatement,
  type PyStatements,
} from './python-lexer.js';
export { pythonStringLiteral, pythonTokens, type PyStringLiteral, type PyToken, type PyTokenType } from './python-tokens.js';
export { LexWorkerError, PythonLexWorker } from './python-lex-worker.js';
export { maskCLike, matchingBrace, type CLikeDialect, type Masked } from './clike-lexer.js';
export { maskRuby, RUBY_WORDS_BEFORE_STATEMENT } from './ruby-lexer.js';
export { readingOf, sourceText, type Reading } from './source-text.js';
