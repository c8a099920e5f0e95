import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError } from '@agent-guards/action-kit';
import { GitHubServer, type GitHubServerSnapshot } from '@agent-guards/local-servers';
import { str, type CommandImplementation } from '../command.js';

/**
 * `agent-guards local-github --state FILE`: serves a local GitHub's state
 * again (what `npm start -- --keep` saved): its issues, pull requests,
 * comments, labels and workflow runs, on 127.0.0.1, without a token, until
 * interrupted.
 */
export const localGitHubCommand: CommandImplementation = {
  async run(values, io) {
    const file = resolve(io.cwd, str(values, 'state')!);
    let snapshot: GitHubServerSnapshot;
    try {
      snapshot = JSON.parse(readFileSync(file, 'utf8')) as GitHubServerSnapshot;
    } catch (error) {
      throw new ConfigurationError(`cannot read the saved state: ${(error as Error).message}.`, { file, fix: 'pass the github-state.json that `agent-guards demo --keep` wrote.' });
    }
    const portText = str(values, 'port') ?? '0';
    if (!/^\d{1,5}$/.test(portText)) throw new ConfigurationError(`--port is not a port number: '${portText}'.`, { field: 'port', fix: 'pass e.g. --port 8765.' });
    const server = await GitHubServer.start({ snapshot, port: Number(portText) });
    const repos = server.repositories().map((r) => r.fullName);
    io.stdout(`local GitHub at ${server.url} — ${repos.join(', ')} (Ctrl-C to stop)`);
    for (const r of repos) io.stdout(`  curl -s "${server.url}/repos/${r}/pulls?state=all"`);
    await new Promise<void>((resolveStop) => {
      process.once('SIGINT', resolveStop);
      process.once('SIGTERM', resolveStop);
    });
    await server.close();
    return 0;
  },
};
