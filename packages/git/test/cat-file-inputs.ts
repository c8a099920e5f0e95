import type * as RunGit from '../src/run-git.js';

/**
 * What each `cat-file --batch` batch asked git (what was written to its stdin, less the batch's
 * end-of-batch name): which names git resolved, by path or by id.
 */
export const catFileInputs: string[] = [];

/** run-git.js with its `spawnGit` noting what is written to each cat-file: for `vi.mock('../src/run-git.js', …)`. */
export async function recordingRunGit(importOriginal: () => Promise<typeof RunGit>): Promise<typeof RunGit> {
  const actual = await importOriginal();
  return {
    ...actual,
    spawnGit: (repo, args, options) => {
      const child = actual.spawnGit(repo, args, options);
      if (args[0] === 'cat-file') {
        const write = child.stdin.write.bind(child.stdin) as (data: string) => boolean;
        child.stdin.write = ((data: string) => {
          catFileInputs.push(data.replace(/^agent-guards-end-of-batch-\w+\n$/m, ''));
          return write(data);
        }) as typeof child.stdin.write;
      }
      return child;
    },
  };
}
