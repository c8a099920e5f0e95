import { posix } from 'node:path';
import { describeError } from '@agent-guards/action-kit';
import { DEFAULT_POLICY_PATH, defaultPolicy, parseConfig, PolicySchema, TicketSchema, ToolManifestSchema, type Policy } from '@agent-guards/config';
import { specFromText, specMapFromText, type SpecDocument } from '@agent-guards/spec-conformance';
import type { CheckItem } from './checklist.js';

/** The trusted files as one revision has them: the base ref the guards read, or the files init is about to write. */
export interface TrustedFiles {
  /** How findings name the revision: `main (3f2a…)`, `the files init writes`. */
  where: string;
  /** The ref errors name as the base commit (a SHA or a branch). */
  ref: string;
  /** The commit the files were read at, when they were (not for files about to be written). */
  commit?: string;
  read(path: string): Promise<string | undefined>;
  /** Every file under a folder, repo-relative. */
  list(dir: string): Promise<string[]>;
}

export interface ConfigCheck {
  items: CheckItem[];
  /** The policy the guards would use there (the built-in defaults when it is missing or broken). */
  policy: Policy;
  policyFound: boolean;
}

/**
 * Loads every trusted file the guards and the runner read — policy, tool
 * manifest, spec, spec map, tickets — with the project's own loaders, each
 * problem an item naming the file, the revision and the fix.
 */
export async function checkConfigFiles(source: TrustedFiles): Promise<ConfigCheck> {
  const readAt = source.commit ? { commit: source.commit } : {};
  const items: CheckItem[] = [];
  const at = (path: string): string => `${path} at ${source.where}`;
  const item = (id: string, path: string, run: () => string | undefined, fix: string): boolean => {
    try {
      const detail = run();
      items.push({ id, title: at(path), file: path, status: 'pass', ...(detail ? { detail } : {}) });
      return true;
    } catch (error) {
      items.push({ id, title: at(path), file: path, status: 'fail', detail: describeError(error), fix });
      return false;
    }
  };

  const policyText = await source.read(DEFAULT_POLICY_PATH);
  let policy = defaultPolicy();
  let policyFound = false;
  if (policyText === undefined) {
    items.push({
      id: 'config-policy',
      title: at(DEFAULT_POLICY_PATH),
      file: DEFAULT_POLICY_PATH,
      status: 'fail',
      detail: 'no policy: the guards fall back to the built-in defaults and the runner has no test command.',
      fix: 'run `agent-guards init`, review the files, and commit them to the default branch.',
    });
  } else {
    policyFound = item('config-policy', DEFAULT_POLICY_PATH, () => {
      policy = parseConfig(policyText, DEFAULT_POLICY_PATH, PolicySchema, 'policy', readAt);
      return policy.runner.test_command ? `tests: ${policy.runner.test_command.join(' ')}` : undefined;
    }, 'correct the field the message names, then commit the policy to the default branch.');
    if (policyFound && !policy.runner.test_command?.length) {
      items.push({ id: 'config-test-command', title: `runner.test_command in ${at(DEFAULT_POLICY_PATH)}`, file: DEFAULT_POLICY_PATH, status: 'fail', detail: 'the runner cannot work a ticket without the test command.', fix: 'set runner.test_command to the argv of the test suite, e.g. ["npm", "test"].' });
    }
  }

  const manifestText = await source.read(policy.manifest);
  if (manifestText === undefined) {
    items.push({ id: 'config-manifest', title: at(policy.manifest), file: policy.manifest, status: 'warn', detail: 'no tool manifest: the runner binds the spec §5 manifest.', fix: `commit a tool manifest at ${policy.manifest} (agent-guards init writes one) so the tools are written down where reviewers see them.` });
  } else {
    item('config-manifest', policy.manifest, () => void parseConfig(manifestText, policy.manifest, ToolManifestSchema, 'tool manifest', readAt), 'remove what the message names from the manifest; no mode may bind a shell or a deliberate exclusion.');
  }

  let spec: SpecDocument | undefined;
  const specText = await source.read(policy.spec.path);
  item('config-spec', policy.spec.path, () => {
    spec = specFromText(specText, policy.spec.path, source.ref);
    return `${spec.sections.length} section(s)`;
  }, `commit the spec to the default branch at ${policy.spec.path} (agent-guards init writes a starter), or point spec.path at it.`);
  if (policy.spec.map) {
    const mapPath = policy.spec.map;
    const mapText = await source.read(mapPath);
    if (spec) {
      const loaded = spec;
      item('config-spec-map', mapPath, () => `${specMapFromText(mapText, mapPath, source.ref, loaded).entries.size} entr(ies)`, 'point every key at a section of the spec and correct the field the message names.');
    } else {
      items.push({ id: 'config-spec-map', title: at(mapPath), file: mapPath, status: 'unknown', detail: 'not checked: the spec it maps did not load.', fix: 'fix the spec first.' });
    }
  }

  const tickets = (await source.list(policy.tickets_dir)).filter((p) => /\.ya?ml$/.test(p));
  for (const path of tickets) {
    const text = (await source.read(path)) ?? '';
    item('config-ticket', path, () => {
      const ticket = parseConfig(text, path, TicketSchema, 'ticket', readAt);
      const expected = `${ticket.id}.yml`;
      // The guards find a ticket from the agent's branch (`<branch_prefix><id>`) as <tickets_dir>/<id>.yml.
      if (posix.basename(path) !== expected) {
        throw new Error(`${path}: the ticket's id is ${ticket.id}, so the guards look for it at ${posix.join(policy.tickets_dir, expected)}. Fix: rename the file or change its id.`);
      }
      return undefined;
    }, 'correct the ticket as the message says and commit it to the default branch.');
  }
  return { items, policy, policyFound };
}
