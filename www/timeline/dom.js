// Building DOM from data without ever parsing HTML.
//
// Article text is untrusted: everything the widget shows goes through
// `element`, which sets text with textContent and attributes one by one, so a
// `<script>` in an article stays the seven characters it is.

/**
 * Creates an element. `attributes` values of `undefined`/`false` are skipped;
 * keys starting with `on` attach listeners. `children` are nodes or strings.
 */
export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === false || value === null) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'className') {
      node.className = value;
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

/** Appends strings (as text) and nodes, flattening arrays. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Renders highlight segments ({text, hit}) as text with <mark>s. */
export function segments(list) {
  return list.map((s) => (s.hit ? element('mark', {}, s.text) : document.createTextNode(s.text)));
}

/**
 * Sizes a canvas's backing store to its CSS size at the device's pixel
 * ratio and returns a 2D context drawing in CSS pixels, with the size.
 */
export function prepareCanvas(canvas, context) {
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  return { width, height };
}
