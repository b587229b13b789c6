// The BBC corpus at scale (issue #5): build time, wasm size, and query
// latency in headless Chromium.
//
//   node bench/bbc-scale.mjs            (needs ../shared/corpora/bbc)
//
// Builds the wasm package with NEWS_TIMELINE_SEEDS pointing at the 2,225
// BBC articles into target/bbc-pkg, reports the build time and the gzipped
// module size, then opens the widget on that package and times start-up
// and a fixed list of queries through the exported API.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { start, open } from '../tests/e2e/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = `${root}target/bbc-pkg`;
// 5 MB of articles: code optimised for speed, as scripts/build-wasm.sh chooses from 1 MiB on.
const env = { ...process.env, NEWS_TIMELINE_SEEDS: '../shared/corpora/bbc', CARGO_PROFILE_RELEASE_OPT_LEVEL: '3' };

let t = Date.now();
execFileSync('wasm-pack', ['build', '--target', 'web', '--release', '--out-dir', pkg, '--quiet'], { cwd: root, env, stdio: 'inherit' });
const buildSeconds = (Date.now() - t) / 1000;
execFileSync(`${root}node_modules/.bin/wasm-opt`, ['-Oz', '--enable-reference-types', '--enable-bulk-memory', '--enable-sign-ext', '--enable-mutable-globals', '--enable-nontrapping-float-to-int', '--enable-multivalue', `${pkg}/news_timeline_bg.wasm`, '-o', `${pkg}/news_timeline_bg.wasm`], { stdio: 'inherit' });
const wasm = readFileSync(`${pkg}/news_timeline_bg.wasm`);
const gz = gzipSync(wasm, { level: 9 }).length;

const QUERIES = ['blair', 'gordon brown', 'election', 'elect', 'chelsea', 'mourinho', 'oil prices', 'microsoft', 'film', 'oscar', 'economy', 'growth', '"prime minister"', 'tax', 'iraq', 'music', 'bbc', 'mobile phone', 'games', 'yukos'];

const session = await start();
try {
  const { page, context, problems } = await open(session.browser, `${session.url}/www/embed.html`);
  const result = await page.evaluate(async ({ queries }) => {
    const glue = await import('/target/bbc-pkg/news_timeline.js');
    const t0 = performance.now();
    await glue.default({ module_or_path: '/target/bbc-pkg/news_timeline_bg.wasm' });
    const timeline = new glue.NewsTimeline();
    const startup = performance.now() - t0;
    const times = [];
    for (let round = 0; round < 5; round += 1) {
      for (const q of queries) {
        const s = performance.now();
        const ids = timeline.matching({ text: q });
        timeline.page({ text: q }, 0, 20);
        times.push(performance.now() - s);
        if (round === 0 && ids.length === 0) throw new Error(`no result for ${q}`);
      }
    }
    times.sort((a, b) => a - b);
    const pick = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
    return { startup, p50: pick(0.5), p95: pick(0.95), events: timeline.eventCount() };
  }, { queries: QUERIES });
  console.log(`BBC corpus: ${result.events} events`);
  console.log(`  build (wasm-pack, incl. extraction): ${buildSeconds.toFixed(1)} s`);
  console.log(`  wasm: ${wasm.length} B, ${gz} B gzipped (${(gz / 1024).toFixed(0)} KiB)`);
  console.log(`  start-up in Chromium (instantiate + decode): ${result.startup.toFixed(0)} ms`);
  console.log(`  query (matching + first page of 20), ${QUERIES.length} queries x 5: p50 ${result.p50.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms`);
  if (problems.length) console.log(problems);
  await context.close();
} finally {
  await session.close();
}
