/** `$$…$$` or `$…$` within one block of rendered text. */
const MATH = /\$\$[^\n]*?\$\$|\$[^$\n]*?\$/g;

/**
 * Stretches of rendered text GitHub typesets as math. Math without a TeX
 * command shows its characters as typed; one with a command can show anything
 * or nothing (`\phantom{…}`, `\color{white}{…}`), so only those are returned.
 * `$`…`$` and ```` ```math ```` are code to the Markdown parser, hidden already.
 */
export function texMathWithCommands(text: string): { start: number; end: number }[] {
  return [...text.matchAll(MATH)].filter((m) => m[0].includes('\\')).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
