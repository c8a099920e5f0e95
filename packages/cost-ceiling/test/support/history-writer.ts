/**
 * One writer process of the concurrency test: appends its own lines and the
 * lines every writer shares to the history branch of `remote`, from its own
 * clone, and prints what happened as JSON.
 */
import { CostHistory } from '../../src/history/history-store.js';
import { sampleCallLine } from './sample-lines.js';

const [repo, remote, branch, writer, own, shared] = process.argv.slice(2);
const lines = [
  ...Array.from({ length: Number(own) }, (_, i) => sampleCallLine(`writer-${writer}`, i)),
  ...Array.from({ length: Number(shared) }, (_, i) => sampleCallLine('shared-session', i)),
];
const history = new CostHistory({ repo: repo!, remote: remote!, branch: branch! }, { backoffMs: 10, maxBackoffMs: 400, maxAttempts: 200 });
const result = await history.append(lines);
process.stdout.write(JSON.stringify({ appended: result.appended, alreadyPresent: result.alreadyPresent, attempts: result.attempts }));
