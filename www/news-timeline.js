// <news-timeline>: an embeddable, interactive timeline of news events.
//
//   <script type="module" src="https://example.org/www/news-timeline.js"></script>
//   <news-timeline height="480px" theme="auto" window="2024-01-01/2025-06-30"></news-timeline>
//
// The element renders inside Shadow DOM, finds its wasm package next to this
// file (import.meta.url) or at its `src` attribute, and exposes: search(text), filter(filter), select(id),
// setWindow(from, to), reset(); it dispatches `nt-select`, `nt-filter` and
// `nt-window` events. With the `hash-sync` attribute it keeps its state in
// the page URL's hash.

// The view's modules are imported here without waiting for them, so that
// an element starts fetching its wasm module as soon as it connects, while
// they load, instead of after them (a static import would hold this module
// back until the whole graph had loaded). Nothing below uses them before
// `viewModules` has resolved.
let element, segments, TimelineCanvas, renderDetail, formatDay, parseDay, OverviewStrip, download, toCSV, toICS, toTimelineJS;
const viewModules = Promise.all([
  import('./timeline/dom.js'),
  import('./timeline/canvas.js'),
  import('./timeline/detail.js'),
  import('./timeline/dates.js'),
  import('./timeline/overview.js'),
  import('./timeline/export.js'),
]).then(([dom, canvas, detail, dates, overview, exporting]) => {
  ({ element, segments } = dom);
  ({ TimelineCanvas } = canvas);
  ({ renderDetail } = detail);
  ({ formatDay, parseDay } = dates);
  ({ OverviewStrip } = overview);
  ({ download, toCSV, toICS, toTimelineJS } = exporting);
});
viewModules.catch(() => {}); // reported by each element that needs them

const STYLESHEET = new URL('./news-timeline.css', import.meta.url).href;

/** Loaded corpora by package URL: one wasm instance per package per page. */
const corpora = new Map();

/**
 * Loads the wasm package at `base` (a folder URL made by `wasm-pack build
 * --target web`), once per page, shared by every instance that uses it.
 */
function loadCorpus(base) {
  if (!corpora.has(base)) {
    corpora.set(base, (async () => {
      if (typeof WebAssembly !== 'object') throw new Error('This browser cannot run WebAssembly, which the timeline needs.');
      // The module downloads while the glue loads: neither needs the other.
      const wasm = fetch(new URL('news_timeline_bg.wasm', base));
      wasm.catch(() => {}); // a failure is reported through the glue below
      const glue = await import(new URL('news_timeline.js', base).href);
      const exports = await glue.default({ module_or_path: wasm });
      const timeline = new glue.NewsTimeline();
      const n = timeline.eventCount();
      const memory = exports.memory;
      // Views into wasm memory, not copies: the corpus never changes after
      // start-up; they are made again if memory has grown since.
      let cached = null;
      const arrays = () => {
        if (!cached || cached.earliest.buffer !== memory.buffer) {
          cached = {
            earliest: new Int32Array(memory.buffer, timeline.earliestPtr(), n),
            latest: new Int32Array(memory.buffer, timeline.latestPtr(), n),
            precision: new Uint8Array(memory.buffer, timeline.precisionPtr(), n),
            sources: new Uint8Array(memory.buffer, timeline.sourcesPtr(), n),
            weekday: new Uint8Array(memory.buffer, timeline.weekdayPtr(), n),
          };
        }
        return cached;
      };
      return { timeline, arrays, memory, info: timeline.info() };
    })());
  }
  return corpora.get(base);
}

