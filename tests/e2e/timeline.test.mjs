// The demo page as a reader uses it: the five default articles in date
// order, undated ones shown as undated, search that ignores accents, and a
// detail view with the date's evidence.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, ready, ARTIFACTS, SITE } from './browser.mjs';

let session;
before(async () => {
  session = await start();
});
after(async () => {
  await session?.close();
});

/** The list view's items: id, date text and precision, in display order. */
function listItems(page) {
  return page.evaluate(() => {
    const root = document.querySelector('news-timeline').shadowRoot;
    return [...root.querySelectorAll('.list .item')].map((el) => ({
      id: el.dataset.event,
      precision: el.dataset.precision,
      date: el.querySelector('.item-date').textContent,
      headline: el.querySelector('h3').textContent,
    }));
  });
}

function dump() {
  return import('node:child_process').then(({ execFileSync }) =>
    JSON.parse(execFileSync('cargo', ['run', '--quiet', '--release', '--', 'dump'], { encoding: 'utf8', maxBuffer: 1 << 26 })));
}

test('all five articles appear in date order, undated ones as undated', async () => {
  const { page, problems, context } = await open(session.browser, `${session.url}/${SITE}/`, { viewport: { width: 1280, height: 900 } });
  await ready(page);
  const items = await listItems(page);
  const corpus = await dump();
  // Every article is reachable from the list through its event.
  const listed = new Set(items.map((i) => i.id));
  for (const article of corpus.articles) {
    assert.ok(listed.has(article.event), `article ${article.id} (event ${article.event}) is listed`);
  }
  assert.equal(corpus.articles.length, 5);
  // Dated events first, in ascending order; undated ones after, labelled so.
  const events = new Map(corpus.events.map((e) => [e.id, e]));
  const dated = items.filter((i) => events.get(i.id).date.earliest || events.get(i.id).date.latest);
  const undated = items.filter((i) => !events.get(i.id).date.earliest && !events.get(i.id).date.latest);
  const starts = dated.map((i) => events.get(i.id).date.earliest ?? events.get(i.id).date.latest);
  assert.deepEqual(starts, [...starts].sort(), 'dated events ascend');
  assert.deepEqual(items.slice(dated.length).map((i) => i.id), undated.map((i) => i.id), 'undated come last');
  for (const u of undated) assert.match(u.date, /^Undated/);
  // The undated tray lists exactly the undated events.
  const tray = await page.evaluate(() => [...document.querySelector('news-timeline').shadowRoot.querySelectorAll('.tray-item')].map((b) => b.dataset.event));
  assert.deepEqual(tray.sort(), undated.map((u) => u.id).sort());
  await page.screenshot({ path: `${ARTIFACTS}/desktop.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('searching Kalın and kalin gives the same results', async () => {
  const { page, problems, context } = await open(session.browser, `${session.url}/${SITE}/`);
  await ready(page);
  const input = page.locator('news-timeline').locator('input.search');
  await input.fill('Kalın');
  await page.waitForTimeout(100);
  const accented = await listItems(page);
  const status1 = await page.locator('news-timeline').locator('.status').textContent();
  await input.fill('kalin');
  await page.waitForTimeout(100);
  const plain = await listItems(page);
  assert.ok(accented.length > 0, 'Kalın is found');
  assert.ok(accented.length < 5, 'the search narrows the list');
  assert.deepEqual(plain.map((i) => i.id), accented.map((i) => i.id));
  assert.match(status1, new RegExp(`^${accented.length} of \\d+ events$`));
  // The snippet marks the match.
  const marks = await page.evaluate(() => [...document.querySelector('news-timeline').shadowRoot.querySelectorAll('.list mark')].map((m) => m.textContent));
  assert.ok(marks.some((m) => /kal[ıi]n/i.test(m)), `marks: ${marks}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('opening an event shows its date, evidence and full source text', async () => {
  const { page, problems, context } = await open(session.browser, `${session.url}/${SITE}/`);
  await ready(page);
  const widget = page.locator('news-timeline');
  const first = widget.locator('.list .item').first();
  const id = await first.getAttribute('data-event');
  await first.focus();
  await page.keyboard.press('Enter');
  const detail = widget.locator('.detail');
  await detail.waitFor();
  const text = await detail.textContent();
  assert.match(text, /precision: (day|week|month|year|unknown)/);
  // Every paragraph of every source article is in the panel.
  const corpus = await dump();
  const event = corpus.events.find((e) => e.id === id);
  for (const articleId of event.articles) {
    const article = corpus.articles.find((a) => a.id === articleId);
    for (const paragraph of article.paragraphs) assert.ok(text.includes(paragraph), `panel shows: ${paragraph.slice(0, 60)}`);
  }
  await page.keyboard.press('Escape');
  assert.equal(await widget.locator('.detail').count(), 0, 'Escape closes the details');
  // Clicking on the canvas opens an event too.
  await page.screenshot({ path: `${ARTIFACTS}/detail-closed.png` });
  assert.deepEqual(problems, []);
  await context.close();
});
