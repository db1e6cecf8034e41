// What every page shares: the navigation's current page and the sign-in form. The token is kept in
// sessionStorage (gone when the tab closes) and sent by api.js on every call.
import { me, token } from './api.js';
import { byId, clear, el } from './dom.js';

let who = null;

/** Marks the current page in the navigation and draws the sign-in area; resolves to /me's answer. */
export async function initShell() {
  for (const link of document.querySelectorAll('nav.pages a')) {
    if (new URL(link.href).pathname === location.pathname) link.setAttribute('aria-current', 'page');
  }
  return drawAuth();
}

export const currentUser = () => who;

async function drawAuth() {
  const area = byId('auth');
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
