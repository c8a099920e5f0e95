import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { parseActionMetadata, updateReadme } from '@agent-guards/action-kit';

const ROOT = resolve(import.meta.dirname, '..', '..');
const actions = readdirSync(join(ROOT, 'actions')).filter((name) => existsSync(join(ROOT, 'actions', name, 'action.yml')));
const jsActions = actions.filter((name) => existsSync(join(ROOT, 'actions', name, 'src', 'main.ts')));

describe.each(actions)('actions/%s metadata', (name) => {
  const dir = join(ROOT, 'actions', name);
  const meta = parseActionMetadata(readFileSync(join(dir, 'action.yml'), 'utf8'));

  it('declares every input with a description, required and default, and has branding', () => {
    expect(meta.name).not.toBe('');
    expect(meta.description).not.toBe('');
    expect(meta.branding?.icon).toBeTruthy();
    expect(meta.branding?.color).toBeTruthy();
    for (const [input, spec] of Object.entries(meta.inputs)) {
      expect([input, typeof spec.description]).toEqual([input, 'string']);
      expect([input, typeof spec.required]).toEqual([input, 'boolean']);
      expect([input, 'default' in spec || spec.required === true]).toEqual([input, true]);
    }
    for (const [output, spec] of Object.entries(meta.outputs)) expect([output, typeof spec.description]).toEqual([output, 'string']);
  });

  it('has a README whose inputs/outputs tables match action.yml', () => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(updateReadme(readme, meta), 'README drifted from action.yml: run npm run docs').toBe(readme);
  });
});

describe.each(jsActions)('actions/%s code', (name) => {
  const dir = join(ROOT, 'actions', name);
  const meta = parseActionMetadata(readFileSync(join(dir, 'action.yml'), 'utf8'));

  it('runs on node24 from the committed bundle', () => {
    expect(meta.runs).toMatchObject({ using: 'node24', main: 'dist/index.js' });
    expect(existsSync(join(dir, 'dist', 'index.js'))).toBe(true);
  });

  it('keeps index.ts to one call of run() and reads inputs only through the schema', () => {
    const index = readFileSync(join(dir, 'src', 'index.ts'), 'utf8');
    // The compile cache is enabled before main.js is imported (so all of it is cached); nothing else runs.
    const code = index.replace(/^\s*\/\/.*$/gm, '').replace(/\n+/g, '\n').trim();
    expect(code).toBe(
      [
        "import module from 'node:module';",
        '(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();',
        "const { run } = await import('./main.js');",
        'await run();',
      ].join('\n'),
    );
    // The one allowed read: every declared input at once, through the schema.
    const main = readFileSync(join(dir, 'src', 'main.ts'), 'utf8').replaceAll('parseInputs(Inputs, (name) => core.getInput(name))', '');
    expect(main).not.toMatch(/\bgetInput\(|getBooleanInput\(|getMultilineInput\(|process\.env\.INPUT_/);
  });

  it('declares exactly the inputs its schema reads, with the same defaults', async () => {
    const mod = (await import(join(dir, 'src', 'main.ts'))) as { Inputs: z.ZodMiniObject };
    const shape = mod.Inputs.shape as Record<string, z.ZodMiniType>;
    expect(Object.keys(shape).sort()).toEqual(Object.keys(meta.inputs).sort());
    for (const [input, schema] of Object.entries(shape)) {
      const parsed = schema.safeParse(undefined);
      const schemaDefault = parsed.success && parsed.data !== undefined ? String(parsed.data) : '';
      const declared = meta.inputs[input]!.required && meta.inputs[input]!.default === undefined ? '' : String(meta.inputs[input]!.default ?? '');
      // An expression default (e.g. the job token) is the runner's to evaluate; the schema sees its value.
      if (declared.startsWith('${{')) continue;
      expect([input, declared]).toEqual([input, schemaDefault]);
    }
  });
});
