// Self-service on a learner's own dashboard: rate oneself or ask for prior learning to be recognised
// (POST /people/{id}/claims, reviewed by a manager or an admin), see one's claims, and export one's data.
import { all, api } from './api.js';
import { byId, clear, el, panel, problemBox, status } from './dom.js';

const enc = encodeURIComponent;
const STATUS = { pending: 'waiting for review', accepted: 'accepted', rejected: 'not accepted' };
const KIND = { 'self-assessment': 'Self-assessment', 'prior-learning': 'Prior learning' };

const field = (id, label, control) => el('div', { class: 'field' }, el('label', { for: id }, label), control);

/** The claim form and the person's claims below it. */
export async function claimsPanel(personId) {
  const skills = (await all('/skills')).sort((a, b) => a.name.localeCompare(b.name));
  const mine = el('div', { id: 'my-claims', 'aria-live': 'polite' });
  const out = el('div', { id: 'claim-result', 'aria-live': 'polite' });
  const kind = el('select', { id: 'claim-kind', name: 'kind' },
    el('option', { value: 'self-assessment' }, 'Rate myself (counts at once, as my own rating)'),
    el('option', { value: 'prior-learning' }, 'Recognise prior learning (counts once accepted)'));
  const form = el('form', {
    id: 'claim-form',
    class: 'stacked',
    onsubmit: async (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const body = { kind: data.get('kind'), skill: data.get('skill'), level: Number(data.get('level')) };
      if (data.get('note').trim()) body.note = data.get('note').trim();
      if (data.get('link').trim()) body.link = data.get('link').trim();
      try {
        const claim = await api(`/people/${enc(personId)}/claims`, { method: 'POST', body });
        clear(out, el('p', { class: 'ok', role: 'status' }, `Sent: ${KIND[claim.kind]} of ${claim.skillName || claim.skillId} at level ${claim.level}, ${STATUS[claim.status]}.`));
        status('Claim sent for review.');
        form.reset();
        await listClaims(personId, mine);
      } catch (e) {
        clear(out, problemBox(e, 'The claim was not sent'));
      }
    },
  },
  field('claim-kind', 'What', kind),
  field('claim-skill', 'Skill', el('select', { id: 'claim-skill', name: 'skill', required: true }, skills.map((s) => el('option', { value: s.id }, s.name)))),
  field('claim-level', 'Level', el('select', { id: 'claim-level', name: 'level' }, [1, 2, 3, 4, 5].map((n) => el('option', { value: n }, String(n))))),
  field('claim-note', 'What I did (a reviewer reads this)', el('textarea', { id: 'claim-note', name: 'note', rows: 2, maxlength: 4000 })),
  field('claim-link', 'Link to a certificate or work (optional)', el('input', { id: 'claim-link', name: 'link', type: 'url', placeholder: 'https://…' })),
  el('button', { type: 'submit', id: 'claim-send' }, 'Send for review'));
  await listClaims(personId, mine);
  return [el('p', { class: 'muted' }, 'Levels: 1 awareness · 2 foundation · 3 practitioner · 4 advanced · 5 expert.'), form, out,
    el('h3', {}, 'My claims'), mine];
}

async function listClaims(personId, node) {
  await panel(node, 'Claims', async () => {
    const page = await api(`/people/${enc(personId)}/claims?limit=20`);
    if (page.items.length === 0) return el('p', { class: 'muted' }, 'No claims yet.');
    return el('ul', { class: 'plain claims' }, page.items.map((c) => el('li', { dataset: { claim: c.id, status: c.status } },
      el('strong', {}, c.skillName || c.skillId), ` level ${c.level} · ${KIND[c.kind] || c.kind} · `,
      el('span', { dataset: { field: 'claim-status' } }, STATUS[c.status] || c.status),
      c.grantedLevel !== null && c.grantedLevel !== undefined ? ` (granted ${c.grantedLevel})` : '',
      c.reason ? el('div', { class: 'muted' }, `Reviewer: ${c.reason}`) : null)));
  });
}

/** A button that downloads everything the server holds about the person, as JSON. */
export function exportButton(personId, own = true) {
  const out = el('span', { 'aria-live': 'polite' });
  return [el('button', {
    type: 'button',
    id: 'export-data',
    class: 'secondary',
    onclick: async () => {
      try {
        const data = await api(`/people/${enc(personId)}/export`);
        const link = el('a', { href: URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })), download: `skillgraph-${personId}.json` }, 'download');
        document.body.append(link);
        link.click();
        link.remove();
        clear(out, own ? ' Your data was downloaded.' : ' Downloaded.');
      } catch (e) {
        clear(out, problemBox(e, 'Export failed'));
      }
    },
  }, own ? 'Export my data (JSON)' : `Export ${personId}’s data (JSON)`), out];
}

