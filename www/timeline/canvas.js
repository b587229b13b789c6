// The graphical timeline: a canvas that draws only what is visible.
//
// Events come as typed arrays (earliest day, latest day, precision, source
// count) viewed straight from wasm memory, plus the list of indices that pass
// the current filter, in date order. Each frame lays out the visible events
// in rows; exact days are dots, uncertain dates are faded, hatched bands.
// When too many events are visible to read, it draws their density instead.
// Nothing here touches layout outside the canvas, so panning never thrashes.

import { ticks } from './dates.js';
import { prepareCanvas } from './dom.js';

const OPEN_START = -2147483648;
const OPEN_END = 2147483647;
const AXIS_HEIGHT = 28;
const ROW_HEIGHT = 26;
const DOT_RADIUS = 5;
const MIN_SPAN_DAYS = 3;
const MAX_SPAN_DAYS = 365 * 400;

export class TimelineCanvas {
  /**
   * @param {HTMLCanvasElement} canvas
   * @param {{headline: (i:number)=>string, onSelect: (i:number)=>void, onOpen: (i:number)=>void, onWindow: (start:number,end:number)=>void}} hooks
   */
  constructor(canvas, hooks) {
    this.canvas = canvas;
    this.hooks = hooks;
    this.context = canvas.getContext('2d');
    this.indices = new Uint32Array(0);
    this.start = 0;
    this.end = 1;
    this.selected = -1;
    this.hitboxes = [];
    this.pointers = new Map();
    this.frame = 0;
    this.reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.listen();
    this.resizeObserver = new ResizeObserver(() => this.requestDraw());
    this.resizeObserver.observe(canvas);
  }

  /** Lanes: `labels` and, per event, its lane index (null for one lane). */
  setLanes(lanes) {
    this.lanes = lanes && lanes.labels.length > 1 ? lanes : null;
    this.requestDraw();
  }

  /** Typed arrays for every event, and the filtered indices in date order. */
  setData(arrays, indices) {
    this.arrays = arrays;
    this.indices = indices;
    this.requestDraw();
  }

  /** The span of the filtered, dated events, padded; null when none. */
  extent() {
    let lo = Infinity;
    let hi = -Infinity;
    const { earliest, latest } = this.arrays;
    for (const i of this.indices) {
      const a = earliest[i] === OPEN_START ? latest[i] : earliest[i];
      const b = latest[i] === OPEN_END ? earliest[i] : latest[i];
      if (a === OPEN_END || b === OPEN_START) continue;
      if (a < lo) lo = a;
      if (b > hi) hi = b;
    }
    if (!Number.isFinite(lo)) return null;
    // Labels run to the right of their marks: leave them room.
    const pad = Math.max(3, (hi - lo) * 0.06);
    return [lo - pad, hi + pad * 3 + 1];
  }

  setWindow(start, end, notify = true) {
    const span = Math.min(Math.max(end - start, MIN_SPAN_DAYS), MAX_SPAN_DAYS);
    const middle = (start + end) / 2;
    this.start = middle - span / 2;
    this.end = middle + span / 2;
    this.requestDraw();
    if (notify) this.hooks.onWindow(this.start, this.end);
  }

  zoom(factor, anchorX) {
    const width = this.canvas.clientWidth || 1;
    const anchor = this.start + ((anchorX ?? width / 2) / width) * (this.end - this.start);
    const span = Math.min(Math.max((this.end - this.start) * factor, MIN_SPAN_DAYS), MAX_SPAN_DAYS);
    const ratio = (anchor - this.start) / (this.end - this.start);
    this.setWindow(anchor - ratio * span, anchor - ratio * span + span);
  }

  pan(fraction) {
    const shift = (this.end - this.start) * fraction;
    this.setWindow(this.start + shift, this.end + shift);
  }

  /** Moves the window so that event `i` is visible. */
  reveal(i) {
    const { earliest, latest } = this.arrays;
    const a = earliest[i] === OPEN_START ? latest[i] : earliest[i];
    const b = latest[i] === OPEN_END ? earliest[i] : latest[i];
    if (a === OPEN_END) return;
    const span = this.end - this.start;
    if (a < this.start || b > this.end) this.setWindow((a + b) / 2 - span / 2, (a + b) / 2 + span / 2);
  }

