// Prints the gzipped size of what the default demo page transfers (HTML,
// JS, CSS and the wasm module) as deployed: from dist/, which
// scripts/build-site.mjs writes. With --budget N it fails when the total
// exceeds N bytes.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(root)) {
  console.error('size.mjs: dist/ is missing; scripts/build-wasm.sh writes it');
  process.exit(2);
}
const files = [
  'index.html',
  'demo.css',
  'news-timeline.js',
  'news-timeline.css',
  ...readdirSync(join(root, 'timeline')).filter((f) => f.endsWith('.js')).map((f) => `timeline/${f}`),
  'pkg/news_timeline.js',
  'pkg/news_timeline_bg.wasm',
];
let total = 0;
const rows = files.map((file) => {
  const bytes = readFileSync(join(root, file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  total += gz;
  return [file, bytes.length, gz];
});
console.log('size of the demo page (gzip -9):');
for (const [file, raw, gz] of rows) console.log(`  ${file.padEnd(28)} ${String(raw).padStart(8)} B  ${String(gz).padStart(7)} B gzipped`);
console.log(`  ${'total'.padEnd(28)} ${' '.repeat(10)}  ${String(total).padStart(7)} B gzipped (${(total / 1024).toFixed(1)} KiB)`);
// Panic messages whose code the module must not carry: each comes with
// the formatting machinery behind it, kilobytes gzipped (issue #8;
// BENCHMARKS.md, ninth round). A `str` indexed by a range anywhere in the
// browser's code brings the first back; slice with `str::get` instead.
const FORBIDDEN = ['is not a char boundary'];
const wasm = readFileSync(join(root, 'pkg/news_timeline_bg.wasm')).toString('latin1');
const found = FORBIDDEN.filter((message) => wasm.includes(message));
if (found.length > 0) {
  console.error(`size.mjs: pkg/news_timeline_bg.wasm carries the panic message "${found[0]}"`);
  process.exit(1);
}
const at = process.argv.indexOf('--budget');
if (at >= 0) {
  const budget = Number(process.argv[at + 1]);
  if (!(budget > 0)) {
    console.error('size.mjs: --budget needs a positive number of bytes');
    process.exit(2);
  }
  if (total > budget) {
    console.error(`size budget exceeded: ${total} B gzipped > ${budget} B`);
    process.exit(1);
  }
  console.log(`within the budget of ${budget} B`);
}
