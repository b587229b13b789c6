// The detail panel: everything known about one event, with its evidence.

import { element, segments } from './dom.js';

/**
 * Builds the panel for `event`, with its source `articles` (full views) and
 * the current query's matches highlighted through `highlight(text)`.
 * `onChip(kind, value)` filters by a participant or place.
 */
export function renderDetail(event, articles, highlight, onChip, onClose) {
  const date = event.date;
  const uncertain = date.precision !== 'day';
  const panel = element('section', { className: 'detail', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'nt-detail-title', tabindex: '-1' },
    element('button', { className: 'close', type: 'button', 'aria-label': 'Close details', onclick: onClose }, '×'),
    element('p', { className: 'kind' }, event.kind, event.articles.length > 1 ? ` · ${event.articles.length} sources` : ''),
    element('h2', { id: 'nt-detail-title' }, segments(highlight(event.headline))),
    element('p', { className: `date precision-${date.precision}` },
      element('strong', {}, date.label),
      ` · precision: ${date.precision}${uncertain ? ' (uncertain)' : ''} · source: ${date.source}`),
    date.evidence.length
      ? element('ul', { className: 'evidence', 'aria-label': 'Why this date' }, date.evidence.map((e) => element('li', {}, e)))
      : element('p', { className: 'evidence' }, 'No date: the text gives none that can be trusted.'),
    chipRow('People', event.participants, 'entities', onChip),
    chipRow('Place', [event.place, event.venue].filter(Boolean), 'entities', onChip),
    chipRow('Topics', event.topics, 'topics', onChip),
    element('h3', {}, event.articles.length > 1 ? 'Sources' : 'Source'),
    articles.map((a) => element('article', { className: 'source' },
      element('h4', {}, segments(highlight(a.title))),
      element('p', { className: 'meta' }, a.file, a.published ? ` · dated ${a.published}` : ' · no date line',
        a.url ? [' · ', element('a', { href: safeUrl(a.url), rel: 'noopener noreferrer', target: '_blank' }, 'original')] : ''),
      a.paragraphs.map((p) => element('p', {}, segments(highlight(p)))))),
  );
  return panel;
}

function chipRow(label, values, kind, onChip) {
  if (!values.length) return null;
  return element('div', { className: 'chip-row' },
    element('span', { className: 'chip-label' }, `${label}:`),
    values.map((v) => element('button', { type: 'button', className: 'chip', onclick: () => onChip(kind, v) }, v)));
}

/** Only http(s) links leave the widget; anything else becomes inert. */
function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : '#';
  } catch {
    return '#';
  }
}
