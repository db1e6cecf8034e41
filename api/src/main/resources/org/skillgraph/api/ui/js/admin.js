// Administration: issue a token (its secret is shown once), list and revoke tokens, read the audit trail
// newest first, filtered by token or person, a page at a time.
import { all, api } from './api.js';
import { byId, clear, el, panel, problemBox, status } from './dom.js';
import { initShell, refuseUnlessAllowed } from './shell.js';

const enc = encodeURIComponent;

async function issue(event) {
  event.preventDefault();
  const form = new FormData(byId('issue-form'));
  const body = { role: form.get('role') };
  if (form.get('personId').trim()) body.personId = form.get('personId').trim();
  if (form.get('label').trim()) body.label = form.get('label').trim();
  try {
    const answer = await api('/tokens', { method: 'POST', body });
    clear(byId('issued'), el('div', { class: 'ok', role: 'status' },
      el('p', {}, `Token ${answer.token.id} issued (${answer.token.role}${answer.token.personId ? `, ${answer.token.personId}` : ''}). Copy the secret now: it is shown only once.`),
      el('label', { for: 'secret' }, 'Secret'), ' ',
      el('input', { id: 'secret', type: 'text', readonly: true, value: answer.secret, size: 50 })));
    byId('issue-form').reset();
    status(`Token ${answer.token.id} issued.`);
    tokens();
  } catch (e) {
    clear(byId('issued'), problemBox(e, 'No token issued'));
  }
}

async function tokens() {
  await panel(byId('tokens'), 'Tokens', async () => {
    const items = await all('/tokens');
    return el('table', { id: 'token-table' },
      el('thead', {}, el('tr', {}, ['Id', 'Role', 'Person', 'Label', 'Created', 'State', ''].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, items.map((t) => el('tr', { dataset: { token: t.id } },
        el('td', {}, t.id), el('td', {}, t.role), el('td', {}, t.personId || ''), el('td', {}, t.label || ''),
        el('td', {}, t.createdAt.slice(0, 10)),
        el('td', { dataset: { field: 'state' } }, t.revokedAt ? `revoked ${t.revokedAt.slice(0, 10)}` : 'active'),
        el('td', {}, t.revokedAt ? '' : el('button', { type: 'button', class: 'secondary revoke', 'aria-label': `Revoke ${t.id}`, onclick: () => revoke(t.id) }, 'Revoke'))))));
  });
}

async function revoke(id) {
  try {
    await api(`/tokens/${enc(id)}`, { method: 'DELETE' });
    status(`Token ${id} revoked.`);
    tokens();
  } catch (e) {
    byId('tokens').prepend(problemBox(e, `Cannot revoke ${id}`));
  }
}

async function audit(cursor = null, append = false) {
  const form = new FormData(byId('audit-form'));
  const query = new URLSearchParams({ limit: '25' });
  for (const key of ['actor', 'subject']) if (form.get(key).trim()) query.set(key, form.get(key).trim());
  if (cursor) query.set('cursor', cursor);
  const body = byId('audit');
  try {
    const page = await api(`/audit?${query}`);
    const rows = page.items.map((a) => el('tr', {}, el('td', {}, a.at.replace('T', ' ').slice(0, 19)), el('td', {}, a.actor, el('span', { class: 'muted' }, ` (${a.actorRole})`)),
      el('td', {}, a.action === 'write' ? 'changed' : 'read'), el('td', {}, a.route), el('td', { class: 'num' }, String(a.status)), el('td', {}, a.subjects.join(', '))));
    if (append) {
      byId('audit-rows').append(...rows);
    } else {
      clear(body, el('table', { id: 'audit-table' },
        el('thead', {}, el('tr', {}, ['When (UTC)', 'Token', 'Did', 'Request', 'Answer', 'About people'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', { id: 'audit-rows' }, rows)));
    }
    byId('audit-more')?.remove();
    if (page.nextCursor) body.append(el('button', { type: 'button', class: 'secondary', id: 'audit-more', onclick: () => audit(page.nextCursor, true) }, 'Older events'));
  } catch (e) {
    clear(body, problemBox(e, 'Audit trail'));
  }
}

if (!refuseUnlessAllowed(await initShell())) {
  byId('issue-form').addEventListener('submit', issue);
  byId('audit-form').addEventListener('submit', (event) => { event.preventDefault(); audit(); });
  tokens();
  audit();
}
