import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Language, TEST_FRAMEWORKS } from '@agent-guards/config';
import type { RepoSurvey } from './repo-survey.js';

export type TestFramework = Exclude<(typeof TEST_FRAMEWORKS)[number], 'auto'>;

/** How the service runs its tests and its linter: argv, no shell, as the runner runs them in the sandbox. */
export interface Toolchain {
  /** Frameworks whose tests the skip-set guard should collect. */
  frameworks: TestFramework[];
  /** The language the commands are for (the one with the most source files that has a test command). */
  language?: Language;
  testCommand?: string[];
  lintCommand?: string[];
  /** Where each answer came from, for the summary. */
  evidence: string[];
}

interface PackageJson {
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  packageManager?: string;
}

/** npm's placeholder test script: not a test command. */
const NPM_DEFAULT_TEST = /no test specified/;

function text(survey: RepoSurvey, path: string): string {
  try {
    return readFileSync(join(survey.dir, path), 'utf8');
  } catch {
    return '';
  }
}

const atRoot = (survey: RepoSurvey, name: string): boolean => survey.files.includes(name);
const anyNamed = (survey: RepoSurvey, re: RegExp): string | undefined => survey.files.find((f) => re.test(posix.basename(f)));

function packageJsonOf(survey: RepoSurvey, path: string): PackageJson {
  try {
    return JSON.parse(text(survey, path)) as PackageJson;
  } catch {
    return {};
  }
}

/** What runs a script under the package manager the lockfile (or `packageManager`) names. */
function packageManager(survey: RepoSurvey, pkg: PackageJson): { name: string; run: (script: string) => string[] } {
  const named = pkg.packageManager?.split('@')[0];
  const name =
    named && ['npm', 'pnpm', 'yarn', 'bun'].includes(named)
      ? named
      : atRoot(survey, 'pnpm-lock.yaml')
        ? 'pnpm'
        : atRoot(survey, 'yarn.lock')
          ? 'yarn'
          : atRoot(survey, 'bun.lock') || atRoot(survey, 'bun.lockb')
            ? 'bun'
            : 'npm';
  return { name, run: (script) => (script === 'test' && name !== 'bun' ? [name, 'test'] : [name, 'run', script]) };
}

function javascript(survey: RepoSurvey): Partial<Toolchain> & { evidence: string[]; frameworks: TestFramework[] } {
  const evidence: string[] = [];
  const manifests = survey.dependencyFiles.filter((d) => d.file.ecosystem === 'npm' && d.file.role === 'manifest' && !d.path.includes('node_modules/'));
  const frameworks = new Set<TestFramework>();
  for (const { path } of manifests) {
    const pkg = packageJsonOf(survey, path);
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    for (const f of ['vitest', 'jest', 'mocha'] as const) if (deps[f] !== undefined) frameworks.add(f);
  }
  for (const [f, re] of [
    ['vitest', /^vitest\.(?:config|workspace)\.[cm]?[jt]s$/],
    ['jest', /^jest\.config\.[cm]?[jt]s(?:on)?$/],
    ['mocha', /^\.mocharc\.(?:js|cjs|json|ya?ml)$/],
  ] as const) {
    if (anyNamed(survey, re)) frameworks.add(f);
  }
  const pkg = packageJsonOf(survey, 'package.json');
  const pm = packageManager(survey, pkg);
  const scripts = pkg.scripts ?? {};
  const out: Partial<Toolchain> & { evidence: string[]; frameworks: TestFramework[] } = { evidence, frameworks: [...frameworks].sort() };
  if (scripts.test && !NPM_DEFAULT_TEST.test(scripts.test)) {
    out.testCommand = pm.run('test');
    evidence.push(`test: package.json scripts.test, run with ${pm.name}`);
  }
  if (scripts.lint) {
    out.lintCommand = pm.run('lint');
    evidence.push(`lint: package.json scripts.lint`);
  }
  return out;
}

