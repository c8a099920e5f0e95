import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultPolicy, PolicySchema } from '@agent-guards/config';
import { buildDashboard, loadDashboardInputs, writeDashboard, type DashboardFigures } from '@agent-guards/report';
import { AGENT_LOGIN, GENERATED_AT, HOSTILE_DETAIL, WEEKLY_BUDGET_TOKENS, writeAgentOpsFixture } from '../../packages/report/test/support/agentops-fixture.js';
import { tempDir } from '../../packages/report/test/support/temp.js';

/**
 * The dashboard in a real headless Chromium (Debian's package), loaded from
 * file:// with every request recorded and anything but the page itself
 * refused: it must render with no console error and no network request,
 * show the figures of the input data, and leave a screenshot to look at.
 */
const CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y --no-install-recommends chromium';
const OUT = fileURLToPath(new URL('../../out/dashboard-test/', import.meta.url));

let browser: Browser;
let page: Page;
let figures: DashboardFigures;
let pageUrl: string;
const requests: string[] = [];
const consoleErrors: string[] = [];

const missing = existsSync(CHROMIUM) ? undefined : `Chromium is not installed at ${CHROMIUM}; the dashboard's browser test needs it. Install it with: ${INSTALL}`;

// Without the browser every test fails with how to install it: a skipped browser test would look like a pass.
beforeEach(() => {
  if (missing) throw new Error(missing);
});

