import { randomBytes } from 'node:crypto';
import type { Logger } from '@agent-guards/action-kit';
import { createGitHubClient, type GitHubClient } from '@agent-guards/github';
import { GitHubServer, type GitHubRepoState } from '@agent-guards/local-servers';

/** The service repository on the local GitHub. */
export const SLUG = 'acme/shop-events';
export const REPO_REF = { owner: 'acme', repo: 'shop-events' };

/** Who acts on the local GitHub, each with a token of their own: PRs, merges and comments carry their logins. */
export const PEOPLE = {
  agent: 'shop-agent[bot]',
  operator: 'daniel-lead',
  productOwner: 'naomi-pm',
  engineers: ['dana', 'lee'],
} as const;

export interface LocalGitHub {
  server: GitHubServer;
  state: GitHubRepoState;
  /** A REST client acting as `login` (the same client the runner and the guards use against GitHub). */
  clientFor(login: string): GitHubClient;
  tokenFor(login: string): string;
  close(): Promise<void>;
}

/**
 * The local GitHub the story runs against: acme/shop-events backed by the
 * demo's bare origin (pull requests read their commits from it, merges land
 * in it), one token per person, and the ticket issues the runner comments on.
 */
export async function startLocalGitHub(origin: string, tickets: { id: string; title: string; issue?: number }[], logger: Logger): Promise<LocalGitHub> {
  const logins: string[] = [PEOPLE.agent, PEOPLE.operator, PEOPLE.productOwner, ...PEOPLE.engineers];
  const tokens = new Map(logins.map((l) => [l, `demo-${l.replace(/[^a-z]/g, '')}-${randomBytes(6).toString('hex')}`]));
  const server = await GitHubServer.start({ tokens: Object.fromEntries([...tokens].map(([login, token]) => [token, login])) });
  const state = server.repo(SLUG);
  state.gitDir = origin;
  for (const t of [...tickets].sort((a, b) => (a.issue ?? 0) - (b.issue ?? 0))) {
    const number = state.addIssue({ title: `${t.id}: ${t.title}`, body: `Ticket file: .agent/tickets/${t.id}.yml`, author: PEOPLE.productOwner, labels: ['agent'] });
    if (t.issue !== undefined && t.issue !== number) throw new Error(`ticket ${t.id} names issue #${t.issue}, but it became #${number}: keep the tickets' issue numbers in order from 1`);
  }
  const clients = new Map<string, GitHubClient>();
  const tokenFor = (login: string): string => {
    const token = tokens.get(login);
    if (!token) throw new Error(`no token for ${login} on the local GitHub`);
    return token;
  };
  return {
    server,
    state,
    tokenFor,
    clientFor(login) {
      let client = clients.get(login);
      if (!client) {
        // The local GitHub has no secondary rate limit: no second between writes.
        client = createGitHubClient({ token: tokenFor(login), baseUrl: server.url, logger, timing: { retryBaseMs: 1, writeSpacingMs: 0 } });
        clients.set(login, client);
      }
      return client;
    },
    close: () => server.close(),
  };
}
