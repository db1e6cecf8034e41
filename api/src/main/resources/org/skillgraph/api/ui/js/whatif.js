// What-if before saving: a pending edit turned into the what-if operations the API models (retire a
// module, change its hours, drop a prerequisite), run on an in-memory copy of the curriculum (nothing is
// written), and its answer in words: roles whose route hours change, requirements that become unreachable.
import { api } from './api.js';
import { el, hours } from './dom.js';
import { editLink } from './conflicts.js';
import { routeMode, unreachableReason } from './words.js';

/**
 * The operations for a pending edit of the node (kind, id) from its saved body to the pending one
 * (pending null: deleting it), and the parts of the edit the what-if cannot model.
 */
export function whatIfChanges(kind, id, saved, pending) {
  const changes = [];
  const unmodelled = [];
  if (kind === 'module') {
    if (!pending || (pending.status === 'retired' && saved.status !== 'retired')) changes.push({ op: 'retire-module', module: id });
    else if (Number(pending.hours) !== Number(saved.hours)) changes.push({ op: 'set-hours', module: id, hours: Number(pending.hours) });
  }
  if (kind === 'skill') {
    const kept = new Set(((pending && pending.requires) || []).map((r) => r.skill));
    for (const r of saved.requires || []) {
      if (!kept.has(r.skill)) changes.push({ op: 'drop-prerequisite', skill: id, prerequisite: r.skill });
    }
  }
  const modelled = new Set(['status', 'hours', 'requires']);
  for (const key of Object.keys({ ...saved, ...(pending || {}) })) {
    if (pending && !modelled.has(key) && JSON.stringify(saved[key] ?? null) !== JSON.stringify(pending[key] ?? null)) unmodelled.push(key);
  }
  if (kind === 'skill' && pending && (pending.requires || []).some((r) => !(saved.requires || []).some((s) => s.skill === r.skill && s.level === r.level))) unmodelled.push('added or raised prerequisites');
  return { changes, unmodelled };
}

/** Runs the what-if and describes its answer. */
export async function previewWhatIf({ changes, unmodelled }) {
  const note = unmodelled.length
    ? el('p', { class: 'muted', id: 'whatif-unmodelled' }, `Not in this preview (the what-if models retiring modules, changing hours and dropping prerequisites): ${unmodelled.join(', ')}.`)
    : null;
  if (changes.length === 0) return [el('p', { id: 'whatif-none' }, 'This edit changes no route: nothing to preview.'), note];
  const answer = await api('/curriculum/what-if', { method: 'POST', body: { changes } });
  const roles = answer.roles.filter((r) => r.deltaHours !== 0 || r.newlyUnreachable.length || (r.newlyReachable || []).length).sort((a, b) => b.newlyUnreachable.length - a.newlyUnreachable.length || Math.abs(b.deltaHours) - Math.abs(a.deltaHours));
  if (roles.length === 0) return [el('p', { id: 'whatif-summary', dataset: { roles: 0 } }, 'No role’s route changes: saving this is safe for every role.'), note];
  return [
    el('p', { id: 'whatif-summary', dataset: { roles: roles.length } }, `${roles.length} role(s) would change.`),
    el('table', { id: 'whatif-table' },
      el('thead', {}, el('tr', {}, ['Role', 'Hours now', 'Hours after', 'Change', 'Would become out of reach'].map((h, i) => el('th', { scope: 'col', class: i && i < 4 ? 'num' : null }, h)))),
      el('tbody', {}, roles.map((r) => el('tr', { dataset: { role: r.roleId } },
        el('td', {}, editLink(r.roleId, r.title)),
        el('td', { class: 'num' }, hours(r.hoursBefore)),
        el('td', { class: 'num' }, hours(r.hoursAfter), r.modeAfter !== 'EXACT' ? ` (${routeMode(r.modeAfter)})` : ''),
        el('td', { class: 'num', dataset: { field: 'delta' } }, `${r.deltaHours > 0 ? '+' : ''}${hours(r.deltaHours)}`),
        el('td', {}, r.newlyUnreachable.map((u) => el('div', {}, `${u.skillName || u.skillId} at level ${u.requiredLevel}: ${unreachableReason(u.reason)}`))))))),
    note,
  ];
}
