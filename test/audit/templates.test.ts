import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_SCHEMAS, parseConfig, PolicySchema, TicketSchema, toJsonSchemaText, ToolManifestSchema } from '@agent-guards/config';
import { checkSatisfies } from '@agent-guards/protection';
import { parseSpec, parseSpecReference, resolveReference, resolveSpecMap, SPEC_MAP_SCHEMA, SpecMapSchema } from '@agent-guards/spec-conformance';
import { requestBodySchema, schemaViolations } from '@agent-guards/testkit';
import { ROOT, TEMPLATES_DIR } from './shipped-files.js';
import { loadAuditFile } from './workflow-model.js';

const EXAMPLES = 'action-templates/examples';
const RULESET = 'action-templates/rulesets/agent-guards-branch-ruleset.json';
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const policyText = read(`${EXAMPLES}/agent-guards.yml`);
const manifestText = read(`${EXAMPLES}/agent-manifest.yml`);
const ticketText = read(`${EXAMPLES}/SVC-123.yml`);
const specText = read(`${EXAMPLES}/agent-spec.md`);
const mapText = read(`${EXAMPLES}/agent-spec-map.yml`);

describe('the example configuration is valid against the published schemas', () => {
  it('publishes exactly the JSON Schemas of the zod schemas used below', () => {
    for (const entry of [...CONFIG_SCHEMAS, SPEC_MAP_SCHEMA]) expect(read(`schemas/${entry.file}`), entry.file).toBe(toJsonSchemaText(entry));
  });

  it.each([
    ['agent-guards.yml', 'policy.schema.json'],
    ['agent-manifest.yml', 'tool-manifest.schema.json'],
    ['SVC-123.yml', 'ticket.schema.json'],
    ['agent-spec-map.yml', 'spec-map.schema.json'],
  ])('%s names %s for editors at the URL of the release the templates pin, and it exists', (file, schema) => {
    // A URL, not a relative path: the files are copied into other repositories. The release stamps it.
    const declared = /^# yaml-language-server: \$schema=(\S+)$/m.exec(read(`${EXAMPLES}/${file}`))?.[1];
    const version = (JSON.parse(read('packages/cli/package.json')) as { version: string }).version;
    expect(declared).toBe(`https://raw.githubusercontent.com/your-org/agent-guards/v${version}/schemas/${schema}`);
    expect(existsSync(join(ROOT, 'schemas', schema))).toBe(true);
  });

  it('policy', () => {
    const policy = parseConfig(policyText, 'agent-guards.yml', PolicySchema, 'policy');
    expect(policy.protected_branches).toEqual(['main', 'release/*']);
    expect(policy.spec).toMatchObject({ path: 'docs/agent-spec.md', map: 'docs/agent-spec-map.yml' });
  });

  it('tool manifest: the spec §5 manifest, nothing excluded in any mode', () => {
    const manifest = parseConfig(manifestText, 'agent-manifest.yml', ToolManifestSchema, 'tool manifest');
    expect(Object.keys(manifest.modes)).toEqual(['frame', 'plan', 'implement', 'review']);
  });

  it('ticket, whose spec sections exist in the example spec and whose issue line the pipeline finds', () => {
    const ticket = parseConfig(ticketText, 'SVC-123.yml', TicketSchema, 'ticket');
    const spec = parseSpec(specText);
    for (const cited of ticket.spec) {
      const [reference] = parseSpecReference(cited);
      expect(reference, cited).toBeDefined();
      expect(resolveReference(spec, reference!), cited).toMatchObject({ found: true });
    }
    // agent-pipeline.yml finds the ticket of issue N by the line `issue: N` (grep -E on the base commit).
    expect(ticketText).toMatch(new RegExp(`^issue:\\s*${ticket.issue}\\s*(#.*)?$`, 'm'));
  });

  it('spec map, resolved against the spec', () => {
    const map = parseConfig(mapText, 'agent-spec-map.yml', SpecMapSchema, 'spec map');
    expect(() => resolveSpecMap(map, parseSpec(specText), 'agent-spec-map.yml')).not.toThrow();
  });

  it('and the same checks refuse a broken copy of each', () => {
    expect(() => parseConfig(policyText.replace('version: 1', 'version: 2'), 'p.yml', PolicySchema, 'policy')).toThrow(/version/);
    expect(() => parseConfig(manifestText.replace('read: [git_diff, git_log]', 'read: [git_diff, git_log, unrestricted_shell]'), 'm.yml', ToolManifestSchema, 'tool manifest')).toThrow(/unrestricted_shell/);
    expect(() => parseConfig(ticketText.replace('scope:\n  include:', 'scope:\n  includes:'), 't.yml', TicketSchema, 'ticket')).toThrow();
    expect(resolveReference(parseSpec(specText), { section: '13' })).toMatchObject({ found: false });
  });
});

