import { html, type SafeHtml } from './html.js';

/** Colour roles; the style sheet maps each to a colour, so the charts carry no colours of their own. */
export type Tone = 'ok' | 'warn' | 'bad' | 'human' | 'agent' | 'neutral';

export interface ReferenceLine {
  value: number;
  label: string;
  /** limit: a line not to cross (red, dashed); target: a line to reach (grey, dashed). */
  kind: 'limit' | 'target';
}

export interface Bar {
  label: string;
  value: number;
  tone: Tone;
  /** Hover text. */
  tip: string;
  /** data-* attributes, so tests and scripts can read what each bar shows. */
  data?: Record<string, string | number>;
}

export interface Series {
  name: string;
  tone: Tone;
  values: (number | null)[];
  /** Hover text per point. */
  tips?: (string | null)[];
}

const WIDTH = 720;
const HEIGHT = 260;
const MARGIN = { top: 18, right: 112, bottom: 44, left: 64 };

/** A round step (1, 2, 2.5 or 5 × 10ⁿ) that splits 0..max into about four intervals. */
export function niceStep(max: number): number {
  if (!(max > 0)) return 1;
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  return step;
}

function axis(max: number, format: (v: number) => string): { top: number; ticks: SafeHtml[]; y: (v: number) => number } {
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const plot = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (v: number): number => MARGIN.top + plot - (v / top) * plot;
  const ticks: SafeHtml[] = [];
  for (let v = 0; v <= top + step / 1000; v += step) {
    const ty = y(v).toFixed(1);
    ticks.push(html`<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${ty}" y2="${ty}"></line><text class="tick" x="${MARGIN.left - 8}" y="${ty}" text-anchor="end" dominant-baseline="middle">${format(v)}</text>`);
  }
  return { top, ticks, y };
}

function referenceLines(lines: readonly ReferenceLine[], y: (v: number) => number, format: (v: number) => string): SafeHtml[] {
  return lines.map((l) => {
    const ly = y(l.value).toFixed(1);
    return html`<g class="ref ref-${l.kind}" data-reference="${l.kind}" data-value="${l.value}"><line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${ly}" y2="${ly}"></line><text x="${WIDTH - MARGIN.right + 6}" y="${ly}" dominant-baseline="middle">${l.label}: ${format(l.value)}</text></g>`;
  });
}

/** Labels under the x axis, thinned so they never overlap. */
function xLabels(labels: readonly string[], xOf: (i: number) => number): SafeHtml[] {
  const room = (WIDTH - MARGIN.left - MARGIN.right) / Math.max(labels.length, 1);
  const every = Math.max(1, Math.ceil(64 / room));
  return labels.map((label, i) => (i % every === 0 ? html`<text class="xlabel" x="${xOf(i).toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 18}" text-anchor="middle">${label}</text>` : html``));
}

function frame(title: string, id: string, body: SafeHtml[]): SafeHtml {
  return html`<svg class="chart" id="${id}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title" preserveAspectRatio="xMinYMin meet"><title id="${id}-title">${title}</title>${body}<line class="axis" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${HEIGHT - MARGIN.bottom}" y2="${HEIGHT - MARGIN.bottom}"></line></svg>`;
}

/**
 * Reference lines worth drawing: one ten times higher than every value
 * would flatten the bars to nothing, so it is left out and the caller says
 * so in words instead.
 */
export function drawableLines(lines: readonly ReferenceLine[], values: readonly number[]): { lines: ReferenceLine[]; omitted: ReferenceLine[] } {
  const max = Math.max(0, ...values);
  if (max === 0) return { lines: [...lines], omitted: [] };
  return { lines: lines.filter((l) => l.value <= max * 10), omitted: lines.filter((l) => l.value > max * 10) };
}

