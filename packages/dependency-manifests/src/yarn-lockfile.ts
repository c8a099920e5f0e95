import { parseSyml } from '@yarnpkg/parsers';
import { asRecord, type Doc } from './canonical-json.js';
import { pathSource, REGISTRY, type DependencySource } from './dependency-sources.js';
import { npmResolvedSource } from './npm-lockfile.js';
import { descriptorName, LockfileError, type LockedPackage, type Lockfile } from './locked-packages.js';

/** Yarn 2+ writes `resolution: "name@protocol:…"`. */
function berrySource(resolution: string, dir: string): DependencySource {
  const reference = resolution.slice(descriptorName(resolution).length + 1);
  const protocol = /^([a-z][a-z0-9+.-]*):/i.exec(reference)?.[1]?.toLowerCase();
  switch (protocol) {
    case 'npm':
      // `npm:1.2.3` is the configured registry; `npm:https://…` would name a tarball.
      return /^npm:\d/.test(reference) ? REGISTRY : { kind: 'other', detail: reference };
    case 'workspace':
      return { kind: 'local', detail: `the workspace ${reference}` };
    case 'link':
    case 'portal':
    case 'file':
      return pathSource(dir, decodeURIComponent(reference.slice(protocol.length + 1).split('::')[0]!), `the ${protocol}: path`);
    case 'patch':
      // Yarn patches a few packages itself (`builtin<compat/typescript>`); any other patch changes a package's code.
      return reference.includes('builtin<') ? REGISTRY : { kind: 'other', detail: `a patched package (${reference.split('#').slice(1).join('#').split('::')[0]})` };
    case 'https':
    case 'http':
      return { kind: 'registry', url: reference };
    default:
      return { kind: 'other', detail: reference };
  }
}

/** yarn.lock: Yarn 1 (its own syntax) and Yarn 2+ (YAML), both through Yarn's own parser. */
export function readYarnLockfile(text: string, dir: string): Lockfile {
  let doc: Doc;
  try {
    doc = parseSyml(text);
  } catch (error) {
    throw new LockfileError(`cannot be parsed (${(error as Error).message.split('\n')[0]})`);
  }
  const packages: LockedPackage[] = [];
  const roots: string[] = [];
  for (const [key, raw] of Object.entries(doc)) {
    if (key === '__metadata') continue;
    const entry = asRecord(raw);
    if (!entry) throw new LockfileError(`entry '${key}' is not a mapping`);
    const descriptors = key.split(/\s*,\s*/);
    const name = descriptorName(descriptors[0]!);
    const dependsOn = ['dependencies', 'optionalDependencies', 'peerDependencies'].flatMap((f) => Object.keys(asRecord(entry[f]) ?? {}));
    const resolution = typeof entry.resolution === 'string' ? entry.resolution : undefined;
    const source = resolution ? berrySource(resolution, dir) : npmResolvedSource(entry.resolved, dir);
    if (resolution?.includes('@workspace:')) roots.push(...dependsOn, ...Object.keys(asRecord(entry.devDependencies) ?? {}));
    packages.push({
      name,
      version: typeof entry.version === 'string' ? entry.version : String(entry.version ?? ''),
      source,
      dependsOn,
      content: [entry.resolved, entry.integrity, entry.checksum, resolution].filter((x) => typeof x === 'string').join(' '),
    });
  }
  return { packages, roots, graph: true };
}
