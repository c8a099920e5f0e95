/**
 * PEP 508 dependency specifiers (`name[extras] (specifiers | @ url) ; marker`),
 * as pyproject.toml, pdm.lock and pip requirement lines write them. Hand-written
 * rather than taken from npm: the one maintained parser there
 * (pip-requirements-js) rejects pip's per-requirement options (`--hash`), so it
 * cannot read the hashed requirement files pip-compile and uv write.
 */
export interface Pep508Requirement {
  /** PEP 503-normalised. */
  name: string;
  extras: string[];
  /** Version specifiers as written, without spaces (`>=1,<2`); '' when none. */
  specifier: string;
  /** A direct reference (`name @ https://…`). */
  url?: string;
  marker?: string;
}

/** PEP 503 normalisation, so `Pytest_Cov` and `pytest-cov` are one package. */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/;
const EXTRAS = /^\[([^\]]*)\]\s*/;
const ONE_SPECIFIER = /^(~=|===|==|!=|<=|>=|<|>)\s*([A-Za-z0-9_.*+!-]+)$/;

/** A requirement, or undefined when `text` is not one (the caller decides how to fail). */
export function parsePep508(text: string): Pep508Requirement | undefined {
  const name = NAME.exec(text);
  if (!name) return undefined;
  let rest = text.slice(name[0].length);
  const extrasMatch = EXTRAS.exec(rest);
  const extras = extrasMatch ? extrasMatch[1]!.split(',').map((e) => e.trim()).filter(Boolean) : [];
  if (extrasMatch) rest = rest.slice(extrasMatch[0].length);
  const requirement: Pep508Requirement = { name: normalizePythonName(name[1]!), extras, specifier: '' };
  if (rest.startsWith('@')) {
    // A URL ends at whitespace; a marker after it needs whitespace before its ';'.
    const m = /^@\s*(\S+)(?:\s+;\s*(.*))?\s*$/s.exec(rest);
    if (!m) return undefined;
    requirement.url = m[1]!;
    if (m[2] !== undefined) requirement.marker = m[2].trim();
    return requirement;
  }
  const semicolon = rest.indexOf(';');
  let specifiers = (semicolon < 0 ? rest : rest.slice(0, semicolon)).trim();
  if (semicolon >= 0) requirement.marker = rest.slice(semicolon + 1).trim();
  if (specifiers.startsWith('(') && specifiers.endsWith(')')) specifiers = specifiers.slice(1, -1).trim();
  if (specifiers !== '') {
    const parts = specifiers.split(',').map((s) => s.trim());
    if (!parts.every((p) => ONE_SPECIFIER.test(p))) return undefined;
    requirement.specifier = parts.map((p) => p.replace(/\s+/g, '')).join(',');
  }
  return requirement;
}
