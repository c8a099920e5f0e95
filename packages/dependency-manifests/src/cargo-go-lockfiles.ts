import { parse as parseToml } from 'smol-toml';
import { asRecord, type Doc } from './canonical-json.js';
import { REGISTRY, type DependencySource } from './dependency-sources.js';
import { LockfileError, type LockedPackage, type Lockfile } from './locked-packages.js';

/** crates.io's index, as Cargo.lock names it (the git index and the sparse one). */
const CRATES_IO = new Set(['registry+https://github.com/rust-lang/crates.io-index', 'sparse+https://index.crates.io/']);

function cargoLockSource(source: unknown): DependencySource {
  // A package without a source is a path dependency or a workspace member: code in the repository.
  if (typeof source !== 'string') return { kind: 'local', detail: 'a path dependency or workspace member' };
  if (CRATES_IO.has(source)) return REGISTRY;
  if (source.startsWith('registry+') || source.startsWith('sparse+')) return { kind: 'registry', url: source.slice(source.indexOf('+') + 1) };
  if (source.startsWith('git+')) return { kind: 'other', detail: `a git repository (${source.slice(4)})` };
  return { kind: 'other', detail: source };
}

/** Cargo.lock (versions 1 to 4): `[[package]]` with name, version, source, checksum and `dependencies = ["name version"]`. */
export function readCargoLockfile(text: string): Lockfile {
  let doc: Doc;
  try {
    doc = parseToml(text) as Doc;
  } catch (error) {
    throw new LockfileError(`is not valid TOML (${(error as Error).message.split('\n')[0]})`);
  }
  const raw = Array.isArray(doc.package) ? doc.package.map((p) => asRecord(p) ?? {}) : [];
  const packages: LockedPackage[] = raw.map((p) => ({
    name: String(p.name ?? ''),
    version: String(p.version ?? ''),
    source: cargoLockSource(p.source),
    dependsOn: (Array.isArray(p.dependencies) ? p.dependencies : []).map((d) => String(d).split(' ')[0]!),
    content: [p.source, p.checksum].filter((x) => typeof x === 'string').join(' '),
  }));
  const roots = packages.filter((p) => p.source.kind === 'local').flatMap((p) => [p.name, ...p.dependsOn]);
  return { packages, roots, graph: true };
}

/**
 * go.sum: `module version[/go.mod] h1:hash` lines. It pins hashes, not a
 * graph: what is built follows go.mod, which the go command checks these against.
 */
export function readGoSum(text: string): Lockfile {
  const packages: LockedPackage[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const parts = line.split(/\s+/);
    if (parts.length !== 3 || !/^h\d+:/.test(parts[2]!)) throw new LockfileError(`line ${i + 1} is not 'module version hash'`);
    // One line, one pinned artifact: `v1.2.3` (the module zip) and `v1.2.3/go.mod` are kept apart.
    const [module, version, hash] = parts as [string, string, string];
    packages.push({ name: module, version, source: REGISTRY, dependsOn: [], content: hash });
  }
  return { packages, roots: [], graph: false };
}
