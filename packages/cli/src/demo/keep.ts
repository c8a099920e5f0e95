import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export function removeWork(work: string): void {
  rmSync(work, { recursive: true, force: true });
}

/** What `--keep` leaves, and how to look at each part. */
export function keptNotes(work: string, shown: (path: string) => string): string[] {
  const sessions = join(work, 'sessions');
  const tickets = existsSync(sessions) ? readdirSync(sessions).sort() : [];
  const state = join(work, 'github-state.json');
  return [
    'kept (--keep), to poke at:',
    `  the service repository    ${shown(join(work, 'service'))}`,
    `      git -C ${shown(join(work, 'service'))} log --oneline --graph --all`,
    `  its remote (the GitHub)   ${shown(join(work, 'origin.git'))}`,
    `      git -C ${shown(join(work, 'origin.git'))} log --oneline --first-parent main`,
    `      git -C ${shown(join(work, 'origin.git'))} show agent-guards/cost-history   (the cost history: calls and PR outcomes)`,
    `  session folders           ${shown(sessions)}/{${tickets.join(',')}}`,
    '      each: session.json (the record), usage-ledger.jsonl, trace.jsonl (spans), test-runs/ (every test and lint output), checkpoint.json, pr-body.md',
    `  the local GitHub's state  ${shown(state)}`,
    `      serve it again: npx agent-guards local-github --state ${shown(state)} --port 8765`,
    '      then: curl -s "http://127.0.0.1:8765/repos/acme/shop-events/pulls?state=all"',
    '            curl -s "http://127.0.0.1:8765/repos/acme/shop-events/issues/2/comments"   (the escalation of task 2)',
    '            curl -s "http://127.0.0.1:8765/repos/acme/shop-events/actions/runs"        (CI: the workflow runs)',
  ];
}

/** How to build the page again from the inputs the run kept (they stay with or without --keep). */
export function rebuildNote(inputs: string, shown: (path: string) => string): string[] {
  const at = (p: string): string => shown(join(inputs, p));
  return [
    'the dashboard again, from its inputs:',
    `  npx agent-guards report --out /tmp/dashboard --ledger ${at('ledgers')} --session ${at('sessions')} --guard-report ${at('guard-reports')} \\`,
    `    --eval ${at('eval')} --workflow-runs ${at('workflow-runs.json')} --pr-outcomes ${at('cost-history')} --agent-login 'shop-agent[bot]' --weekly-budget-tokens 3000000`,
  ];
}
