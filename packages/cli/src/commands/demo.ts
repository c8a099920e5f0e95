import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { combineReports, exitCodeFor, renderText } from '@agent-guards/action-kit';
import { str, type Command } from '../command.js';
import { buildExampleRepo, REPO_ROOT } from '../example-repo.js';
import { runAllGuards } from './check.js';

/**
 * The main job (`npm start`): the embedded example service repo, its ticket and
 * its PR, checked by every guard; the reports are written and printed.
 */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'the main job: every guard on the embedded example service, ticket and PR',
  usage: '[--out DIR] [--json]',
  options: { out: { type: 'string' } },
  async run(values, io) {
    const out = resolve(io.cwd, str(values, 'out') ?? join(REPO_ROOT, 'out', 'demo'));
    const progress = (m: string): void => io.stderr(`» ${m}`);
    progress('building the example service repository (baseline on main, the agent PR on its branch)');
    const example = buildExampleRepo(join(out, 'service'));
    progress(`repo ${example.dir}: ${example.pr.commits.length} commit(s) on ${example.branch}, ticket ${example.ticketPath}`);
    progress('running the guards against the PR (base..head)');
    const reports = await runAllGuards(
      { repo: example.dir, base: example.base, head: example.head, ticket: example.ticketPath, 'body-file': example.bodyFile },
      io,
    );
    const reportDir = join(out, 'reports');
    mkdirSync(reportDir, { recursive: true });
    for (const r of reports) writeFileSync(join(reportDir, `${r.guard}-report.json`), `${JSON.stringify(r, null, 2)}\n`);
    const combined = combineReports(reports);
    if (values.json === true) io.stdout(JSON.stringify(combined, null, 2));
    else {
      for (const r of reports) io.stdout(`${renderText(r)}\n`);
      io.stdout(`overall: ${combined.verdict.toUpperCase()}`);
      io.stdout(`\nartifacts:\n  service repo  ${example.dir}\n  reports       ${reportDir}`);
    }
    return exitCodeFor(combined.verdict);
  },
};
