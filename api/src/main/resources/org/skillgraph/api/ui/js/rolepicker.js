// The role picker: the person's readiness for every role (one gap request per role, a few at a time),
// best first, each with a button that plans for it. Shown instead of the gap, route and coaches when a
// person has no target role, and on request otherwise.
import { all, api } from './api.js';
import { clear, el, percent, problemBox } from './dom.js';

const enc = encodeURIComponent;

/** Readiness of person for each role: [{role, gap}|{role, error}], computed four requests at a time. */
export async function readinessPerRole(personId) {
  const roles = await all('/roles');
  const results = new Array(roles.length);
  let next = 0;
  const worker = async () => {
    while (next < roles.length) {
      const i = next++;
      try {
        results[i] = { role: roles[i], gap: (await api(`/people/${enc(personId)}/gap?role=${enc(roles[i].id)}`)).gap };
      } catch (e) {
        results[i] = { role: roles[i], error: e };
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return results;
}

/**
 * The picker's content: a filter and the roles, closest first. onChoose(role) is called with the chosen
 * role; the page then plans for it.
 */
export async function rolePicker(personId, onChoose, intro) {
  const rows = await readinessPerRole(personId);
  const ok = rows.filter((r) => r.gap).sort((a, b) => b.gap.readiness - a.gap.readiness || a.role.title.localeCompare(b.role.title));
  const failed = rows.filter((r) => r.error);
  const filter = el('input', { id: 'role-filter', type: 'search', placeholder: 'title or family' });
  const list = el('ol', { class: 'role-picker', id: 'role-picker' });
  const draw = () => {
    const needle = filter.value.trim().toLowerCase();
    clear(list, ok.filter((r) => `${r.role.title} ${r.role.family || ''}`.toLowerCase().includes(needle)).map((r) =>
      el('li', { dataset: { role: r.role.id } },
        el('span', { class: 'role-title' }, r.role.title, r.role.family ? el('span', { class: 'muted' }, ` · ${r.role.family}`) : null),
        el('meter', { min: 0, max: 1, value: r.gap.readiness, 'aria-label': `Readiness for ${r.role.title}` }),
        el('span', { class: 'num', dataset: { field: 'role-readiness' } }, percent(r.gap.readiness)),
        el('span', { class: 'muted' }, `${r.gap.skillsMet} of ${r.gap.skillsTotal} skills`),
        el('button', { type: 'button', class: 'secondary', 'aria-label': `Plan for ${r.role.title}`, onclick: () => onChoose(r.role) }, 'Plan for this role'))));
  };
  filter.addEventListener('input', draw);
  draw();
  return [
    intro ? el('p', {}, intro) : null,
    el('div', { class: 'inline' }, el('label', { for: 'role-filter' }, 'Filter roles'), ' ', filter),
    list,
    failed.length ? problemBox(failed[0].error, `${failed.length} role(s) could not be assessed`) : null,
  ];
}
