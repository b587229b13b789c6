// The JavaScript API under misuse (issue #7, part 6): the element's methods
// and the wasm exports called with wrong types, missing arguments, a 1 MB
// query, unknown ids and impossible date windows, and a crafted URL hash.
// Each gets a thrown TypeError/RangeError/Error naming the argument, or an
// empty result, and the widget keeps working afterwards. A wasm trap makes
// the widget show an error instead of freezing.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, ready, SITE } from './browser.mjs';

let session;
before(async () => {
  session = await start();
});
after(async () => {
  await session?.close();
});

/**
 * Runs each case in the page: [label, code] where code is a function body
 * with `el` (the element) and `t` (the wasm timeline) in scope. Returns
 * {label: {threw: name, message} | {value}}.
 */
function attempt(page, cases) {
  return page.evaluate((list) => {
    const el = document.querySelector('news-timeline');
    const t = el.corpus.timeline;
    const out = {};
    for (const [label, code] of list) {
      try {
        // eslint-disable-next-line no-new-func
        const value = new Function('el', 't', code)(el, t);
        out[label] = { value: value === undefined ? 'undefined' : JSON.parse(JSON.stringify(value)) };
      } catch (e) {
        out[label] = { threw: e.constructor.name, message: String(e.message) };
      }
    }
    return out;
  }, cases);
}

/** How many events a plain search for "kalin" lists: the widget still works. */
async function kalinStillWorks(page) {
  await page.evaluate(() => document.querySelector('news-timeline').search('kalin'));
  const n = await page.evaluate(() => document.querySelector('news-timeline').shadowRoot.querySelectorAll('.list .item').length);
  assert.ok(n > 0 && n < 5, `a normal search still finds Kalın (${n} results)`);
}

