import { posix } from 'node:path';

/** conftest.py paths that apply to a test file, nearest directory first. */
export function conftestPathsFor(path: string): string[] {
  const out: string[] = [];
  for (let dir = posix.dirname(path); ; dir = posix.dirname(dir)) {
    out.push(dir === '.' ? 'conftest.py' : `${dir}/conftest.py`);
    if (dir === '.' || dir === '/' || dir === '') break;
  }
  return out;
}
