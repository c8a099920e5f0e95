import { mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ConfigurationError, settleInOrder } from '@agent-guards/action-kit';
import { DEFAULT_MANIFEST_PATH, isProtectedBranch, loadManifest, loadPolicy, loadTicket, MODES, resolveManifest, type Policy } from '@agent-guards/config';
import { priceCall } from '@agent-guards/cost-ceiling/prices';
import { auditCheckoutConfig, checkoutGit, isFullSha, readFileAt, resolveCommit } from '@agent-guards/git';
import { openSandbox, type Sandbox } from '@agent-guards/sandbox';
import { randomHex } from '@agent-guards/telemetry';
import { readJson, type SessionRecord } from '../records/session-record.js';
import { resumeState, TransitionError } from '../state-machine.js';
import type { AddedContext, DependencyDir, ResumeOptions, ReviewGuard, RuntimeOptions, SessionResult, SessionStartOptions } from '../types.js';
import type { GoldenSample } from '../prompt/context-packet.js';
import type { Checkpoint, SessionSetup } from './checkpoint.js';

// How a session starts: what it reads at base, the checks on the checkout, the sandbox. Only this
// loads before the session's first line; the machinery that drives it (the model client, the tools,
// the records) is imported once that line is out, and compiles while git and the sandbox work.

async function git(repo: string, args: string[], okExitCodes?: number[]) {
  return checkoutGit(repo, args, okExitCodes ? { okExitCodes } : {});
}

/**
 * The sandbox the session's commands run in, checked before anything else
 * happens: a runner that cannot contain what it runs does not start. The
 * session's own records stay outside what the sandbox sees.
 */
function openSessionSandbox(
  repo: string,
  policy: Policy,
  policyPath: string,
  records: string[],
  dependencies: readonly DependencyDir[],
  logger: RuntimeOptions['logger'],
): Promise<Sandbox> {
  return openSandbox({
    settings: policy.runner.sandbox,
    policyPath,
    workdir: repo,
    hidden: records,
    // A venv's scripts name their interpreter by its original path: both places are visible.
    readOnly: dependencies.map((d) => d.source),
    overlays: dependencies.map((d) => ({ source: d.source, target: d.target })),
    ...(logger ? { logger } : {}),
  });
}

/** Fails before the first model call on what would make the session unable to finish. */
function checkRunnable(policy: Policy, policyPath: string, modeTools: SessionSetup['modeTools']): void {
  if (!policy.runner.test_command?.length) {
    throw new ConfigurationError('the agent runner needs the service test command (Implement → Review requires passing tests).', {
      file: policyPath,
      field: 'runner.test_command',
      fix: 'set runner.test_command to the argv of the test command, e.g. ["npm", "test", "--"].',
    });
  }
  if (!modeTools.review.all.has('gh_pr_create') || !modeTools.review.all.has('git_push_non_protected')) {
    throw new ConfigurationError('review mode must bind git_push_non_protected and gh_pr_create, or no session can reach Done (spec §4 Review → Done).', {
      file: policy.manifest,
      field: 'modes.review',
      fix: 'bind git_push_non_protected and gh_pr_create in review (the spec §5 manifest does).',
    });
  }
  for (const mode of MODES) priceCall(policy.cost.models[mode], { input_tokens: 0, output_tokens: 0 }, policy.cost.prices);
}

async function repoSlugOf(repo: string, options: SessionStartOptions): Promise<string> {
  if (options.repoSlug) return options.repoSlug;
  if (options.github) return `${options.github.repo.owner}/${options.github.repo.repo}`;
  const url = (await git(repo, ['remote', 'get-url', options.push?.remote ?? 'origin'], [0, 2, 128])).stdout.toString('utf8').trim();
  const m = /[/:]([^/:\s]+)\/([^/\s]+?)(?:\.git)?$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : `local/${basename(repo).replace(/[^A-Za-z0-9._-]/g, '-') || 'repo'}`;
}

