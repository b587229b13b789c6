// Exports the events of a built corpus package for the other libraries.
//
//   node bench/export-data.mjs target/bench/pkg-N N
//
// Loads the wasm package in Node (the same module the browser gets), and
// writes two files beside it, so that vis-timeline, TimelineJS and
// MiniSearch get exactly the events news-timeline shows:
// - target/bench/data-N.json: the dated events, `{i, start, end, headline,
//   summary}` with days since 1970-01-01 (the timelines need a date);
// - target/bench/search-N.json: every event as a document for MiniSearch,
//   `{id, headline, summary, names, text}`, where `text` is the main
//   article's text, so that MiniSearch indexes what our index covers.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [pkg, n] = process.argv.slice(2);
if (!pkg || !n) {
  console.error('usage: node bench/export-data.mjs PKG_DIR N');
  process.exit(2);
}
const glue = await import(pathToFileURL(resolve(pkg, 'news_timeline.js')).href);
glue.initSync({ module: readFileSync(join(pkg, 'news_timeline_bg.wasm')) });
const timeline = new glue.NewsTimeline();
const count = timeline.eventCount();
const dated = [];
const documents = [];
const texts = new Map();
for (let i = 0; i < count; i += 1) {
  const e = timeline.eventAt(i);
  const start = e.date.earliest_day ?? e.date.latest_day;
  const end = e.date.latest_day ?? e.date.earliest_day;
  if (start !== undefined && start !== null) dated.push({ i, start, end, headline: e.headline, summary: e.summary });
  const main = e.articles[0];
  if (main && !texts.has(main)) texts.set(main, timeline.article(main)?.paragraphs.join('\n') ?? '');
  documents.push({
    id: i,
    headline: e.headline,
    summary: e.summary,
    names: [...e.participants, e.place ?? ''].join(' '),
    text: main ? texts.get(main) : '',
  });
}
const dir = resolve(pkg, '..');
writeFileSync(join(dir, `data-${n}.json`), JSON.stringify(dated));
writeFileSync(join(dir, `search-${n}.json`), JSON.stringify(documents));
console.log(`${n}: ${count} events, ${dated.length} dated, ${texts.size} articles exported`);
