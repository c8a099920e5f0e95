import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { startMessagesServer } from '@agent-guards/local-servers';
import { parse } from 'yaml';
import { str, type CommandImplementation } from '../command.js';
import { collectInputs, buildDemoDashboard, inputPaths, servicePolicy } from '../demo/dashboard-data.js';
import { runEvalSlice } from '../demo/eval-slice.js';
import { keptNotes, rebuildNote, removeWork } from '../demo/keep.js';
import { LocalCi } from '../demo/local-ci.js';
import { PEOPLE, SLUG, startLocalGitHub } from '../demo/local-github.js';
import { fileLogger, formatSeconds, Narrator } from '../demo/narrator.js';
import { panelLines } from '../demo/panels.js';
import { buildServiceRepos } from '../demo/service-repos.js';
import { runCaseStudy } from '../demo/story.js';
import type { StoryContext } from '../demo/story-steps.js';
import { EXAMPLE_DIR } from '../example-repo.js';

/** What the demo writes under --out; only these are cleared at the start (--out may name a folder with other things in it). */
const OWN_ENTRIES = ['work', 'inputs', 'dashboard', 'demo.log', 'summary.json'];

function ticketsOfExample(): { id: string; title: string; issue?: number }[] {
  const dir = join(EXAMPLE_DIR, 'base', '.agent', 'tickets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as { id: string; title: string; issue?: number });
}

/**
 * The main job (`npm start`): the case study "From Spec to Production"
 * re-enacted on the embedded example service — task 1 iterating on two
 * failing tests, task 2's boundary escalation and rescue mission — then the
 * guard rails (scope bait, prompt injection, a test skip, a sandbox escape),
 * engineers' PRs around them, a fast slice of the eval suite, and the
 * AgentOps dashboard built from everything the run produced. Every session
 * is the real runner on scripted model turns; everything else runs.
 */
export const demoCommand: CommandImplementation = {
  async run(values, io) {
    const out = resolve(io.cwd, str(values, 'out') ?? join('out', 'demo'));
    const keep = values.keep === true;
    const json = values.json === true;
    for (const entry of OWN_ENTRIES) rmSync(join(out, entry), { recursive: true, force: true });
    const work = join(out, 'work');
    const paths = inputPaths(join(out, 'inputs'));
    const logPath = join(out, 'demo.log');
    const narrator = new Narrator(json ? io.stderr : io.stdout);
    mkdirSync(work, { recursive: true });
    const logger = fileLogger(logPath, values.verbose === true ? io.stderr : undefined);
    // Paths under the current directory are shown relative to it, others in full.
    const shown = (p: string): string => {
      const rel = relative(io.cwd, p);
      return rel === '' ? '.' : rel.startsWith('..') ? p : rel;
    };

    narrator.heading('setup', 'agent-guards demo — the case study “From Spec to Production”, re-enacted on examples/service', 'the agent runner, the guards, the sandbox, a local GitHub with CI and the eval all run for real; only the model’s turns are scripted');
    if (io.env.ANTHROPIC_API_KEY) narrator.note('ANTHROPIC_API_KEY is set, but the story plays scripted turns so it happens as told; `agent-guards agent-runner` runs the real model.');

    const t0 = narrator.elapsed();
    const repos = buildServiceRepos(work);
    const github = await startLocalGitHub(repos.origin, ticketsOfExample(), logger);
    const ci = new LocalCi(github, { checkout: repos.ci, reportsDir: paths.guardReports, agentLogin: PEOPLE.agent, runners: 2, logger });
    const model = await startMessagesServer();
    narrator.step('setup', `service ${SLUG}: a git repository, its bare remote, and clones for the runner, the CI and the engineers`, 'READY', narrator.elapsed() - t0, [
      `local GitHub ${github.server.url} (issues #1–#6 are the tickets; CI: two runners, workflows ci and agent-guards)`,
      `local Messages API ${model.url} (plays each session's scripted turns; usage computed the way the API bills it, prompt cache included)`,
    ]);

    const ctx: StoryContext = { narrator, logger, repos, github, ci, model, sessionsDir: join(work, 'sessions'), placeholders: {}, unexpected: [], sessions: [] };
    let dashboard: Awaited<ReturnType<typeof buildDemoDashboard>> | undefined;
    let evalOk: { ok: boolean; missed: string[] } | undefined;
    try {
      await runCaseStudy(ctx, work);
      if (values['skip-eval'] !== true) {
        mkdirSync(join(work, 'eval'), { recursive: true });
        evalOk = await runEvalSlice(narrator, logger, paths.eval, join(work, 'eval'));
        if (!evalOk.ok) ctx.unexpected.push(`the eval slice missed §9: ${evalOk.missed.join('; ')}`);
      }
      narrator.heading('dashboard', 'The AgentOps dashboard, from what this run produced');
      const policy = await servicePolicy(repos, logger);
      dashboard = await narrator.timed(
        'report',
        'collect the ledgers, session records, CI guard reports, workflow runs (REST), cost history and eval results; build the page',
        async () => {
          await collectInputs(paths, ctx.sessions, github, repos, policy);
          return buildDemoDashboard(paths, join(out, 'dashboard'), policy, evalOk !== undefined);
        },
        (d) => ({ verdict: 'WRITTEN', details: panelLines(d.data) }),
      );
      if (keep) writeFileSync(join(work, 'github-state.json'), `${JSON.stringify(github.server.snapshot(), null, 2)}\n`);
    } finally {
      // CI jobs still running need the local GitHub: let them finish first.
      await ci.idle();
      await model.close();
      await github.close();
    }

    const written = [
      ['dashboard', dashboard?.html],
      ['figures', dashboard?.figures],
      ['its inputs', paths.dir],
      ['  ledgers', paths.ledgers],
      ['  session records + traces', paths.sessions],
      ['  CI guard reports', paths.guardReports],
      ['  workflow runs (REST)', paths.workflowRuns],
      ['  cost history (PR outcomes)', paths.costHistory],
      ...(evalOk ? [['  eval results', paths.eval]] : []),
      ['log of every package', logPath],
    ].filter((w): w is [string, string] => typeof w[1] === 'string');
    const summary = { ok: ctx.unexpected.length === 0, unexpected: ctx.unexpected, seconds: narrator.elapsed(), steps: narrator.steps, written: Object.fromEntries(written.map(([k, v]) => [k.trim(), v])), kept: keep ? work : null };
    writeFileSync(join(out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);

    narrator.heading('end', `Done in ${formatSeconds(narrator.elapsed())}${ctx.unexpected.length ? ` — ${ctx.unexpected.length} step(s) did not go as the story says:` : '.'}`);
    for (const u of ctx.unexpected) narrator.note(`✗ ${u}`);
    narrator.note('written:');
    for (const [label, path] of [...written, ['this run as JSON', join(out, 'summary.json')] as [string, string]]) narrator.note(`  ${label.padEnd(30)} ${shown(path)}`);
    if (dashboard && evalOk) for (const line of rebuildNote(paths.dir, shown)) narrator.note(line);
    if (keep) for (const line of keptNotes(work, shown)) narrator.note(line);
    else {
      removeWork(work);
      narrator.note('the service repository, the local GitHub’s state and the session folders were removed; `agent-guards demo --keep` (`npm start -- --keep` in a checkout) leaves them to poke at.');
    }
    if (json) io.stdout(JSON.stringify(summary, null, 2));
    return ctx.unexpected.length === 0 ? 0 : 1;
  },
};
