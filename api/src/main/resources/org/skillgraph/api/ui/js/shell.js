// What every page shares: the skip link, the header with the navigation and the sign-in area, and the
// aria-live status line, built here from PAGES so each HTML file holds only its <main>. The token is kept
// in sessionStorage (gone when the tab closes) and sent by api.js on every call.
import { me, token } from './api.js';
import { clear, el } from './dom.js';

/** The navigation, in order: where each page lives and what the link says. */
const PAGES = [
  { href: '/ui/explorer.html', label: 'Explorer' },
  { href: '/ui/learner.html', label: 'Learner dashboard' },
  { href: '/ui/cohort.html', label: 'Cohorts' },
  { href: '/docs', label: 'API docs' },
];

let who = null;

/**
 * Puts the skip link, header (with the current page marked) and status line before the page's <main>,
 * then draws the sign-in area; resolves to /me's answer.
 */
export async function initShell() {
  const auth = el('div', { id: 'auth', class: 'auth' });
  document.body.prepend(
    el('a', { class: 'skip', href: '#main' }, 'Skip to content'),
    el('header', { class: 'top' },
      el('a', { class: 'brand', href: '/ui/' }, 'skillgraph'),
      el('nav', { class: 'pages', 'aria-label': 'Pages' }, PAGES.map(({ href, label }) =>
        el('a', { href, 'aria-current': href === location.pathname ? 'page' : null }, label))),
      auth),
    el('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }));
  return drawAuth(auth);
}

export const currentUser = () => who;

async function drawAuth(area) {
  who = null;
  if (!token.get()) {
    clear(area, signInForm());
    return null;
  }
  try {
    who = await me();
  } catch (e) {
    if (e.status === 401) {
      token.clear();
      clear(area, signInForm('The token was refused; sign in again.'));
      return null;
    }
    // The server could not say who we are (overloaded, down): keep the token, the pages show the errors.
    who = { role: null, personId: null, unchecked: e.title };
  }
  const label = who.role
    ? `Signed in as ${who.role}${who.personId ? ` (${who.personId})` : ''}`
    : who.unchecked
      ? `Token set (not checked: ${who.unchecked})`
      : 'Token set (access control not available on this server yet)';
  clear(area,
    el('span', { class: 'who', dataset: { role: who.role || '' } }, label),
    el('button', { type: 'button', id: 'sign-out', onclick: () => { token.clear(); location.reload(); } }, 'Sign out'));
  return who;
}

function signInForm(message) {
  const input = el('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', required: true });
  return el('form', {
    class: 'sign-in',
    'aria-label': 'Sign in',
    onsubmit: (event) => {
      event.preventDefault();
      token.set(input.value.trim());
      location.reload();
    },
  },
  el('label', { for: 'token' }, 'Access token'), input,
  el('button', { type: 'submit' }, 'Sign in'),
  message ? el('span', { class: 'auth-error', role: 'alert' }, message) : null);
}
