// Small DOM helpers: pages build elements from data with textContent only, never innerHTML, so names
// coming from the graph cannot inject markup.

/** el('p', {class: 'x', dataset: {n: 1}}, 'text', child) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(node, ...children) {
  node.replaceChildren();
  append(node, children);
  scheduleScrollers();
  return node;
}

let scrollersPending = false;

/**
 * On a narrow screen a wide table scrolls inside its card; a region that scrolls must be reachable from the
 * keyboard, so such a table (and only such a table) takes the focus. Checked after every redraw and resize.
 */
function scheduleScrollers() {
  if (scrollersPending) return;
  scrollersPending = true;
  requestAnimationFrame(() => {
    scrollersPending = false;
    for (const table of document.querySelectorAll('table')) {
      if (table.scrollWidth > table.clientWidth + 1) table.setAttribute('tabindex', '0');
      else table.removeAttribute('tabindex');
    }
  });
}
window.addEventListener('resize', scheduleScrollers);

export const byId = (id) => document.getElementById(id);

export const percent = (share) => `${Math.round(share * 100)} %`;

export const hours = (h) => `${Number.isInteger(h) ? h : h.toFixed(1)} h`;

/** A status line for screen readers and sighted users alike (the page's aria-live region). */
export function status(message) {
  const line = byId('status');
  if (line) line.textContent = message;
}

/** The visible message for an API error: the problem's title and detail, with what to do for 401/403. */
export function problemBox(error, context) {
  if (error.status === undefined) {
    // Not an API answer but a failure of the page itself (e.g. an answer in a shape it does not know).
    error = { title: 'This page could not show the answer', detail: String(error.message || error) };
  }
  const hint = error.status === 401
    ? 'Sign in with an access token (top right) and try again.'
    : error.status === 403
      ? 'Your token does not allow this; ask for a token with a suitable role.'
      : null;
  return el('div', { class: 'problem', role: 'alert', dataset: { status: error.status ?? '' } },
    el('p', { class: 'problem-title' }, context ? `${context}: ` : '', error.title || 'Error'),
    error.detail ? el('p', { class: 'problem-detail' }, error.detail) : null,
    hint ? el('p', { class: 'problem-hint' }, hint) : null,
    error.status ? el('p', { class: 'problem-code' }, `HTTP ${error.status}${error.code ? ` · ${error.code}` : ''}`) : null);
}

/** Shows an API error in place of the node's content and says so on the status line. */
export function showProblem(node, error, context) {
  clear(node, problemBox(error, context));
  status(`Error: ${error.title}`);
}

/** A titled card section; its body (id `${id}-body`) is filled by a panel loader. */
export function card(id, title) {
  const body = el('div', { id: `${id}-body` });
  return { body, node: el('section', { class: 'card', id, 'aria-labelledby': `${id}-h` }, el('h2', { id: `${id}-h` }, title), body) };
}

/** A panel for an endpoint this server does not answer yet. */
export function notAvailable(what) {
  return el('p', { class: 'not-available', dataset: { state: 'not-available' } },
    `Not available: this server does not answer ${what} yet.`);
}

/** Runs a panel's loader, replacing the panel's body with the result or with the error message. */
export async function panel(body, context, load) {
  clear(body, el('p', { class: 'loading' }, 'Loading…'));
  body.setAttribute('aria-busy', 'true');
  try {
    const content = await load();
    clear(body, content);
  } catch (e) {
    clear(body, problemBox(e, context));
  } finally {
    body.removeAttribute('aria-busy');
  }
}
