// Priorities for a group (which gap to close first, which module to teach as one session) and the business
// case of a module nobody has built yet, or of retiring one: what-if on the same people. Reads only.
import { all, api } from './api.js';
import { byId, clear, el, hours, problemBox, status } from './dom.js';
import { initShell, refuseUnlessAllowed } from './shell.js';

const MODALITIES = ['course', 'video', 'workshop', 'simulation', 'project', 'reading', 'coaching'];

/** The population form's choice as the API's filter (query string and what-if body). */
function population() {
  const cohort = byId('p-cohort').value;
  const role = byId('p-role').value;
  const filter = {};
  if (cohort) filter.cohort = cohort;
  if (role) filter.role = role;
  return filter;
}

const num = (value) => (value === null || value === undefined ? '–' : String(value));

function suppressedNote(report) {
  return el('p', { class: 'muted', id: 'suppressed' },
    `Fewer than ${report.minGroupSize} people assessed (${report.assessed} of ${report.people}): no figures are shown, so none describes one person.`);
}

function renderSkills(report) {
  if (report.suppressed) return suppressedNote(report);
  if (report.skills.length === 0) return el('p', {}, 'No gap concerns three members or more.');
  return [
    el('p', {}, `${report.assessed} of ${report.people} people assessed; ${report.withheld} items concerning fewer than ${report.minGroupSize} members are left out.`),
    el('table', { id: 'skills-table' },
      el('caption', { class: 'visually-hidden' }, 'Gap skills ranked by what closing them unblocks'),
      el('thead', {}, el('tr', {}, ['Rank', 'Skill', 'Level', 'Members lacking it', 'Critical for', 'Hours saved', 'Why'].map((h, i) =>
        el('th', { scope: 'col', class: i > 1 && i < 6 ? 'num' : null }, h)))),
      el('tbody', {}, report.skills.map((s, i) => el('tr', { dataset: { skill: s.skillId } },
        el('td', { class: 'num' }, String(i + 1)),
        el('td', {}, el('a', { href: `/ui/explorer.html?node=${encodeURIComponent(s.skillId)}` }, s.name)),
        el('td', { class: 'num' }, String(s.level)),
        el('td', { class: 'num' }, num(s.members)),
        el('td', { class: 'num' }, num(s.criticalFor)),
        el('td', { class: 'num', dataset: { field: 'hours-saved' } }, hours(s.hoursSaved)),
        el('td', { dataset: { field: 'explanation' } }, s.explanation))))),
  ];
}

function renderModules(report) {
  if (report.suppressed) return suppressedNote(report);
  if (report.modules.length === 0) return el('p', {}, 'No module on three members’ routes or more.');
  return el('table', { id: 'modules-table' },
    el('caption', { class: 'visually-hidden' }, 'Modules ranked by the member-hours one shared session removes'),
    el('thead', {}, el('tr', {}, ['Module', 'Hours', 'Members helped', 'Member-hours removed', 'Why', 'If retired'].map((h, i) =>
      el('th', { scope: 'col', class: i > 0 && i < 4 ? 'num' : null }, h)))),
    el('tbody', {}, report.modules.map((m) => el('tr', { dataset: { module: m.moduleId } },
      el('td', {}, el('a', { href: `/ui/explorer.html?node=${encodeURIComponent(m.moduleId)}` }, m.title)),
      el('td', { class: 'num' }, hours(m.hours)),
      el('td', { class: 'num' }, num(m.membersHelped)),
      el('td', { class: 'num', dataset: { field: 'member-hours' } }, hours(m.memberHoursRemoved)),
      el('td', { dataset: { field: 'explanation' } }, m.explanation),
      el('td', {}, el('button', { type: 'button', class: 'secondary retire', 'aria-label': `What if ${m.title} were retired?`,
        onclick: () => runCase([{ op: 'retire-module', module: m.moduleId }], `Retiring ${m.title}`) }, 'What if retired?'))))));
}

async function rank() {
  const filter = population();
  const query = new URLSearchParams({ ...filter, limit: '10' });
  history.replaceState(null, '', `?${new URLSearchParams(filter)}`);
  for (const id of ['skills', 'modules']) {
    clear(byId(id), el('p', { class: 'loading' }, 'Planning every member’s route again for each candidate…'));
    byId(id).setAttribute('aria-busy', 'true');
  }
  status('Ranking…');
  try {
    const report = await api(`/metrics/priorities?${query}`);
    clear(byId('skills'), renderSkills(report));
    clear(byId('modules'), renderModules(report));
    status(report.suppressed ? 'Too few people for figures.' : `Ranked for ${report.assessed} people.`);
  } catch (e) {
    clear(byId('skills'), problemBox(e, 'Cannot rank'));
    clear(byId('modules'));
    status(`Error: ${e.title}`);
  } finally {
    for (const id of ['skills', 'modules']) byId(id).removeAttribute('aria-busy');
  }
}

