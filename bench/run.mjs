// The benchmark harness of issue #8: speed and size, ours and theirs, side by side.
//
//   node bench/run.mjs [--sizes 1000,10000,100000] [--runs 3] [--large-runs 1]
//                      [--timeout 180] [--rebuild] [--skip-build] [--only build,render,search,size]
//                      [--results target/bench/results.json] [--libraries news-timeline,vis-timeline,timelinejs]
//
// Steps (each prints as it goes; all results land in target/bench/results.json
// and a Markdown summary is printed at the end, as pasted into BENCHMARKS.md):
// 1. build: for each size N, generate target/bench/seeds-N/corpus.jsonl
//    (bench/gen-corpus.mjs), build the wasm package target/bench/pkg-N with
//    NEWS_TIMELINE_SEEDS pointing there (wasm-pack + wasm-opt, as
//    scripts/build-wasm.sh does), time it, time the build script alone (the
//    extraction: JSONL to corpus.bin), and export the events for the other
//    libraries (bench/export-data.mjs). A package that exists is reused
//    unless --rebuild; --skip-build reuses everything and only measures.
// 2. render: one headless Debian Chromium (never a downloaded one); for each
//    N and library (news-timeline, vis-timeline, TimelineJS), `runs` fresh
//    pages: navigation to first complete render, JS heap after a forced GC,
//    frame intervals during a scripted pan and a scripted zoom. Each render
//    waits at most --timeout seconds; each gesture at most 30 s.
// 3. search: bench/pages/search.html, our wasm search against MiniSearch.
// 4. size: the demo's gzipped transfer (scripts/size.mjs) and the two other
//    libraries' files, gzip -9.
// Sizes of 100,000 and more get --large-runs runs (default: --runs), to keep
// the run bounded. Only one heavy build runs at a time, with one cargo job:
// the machine is shared.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT = join(ROOT, 'target/bench');
const ALL_LIBRARIES = ['news-timeline', 'vis-timeline', 'timelinejs'];
const GESTURE_LIMIT_MS = 30_000;

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}
const sizes = option('sizes', '1000,10000,100000').split(',').map(Number);
const runs = Number(option('runs', '3'));
const largeRuns = Number(option('large-runs', String(runs)));
const timeoutMs = Number(option('timeout', '180')) * 1000;
const only = new Set(option('only', 'build,render,search,size').split(','));
const rebuild = process.argv.includes('--rebuild');
const skipBuild = process.argv.includes('--skip-build');
const LIBRARIES = option('libraries', ALL_LIBRARIES.join(',')).split(',');
const runsFor = (n) => (n >= 100_000 ? largeRuns : runs);

mkdirSync(OUT, { recursive: true });
const resultsFile = resolve(option('results', join(OUT, 'results.json')));
const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
const save = () => writeFileSync(resultsFile, JSON.stringify(results, null, 1));

// ---------- statistics ----------

function quantile(values, q) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
const median = (values) => {
  const ok = values.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!ok.length) return null;
  const m = ok.length >> 1;
  return ok.length % 2 ? ok[m] : (ok[m - 1] + ok[m]) / 2;
};
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

// ---------- 1. build ----------

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

const WASM_OPT = ['-Oz', '--enable-reference-types', '--enable-bulk-memory', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-nontrapping-float-to-int', '--enable-multivalue'];

/** wasm-pack + wasm-opt, as scripts/build-wasm.sh; keeps the unoptimised module for twiggy. */
function buildPackage(outDir, seeds) {
  // As scripts/build-wasm.sh: code optimised for speed from 1 MiB of articles on.
  const optLevel = folderBytes(seeds || join(ROOT, 'seeds')) >= 1048576 ? '3' : 'z';
  const env = { CARGO_BUILD_JOBS: '1', CARGO_PROFILE_RELEASE_OPT_LEVEL: optLevel, ...(seeds ? { NEWS_TIMELINE_SEEDS: seeds } : {}) };
  let start = process.hrtime.bigint();
  run('wasm-pack', ['build', '--target', 'web', '--release', '--out-dir', outDir, '--quiet'], env);
  const wasmPackS = seconds(start);
  const wasm = join(ROOT, outDir, 'news_timeline_bg.wasm');
  copyFileSync(wasm, join(ROOT, outDir, 'unoptimised_bg.wasm.keep'));
  start = process.hrtime.bigint();
  run(join(ROOT, 'node_modules/.bin/wasm-opt'), [...WASM_OPT, wasm, '-o', wasm]);
  const wasmOptS = seconds(start);
  const bytes = readFileSync(wasm);
  return { optLevel, wasmPackS, wasmOptS, buildS: wasmPackS + wasmOptS, wasmBytes: bytes.length, wasmGzip: gzipSync(bytes, { level: 9 }).length };
}

/** Bytes of the files under `path` (a file or a folder). */
function folderBytes(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0);
}