  select(i) {
    this.selected = i;
    this.requestDraw();
  }

  requestDraw() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  xOf(day, width) {
    return ((day - this.start) / (this.end - this.start)) * width;
  }

  colors() {
    const style = getComputedStyle(this.canvas);
    const get = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
    return {
      text: get('--nt-text', '#1b1f24'),
      muted: get('--nt-muted', '#57606a'),
      grid: get('--nt-grid', '#d8dee4'),
      accent: get('--nt-accent', '#0b5cad'),
      range: get('--nt-range', 'rgba(11, 92, 173, 0.18)'),
      selected: get('--nt-selected', '#b3261e'),
      background: get('--nt-surface', '#ffffff'),
    };
  }

  draw() {
    const canvas = this.canvas;
    const ctx = this.context;
    const { width, height } = prepareCanvas(canvas, ctx);
    const c = this.colors();
    ctx.fillStyle = c.background;
    ctx.fillRect(0, 0, width, height);
    ctx.font = '12px system-ui, sans-serif';
    ctx.textBaseline = 'middle';

    // Axis.
    ctx.strokeStyle = c.grid;
    ctx.fillStyle = c.muted;
    ctx.lineWidth = 1;
    for (const tick of ticks(this.start, this.end, width)) {
      const x = Math.round(this.xOf(tick.day, width)) + 0.5;
      ctx.globalAlpha = tick.major ? 1 : 0.5;
      ctx.beginPath();
      ctx.moveTo(x, AXIS_HEIGHT);
      ctx.lineTo(x, height);
      ctx.stroke();
      ctx.globalAlpha = 1;
      ctx.fillText(tick.label, x + 3, AXIS_HEIGHT / 2);
    }

    this.hitboxes = [];
    if (!this.arrays) return;
    const { earliest, latest, precision, sources } = this.arrays;
    const visible = [];
    for (const i of this.indices) {
      const a = earliest[i] === OPEN_START ? latest[i] : earliest[i];
      const b = latest[i] === OPEN_END ? earliest[i] : latest[i];
      if (a === OPEN_END || b === OPEN_START) continue;
      if (b + 1 < this.start) continue;
      if (a > this.end) break;
      visible.push(i);
    }

    if (visible.length > width / 3) {
      this.drawDensity(visible, width, height, c);
      this.hooks.onDraw?.(visible.length);
      return;
    }

    // Lanes share the height; rows are packed within each lane.
    const laneCount = this.lanes ? this.lanes.labels.length : 1;
    const laneHeight = Math.floor((height - AXIS_HEIGHT - 8) / laneCount);
    const rowsPerLane = Math.max(1, Math.floor((laneHeight - (this.lanes ? 14 : 0)) / ROW_HEIGHT));
    const rowEnds = Array.from({ length: laneCount }, () => new Array(rowsPerLane).fill(-Infinity));
    if (this.lanes) {
      for (let l = 0; l < laneCount; l += 1) {
        const top = AXIS_HEIGHT + 4 + l * laneHeight;
        if (l % 2 === 1) {
          ctx.fillStyle = c.grid;
          ctx.globalAlpha = 0.25;
          ctx.fillRect(0, top, width, laneHeight);
          ctx.globalAlpha = 1;
        }
        ctx.fillStyle = c.muted;
        ctx.fillText(this.fit(this.lanes.labels[l], 160), 6, top + 9);
      }
    }
    const overflow = [];
    for (const i of visible) {
      const a = earliest[i] === OPEN_START ? latest[i] : earliest[i];
      const b = latest[i] === OPEN_END ? earliest[i] : latest[i];
      // An open end runs to the edge of the view: "on or after" has no end.
      const openStart = earliest[i] === OPEN_START;
      const openEnd = latest[i] === OPEN_END;
      const x0 = openStart ? Math.min(0, this.xOf(a, width)) : this.xOf(a, width);
      const x1 = openEnd ? Math.max(width, this.xOf(b + 1, width)) : this.xOf(b + 1, width);
      const exact = precision[i] === 0;
      const label = this.hooks.headline(i);
      const badge = sources[i] > 1 ? 24 : 0;
      const labelWidth = Math.min(ctx.measureText(label).width, 220) + badge;
      // Where the mark is, and where its label goes: right of the mark, or
      // inside a wide band, or left when the right edge is too near.
      const markLeft = exact ? (x0 + x1) / 2 - DOT_RADIUS : x0;
      const markRight = exact ? (x0 + x1) / 2 + DOT_RADIUS : Math.max(x1, x0 + 4);
      const visibleBand = Math.min(markRight, width) - Math.max(markLeft, 0);
      let labelX;
      if (!exact && visibleBand >= labelWidth + 24) labelX = Math.max(markLeft, 0) + 4;
      else if (markRight + 4 + labelWidth <= width) labelX = markRight + 4;
      else labelX = Math.max(4, markLeft - 4 - labelWidth);
      const left = Math.min(markLeft, labelX);
      const right = Math.max(markRight, labelX + labelWidth) + 12;
      const lane = this.lanes ? Math.min(this.lanes.lane[i] ?? 0, laneCount - 1) : 0;
      const laneRows = rowEnds[lane];
      const row = laneRows.findIndex((end) => end < left);
      if (row < 0) {
        overflow.push(i);
        continue;
      }
      laneRows[row] = right;
      const laneTop = AXIS_HEIGHT + (this.lanes ? 4 + lane * laneHeight + 14 : 8);
      const y = laneTop + row * ROW_HEIGHT + ROW_HEIGHT / 2;
      const isSelected = i === this.selected;
      if (exact) {
        ctx.fillStyle = isSelected ? c.selected : c.accent;
        ctx.beginPath();
        ctx.arc((x0 + x1) / 2, y, DOT_RADIUS, 0, Math.PI * 2);
        ctx.fill();
      } else {
        // An uncertain date: a faded band over its interval with dashed
        // edges, so it cannot be mistaken for a known span of activity.
        const w = Math.max(x1 - x0, 4);
        ctx.fillStyle = c.range;
        ctx.fillRect(x0, y - 8, w, 16);
        ctx.strokeStyle = isSelected ? c.selected : c.accent;
        ctx.setLineDash([3, 3]);
        ctx.strokeRect(x0 + 0.5, y - 7.5, w - 1, 15);
        ctx.setLineDash([]);
        // A weekday constraint: a tick on each day of that weekday inside
        // the band, when days are wide enough to see.
        const weekday = this.arrays.weekday?.[i] ?? 0;
        const dayWidth = width / (this.end - this.start);
        if (weekday && dayWidth >= 3) {
          ctx.fillStyle = isSelected ? c.selected : c.accent;
          const from = Math.max(a, Math.floor(this.start));
          const to = Math.min(openEnd ? Math.ceil(this.end) : b, Math.ceil(this.end));
          // Day 0 (1970-01-01) was a Thursday: ISO weekday 4.
          let d = from + ((weekday - 4 - from) % 7 + 14) % 7;
          for (; d <= to; d += 7) ctx.fillRect(this.xOf(d + 0.5, width) - 1, y - 8, 2, 16);
        }
        if (openEnd || openStart) {
          ctx.fillStyle = isSelected ? c.selected : c.accent;
          ctx.fillText(openEnd ? '→' : '←', openEnd ? Math.min(x1, width) - 14 : Math.max(x0, 0) + 2, y);
        }
      }
      ctx.fillStyle = isSelected ? c.selected : c.text;
      const text = this.fit(label, 220);
      ctx.fillText(text, labelX, y);
      if (badge) {
        ctx.fillStyle = c.muted;
        ctx.fillText(`×${sources[i]}`, labelX + ctx.measureText(text).width + 6, y);
      }
      this.hitboxes.push({ i, x: left, y: y - ROW_HEIGHT / 2, w: right - left, h: ROW_HEIGHT });
    }
    if (overflow.length) {
      ctx.fillStyle = c.muted;
      ctx.fillText(`+${overflow.length} more here: zoom in`, 8, height - 10);
    }
    this.hooks.onDraw?.(visible.length);
  }

