// The explorer's side panel: one node's details as read from its catalogue endpoint. Every id shown is a
// link that opens that node in the explorer (?node=id), so it also works from the keyboard or a new tab.
import { api } from './api.js';
import { el, hours } from './dom.js';
import { currentUser } from './shell.js';

const ENDPOINTS = { Skill: 'skills', Role: 'roles', Module: 'modules', Topic: 'topics' };

export const nodeLink = (id, text) => el('a', { href: `/ui/explorer.html?node=${encodeURIComponent(id)}`, dataset: { node: id } }, text || id);

const facts = (pairs) => el('dl', { class: 'facts' },
  pairs.filter(([, v]) => v !== null && v !== undefined && v !== '').flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));

function list(title, items, render) {
  if (!items || items.length === 0) return null;
  return [el('h3', {}, `${title} (${items.length})`), el('ul', { class: 'plain' }, items.map((item) => el('li', {}, render(item))))];
}

const level = (n) => (n === null || n === undefined ? '' : ` · level ${n}`);

const RENDER = {
  Skill: (s) => [
    facts([['Id', s.id], ['Kind', s.kind], ['Description', s.description], ['Aliases', (s.aliases || []).join(', ')]]),
    list('Topics', s.topics, (t) => nodeLink(t.id, t.name)),
    list('Prerequisites', s.prerequisites, (p) => [nodeLink(p.id, p.name), level(p.level)]),
    list('Needed for', s.dependents, (p) => [nodeLink(p.id, p.name), level(p.level)]),
    list('Taught by', s.taughtBy, (m) => [nodeLink(m.moduleId, m.title), level(m.level)]),
    list('Needed by roles', s.neededBy, (r) => [nodeLink(r.roleId, r.title), level(r.level)]),
    list('Related', s.related, (r) => nodeLink(r.id, r.name)),
  ],
  Role: (r) => [
    facts([['Id', r.id], ['Family', r.family], ['Career level', r.level], ['Description', r.description]]),
    list('Profile', r.profile, (p) => [nodeLink(p.skillId, p.name), level(p.level), p.essential ? ' · essential' : '']),
    list('Moves to', r.movesOut, (m) => [nodeLink(m.roleId, m.title), ` (${m.kind})`]),
    list('Moves from', r.movesIn, (m) => [nodeLink(m.roleId, m.title), ` (${m.kind})`]),
  ],
  Module: (m) => [
    facts([['Id', m.id], ['Hours', hours(m.hours)], ['Modality', m.modality], ['Pacing', m.pacing], ['Cycle', m.cycle],
      ['Core', m.core ? 'yes' : 'no (optional deep dive)'], ['Status', m.status], ['Pass score', m.passScore]]),
    list('Teaches', m.teaches, (t) => [nodeLink(t.skillId, t.name), level(t.level)]),
    list('Assumes', m.assumes, (t) => [nodeLink(t.skillId, t.name), level(t.level)]),
  ],
};

/** Scalars as facts, arrays of {id, name} as links: enough for topics and whatever comes next. */
function generic(node) {
  const scalars = Object.entries(node).filter(([, v]) => v === null || typeof v !== 'object');
  const arrays = Object.entries(node).filter(([, v]) => Array.isArray(v) && v.length && typeof v[0] === 'object');
  return [facts(scalars.map(([k, v]) => [k, String(v)])),
    arrays.map(([k, v]) => list(k, v, (item) => (item.id ? nodeLink(item.id, item.name || item.title) : JSON.stringify(item))))];
}

/** The details of a node of the neighbourhood ({id, label, name}). */
export async function details(node) {
  const endpoint = ENDPOINTS[node.label];
  const who = currentUser();
  const editable = endpoint && who && ['admin', 'designer'].includes(who.role);
  const heading = el('p', {}, el('span', { class: 'kind' }, node.label), el('br'), el('strong', { id: 'details-name' }, node.name || node.id),
    editable ? [' ', el('a', { id: 'details-edit', href: `/ui/author.html?kind=${node.label.toLowerCase()}&id=${encodeURIComponent(node.id)}` }, `Edit ${node.label.toLowerCase()}`)] : null);
  if (!endpoint) return [heading, facts([['Id', node.id]])];
  const body = await api(`/${endpoint}/${encodeURIComponent(node.id)}`);
  return [heading, (RENDER[node.label] || generic)(body)];
}
