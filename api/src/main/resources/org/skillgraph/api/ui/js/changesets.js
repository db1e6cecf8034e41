// Framework versions: a framework's recorded versions, an upload of its next version as a change set, the
// review (counts, impact, entries page by page) and the apply with a choice per removed skill and role, or
// the discard. Nothing is written before "Apply".
import { all, api, request } from './api.js';
import { byId, clear, el, problemBox, status } from './dom.js';
import { refusal } from './conflicts.js';
import { initShell, refuseUnlessAllowed } from './shell.js';

const enc = encodeURIComponent;
const TYPES = { bundle: 'application/json', case: 'application/json', moodle: 'text/csv', onet: 'application/zip' };
const KIND_WORDS = {
  'skill-added': 'Skills added', 'skill-renamed': 'Skills renamed', 'description-changed': 'Descriptions changed',
  'skill-moved': 'Skills moved in the hierarchy', 'prerequisites-changed': 'Prerequisites changed', 'role-added': 'Roles added',
  'role-profile-changed': 'Role profiles changed', 'role-removed': 'Roles removed', 'skill-removed': 'Skills removed',
};

let framework = null;

async function openFramework(id) {
  framework = id;
  history.replaceState(null, '', `?framework=${enc(id)}`);
  const out = byId('versions');
  try {
    const versions = await all(`/frameworks/${enc(id)}/versions`);
    clear(out, versions.length === 0 ? el('p', { class: 'muted' }, 'No version recorded yet: the next change set applied or direct import records one.')
      : el('table', { id: 'versions-table' },
        el('thead', {}, el('tr', {}, ['Version', 'Source', 'When', 'Summary'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, versions.map((v) => el('tr', { dataset: { version: v.id } },
          el('td', {}, String(v.seq ?? v.id)), el('td', {}, v.source || ''), el('td', {}, String(v.at || v.appliedAt || '').slice(0, 16).replace('T', ' ')),
          el('td', {}, v.summary || ''))))));
  } catch (e) {
    clear(out, problemBox(e, 'Cannot list versions'));
  }
}

async function upload() {
  const format = byId('cs-format').value;
  const file = byId('cs-file').files[0];
  const content = file ? (format === 'onet' ? file : await file.text()) : byId('cs-pasted').value;
  const query = new URLSearchParams({ source: byId('cs-source').value.trim(), format });
  status('Reading the version and working out its impact…');
  const review = byId('review');
  clear(review, el('p', { class: 'loading' }, 'Working out what it changes…'));
  review.setAttribute('aria-busy', 'true');
  try {
    const made = await request(`/frameworks/${enc(framework)}/changesets?${query}`, { method: 'POST', body: content, raw: true, contentType: TYPES[format] });
    await showChangeSet(made.body.id);
  } catch (e) {
    clear(review, refusal(e));
    status('The version was refused.');
  } finally {
    review.removeAttribute('aria-busy');
  }
}

/** Every entry of a kind (the review lists removals in full so each gets a choice). */
async function entries(id, kind) {
  return all(`/frameworks/${enc(framework)}/changesets/${enc(id)}?kind=${enc(kind)}`);
}

const count = (part) => (part && typeof part === 'object' ? part.count : part) ?? 0;

function impactList(impact) {
  const rows = [
    ['people', 'People whose gap or readiness may change'], ['holders', 'People holding a removed skill'],
    ['roles', 'Roles affected'], ['modules', 'Modules teaching a removed skill'], ['badges', 'Badges certifying a removed skill'],
    ['coachingPairs', 'Active coaching pairs about a removed skill'], ['removedRoles', 'Roles removed'],
    ['roleHolders', 'People in or targeting a removed role'], ['roleMoves', 'Career moves to or from a removed role'],
  ].filter(([key]) => impact[key] !== undefined);
  const routes = impact.routes;
  return [
    el('dl', { class: 'facts', id: 'impact' }, rows.flatMap(([key, words]) => [el('dt', {}, words), el('dd', { dataset: { field: key } }, String(count(impact[key])))])),
    routes ? [el('h3', {}, 'Route hours from scratch'),
      el('p', { id: 'route-hours' }, `${routes.changed} of ${routes.compared} roles planned change hours.`),
      routes.sample.length ? el('ul', {}, routes.sample.map((r) => el('li', { dataset: { role: r.role } },
        `${r.role}: ${r.before === null ? 'new' : `${r.before} h`} → ${r.after === null ? 'unreachable' : `${r.after} h`}`))) : null] : null,
  ];
}

function skillChoice(entry, index) {
  const id = `choice-${index}`;
  const successor = el('input', { id: `${id}-successor`, value: entry.suggestion || '', placeholder: 'successor skill id', 'aria-label': `Successor of ${entry.label || entry.id}` });
  const action = el('select', { id, 'aria-label': `What to do with ${entry.label || entry.id}` },
    el('option', { value: 'deprecate' }, 'Deprecate it (kept, flagged)'),
    el('option', { value: 'replace', selected: Boolean(entry.suggestion) }, 'Replace it by'));
  return el('li', { dataset: { skill: entry.id } },
    el('strong', {}, entry.label || entry.id), ` (${entry.id})`,
    entry.suggestion ? el('span', { class: 'muted' }, ` suggested successor ${entry.suggestion} (label similarity ${Number(entry.similarity).toFixed(2)})`) : null,
    el('div', { class: 'toolbar' }, action, successor));
}

function roleChoice(entry, index) {
  const id = `role-choice-${index}`;
  return el('li', { dataset: { role: entry.id } }, el('strong', {}, entry.label || entry.id), ` (${entry.id})`,
    el('div', { class: 'toolbar' },
      el('select', { id, 'aria-label': `What to do with role ${entry.label || entry.id}` },
        el('option', { value: 'keep' }, 'Keep it'), el('option', { value: 'deprecate' }, 'Deprecate it'), el('option', { value: 'replace' }, 'Replace it by')),
      el('input', { id: `${id}-successor`, placeholder: 'successor role id', 'aria-label': `Successor of role ${entry.label || entry.id}` })));
}

/** The designer's choices as the apply body. */
function choices() {
  const skills = [...document.querySelectorAll('#skill-choices li')].map((li, i) => {
    const action = byId(`choice-${i}`).value;
    const successor = byId(`choice-${i}-successor`).value.trim();
    return action === 'replace' ? { skill: li.dataset.skill, action, successors: [{ skill: successor, share: 1 }] } : { skill: li.dataset.skill, action };
  });
  const roles = [...document.querySelectorAll('#role-choices li')].map((li, i) => {
    const action = byId(`role-choice-${i}`).value;
    return action === 'replace' ? { role: li.dataset.role, action, successor: byId(`role-choice-${i}-successor`).value.trim() } : { role: li.dataset.role, action };
  });
  return { choices: skills, roles };
}

async function showChangeSet(id) {
  const view = await api(`/frameworks/${enc(framework)}/changesets/${enc(id)}?limit=50`);
  const cs = view.changeSet || view;
  const [removedSkills, removedRoles] = await Promise.all([entries(id, 'skill-removed'), entries(id, 'role-removed')]);
  const review = byId('review');
  const result = el('div', { id: 'apply-result', 'aria-live': 'polite' });
  clear(review,
    el('p', { id: 'cs-summary', dataset: { changeSet: cs.id, state: cs.status || '' } }, `Change set ${cs.id} from ${cs.source || 'an upload'}: `,
      Object.entries(cs.counts || {}).map(([k, n]) => `${n} ${(KIND_WORDS[k] || k).toLowerCase()}`).join(', ') || 'no change', '.'),
    el('h3', {}, 'Whom it affects'), impactList(cs.impact || {}),
    el('h3', {}, 'Changes'),
    el('table', { id: 'entries-table' },
      el('thead', {}, el('tr', {}, ['Change', 'Skill or role', 'Before', 'After'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, view.items.map((e) => el('tr', { dataset: { kind: e.kind, entity: e.id } },
        el('td', {}, KIND_WORDS[e.kind] || e.kind), el('td', {}, e.label ? `${e.label} (${e.id})` : e.id),
        el('td', {}, e.before.join(', ')), el('td', {}, e.after.join(', ')))))),
    view.nextCursor ? el('p', { class: 'muted' }, `The first ${view.items.length} changes are shown; removals are all listed below.`) : null,
    removedSkills.length ? [el('h3', {}, `Removed skills (${removedSkills.length}): what becomes of them`),
      el('p', {}, 'A replaced skill’s holdings, evidence, role needs, teachings, coaching pairs and badges move onto its successor, each copy marked with where it came from; the originals stay.'),
      el('ul', { id: 'skill-choices', class: 'plain' }, removedSkills.map(skillChoice))] : null,
    removedRoles.length ? [el('h3', {}, `Removed roles (${removedRoles.length})`), el('ul', { id: 'role-choices', class: 'plain' }, removedRoles.map(roleChoice))] : null,
    cs.status === 'open' || !cs.status ? el('p', { class: 'actions' },
      el('button', { type: 'button', id: 'apply-cs', onclick: () => apply(cs.id, result) }, 'Apply this change set'),
      el('button', { type: 'button', id: 'discard-cs', class: 'secondary', onclick: () => discard(cs.id, result) }, 'Discard it')) : null,
    result);
  status(`Change set ${cs.id} ready for review.`);
}

async function apply(id, out) {
  status('Applying…');
  try {
    const applied = await api(`/frameworks/${enc(framework)}/changesets/${enc(id)}/apply`, { method: 'POST', body: choices() });
    const figures = Object.entries(applied).filter(([, v]) => typeof v === 'number');
    clear(out, el('p', { class: 'ok', id: 'applied' }, `Applied: the framework is now at version ${applied.version ? applied.version.seq : '?'}.`),
      el('dl', { class: 'facts' }, figures.flatMap(([k, n]) => [el('dt', {}, k), el('dd', { dataset: { field: k } }, String(n))])));
    for (const b of document.querySelectorAll('#apply-cs, #discard-cs')) b.disabled = true;
    status('Applied.');
    openFramework(framework);
  } catch (e) {
    clear(out, refusal(e));
    status('Not applied: nothing was written.');
  }
}

async function discard(id, out) {
  try {
    await request(`/frameworks/${enc(framework)}/changesets/${enc(id)}`, { method: 'DELETE' });
    clear(out, el('p', { id: 'discarded' }, 'Discarded: nothing was written.'));
    for (const b of document.querySelectorAll('#apply-cs, #discard-cs')) b.disabled = true;
    status('Discarded.');
  } catch (e) {
    clear(out, refusal(e));
  }
}

async function start() {
  const select = byId('framework');
  try {
    const frameworks = await all('/frameworks');
    clear(select, frameworks.map((f) => el('option', { value: f.id }, `${f.title} (${f.skills} skills)`)));
  } catch (e) {
    byId('fw-form').after(problemBox(e, 'Cannot list frameworks'));
    return;
  }
  byId('fw-form').addEventListener('submit', (event) => { event.preventDefault(); openFramework(select.value); });
  byId('cs-form').addEventListener('submit', (event) => { event.preventDefault(); if (framework) upload(); });
  const params = new URLSearchParams(location.search);
  if (params.get('framework')) select.value = params.get('framework');
  if (select.value) await openFramework(select.value);
  if (params.get('changeset')) await showChangeSet(params.get('changeset'));
}

if (!refuseUnlessAllowed(await initShell())) start();
