// The widget as readers and embedders use it (issue #6): keyboard only,
// deep links, back/forward, two instances, hostile host CSS, a phone-sized
// screen, exports, filters by person and place, and axe-core in both themes.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { start, open, ready, ARTIFACTS, SITE } from './browser.mjs';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

let session;
before(async () => {
  session = await start();
});
after(async () => {
  await session?.close();
});

const inWidget = (page, fn, arg, selector = 'news-timeline') =>
  page.evaluate(([f, a, s]) => new Function('root', 'el', 'arg', f)(document.querySelector(s).shadowRoot, document.querySelector(s), a), [`return (${fn})(root, el, arg)`, arg, selector]);

const status = (page, selector = 'news-timeline') => page.locator(selector).first().locator('.status').textContent();

test('keyboard only: search, move between events, open and close details', async () => {
  const { page, problems, context } = await open(session.browser, `${session.url}/${SITE}/`);
  await ready(page);
  // The search box is the first stop inside the widget.
  await page.keyboard.press('Tab');
  const focused = await inWidget(page, (root) => root.activeElement?.className);
  assert.equal(focused, 'search');
  await page.keyboard.type('meeting');
  await page.waitForTimeout(100);
  assert.match(await status(page), /^\d+ of \d+ events$/);
  // The canvas takes arrows: the first ArrowRight selects an event and says which.
  await page.locator('news-timeline').locator('canvas.canvas').focus();
  await page.keyboard.press('ArrowRight');
  const label = await page.locator('news-timeline').locator('canvas.canvas').getAttribute('aria-label');
  assert.match(label, /^Selected: .+\. Enter opens details\.$/);
  await page.keyboard.press('Enter');
  await page.locator('news-timeline').locator('.detail').waitFor();
  assert.equal(await inWidget(page, (root) => root.activeElement?.classList.contains('detail')), true, 'focus moves into the panel');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('news-timeline').locator('.detail').count(), 0);
  assert.equal(await inWidget(page, (root) => root.activeElement?.classList.contains('canvas')), true, 'focus returns to the timeline');
  // The list view: arrows move, Enter opens.
  await page.locator('news-timeline').locator('.list .item').first().focus();
  await page.keyboard.press('ArrowDown');
  const second = await inWidget(page, (root) => root.activeElement?.dataset.event);
  const items = await inWidget(page, (root) => [...root.querySelectorAll('.list .item')].map((i) => i.dataset.event));
  assert.equal(second, items[1]);
  await page.keyboard.press('Enter');
  await page.locator('news-timeline').locator('.detail').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('state lives in the URL: deep links restore, back and forward work', async () => {
  const { page, problems, context } = await open(session.browser, `${session.url}/${SITE}/`);
  await ready(page);
  const first = await inWidget(page, (root) => root.querySelector('.list .item').dataset.event);
  await page.locator('news-timeline').locator('input.search').fill('kalin');
  await page.waitForTimeout(150);
  await page.locator('news-timeline').locator('.list .item').first().click();
  await page.locator('news-timeline').locator('.detail').waitFor();
  const opened = await inWidget(page, (root) => root.querySelector('.list .item').dataset.event);
  await page.waitForTimeout(300);
  const hash = new URL(page.url()).hash;
  assert.match(hash, /q=kalin/);
  assert.match(hash, new RegExp(`event=${opened}`));
  // A shared link restores search and selection.
  const fresh = await context.newPage();
  await fresh.goto(`${session.url}/${SITE}/${hash}`);
  await ready(fresh);
  assert.equal(await fresh.locator('news-timeline').locator('input.search').inputValue(), 'kalin');
  await fresh.locator('news-timeline').locator('.detail').waitFor();
  assert.ok((await fresh.locator('news-timeline').locator('.detail h2').textContent()).length > 0);
  // Back closes the event, back again clears the search; forward reopens.
  await page.goBack();
  await page.waitForTimeout(200);
  assert.equal(await page.locator('news-timeline').locator('.detail').count(), 0);
  await page.goBack();
  await page.waitForTimeout(200);
  assert.equal(await page.locator('news-timeline').locator('input.search').inputValue(), '');
  await page.goForward();
  await page.goForward();
  await page.waitForTimeout(200);
  await page.locator('news-timeline').locator('.detail').waitFor();
  assert.notEqual(first, undefined);
  assert.deepEqual(problems, []);
  await context.close();
});

test('two instances on a page with hostile CSS work independently and look right', async () => {
  const { page, problems, context } = await open(session.browser, `${session.url}/${SITE}/demo-article.html`, { viewport: { width: 1100, height: 900 } });
  await ready(page);
  const one = page.locator('#first');
  const two = page.locator('#second');
  await one.locator('input.search').fill('kalin');
  await page.waitForTimeout(150);
  const a = await one.locator('.status').textContent();
  const b = await two.locator('.status').textContent();
  assert.notEqual(a, b, 'searching one leaves the other alone');
  assert.match(b, /^(\d+) of \1 events$/);
  // The host's `canvas { display: none !important }`, fonts and button colours stay outside.
  const look = await inWidget(page, (root) => {
    const canvas = root.querySelector('canvas.canvas').getBoundingClientRect();
    const style = getComputedStyle(root.querySelector('.nt'));
    const button = getComputedStyle(root.querySelector('button'));
    return { canvasHeight: canvas.height, font: style.fontFamily, transform: style.textTransform, buttonBg: button.backgroundColor };
  }, null, '#first');
  assert.ok(look.canvasHeight > 100, `canvas is shown (${look.canvasHeight}px)`);
  assert.doesNotMatch(look.font, /Times/);
  assert.equal(look.transform, 'none');
  assert.notEqual(look.buttonBg, 'rgb(255, 105, 180)');
  // The widget leaks no globals beyond its element class.
  const globals = await page.evaluate(() => Object.keys(window).filter((k) => /timeline|wasm/i.test(k)));
  assert.deepEqual(globals, []);
  await page.screenshot({ path: `${ARTIFACTS}/demo-article.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('usable at 360 px wide', async () => {
  const { page, problems, context } = await open(session.browser, `${session.url}/${SITE}/`, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  await ready(page);
  const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(overflow <= 360, `no sideways scrolling (${overflow}px)`);
  await page.locator('news-timeline').locator('.list .item').first().tap();
  await page.locator('news-timeline').locator('.detail').waitFor();
  await page.screenshot({ path: `${ARTIFACTS}/mobile.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('filters by a person and by a place combine, with counts', async () => {
  const { page, problems, context } = await open(session.browser, `${session.url}/${SITE}/`);
  await ready(page);
  const widget = page.locator('news-timeline');
  const total = Number((await status(page)).split(' ')[0]);
  // The person in the fewest events, so that the filter narrows.
  const people = widget.locator('.facet[aria-label="People"] .chip');
  const counts = await people.locator('.count').allTextContents();
  const person = people.nth(counts.map(Number).indexOf(Math.min(...counts.map(Number))));
  const personCount = Number(await person.locator('.count').textContent());
  await person.click();
  await page.waitForTimeout(150);
  const afterPerson = Number((await status(page)).split(' ')[0]);
  assert.equal(afterPerson, personCount, 'the chip said how many events it would leave');
  assert.ok(afterPerson < total);
  assert.equal(await widget.locator('.facet[aria-label="People"] .chip.active').count(), 1);
  const place = widget.locator('.facet[aria-label="Places"] .chip:not(.active)').first();
  const placeCount = Number(await place.locator('.count').textContent());
  await place.click();
  await page.waitForTimeout(150);
  const afterBoth = Number((await status(page)).split(' ')[0]);
  assert.equal(afterBoth, placeCount);
  assert.ok(afterBoth <= afterPerson);
  await widget.locator('button.reset').click();
  await page.waitForTimeout(150);
  assert.equal(Number((await status(page)).split(' ')[0]), total);
  assert.deepEqual(problems, []);
  await context.close();
});

test('exports are valid TimelineJS JSON, CSV and iCalendar', async () => {
  const { page, problems, context } = await open(session.browser, `${session.url}/${SITE}/`);
  await ready(page);
  const events = await page.evaluate(() => document.querySelector('news-timeline').filteredEvents());
  const dated = events.filter((e) => e.date.earliest || e.date.latest);
  const json = JSON.parse(await page.evaluate(() => document.querySelector('news-timeline').exportAs('timelinejs', { download: false })));
  assert.equal(json.events.length, dated.length);
  for (const e of json.events) {
    assert.ok(Number.isInteger(e.start_date.year) && e.start_date.month >= 1 && e.start_date.day >= 1);
    assert.equal(typeof e.text.headline, 'string');
    assert.doesNotMatch(e.text.headline, /[<>]/);
  }
  const csv = await page.evaluate(() => document.querySelector('news-timeline').exportAs('csv', { download: false }));
  const rows = csv.trim().split('\r\n');
  assert.equal(rows.length, events.length + 1);
  assert.match(rows[0], /^"id","kind","headline","date"/);
  for (const row of rows) assert.doesNotMatch(row, /(^|,)"[=+\-@]/, 'no formula cells');
  const ics = await page.evaluate(() => document.querySelector('news-timeline').exportAs('ics', { download: false }));
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.equal(ics.match(/BEGIN:VEVENT/g)?.length ?? 0, dated.length);
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
  assert.match(ics, /DTSTART;VALUE=DATE:\d{8}/);
  // The buttons offer real files.
  await page.locator('news-timeline').locator('.export summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('news-timeline').locator('.export-buttons button', { hasText: 'CSV' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'news-timeline.csv');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violations (${scheme} theme, timeline, list and details)`, async () => {
    const { page, problems, context } = await open(session.browser, `${session.url}/${SITE}/`, { colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    await ready(page);
    await page.addScriptTag({ path: AXE });
    const run = () => page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(await run(), []);
    await page.locator('news-timeline').locator('.list .item').first().click();
    await page.locator('news-timeline').locator('.detail').waitFor();
    assert.deepEqual(await run(), [], 'with the detail panel open');
    await page.screenshot({ path: `${ARTIFACTS}/${scheme}.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('without WebAssembly, or with a missing package, the widget says so', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    delete window.WebAssembly;
  });
  await page.goto(`${session.url}/${SITE}/`);
  const alert = page.locator('news-timeline').locator('.failure[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /cannot run WebAssembly/);
  const other = await context.newPage();
  await other.goto(`${session.url}/${SITE}/`);
  await ready(other);
  await other.evaluate(() => {
    const broken = document.createElement('news-timeline');
    broken.id = 'broken';
    broken.setAttribute('src', '/no-such-package/');
    document.body.append(broken);
  });
  const failure = other.locator('#broken').locator('.failure[role="alert"]');
  await failure.waitFor();
  assert.match(await failure.textContent(), /could not start/);
  await context.close();
});
