/**
 * go.mod (https://go.dev/ref/mod#go-mod-file): `require` declares modules;
 * `replace` swaps a module for a fork or a local folder, `exclude` drops
 * versions, `go` and `toolchain` choose (and with GOTOOLCHAIN=auto download)
 * the toolchain — all of them change what gets built.
 */
export interface GoMod {
  requires: { module: string; version: string }[];
  /** Directive and its operands before `=>` (or the directive alone) → the rest, for `replace`, `exclude`, `go`, `toolchain`. */
  settings: Map<string, string>;
}

export class GoModSyntaxError extends Error {
  override name = 'GoModSyntaxError';
}

/** Directives that change nothing installed: the module's own path, GODEBUG defaults, retractions for users, tools (whose modules are required). */
const IGNORED = new Set(['module', 'godebug', 'retract', 'tool', 'ignore']);
const SETTINGS = new Set(['replace', 'exclude', 'go', 'toolchain']);

function tokens(line: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

function entry(directive: string, operands: string[], mod: GoMod, number: number): void {
  if (IGNORED.has(directive)) return;
  if (directive === 'require') {
    const [module, version] = operands;
    if (!module || !version) throw new GoModSyntaxError(`line ${number}: require needs a module path and a version`);
    mod.requires.push({ module, version });
    return;
  }
  if (!SETTINGS.has(directive)) throw new GoModSyntaxError(`line ${number}: unknown directive '${directive}'`);
  const arrow = operands.indexOf('=>');
  const key = arrow < 0 ? (directive === 'exclude' ? operands.join(' ') : '') : operands.slice(0, arrow).join(' ');
  const value = arrow < 0 ? (directive === 'exclude' ? 'excluded' : operands.join(' ')) : operands.slice(arrow + 1).join(' ');
  mod.settings.set(`${directive} ${key}`.trim(), value);
}

/** Throws GoModSyntaxError on what it cannot read (a directive Go may add later included: fail closed). */
export function parseGoMod(text: string): GoMod {
  const mod: GoMod = { requires: [], settings: new Map() };
  let block: string | undefined;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const words = tokens(lines[i]!.replace(/\/\/.*$/, ''));
    if (words.length === 0) continue;
    if (block !== undefined) {
      if (words[0] === ')') block = undefined;
      else entry(block, words, mod, i + 1);
      continue;
    }
    const [directive, ...operands] = words;
    if (operands[0] === '(' && operands.length === 1) block = directive;
    else entry(directive!, operands, mod, i + 1);
  }
  if (block !== undefined) throw new GoModSyntaxError(`the ${block} block is not closed`);
  return mod;
}