async function baseBranchOf(repo: string, baseRev: string): Promise<string> {
  const isBranch = (await git(repo, ['rev-parse', '--verify', '--quiet', `refs/heads/${baseRev}`], [0, 1])).exitCode === 0;
  if (isBranch) return baseRev;
  const current = await git(repo, ['symbolic-ref', '--quiet', '--short', 'HEAD'], [0, 1]);
  return current.exitCode === 0 ? current.stdout.toString('utf8').trim() : 'main';
}

interface LoadedConfig {
  policy: Policy;
  policyPath: string;
  setupParts: Pick<SessionSetup, 'ticket' | 'policy' | 'policyPath' | 'modeTools' | 'skills' | 'ticketPath'>;
  /** Read once the ticket names them; the session's first line does not wait for them. */
  goldenSamples: Promise<GoldenSample[]>;
}

/** Everything trusted, read at the base commit. */
async function loadAtBase(repo: string, baseSha: string, ticketPath: string, policyPathOption: string | undefined, skillPaths: readonly string[], logger: RuntimeOptions['logger']): Promise<LoadedConfig> {
  // Read side by side (git answers what one turn asks with one cat-file); the errors are the ones a
  // reading in this order would meet first: the policy's, the ticket's, the manifest's, a skill's.
  const policyLoad = loadPolicy({ repo, base: baseSha, ...(policyPathOption ? { path: policyPathOption } : {}), ...(logger ? { logger } : {}) });
  const ticketLoad = loadTicket({ repo, base: baseSha, path: ticketPath });
  // The manifest is where the policy says, known once the policy is parsed. Most policies keep the
  // default path: asked now, it comes in the policy's batch, and the read below finds it remembered.
  readFileAt(repo, baseSha, DEFAULT_MANIFEST_PATH).catch(() => undefined);
  const manifestLoad = policyLoad.then(({ policy }) => loadManifest({ repo, base: baseSha, path: policy.manifest, ...(logger ? { logger } : {}) }));
  const skillsLoad = Promise.all(
    skillPaths.map(async (path) => {
      const text = await readFileAt(repo, baseSha, path);
      if (text === undefined) throw new ConfigurationError(`the skill file does not exist at the base commit ${baseSha.slice(0, 12)}.`, { file: path, fix: 'commit it to the base branch or drop it from the skill paths.' });
      return { path, text };
    }),
  );
  const goldenSamples = ticketLoad.then((ticket) => Promise.all((ticket.context?.golden_samples ?? []).map(async (path) => ({ path, text: await readFileAt(repo, baseSha, path) }))));
  // Awaited later, or not at all when the session stops first (a missing commit stops the policy first).
  goldenSamples.catch(() => undefined);
  const [{ policy, path: policyPath }, ticket, { manifest }, skills] = await settleInOrder([policyLoad, ticketLoad, manifestLoad, skillsLoad] as const);
  const modeTools = resolveManifest(manifest);
  checkRunnable(policy, policyPath, modeTools);
  return { policy, policyPath, setupParts: { ticket, policy, policyPath, modeTools, skills, ticketPath }, goldenSamples };
}

/** The policy a session read at base, from which a caller builds the guards Review runs. */
export interface LoadedPolicy {
  policy: Policy;
  policyPath: string;
  ticketPath: string;
}

/** Review's guards for the policy the session read; `options.reviewGuards`, when given, wins. */
export type ReviewGuardsFor = (loaded: LoadedPolicy) => ReviewGuard[];

function withReviewGuards<T extends RuntimeOptions>(options: T, loaded: LoadedConfig, guardsFor: ReviewGuardsFor | undefined): T {
  if (options.reviewGuards || !guardsFor) return options;
  return { ...options, reviewGuards: guardsFor({ policy: loaded.policy, policyPath: loaded.policyPath, ticketPath: loaded.setupParts.ticketPath }) };
}

/** The session's machinery, imported as the session says what it starts (see the top of this file). */
function importDriver() {
  const driver = import('./drive-run.js');
  // Awaited only once the checks have passed: a run that fails them first must not also report this.
  driver.catch(() => undefined);
  return driver;
}

