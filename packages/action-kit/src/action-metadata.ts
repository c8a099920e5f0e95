import { parse } from 'yaml';

/** The metadata of one action.yml, as far as docs and contract tests need it. */
export interface ActionMetadata {
  name: string;
  description: string;
  inputs: Record<string, { description?: string; required?: boolean; default?: string; deprecationMessage?: string }>;
  outputs: Record<string, { description?: string; value?: string }>;
  runs: { using: string; main?: string; steps?: unknown[] };
  branding?: { icon?: string; color?: string };
}

export function parseActionMetadata(text: string): ActionMetadata {
  const doc = parse(text) as Partial<ActionMetadata> | null;
  return {
    name: doc?.name ?? '',
    description: doc?.description ?? '',
    inputs: doc?.inputs ?? {},
    outputs: doc?.outputs ?? {},
    runs: doc?.runs ?? { using: '' },
    ...(doc?.branding ? { branding: doc.branding } : {}),
  };
}

const START = '<!-- action-docs:start -->';
const END = '<!-- action-docs:end -->';

function cell(text: string | undefined): string {
  return (text ?? '').trim().replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The inputs/outputs tables, generated from action.yml so the README never drifts. */
export function renderActionTables(meta: ActionMetadata): string {
  const lines = ['### Inputs', ''];
  const inputs = Object.entries(meta.inputs);
  if (inputs.length === 0) lines.push('None.');
  else {
    lines.push('| input | required | default | description |', '|---|---|---|---|');
    for (const [name, i] of inputs) {
      const def = i.default === undefined || i.default === '' ? '' : `\`${cell(String(i.default))}\``;
      lines.push(`| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${def} | ${cell(i.description)} |`);
    }
  }
  lines.push('', '### Outputs', '');
  const outputs = Object.entries(meta.outputs);
  if (outputs.length === 0) lines.push('None.');
  else {
    lines.push('| output | description |', '|---|---|');
    for (const [name, o] of outputs) lines.push(`| \`${name}\` | ${cell(o.description)} |`);
  }
  return lines.join('\n');
}

/** Replaces the generated block between the markers; throws if the markers are missing. */
export function updateReadme(readme: string, meta: ActionMetadata): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README lacks the ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${renderActionTables(meta)}\n${readme.slice(end)}`;
}
