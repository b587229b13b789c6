// Shared by the benchmark pages (bench/pages/*.html), driven by bench/run.mjs.
//
// Every page reports the same things the same way, so that the three
// timelines are measured alike:
// - `rendered()` is called at the library's own "first draw complete" signal;
//   the render time is taken at the next animation frame, i.e. after the
//   browser has laid out and painted what the library built (DOM libraries
//   do that work after their signal; the canvas has already drawn);
// - `startFrames()` / `stopFrames()` record requestAnimationFrame timestamps
//   while run.mjs drives a pan or a zoom, and return the frame intervals.

const bench = {
  renderSignal: null,
  renderPainted: null,
  detail: null,
  error: null,
};
window.__bench = bench;

window.addEventListener('error', (e) => { bench.error = String(e.message || e); });
window.addEventListener('unhandledrejection', (e) => { bench.error = String(e.reason?.message || e.reason); });

/** The `n` query parameter: which synthetic corpus to show. */
export const size = new URLSearchParams(location.search).get('n') || '1000';

/** Marks the first complete render; `detail` says what was drawn. */
export function rendered(detail) {
  if (bench.renderSignal !== null) return;
  bench.renderSignal = performance.now();
  bench.detail = detail ?? null;
  requestAnimationFrame(() => { bench.renderPainted = performance.now(); });
}

/** The events exported from our corpus (bench/export-data.mjs): dated ones only. */
export async function loadEvents() {
  const response = await fetch(`/target/bench/data-${size}.json`);
  if (!response.ok) throw new Error(`data-${size}.json: ${response.status}`);
  return response.json();
}

let stamps = null;
bench.startFrames = () => {
  stamps = [];
  const mine = stamps;
  const tick = (t) => {
    if (stamps !== mine) return;
    mine.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};
bench.stopFrames = () => {
  const done = stamps || [];
  stamps = null;
  const intervals = [];
  for (let i = 1; i < done.length; i += 1) intervals.push(done[i] - done[i - 1]);
  return intervals;
};