function readAddedContext(file: string, kind: AddedContext['kind'], mode: AddedContext['mode'], at: string): AddedContext {
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch (error) {
    throw new ConfigurationError(`cannot read the added context: ${(error as Error).message}.`, { file, fix: 'pass the path of a readable text file.' });
  }
  if (buffer.includes(0)) throw new ConfigurationError('the added context is not a text file.', { file, fix: 'add a contract, interface or example as text.' });
  // node:crypto loads when a resume adds context, not with the session's start (see randomHex).
  const sha256 = process.getBuiltinModule('node:crypto').createHash('sha256').update(buffer).digest('hex');
  return { file, sha256, bytes: buffer.length, kind, added_at: at, mode, text: buffer.toString('utf8') };
}

/**
 * The sandbox, opened while git checks the checkout: neither needs the other, and nothing runs in
 * the sandbox before both have passed. Checks that fail close the opened sandbox, and their error is
 * the one reported, as when the two ran one after the other.
 */
async function openBesideChecks<T>(checks: Promise<T>, opening: Promise<Sandbox>): Promise<[T, Sandbox]> {
  const [checked, opened] = await Promise.allSettled([checks, opening]);
  if (checked.status === 'rejected') {
    if (opened.status === 'fulfilled') await opened.value.close();
    throw checked.reason;
  }
  if (opened.status === 'rejected') throw opened.reason;
  return [checked.value, opened.value];
}

/** Runs a step that follows the sandbox's opening; the sandbox is closed if it fails. */
async function withSandboxOnFailure<T>(sandbox: Sandbox, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}

/** Starts a session on a ticket; see runAgentSession. `guardsFor` builds Review's guards from the policy read at base. */
export async function startSession(options: SessionStartOptions, guardsFor?: ReviewGuardsFor): Promise<SessionResult> {
  const repo = realpathSync(resolve(options.repo));
  const baseRev = options.base ?? 'HEAD';
  // A full SHA is read at as given (readFileAt asks for its commit in the same batch, and what it
  // found answers resolveCommit without git); a ref is resolved first.
  const at = isFullSha(baseRev) ? baseRev : await resolveCommit(repo, baseRev, 'base');
  const loaded = await loadAtBase(repo, at, options.ticketPath, options.policyPath, options.skillPaths ?? [], options.logger);
  const baseSha = await resolveCommit(repo, at, 'base');
  const { policy } = loaded;

  const short = randomHex(4);
  const sessionId = options.sessionId ?? `${loaded.setupParts.ticket.id}-${short}`;
  const branch = `${policy.runner.branch_prefix}${loaded.setupParts.ticket.id}-${short}`;
  options.logger?.info(`session ${sessionId}: ticket ${loaded.setupParts.ticket.id} (${options.ticketPath}) from ${baseSha.slice(0, 12)}, on branch ${branch}`);
  const driver = importDriver();
  const sessionDir = resolve(options.sessionDir);
  const ledgerPath = resolve(options.ledgerPath ?? join(sessionDir, 'usage-ledger.jsonl'));
  const tracePath = resolve(options.tracePath ?? join(sessionDir, 'trace.jsonl'));
  const checked = (async () => {
    // The checkout's config is audited before git runs anything else in it.
    await auditCheckoutConfig(repo);
    const dirty = (await git(repo, ['status', '--porcelain=v1', '-z'])).stdout.toString('utf8');
    if (dirty.length > 0) {
      throw new ConfigurationError('the working copy has uncommitted changes; the agent starts from a clean checkout of the base.', { file: repo, fix: 'commit, stash or clean the changes first.' });
    }
    if (isProtectedBranch(branch, policy.protected_branches)) {
      throw new ConfigurationError(`the session branch '${branch}' would match a protected-branch glob.`, { file: loaded.policyPath, field: 'runner.branch_prefix', fix: 'use a branch prefix no protected glob matches (default agent/).' });
    }
    return baseBranchOf(repo, baseRev);
  })();
  const [baseBranch, sandbox] = await openBesideChecks(checked, openSessionSandbox(repo, policy, loaded.policyPath, [sessionDir, ledgerPath, tracePath], options.dependencyDirs ?? [], options.logger));
  const [repoSlug, { beginSession }, goldenSamples] = await withSandboxOnFailure(sandbox, async () => {
    await git(repo, ['checkout', '-q', '-b', branch, baseSha]);
    mkdirSync(sessionDir, { recursive: true });
    return Promise.all([repoSlugOf(repo, options), driver, loaded.goldenSamples]);
  });
  const setup: SessionSetup = { sessionId, sessionDir, repo, baseSha, baseBranch, branch, repoSlug, ledgerPath, tracePath, sandbox, ...loaded.setupParts, goldenSamples };
  return beginSession(setup, withReviewGuards(options, loaded, guardsFor));
}

