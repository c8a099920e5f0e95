import { readdirSync, readFileSync } from 'node:fs';
import type { SandboxPolicy } from '@agent-guards/config';

const MIB = 1024 * 1024;

/**
 * Tasks (processes and threads) that `uid` has now. RLIMIT_NPROC counts every
 * task of the real user, so a limit meant as "this many for the sandbox" is
 * the current count plus that many.
 */
export function tasksOf(uid: number): number {
  let count = 0;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let status: string;
    try {
      status = readFileSync(`/proc/${name}/status`, 'latin1');
    } catch {
      continue; // gone already
    }
    const owner = /^Uid:\s+(\d+)/m.exec(status);
    if (!owner || Number(owner[1]) !== uid) continue;
    count += Number(/^Threads:\s+(\d+)/m.exec(status)?.[1] ?? 1);
  }
  return count;
}

/**
 * The `prlimit` options for a contained command: memory per process
 * (RLIMIT_DATA, which counts what a process allocates, not the address space
 * V8 and Go reserve), tasks, file size, and no core dumps.
 */
export function prlimitArgs(settings: Pick<SandboxPolicy, 'memory_mb' | 'max_processes' | 'max_file_size_mb'>, tasksAlready: number): string[] {
  return [
    `--data=${settings.memory_mb * MIB}`,
    `--nproc=${tasksAlready + settings.max_processes}`,
    `--fsize=${settings.max_file_size_mb * MIB}`,
    '--core=0',
  ];
}
