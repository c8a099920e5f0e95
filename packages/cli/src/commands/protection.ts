import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, defaultPolicy, parseConfig, PolicySchema, type Policy } from '@agent-guards/config';
import { createGitHubClient, parseRepoRef } from '@agent-guards/github';
import { checkProtection, PROTECTION_GUARD } from '@agent-guards/protection';
import { reportOf, printReport, str, type CliIo, type CommandImplementation } from '../command.js';

/**
 * Spec §6, the platform layer: the repository's rulesets and branch protection,
 * read through the API, must make every protected-branch glob of the policy
 * refuse direct pushes, force pushes and deletion and require the guard checks.
 */
export const protectionCommand: CommandImplementation = {
  async run(values, io) {
    const report = await reportOf(PROTECTION_GUARD, io, async () => {
      const repo = parseRepoRef(str(values, 'repo')!, '--repo');
      const token = io.env.GITHUB_TOKEN;
      if (!token) {
        throw new ConfigurationError('no token to read the rulesets and branch protection with.', {
          field: 'GITHUB_TOKEN',
          fix: 'export GITHUB_TOKEN with a token that may read the repository (Metadata: read; Administration: read for classic protection), e.g. GITHUB_TOKEN=$(gh auth token).',
        });
      }
      const policy = await readPolicyFile(str(values, 'policy-file') ?? str(values, 'policy'), io);
      const apiUrl = str(values, 'api-url') ?? io.env.GITHUB_API_URL;
      const client = createGitHubClient({ token, logger: io.logger, ...(apiUrl ? { baseUrl: apiUrl } : {}) });
      return checkProtection(client, repo, policy);
    });
    return printReport(report, values.json === true, io);
  },
};

/**
 * The policy as a plain file (no repository checkout is needed to check a
 * remote repository): a path that was asked for must exist; without one, the
 * default path in the working directory, else the built-in defaults.
 */
async function readPolicyFile(given: string | undefined, io: CliIo): Promise<Policy> {
  const path = given ?? DEFAULT_POLICY_PATH;
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (given) {
      throw new ConfigurationError('the policy file does not exist.', { file: path, fix: 'pass the path of the policy file with --policy-file.' });
    }
    io.logger.info(`no policy at ${path}: checking the built-in protected branches and required checks.`);
    return defaultPolicy();
  }
  return parseConfig(text, path, PolicySchema, 'policy');
}
