import { ConfigurationError, type Logger } from '@agent-guards/action-kit';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parentDir, type RepoTree } from '../repo-tree.js';
import type { SourceSnapshot } from '../snapshot.js';
import { joinRepoPath } from './import-target.js';

/** `compilerOptions.paths` of the project a file belongs to, with targets made repo-relative. */
export interface PathAliases {
  configPath: string;
  /** Repo-relative `baseUrl`, when set: bare specifiers are also looked up under it. */
  baseUrl?: string;
  paths: { pattern: string; targets: string[] }[];
}

interface EffectiveOptions {
  baseUrl?: string;
  paths?: Record<string, string[]>;
  /** The directory `paths` targets are relative to when there is no baseUrl. */
  pathsBase?: string;
  references: string[];
}

const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];

/**
 * Reads tsconfig.json / jsconfig.json as TypeScript does for path aliases: the
 * nearest config above a file, its `extends` chain inside the repository (a
 * config from an npm package is not in the repository and is skipped), and the
 * `references` of a solution config that declares no paths itself.
 */
export class TsconfigReader {
  private readonly raw = new Map<string, Promise<Record<string, unknown>>>();
  private readonly aliases = new Map<string, Promise<PathAliases | undefined>>();

  constructor(
    private readonly snapshot: SourceSnapshot,
    private readonly tree: RepoTree,
    private readonly logger: Logger,
  ) {}

  /** The aliases for a source file, from its nearest config. */
  forFile(path: string): Promise<PathAliases | undefined> {
    const config = this.nearestConfig(parentDir(path));
    return config === undefined ? Promise.resolve(undefined) : this.aliasesOf(config);
  }

  private nearestConfig(dir: string): string | undefined {
    let current = dir;
    for (;;) {
      for (const name of CONFIG_NAMES) {
        const candidate = current === '' ? name : `${current}/${name}`;
        if (this.tree.hasFile(candidate)) return candidate;
      }
      if (current === '') return undefined;
      current = parentDir(current);
    }
  }

  private aliasesOf(configPath: string): Promise<PathAliases | undefined> {
    let cached = this.aliases.get(configPath);
    if (!cached) {
      cached = this.computeAliases(configPath);
      this.aliases.set(configPath, cached);
    }
    return cached;
  }