/** The build script binary cargo compiled for this package (the newest, if several). */
function buildScript() {
  const dir = join(ROOT, 'target/release/build');
  const candidates = readdirSync(dir)
    .filter((d) => d.startsWith('news-timeline-'))
    .map((d) => join(dir, d, 'build-script-build'))
    .filter((f) => existsSync(f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!candidates.length) throw new Error('no build script binary in target/release/build: build once first');
  return candidates[0];
}

/** Runs build.rs alone on a seeds folder: reading, extraction and encoding, no compilation. */
function timeExtraction(seeds, jsonlBytes) {
  const out = join(OUT, 'extract-out');
  mkdirSync(out, { recursive: true });
  // CPU time too, because the machine is shared and wall time varies with load.
  const timeFile = join(out, 'cpu-time');
  const timed = existsSync('/usr/bin/time');
  const [command, args] = timed ? ['/usr/bin/time', ['-f', '%U %S', '-o', timeFile, buildScript()]] : [buildScript(), []];
  const start = process.hrtime.bigint();
  execFileSync(command, args, {
    cwd: ROOT,
    env: { ...process.env, CARGO_MANIFEST_DIR: ROOT, OUT_DIR: out, NEWS_TIMELINE_SEEDS: seeds },
    stdio: ['ignore', 'ignore', 'inherit'],
    maxBuffer: 1 << 30,
  });
  const s = seconds(start);
  const cpu = timed ? readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number) : [NaN, NaN];
  return {
    extractS: s,
    extractCpuS: cpu[0] + cpu[1],
    extractMBps: jsonlBytes / 1e6 / s,
    corpusBinBytes: statSync(join(out, 'corpus.bin')).size,
  };
}

function buildSize(n) {
  const seeds = `target/bench/seeds-${n}`;
  const jsonl = join(ROOT, seeds, 'corpus.jsonl');
  if (!existsSync(jsonl)) {
    mkdirSync(join(ROOT, seeds), { recursive: true });
    run('node', ['bench/gen-corpus.mjs', String(n), jsonl]);
  }
  const pkg = `target/bench/pkg-${n}`;
  const entry = results.build?.[n] ?? {};
  entry.jsonlBytes = statSync(jsonl).size;
  if (rebuild || !existsSync(join(ROOT, pkg, 'news_timeline_bg.wasm'))) {
    console.log(`build ${n}: wasm-pack + wasm-opt …`);
    Object.assign(entry, buildPackage(pkg, seeds));
  }
  console.log(`build ${n}: build script alone (extraction) …`);
  Object.assign(entry, timeExtraction(seeds, entry.jsonlBytes));
  run('node', ['bench/export-data.mjs', pkg, String(n)]);
  entry.events = JSON.parse(readFileSync(join(OUT, `search-${n}.json`), 'utf8')).length;
  entry.datedEvents = JSON.parse(readFileSync(join(OUT, `data-${n}.json`), 'utf8')).length;
  results.build = { ...results.build, [n]: entry };
  save();
  console.log(`build ${n}:`, JSON.stringify(entry));
}

/** The BBC corpus (2,225 articles) through the build script: build-time extraction throughput. */
function buildBbc() {
  const bbc = [join(ROOT, '../shared/corpora/bbc'), '/work/shared/corpora/bbc'].find((p) => existsSync(p));
  if (!bbc) {
    console.log('bbc: no ../shared/corpora/bbc, skipped');
    return;
  }
  const bytes = execFileSync('find', [bbc, '-name', '*.txt', '-printf', '%s\\n'], { encoding: 'utf8' })
    .split('\n').filter(Boolean).reduce((sum, n) => sum + Number(n), 0);
  const entry = { bytes, ...timeExtraction(bbc, bytes) };
  results.bbc = entry;
  save();
  console.log('bbc:', JSON.stringify(entry));
}

