// What an editor shows when a write is refused, in words: someone else's change (412), a cycle or
// dependents (409) with links to the nodes involved, and every bad field of a 400 next to its control.
import { el, problemBox } from './dom.js';
import { controlId } from './editors.js';
import { dependentKind } from './words.js';

/** A link that opens a node in the editor. */
export const editLink = (id, text, label) => el('a', { href: `/ui/author.html?id=${encodeURIComponent(id)}`, dataset: { edit: id }, 'aria-label': label || null }, text || id);

/**
 * The message for a refused write. actions: {reload, compare, force, retire} callbacks offered where they
 * help (reload/compare on 412, force on has-dependents, retire on has-history).
 */
export function refusal(error, actions = {}) {
  const p = error.problem || {};
  const box = (title, ...body) => el('div', { class: 'problem', role: 'alert', id: 'edit-problem', dataset: { code: error.code || '', status: error.status } },
    el('p', { class: 'problem-title' }, title), ...body);
  const button = (id, text, onclick) => el('button', { type: 'button', class: 'secondary', id, onclick }, text);
  switch (error.code) {
    case 'stale-write':
      return box('Someone changed this since you opened it',
        el('p', {}, 'Your edits are not saved. Reload to start from the current version (your edits are lost), or compare yours with it first.'),
        el('p', { class: 'actions' }, button('reload', 'Reload the current version', actions.reload), ' ', button('compare', 'Compare with mine', actions.compare)));
    case 'prerequisite-cycle':
    case 'taxonomy-cycle':
      return box(error.code === 'prerequisite-cycle' ? 'That would make prerequisites go round in a circle' : 'That would make the taxonomy go round in a circle',
        el('p', {}, 'Nothing was saved. The circle would be: ',
          el('span', { class: 'cycle' }, (p.cycle || []).flatMap((id, i) => [i ? ' → ' : '', editLink(id)]))),
        el('p', {}, 'Remove one of these links, in this editor or in the skill it starts from.'));
    case 'has-dependents':
      return box('Still in use, so not deleted',
        el('ul', {}, (p.dependents || []).map((d) => el('li', { dataset: { kind: d.kind } }, `${dependentKind(d.kind)}: ${d.count}`,
          d.ids && d.ids.length ? [' — ', d.ids.flatMap((id, i) => [i ? ', ' : '', editLink(id)]), d.count > d.ids.length ? ' …' : ''] : ''))),
        el('p', {}, 'Change those first, or delete it together with every reference to it.'),
        actions.force ? el('p', {}, button('force-delete', 'Delete it with its references', actions.force)) : null);
    case 'has-history':
      return box('People have taken this module, so it cannot be deleted',
        el('p', {}, 'Retire it instead: it stays in their history but is no longer offered.'),
        actions.retire ? el('p', {}, button('retire', 'Retire the module', actions.retire)) : null);
    case 'already-exists':
      return box('That id is taken', el('p', {}, 'Choose another id, or open ', editLink(p.id || '', 'the existing one'), '.'));
    default:
      if (error.status === 400 && Array.isArray(p.errors)) {
        return box('Some fields need fixing; nothing was saved',
          el('ul', { id: 'field-errors' }, p.errors.map((e) => el('li', {},
            el('a', { href: `#${controlId(e.pointer)}` }, label(e.pointer)), `: ${e.message}`))));
      }
      return problemBox(error, 'Not saved');
  }
}

/** "/requires/0/level" → "requires, row 1, level". */
const label = (pointer) => pointer.split('/').filter(Boolean).map((part) => (/^\d+$/.test(part) ? `row ${Number(part) + 1}` : part)).join(', ');

/** Marks the controls a 400 names (aria-invalid), clearing earlier marks. */
export function markInvalid(form, error) {
  form.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
  for (const e of (error && error.problem && error.problem.errors) || []) {
    const node = form.querySelector(`#${CSS.escape(controlId(e.pointer))}`) || form.querySelector(`#${CSS.escape(controlId(e.pointer.replace(/\/\d+$/, '')))}`);
    if (node) node.setAttribute('aria-invalid', 'true');
  }
}

/** Field-by-field differences between two bodies: [{field, mine, theirs}]. */
export function differences(mine, theirs) {
  const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter((k) => k !== 'id');
  // Lists of ids are sets to the API: their order is no difference.
  const norm = (v) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...v].sort() : v);
  const show = (v) => (v === undefined || v === null || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(norm(v)) : String(v));
  return keys.filter((k) => show(mine[k]) !== show(theirs[k])).map((k) => ({ field: k, mine: show(mine[k]), theirs: show(theirs[k]) }));
}
