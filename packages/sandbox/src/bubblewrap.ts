import { dirname, sep } from 'node:path';
import type { HostView } from './host-view.js';

/**
 * The bubblewrap command line for one contained process. Pure: the same plan
 * gives the same argv, so tests can read what a sandbox would be.
 *
 * A runner that is not root (GitHub-hosted runners) runs one unprivileged
 * bwrap: new user, PID, IPC, UTS, cgroup and network namespaces, the view
 * below, no further user namespaces. A runner that is root cannot use a user
 * namespace to stop being root (the sandbox would still be uid 0 to the
 * kernel, able to read root's files and beyond any process limit), so it
 * builds the view with a first bwrap, drops to an unprivileged uid of the
 * sandbox's own with setpriv (no capabilities, no_new_privs), and isolates
 * with a second, unprivileged bwrap as above.
 */
export interface ContainmentPlan {
  view: HostView;
  /** Host paths bound writable at the same path: the checkout first. */
  writable: string[];
  /** Read-only binds on top of the writable ones: `<checkout>/.git`, borrowed dependency folders. */
  overlays: { source: string; target: string }[];
  /** The sandbox's private home (writable). */
  home: string;
  tmpSizeMb: number;
  cwd: string;
  /** `prlimit` options. */
  limits: string[];
  /** Root runners: the unprivileged uid/gid the command runs as. */
  dropTo?: { uid: number; gid: number };
  /** Executables, resolved by the caller. */
  tools: { bwrap: string; prlimit: string; setpriv: string };
}

/** A fresh /dev with a bounded /dev/shm (an unbounded tmpfs would be memory without a limit). */
function devArgs(plan: ContainmentPlan): string[] {
  return ['--dev', '/dev', '--perms', '1777', '--size', String(plan.tmpSizeMb * 1024 * 1024), '--tmpfs', '/dev/shm'];
}

function ancestorsOf(path: string): string[] {
  const out: string[] = [];
  for (let p = dirname(path); p !== sep && p !== '.'; p = dirname(p)) out.unshift(p);
  return out;
}

/** Mount operations that build the file system view (the order matters: later mounts cover earlier ones). */
function viewArgs(plan: ContainmentPlan, proc: 'new' | 'host'): string[] {
  const args: string[] = [];
  // Folders that exist inside: created here, or host folders bound in (whose subfolders exist too).
  const made = new Set<string>(['/']);
  const bound: string[] = [];
  const exists = (p: string): boolean => made.has(p) || bound.some((b) => p.startsWith(b + sep));
  // bwrap would create missing parents 0700 as the user running it; the sandbox user must traverse them.
  const parents = (target: string): void => {
    for (const a of ancestorsOf(target)) {
      if (exists(a)) continue;
      args.push('--perms', '0755', '--dir', a);
      made.add(a);
    }
  };
  const bind = (flag: string, source: string, target: string): void => {
    parents(target);
    args.push(flag, source, target);
    made.add(target);
    bound.push(target);
  };
  for (const s of plan.view.symlinks) {
    args.push('--symlink', s.target, s.path);
    made.add(s.path);
  }
  // The private /tmp first: anything bound below it later (a checkout in /tmp) lands on top of it.
  args.push('--perms', '1777', '--size', String(plan.tmpSizeMb * 1024 * 1024), '--tmpfs', '/tmp');
  made.add('/tmp');
  args.push('--perms', '0755', '--dir', '/var', '--symlink', '/tmp', '/var/tmp');
  made.add('/var');
  // A read-only path inside another one is visible already.
  for (const p of plan.view.readOnly) if (!exists(p)) bind('--ro-bind', p, p);
  if (proc === 'new') args.push('--proc', '/proc');
  // The host's /proc only serves the inner bwrap's mount of its own /proc, which covers it.
  else args.push('--bind', '/proc', '/proc');
  args.push(...devArgs(plan));
  made.add('/proc').add('/dev');
  for (const p of plan.writable) bind('--bind', p, p);
  bind('--bind', plan.home, plan.home);
  for (const o of plan.overlays) bind('--ro-bind', o.source, o.target);
  args.push('--remount-ro', '/');
  return args;
}

/** Namespaces and process settings of the isolating bwrap. */
function isolationArgs(plan: ContainmentPlan): string[] {
  return [
    '--unshare-all',
    '--unshare-user',
    '--disable-userns',
    '--die-with-parent',
    '--new-session',
    '--hostname',
    'sandbox',
    '--chdir',
    plan.cwd,
  ];
}

/** The argv that runs `command` contained by `plan`. */
export function bubblewrapArgv(plan: ContainmentPlan, command: readonly string[]): string[] {
  const { bwrap, prlimit, setpriv } = plan.tools;
  if (!plan.dropTo) {
    return [prlimit, ...plan.limits, '--', bwrap, ...viewArgs(plan, 'new'), ...isolationArgs(plan), '--', ...command];
  }
  const { uid, gid } = plan.dropTo;
  return [
    bwrap,
    '--die-with-parent',
    ...viewArgs(plan, 'host'),
    '--',
    setpriv,
    `--reuid=${uid}`,
    `--regid=${gid}`,
    '--clear-groups',
    '--no-new-privs',
    '--inh-caps=-all',
    '--bounding-set=-all',
    '--',
    prlimit,
    ...plan.limits,
    '--',
    bwrap,
    '--bind',
    '/',
    '/',
    '--proc',
    '/proc',
    ...devArgs(plan),
    ...isolationArgs(plan),
    '--',
    ...command,
  ];
}
