// The reviewer's queue (GET /reviews?status=pending): each claim with its note and link, accepted at the
// claimed or another level, or declined with a reason (POST /claims/{id}/accept|reject).
import { all, api } from './api.js';
import { byId, clear, el, panel, problemBox, status } from './dom.js';
import { initShell, refuseUnlessAllowed } from './shell.js';

const enc = encodeURIComponent;
const KIND = { 'self-assessment': 'rates themself at', 'prior-learning': 'asks for recognition of prior learning at' };

function claimCard(claim, names, refresh) {
  const out = el('div', { 'aria-live': 'polite' });
  const level = el('select', { id: `level-${claim.id}`, 'aria-label': `Level to grant for ${claim.skillName || claim.skillId}` },
    [1, 2, 3, 4, 5].map((n) => el('option', { value: n, selected: n === claim.level }, String(n))));
  const reason = el('input', { id: `reason-${claim.id}`, type: 'text', 'aria-label': 'Note to the learner (needed to decline)' });
  const decide = async (verb) => {
    const body = verb === 'accept' ? { level: Number(level.value), ...(reason.value.trim() ? { note: reason.value.trim() } : {}) } : { reason: reason.value.trim() };
    if (verb === 'reject' && !body.reason) {
      clear(out, el('p', { class: 'problem', role: 'alert' }, 'Say why in the note: the learner reads it.'));
      reason.focus();
      return;
    }
    try {
      await api(`/claims/${enc(claim.id)}/${verb}`, { method: 'POST', body });
      status(verb === 'accept' ? 'Claim accepted.' : 'Claim declined.');
      refresh();
    } catch (e) {
      clear(out, problemBox(e, 'Not decided'));
    }
  };
  return el('li', { dataset: { claim: claim.id } },
    el('h3', {}, `${names.get(claim.personId) || claim.personId} ${KIND[claim.kind] || claim.kind} level ${claim.level} in ${claim.skillName || claim.skillId}`),
    el('p', { class: 'muted' }, `Sent ${claim.submittedAt.slice(0, 10)}`),
    claim.note ? el('blockquote', {}, claim.note) : null,
    claim.link ? el('p', {}, el('a', { href: claim.link, rel: 'noopener noreferrer', target: '_blank' }, 'Open the evidence link')) : null,
    el('div', { class: 'inline' }, el('label', { for: level.id }, 'Level to grant'), level,
      el('label', { for: reason.id }, 'Note'), reason,
      el('button', { type: 'button', class: 'accept', onclick: () => decide('accept') }, 'Accept'),
      el('button', { type: 'button', class: 'secondary reject', onclick: () => decide('reject') }, 'Decline')),
    out);
}

async function load() {
  await panel(byId('queue'), 'Reviews', async () => {
    const claims = await all('/reviews?status=pending');
    if (claims.length === 0) return el('p', { id: 'queue-empty' }, 'No claim is waiting for you.');
    // Names of the people in the queue: a reviewer may read the people below them; an unknown name shows the id.
    const names = new Map();
    await Promise.all([...new Set(claims.map((c) => c.personId))].map(async (id) => {
      try {
        names.set(id, (await api(`/people/${enc(id)}`)).name);
      } catch (e) {
        names.set(id, id);
      }
    }));
    return el('ul', { class: 'cards', id: 'claims' }, claims.map((c) => claimCard(c, names, load)));
  });
}

if (!refuseUnlessAllowed(await initShell())) load();
