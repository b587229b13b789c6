// The overview strip: the density of every matching event over the whole
// period, with the main view's window drawn on top. Drag the window to move
// it, drag its edges to resize it, click elsewhere to jump; arrow keys move
// it and +/- resize it for keyboard users.

import { prepareCanvas } from './dom.js';

const OPEN_START = -2147483648;
const OPEN_END = 2147483647;
const EDGE = 6;

export class OverviewStrip {
  constructor(canvas, hooks) {
    this.canvas = canvas;
    this.hooks = hooks;
    this.context = canvas.getContext('2d');
    this.extent = [0, 1];
    this.window = [0, 1];
    this.counts = null;
    this.data = null;
    this.frame = 0;
    this.listen();
    new ResizeObserver(() => this.requestDraw()).observe(canvas);
  }

  /**
   * Takes the filtered `indices` over `extent` ([start, end] days); the
   * density is counted when the strip next draws, once its width is laid
   * out: reading the width here would force a layout of the whole widget
   * before its list and filters are built, and another after.
   */
  setData(arrays, indices, extent) {
    this.extent = extent ?? [0, 1];
    this.data = { arrays, indices };
    this.counts = null;
    this.requestDraw();
  }

  /** The density of the events in `buckets` bars. */
  count(buckets) {
    const counts = new Uint32Array(buckets);
    if (!this.data) return counts;
    const [lo, hi] = this.extent;
    const span = Math.max(hi - lo, 1);
    const { arrays: { earliest, latest }, indices } = this.data;
    for (let k = 0; k < indices.length; k += 1) {
      const i = indices[k];
      const a = earliest[i] === OPEN_START ? latest[i] : earliest[i];
      if (a === OPEN_END) continue;
      const b = Math.floor(((a - lo) / span) * buckets);
      if (b >= 0 && b < buckets) counts[b] += 1;
    }
    return counts;
  }

  setWindow(start, end) {
    this.window = [start, end];
    this.requestDraw();
    const label = `Overview of the whole period. Showing ${this.hooks.describe(start, end)}. Arrow keys move the window, plus and minus resize it.`;
    this.canvas.setAttribute('aria-label', label);
  }

  requestDraw() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  xOf(day) {
    const [lo, hi] = this.extent;
    return ((day - lo) / Math.max(hi - lo, 1)) * (this.canvas.clientWidth || 1);
  }

  dayAt(x) {
    const [lo, hi] = this.extent;
    return lo + (x / (this.canvas.clientWidth || 1)) * (hi - lo);
  }

  draw() {
    const canvas = this.canvas;
    const ctx = this.context;
    const { width, height } = prepareCanvas(canvas, ctx);
    const style = getComputedStyle(canvas);
    const get = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
    ctx.fillStyle = get('--nt-raised', '#f6f8fa');
    ctx.fillRect(0, 0, width, height);
    // A bar about every three pixels; recounted when the width changes.
    const buckets = Math.max(1, Math.floor(width / 3));
    if (!this.counts || this.counts.length !== buckets) this.counts = this.count(buckets);
    let max = 1;
    for (const n of this.counts) if (n > max) max = n;
    ctx.fillStyle = get('--nt-muted', '#57606a');
    const bar = width / Math.max(this.counts.length, 1);
    this.counts.forEach((n, b) => {
      if (!n) return;
      const h = Math.max(2, (n / max) * (height - 4));
      ctx.fillRect(b * bar, height - h, Math.max(bar - 1, 1), h);
    });
    const x0 = this.xOf(this.window[0]);
    const x1 = this.xOf(this.window[1]);
    ctx.fillStyle = get('--nt-range', 'rgba(11, 92, 173, 0.16)');
    ctx.fillRect(x0, 0, Math.max(x1 - x0, 2), height);
    ctx.strokeStyle = get('--nt-accent', '#0b5cad');
    ctx.lineWidth = 2;
    ctx.strokeRect(x0 + 1, 1, Math.max(x1 - x0 - 2, 2), height - 2);
  }

  listen() {
    const canvas = this.canvas;
    let drag = null;
    canvas.addEventListener('pointerdown', (e) => {
      canvas.setPointerCapture(e.pointerId);
      const x0 = this.xOf(this.window[0]);
      const x1 = this.xOf(this.window[1]);
      const [start, end] = this.window;
      if (Math.abs(e.offsetX - x0) <= EDGE) drag = { mode: 'start', start, end };
      else if (Math.abs(e.offsetX - x1) <= EDGE) drag = { mode: 'end', start, end };
      else if (e.offsetX > x0 && e.offsetX < x1) drag = { mode: 'move', start, end, from: this.dayAt(e.offsetX) };
      else {
        const half = (end - start) / 2;
        const day = this.dayAt(e.offsetX);
        this.hooks.onWindow(day - half, day + half);
        drag = { mode: 'move', start: day - half, end: day + half, from: day };
      }
    });
    canvas.addEventListener('pointermove', (e) => {
      if (!drag) {
        const x0 = this.xOf(this.window[0]);
        const x1 = this.xOf(this.window[1]);
        const nearEdge = Math.abs(e.offsetX - x0) <= EDGE || Math.abs(e.offsetX - x1) <= EDGE;
        canvas.style.cursor = nearEdge ? 'ew-resize' : 'pointer';
        return;
      }
      const day = this.dayAt(e.offsetX);
      if (drag.mode === 'move') {
        const shift = day - drag.from;
        this.hooks.onWindow(drag.start + shift, drag.end + shift);
      } else if (drag.mode === 'start') {
        this.hooks.onWindow(Math.min(day, drag.end - 1), drag.end);
      } else {
        this.hooks.onWindow(drag.start, Math.max(day, drag.start + 1));
      }
    });
    const stop = () => {
      drag = null;
    };
    canvas.addEventListener('pointerup', stop);
    canvas.addEventListener('pointercancel', stop);
    canvas.addEventListener('keydown', (e) => {
      const [start, end] = this.window;
      const span = end - start;
      const moves = { ArrowLeft: -0.25, ArrowRight: 0.25 };
      if (e.key in moves) {
        e.preventDefault();
        this.hooks.onWindow(start + span * moves[e.key], end + span * moves[e.key]);
      } else if (e.key === '+' || e.key === '=') {
        this.hooks.onWindow(start + span * 0.2, end - span * 0.2);
      } else if (e.key === '-' || e.key === '_') {
        this.hooks.onWindow(start - span * 0.3, end + span * 0.3);
      }
    });
  }
}
