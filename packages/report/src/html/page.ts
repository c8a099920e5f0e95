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
</header>
${signalTiles(f)}
${incidentsSection(f)}
${weeklyTokensSection(f)}
${costPerPrSection(f)}
${ciSection(f)}
<div class="grid2">${firstPassSection(f)}${cacheSection(f)}</div>
${sessionTimeSection(f)}
${evalsSection(f)}
${violationsSection(f)}
${sessionsSection(f)}
${dataSection(f)}
</main>
</body>
</html>
`;
  return page.text;
}
