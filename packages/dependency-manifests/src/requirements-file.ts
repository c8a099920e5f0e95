import { createHash } from 'node:crypto';
import { parsePep508, type Pep508Requirement } from './pep508.js';

/**
 * pip's requirements file format (requirements.txt, constraints.txt,
 * pip-tools' .in, rye's .lock): https://pip.pypa.io/en/stable/reference/requirements-file-format/
 * Lines continue after a trailing backslash; `#` after whitespace (or at the
 * start) begins a comment; a line is a requirement (with per-requirement
 * options such as `--hash`), an editable (`-e`), or a global option.
 */
export interface RequirementLine {
  /** The requirement; for an unnamed one (a URL or path), its name as `#egg=` gives it or the text itself. */
  requirement: Pep508Requirement;
  /** `-e`/`--editable`. */
  editable: boolean;
  /** A URL or path given without a name, or with a name in `#egg=`. */
  unnamedTarget?: string;
  /** A short fingerprint of the `--hash` options: a new hash for the same version is a different artifact. */
  hashes?: string;
  /** Per-requirement options besides `--hash` (`--config-settings`, `--global-option`). */
  buildOptions: string[];
  /** pip expands `${VAR}` from the environment: what such a line installs is not in the file. */
  usesEnvironment: boolean;
}

export interface RequirementsFile {
  requirements: RequirementLine[];
  /** Global options as written (`--index-url https://…`, `-r base.txt`, `--pre`), canonical: one per line. */
  options: string[];
  /** Files read through `-r`/`-c` (as written, relative to this file). */
  includes: string[];
}

export class RequirementsSyntaxError extends Error {
  override name = 'RequirementsSyntaxError';
}

const LONG_NAMES: Record<string, string> = {
  '-r': '--requirement',
  '-c': '--constraint',
  '-e': '--editable',
  '-i': '--index-url',
  '-f': '--find-links',
};

function logicalLines(text: string): { line: string; number: number }[] {
  const out: { line: string; number: number }[] = [];
  const physical = text.split(/\r?\n/);
  for (let i = 0; i < physical.length; i += 1) {
    const number = i + 1;
    let line = physical[i]!;
    while (line.endsWith('\\') && i + 1 < physical.length) {
      line = line.slice(0, -1) + physical[++i]!;
    }
    line = line.replace(/(^|\s)#.*$/, '').trim();
    if (line) out.push({ line, number });
  }
  return out;
}

/** `--name=value`, `--name value` or `-x value` / `-xvalue`. */
function splitOption(line: string): { name: string; value: string } {
  const long = /^(--[A-Za-z-]+)(?:=|\s+|$)(.*)$/s.exec(line);
  if (long) return { name: long[1]!, value: long[2]!.trim() };
  const short = /^(-[A-Za-z])\s*(.*)$/s.exec(line)!;
  return { name: LONG_NAMES[short[1]!] ?? short[1]!, value: short[2]!.trim() };
}

function unnamed(target: string): Pep508Requirement {
  const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(target);
  const name = egg ? egg[1]! : target;
  return { name: egg ? name.toLowerCase().replace(/[-_.]+/g, '-') : name, extras: [], specifier: '', url: target };
}

function looksLikeTarget(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(text) || text.startsWith('.') || text.startsWith('/') || text.includes('/') || /\.(?:whl|zip|tar\.gz|tgz|tar\.bz2)$/i.test(text);
}

function requirementLine(text: string, editable: boolean, number: number): RequirementLine {
  // Per-requirement options follow the requirement after whitespace.
  const optionAt = text.search(/\s--?[A-Za-z]/);
  const spec = (optionAt < 0 ? text : text.slice(0, optionAt)).trim();
  const options = optionAt < 0 ? [] : text.slice(optionAt).trim().split(/\s+(?=--?[A-Za-z])/);
  const hashes = options.filter((o) => o.startsWith('--hash')).map((o) => o.replace(/^--hash[=\s]\s*/, '')).sort();
  const buildOptions = options.filter((o) => !o.startsWith('--hash'));
  const usesEnvironment = text.includes('${');
  let requirement: Pep508Requirement | undefined;
  let unnamedTarget: string | undefined;
  if (editable || (looksLikeTarget(spec) && !/^[A-Za-z0-9._-]+\s*(\[[^\]]*\])?\s*@/.test(spec))) {
    unnamedTarget = spec;
    requirement = unnamed(spec);
  } else if (usesEnvironment) {
    // The name is still read (the caller reports the line as not from the registry); the rest is the environment's.
    const named = parsePep508(spec.replace(/\$\{[^}]*\}/g, '0'));
    requirement = named ? { ...named, specifier: spec.slice(spec.search(/[<>=!~;@[\s]/) >= 0 ? spec.search(/[<>=!~;@[\s]/) : spec.length).trim() } : unnamed(spec);
  } else {
    requirement = parsePep508(spec);
  }
  if (!requirement) throw new RequirementsSyntaxError(`line ${number}: '${spec}' is not a requirement (PEP 508)`);
  return {
    requirement,
    editable,
    ...(unnamedTarget !== undefined ? { unnamedTarget } : {}),
    ...(hashes.length > 0 ? { hashes: `${hashes.length} hash(es) ${createHash('sha256').update(hashes.join(' ')).digest('hex').slice(0, 8)}` } : {}),
    buildOptions,
    usesEnvironment,
  };
}

/** Throws RequirementsSyntaxError on a line it cannot read. */
export function parseRequirementsFile(text: string): RequirementsFile {
  const file: RequirementsFile = { requirements: [], options: [], includes: [] };
  for (const { line, number } of logicalLines(text)) {
    if (!line.startsWith('-')) {
      file.requirements.push(requirementLine(line, false, number));
      continue;
    }
    const { name, value } = splitOption(line);
    if (name === '--editable') {
      if (!value) throw new RequirementsSyntaxError(`line ${number}: -e needs a path or URL`);
      file.requirements.push(requirementLine(value, true, number));
      continue;
    }
    if (name === '--requirement' || name === '--constraint') file.includes.push(value);
    file.options.push(value ? `${name} ${value}` : name);
  }
  return file;
}