// ---------- 2. render ----------

/** Where each library is dragged and wheeled: a point on its own background. */
async function gesturePoint(page, library) {
  if (library === 'news-timeline') {
    const box = await page.locator('news-timeline canvas.canvas').boundingBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  if (library === 'vis-timeline') {
    const box = await page.locator('.vis-panel.vis-center').boundingBox();
    return { x: box.x + box.width / 2, y: box.y + Math.min(20, box.height / 2) };
  }
  // TimelineJS pans only from its navigation's background: find a bare spot.
  return page.evaluate(() => {
    const nav = document.querySelector('.tl-timenav').getBoundingClientRect();
    for (let y = nav.bottom - 45; y > nav.top; y -= 7) {
      for (let x = nav.left + nav.width / 2, dx = 0; dx < nav.width / 2; dx += 9) {
        for (const px of [x + dx, x - dx]) {
          const el = document.elementFromPoint(px, y);
          if (el && (el.classList.contains('tl-timenav-slider-background') || el.classList.contains('tl-timenav-container-mask')
            || el.classList.contains('tl-timenav-container'))) return { x: px, y };
        }
      }
    }
    return { x: nav.left + nav.width / 2, y: nav.bottom - 45 };
  });
}

async function recordFrames(page, gesture) {
  await page.evaluate(() => window.__bench.startFrames());
  const start = Date.now();
  let steps = 0;
  const inTime = () => Date.now() - start < GESTURE_LIMIT_MS;
  await gesture(inTime, () => { steps += 1; });
  const intervals = await page.evaluate(() => window.__bench.stopFrames());
  return { p50: quantile(intervals, 0.5), p95: quantile(intervals, 0.95), frames: intervals.length, steps, ms: Date.now() - start };
}

async function pan(page, library) {
  const p = await gesturePoint(page, library);
  return recordFrames(page, async (inTime, step) => {
    await page.mouse.move(p.x, p.y);
    await page.mouse.down();
    for (const direction of [-1, 1]) {
      for (let i = 1; i <= 60 && inTime(); i += 1) {
        await page.mouse.move(p.x + direction * i * 5, p.y);
        step();
      }
    }
    await page.mouse.up();
  });
}

async function zoom(page, library) {
  if (library === 'timelinejs') {
    // No wheel zoom: its own zoom buttons, three in and three out, with
    // time for each animation.
    return recordFrames(page, async (inTime, step) => {
      for (const icon of ['in', 'in', 'in', 'out', 'out', 'out']) {
        if (!inTime()) break;
        await page.locator(`.tl-icon-zoom-${icon}`).click({ timeout: GESTURE_LIMIT_MS });
        await page.waitForTimeout(400);
        step();
      }
    });
  }
  const p = await gesturePoint(page, library);
  await page.mouse.move(p.x, p.y);
  return recordFrames(page, async (inTime, step) => {
    for (const delta of [-60, 60]) {
      for (let i = 0; i < 40 && inTime(); i += 1) {
        await page.mouse.wheel(0, delta);
        step();
      }
    }
  });
}

async function measureRender(browser, base, library, n) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message)));
  const cdp = await context.newCDPSession(page);
  const sample = { library, n };
  // A hard bound on the whole measurement: a step such as one mouse move
  // cannot be interrupted while the page's main thread is busy, so the
  // per-step checks alone do not bound a page that takes minutes per frame.
  let expired;
  const hardLimit = new Promise((_, fail) => {
    expired = setTimeout(() => fail(new Error('HARD_LIMIT')), timeoutMs + 2 * GESTURE_LIMIT_MS + 60_000);
  });
  try {
    const steps = measureRenderSteps(page, cdp, base, library, n, sample);
    steps.catch(() => {}); // it rejects when the context is closed after the hard limit
    await Promise.race([hardLimit, steps]);
  } catch (error) {
    if (String(error.message) === 'HARD_LIMIT') {
      sample.error = sample.renderMs
        ? `rendered in ${(sample.renderMs / 1000).toFixed(1)} s, then pan/zoom did not finish within the limit`
        : `no render within ${timeoutMs / 1000} s`;
    } else {
      sample.error = /Timeout/i.test(String(error)) ? `no render within ${timeoutMs / 1000} s` : String(error.message ?? error).slice(0, 300);
    }
  }
  clearTimeout(expired);
  if (errors.length) sample.pageErrors = errors.slice(0, 3);
  await Promise.race([context.close(), new Promise((done) => setTimeout(done, 10_000))]);
  return sample;
}

