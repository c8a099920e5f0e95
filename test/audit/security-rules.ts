import { expressionsIn, type AuditFile, type JobModel, type Located, type StepModel } from './workflow-model.js';

/** One place a file breaks a rule of ../shared/design/security.md items 1–7. */
export interface Violation {
  rule: string;
  file: string;
  line: number;
  message: string;
}

export interface SecurityRule {
  id: string;
  /** The checklist item it enforces. */
  item: number;
  summary: string;
  check(file: AuditFile): Violation[];
}

const SHA = /^[0-9a-f]{40}$/;
const VERSION_COMMENT = /^v\d+(?:\.\d+){0,2}\b/;
/** Contexts whose text an outsider can choose: the event payload and the PR head branch. */
const EVENT_DATA = /github\s*\.\s*(?:event\b|head_ref\b)|github\s*\[\s*['"](?:event|head_ref)['"]\s*\]/;
/** Inputs that are code: an expression there is template injection as surely as in `run:`. */
const SCRIPT_INPUTS: Record<string, string[]> = { 'actions/github-script': ['script'] };

function violation(rule: string, file: AuditFile, line: number, message: string): Violation {
  return { rule, file: file.path, line, message };
}

function isCheckout(step: StepModel): boolean {
  return /^actions\/checkout@/.test(step.uses?.value ?? '');
}

function jobOf(file: AuditFile, step: StepModel): JobModel | undefined {
  return file.jobs.find((j) => j.steps.includes(step));
}

/** Every `uses:` in the file: steps, composite steps and reusable-workflow calls. */
function allUses(file: AuditFile): Located[] {
  return [...file.steps.flatMap((s) => (s.uses ? [s.uses] : [])), ...file.jobs.flatMap((j) => (j.uses ? [j.uses] : []))];
}

const permissions: SecurityRule = {
  id: 'excessive-permissions',
  item: 1,
  summary: 'top-level permissions empty or read-only; write scopes only per job; never write-all',
  check(file) {
    if (file.kind !== 'workflow') return [];
    const out: Violation[] = [];
    const top = file.permissions;
    const readOnly =
      top === 'read-all' ||
      (top !== null && typeof top === 'object' && Object.values(top as Record<string, unknown>).every((v) => v === 'read' || v === 'none'));
    if (top === undefined) out.push(violation(this.id, file, 1, 'no top-level permissions: the job token gets the repository default, which may be write. Add `permissions: {}`.'));
    else if (!readOnly) out.push(violation(this.id, file, 1, `top-level permissions ${JSON.stringify(top)} are not read-only: grant write scopes per job.`));
    for (const job of file.jobs) {
      if (job.permissions === 'write-all') out.push(violation(this.id, file, job.line, `job '${job.id}' has permissions: write-all; name the scopes it needs.`));
    }
    return out;
  },
};

const pins: SecurityRule = {
  id: 'unpinned-uses',
  item: 2,
  summary: 'every non-local uses: pinned to a 40-hex commit SHA with a version comment',
  check(file) {
    const out: Violation[] = [];
    for (const uses of allUses(file)) {
      const ref = uses.value.trim();
      if (ref.startsWith('./')) continue;
      if (ref.startsWith('docker://')) {
        if (!/@sha256:[0-9a-f]{64}$/.test(ref)) out.push(violation(this.id, file, uses.line, `${ref} is not pinned to an image digest (@sha256:…).`));
        continue;
      }
      const at = ref.lastIndexOf('@');
      const version = at > 0 ? ref.slice(at + 1) : '';
      if (!SHA.test(version)) {
        out.push(violation(this.id, file, uses.line, `${ref} is not pinned to a full commit SHA: a tag or branch can be moved to other code (CVE-2025-30066).`));
      } else if (!VERSION_COMMENT.test(uses.comment ?? '')) {
        out.push(violation(this.id, file, uses.line, `${ref} has no version comment (\`# v1.2.3\`): readers and update tools cannot tell which release it is.`));
      }
    }
    return out;
  },
};

const injection: SecurityRule = {
  id: 'template-injection',
  item: 3,
  summary: 'no ${{ }} inside run: or a script input; values go through env:',
  check(file) {
    const out: Violation[] = [];
    for (const step of file.steps) {
      if (step.run && expressionsIn(step.run.value).length > 0) {
        out.push(violation(this.id, file, step.run.line, `${step.where}: run: expands ${expressionsIn(step.run.value)[0]} into the script; pass it through env: and read "$VAR".`));
      }
      const action = step.uses?.value.split('@')[0] ?? '';
      for (const input of SCRIPT_INPUTS[action] ?? []) {
        const script = step.with[input];
        if (script && expressionsIn(script.value).length > 0) {
          out.push(violation(this.id, file, script.line, `${step.where}: the script input '${input}' of ${action} expands an expression; pass it through env:.`));
        }
      }
    }
    return out;
  },
};

const PR_CODE_REF = /github\.event\.pull_request\.head|github\.head_ref|github\.event\.workflow_run\.head|refs\/pull\//;

const dangerousTriggers: SecurityRule = {
  id: 'dangerous-trigger',
  item: 4,
  summary: 'no pull_request_target or workflow_run that checks out PR code',
  check(file) {
    const trigger = file.events.find((e) => e === 'pull_request_target' || e === 'workflow_run');
    if (!trigger) return [];
    const out: Violation[] = [];
    for (const step of file.steps) {
      const ref = step.with.ref?.value ?? '';
      if (isCheckout(step) && PR_CODE_REF.test(ref)) {
        out.push(violation(this.id, file, step.line, `${step.where} checks out PR code (${ref}) on ${trigger}, which runs with a write token and secrets.`));
      }
      if (step.run && /gh\s+pr\s+checkout|git\s+fetch\b[^\n]*pull\//.test(step.run.value)) {
        out.push(violation(this.id, file, step.run.line, `${step.where} fetches PR code on ${trigger}, which runs with a write token and secrets.`));
      }
    }
    return out;
  },
};

const githubEnv: SecurityRule = {
  id: 'github-env',
  item: 5,
  summary: 'nothing from an event written to GITHUB_ENV or GITHUB_PATH',
  check(file) {
    const out: Violation[] = [];
    for (const step of file.steps) {
      const script = step.run?.value ?? '';
      if (!/\bGITHUB_(?:ENV|PATH)\b/.test(script)) continue;
      const job = jobOf(file, step);
      const env = { ...file.env, ...(job?.env ?? {}), ...step.env };
      const tainted = Object.entries(env).filter(([, v]) => EVENT_DATA.test(v.value));
      const readsEvent = /\bGITHUB_EVENT_PATH\b|\bGITHUB_HEAD_REF\b/.test(script);
      if (tainted.length > 0 || readsEvent) {
        const from = tainted.length > 0 ? tainted.map(([k]) => `$${k}`).join(', ') : 'the event payload';
        out.push(violation(this.id, file, step.run!.line, `${step.where} writes to GITHUB_ENV/GITHUB_PATH with ${from} in reach: event text would set variables for every later step.`));
      }
    }
    return out;
  },
};

const persistCredentials: SecurityRule = {
  id: 'checkout-persists-credentials',
  item: 6,
  summary: 'persist-credentials: false on every checkout (the agent job above all)',
  check(file) {
    return file.steps
      .filter((s) => isCheckout(s) && s.with['persist-credentials']?.value !== 'false')
      .map((s) => {
        const agent = jobOf(file, s)?.steps.some((x) => /agent-runner/.test(x.uses?.value ?? ''));
        return violation(this.id, file, s.line, `${s.where} leaves the token in .git/config${agent ? ', in the job where the agent runs' : ''}; set persist-credentials: false.`);
      });
  },
};

const secrets: SecurityRule = {
  id: 'secrets-inherit',
  item: 7,
  summary: 'no secrets: inherit, no toJSON(secrets)',
  check(file) {
    const out: Violation[] = [];
    for (const job of file.jobs) {
      if (job.secrets === 'inherit') out.push(violation(this.id, file, job.line, `job '${job.id}' passes every secret (secrets: inherit); name the ones the called workflow declares.`));
    }
    file.text.split('\n').forEach((text, i) => {
      if (/toJSON\s*\(\s*secrets\s*\)/i.test(text)) out.push(violation(this.id, file, i + 1, 'toJSON(secrets) puts every secret in one value.'));
    });
    return out;
  },
};

const ACTOR = /github\s*\.\s*(?:triggering_)?actor\b/;

const actor: SecurityRule = {
  id: 'actor-identification',
  item: 7,
  summary: 'agent PRs identified by the PR author login, never github.actor',
  check(file) {
    const message = 'github.actor is whoever pushed or re-ran last, not the PR author: compare github.event.pull_request.user.login.';
    const out: Violation[] = [];
    file.text.split('\n').forEach((text, i) => {
      if (expressionsIn(text).some((e) => ACTOR.test(e))) out.push(violation(this.id, file, i + 1, message));
    });
    // Conditions are expressions without the ${{ }}.
    for (const condition of [...file.jobs, ...file.steps].flatMap((x) => (x.if ? [x.if] : []))) {
      if (ACTOR.test(condition.value) && !expressionsIn(condition.value).length) out.push(violation(this.id, file, condition.line, message));
    }
    return out;
  },
};

const concurrency: SecurityRule = {
  id: 'concurrency-missing',
  item: 7,
  summary: 'a concurrency group on every workflow',
  check(file) {
    if (file.kind !== 'workflow') return [];
    const c = file.concurrency;
    const group = typeof c === 'string' ? c : c && typeof c === 'object' ? (c as { group?: unknown }).group : undefined;
    return typeof group === 'string' && group.trim() !== '' ? [] : [violation(this.id, file, 1, 'no top-level concurrency group: two runs for one ticket or PR would race.')];
  },
};

export const SECURITY_RULES: SecurityRule[] = [permissions, pins, injection, dangerousTriggers, githubEnv, persistCredentials, secrets, actor, concurrency];

export function auditFile(file: AuditFile): Violation[] {
  return SECURITY_RULES.flatMap((rule) => rule.check(file));
}

export function formatViolations(violations: Violation[]): string {
  return violations.map((v) => `${v.file}:${v.line} [${v.rule}] ${v.message}`).join('\n');
}
