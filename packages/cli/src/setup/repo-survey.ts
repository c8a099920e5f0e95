import { compareText, ConfigurationError } from '@agent-guards/action-kit';
import { defaultPatterns, isTestPath, testLanguageOf, type Language } from '@agent-guards/config';
import { dependencyFileOf, type DependencyFile } from '@agent-guards/dependency-manifests';
import { GitError, gitText, runGit } from '@agent-guards/git';
import { ForbiddenMatcher } from '@agent-guards/manifest-scope';

/** A built-in forbidden category with files in the repository. */
export interface ForbiddenPresence {
  category: string;
  reason: string;
  files: number;
  /** The first few, for the summary. */
  examples: string[];
}

/** What the repository has, as the guards would classify it: the facts init starts from. */
export interface RepoSurvey {
  /** The repository's top level. */
  dir: string;
  defaultBranch: string;
  /** Tracked and untracked-but-not-ignored files, repo-relative. */
  files: string[];
  /** Languages with tests or a manifest, most source files first. */
  languages: Language[];
  /** Source files per language (tests included). */
  sourceFiles: Partial<Record<Language, number>>;
  /** Dependency manifests and lockfiles, by path. */
  dependencyFiles: { path: string; file: DependencyFile }[];
  lockfiles: string[];
  forbidden: ForbiddenPresence[];
  /** Every file in some forbidden category. */
  forbiddenFiles: ReadonlySet<string>;
}

const EXTENSIONS: Record<string, Language> = {
  py: 'python',
  js: 'javascript',
  jsx: 'javascript',
  ts: 'javascript',
  tsx: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  mts: 'javascript',
  cts: 'javascript',
  go: 'go',
  java: 'jvm',
  kt: 'jvm',
  rb: 'ruby',
  rs: 'rust',
};

const MANIFEST_LANGUAGE: Record<string, Language> = { npm: 'javascript', pypi: 'python', go: 'go', cargo: 'rust', rubygems: 'ruby', maven: 'jvm' };

/** The language of a source file by its extension, or undefined. */
export function sourceLanguageOf(path: string): Language | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || path.endsWith('.d.ts')) return undefined;
  return EXTENSIONS[path.slice(dot + 1)];
}

/** The top level of the git repository at `dir`; a directory that is not one is the user's to fix. */
export async function repositoryTopLevel(dir: string, option = '--repo'): Promise<string> {
  try {
    return (await gitText(dir, ['rev-parse', '--show-toplevel'])).trim();
  } catch (error) {
    const said = error instanceof GitError ? error.stderr.trim().split('\n')[0] : (error as Error).message;
    throw new ConfigurationError(`${dir} is not a git repository (${said}).`, {
      field: option,
      fix: `pass the service repository's checkout with ${option} DIR, or run the command inside it.`,
    });
  }
}

/** The branch the repository's PRs merge into: origin's HEAD when known, else the checked-out branch, else main. */
export async function defaultBranchOf(dir: string): Promise<string> {
  const origin = await runGit(dir, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], { okExitCodes: [0, 1, 128] });
  const remote = origin.exitCode === 0 ? origin.stdout.toString('utf8').trim().replace(/^origin\//, '') : '';
  if (remote) return remote;
  const head = await runGit(dir, ['symbolic-ref', '--quiet', '--short', 'HEAD'], { okExitCodes: [0, 1, 128] });
  return (head.exitCode === 0 && head.stdout.toString('utf8').trim()) || 'main';
}

/** Surveys the checkout at `dir`: languages, dependency files and the forbidden categories present. */
export async function surveyRepository(dir: string): Promise<RepoSurvey> {
  const top = await repositoryTopLevel(dir);
  const listed = await runGit(top, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  const files = [...new Set(listed.stdout.toString('utf8').split('\0').filter((f) => f.length > 0))].sort();

  const patterns = defaultPatterns();
  const sourceFiles: Partial<Record<Language, number>> = {};
  const withTests = new Set<Language>();
  const dependencyFiles: { path: string; file: DependencyFile }[] = [];
  const matcher = new ForbiddenMatcher([]);
  const forbidden = new Map<string, ForbiddenPresence>();
  const forbiddenFiles = new Set<string>();
  for (const path of files) {
    const language = sourceLanguageOf(path);
    if (language) sourceFiles[language] = (sourceFiles[language] ?? 0) + 1;
    const tested = testLanguageOf(path, patterns);
    if (tested && tested !== 'rust') withTests.add(tested);
    const dependency = dependencyFileOf(path);
    // A manifest inside test fixtures describes a fixture, not the service.
    if (dependency && !isTestPath(path)) dependencyFiles.push({ path, file: dependency });
    const tag = matcher.match(path);
    if (tag) {
      forbiddenFiles.add(path);
      const entry = forbidden.get(tag.category) ?? { category: tag.category, reason: tag.reason, files: 0, examples: [] };
      entry.files += 1;
      if (entry.examples.length < 3) entry.examples.push(path);
      forbidden.set(tag.category, entry);
    }
  }
  const declared = new Set<Language>();
  for (const { file } of dependencyFiles) {
    const language = MANIFEST_LANGUAGE[file.ecosystem];
    if (language && file.role === 'manifest' && (sourceFiles[language] ?? 0) > 0) declared.add(language);
  }
  if ((sourceFiles.rust ?? 0) > 0 && dependencyFiles.some((d) => d.file.ecosystem === 'cargo')) declared.add('rust');
  const languages = [...new Set([...withTests, ...declared])].sort((a, b) => (sourceFiles[b] ?? 0) - (sourceFiles[a] ?? 0) || compareText(a, b));

  return {
    dir: top,
    defaultBranch: await defaultBranchOf(top),
    files,
    languages,
    sourceFiles,
    dependencyFiles,
    lockfiles: dependencyFiles.filter((d) => d.file.role === 'lockfile').map((d) => d.path),
    forbidden: [...forbidden.values()],
    forbiddenFiles,
  };
}
