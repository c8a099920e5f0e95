import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { computeFigures, type DashboardFigures, type DashboardOptions } from './figures/figures.js';
import type { DashboardInputs } from './inputs/load-inputs.js';
import { renderPage } from './html/page.js';

export interface Dashboard {
  html: string;
  figures: DashboardFigures;
}

/** The AgentOps dashboard: every figure, and the page that shows them. Pure: no file or network access. */
export function buildDashboard(inputs: DashboardInputs, options: DashboardOptions = {}): Dashboard {
  const figures = computeFigures(inputs, options);
  return { html: renderPage(figures), figures };
}

export const DASHBOARD_FILE = 'dashboard.html';
export const FIGURES_FILE = 'figures.json';

/** Writes `dashboard.html` and `figures.json` into `dir` (each replaced whole, never left half-written). */
export async function writeDashboard(dir: string, dashboard: Dashboard): Promise<{ html: string; figures: string }> {
  await mkdir(dir, { recursive: true });
  const paths = { html: join(dir, DASHBOARD_FILE), figures: join(dir, FIGURES_FILE) };
  await replaceFile(paths.html, dashboard.html);
  await replaceFile(paths.figures, `${JSON.stringify(dashboard.figures, null, 2)}\n`);
  return paths;
}

async function replaceFile(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}
