// What every page shares: the skip link, the header with the navigation and the sign-in area, and the
// aria-live status line, built here from PAGES so each HTML file holds only its <main>. The token is kept
// in sessionStorage (gone when the tab closes) and sent by api.js on every call.
import { api, me, token } from './api.js';
import { clear, el } from './dom.js';

/**
 * The navigation, in order: where each page lives, what the link says, and the token roles that may use it
 * (the access matrix's answer for the page's main calls). Without a token every page is listed: each one
 * says that a sign-in is needed. New views are one more entry here.
 */
const PAGES = [
  { href: '/ui/explorer.html', label: 'Explorer', roles: ['admin', 'designer', 'coordinator', 'reader', 'learner'] },
  { href: '/ui/author.html', label: 'Edit curriculum', roles: ['admin', 'designer'] },
  { href: '/ui/imports.html', label: 'Imports', roles: ['admin', 'designer'] },
  { href: '/ui/changesets.html', label: 'Framework versions', roles: ['admin', 'designer'] },
  { href: '/ui/learner.html', label: 'Learner dashboard', learnerLabel: 'My plan', roles: ['admin', 'coordinator', 'learner'] },
  { href: '/ui/cohort.html', label: 'Cohorts', roles: ['admin', 'coordinator'] },
  { href: '/ui/priorities.html', label: 'Priorities', roles: ['admin', 'designer', 'coordinator', 'reader'] },
  { href: '/ui/reviews.html', label: 'Reviews', roles: ['admin', 'learner'] },
  { href: '/ui/admin.html', label: 'Tokens and audit', roles: ['admin'] },
  { href: '/docs', label: 'API docs', roles: ['admin', 'designer', 'coordinator', 'reader'] },
];

/** Whether a signed-in role may use a page (true without a token, or on a server without access control). */
export const mayUse = (href, role) => !role || PAGES.find((p) => p.href === href).roles.includes(role);

let who = null;

/**
 * Puts the skip link, header (with the current page marked) and status line before the page's <main>,
 * then draws the sign-in area; resolves to /me's answer.
 */
export async function initShell() {
  const auth = el('div', { id: 'auth', class: 'auth' });
  const nav = el('nav', { class: 'pages', 'aria-label': 'Pages' });
  document.body.prepend(
    el('a', { class: 'skip', href: '#main' }, 'Skip to content'),
    el('header', { class: 'top' }, el('a', { class: 'brand', href: '/ui/' }, 'skillgraph'), nav, auth),
    el('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }));
  const user = await drawAuth(auth);
  const role = user ? user.role : null;
  const reviewing = role === 'learner' ? await waitingReviews() : true;
  clear(nav, PAGES.filter((p) => mayUse(p.href, role) && (reviewing || p.href !== '/ui/reviews.html')).map(({ href, label, learnerLabel }) =>
    el('a', { href, 'aria-current': href === location.pathname ? 'page' : null }, role === 'learner' && learnerLabel ? learnerLabel : label)));
  return user;
}

/** For a learner: whether claims of people below them wait for review (a manager's queue); only then is Reviews listed. */
async function waitingReviews() {
  try {
    return (await api('/reviews?status=pending&limit=1')).items.length > 0 || location.pathname === '/ui/reviews.html';
  } catch (e) {
    return false;
  }
}

/** In place of a page the signed-in role may not use: says so in words instead of a wall of 403 boxes. */
export function refuseUnlessAllowed(user) {
  const role = user ? user.role : null;
  if (mayUse(location.pathname, role)) return false;
  const main = document.getElementById('main');
  clear(main, el('h1', {}, document.title.split(' · ')[0]),
    el('p', { class: 'problem', role: 'alert', id: 'not-for-role' },
      `This page is not available to a ${role} token. `, el('a', { href: '/ui/' }, 'Back to the start page'), '.'));
  return true;
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
