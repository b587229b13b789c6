// Day numbers (days since 1970-01-01, as the wasm module gives them) and
// their display, with axis ticks that adapt to the zoom level.

const MS_PER_DAY = 86400000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function dayToDate(day) {
  return new Date(day * MS_PER_DAY);
}

export function dateToDay(date) {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** "YYYY-MM-DD" to a day number, or null. */
export function parseDay(text) {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const t = Date.parse(`${text}T00:00:00Z`);
  if (!Number.isFinite(t)) return null;
  // Date.parse rolls "2024-02-30" over to 1 March: a day that does not
  // exist must be refused, not moved.
  const day = Math.floor(t / MS_PER_DAY);
  return formatDay(day) === text ? day : null;
}

export function formatDay(day) {
  return dayToDate(day).toISOString().slice(0, 10);
}

/** Fewest pixels between two labelled ticks. */
const LABEL_SPACING = 64;

/**
 * Tick marks for the visible span [start, end] (in days) across `width` px,
 * at the finest unit whose labels do not collide: returns [{day, label, major}].
 */
export function ticks(start, end, width) {
  const span = Math.max(end - start, 1);
  const pxPerDay = Math.max(width, 1) / span;
  const out = [];
  const first = dayToDate(Math.floor(start));
  if (pxPerDay >= LABEL_SPACING) {
    for (let d = Math.floor(start); d <= end; d += 1) {
      const date = dayToDate(d);
      out.push({ day: d, label: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`, major: date.getUTCDate() === 1 });
    }
  } else if (pxPerDay * 7 >= LABEL_SPACING) {
    // Weeks, on Mondays.
    let d = Math.floor(start);
    d += (8 - dayToDate(d).getUTCDay()) % 7;
    for (; d <= end; d += 7) {
      const date = dayToDate(d);
      out.push({ day: d, label: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`, major: date.getUTCDate() <= 7 });
    }
  } else if (pxPerDay * 30 >= LABEL_SPACING / 2) {
    // Months, every one or every few.
    const step = [1, 2, 3, 6].find((n) => pxPerDay * 30 * n >= LABEL_SPACING) ?? 6;
    let y = first.getUTCFullYear();
    let m = first.getUTCMonth();
    for (;;) {
      const d = dateToDay(new Date(Date.UTC(y, m, 1)));
      if (d > end) break;
      if (d >= start && m % step === 0) out.push({ day: d, label: m === 0 ? `${y}` : MONTHS[m], major: m === 0 });
      m += 1;
      if (m === 12) { m = 0; y += 1; }
    }
  } else {
    // Years, thinned to fit.
    const step = [1, 2, 5, 10, 20, 50, 100].find((n) => pxPerDay * 365 * n >= LABEL_SPACING) ?? 100;
    for (let y = first.getUTCFullYear(); ; y += 1) {
      const d = dateToDay(new Date(Date.UTC(y, 0, 1)));
      if (d > end) break;
      if (d >= start && y % step === 0) out.push({ day: d, label: `${y}`, major: true });
    }
  }
  return out;
}
