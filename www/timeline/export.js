// Exports of the current filtered events: TimelineJS JSON (for Knight Lab's
// viewer), CSV (spreadsheet-safe) and iCalendar (all-day events).
//
// Every format treats article text as untrusted: TimelineJS renders HTML, so
// headlines and text are escaped; CSV cells that a spreadsheet would read as
// a formula are neutralised; iCalendar text is escaped per RFC 5545.

/** Escapes text for HTML contexts (TimelineJS renders its fields as HTML). */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function dateParts(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

function describe(event) {
  const d = event.date;
  const lines = [`Date: ${d.label} (precision: ${d.precision}; source: ${d.source})`];
  for (const e of d.evidence) lines.push(`Evidence: ${e}`);
  if (event.participants.length) lines.push(`Participants: ${event.participants.join(', ')}`);
  if (event.place) lines.push(`Place: ${event.place}${event.venue ? `, ${event.venue}` : ''}`);
  lines.push(`Sources: ${event.articles.join(', ')}`);
  return lines;
}

/** TimelineJS JSON: dated events only (TimelineJS needs a start date). */
export function toTimelineJS(events, title = 'news-timeline export') {
  const out = { title: { text: { headline: escapeHtml(title), text: '' } }, events: [] };
  for (const e of events) {
    const d = e.date;
    const start = d.earliest ?? d.latest;
    if (!start) continue;
    const item = {
      unique_id: e.id,
      start_date: dateParts(start),
      text: {
        headline: escapeHtml(e.headline),
        text: describe(e).map((l) => `<p>${escapeHtml(l)}</p>`).join('') + `<p>${escapeHtml(e.summary)}</p>`,
      },
      group: escapeHtml(e.kind),
    };
    if (d.earliest && d.latest && d.earliest !== d.latest) item.end_date = dateParts(d.latest);
    out.events.push(item);
  }
  return JSON.stringify(out, null, 2);
}

/** A CSV cell: quoted, and a leading =, +, -, @, tab or CR neutralised. */
export function csvCell(value) {
  let text = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCSV(events) {
  const header = ['id', 'kind', 'headline', 'date', 'earliest', 'latest', 'precision', 'weekday', 'source', 'evidence', 'participants', 'place', 'venue', 'topics', 'articles'];
  const rows = events.map((e) => [
    e.id, e.kind, e.headline, e.date.label, e.date.earliest ?? '', e.date.latest ?? '', e.date.precision,
    e.date.weekday ?? '', e.date.source, e.date.evidence.join(' | '), e.participants.join('; '), e.place ?? '',
    e.venue ?? '', e.topics.join('; '), e.articles.join('; '),
  ]);
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function icsText(text) {
  return String(text).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a character. */
function fold(line) {
  const bytes = new TextEncoder();
  const out = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = bytes.encode(ch).length;
    if (size + n > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

function compact(iso) {
  return iso.replace(/-/g, '');
}

function nextDay(iso) {
  const t = Date.parse(`${iso}T00:00:00Z`) + 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

/** iCalendar: all-day events; an uncertain date is its earliest day, with the uncertainty said. */
export function toICS(events, stamp = new Date()) {
  const now = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//news-timeline//export//EN', 'CALSCALE:GREGORIAN'];
  for (const e of events) {
    const d = e.date;
    const day = d.earliest ?? d.latest;
    if (!day) continue;
    const uncertain = d.precision !== 'day';
    const description = [
      uncertain ? `Uncertain date: ${d.label}. Shown on ${d.earliest ? 'its earliest possible day' : 'its latest possible day'}.` : `Date: ${d.label}.`,
      ...describe(e).slice(1),
      e.summary,
    ].join('\n');
    lines.push('BEGIN:VEVENT', `UID:${e.id}@news-timeline`, `DTSTAMP:${now}`,
      `DTSTART;VALUE=DATE:${compact(day)}`, `DTEND;VALUE=DATE:${compact(nextDay(day))}`,
      `SUMMARY:${icsText(uncertain ? `${e.headline} (date uncertain)` : e.headline)}`,
      `DESCRIPTION:${icsText(description)}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** Offers `text` as a file download. */
export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
