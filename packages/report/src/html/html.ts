/**
 * HTML built only through the `html` tag: every interpolated value is
 * escaped unless it is already SafeHtml, so untrusted text (ticket ids,
 * escalation details, finding messages, file paths) cannot open a tag or
 * leave an attribute. Attribute values in templates are always quoted.
 */
export class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Bidirectional overrides and isolates could make untrusted text display as something else; they are shown as U+FFFD. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(BIDI_CONTROLS, '\ufffd');
}

function render(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.text;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i += 1) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Marks text written by this package (the style sheet) as HTML. Never for data. */
export function trusted(text: string): SafeHtml {
  return new SafeHtml(text);
}