function python(survey: RepoSurvey): Partial<Toolchain> & { evidence: string[]; frameworks: TestFramework[] } {
  const evidence: string[] = [];
  const pyproject = text(survey, 'pyproject.toml');
  const requirements = survey.dependencyFiles.filter((d) => d.file.ecosystem === 'pypi').map((d) => text(survey, d.path));
  const configured =
    /^\[tool\.pytest/m.test(pyproject) ||
    atRoot(survey, 'pytest.ini') ||
    survey.files.some((f) => posix.basename(f) === 'conftest.py') ||
    /^\[(?:tool:)?pytest\]/m.test(text(survey, 'setup.cfg') + text(survey, 'tox.ini')) ||
    requirements.some((t) => /(?:^|["'\s,[])pytest(?:[\s"'<>=~!;,\]]|$)/m.test(t));
  const framework: TestFramework = configured ? 'pytest' : 'unittest';
  // The runner's interpreter is the project's environment, which the lockfile's tool made.
  const runner = atRoot(survey, 'uv.lock')
    ? { prefix: ['uv', 'run', '--frozen'], tool: 'uv (uv.lock)' }
    : atRoot(survey, 'poetry.lock')
      ? { prefix: ['poetry', 'run'], tool: 'Poetry (poetry.lock)' }
      : atRoot(survey, 'pdm.lock')
        ? { prefix: ['pdm', 'run'], tool: 'PDM (pdm.lock)' }
        : { prefix: [], tool: undefined };
  const py = runner.prefix.length > 0 ? [...runner.prefix, 'python'] : ['python'];
  const out: Partial<Toolchain> & { evidence: string[]; frameworks: TestFramework[] } = {
    evidence,
    frameworks: [framework],
    testCommand: framework === 'pytest' ? [...py, '-m', 'pytest'] : [...py, '-m', 'unittest'],
  };
  evidence.push(`test: ${framework}${configured ? ' (configured or declared)' : ' (no pytest configuration or dependency found)'}${runner.tool ? `, in the environment of ${runner.tool}` : ''}`);
  if (/^\[tool\.ruff/m.test(pyproject) || atRoot(survey, 'ruff.toml') || atRoot(survey, '.ruff.toml')) {
    out.lintCommand = [...runner.prefix, 'ruff', 'check', '.'];
    evidence.push('lint: ruff (configured)');
  } else if (atRoot(survey, '.flake8') || /^\[flake8\]/m.test(text(survey, 'setup.cfg') + text(survey, 'tox.ini'))) {
    out.lintCommand = [...py, '-m', 'flake8'];
    evidence.push('lint: flake8 (configured)');
  }
  return out;
}

function go(survey: RepoSurvey): Partial<Toolchain> & { evidence: string[]; frameworks: TestFramework[] } {
  const golangci = survey.files.find((f) => /^\.golangci\.(?:ya?ml|toml|json)$/.test(f));
  return {
    frameworks: ['go'],
    testCommand: ['go', 'test', './...'],
    lintCommand: golangci ? ['golangci-lint', 'run'] : ['go', 'vet', './...'],
    evidence: ['test: go test (go.mod)', golangci ? `lint: golangci-lint (${golangci})` : 'lint: go vet'],
  };
}

function rust(): Partial<Toolchain> & { evidence: string[]; frameworks: TestFramework[] } {
  return { frameworks: ['cargo'], testCommand: ['cargo', 'test'], lintCommand: ['cargo', 'clippy'], evidence: ['test: cargo test (Cargo.toml)', 'lint: cargo clippy'] };
}

function ruby(survey: RepoSurvey): Partial<Toolchain> & { evidence: string[]; frameworks: TestFramework[] } {
  const rspec = survey.files.some((f) => f.endsWith('_spec.rb'));
  return rspec ? { frameworks: ['rspec'], testCommand: ['bundle', 'exec', 'rspec'], evidence: ['test: rspec (*_spec.rb)'] } : { frameworks: [], evidence: [] };
}

function jvm(survey: RepoSurvey): Partial<Toolchain> & { evidence: string[]; frameworks: TestFramework[] } {
  if (atRoot(survey, 'gradlew')) return { frameworks: ['junit'], testCommand: ['./gradlew', 'test'], evidence: ['test: the Gradle wrapper'] };
  if (atRoot(survey, 'pom.xml')) return { frameworks: ['junit'], testCommand: ['mvn', '-B', 'test'], evidence: ['test: Maven (pom.xml)'] };
  return { frameworks: ['junit'], evidence: [] };
}

const BY_LANGUAGE: Record<Language, (survey: RepoSurvey) => Partial<Toolchain> & { evidence: string[]; frameworks: TestFramework[] }> = {
  javascript,
  python,
  go,
  rust,
  ruby,
  jvm,
};

/**
 * The service's test and lint commands and its test frameworks, from what the
 * repository declares (scripts, lockfiles, tool configuration). The commands
 * are those of its main language; frameworks are collected for every language.
 */
export function detectToolchain(survey: RepoSurvey): Toolchain {
  const found = survey.languages.map((language) => ({ language, ...BY_LANGUAGE[language](survey) }));
  const primary = found.find((f) => f.testCommand);
  return {
    frameworks: [...new Set(found.flatMap((f) => f.frameworks))],
    ...(primary ? { language: primary.language } : {}),
    ...(primary?.testCommand ? { testCommand: primary.testCommand } : {}),
    ...(primary?.lintCommand ? { lintCommand: primary.lintCommand } : {}),
    evidence: primary ? primary.evidence : ['no test command found: set runner.test_command in the policy'],
  };
}
