// The iframe embed page: builds one <news-timeline> from the frame URL's
// query parameters (theme, lanes, window, height, hash). Only known
// parameters with valid values are passed on; anything else is ignored.
import './news-timeline.js';

const params = new URLSearchParams(window.location.search);
const timeline = document.createElement('news-timeline');
const allowed = {
  theme: /^(light|dark|auto)$/,
  lanes: /^(none|kind|person|place)$/,
  window: /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/,
  height: /^\d{2,4}(px|vh)$/,
};
for (const [name, pattern] of Object.entries(allowed)) {
  const value = params.get(name);
  if (value && pattern.test(value)) timeline.setAttribute(name, value);
}
if (!timeline.hasAttribute('height')) timeline.setAttribute('height', '70vh');
if (params.get('hash') === '1') timeline.setAttribute('hash-sync', '');
document.getElementById('embed').append(timeline);