  /** Density bars: how many visible events fall in each few-pixel bucket. */
  drawDensity(visible, width, height, c) {
    const { earliest, latest } = this.arrays;
    const bucket = 4;
    const counts = new Uint32Array(Math.ceil(width / bucket) + 1);
    for (const i of visible) {
      const a = earliest[i] === OPEN_START ? latest[i] : earliest[i];
      const x = this.xOf(a, width);
      if (x >= 0 && x < width) counts[Math.floor(x / bucket)] += 1;
    }
    let max = 1;
    for (const n of counts) if (n > max) max = n;
    const top = AXIS_HEIGHT + 8;
    const h = height - top - 20;
    this.context.fillStyle = c.accent;
    for (let b = 0; b < counts.length; b += 1) {
      if (!counts[b]) continue;
      const bh = Math.max(2, (counts[b] / max) * h);
      this.context.fillRect(b * bucket, top + h - bh, bucket - 1, bh);
    }
    this.context.fillStyle = c.muted;
    this.context.fillText(`${visible.length} events: zoom in to see each one`, 8, height - 10);
  }

  fit(text, max) {
    const ctx = this.context;
    if (ctx.measureText(text).width <= max) return text;
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ctx.measureText(`${text.slice(0, mid)}…`).width <= max) lo = mid;
      else hi = mid - 1;
    }
    return `${text.slice(0, lo)}…`;
  }

  eventAt(x, y) {
    for (const box of this.hitboxes) {
      if (x >= box.x && x <= box.x + box.w && y >= box.y && y <= box.y + box.h) return box.i;
    }
    return -1;
  }

  listen() {
    const canvas = this.canvas;
    let dragged = false;
    let pinch = 0;
    canvas.addEventListener('pointerdown', (e) => {
      canvas.setPointerCapture(e.pointerId);
      this.pointers.set(e.pointerId, { x: e.offsetX, y: e.offsetY });
      dragged = false;
      pinch = 0;
    });
    canvas.addEventListener('pointermove', (e) => {
      const previous = this.pointers.get(e.pointerId);
      if (!previous) return;
      const width = canvas.clientWidth || 1;
      if (this.pointers.size === 2) {
        const [p, q] = [...this.pointers.values()];
        const before = Math.abs(p.x - q.x);
        this.pointers.set(e.pointerId, { x: e.offsetX, y: e.offsetY });
        const [r, s] = [...this.pointers.values()];
        const after = Math.abs(r.x - s.x);
        if (before > 10 && after > 10) {
          pinch += 1;
          this.zoom(before / after, (r.x + s.x) / 2);
        }
        dragged = true;
        return;
      }
      const dx = e.offsetX - previous.x;
      if (Math.abs(dx) > 2 || dragged) {
        dragged = true;
        const days = (dx / width) * (this.end - this.start);
        this.setWindow(this.start - days, this.end - days);
        this.pointers.set(e.pointerId, { x: e.offsetX, y: e.offsetY });
      }
    });
    const up = (e) => {
      const wasDrag = dragged || pinch > 0;
      this.pointers.delete(e.pointerId);
      if (!wasDrag && e.type === 'pointerup') {
        const i = this.eventAt(e.offsetX, e.offsetY);
        if (i >= 0) {
          this.hooks.onSelect(i);
          this.hooks.onOpen(i);
        }
      }
    };
    canvas.addEventListener('pointerup', up);
    canvas.addEventListener('pointercancel', up);
    canvas.addEventListener('wheel', (e) => {
      e.preventDefault();
      if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        this.pan(e.deltaX / (canvas.clientWidth || 1));
      } else {
        this.zoom(Math.exp(e.deltaY * 0.002), e.offsetX);
      }
    }, { passive: false });
    canvas.addEventListener('pointermove', (e) => {
      if (this.pointers.size) return;
      canvas.style.cursor = this.eventAt(e.offsetX, e.offsetY) >= 0 ? 'pointer' : 'grab';
    });
  }
}