describe('the branch ruleset', () => {
  const ruleset = JSON.parse(read(RULESET)) as {
    rules: { type: string; parameters?: { required_status_checks?: { context: string; integration_id?: number }[] } }[];
    conditions: { ref_name: { include: string[] } };
  };
  const contexts = ruleset.rules.find((r) => r.type === 'required_status_checks')?.parameters?.required_status_checks ?? [];

  it('is a valid body for POST /repos/{owner}/{repo}/rulesets (@octokit/openapi)', () => {
    expect(schemaViolations(ruleset, requestBodySchema('POST', '/repos/{owner}/{repo}/rulesets'), { closed: true })).toEqual([]);
  });

  it('would be refused with a misspelt parameter or an unknown rule', () => {
    const schema = requestBodySchema('POST', '/repos/{owner}/{repo}/rulesets');
    const misspelt = JSON.parse(read(RULESET).replace('required_approving_review_count', 'required_approving_reviews_count'));
    expect(schemaViolations(misspelt, schema, { closed: true }).join('\n')).toMatch(/required_approving_reviews_count: not a property|required_approving_review_count: required property missing/);
    const unknownRule = JSON.parse(read(RULESET).replace('"non_fast_forward"', '"no_force_push"'));
    expect(schemaViolations(unknownRule, schema, { closed: true })).not.toEqual([]);
  });

  it('requires each guard job as a caller of agent-guards.yml reports it, from GitHub Actions only', () => {
    const template = loadAuditFile(join(ROOT, TEMPLATES_DIR, 'agent-guards.yml'), 'agent-guards.yml');
    const caller = template.jobs.find((j) => j.uses?.value.includes('/.github/workflows/agent-guards.yml@'));
    const called = loadAuditFile(join(ROOT, '.github/workflows/agent-guards.yml'));
    // A called workflow's job reports as "<caller job name or id> / <job name or id>".
    const reported = called.jobs.map((j) => `${caller!.name ?? caller!.id} / ${j.name ?? j.id}`);
    expect(contexts.map((c) => c.context).sort()).toEqual(reported.sort());
    expect(contexts.every((c) => c.integration_id === 15368)).toBe(true);
  });

  it("covers the example policy's protected branches and required checks", () => {
    const policy = parseConfig(policyText, 'agent-guards.yml', PolicySchema, 'policy');
    for (const check of policy.required_checks) expect(contexts.some((c) => checkSatisfies(c.context, check)), check).toBe(true);
    expect(policy.required_checks).toEqual(PolicySchema.parse({ version: 1 }).required_checks);
    expect(ruleset.conditions.ref_name.include).toEqual(expect.arrayContaining(policy.protected_branches.map((b) => `refs/heads/${b}`)));
  });
});

describe('the starter workflows', () => {
  const dir = join(ROOT, TEMPLATES_DIR);
  const workflows = readdirSync(dir).filter((f) => f.endsWith('.yml'));

  it('has a properties file for each workflow, and no stray one', () => {
    const properties = readdirSync(dir).filter((f) => f.endsWith('.properties.json'));
    expect(properties.map((f) => f.replace('.properties.json', '')).sort()).toEqual(workflows.map((f) => f.replace('.yml', '')).sort());
  });

  it.each(workflows)('%s: its properties name, describe and categorise it, with valid file patterns', (workflow) => {
    const props = JSON.parse(readFileSync(join(dir, workflow.replace('.yml', '.properties.json')), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(props).every((k) => ['name', 'description', 'iconName', 'categories', 'filePatterns', 'creator', 'labels'].includes(k))).toBe(true);
    expect(typeof props.name === 'string' && props.name.length > 0).toBe(true);
    expect(typeof props.description === 'string' && props.description.length > 0).toBe(true);
    expect(Array.isArray(props.categories) && props.categories.length > 0).toBe(true);
    for (const pattern of (props.filePatterns as string[] | undefined) ?? []) expect(() => new RegExp(pattern)).not.toThrow();
  });

  it('pin agent-guards to one release: one commit and one version comment across every template', () => {
    const pins = new Set<string>();
    for (const workflow of workflows) {
      const file = loadAuditFile(join(dir, workflow), workflow);
      for (const uses of [...file.jobs.flatMap((j) => (j.uses ? [j.uses] : [])), ...file.steps.flatMap((s) => (s.uses ? [s.uses] : []))]) {
        const m = /^[A-Za-z0-9_.-]+\/agent-guards\/\S+@([0-9a-f]{40})$/.exec(uses.value);
        if (m) pins.add(`${m[1]} # ${uses.comment}`);
      }
    }
    expect(pins.size).toBe(1);
  });

  it('the pipeline template triggers on a ticket issue being assigned or labelled, the guards template on every PR event the guards need', () => {
    const pipeline = parse(read(`${TEMPLATES_DIR}/agent-pipeline.yml`)) as { on: { issues: { types: string[] } } };
    expect(pipeline.on.issues.types.sort()).toEqual(['assigned', 'labeled']);
    const guards = parse(read(`${TEMPLATES_DIR}/agent-guards.yml`)) as { on: { pull_request: { types: string[] } } };
    expect(guards.on.pull_request.types.sort()).toEqual(['edited', 'opened', 'reopened', 'synchronize']);
  });
});
