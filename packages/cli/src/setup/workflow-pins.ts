/**
 * The `uses:` references of a workflow, as written on their lines: what a
 * release stamps, what init copies and what doctor checks.
 */
export interface WorkflowPin {
  /** 1-based line of the `uses:`. */
  line: number;
  /** `owner/repo` of the action or reusable workflow. */
  repository: string;
  /** The path inside it (`actions/protection`, `.github/workflows/agent-guards.yml`), '' for a root action. */
  path: string;
  ref: string;
  /** The version comment after the reference (`v1.2.0`), if any. */
  comment?: string;
}

const USES = /^\s*(?:-\s+)?uses:\s*(['"]?)([^'"\s#]+)\1\s*(?:#\s*(.*?))?\s*$/;
const FULL_SHA = /^[0-9a-f]{40}$/;

/** Every remote `uses:` of a workflow text; local (`./…`) and `docker://` references are not pins. */
export function workflowPins(text: string): WorkflowPin[] {
  const pins: WorkflowPin[] = [];
  text.split('\n').forEach((content, index) => {
    const m = USES.exec(content);
    const target = m?.[2];
    if (!target || target.startsWith('./') || target.startsWith('docker://')) return;
    const at = target.lastIndexOf('@');
    if (at < 0) return;
    const [owner, repo, ...path] = target.slice(0, at).split('/');
    if (!owner || !repo) return;
    pins.push({ line: index + 1, repository: `${owner}/${repo}`, path: path.join('/'), ref: target.slice(at + 1), ...(m[3] ? { comment: m[3] } : {}) });
  });
  return pins;
}

/** A full commit SHA: the only reference a tag move cannot repoint. */
export function isCommitSha(ref: string): boolean {
  return FULL_SHA.test(ref);
}

/**
 * A 40-hex value no commit has: every digit the same (the all-zero SHA unreleased templates carry, and
 * its kin). The release's rule (scripts/release/pins.mjs), which refuses to release a tree with one:
 * the release scripts run before any build, so they cannot import this module; a test keeps both equal.
 */
export function isPlaceholderSha(ref: string): boolean {
  return /^(.)\1{39}$/.test(ref);
}

/** The workflow text with every `uses:` into repository `from` pointed at repository `to` (the organisation's copy of agent-guards). */
export function repointed(text: string, from: string, to: string): string {
  if (from === to) return text;
  return text
    .split('\n')
    .map((content) => (USES.exec(content)?.[2]?.startsWith(`${from}/`) ? content.replace(`${from}/`, `${to}/`) : content))
    .join('\n');
}
