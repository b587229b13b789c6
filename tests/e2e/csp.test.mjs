// A strict Content Security Policy (issue #7, part 5): served with
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
// the demo page loads, searches and opens an event with no policy
// violation: no inline script or style, no eval, nothing from elsewhere.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, ready, ARTIFACTS, SITE } from './browser.mjs';
import { CSP } from '../../scripts/serve.mjs';

let session;
before(async () => {
  session = await start({ csp: true });
});
after(async () => {
  await session?.close();
});

/** Records every securitypolicyviolation, from the first script on. */
const RECORD_VIOLATIONS = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
  }, true);
};

test('the demo works under the strict policy with zero violations', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(RECORD_VIOLATIONS);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  const response = await page.goto(`${session.url}/${SITE}/`);
  assert.equal(response.headers()['content-security-policy'], CSP, 'the page is served with the policy');
  await ready(page);
  const widget = page.locator('news-timeline');
  const all = await widget.locator('.list .item').count();
  assert.ok(all > 0, 'the list is drawn');
  // Search through the box, as a reader does.
  await widget.locator('input.search').fill('kalin');
  await page.waitForFunction((n) => document.querySelector('news-timeline').shadowRoot.querySelectorAll('.list .item').length < n, all);
  assert.ok(await widget.locator('.list mark').count() > 0, 'matches are marked');
  // Open an event and close it again; zoom the canvas; toggle a facet.
  await widget.locator('.list .item').first().click();
  await widget.locator('.detail').waitFor();
  assert.match(await widget.locator('.detail').textContent(), /precision: /);
  await page.keyboard.press('Escape');
  await widget.locator('button.zoom').first().click();
  await widget.locator('.facets .chip').first().click();
  await page.waitForTimeout(100);
  await widget.locator('button.reset').click();
  // The stylesheet applied (it is a same-origin link, which the policy allows).
  const display = await page.evaluate(() => getComputedStyle(document.querySelector('news-timeline').shadowRoot.querySelector('.bar')).display);
  assert.equal(display, 'flex', 'the widget stylesheet is applied');
  await page.screenshot({ path: `${ARTIFACTS}/csp.png` });
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the policy really is enforced: an inline script is refused and reported', async () => {
  const context = await session.browser.newContext();
  await context.addInitScript(RECORD_VIOLATIONS);
  const page = await context.newPage();
  await page.goto(`${session.url}/${SITE}/`);
  await ready(page);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline_ran = true;';
    document.body.append(s);
  });
  await page.waitForFunction(() => window.__violations.length > 0);
  assert.equal(await page.evaluate(() => window.__inline_ran), undefined, 'the inline script did not run');
  assert.match((await page.evaluate(() => window.__violations))[0], /script-src/);
  await context.close();
});
