import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { combineReports, exitCodeFor, renderText, type GuardReport } from '@agent-guards/action-kit';
import { runGuardedSession, type SessionResult } from '@agent-guards/agent-runner';
import { DEFAULT_POLICY_PATH, loadPolicy } from '@agent-guards/config';
import { buildDashboard, loadDashboardInputs, writeDashboard } from '@agent-guards/report';
import { startMessagesServer, type MessagesServer } from '@agent-guards/local-servers';
import { str, type CliIo, type Command } from '../command.js';
import { buildExampleRepo, EXAMPLE_DIR, REPO_ROOT } from '../example-repo.js';
import { loadTranscript } from '../scripted-model.js';
import { runAllGuards } from './guard-commands.js';
import { describeSession } from './run.js';

/**
 * The main job (`npm start`): a ticket on the embedded example service → the
 * agent runner (the scripted model by default, the real model when
 * ANTHROPIC_API_KEY is set) → every guard on the branch it produced, the cost
 * guard on its ledger → reports, printing where each artifact is.
 */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'the main job: the runner on the example ticket, then every guard on its PR, then the reports',
  usage: '[--out DIR] [--guards-only] [--json]',
  options: { out: { type: 'string' }, 'guards-only': { type: 'boolean', default: false } },
  async run(values, io) {
    const out = resolve(io.cwd, str(values, 'out') ?? join(REPO_ROOT, 'out', 'demo'));
    const progress = (m: string): void => io.stderr(`» ${m}`);
    // Every run starts clean: the ledger and trace append, and stale reports would mislead.
    for (const dir of ['service', 'origin.git', 'session', 'reports', 'dashboard']) rmSync(join(out, dir), { recursive: true, force: true });
    let reports: GuardReport[];
    let session: SessionResult | undefined;
    if (values['guards-only'] === true) {
      progress('building the example service with its prepared PR');
      const example = buildExampleRepo(join(out, 'service'));
      progress('running the guards against the PR (base..head)');
      reports = await runAllGuards({ repo: example.dir, base: example.base, head: example.head, ticket: example.ticketPath, 'body-file': example.bodyFile }, io);
    } else {
      ({ reports, session } = await pipeline(out, io, progress));
    }
    const reportDir = join(out, 'reports');
    mkdirSync(reportDir, { recursive: true });
    for (const r of reports) writeFileSync(join(reportDir, `${r.guard}-report.json`), `${JSON.stringify(r, null, 2)}\n`);
    let dashboard: string | undefined;
    if (session) {
      progress('dashboard: the AgentOps page from the ledger, the session record and the guard reports');
      const { policy } = await loadPolicy({ repo: join(out, 'service'), base: 'main', logger: io.logger });
      const inputs = await loadDashboardInputs({ ledger: [session.ledgerPath], session: [session.sessionPath], 'guard-report': [reportDir] }, policy);
      dashboard = (await writeDashboard(join(out, 'dashboard'), buildDashboard(inputs, { policy, title: 'shop-events — example' }))).html;
    }
    const combined = combineReports(reports);
    const sessionFailed = session !== undefined && session.status !== 'done';
    if (values.json === true) io.stdout(JSON.stringify({ ...combined, session }, null, 2));
    else {
      if (session) io.stdout(`${describeSession(session)}\n`);
      for (const r of reports) io.stdout(`${renderText(r)}\n`);
      io.stdout(`overall: ${sessionFailed ? 'ESCALATED' : combined.verdict.toUpperCase()}`);
      io.stdout(`\nartifacts:\n  service repo  ${join(out, 'service')}\n  reports       ${reportDir}${session ? `\n  session       ${session.sessionPath}\n  ledger        ${session.ledgerPath}\n  trace         ${session.tracePath}` : ''}${dashboard ? `\n  dashboard     ${dashboard}` : ''}`);
    }
    return sessionFailed ? 1 : exitCodeFor(combined.verdict);
  },
};

async function pipeline(out: string, io: CliIo, progress: (m: string) => void): Promise<{ reports: GuardReport[]; session: SessionResult }> {
  progress('building the example service repository (main, with a bare origin to push to)');
  const example = buildExampleRepo(join(out, 'service'), { withPr: false, origin: join(out, 'origin.git') });
  const real = Boolean(io.env.ANTHROPIC_API_KEY);
  let server: MessagesServer | undefined;
  if (!real) {
    server = await startMessagesServer({ script: loadTranscript(join(EXAMPLE_DIR, 'transcript.json')) });
    progress(`model: the scripted transcript on a local Messages API server (${server.url}); set ANTHROPIC_API_KEY for the real model`);
  } else progress('model: the real Messages API (ANTHROPIC_API_KEY is set)');
  let session: SessionResult;
  try {
    progress(`runner: ticket ${example.ticketPath}: Frame → Plan → Implement → Review`);
    session = await runGuardedSession({
      repo: example.dir,
      ticketPath: example.ticketPath,
      base: example.base,
      policyPath: DEFAULT_POLICY_PATH,
      sessionDir: join(out, 'session'),
      logger: io.logger,
      ...(server ? { anthropic: { baseURL: server.url, apiKey: 'scripted-model' } } : {}),
    });
  } finally {
    await server?.close();
  }
  progress(`runner: ${session.status} on ${session.branch} (${session.tokens} tokens, $${session.costUsd.toFixed(4)})`);
  progress('guards: every guard against the branch the runner produced');
  const reports = await runAllGuards(
    {
      repo: example.dir,
      base: example.base,
      head: session.headSha,
      ticket: example.ticketPath,
      ...(session.prBodyPath ? { 'body-file': session.prBodyPath } : {}),
      ledger: [session.ledgerPath],
    },
    io,
  );
  return { reports, session };
}
