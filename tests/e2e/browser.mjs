// Shared set-up for the end-to-end tests: the repository served on a free
// loopback port, and Debian's Chromium driven by playwright-core (never a
// downloaded browser).

import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * The folder the page tests open: `dist` (what is deployed: www/ with its
 * JavaScript and CSS minified by scripts/build-site.mjs), or `www` with
 * NEWS_TIMELINE_SITE=www to debug against the unminified source.
 */
export const SITE = process.env.NEWS_TIMELINE_SITE || 'dist';
if (!['dist', 'www'].includes(SITE)) throw new Error(`NEWS_TIMELINE_SITE must be "dist" or "www", not "${SITE}"`);

export async function start({ csp = false } = {}) {
  const { server, url } = await serve({ root: ROOT, csp });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** Opens a page, failing the test on any page error or console error. */
export async function open(browser, url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await page.goto(url);
  return { page, context, problems };
}

/** Waits until the widget(s) on the page have loaded their corpus. */
export async function ready(page, selector = 'news-timeline') {
  await page.waitForFunction((s) => {
    const all = [...document.querySelectorAll(s)];
    return all.length > 0 && all.every((el) => el.shadowRoot?.querySelector('.list'));
  }, selector, { timeout: 20000 });
}