async function measureRenderSteps(page, cdp, base, library, n, sample) {
  {
    await page.goto(`${base}/bench/pages/${library}.html?n=${n}`, { waitUntil: 'commit', timeout: timeoutMs });
    const done = page.waitForFunction(() => window.__bench && (window.__bench.renderPainted !== null || window.__bench.error),
      null, { timeout: timeoutMs, polling: 50 });
    await done;
    const state = await page.evaluate(() => ({ ...window.__bench }));
    if (state.error) throw new Error(state.error);
    sample.renderSignalMs = state.renderSignal;
    sample.renderMs = state.renderPainted;
    await cdp.send('HeapProfiler.collectGarbage');
    sample.heapUsed = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    sample.wasmMemory = library === 'news-timeline'
      ? await page.evaluate(() => document.querySelector('news-timeline').corpus?.memory.buffer.byteLength ?? null)
      : 0;
    sample.pan = await pan(page, library);
    sample.zoom = await zoom(page, library);
  }
}

function summariseRender(samples) {
  const ok = samples.filter((s) => !s.error);
  const pick = (f) => median(ok.map(f));
  return {
    runs: samples.length,
    ok: ok.length,
    error: ok.length ? undefined : samples[0]?.error,
    renderMs: pick((s) => s.renderMs),
    heapMB: pick((s) => s.heapUsed / 1048576),
    wasmMB: pick((s) => s.wasmMemory / 1048576),
    panP50: pick((s) => s.pan.p50),
    panP95: pick((s) => s.pan.p95),
    zoomP50: pick((s) => s.zoom.p50),
    zoomP95: pick((s) => s.zoom.p95),
  };
}

// ---------- 3. search ----------

