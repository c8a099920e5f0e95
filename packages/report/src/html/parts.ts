import type { FigureStatus } from '../figures/status.js';
import type { ReferenceLine, Tone } from './charts.js';
import { html, type Interpolation, type SafeHtml } from './html.js';

const STATUS_TEXT: Record<FigureStatus, string> = { ok: 'on target', warn: 'watch', bad: 'off target', none: 'no data' };

/** The status in words as well as colour. */
export function badge(status: FigureStatus): SafeHtml {
  return html`<span class="badge status-${status}" data-status="${status}">${STATUS_TEXT[status]}</span>`;
}

export function legend(items: readonly { label: string; tone?: Tone; ref?: ReferenceLine['kind'] }[]): SafeHtml {
  return html`<div class="legend">${items.map((i) => html`<span><span class="swatch ${i.ref ? `ref-${i.ref}` : `tone-${i.tone ?? 'neutral'}`}"></span>${i.label}</span>`)}</div>`;
}

/**
 * A panel: its title and status, a short "how to read this", the reason in
 * words when it is not on target, then its figures.
 */
export function section(id: string, title: string, status: FigureStatus | undefined, body: Interpolation, explain?: { how: string; why?: string | null }): SafeHtml {
  const why = explain?.why ? html`<p class="why status-${status ?? 'none'}" data-why="${id}"><strong>Why ${status === 'bad' ? 'off target' : status === 'warn' ? 'to watch' : 'not judged'}:</strong> ${explain.why}</p>` : '';
  const how = explain ? html`<p class="how"><strong>How to read this:</strong> ${explain.how}</p>` : '';
  return html`<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${title}${status ? badge(status) : ''}</h2>${how}${why}${body}</section>`;
}

/** A table from header cells and rows; a cell is text, or {text, num} for a right-aligned number. */
export type Cell = Interpolation | { value: Interpolation; num?: boolean; cls?: string };

export function table(headers: readonly { label: string; num?: boolean }[], rows: readonly { cells: readonly Cell[]; cls?: string; data?: Record<string, string | number | null> }[], id?: string): SafeHtml {
  const cell = (c: Cell): SafeHtml => {
    if (c !== null && typeof c === 'object' && !Array.isArray(c) && 'value' in c) return html`<td class="${[c.num ? 'num' : '', c.cls ?? ''].join(' ').trim()}">${c.value}</td>`;
    return html`<td>${c as Interpolation}</td>`;
  };
  const dataAttrs = (data: Record<string, string | number | null> = {}): SafeHtml[] => Object.entries(data).map(([k, v]) => html` data-${k.replace(/[^a-z0-9-]/g, '')}="${v ?? ''}"`);
  return html`<table${id ? html` id="${id}"` : ''}><thead><tr>${headers.map((h) => html`<th${h.num ? html` class="num"` : ''} scope="col">${h.label}</th>`)}</tr></thead><tbody>${rows.map((r) => html`<tr${r.cls ? html` class="${r.cls}"` : ''}${dataAttrs(r.data)}>${r.cells.map(cell)}</tr>`)}</tbody></table>`;
}

/** Tables show this many rows at most; figures.json holds every row. */
export const MAX_TABLE_ROWS = 500;

/** A note under a table cut at MAX_TABLE_ROWS. */
export function cutNote(total: number): SafeHtml {
  return total > MAX_TABLE_ROWS ? html`<p class="note">The table shows ${MAX_TABLE_ROWS} of ${total} rows; figures.json has all of them.</p>` : html``;
}

export function num(value: Interpolation, cls?: string): Cell {
  return { value, num: true, ...(cls ? { cls } : {}) };
}