function renderCase(answer, what) {
  const people = answer.people;
  const bands = (list, word) => el('ul', {}, list.filter((b) => b.people > 0).map((b) =>
    el('li', {}, `${b.people} ${b.people === 1 ? 'person' : 'people'} ${word} ${b.fromHours}–${b.toHours === null ? '…' : b.toHours} h`)));
  return [
    el('h3', {}, what),
    people.suppressed ? suppressedNote(people)
      : [el('p', { id: 'case-summary' }, people.summary),
        el('dl', { class: 'facts' },
          el('dt', {}, 'People assessed'), el('dd', {}, `${people.assessed} of ${people.people}`),
          el('dt', {}, 'Hours saved in all'), el('dd', { dataset: { field: 'hours-saved' } }, hours(people.hoursSaved)),
          el('dt', {}, 'Hours added in all'), el('dd', {}, hours(people.hoursAdded)),
          el('dt', {}, 'Become ready'), el('dd', {}, String(people.becomeReady))),
        el('h4', {}, 'Winners'), bands(people.winners, 'save'),
        el('h4', {}, 'Losers'), bands(people.losers, 'add')],
    el('p', { id: 'case-roles' }, `${answer.rolesChanged} ${answer.rolesChanged === 1 ? 'role’s' : 'roles’'} route from scratch would change.`),
  ];
}

async function runCase(changes, what) {
  const out = byId('case');
  clear(out, el('p', { class: 'loading' }, 'Working it out…'));
  out.setAttribute('aria-busy', 'true');
  try {
    const answer = await api('/curriculum/what-if', { method: 'POST', body: { changes, population: population() } });
    clear(out, renderCase(answer, what));
    status(`${what}: worked out.`);
  } catch (e) {
    clear(out, problemBox(e, what));
    status(`Error: ${e.title}`);
  } finally {
    out.removeAttribute('aria-busy');
  }
  out.scrollIntoView({ block: 'nearest' });
}

/** "sql:3, python:2" as what-if levels; a malformed entry throws with the entry named. */
function levels(text) {
  return text.split(',').map((x) => x.trim()).filter(Boolean).map((entry) => {
    const [skill, level] = entry.split(':');
    if (!skill || !/^\d$/.test(level || '')) throw new Error(`"${entry}" is not skill-id:level`);
    return { skill: skill.trim(), level: Number(level) };
  });
}

function caseForm() {
  clear(byId('c-modality'), MODALITIES.map((m) => el('option', { value: m }, m)));
  clear(byId('c-level'), [1, 2, 3, 4, 5].map((l) => el('option', { value: String(l), selected: l === 3 }, String(l))));
  byId('case-form').addEventListener('submit', (event) => {
    event.preventDefault();
    let assumes;
    try {
      assumes = levels(byId('c-assumes').value);
    } catch (e) {
      clear(byId('case'), problemBox({ status: 400, title: 'Assumes', detail: e.message }, 'Cannot work it out'));
      return;
    }
    const title = byId('c-title').value.trim();
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'new';
    runCase([{ op: 'add-module', module: `m-proposed-${slug}`, title, hours: Number(byId('c-hours').value),
      modality: byId('c-modality').value, teaches: [{ skill: byId('c-skill').value, level: Number(byId('c-level').value) }],
      ...(assumes.length ? { assumes } : {}) }], `Building ${title}`);
  });
}

/**
 * The cohorts to choose from, or null when the token may not list them (a designer's: cohorts are people data).
 * Their aggregates are still open to it, so the cohort is then typed by id instead of chosen.
 */
async function cohortList() {
  try {
    return await all('/cohorts');
  } catch (e) {
    if (e.status !== 403) throw e;
    const select = byId('p-cohort');
    select.replaceWith(el('input', { id: 'p-cohort', name: 'cohort', placeholder: 'cohort id', 'aria-describedby': 'p-cohort-note' }));
    byId('population-form').after(el('p', { class: 'muted', id: 'p-cohort-note' }, 'This token may not list cohorts; type a cohort’s id to rank for it.'));
    return null;
  }
}

async function start() {
  const params = new URLSearchParams(location.search);
  try {
    const [cohorts, roles, skills] = await Promise.all([cohortList(), all('/roles'), all('/skills')]);
    if (cohorts) byId('p-cohort').append(...cohorts.map((c) => el('option', { value: c.id }, `${c.name} (${c.members})`)));
    byId('p-role').append(...roles.map((r) => el('option', { value: r.id }, r.title)));
    clear(byId('c-skill'), skills.map((s) => el('option', { value: s.id }, s.name)));
  } catch (e) {
    byId('population-form').after(problemBox(e, 'Cannot list cohorts, roles and skills'));
    return;
  }
  caseForm();
  byId('population-form').addEventListener('submit', (event) => {
    event.preventDefault();
    rank();
  });
  if (params.get('cohort') || params.get('role')) {
    byId('p-cohort').value = params.get('cohort') || '';
    byId('p-role').value = params.get('role') || '';
    rank();
  }
}

if (!refuseUnlessAllowed(await initShell())) start();