test('element methods refuse wrong arguments with TypeError or RangeError', async () => {
  const { page, problems, context } = await open(session.browser, `${session.url}/${SITE}/`);
  await ready(page);
  const r = await attempt(page, [
    ['search(42)', 'return el.search(42)'],
    ['search()', 'return el.search()'],
    ['search(null)', 'return el.search(null)'],
    ['filter(null)', 'return el.filter(null)'],
    ['filter("x")', 'return el.filter("x")'],
    ['filter({entities:"x"})', 'return el.filter({entities: "x"})'],
    ['filter({kinds:[1]})', 'return el.filter({kinds: [1]})'],
    ['setWindow()', 'return el.setWindow()'],
    ['setWindow(1,2)', 'return el.setWindow(1, 2)'],
    ['setWindow reversed', 'return el.setWindow("2024-12-31", "2024-01-01")'],
    ['setWindow invalid', 'return el.setWindow("9999-99-99", "0000-00-00")'],
    ['setWindow Feb 30', 'return el.setWindow("2024-02-30", "2024-03-01")'],
  ]);
  for (const label of ['search(42)', 'search()', 'search(null)', 'filter(null)', 'filter("x")', 'filter({entities:"x"})', 'filter({kinds:[1]})']) {
    assert.equal(r[label].threw, 'TypeError', `${label}: ${JSON.stringify(r[label])}`);
  }
  for (const label of ['setWindow()', 'setWindow(1,2)', 'setWindow reversed', 'setWindow invalid', 'setWindow Feb 30']) {
    assert.equal(r[label].threw, 'RangeError', `${label}: ${JSON.stringify(r[label])}`);
    assert.match(r[label].message, /setWindow/);
  }
  await kalinStillWorks(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('unknown ids, a 1 MB query and odd filters give empty results, not failures', async () => {
  const { page, problems, context } = await open(session.browser, `${session.url}/${SITE}/`);
  await ready(page);
  const r = await attempt(page, [
    ['select(unknown)', 'return el.select("no-such-event")'],
    ['select(42)', 'return el.select(42)'],
    ['select()', 'return el.select()'],
    ['select(traversal)', 'return el.select("../../x")'],
    ['1 MB search', 'el.search("kalin ".repeat(200000)); return el.shadowRoot.querySelectorAll(".list .item").length'],
    ['filter unknown entity', 'el.filter({entities: ["Nobody At All"]}); return el.shadowRoot.querySelectorAll(".list .item").length'],
    ['reset', 'el.reset(); return el.shadowRoot.querySelectorAll(".list .item").length'],
  ]);
  assert.deepEqual(r['select(unknown)'], { value: false });
  assert.deepEqual(r['select(42)'], { value: false });
  assert.deepEqual(r['select()'], { value: false });
  assert.deepEqual(r['select(traversal)'], { value: false });
  assert.ok(r['1 MB search'].value >= 0, `1 MB query answered: ${JSON.stringify(r['1 MB search'])}`);
  assert.deepEqual(r['filter unknown entity'], { value: 0 });
  assert.ok(r.reset.value >= 5, 'reset shows everything again');
  const message = await page.evaluate(() => document.querySelector('news-timeline').shadowRoot.querySelector('.message').textContent);
  assert.equal(message, '', 'reset clears the last message');
  await kalinStillWorks(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('wasm exports throw errors naming the argument', async () => {
  const { page, problems, context } = await open(session.browser, `${session.url}/${SITE}/`);
  await ready(page);
  const big = '"quoted '.repeat(1 << 17);
  const r = await attempt(page, [
    ['search(42)', 'return t.search(42)'],
    ['search([])', 'return t.search([])'],
    ['search unknown field', 'return t.search({bogus: 1})'],
    ['search bad from', 'return t.search({from: "2024-13-45"})'],
    ['search reversed', 'return t.search({from: "2024-12-31", to: "2024-01-01"})'],
    ['search text number', 'return t.search({text: 5})'],
    ['search includeUndated', 'return t.search({includeUndated: "yes"})'],
    ['page negative', 'return t.page("", -1, 10)'],
    ['page fraction', 'return t.page("", 0, 1.5)'],
    ['page huge offset', 'return t.page("", 1e9, 10).hits.length'],
    ['event(5)', 'return t.event(5)'],
    ['event(unknown)', 'return t.event("../../x")'],
    ['article()', 'return t.article()'],
    ['article(unknown)', 'return t.article("nope")'],
    ['eventAt(-1)', 'return t.eventAt(-1)'],
    ['eventAt(NaN)', 'return t.eventAt(NaN)'],
    ['eventAt(1e9)', 'return t.eventAt(1e9)'],
    ['events reversed', 'return t.events("2024-12-31", "2024-01-01")'],
    ['events invalid', 'return t.events("9999-99-99", null)'],
    ['events number', 'return t.events(20240101, null)'],
    ['highlight()', 'return t.highlight()'],
    ['facets 1 MB', `return t.facets(${JSON.stringify(big)}).kinds.length`],
    ['highlight 1 MB', `return t.highlight(${JSON.stringify(big)}, ${JSON.stringify(big)}).length`],
    ['events far window', 'return t.events("9999-01-01", "9999-12-31").map((e) => e.date.latest)'],
  ]);
  const errors = {
    'search(42)': /filter must be an object/,
    'search([])': /filter must be an object/,
    'search unknown field': /unknown field "bogus"/,
    'search bad from': /filter\.from: "2024-13-45" is not a date/,
    'search reversed': /reversed/,
    'search text number': /filter\.text must be a string/,
    'search includeUndated': /filter\.includeUndated must be a boolean/,
    'page negative': /offset must be a whole number/,
    'page fraction': /limit must be a whole number/,
    'event(5)': /id must be a string/,
    'article()': /id must be a string/,
    'eventAt(-1)': /index must be a whole number/,
    'eventAt(NaN)': /index must be a whole number/,
    'events reversed': /reversed/,
    'events invalid': /from: "9999-99-99" is not a date/,
    'events number': /from must be a string/,
    'highlight()': /text must be a string/,
  };
  for (const [label, pattern] of Object.entries(errors)) {
    assert.equal(r[label].threw, 'Error', `${label}: ${JSON.stringify(r[label])}`);
    assert.match(r[label].message, pattern, label);
  }
  assert.deepEqual(r['page huge offset'], { value: 0 });
  assert.deepEqual(r['event(unknown)'], { value: 'undefined' });
  assert.deepEqual(r['article(unknown)'], { value: 'undefined' });
  assert.deepEqual(r['eventAt(1e9)'], { value: 'undefined' });
  // Only events with an open end ("on or after …") reach into year 9999.
  assert.ok(r['events far window'].value.every((latest) => latest === null), JSON.stringify(r['events far window']));
  assert.ok(r['facets 1 MB'].value >= 0, JSON.stringify(r['facets 1 MB']));
  assert.ok(r['highlight 1 MB'].value >= 1, JSON.stringify(r['highlight 1 MB']).slice(0, 200));
  await kalinStillWorks(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a crafted URL hash is read as text and bad parts are refused', async () => {
  const hash = '#q=%3Cscript%3Ewindow.__pwned_hash%3D1%3C%2Fscript%3E&event=..%2F..%2Fx&window=9999-99-99%2F0000-00-00';
  const { page, problems, context } = await open(session.browser, `${session.url}/${SITE}/${hash}`);
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await ready(page);
  const state = await page.evaluate(() => {
    const el = document.querySelector('news-timeline');
    const root = el.shadowRoot;
    return {
      box: root.querySelector('input.search').value,
      message: root.querySelector('.message').textContent,
      injected: root.querySelectorAll('script, img, iframe').length,
      pwned: window.__pwned_hash,
      selected: el.state.selected,
      detail: root.querySelectorAll('.detail').length,
    };
  });
  assert.equal(state.box, '<script>window.__pwned_hash=1</script>', 'the query is shown as typed text');
  assert.equal(state.injected, 0);
  assert.equal(state.pwned, undefined);
  assert.equal(state.selected, null, 'the unknown event is not selected');
  assert.equal(state.detail, 0);
  assert.match(state.message, /window is not valid/, 'the bad window is reported');
  assert.match(state.message, /No event with id "\.\.\/\.\.\/x"/, 'the unknown event is reported');
  assert.deepEqual(dialogs, []);
  // The reversed, impossible window was refused; the widget still works.
  await kalinStillWorks(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a good shared link still restores its search and opens its event', async () => {
  const first = await open(session.browser, `${session.url}/${SITE}/`);
  await ready(first.page);
  const id = await first.page.evaluate(() => {
    const el = document.querySelector('news-timeline');
    el.search('kalin');
    return el.shadowRoot.querySelector('.list .item').dataset.event;
  });
  await first.context.close();
  const { page, problems, context } = await open(session.browser, `${session.url}/${SITE}/#q=kalin&event=${encodeURIComponent(id)}`);
  await ready(page);
  const state = await page.evaluate(() => {
    const root = document.querySelector('news-timeline').shadowRoot;
    return {
      box: root.querySelector('input.search').value,
      items: root.querySelectorAll('.list .item').length,
      detail: root.querySelector('.detail')?.textContent ?? '',
      message: root.querySelector('.message').textContent,
    };
  });
  assert.equal(state.box, 'kalin');
  assert.ok(state.items > 0 && state.items < 5, 'the search is applied');
  assert.match(state.detail, /precision: /, 'the event is open');
  assert.equal(state.message, '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a wasm trap replaces the widget with an error instead of freezing it', async () => {
  const { page, context } = await open(session.browser, `${session.url}/${SITE}/`);
  await ready(page);
  // Corrupt the module's memory (every byte 0xFF): the next call reads
  // pointers and lengths from it and traps (RuntimeError), as a bug would.
  const outcome = await page.evaluate(() => {
    const el = document.querySelector('news-timeline');
    new Uint8Array(el.corpus.memory.buffer).fill(0xff);
    try {
      el.search('kalin');
      return { threw: null };
    } catch (e) {
      return { threw: e.constructor.name };
    }
  });
  assert.equal(outcome.threw, 'RuntimeError', 'the trap reaches the caller');
  const failure = await page.evaluate(() => document.querySelector('news-timeline').shadowRoot.querySelector('.failure[role=alert]')?.textContent);
  assert.match(failure ?? '', /internal error .*please reload/, 'the widget says it failed');
  await context.close();
});
