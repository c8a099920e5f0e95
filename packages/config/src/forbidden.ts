/**
 * The built-in forbidden categories (spec §4 NOT-authorized scope, contracts.md).
 * A policy's `forbidden_paths` adds to them and never replaces them. Matching is
 * case-insensitive and includes dotfiles.
 */
export interface ForbiddenCategory {
  id: string;
  /** Shown in findings: why the path is off limits. */
  reason: string;
  patterns: string[];
}

export const BUILT_IN_FORBIDDEN: readonly ForbiddenCategory[] = [
  {
    id: 'ci-definitions',
    reason: 'CI definitions are platform-team-only (spec §4)',
    patterns: [
      '.github/workflows/**',
      '.github/actions/**',
      '.circleci/**',
      'azure-pipelines.yml',
      'azure-pipelines.yaml',
      '.azure-pipelines/**',
      '.gitlab-ci.yml',
      '.gitlab/ci/**',
      'Jenkinsfile',
      '**/Jenkinsfile',
      '.buildkite/**',
      '.travis.yml',
      'bitbucket-pipelines.yml',
      '.drone.yml',
      'cloudbuild.yaml',
      'cloudbuild.yml',
      '.woodpecker.yml',
      '.woodpecker/**',
      'appveyor.yml',
      '.appveyor.yml',
      '.github/dependabot.yml',
      '.pre-commit-config.yaml',
    ],
  },
  {
    id: 'codeowners',
    reason: 'code ownership decides who reviews the agent',
    patterns: ['CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'],
  },
  {
    id: 'agent-instructions',
    reason: "agent instruction files steer the agent; changing them is the platform team's call",
    patterns: [
      'CLAUDE.md',
      '**/CLAUDE.md',
      'CLAUDE.local.md',
      '.claude/**',
      'AGENTS.md',
      '**/AGENTS.md',
      '.cursorrules',
      '.cursor/**',
      '.github/copilot-instructions.md',
      '.github/instructions/**',
      '.github/prompts/**',
      '.windsurfrules',
      '.aider.conf.yml',
      'GEMINI.md',
    ],
  },
  {
    id: 'agent-configuration',
    reason: 'the guard policy, tool manifest and ticket files are trusted inputs read at the base commit',
    patterns: ['.github/agent-guards.yml', '.github/agent-guards.yaml', '.github/agent-manifest.yml', '.github/agent-manifest.yaml', '.agent/**'],
  },
  {
    id: 'schemas',
    reason: 'schemas are out of scope for the agent (spec §4)',
    patterns: ['**/schema/**', '**/schemas/**', '**/*.schema.json', '**/*.xsd', '**/*.avsc', '**/schema.prisma', '**/schema.graphql', '**/*.graphqls'],
  },
  {
    id: 'migrations',
    reason: 'database migrations are out of scope for the agent (spec §4)',
    patterns: ['**/migrations/**', '**/migration/**', '**/db/migrate/**', '**/alembic/**', '**/flyway/**', '**/liquibase/**', '**/*.migration.*'],
  },
  {
    id: 'public-api-contracts',
    reason: 'public API contracts are out of scope for the agent (spec §4)',
    patterns: ['**/openapi.{yml,yaml,json}', '**/openapi/**', '**/swagger.{yml,yaml,json}', '**/*.proto', '**/api-contracts/**', '**/contracts/**'],
  },
  {
    id: 'auth',
    reason: 'authentication and authorization code is out of scope for the agent (spec §4)',
    patterns: ['**/auth/**', '**/authn/**', '**/authz/**', '**/authentication/**', '**/authorization/**', '**/oauth/**', '**/*auth*.{ts,js,py,go,java,kt,rb,rs}'],
  },
  {
    id: 'billing',
    reason: 'billing code is out of scope for the agent (spec §4)',
    patterns: ['**/billing/**', '**/invoic*/**', '**/*billing*'],
  },
  {
    id: 'payments',
    reason: 'payment code is out of scope for the agent (spec §4)',
    patterns: ['**/payment/**', '**/payments/**', '**/*payment*', '**/checkout/**', '**/stripe/**'],
  },
];

/** The trusted files of a policy: a PR that edits any of them is itself out of scope. */
export function trustedFilePaths(policyPath: string, manifestPath: string, ticketPath?: string): string[] {
  return [policyPath, manifestPath, ...(ticketPath ? [ticketPath] : [])];
}
