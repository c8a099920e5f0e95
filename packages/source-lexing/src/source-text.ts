import { isAscii } from 'node:buffer';
import { allowsJsx, jsNamesAsRead } from './js-lexer.js';
import { pythonSourceText } from './python-lexer.js';

/** How sourceText reads a file: by its language, where the language reads names its own way. */
export type Reading = 'python' | 'java' | 'js' | 'text';

const JS_PATH = /\.[cm]?[jt]sx?$/;

/** How sourceText reads the file at `path`, by its extension. */
export function readingOf(path: string): Reading {
  if (path.endsWith('.py') || path.endsWith('.pyi')) return 'python';
  if (path.endsWith('.java')) return 'java';
  return JS_PATH.test(path) ? 'js' : 'text';
}

/**
 * Source text from its bytes, as its language reads it (`path` says which): Python's names
 * NFKC-normalized (pythonNamesAsRead), Java's Unicode escapes translated (javaEscapesAsRead), the
 * escapes in JS/TS names translated (jsNamesAsRead). A name spelled another way is then the name
 * the language reads. Plain ASCII is read as Latin-1, the same text without UTF-8 decoding.
 */
export function sourceText(bytes: Buffer, path = ''): string {
  const reading = readingOf(path);
  if (reading === 'python') return pythonSourceText(bytes);
  const text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  if (reading === 'java') return javaEscapesAsRead(text);
  return reading === 'js' ? jsNamesAsRead(text, allowsJsx(path)) : text;
}

/**
 * Java source as javac reads it: its Unicode escapes (`\u0044`, `\uu0044`) translated before
 * anything else, strings and comments included (JLS §3.3), so `@\u0044isabled` is `@Disabled`
 * and a line comment holding `\u000a` ends there. A backslash after an odd number of backslashes
 * is escaped, and starts no escape.
 */
export function javaEscapesAsRead(text: string): string {
  if (!text.includes('\\u')) return text;
  return text.replace(/(\\+)u+([0-9a-fA-F]{4})/g, (whole: string, slashes: string, hex: string) =>
    slashes.length % 2 === 1 ? `${slashes.slice(1)}${String.fromCharCode(Number.parseInt(hex, 16))}` : whole,
  );
}
