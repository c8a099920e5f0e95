import { createHash } from 'node:crypto';
import type { DashboardFigures } from '../figures/figures.js';
import { utc } from './format.js';
import { html, trusted } from './html.js';
import { ciSection, evalsSection, firstPassSection, violationsSection } from './quality-sections.js';
import { dataSection, incidentsSection, sessionsSection } from './record-sections.js';
import { STYLES } from './styles.js';
import { signalTiles } from './tiles.js';
import { cacheSection, costPerPrSection, sessionTimeSection, weeklyTokensSection } from './usage-sections.js';

/**
 * The policy the page carries itself: nothing loads from anywhere (no
 * scripts, images, fonts or connections) and only this page's own style
 * sheet applies, so even a value that slipped past escaping could not fetch
 * or run anything.
 */
function contentSecurityPolicy(): string {
  const styleHash = createHash('sha256').update(STYLES).digest('base64');
  return `default-src 'none'; style-src 'sha256-${styleHash}'; img-src 'none'; script-src 'none'; connect-src 'none'; font-src 'none'; form-action 'none'; base-uri 'none'`;
}

function lede(f: DashboardFigures): string {
  const prs = f.first_pass_validation.agent_prs;
  const parts = [`${f.inputs.sessions} agent session(s)`, `${prs} agent PR(s)`, `${f.inputs.guard_reports} CI guard report(s)`, `${f.inputs.workflow_runs} workflow run(s)`];
  if (f.inputs.eval_suites > 0) parts.push(`${f.inputs.eval_suites} eval run(s)`);
  return parts.join(', ');
}

/** The whole dashboard as one self-contained HTML document. */
export function renderPage(f: DashboardFigures): string {
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${f.title}</title>
<style>${trusted(STYLES)}</style>
</head>
<body>
<main data-generated-at="${f.generated_at}">
<header>
<h1>${f.title}</h1>
<p class="meta">${f.repos.length > 0 ? f.repos.join(', ') : 'no repository named'} · ${f.period.from ? `${utc(f.period.from)} to ${utc(f.period.to)}` : 'no dated data'} · generated ${utc(f.generated_at)}</p>
<p class="lede">The signals of the coding agent's spec — §2 outcomes, §4 cost posture, §7 latency, §9 acceptance — computed from ${lede(f)}. Each tile gives a figure, its target and a verdict in words: <strong>on target</strong>, <strong>watch</strong> (amber), <strong>off target</strong> (red) or <strong>no data</strong>; amber and red tiles say why. Each panel below starts with how to read it.</p>
</header>
${signalTiles(f)}
${incidentsSection(f)}
${violationsSection(f)}
<div class="grid2">${firstPassSection(f)}${cacheSection(f)}</div>
${costPerPrSection(f)}
${sessionTimeSection(f)}
${weeklyTokensSection(f)}
${evalsSection(f)}
${ciSection(f)}
${sessionsSection(f)}
${dataSection(f)}
</main>
</body>
</html>
`;
  return page.text;
}
