import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  fenceUntrusted,
  neutralizeWorkflowCommands,
  parseInputs,
  booleanInput,
  planAnnotations,
  renderSummary,
  reportFromFindings,
  truncateUtf8,
  worstVerdict,
  type Finding,
} from '../src/index.js';
import * as z from 'zod/mini';

const finding = (severity: Finding['severity'], i: number): Finding => ({ rule: 'r', severity, message: `m${i}`, path: `f${i}.ts`, line: i + 1 });

describe('report', () => {
  it('fails on any error finding, passes with warnings only, and error beats fail', () => {
    expect(reportFromFindings('g', [finding('warning', 1), finding('notice', 2)]).verdict).toBe('pass');
    expect(reportFromFindings('g', [finding('warning', 1), finding('error', 2)]).verdict).toBe('fail');
    expect(worstVerdict(['pass', 'fail', 'error'])).toBe('error');
    expect(worstVerdict(['pass', 'fail'])).toBe('fail');
  });
});

describe('annotations', () => {
  it('caps each severity at ten and counts the rest', () => {
    const findings = [...Array.from({ length: 14 }, (_, i) => finding('error', i)), ...Array.from({ length: 3 }, (_, i) => finding('warning', i)), { rule: 'x', severity: 'error' as const, message: 'no path' }];
    const plan = planAnnotations(findings);
    expect(plan.annotations.filter((f) => f.severity === 'error')).toHaveLength(10);
    expect(plan.annotations.filter((f) => f.severity === 'warning')).toHaveLength(3);
    expect(plan.omitted).toEqual({ error: 4, warning: 0, notice: 0 });
  });
});

describe('summary', () => {
  it('renders a table that untrusted text cannot break or turn into HTML', () => {
    const report = reportFromFindings('manifest-scope', [{ rule: 'forbidden-path', severity: 'error', message: 'a | b <script>x</script>\nnext', path: 'src/a|b.ts', line: 3 }], { files: 2 });
    const md = renderSummary(report);
    expect(md).toContain('## ❌ manifest-scope: fail');
    expect(md).toContain('`src/a\\|b.ts:3`');
    expect(md).toContain('a \\| b &lt;script&gt;x&lt;/script&gt; next');
    expect(md).toContain('| files | 2 |');
  });

  it('truncates to a byte budget with a visible marker and never splits a character', () => {
    const text = '€'.repeat(1000);
    const cut = truncateUtf8(text, 500);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(500);
    expect(cut).toContain('truncated');
    expect(cut).not.toContain('\uFFFD');
    expect(truncateUtf8('short', 500)).toBe('short');
  });
});

describe('safe printing', () => {
  it('breaks workflow commands at the start of any line', () => {
    const text = 'ok\n::add-mask::secret\n  ::stop-commands::x\nmid ::error:: fine';
    const out = neutralizeWorkflowCommands(text);
    expect(out.split('\n').some((l) => /^\s*::/.test(l))).toBe(false);
    expect(out).toContain('mid ::error:: fine');
  });

  it('fences a block with a token the text does not contain', () => {
    const fenced = fenceUntrusted('::error::x', 'tok');
    expect(fenced).toBe('::stop-commands::tok\n::error::x\n::tok::');
    const clash = fenceUntrusted('contains tok', 'tok');
    expect(clash.startsWith('::stop-commands::tok\n')).toBe(false);
  });
});

describe('inputs', () => {
  const schema = z.strictObject({ name: z.string(), strict: z._default(booleanInput, false), depth: z._default(z.string(), '1') });

  it('applies schema defaults for empty inputs', () => {
    expect(parseInputs(schema, (n) => (n === 'name' ? 'x' : ''))).toEqual({ name: 'x', strict: false, depth: '1' });
  });

  it('throws a ConfigurationError naming the input and the fix', () => {
    const read = (n: string): string => ({ name: 'x', strict: 'yes' })[n as 'name'] ?? '';
    expect(() => parseInputs(schema, read)).toThrow(ConfigurationError);
    expect(() => parseInputs(schema, read)).toThrow(/field 'strict'.*set input 'strict'/);
    expect(() => parseInputs(schema, () => '')).toThrow(/field 'name'/);
  });
});
