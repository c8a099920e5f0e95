import type { Finding } from '@agent-guards/action-kit';
import type { ChangedFile } from '@agent-guards/git';

/**
 * A submodule brings in a whole repository at one commit: code nobody reviews
 * in this pull request. Adding one, or moving one to another commit, is an
 * error; removing one (or replacing it with files, which the diff shows) is a
 * notice for the reviewer.
 */
export function submoduleFinding(f: ChangedFile): Finding | undefined {
  const from = f.oldSha.slice(0, 12);
  const to = f.newSha.slice(0, 12);
  if (f.newKind === 'submodule' && f.oldKind !== 'submodule') {
    return {
      rule: 'submodule-added',
      severity: 'error',
      path: f.path,
      message: `${f.path} adds a submodule at commit ${to}: it brings in code nobody reviews in this pull request. A human adds submodules.`,
    };
  }
  if (f.newKind === 'submodule' && f.oldKind === 'submodule') {
    if (f.oldSha === f.newSha) return { rule: 'submodule-changed', severity: 'notice', path: f.path, message: `submodule ${f.previousPath ?? f.path} moved to ${f.path}, still at ${to}.` };
    return {
      rule: 'submodule-changed',
      severity: 'error',
      path: f.path,
      message: `submodule ${f.path} moves from ${from} to ${to} (${f.status}): the commits it brings in are not reviewed in this pull request. A human updates submodules.`,
    };
  }
  if (f.oldKind === 'submodule') {
    return { rule: 'submodule-changed', severity: 'notice', path: f.path, message: `submodule ${f.path} ${f.status === 'deleted' ? 'removed' : `replaced by a ${f.newKind}`} (was ${from}).` };
  }
  return undefined;
}
