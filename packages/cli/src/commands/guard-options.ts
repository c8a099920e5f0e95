import type { GuardName } from '@agent-guards/action-kit';
import { REVISION_OPTIONS, type OptionSpec } from '../command.js';

// How the guards are asked on the command line: read by `--help` and the option parser, with no guard's code loaded.

/** Whose PR it is (its author's login): decides the guards set to agent PRs only; without it every guard judges the PR. */
const AUTHOR_OPTION: OptionSpec = { author: { type: 'string' } };

/** How each guard is asked on the command line: the options its part of the request comes from, and its old name. */
export const GUARD_OPTIONS: Record<GuardName, { alias?: string; usage: string; options: OptionSpec; required: string[] }> = {
  'manifest-scope': {
    alias: 'scope',
    usage: '--repo DIR --base REV --head REV --ticket PATH [--author LOGIN] [--policy PATH] [--json]',
    options: { ...REVISION_OPTIONS, ...AUTHOR_OPTION, ticket: { type: 'string' } },
    required: ['base', 'ticket'],
  },
  'skip-set': {
    usage: '--repo DIR --base REV --head REV [--collector static|runner|both] [--base-reports PATH|GLOB … --head-reports PATH|GLOB …] [--ticket PATH] [--author LOGIN] [--policy PATH] [--json]',
    options: { ...REVISION_OPTIONS, ...AUTHOR_OPTION, collector: { type: 'string' }, 'base-reports': { type: 'string', multiple: true }, 'head-reports': { type: 'string', multiple: true }, ticket: { type: 'string' } },
    required: ['base'],
  },
  'spec-conformance': {
    alias: 'spec',
    usage: '--repo DIR --base REV --head REV --body-file FILE [--ticket PATH] [--author LOGIN] [--policy PATH] [--json]',
    options: { ...REVISION_OPTIONS, ...AUTHOR_OPTION, 'body-file': { type: 'string' }, ticket: { type: 'string' } },
    required: ['base', 'body-file'],
  },
  'cost-ceiling': {
    alias: 'cost',
    usage: '--ledger FILE [--ledger FILE …] [--usage-file FILE …] [--agent-model MODEL] [--pr N] [--history-repo DIR] [--repo DIR [--base REV]] [--author LOGIN] [--policy PATH] [--json]',
    options: {
      ledger: { type: 'string', multiple: true },
      'execution-file': { type: 'string', multiple: true },
      'usage-file': { type: 'string', multiple: true },
      'agent-model': { type: 'string' },
      pr: { type: 'string' },
      'history-repo': { type: 'string' },
      repo: { type: 'string', default: '.' },
      base: { type: 'string' },
      ...AUTHOR_OPTION,
    },
    required: [],
  },
  boundaries: {
    usage: '--repo DIR --base REV --head REV [--author LOGIN] [--policy PATH] [--json]',
    options: { ...REVISION_OPTIONS, ...AUTHOR_OPTION },
    required: ['base'],
  },
};

/** The options of every guard, for `check`. */
export const ALL_GUARD_OPTIONS: OptionSpec = Object.assign({}, ...Object.values(GUARD_OPTIONS).map((c) => c.options));

/** `check`'s usage line: the union of the guards' options. */
export const CHECK_USAGE =
  '--repo DIR --base REV --head REV [--ticket PATH] [--body-file FILE] [--ledger FILE …] [--collector …] [--base-reports … --head-reports …] [--author LOGIN] [--json]';