  private async computeAliases(configPath: string): Promise<PathAliases | undefined> {
    const options = await this.effective(configPath, parentDir(configPath), []);
    if (!options.paths) {
      // A solution config (`files: []` + `references`) leaves paths to the projects it references.
      for (const ref of options.references) {
        const referenced = await this.aliasesOf(ref);
        if (referenced && referenced.paths.length > 0) return referenced;
      }
      return options.baseUrl === undefined ? undefined : { configPath, baseUrl: options.baseUrl, paths: [] };
    }
    const base = options.baseUrl ?? options.pathsBase ?? parentDir(configPath);
    const leafDir = parentDir(configPath);
    const paths = Object.entries(options.paths).map(([pattern, targets]) => ({
      pattern,
      targets: targets.map((t) => resolveOption(t, base, leafDir)).filter((t): t is string => t !== undefined),
    }));
    return { configPath, ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}), paths };
  }

  private async effective(configPath: string, leafDir: string, chain: string[]): Promise<EffectiveOptions> {
    if (chain.includes(configPath)) {
      throw new ConfigurationError(`'extends' forms a cycle: ${[...chain, configPath].join(' → ')}.`, {
        file: configPath,
        field: 'extends',
        fix: 'remove the cycle so the TypeScript path aliases can be read.',
      });
    }
    const config = await this.read(configPath);
    const dir = parentDir(configPath);
    const merged: EffectiveOptions = { references: [] };
    const parents = typeof config.extends === 'string' ? [config.extends] : Array.isArray(config.extends) ? config.extends : [];
    for (const parent of parents) {
      if (typeof parent !== 'string') continue;
      const parentPath = this.resolveExtends(configPath, dir, parent);
      if (parentPath === undefined) continue;
      const inherited = await this.effective(parentPath, leafDir, [...chain, configPath]);
      if (inherited.baseUrl !== undefined) merged.baseUrl = inherited.baseUrl;
      if (inherited.paths !== undefined) {
        merged.paths = inherited.paths;
        merged.pathsBase = inherited.pathsBase;
      }
    }
    const compilerOptions = isRecord(config.compilerOptions) ? config.compilerOptions : {};
    if (typeof compilerOptions.baseUrl === 'string') merged.baseUrl = resolveOption(compilerOptions.baseUrl, dir, leafDir);
    if (isRecord(compilerOptions.paths)) {
      const paths: Record<string, string[]> = {};
      for (const [pattern, targets] of Object.entries(compilerOptions.paths)) {
        if (Array.isArray(targets)) paths[pattern] = targets.filter((t): t is string => typeof t === 'string');
      }
      merged.paths = paths;
      merged.pathsBase = dir;
    }
    if (Array.isArray(config.references)) {
      for (const ref of config.references) {
        if (!isRecord(ref) || typeof ref.path !== 'string') continue;
        const target = joinRepoPath(dir, ref.path);
        if (target === undefined) continue;
        if (this.tree.hasFile(target)) merged.references.push(target);
        else if (this.tree.hasFile(target === '' ? 'tsconfig.json' : `${target}/tsconfig.json`)) merged.references.push(target === '' ? 'tsconfig.json' : `${target}/tsconfig.json`);
      }
    }
    return merged;
  }

  private resolveExtends(configPath: string, dir: string, spec: string): string | undefined {
    if (!spec.startsWith('.') && !spec.startsWith('/')) {
      this.logger.debug(`${configPath}: 'extends: ${spec}' names an npm package, which is not in the repository; its options are not read.`);
      return undefined;
    }
    const path = spec.startsWith('/') ? undefined : joinRepoPath(dir, spec);
    const found = path === undefined ? undefined : [path, `${path}.json`, `${path}/tsconfig.json`].find((p) => this.tree.hasFile(p));
    if (found === undefined) {
      throw new ConfigurationError(`'extends: ${spec}' does not name a file in the repository at ${this.snapshot.label.slice(0, 12)}.`, {
        file: configPath,
        field: 'extends',
        fix: 'point extends at a config inside the repository, so the path aliases the imports use can be resolved.',
      });
    }
    return found;
  }

  private read(path: string): Promise<Record<string, unknown>> {
    let cached = this.raw.get(path);
    if (!cached) {
      cached = this.snapshot.read([path]).then((texts) => {
        const text = texts.get(path);
        if (text === undefined) {
          throw new ConfigurationError(`cannot read the TypeScript config at ${this.snapshot.label.slice(0, 12)}.`, { file: path, fix: 'make it a regular file.' });
        }
        // As TypeScript reads its configs: comments and trailing commas allowed.
        const errors: ParseError[] = [];
        const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
        const error = errors[0];
        if (error) {
          const line = text.slice(0, error.offset).split('\n').length;
          throw new ConfigurationError(`is not valid JSON with comments (${printParseErrorCode(error.error)} at line ${line}), so its path aliases cannot be read.`, {
            file: path,
            fix: 'correct the syntax; imports through its aliases cannot be checked until then.',
          });
        }
        if (!isRecord(value)) throw new ConfigurationError('must hold a JSON object.', { file: path, fix: 'make the top level an object.' });
        return value;
      });
      this.raw.set(path, cached);
    }
    return cached;
  }
}

const CONFIG_DIR = '${configDir}';

/** A path option made repo-relative: against its config's directory, or the leaf config's for `${configDir}`. */
function resolveOption(value: string, dir: string, leafDir: string): string | undefined {
  if (value.startsWith(CONFIG_DIR)) return joinRepoPath(leafDir, value.slice(CONFIG_DIR.length).replace(/^\//, '') || '.');
  return joinRepoPath(dir, value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** TypeScript's choice among `paths` patterns: an exact key, else the wildcard with the longest prefix. */
export function matchPathAlias(aliases: PathAliases, specifier: string): string[] | undefined {
  let best: { prefixLength: number; targets: string[]; captured: string } | undefined;
  for (const { pattern, targets } of aliases.paths) {
    const star = pattern.indexOf('*');
    if (star < 0) {
      if (pattern === specifier) return targets;
      continue;
    }
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix)) {
      if (!best || prefix.length > best.prefixLength) {
        best = { prefixLength: prefix.length, targets, captured: specifier.slice(prefix.length, specifier.length - suffix.length) };
      }
    }
  }
  return best?.targets.map((t) => t.replace('*', best.captured));
}