/** The package folder: the `src` attribute (resolved against the page), or ./pkg/ beside this module. */
function packageUrl(element) {
  const src = element.getAttribute('src');
  if (!src) return DEFAULT_PACKAGE;
  const url = new URL(src, document.baseURI);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

const DEFAULT_PACKAGE = new URL('./pkg/', import.meta.url).href;

const OPEN_START = -2147483648;
const OPEN_END = 2147483647;
const LIST_PAGE = 100;
const TRAY_LIMIT = 50;

const EMPTY_FILTER = () => ({ text: '', entities: [], kinds: [], topics: [] });

export class NewsTimelineElement extends HTMLElement {
  static get observedAttributes() {
    return ['height', 'theme', 'window', 'lanes'];
  }

  constructor() {
    super();
    this.shadow = this.attachShadow({ mode: 'open' });
    this.state = { filter: EMPTY_FILTER(), selected: null, window: null };
    this.headlines = new Map();
    this.onHashChange = () => this.restoreFromHash();
  }

  connectedCallback() {
    if (this.root) return;
    // Plain DOM calls: the view's modules may still be loading.
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = STYLESHEET;
    this.root = document.createElement('div');
    this.root.className = 'nt';
    this.root.setAttribute('part', 'root');
    const loading = document.createElement('p');
    loading.className = 'loading';
    loading.setAttribute('role', 'status');
    loading.textContent = 'Loading the timeline…';
    this.root.append(loading);
    this.shadow.append(link, this.root);
    this.applyAttributes();
    Promise.all([loadCorpus(packageUrl(this)), viewModules])
      .then(([corpus]) => this.start(corpus), (error) => this.fail(error));
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('popstate', this.onHashChange);
  }

  attributeChangedCallback() {
    this.applyAttributes();
  }

  applyAttributes() {
    if (!this.root) return;
    const height = this.getAttribute('height');
    if (height && /^\d+(\.\d+)?(px|vh|em|rem|%)$/.test(height)) this.style.setProperty('--nt-height', height);
    const theme = this.getAttribute('theme');
    this.root.dataset.theme = theme === 'dark' || theme === 'light' ? theme : 'auto';
    if (this.canvas && this.getAttribute('window')) this.applyWindowAttribute();
    if (this.canvas) this.setLanes(this.getAttribute('lanes') || 'none');
  }

  /** Groups the timeline into lanes: "none", "kind", "person" or "place". */
  setLanes(mode) {
    if (!['none', 'kind', 'person', 'place'].includes(mode)) throw new RangeError('setLanes(mode): mode must be none, kind, person or place');
    // One lane needs no per-event list (at 100,000 events, a megabyte of
    // JSON zeros the canvas would discard).
    const lanes = mode === 'none' ? null : this.call(() => this.corpus.timeline.lanes(mode), null);
    this.canvas.setLanes(lanes);
    if (this.laneSelect) this.laneSelect.value = mode;
  }

  fail(error) {
    // Plain DOM calls: this may be reporting that the view's modules failed.
    const message = document.createElement('p');
    message.className = 'failure';
    message.setAttribute('role', 'alert');
    message.textContent = `The timeline could not start: ${String(error?.message ?? error)}`;
    this.root.replaceChildren(message);
  }

  /** Calls into wasm; a thrown error is shown, a trap replaces the widget with a message. */
  call(fn, fallback) {
    try {
      return fn();
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError) {
        this.fail(new Error(`internal error (${error.message}); please reload`));
        throw error;
      }
      this.showMessage(String(error?.message ?? error));
      return fallback;
    }
  }

  start(corpus) {
    this.corpus = corpus;
    const { timeline, info } = corpus;
    this.total = info.events;
    this.searchBox = element('input', { type: 'search', className: 'search', placeholder: 'Search people, places, words…', 'aria-label': 'Search events', autocomplete: 'off', spellcheck: 'false' });
    this.status = element('span', { className: 'status', role: 'status', 'aria-live': 'polite' });
    this.message = element('span', { className: 'message', role: 'alert' });
    this.facetBox = element('div', { className: 'facets', 'aria-label': 'Filters' });
    this.canvasElement = element('canvas', { className: 'canvas', tabindex: '0', role: 'img', 'aria-label': 'Timeline of events. Use the arrow keys to move between events, Enter to open, plus and minus to zoom.' });
    this.tray = element('section', { className: 'tray', 'aria-label': 'Undated events' });
    this.list = element('div', { className: 'list', role: 'feed', 'aria-label': 'Events in date order', 'aria-busy': 'false' });
    this.detailBox = element('div', { className: 'detail-box' });
    const resetButton = element('button', { type: 'button', className: 'reset', onclick: () => this.reset() }, 'Reset');
    const zoomIn = element('button', { type: 'button', className: 'zoom', 'aria-label': 'Zoom in', onclick: () => this.canvas.zoom(0.6) }, '+');
    const zoomOut = element('button', { type: 'button', className: 'zoom', 'aria-label': 'Zoom out', onclick: () => this.canvas.zoom(1 / 0.6) }, '−');
    const fit = element('button', { type: 'button', className: 'zoom', onclick: () => this.fitAll() }, 'Fit');
    this.laneSelect = element('select', { className: 'lanes', 'aria-label': 'Lanes', onchange: () => this.setLanes(this.laneSelect.value) },
      element('option', { value: 'none' }, 'One lane'),
      element('option', { value: 'kind' }, 'Lanes by kind'),
      element('option', { value: 'person' }, 'Lanes by person'),
      element('option', { value: 'place' }, 'Lanes by place'));
    const exportMenu = element('details', { className: 'export' },
      element('summary', {}, 'Export'),
      element('div', { className: 'export-buttons' },
        element('button', { type: 'button', onclick: () => this.exportAs('timelinejs') }, 'TimelineJS JSON'),
        element('button', { type: 'button', onclick: () => this.exportAs('csv') }, 'CSV'),
        element('button', { type: 'button', onclick: () => this.exportAs('ics') }, 'iCalendar')));
    this.overviewElement = element('canvas', { className: 'overview', tabindex: '0', role: 'img', 'aria-label': 'Overview of the whole period' });
    this.root.replaceChildren(
      element('div', { className: 'bar' }, this.searchBox, this.status, resetButton, element('span', { className: 'zoom-group' }, zoomOut, zoomIn, fit), this.laneSelect, exportMenu),
      this.message,
      this.facetBox,
      element('div', { className: 'stage' }, element('div', { className: 'views' }, this.canvasElement, this.overviewElement), this.tray),
      this.detailBox,
      element('h2', { className: 'list-title' }, 'All matching events'),
      this.list,
    );
    this.canvas = new TimelineCanvas(this.canvasElement, {
      headline: (i) => this.headline(i),
      onSelect: (i) => this.selectIndex(i, false),
      onOpen: (i) => this.openIndex(i),
      onWindow: (start, end) => this.windowChanged(start, end),
      onDraw: (drawn) => {
        if (this.rendered) return;
        this.rendered = true;
        this.emit('nt-render', { events: this.total, drawn });
      },
    });
    this.overview = new OverviewStrip(this.overviewElement, {
      onWindow: (start, end) => this.canvas.setWindow(start, end),
      describe: (start, end) => `${formatDay(Math.floor(start))} to ${formatDay(Math.ceil(end) - 1)}`,
    });
    this.setLanes(this.getAttribute('lanes') || 'none');
    this.searchBox.addEventListener('input', () => {
      this.state.filter.text = this.searchBox.value;
      this.scheduleRefresh();
    });
    this.canvasElement.addEventListener('keydown', (e) => this.onCanvasKey(e));
    this.root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.state.selected) {
        e.preventDefault();
        this.closeDetail();
      }
    });
    if (this.hasAttribute('hash-sync')) {
      window.addEventListener('hashchange', this.onHashChange);
      window.addEventListener('popstate', this.onHashChange);
      this.restoreFromHash();
    } else {
      this.refresh();
    }
    if (!this.state.window) {
      if (this.getAttribute('window')) this.applyWindowAttribute();
      else this.fitAll(false);
    }
    if (info.skipped.length || info.warnings.length) {
      this.root.append(element('details', { className: 'build-notes' },
        element('summary', {}, `${info.skipped.length} file(s) skipped, ${info.warnings.length} warning(s) at build time`),
        element('ul', {}, info.skipped.map((s) => element('li', {}, `${s.file}: skipped: ${s.reason}`)),
          info.warnings.map((w) => element('li', {}, `${w.file}:${w.line}: ${w.message}`)))));
    }
    this.dispatchEvent(new CustomEvent('nt-ready', { bubbles: true, composed: true, detail: { events: this.total } }));
  }

  headline(i) {
    let h = this.headlines.get(i);
    if (h === undefined) {
      const view = this.call(() => this.corpus.timeline.eventAt(i));
      h = view ? view.headline : '';
      this.headlines.set(i, h);
    }
    return h;
  }

  showMessage(text) {
    if (this.message) this.message.textContent = text;
  }

  scheduleRefresh() {
    if (this.pending) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      this.refresh();
      this.emit('nt-filter', { filter: this.filterSnapshot() });
      this.writeHash();
    });
  }

  filterSnapshot() {
    const f = this.state.filter;
    return { text: f.text, entities: [...f.entities], kinds: [...f.kinds], topics: [...f.topics] };
  }

  wasmFilter() {
    const f = this.state.filter;
    return { text: f.text, entities: f.entities, kinds: f.kinds, topics: f.topics };
  }

  refresh() {
    const timeline = this.corpus.timeline;
    this.showMessage('');
    const filter = this.wasmFilter();
    // A Uint32Array already (wasm-bindgen copies it out of wasm memory);
    // the fallback after an error is a plain empty array.
    const found = this.call(() => timeline.matching(filter), []);
    const indices = found instanceof Uint32Array ? found : Uint32Array.from(found);
    const arrays = this.corpus.arrays();
    this.canvas.setData(arrays, indices);
    this.overview.setData(arrays, indices, this.canvas.extent());
    this.overview.setWindow(this.canvas.start, this.canvas.end);
    this.status.textContent = `${indices.length} of ${this.total} events`;
    const undated = [];
    for (const i of indices) {
      if (arrays.earliest[i] === OPEN_START && arrays.latest[i] === OPEN_END) undated.push(i);
    }
    this.renderTray(undated);
    this.listFilter = filter;
    this.listShown = 0;
    this.list.replaceChildren();
    this.listItems = [];
    this.showMore();
    this.renderFacets(this.call(() => timeline.facets(filter), null));
  }

  renderTray(undated) {
    const shown = undated.slice(0, TRAY_LIMIT);
    this.tray.replaceChildren(...[
      element('h2', { className: 'tray-title' }, `Undated (${undated.length})`),
      undated.length
        ? element('ul', {}, shown.map((i) => {
          // One view per item gives both its id and headline.
          const view = this.call(() => this.corpus.timeline.eventAt(i));
          const id = view?.id ?? '';
          if (view) this.headlines.set(i, view.headline);
          // What the text does say ("a Saturday, week unknown", "3 March,
          // year unknown") is worth a reader's glance even without a year.
          const partial = view && (view.date.weekday || view.date.month_day) ? view.date.label : null;
          return element('li', {},
            element('button', { type: 'button', className: 'tray-item', 'data-event': id, onclick: () => this.select(id) },
              view?.headline ?? '', partial ? element('span', { className: 'tray-when' }, partial) : null));
        }))
        : element('p', { className: 'muted' }, 'Every matching event has a date.'),
      undated.length > shown.length ? element('p', { className: 'muted' }, `and ${undated.length - shown.length} more in the list below`) : null,
    ].filter(Boolean));
  }

  /** Appends the next page of the list view (the feed loads more on demand). */
  showMore() {
    const page = this.call(() => this.corpus.timeline.page(this.listFilter, this.listShown, LIST_PAGE), { total: 0, hits: [] });
    this.list.querySelector('.more')?.remove();
    const start = this.listShown;
    const items = page.hits.map((hit, k) => this.listItem(hit, start + k, page.total));
    this.listItems.push(...page.hits.map((h) => h.event.id));
    this.listShown += page.hits.length;
    this.list.append(...items);
    this.list.setAttribute('aria-busy', 'false');
    if (this.listShown < page.total) {
      this.list.append(element('button', { type: 'button', className: 'more', onclick: () => this.showMore() },
        `Show ${Math.min(LIST_PAGE, page.total - this.listShown)} more of ${page.total - this.listShown}`));
    }
  }

  listItem(hit, n, total) {
    const e = hit.event;
    const dated = e.date.earliest || e.date.latest;
    const uncertain = e.date.precision !== 'day';
    const dateText = dated ? e.date.label : (e.date.weekday || e.date.month_day ? `Undated (${e.date.label})` : 'Undated');
    return element('article', {
      className: 'item', tabindex: '0', 'aria-posinset': n + 1, 'aria-setsize': total,
      'aria-labelledby': `nt-h-${e.id}`, 'aria-describedby': `nt-d-${e.id}`, 'data-event': e.id,
      'data-precision': e.date.precision,
      onclick: () => this.select(e.id),
      onkeydown: (ev) => this.onListKey(ev, n),
    },
    element('p', { className: `item-date precision-${e.date.precision}`, id: `nt-d-${e.id}` },
      dateText, uncertain && dated ? ` (uncertain: ${e.date.precision})` : ''),
    element('h3', { id: `nt-h-${e.id}` }, e.headline, e.articles.length > 1 ? ` · ${e.articles.length} sources` : ''),
    hit.snippet.length ? element('p', { className: 'snippet' }, segments(hit.snippet)) : null);
  }

  renderFacets(facets) {
    if (!facets) return;
    const f = this.state.filter;
    const groups = [
      ['People', facets.people, 'entities'],
      ['Places', facets.places, 'entities'],
      ['Organisations', facets.organizations, 'entities'],
      ['Topics', facets.topics, 'topics'],
      ['Kinds', facets.kinds, 'kinds'],
    ];
    this.facetBox.replaceChildren(...groups.filter(([, values]) => values.length).map(([label, values, key]) =>
      element('div', { className: 'facet', role: 'group', 'aria-label': label },
        element('span', { className: 'chip-label' }, label),
        values.slice(0, 8).map((v) => {
          const active = f[key].includes(v.value);
          return element('button', {
            type: 'button', className: active ? 'chip active' : 'chip', 'aria-pressed': active ? 'true' : 'false',
            onclick: () => this.toggle(key, v.value),
          }, v.value, element('span', { className: 'count' }, String(v.count)));
        }))));
  }

  toggle(key, value) {
    const list = this.state.filter[key];
    const at = list.indexOf(value);
    if (at >= 0) list.splice(at, 1);
    else list.push(value);
    this.scheduleRefresh();
  }

  onListKey(event, n) {
    const items = this.list.querySelectorAll('.item');
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' || event.key === 'PageDown' ? n + 1 : n - 1;
      items[Math.min(Math.max(next, 0), items.length - 1)]?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(this.listItems[n]);
    }
  }

  onCanvasKey(event) {
    const order = [...this.canvas.indices];
    const at = order.indexOf(this.canvas.selected);
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown': {
        event.preventDefault();
        const next = order[Math.min(at + 1, order.length - 1)];
        if (next !== undefined) this.selectIndex(next, true);
        break;
      }
      case 'ArrowLeft':
      case 'ArrowUp': {
        event.preventDefault();
        const previous = order[Math.max(at - 1, 0)];
        if (previous !== undefined) this.selectIndex(previous, true);
        break;
      }
      case 'Enter':
        if (this.canvas.selected >= 0) this.openIndex(this.canvas.selected);
        break;
      case '+':
      case '=':
        this.canvas.zoom(0.6);
        break;
      case '-':
      case '_':
        this.canvas.zoom(1 / 0.6);
        break;
      case 'PageDown':
        event.preventDefault();
        this.canvas.pan(0.5);
        break;
      case 'PageUp':
        event.preventDefault();
        this.canvas.pan(-0.5);
        break;
      case 'Home':
        event.preventDefault();
        this.fitAll();
        break;
      default:
    }
  }

  selectIndex(i, reveal) {
    this.canvas.select(i);
    if (reveal) this.canvas.reveal(i);
    const view = this.call(() => this.corpus.timeline.eventAt(i));
    if (view) {
      this.canvasElement.setAttribute('aria-label', `Selected: ${view.headline}, ${view.date.label}${view.date.precision === 'day' ? '' : ` (uncertain, ${view.date.precision})`}. Enter opens details.`);
    }
  }

  openIndex(i) {
    const view = this.call(() => this.corpus.timeline.eventAt(i));
    if (view) this.select(view.id);
  }

  /** Opens the details of an event by id. Returns false for an unknown id. */
  select(id) {
    if (typeof id !== 'string') return false;
    const event = this.call(() => this.corpus.timeline.event(id));
    if (!event) {
      this.showMessage(`No event with id ${JSON.stringify(id.slice(0, 40))}`);
      return false;
    }
    this.state.selected = id;
    this.canvas.select(event.index);
    this.canvas.reveal(event.index);
    const articles = event.articles.map((a) => this.call(() => this.corpus.timeline.article(a))).filter(Boolean);
    const query = this.state.filter.text;
    const highlight = (text) => this.call(() => this.corpus.timeline.highlight(text, query), [{ text, hit: false }]);
    const panel = renderDetail(event, articles, highlight, (kind, value) => this.toggle(kind, value), () => this.closeDetail());
    this.detailBox.replaceChildren(panel);
    panel.focus();
    this.emit('nt-select', { id, event });
    this.writeHash();
    return true;
  }

  closeDetail() {
    this.state.selected = null;
    this.detailBox.replaceChildren();
    this.canvasElement.focus();
    this.emit('nt-select', { id: null, event: null });
    this.writeHash();
  }

  // ----- public API -----

  /** Sets the search text. */
  search(text) {
    if (typeof text !== 'string') throw new TypeError('search(text): text must be a string');
    this.searchBox.value = text;
    this.state.filter.text = text;
    this.refresh();
    this.emit('nt-filter', { filter: this.filterSnapshot() });
  }

  /** Replaces the filter: {text, entities, kinds, topics}. */
  filter(filter = {}) {
    if (typeof filter !== 'object' || filter === null) throw new TypeError('filter(filter): filter must be an object');
    const list = (v, name) => {
      if (v === undefined) return [];
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new TypeError(`filter.${name} must be an array of strings`);
      return [...v];
    };
    const next = {
      text: filter.text === undefined ? '' : String(filter.text),
      entities: list(filter.entities, 'entities'),
      kinds: list(filter.kinds, 'kinds'),
      topics: list(filter.topics, 'topics'),
    };
    this.state.filter = next;
    this.searchBox.value = next.text;
    this.refresh();
    this.emit('nt-filter', { filter: this.filterSnapshot() });
    this.writeHash();
  }

  /** Shows the days from `from` to `to` ("YYYY-MM-DD"). */
  setWindow(from, to) {
    const a = parseDay(from);
    const b = parseDay(to);
    if (a === null || b === null) throw new RangeError('setWindow(from, to): dates must be "YYYY-MM-DD"');
    if (a > b) throw new RangeError('setWindow(from, to): from is after to');
    this.canvas.setWindow(a, b + 1);
  }

  /** The current filtered events in date order, as full views. */
  filteredEvents() {
    const filter = this.wasmFilter();
    const total = this.call(() => this.corpus.timeline.matching(filter), []).length;
    return this.call(() => this.corpus.timeline.page(filter, 0, total), { hits: [] }).hits.map((h) => h.event);
  }

  /**
   * Exports the filtered events as "timelinejs", "csv" or "ics"; offers the
   * file for download unless `{download: false}`, and returns its text.
   */
  exportAs(format, options = {}) {
    const formats = {
      timelinejs: ['news-timeline.json', 'application/json', toTimelineJS],
      csv: ['news-timeline.csv', 'text/csv', toCSV],
      ics: ['news-timeline.ics', 'text/calendar', toICS],
    };
    const chosen = formats[format];
    if (!chosen) throw new RangeError('exportAs(format): format must be "timelinejs", "csv" or "ics"');
    const [name, type, make] = chosen;
    const text = make(this.filteredEvents());
    if (options.download !== false) download(name, type, text);
    return text;
  }

  reset() {
    this.state.filter = EMPTY_FILTER();
    this.searchBox.value = '';
    this.closeDetail();
    this.refresh();
    this.fitAll();
    this.emit('nt-filter', { filter: this.filterSnapshot() });
  }

  fitAll(notify = true) {
    const extent = this.canvas.extent();
    if (extent) this.canvas.setWindow(extent[0], extent[1], notify);
    else this.canvas.setWindow(Date.now() / 86400000 - 365, Date.now() / 86400000, notify);
  }

  applyWindowAttribute() {
    const [from, to] = (this.getAttribute('window') || '').split('/');
    try {
      this.setWindow(from, to);
    } catch (error) {
      this.showMessage(`window attribute ignored: ${error.message}`);
      this.fitAll(false);
    }
  }

  windowChanged(start, end) {
    this.overview?.setWindow(start, end);
    this.state.window = [Math.floor(start), Math.ceil(end) - 1];
    this.emit('nt-window', { from: formatDay(this.state.window[0]), to: formatDay(this.state.window[1]) });
    clearTimeout(this.windowTimer);
    this.windowTimer = setTimeout(() => this.writeHash(), 250);
  }

  emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  // ----- state in the URL hash (only with hash-sync) -----

  writeHash() {
    if (!this.hasAttribute('hash-sync') || this.restoring) return;
    const p = new URLSearchParams();
    const f = this.state.filter;
    if (f.text) p.set('q', f.text);
    for (const e of f.entities) p.append('entity', e);
    for (const k of f.kinds) p.append('kind', k);
    for (const t of f.topics) p.append('topic', t);
    if (this.state.selected) p.set('event', this.state.selected);
    if (this.state.window) p.set('window', `${formatDay(this.state.window[0])}/${formatDay(this.state.window[1])}`);
    const hash = `#${p.toString()}`;
    if (hash !== window.location.hash) history.pushState(null, '', hash);
  }

  restoreFromHash() {
    const p = new URLSearchParams(window.location.hash.slice(1));
    this.restoring = true;
    // Every problem with the link is said at the end: refresh() clears the
    // message line, and a bad window must not hide a bad event id.
    const problems = [];
    try {
      const text = (p.get('q') || '').slice(0, 1000);
      this.state.filter = { text, entities: p.getAll('entity').slice(0, 20), kinds: p.getAll('kind').slice(0, 20), topics: p.getAll('topic').slice(0, 20) };
      this.searchBox.value = text;
      this.refresh();
      const windowText = p.get('window');
      if (windowText) {
        const [from, to] = windowText.split('/');
        try {
          this.setWindow(from, to);
          this.state.window = [parseDay(from), parseDay(to)];
        } catch {
          problems.push('The link’s window is not valid; showing everything.');
        }
      }
      const selected = p.get('event');
      if (selected) {
        if (!this.select(selected)) problems.push(this.message.textContent);
      } else if (this.state.selected) {
        this.closeDetail();
      }
      if (problems.length) this.showMessage(problems.join(' '));
    } finally {
      this.restoring = false;
    }
  }
}

if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimelineElement);
