// Where the wasm module's start-up goes, package by package, in one
// headless Chromium: navigation to the page's module, loading the glue,
// fetching + compiling + instantiating the module, `new NewsTimeline()`
// (decoding the corpus), the first queries a view makes (matching, facets,
// a page of 20), and reading the search index (`prepareSearch`).
//
//   node bench/startup.mjs --packages 10000,100000 [--runs 3]
//
// Each name is a package folder target/bench/pkg-<name>/, as bench/run.mjs
// builds them (pkg-1000, pkg-10000, ...); build others the same way to
// compare code (for example pkg-10000-before). Runs alternate between
// packages, and the medians are printed.
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { fileURLToPath } from 'node:url';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const packages = option('packages', '1000,10000').split(',');
const runs = Number(option('runs', '3'));
const root = fileURLToPath(new URL('..', import.meta.url));
const { server, url } = await serve({ root });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const results = Object.fromEntries(packages.map((p) => [p, []]));
try {
  for (let run = 0; run < runs; run++) {
    for (const name of packages) {
      const page = await browser.newPage();
      await page.goto(`${url}/bench/pages/startup.html?pkg=${encodeURIComponent(name)}`);
      await page.waitForFunction(() => window.__startup, null, { timeout: 120_000 });
      const r = await page.evaluate(() => window.__startup);
      await page.close();
      if (r.error) throw new Error(`${name}: ${r.error}`);
      results[name].push(r);
      console.log(name, Object.entries(r).map(([k, v]) => `${k} ${v.toFixed(0)}`).join('  '));
    }
  }
} finally {
  await browser.close();
  server.close();
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
};
const keys = ['navigation', 'glue', 'instantiate', 'construct', 'firstQueries', 'searchIndex'];
console.log(`\n| package | ${keys.join(' | ')} (ms, medians of ${runs}) |`);
console.log(`|---|${keys.map(() => '---').join('|')}|`);
for (const name of packages) {
  console.log(`| ${name} | ${keys.map((k) => median(results[name].map((r) => r[k])).toFixed(0)).join(' | ')} |`);
}