async function measureSearch(browser, base, n) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${base}/bench/pages/search.html?n=${n}`);
    await page.waitForFunction(() => window.__searchReady, null, { timeout: timeoutMs });
    const reps = n >= 100_000 ? 3 : 10;
    const r = await Promise.race([
      page.evaluate((k) => window.runSearch(k), reps),
      new Promise((_, fail) => setTimeout(() => fail(new Error(`search did not finish within ${timeoutMs / 1000} s`)), timeoutMs)),
    ]);
    return r;
  } catch (error) {
    return { error: String(error.message ?? error).slice(0, 300) };
  } finally {
    await Promise.race([context.close(), new Promise((done) => setTimeout(done, 10_000))]);
  }
}

function summariseSearch(samples) {
  const ok = samples.filter((s) => !s.error);
  const pick = (f) => median(ok.map(f));
  return {
    runs: samples.length,
    ok: ok.length,
    error: ok.length ? undefined : samples[0]?.error,
    oursStartupMs: pick((s) => s.oursStartupMs),
    oursInstantiateMs: pick((s) => s.oursInstantiateMs),
    oursNewMs: pick((s) => s.oursNewMs),
    miniFetchMs: pick((s) => s.miniFetchMs),
    miniBuildMs: pick((s) => s.miniBuildMs),
    oursPageP50: pick((s) => quantile(s.latencies.oursPage, 0.5)),
    oursPageP95: pick((s) => quantile(s.latencies.oursPage, 0.95)),
    oursMatchingP50: pick((s) => quantile(s.latencies.oursMatching, 0.5)),
    oursMatchingP95: pick((s) => quantile(s.latencies.oursMatching, 0.95)),
    oursKeystrokeP50: pick((s) => quantile(s.latencies.oursKeystroke, 0.5)),
    oursKeystrokeP95: pick((s) => quantile(s.latencies.oursKeystroke, 0.95)),
    miniP50: pick((s) => quantile(s.latencies.mini, 0.5)),
    miniP95: pick((s) => quantile(s.latencies.mini, 0.95)),
    counts: ok[0]?.counts,
  };
}

// ---------- 4. size ----------

function measureSize() {
  if (rebuild || !existsSync(join(ROOT, 'www/pkg/news_timeline_bg.wasm'))) {
    console.log('size: building the default demo into www/pkg …');
    results.demoBuild = buildPackage('www/pkg', null);
  }
  // The deployed site, dist/, as scripts/build-wasm.sh writes it.
  execFileSync('node', ['scripts/build-site.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const demo = execFileSync('node', ['scripts/size.mjs'], { cwd: ROOT, encoding: 'utf8' });
  console.log(demo);
  const total = Number(/total\s+(\d+) B gzipped/.exec(demo)?.[1]);
  const gz = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(ROOT, f)), { level: 9 }).length, 0);
  results.size = {
    demoGzip: total,
    timelinejsGzip: gz(['node_modules/@knight-lab/timelinejs/dist/js/timeline.js', 'node_modules/@knight-lab/timelinejs/dist/css/timeline.css']),
    visGzip: gz(['node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js']),
    minisearchGzip: gz(['node_modules/minisearch/dist/es/index.js']),
  };
  save();
}

// ---------- report ----------

const fmt = (v, digits = 1) => (v === null || v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(digits));
const ratio = (ours, theirs) => (ours && theirs ? `${(ours / theirs).toFixed(2)}×` : '–');

function report() {
  const lines = [];
  const versions = results.versions ?? {};
  lines.push(`Chromium ${versions.browser ?? '?'}, ${versions.cores ?? '?'} cores; runs per size: ${JSON.stringify(results.runsPerSize ?? {})}`);
  if (results.build) {
    lines.push('', '| articles (events, dated) | JSONL | build (wasm-pack + wasm-opt) | extraction (build.rs alone): wall (CPU) | rate (wall) | wasm (gzip) |', '|---|---|---|---|---|---|');
    for (const [n, b] of Object.entries(results.build)) {
      lines.push(`| ${n} (${b.events}, ${b.datedEvents}) | ${fmt(b.jsonlBytes / 1e6)} MB | ${fmt(b.buildS)} s (${fmt(b.wasmPackS)} + ${fmt(b.wasmOptS)}) | ${fmt(b.extractS, 2)} s (${fmt(b.extractCpuS, 2)} s) | ${fmt(b.extractMBps, 2)} MB/s, ${fmt(Number(n) / b.extractS, 0)} articles/s | ${fmt(b.wasmBytes / 1e6, 2)} MB (${fmt(b.wasmGzip / 1e6, 2)} MB) |`);
    }
  }
  if (results.bbc) {
    const b = results.bbc;
    lines.push('', `BBC corpus through build.rs alone: ${fmt(b.bytes / 1e6, 2)} MB in ${fmt(b.extractS, 2)} s wall (${fmt(b.extractCpuS, 2)} s CPU): ${fmt(b.extractMBps, 2)} MB/s wall, ${fmt(b.bytes / 1e6 / b.extractCpuS, 2)} MB/s CPU`);
  }
  if (results.render) {
    lines.push('', '| articles | library | first render (ms) | pan p50 / p95 (ms) | zoom p50 / p95 (ms) | JS heap (MB) | wasm memory (MB) | render ours/theirs | pan p95 ours/theirs | zoom p95 ours/theirs |', '|---|---|---|---|---|---|---|---|---|---|');
    for (const [n, byLibrary] of Object.entries(results.render)) {
      const ours = byLibrary['news-timeline'];
      for (const library of ALL_LIBRARIES) {
        const s = byLibrary[library];
        if (!s) continue;
        if (s.error) {
          lines.push(`| ${n} | ${library} | ${s.error} | – | – | – | – | – | – | – |`);
          continue;
        }
        const theirs = library !== 'news-timeline';
        lines.push(`| ${n} | ${library} | ${fmt(s.renderMs, 0)} | ${fmt(s.panP50)} / ${fmt(s.panP95)} | ${fmt(s.zoomP50)} / ${fmt(s.zoomP95)} | ${fmt(s.heapMB)} | ${fmt(s.wasmMB)} | ${theirs ? ratio(ours?.renderMs, s.renderMs) : ''} | ${theirs ? ratio(ours?.panP95, s.panP95) : ''} | ${theirs ? ratio(ours?.zoomP95, s.zoomP95) : ''} |`);
      }
    }
  }
  if (results.search) {
    lines.push('', '| articles | ours start-up (instantiate + new) | MiniSearch start-up (fetch + index) | ours matching(q) p50 / p95 | ours page(q,0,20) p50 / p95 | ours keystroke (matching + facets + page(q,0,100)) p50 / p95 | MiniSearch search p50 / p95 | p50 ours/theirs: matching | p50 ours/theirs: page |', '|---|---|---|---|---|---|---|---|---|');
    for (const [n, s] of Object.entries(results.search)) {
      if (s.error) {
        lines.push(`| ${n} | ${s.error} | | | | | | | |`);
        continue;
      }
      lines.push(`| ${n} | ${fmt(s.oursStartupMs)} ms (${fmt(s.oursInstantiateMs)} + ${fmt(s.oursNewMs)}) | ${fmt(s.miniFetchMs + s.miniBuildMs)} ms (${fmt(s.miniFetchMs)} + ${fmt(s.miniBuildMs)}) | ${fmt(s.oursMatchingP50, 3)} / ${fmt(s.oursMatchingP95, 3)} ms | ${fmt(s.oursPageP50, 3)} / ${fmt(s.oursPageP95, 3)} ms | ${fmt(s.oursKeystrokeP50, 2)} / ${fmt(s.oursKeystrokeP95, 2)} ms | ${fmt(s.miniP50, 3)} / ${fmt(s.miniP95, 3)} ms | ${ratio(s.oursMatchingP50, s.miniP50)} | ${ratio(s.oursPageP50, s.miniP50)} |`);
    }
  }
  if (results.size) {
    const s = results.size;
    lines.push('', '| what (gzip -9) | bytes | KiB |', '|---|---|---|');
    for (const [name, v] of [['news-timeline demo, everything the page loads', s.demoGzip], ['TimelineJS 3.9.11 timeline.js + timeline.css', s.timelinejsGzip],
      ['vis-timeline 8.5.4 standalone min.js (CSS inside)', s.visGzip], ['MiniSearch ES module', s.minisearchGzip]]) {
      lines.push(`| ${name} | ${v} | ${fmt(v / 1024)} |`);
    }
  }
  return lines.join('\n');
}

// ---------- main ----------

if (only.has('build') && !skipBuild) {
  buildBbc();
  for (const n of sizes) buildSize(n);
}
if (only.has('size')) measureSize();
if (only.has('render') || only.has('search')) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--enable-precise-memory-info'],
  });
  const { server, url } = await serve({ root: ROOT });
  results.versions = {
    browser: browser.version(),
    cores: (await import('node:os')).cpus().length,
    node: process.version,
    packages: Object.fromEntries(['vis-timeline', '@knight-lab/timelinejs', 'minisearch', 'playwright-core', 'binaryen']
      .map((p) => [p, JSON.parse(readFileSync(join(ROOT, 'node_modules', p, 'package.json'), 'utf8')).version])),
  };
  results.runsPerSize = { ...results.runsPerSize, ...Object.fromEntries(sizes.map((n) => [n, runsFor(n)])) };
  try {
    for (const n of sizes) {
      if (only.has('render')) {
        for (const library of LIBRARIES) {
          const samples = [];
          for (let r = 0; r < runsFor(n); r += 1) {
            const sample = await measureRender(browser, url, library, n);
            console.log(`render ${n} ${library} #${r + 1}:`, JSON.stringify(sample));
            samples.push(sample);
            // A library that did not render or finish in time will not next time either.
            if (sample.error) break;
          }
          results.render = { ...results.render, [n]: { ...results.render?.[n], [library]: { ...summariseRender(samples), samples } } };
          save();
        }
      }
      if (only.has('search')) {
        const samples = [];
        for (let r = 0; r < runsFor(n); r += 1) {
          const sample = await measureSearch(browser, url, n);
          console.log(`search ${n} #${r + 1}:`, sample.error ?? `ours ${fmt(quantile(sample.latencies.oursPage, 0.5), 3)} ms, MiniSearch ${fmt(quantile(sample.latencies.mini, 0.5), 3)} ms`);
          samples.push(sample);
        }
        results.search = { ...results.search, [n]: summariseSearch(samples) };
        save();
      }
    }
  } finally {
    server.close();
    await browser.close();
  }
}
const summary = report();
writeFileSync(resultsFile.replace(/\.json$/, '.md'), `${summary}\n`);
console.log(`\n${summary}\n\nresults: ${resultsFile} (and .md)`);