/** Vertical bars against reference lines (a budget, a ceiling). */
export function barChart(options: { id: string; title: string; bars: readonly Bar[]; lines?: readonly ReferenceLine[]; format: (v: number) => string; top?: number }): SafeHtml {
  const lines = options.lines ?? [];
  const max = options.top ?? Math.max(0, ...options.bars.map((b) => b.value), ...lines.map((l) => l.value)) * 1.08;
  const { ticks, y } = axis(max, options.format);
  const slot = (WIDTH - MARGIN.left - MARGIN.right) / Math.max(options.bars.length, 1);
  const barWidth = Math.max(2, Math.min(56, slot * 0.7));
  const xOf = (i: number): number => MARGIN.left + slot * i + slot / 2;
  const base = HEIGHT - MARGIN.bottom;
  const bars = options.bars.map((b, i) => {
    const top = y(b.value);
    const data = Object.entries(b.data ?? {}).map(([k, v]) => html` data-${k.replace(/[^a-z0-9-]/g, '')}="${v}"`);
    return html`<rect class="bar tone-${b.tone}" x="${(xOf(i) - barWidth / 2).toFixed(1)}" y="${top.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${Math.max(0, base - top).toFixed(1)}" data-label="${b.label}" data-value="${b.value}"${data}><title>${b.tip}</title></rect>`;
  });
  return frame(options.title, options.id, [...ticks, ...bars, ...referenceLines(lines, y, options.format), ...xLabels(options.bars.map((b) => b.label), xOf)]);
}

/** Lines over time (weeks), gaps where a series has no value, against reference lines. */
export function lineChart(options: { id: string; title: string; labels: readonly string[]; series: readonly Series[]; lines?: readonly ReferenceLine[]; format: (v: number) => string; top?: number }): SafeHtml {
  const lines = options.lines ?? [];
  const values = options.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = options.top ?? Math.max(0, ...values, ...lines.map((l) => l.value)) * 1.1;
  const { ticks, y } = axis(max, options.format);
  const n = options.labels.length;
  const inner = WIDTH - MARGIN.left - MARGIN.right;
  const xOf = (i: number): number => (n <= 1 ? MARGIN.left + inner / 2 : MARGIN.left + 16 + ((inner - 32) * i) / (n - 1));
  const drawn = options.series.map((s) => {
    const segments: string[] = [];
    let current: string[] = [];
    s.values.forEach((v, i) => {
      if (v === null) {
        if (current.length > 0) segments.push(current.join(' '));
        current = [];
      } else current.push(`${xOf(i).toFixed(1)},${y(v).toFixed(1)}`);
    });
    if (current.length > 0) segments.push(current.join(' '));
    const paths = segments.map((points) => html`<polyline class="line tone-${s.tone}" points="${points}"></polyline>`);
    const dots = s.values.map((v, i) =>
      v === null ? html`` : html`<circle class="dot tone-${s.tone}" cx="${xOf(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="4" data-series="${s.name}" data-label="${options.labels[i] ?? ''}" data-value="${v}"><title>${s.tips?.[i] ?? `${s.name} ${options.labels[i] ?? ''}: ${options.format(v)}`}</title></circle>`,
    );
    return html`<g class="series" data-series="${s.name}">${paths}${dots}</g>`;
  });
  return frame(options.title, options.id, [...ticks, ...referenceLines(lines, y, options.format), ...drawn, ...xLabels(options.labels, xOf)]);
}

/** A pass rate as a horizontal bar with the threshold marked on it. */
export function meter(options: { id: string; title: string; value: number | null; threshold: number; tone: Tone }): SafeHtml {
  const width = 320;
  const height = 30;
  const fill = options.value === null ? 0 : Math.max(0, Math.min(1, options.value)) * width;
  const mark = options.threshold * width;
  return html`<svg class="meter" id="${options.id}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${options.id}-title" data-value="${options.value ?? ''}" data-threshold="${options.threshold}"><title id="${options.id}-title">${options.title}</title><rect class="meter-track" x="0" y="6" width="${width}" height="16" rx="3"></rect><rect class="bar tone-${options.tone}" x="0" y="6" width="${fill.toFixed(1)}" height="16" rx="3"></rect><line class="meter-mark" x1="${mark.toFixed(1)}" x2="${mark.toFixed(1)}" y1="1" y2="29"></line></svg>`;
}
