import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { asRecord, type Doc } from './canonical-json.js';
import { npmSource, REGISTRY, type DependencySource } from './dependency-sources.js';
import { descriptorName, LockfileError, type LockedPackage, type Lockfile } from './locked-packages.js';

/**
 * bun.lock: JSON with trailing commas (read with jsonc-parser, VS Code's
 * parser). `packages` maps a name to `[ "name@spec", registry?, { dependencies… }, integrity? ]`.
 */
export function readBunLockfile(text: string, dir: string): Lockfile {
  const errors: ParseError[] = [];
  const doc = asRecord(parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false }));
  if (errors.length > 0) throw new LockfileError(`is not valid JSON (${printParseErrorCode(errors[0]!.error)} at offset ${errors[0]!.offset})`);
  if (!doc) throw new LockfileError('is not a JSON object');
  const roots: string[] = [];
  for (const workspace of Object.values(asRecord(doc.workspaces) ?? {})) {
    for (const f of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) roots.push(...Object.keys(asRecord(asRecord(workspace)?.[f]) ?? {}));
  }
  const packages: LockedPackage[] = [];
  for (const [key, raw] of Object.entries(asRecord(doc.packages) ?? {})) {
    if (!Array.isArray(raw) || typeof raw[0] !== 'string') throw new LockfileError(`package '${key}' is not [ "name@version", … ]`);
    const descriptor = raw[0];
    const name = descriptorName(descriptor);
    const spec = descriptor.slice(name.length + 1);
    const meta: Doc = (raw.find((x) => asRecord(x) !== undefined) as Doc | undefined) ?? {};
    const registry = typeof raw[1] === 'string' ? raw[1] : '';
    let source: DependencySource = /^\d/.test(spec) ? REGISTRY : npmSource(name, spec, dir);
    if (source.kind === 'registry' && registry !== '') source = { kind: 'registry', url: registry };
    packages.push({
      name,
      version: spec,
      source,
      dependsOn: ['dependencies', 'optionalDependencies', 'peerDependencies'].flatMap((f) => Object.keys(asRecord(meta[f]) ?? {})),
      content: raw.filter((x): x is string => typeof x === 'string').join(' '),
    });
  }
  return { packages, roots, graph: true };
}
