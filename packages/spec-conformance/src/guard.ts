import { ConfigurationError, reportFromFindings, type Finding, type GuardRun, type Logger } from '@agent-guards/action-kit';
import type { Policy, Ticket } from '@agent-guards/config';
import { changedFiles, readFileAt, resolveCommits } from '@agent-guards/git';
import { AddressedChecker, type TargetAssessment } from './addressed-check.js';
import { changeFactsFrom } from './change-facts.js';
import { checkCommits, pullRequestCommits } from './commit-check.js';
import { checkDescription, describeTarget } from './description-check.js';
import { parseSpec, type SpecDocument } from './spec-document.js';
import { specMapFromText } from './spec-map.js';
import { renderSpecSummary } from './summary.js';

export const SPEC_GUARD = 'spec-conformance';

export interface SpecGuardOptions {
  repo: string;
  base: string;
  head: string;
  /** The policy read at base: spec.path, spec.map, spec.require_map and commits. */
  policy: Policy;
  /** The PR description: re-fetched through the API in actions, --body-file in the CLI. */
  body: string;
  /** The ticket read at base, when the PR implements one. */
  ticket?: Ticket;
  logger: Logger;
  /** Commits in the PR per the event/API: the local count must match it. */
  prCommits?: number;
  /** Where the body came from (the CLI's --body-file), so reference findings point at its lines. */
  bodyPath?: string;
  /** The ticket's repo-relative path, so ticket findings point at it. */
  ticketPath?: string;
}

/** The spec read at the base commit, as the guard reads it: missing or without §N sections is a configuration error. */
export function specFromText(text: string | undefined, path: string, base: string): SpecDocument {
  if (text === undefined) {
    throw new ConfigurationError(`the spec does not exist at the base commit ${base.slice(0, 12)}.`, {
      file: path,
      field: 'spec.path',
      fix: "commit the spec to the base branch, or set the policy's spec.path to where it is.",
    });
  }
  const spec = parseSpec(text);
  if (spec.sections.length === 0) {
    throw new ConfigurationError('the spec has no section headings carrying §N.', {
      file: path,
      field: 'spec.path',
      fix: "mark each section with a heading such as '## §3 Authorized scope'.",
    });
  }
  return spec;
}

function conformanceNotChecked(policy: Policy, message: string): Finding {
  const requireMap = policy.spec.require_map;
  return {
    rule: 'conformance-not-checked',
    severity: requireMap ? 'error' : 'notice',
    message: `${message}${requireMap ? ' The policy sets spec.require_map, so this fails.' : ''} Fix: ${
      policy.spec.map ? `add an entry for it to ${policy.spec.map}` : "add a spec map and name it in the policy's spec.map"
    }${requireMap ? '' : ' (set spec.require_map: true to make this fail)'}.`,
  };
}

/**
 * The spec-conformance guard: the description names sections that exist at
 * base (with matching titles), names every section the ticket implements, and
 * the change addresses them according to the spec map; every commit in
 * base..head is a Conventional Commit. Trusted files are read at base only.
 */
export async function runSpecGuard(options: SpecGuardOptions): Promise<GuardRun> {
  const { repo, policy, logger } = options;
  const [base, head] = (await resolveCommits(repo, [
    [options.base, 'base'],
    [options.head, 'head'],
  ])) as [string, string];
  const specPath = policy.spec.path;
  const mapPath = policy.spec.map;
  // Independent git reads run side by side: the guard's time is mostly process start-up.
  const [specText, mapText, commits, changes] = await Promise.all([
    readFileAt(repo, base, specPath),
    mapPath ? readFileAt(repo, base, mapPath) : undefined,
    pullRequestCommits(repo, base, head, options.prCommits),
    mapPath ? changedFiles(repo, base, head, options.prCommits === undefined ? {} : { prCommits: options.prCommits }) : undefined,
  ]);
  const spec = specFromText(specText, specPath, base);
  const map = mapPath ? specMapFromText(mapText, mapPath, base, spec) : undefined;
  logger.info(`spec ${specPath} at ${base.slice(0, 12)}: ${spec.sections.length} section(s)${map ? `; map ${map.path}: ${map.entries.size} entr(ies)` : '; no spec map'}.`);

  const description = checkDescription({
    spec,
    specPath,
    body: options.body,
    ...(options.ticket ? { ticket: options.ticket } : {}),
    ...(options.bodyPath ? { bodyPath: options.bodyPath } : {}),
    ...(options.ticketPath ? { ticketPath: options.ticketPath } : {}),
  });
  const commitCheck = checkCommits(commits, policy.commits);
  logger.info(`${description.targets.length} section(s) named; ${commitCheck.checked} commit(s) checked.`);

  const findings: Finding[] = [...description.findings, ...commitCheck.findings];
  let assessments: TargetAssessment[] = [];
  if (description.targets.length > 0) {
    if (!map) {
      findings.push(
        conformanceNotChecked(
          policy,
          'No spec map: the named sections exist and match the ticket, but whether the change addresses them could not be checked.',
        ),
      );
    } else {
      const checker = new AddressedChecker(changeFactsFrom(repo, changes!, commits, policy.runner.sandbox.registries.npm));
      assessments = await Promise.all(description.targets.map((t) => checker.assess(t, map)));
      for (const a of assessments) {
        const name = describeTarget(a.target.section, a.target.clause);
        if (a.status === 'not-addressed') {
          findings.push({
            rule: 'section-not-addressed',
            severity: 'error',
            message: `${name} is not addressed by this change according to ${map.path}: ${a.details.join(' | ')}. Fix: make the change ${map.path} describes for it, or name the section this change does implement.`,
            ...(options.bodyPath ? { path: options.bodyPath, line: a.target.references[0]!.line } : {}),
          });
        } else if (a.status === 'not-mapped') {
          findings.push(conformanceNotChecked(policy, `${name} has no entry in ${map.path}, so whether the change addresses it could not be checked.`));
        }
      }
    }
  }

  const keys = description.targets.map((t) => t.key);
  const report = reportFromFindings(SPEC_GUARD, findings, {
    references: description.scan.references.length,
    'ignored-references': description.scan.ignored.length,
    sections: keys.length,
    'sections-addressed': assessments.filter((a) => a.status === 'addressed').length,
    'spec-sections': spec.sections.length,
    'map-entries': map?.entries.size ?? 0,
    'commits-checked': commitCheck.checked,
    'commits-invalid': commitCheck.invalid,
    'merge-commits-skipped': commitCheck.skippedMerges,
  });
  return {
    report,
    outputs: { sections: keys.join(', '), 'commits-checked': commitCheck.checked },
    summary: renderSpecSummary({ specPath, ...(map ? { mapPath: map.path } : {}), targets: description.targets, assessments, commits: commitCheck }),
  };
}
