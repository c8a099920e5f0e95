import { chmodSync, chownSync, lchownSync, lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/**
 * Root runners only: the sandbox runs as an unprivileged uid of its own, so
 * the checkout it works in must be that uid's to write. Everything but `.git`
 * (which the sandbox sees read-only and the runner's git keeps using) is
 * handed over; the checkout's own folder stays root's, group-writable for the
 * sandbox, because git refuses a repository whose top folder another user
 * owns ("dubious ownership").
 *
 * `since`: only folders changed after it are listed again (what the runner
 * wrote since the last run); every folder is still visited, because a change
 * deep down does not touch its parents' times.
 */
export function handOver(dir: string, uid: number, gid: number, since = 0): void {
  const top = lstatSync(dir);
  if (top.gid !== gid) chownSync(dir, top.uid, gid);
  if ((top.mode & 0o070) !== 0o070) chmodSync(dir, (top.mode & 0o7777) | 0o070);
  walk(dir, top, uid, gid, since, true);
}

function walk(dir: string, st: Stats, uid: number, gid: number, since: number, isTop: boolean): void {
  const listAll = st.mtimeMs >= since || st.ctimeMs >= since;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // removed meanwhile
  }
  for (const e of entries) {
    if (e.name === '.git') continue;
    const path = join(dir, e.name);
    if (!e.isDirectory() && !listAll) continue;
    let child: Stats;
    try {
      child = lstatSync(path);
    } catch {
      continue;
    }
    if (child.uid !== uid || child.gid !== gid) lchownSync(path, uid, gid);
    if (e.isDirectory()) walk(path, child, uid, gid, since, false);
  }
  if (!isTop && (st.uid !== uid || st.gid !== gid)) lchownSync(dir, uid, gid);
}

/** Whether `uid` is mapped in this process's user namespace (a container may map only a range). */
export function uidMapped(uid: number): boolean {
  let map: string;
  try {
    map = readFileSync('/proc/self/uid_map', 'utf8');
  } catch {
    return false;
  }
  return map
    .trim()
    .split('\n')
    .some((line) => {
      const [inside, , count] = line.trim().split(/\s+/).map(Number);
      return inside !== undefined && count !== undefined && uid >= inside && uid < inside + count;
    });
}

/**
 * An unprivileged uid for one sandbox of a root runner: its own, so one
 * sandbox's processes never count against another's process limit. Falls back
 * to nobody where the high range is not mapped.
 */
export function sandboxUid(): number | undefined {
  const candidate = 100_000 + Math.floor(Math.random() * 65_536);
  if (uidMapped(candidate)) return candidate;
  return uidMapped(65_534) ? 65_534 : undefined;
}
