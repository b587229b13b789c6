// Article text stays text (issue #7, part 4): a corpus built from
// tests/hostile_seeds (articles carrying <script>, onerror handlers,
// javascript: links, HTML entities, bidi overrides, a 1,200-letter word and a
// title starting with "=") is shown literally: no script runs, no element
// is injected, and the text appears as written in the list, the detail
// panel and the search snippets.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { start, open, ready, ROOT, ARTIFACTS } from './browser.mjs';

const SEEDS = join(ROOT, 'tests/hostile_seeds');
const PKG = join(ROOT, 'target/hostile-pkg/news_timeline_bg.wasm');

/** The hostile articles as written: file → {title, paragraphs}. */
function articles() {
  return readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const blocks = readFileSync(join(SEEDS, file), 'utf8').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
    return { file, id: file.replace(/\.txt$/, ''), title: blocks[1], paragraphs: blocks.slice(2) };
  });
}

let session;
before(async () => {
  // scripts/test.sh builds the package; build it here if it is missing or
  // older than the seeds, so that `node --test tests/e2e/` works alone.
  const newest = Math.max(...readdirSync(SEEDS).map((f) => statSync(join(SEEDS, f)).mtimeMs));
  if (!existsSync(PKG) || statSync(PKG).mtimeMs < newest) {
    execFileSync(join(ROOT, 'scripts/build-hostile-pkg.sh'), { stdio: 'inherit' });
  }
  session = await start();
});
after(async () => {
  await session?.close();
});

/** Opens the hostile page with traps for anything a payload could do. */
async function openHostile() {
  const opened = await open(session.browser, `${session.url}/tests/e2e/pages/hostile.html`, { viewport: { width: 1280, height: 900 } });
  const { page } = opened;
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await ready(page);
  return { ...opened, dialogs };
}

/** Everything a payload could leave behind, read from the page. */
function traces(page) {
  return page.evaluate(() => {
    const root = document.querySelector('news-timeline').shadowRoot;
    const all = [...root.querySelectorAll('*'), ...document.querySelectorAll('*')];
    return {
      globals: Object.keys(window).filter((k) => k.startsWith('__pwned')),
      injected: [...root.querySelectorAll('img, script, iframe, object, embed, svg, a[href^="javascript" i]')].map((e) => e.outerHTML.slice(0, 80)),
      handlers: all.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).map((e) => e.tagName),
      pageScripts: document.querySelectorAll('script').length,
    };
  });
}

function assertClean(t, dialogs, problems) {
  assert.deepEqual(t.globals, [], 'no payload set a global');
  assert.deepEqual(t.injected, [], 'no element was injected into the widget');
  assert.deepEqual(t.handlers, [], 'no element carries an inline event handler');
  assert.equal(t.pageScripts, 1, 'the page still has only its own script');
  assert.deepEqual(dialogs, [], 'no dialog opened');
  assert.deepEqual(problems, [], 'no page or console error');
}

test('hostile titles appear literally in the list and nothing runs', async () => {
  const { page, problems, context, dialogs } = await openHostile();
  const listText = await page.evaluate(() => document.querySelector('news-timeline').shadowRoot.querySelector('.list').textContent);
  const items = await page.evaluate(() => document.querySelector('news-timeline').shadowRoot.querySelectorAll('.list .item').length);
  assert.equal(items, articles().length, 'one event per hostile article');
  for (const literal of ['<script>', '<img src=x onerror=', '&amp;', '=HYPERLINK("http://evil.example/","Click")', '\u202e']) {
    assert.ok(listText.includes(literal), `the list shows ${JSON.stringify(literal)} as text`);
  }
  await page.screenshot({ path: `${ARTIFACTS}/hostile-list.png`, fullPage: true });
  assertClean(await traces(page), dialogs, problems);
  await context.close();
});

test('the detail panel shows every hostile paragraph as written', async () => {
  const { page, problems, context, dialogs } = await openHostile();
  for (const article of articles()) {
    const eventId = await page.evaluate((id) => document.querySelector('news-timeline').corpus.timeline.article(id)?.event, article.id);
    assert.ok(eventId, `${article.file} has an event`);
    const opened = await page.evaluate((id) => document.querySelector('news-timeline').select(id), eventId);
    assert.equal(opened, true);
    const panel = await page.evaluate(() => document.querySelector('news-timeline').shadowRoot.querySelector('.detail').textContent);
    assert.ok(panel.includes(article.title), `${article.file}: title shown literally`);
    for (const p of article.paragraphs) {
      assert.ok(panel.includes(p.replace(/\s+/g, ' ')), `${article.file}: paragraph shown literally: ${p.slice(0, 50)}`);
    }
    assertClean(await traces(page), dialogs, problems);
  }
  await page.screenshot({ path: `${ARTIFACTS}/hostile-detail.png` });
  await context.close();
});

test('search snippets show the payloads as text with the match marked', async () => {
  const { page, problems, context, dialogs } = await openHostile();
  const cases = [
    ['whiteboard', '<script>window.__pwned_script=1;alert(document.cookie)</script>'],
    ['protester', '<img src=x onerror="window.__pwned_img=1;alert(1)">'],
    ['booking', '<a href="javascript:window.__pwned_link=1">'],
    ['leaflet', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['complaint', 'files \u202egnp.exe\u202c complaint'],
  ];
  for (const [word, literal] of cases) {
    await page.evaluate((w) => document.querySelector('news-timeline').search(w), word);
    const snippets = await page.evaluate(() => [...document.querySelector('news-timeline').shadowRoot.querySelectorAll('.list .snippet')].map((s) => ({
      text: s.textContent, marks: [...s.querySelectorAll('mark')].map((m) => m.textContent),
    })));
    assert.equal(snippets.length, 1, `one result for ${word}`);
    assert.ok(snippets[0].text.includes(literal), `snippet for ${word} shows ${literal.slice(0, 40)}: ${snippets[0].text.slice(0, 200)}`);
    assert.ok(snippets[0].marks.some((m) => m.toLowerCase() === word), `${word} is marked`);
  }
  assertClean(await traces(page), dialogs, problems);
  await context.close();
});