/** Continues an escalated session; see resumeAgentSession. `guardsFor` as for startSession. */
export async function resumeSession(sessionDir: string, options: ResumeOptions, guardsFor?: ReviewGuardsFor): Promise<SessionResult> {
  const dir = resolve(sessionDir);
  const record = readJson<SessionRecord>(join(dir, 'session.json'));
  const checkpoint = readJson<Checkpoint>(join(dir, 'checkpoint.json'));
  if (record.status !== 'escalated' || !record.escalation || !checkpoint.stopped_in) {
    throw new ConfigurationError(`only an escalated session can be resumed; this one is '${record.status}'.`, { file: join(dir, 'session.json'), field: 'status' });
  }
  let mode;
  try {
    mode = resumeState(checkpoint.state, checkpoint.stopped_in, record.escalation.reason);
  } catch (error) {
    if (!(error instanceof TransitionError)) throw error;
    throw new ConfigurationError(`a '${record.escalation.reason}' escalation cannot be resumed: spec §4 allows no further transitions after the hard token cap.`, {
      file: join(dir, 'session.json'),
      field: 'escalation.reason',
      fix: 'start a new session for the ticket, or amend the cost posture (§4) if the ceiling is wrong.',
    });
  }
  const now = options.now ?? Date.now;
  // Read before the sandbox opens: an unreadable file stops the resume with nothing to close.
  const added = readAddedContext(options.addContext, options.addContextKind ?? 'contract', mode, new Date(now()).toISOString());
  const repo = record.paths.repo;
  const loaded = await loadAtBase(repo, record.base_sha, record.paths.ticket, record.paths.policy, record.paths.skills, options.logger);
  options.logger?.info(`session ${record.session}: resuming in ${mode} mode on branch ${record.branch}, after '${record.escalation.reason}'`);
  const driver = importDriver();
  const checked = (async () => {
    await auditCheckoutConfig(repo);
    return (await git(repo, ['symbolic-ref', '--quiet', '--short', 'HEAD'], [0, 1, 128])).stdout.toString('utf8').trim();
  })();
  const [current, sandbox] = await openBesideChecks(checked, openSessionSandbox(repo, loaded.policy, loaded.policyPath, [dir, record.paths.ledger, record.paths.trace], record.paths.dependencies ?? [], options.logger));
  const [{ continueSession }, goldenSamples] = await withSandboxOnFailure(sandbox, async () => {
    if (current !== record.branch) await git(repo, ['checkout', '-q', record.branch]);
    return Promise.all([driver, loaded.goldenSamples]);
  });
  // The sandbox may differ from the first run's (a policy change at base is not one; the machine may be).
  record.sandbox = { ...sandbox.description, egress: record.sandbox?.egress ?? [], stopped: record.sandbox?.stopped ?? [] };
  const setup: SessionSetup = {
    sessionId: record.session,
    sessionDir: dir,
    repo,
    baseSha: record.base_sha,
    baseBranch: record.base_branch,
    branch: record.branch,
    repoSlug: record.repo,
    ledgerPath: record.paths.ledger,
    tracePath: record.paths.trace,
    sandbox,
    ...loaded.setupParts,
    goldenSamples,
  };
  return continueSession(setup, record, checkpoint, withReviewGuards(options, loaded, guardsFor), { mode, added });
}