beforeAll(async () => {
  if (missing) return;
  const fixture = await writeAgentOpsFixture(tempDir('browser'));
  const policy = PolicySchema.parse({ version: 1, cost: { ...defaultPolicy().cost, weekly_budget_tokens: WEEKLY_BUDGET_TOKENS } });
  const inputs = await loadDashboardInputs(
    { ledger: [fixture.sessions], session: [fixture.sessions], 'guard-report': [fixture.reports], eval: [fixture.eval], 'workflow-runs': [fixture.workflowRuns], 'pr-outcomes': [fixture.prOutcomes] },
    policy,
  );
  const dashboard = buildDashboard(inputs, { policy, agentLogins: [AGENT_LOGIN], generatedAt: GENERATED_AT });
  figures = dashboard.figures;
  mkdirSync(OUT, { recursive: true });
  const written = await writeDashboard(OUT, dashboard);
  pageUrl = pathToFileURL(written.html).href;

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, offline: true, javaScriptEnabled: true });
  await context.route('**/*', (route) => (route.request().url() === pageUrl ? route.continue() : route.abort('blockedbyclient')));
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  await page.goto(pageUrl, { waitUntil: 'load' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const attr = (selector: string, name: string): Promise<string | null> => page.locator(selector).first().getAttribute(name);
const attrs = (selector: string, name: string): Promise<(string | null)[]> => page.locator(selector).evaluateAll((els, n) => els.map((e) => e.getAttribute(n)), name);

describe('the dashboard in headless Chromium', () => {
  it('renders with no console error and makes no request but the page itself', async () => {
    expect(await page.title()).toBe('AgentOps dashboard');
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([pageUrl]);
    const html = readFileSync(join(OUT, 'dashboard.html'), 'utf8');
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:|\/\/|data:)/i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  it('shows the signal figures of the input data on its tiles, in numbers and in words', async () => {
    // Worked out by hand from the fixture (see packages/report/test/fixture-figures.test.ts).
    const expected: Record<string, [string, string, string]> = {
      'first-pass-validation': ['0.6', '60.0%', 'bad'],
      // Three error findings in the two failed reports: each one is a violation.
      'policy-violations': ['3', '3', 'bad'],
      'cost-per-merged-pr': ['1380425', '$1.38', 'bad'],
      // Humans since the first agent commit: 680 s on average.
      'ci-time-to-green-human': ['680', '11.3 min', 'bad'],
      'cache-hit-rate': ['0.6372', '63.7%', 'bad'],
      // The eight sessions that opened a PR; the two escalated ones are not on target.
      'session-time-mean': ['697.5', '11.6 min', 'warn'],
      'weekly-tokens': ['258200', '258.2K', 'bad'],
      'eval-suite': ['0.8667', '80% · 87%', 'bad'],
    };
    const words = { ok: 'on target', warn: 'watch', bad: 'off target', none: 'no data' } as const;
    for (const [figure, [value, shown, status]] of Object.entries(expected)) {
      const tile = page.locator(`[data-figure="${figure}"]`);
      expect(await tile.getAttribute('data-value'), figure).toBe(value);
      expect((await tile.locator('.tile-value').textContent())?.trim(), figure).toBe(shown);
      expect(await tile.getAttribute('data-status'), figure).toBe(status);
      expect(await tile.locator('.badge').textContent(), figure).toBe(words[status as keyof typeof words]);
      // An amber or red tile says why in words.
      if (status !== 'ok') expect((await tile.locator('.tile-why').textContent())?.length, figure).toBeGreaterThan(20);
    }
    expect(await attr('[data-figure="first-pass-validation"]', 'data-value')).toBe(String(figures.first_pass_validation.rate));
  });

  it('draws the weekly token bars against the budget line, the over-budget week in red', async () => {
    expect(await attrs('#chart-weekly-tokens rect.bar', 'data-value')).toEqual(['317800', '1114500', '258200']);
    expect(await attrs('#chart-weekly-tokens rect.bar', 'class')).toEqual(['bar tone-ok', 'bar tone-bad', 'bar tone-ok']);
    expect(await attr('#chart-weekly-tokens .ref-limit', 'data-value')).toBe('1000000');
    const heights = await page.locator('#chart-weekly-tokens rect.bar').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(heights[1]!).toBeGreaterThan(heights[0]! * 3);
    expect(await attrs('#table-weekly-tokens tbody tr', 'data-tokens')).toEqual(['317800', '1114500', '258200']);
  });

  it('shows cost per PR against the $4.50 ceiling and CI time-to-green per week, degradation flagged', async () => {
    expect(await attrs('#chart-cost-per-pr rect.bar', 'data-micro')).toEqual(['203850', '249450', '4910150', '181050', '158250', '203850']);
    expect(await attr('#chart-cost-per-pr .ref-limit', 'data-value')).toBe('4.5');
    expect(await attrs('#table-ci tbody tr', 'data-human-mean')).toEqual(['600', '630', '660', '750']);
    expect(await attrs('#table-ci tbody tr', 'data-degraded')).toEqual(['false', 'false', 'false', 'true']);
    expect(await attrs('#chart-ci-time-to-green circle[data-series="agent"]', 'data-value')).toEqual(['13', String(800 / 60), '11.5']);
  });

  it('highlights the incidents and shows untrusted text as text', async () => {
    expect((await attrs('#incidents li.incident', 'data-kind')).sort()).toEqual(['ci-degradation', 'cost-incident', 'cost-incident', 'cost-over-ceiling', 'escalation', 'escalation', 'hard-cap']);
    const escalation = page.locator('li.incident[data-session="sess-103"] .incident-detail');
    expect(await escalation.textContent()).toBe(HOSTILE_DETAIL);
    expect(await page.locator('img, script, iframe, object, embed').count()).toBe(0);
    // The title a script in the hostile text would have changed.
    expect(await page.evaluate('document.title')).toBe('AgentOps dashboard');
  });

  it('fits the viewport width and leaves a screenshot', async () => {
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    const boxes = await page.locator('svg.chart').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(boxes.length).toBeGreaterThanOrEqual(6);
    for (const w of boxes) expect(w).toBeGreaterThan(300);
    const screenshot = join(OUT, 'dashboard.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    const png = readFileSync(screenshot);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(statSync(screenshot).size).toBeGreaterThan(50_000);
  });
});
