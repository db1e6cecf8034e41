// Learner dashboard: one person's readiness, gap, route, coaches, career routes and progress history.
import { all, api, optional } from './api.js';
import { levelsChart } from './charts.js';
import { byId, card, clear, el, hours, notAvailable, panel, percent, problemBox, showProblem, status } from './dom.js';
import { claimsPanel, exportButton } from './claims.js';
import { coachingPanel, requestButton } from './mentoring.js';
import { renderProgress } from './progress.js';
import { rolePicker } from './rolepicker.js';
import { initShell, refuseUnlessAllowed } from './shell.js';
import { careerReason, coachComponent, reasonText, unreachableReason } from './words.js';

const enc = encodeURIComponent;
let roles = null;
const roleTitles = async () => {
  roles = roles || (await all('/roles'));
  return roles;
};

const facts = (pairs) => el('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
  .flatMap(([k, v, field]) => [el('dt', {}, k), el('dd', field ? { dataset: { field } } : {}, v)]));

async function loadPicker() {
  const select = byId('person');
  try {
    const people = (await all('/people')).sort((a, b) => a.name.localeCompare(b.name));
    const fill = () => {
      const needle = byId('person-filter').value.trim().toLowerCase();
      clear(select, people.filter((p) => `${p.name} ${p.id} ${p.department || ''}`.toLowerCase().includes(needle))
        .map((p) => el('option', { value: p.id }, `${p.name} — ${p.id}${p.department ? ` (${p.department})` : ''}`)));
    };
    fill();
    byId('person-filter').addEventListener('input', fill);
    const chosen = new URLSearchParams(location.search).get('person');
    if (chosen) select.value = chosen;
  } catch (e) {
    byId('picker').append(problemBox(e, 'Cannot list people'));
  }
  byId('person-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (select.value) openPerson(select.value);
  });
}

/** The role to plan for: ?role= when the person chose one here, else their target role (null: none). */
const chosenRole = () => new URLSearchParams(location.search).get('role');

async function openPerson(id, own = false) {
  const dash = byId('dashboard');
  clear(dash, el('p', { class: 'loading' }, 'Loading…'));
  status(`Loading ${id}…`);
  let person;
  try {
    person = await api(`/people/${enc(id)}`);
  } catch (e) {
    showProblem(dash, e, `Cannot open person ${id}`);
    return;
  }
  const query = new URLSearchParams(own ? {} : { person: id });
  if (chosenRole()) query.set('role', chosenRole());
  history.replaceState(null, '', query.size ? `?${query}` : location.pathname);
  const roleId = chosenRole() || (person.targetRole ? person.targetRole.id : null);
  const planned = chosenRole() ? (await roleTitles()).find((r) => r.id === roleId) : person.targetRole;
  const choose = (role) => {
    const next = new URLSearchParams(location.search);
    next.set('role', role.id);
    history.replaceState(null, '', `?${next}`);
    openPerson(id, own);
  };
  const header = el('section', { class: 'card', 'aria-labelledby': 'person-name' },
    el('h2', { id: 'person-name' }, own ? `${person.name} (you)` : person.name),
    facts([['Id', person.id], ['Department', person.department], ['Location', person.location],
      ['Current role', person.role ? person.role.title : 'none', 'current-role'],
      ['Target role', person.targetRole ? person.targetRole.title : 'none yet', 'target-role'],
      ['Planning for', planned && chosenRole() ? planned.title : null, 'planned-role'],
      ['Weekly learning hours', person.weeklyHours], ['Manager', person.manager ? person.manager.name : null],
      ['Cohorts', (person.cohorts || []).map((c) => c.name).join(', ')]]),
    own || (currentRole() === 'admin') ? el('p', {}, exportButton(id, own)) : null);
  const picker = card('roles', roleId ? 'Plan for another role' : 'Choose a role to plan for');
  if (!roleId) {
    clear(dash, header, picker.node);
    await panel(picker.body, 'Roles', () => rolePicker(id, choose,
      `${own ? 'You have' : `${person.name} has`} no target role yet. Here is the readiness for each role, closest first; choose one to see the gap, the route and coaches for it.`));
    status(`${person.name} has no target role: choose one to plan for.`);
    return;
  }
  const roleParam = chosenRole() ? `role=${enc(roleId)}` : '';
  const readiness = card('readiness', 'Readiness');
  const gap = card('gap', 'Gap per skill');
  const route = card('route', 'Planned route');
  const coaches = card('coaches', 'Suggested coaches');
  const career = card('career', 'Career routes');
  const coaching = card('coaching', own ? 'My coaching' : 'Coaching');
  const loadCoaching = () => panel(coaching.body, 'Coaching', () => coachingPanel(id, own, coaching.body));
  const progress = card('progress', 'Progress and readiness history');
  const claims = own ? card('self-service', 'Rate yourself or get prior learning recognised') : null;
  const otherRoles = el('details', { class: 'card', id: 'other-roles' }, el('summary', {}, 'Plan for another role'), picker.body);
  otherRoles.addEventListener('toggle', () => {
    if (otherRoles.open && !picker.body.dataset.loaded) {
      picker.body.dataset.loaded = 'yes';
      panel(picker.body, 'Roles', () => rolePicker(id, choose));
    }
  }, { once: false });
  clear(dash, header,
    el('div', { class: 'grid' }, readiness.node, gap.node),
    route.node,
    el('div', { class: 'grid' }, coaches.node, career.node),
    coaching.node,
    progress.node,
    claims ? claims.node : null,
    otherRoles);
  const gapAnswer = api(`/people/${enc(id)}/gap${roleParam ? `?${roleParam}` : ''}`);
  gapAnswer.catch(() => {});
  await Promise.all([
    panel(readiness.body, 'Readiness', async () => renderReadiness((await gapAnswer).gap)),
    panel(gap.body, 'Gap', async () => renderGap((await gapAnswer).gap)),
    panel(route.body, 'Route', async () => renderRoute(await api(`/people/${enc(id)}/route${roleParam ? `?${roleParam}` : ''}`))),
    panel(coaches.body, 'Coaches', async () => renderCoaches(await api(`/people/${enc(id)}/coaches?k=5${roleParam ? `&${roleParam}` : ''}`), id, loadCoaching)),
    loadCoaching(),
    panel(career.body, 'Career routes', async () => careerForm(person, roleId)),
    panel(progress.body, 'Readiness history', async () => {
      const answer = await optional(`/people/${enc(id)}/progress`);
      return answer === null ? notAvailable('the progress history') : renderProgress(answer);
    }),
    claims ? panel(claims.body, 'Self-service', () => claimsPanel(id)) : null,
  ]);
  status(`Dashboard of ${person.name} loaded.`);
}

function renderReadiness(gap) {
  return [
    el('p', { class: 'big', dataset: { field: 'readiness' } }, percent(gap.readiness)),
    el('p', {}, 'towards ', el('strong', { dataset: { field: 'gap-target' } }, gap.targetTitle)),
    facts([['Skills met', `${gap.skillsMet} of ${gap.skillsTotal}`, 'skills-met'],
      ['Essential gaps', String(gap.essentialGaps), 'essential-gaps'],
      ['Prerequisites to raise', String(gap.prerequisites.length)]]),
  ];
}

function renderGap(gap) {
  const rows = gap.skills.map((s) => ({ label: s.name, required: s.requiredLevel, held: s.currentLevel }));
  return [
    el('div', { class: 'legend', 'aria-hidden': 'true' },
      el('span', {}, el('span', { class: 'swatch', style: 'background:#0b5cad' }), 'held'),
      el('span', {}, el('span', { class: 'swatch', style: 'border:2px solid #8a5a00' }), 'required')),
    levelsChart(rows, { label: `Required and held level for each of the ${rows.length} skills of ${gap.targetTitle}` }),
    el('table', { id: 'gap-table' },
      el('caption', { class: 'visually-hidden' }, `Gap to ${gap.targetTitle}`),
      el('thead', {}, el('tr', {}, ['Skill', 'Required', 'Held', 'Gap', 'Importance'].map((h, i) => el('th', { scope: 'col', class: i ? 'num' : null }, h)))),
      el('tbody', {}, gap.skills.map((s) => el('tr', { dataset: { skill: s.skillId } },
        el('td', {}, s.name, s.essential ? ' (essential)' : ''),
        el('td', { class: 'num', dataset: { field: 'required' } }, String(s.requiredLevel)),
        el('td', { class: 'num', dataset: { field: 'held' } }, String(s.currentLevel)),
        el('td', { class: 'num', dataset: { field: 'gap' } }, String(s.gap)),
        el('td', { class: 'num' }, String(s.importance)))))),
    gap.prerequisites.length ? el('p', {}, 'Prerequisites to raise first: ',
      gap.prerequisites.map((p) => `${p.name} ${p.currentLevel} → ${p.requiredLevel}`).join(', ')) : null,
  ];
}

function renderRoute(answer) {
  const { route } = answer;
  const titles = new Map(route.steps.map((s) => [s.moduleId, s.title || s.moduleId]));
  const skillNames = new Map(route.steps.flatMap((s) => s.closes.map((c) => [c.skillId, c.skillName || c.skillId])));
  const schedule = route.schedule;
  const summary = facts([['Total', hours(route.totalHours), 'total-hours'], ['Weeks', String(schedule.totalWeeks), 'total-weeks'],
    ['Per week', hours(schedule.weeklyHours)], ['Modules', String(route.steps.length), 'module-count'],
    ['Optimality', route.provenOptimal ? 'proven minimal' : `heuristic (lower bound ${hours(route.lowerBoundHours)})`]]);
  if (route.steps.length === 0) return [summary, el('p', {}, 'Nothing to learn: the gap is closed or cannot be closed by any module.'), unreachable(route)];
  const timeline = el('ol', { class: 'timeline', 'aria-label': 'Weeks of the route' }, schedule.weeks.map((w) => el('li', { dataset: { week: w.week } },
    el('div', { class: 'week' }, `Week ${w.week}`, el('span', { class: 'muted' }, ` · ${hours(w.hours)}`)),
    el('ul', { class: 'plain' }, w.modules.map((m) => el('li', {}, titles.get(m.moduleId) || m.moduleId, m.completes ? ' ✓' : ''))),
    schedule.skillMilestones.filter((m) => m.week === w.week).map((m) => el('span', { class: 'tag milestone' }, `${skillNames.get(m.skillId) || m.skillId} → ${m.level}`)),
    schedule.badgeMilestones.filter((m) => m.week === w.week).map((m) => el('span', { class: 'tag badge' }, `Badge: ${m.badgeName}`)))));
  const steps = el('details', {}, el('summary', {}, 'Why these modules'), el('ol', {}, route.steps.map((s) => el('li', {},
    `${s.title || s.moduleId} (${hours(s.hours)}, ${s.modality}): raises `,
    s.closes.map((c) => `${c.skillName || c.skillId} ${c.fromLevel} → ${c.toLevel}`).join(', '),
    s.alternative ? `; instead: ${s.alternative.title || s.alternative.moduleId} (+${hours(s.alternative.extraHours)})` : ''))));
  return [summary, el('p', { class: 'muted' }, '✓ marks the week a module is finished; milestones show the level reached that week.'), timeline, steps, unreachable(route)];
}

function unreachable(route) {
  if (!route.unreachable.length) return null;
  return [el('h3', {}, 'Not reachable with published modules'), el('ul', {}, route.unreachable.map((u) => el('li', {},
    `${u.skillName || u.skillId}: needs level ${u.requiredLevel}, modules reach ${u.reachableLevel} — ${unreachableReason(u.reason)}`)))];
}

function renderCoaches(answer, personId, requested) {
  if (answer.candidates.length === 0) return el('p', {}, `No coach is available for the ${answer.gaps.length} gap skills.`);
  return el('ol', { class: 'coaches' }, answer.candidates.map((c, i) => el('li', {
    dataset: c.coach.id ? { coach: c.coach.id, rank: String(i + 1) } : { rank: String(i + 1) } },
    el('strong', {}, c.coach.name), ` — score ${c.score.toFixed(2)}, ${c.remainingCapacity} free place(s) `,
    // A learner's own ranking does not name the coaches' ids (privacy): it requests by each suggestion's handle.
    c.requestHandle || c.coach.id ? requestButton(personId, c.coach, requested, c.requestHandle) : null,
    el('br'), el('span', { class: 'muted' }, [c.coach.department, c.coach.location].filter(Boolean).join(', ')),
    el('div', {}, c.skills.map((s) => el('span', { class: 'tag' }, `${s.name} ${s.coachLevel}`))),
    el('details', {}, el('summary', {}, 'Reasons'), el('ul', {}, c.breakdown.map((b) => el('li', {}, `${coachComponent(b.component)}: ${reasonText(b.reason)}`)))))));
}

async function careerForm(person, roleId) {
  const list = await roleTitles();
  const select = el('select', { id: 'career-to' }, list.slice().sort((a, b) => a.title.localeCompare(b.title))
    .map((r) => el('option', { value: r.id, selected: roleId === r.id }, r.title)));
  const out = el('div', { id: 'career-routes', 'aria-live': 'polite' });
  const form = el('form', {
    class: 'inline',
    onsubmit: (event) => {
      event.preventDefault();
      panel(out, 'Career routes', async () => renderCareer(await api(`/people/${enc(person.id)}/career-routes?to=${enc(select.value)}&k=3`), list));
    },
  }, el('label', { for: 'career-to' }, 'To role'), select, el('button', { type: 'submit', id: 'career-show' }, 'Show routes'));
  if (roleId) setTimeout(() => form.requestSubmit(), 0);
  return [form, out];
}

function renderCareer(answer, list) {
  const title = new Map(list.map((r) => [r.id, r.title]));
  if (answer.routes.length === 0) return el('p', {}, `No route: ${careerReason(answer.reason)}.`);
  return el('ol', {}, answer.routes.map((r) => el('li', {},
    r.roles.map((id) => title.get(id) || id).join(' → '), el('strong', {}, ` ${hours(r.totalHours)}`),
    el('ul', {}, r.moves.map((m) => el('li', { class: 'muted' }, `${title.get(m.from) || m.from} → ${title.get(m.to) || m.to}: ${hours(m.hours)} (${m.kind}${m.inferred ? ', suggested by similar profiles' : ''})`))))));
}

const who = await initShell();
const currentRole = () => (who ? who.role : null);
if (refuseUnlessAllowed(who)) {
  // the page said why; nothing to load
} else if (who && who.role === 'learner' && who.personId) {
  byId('picker').hidden = true;
  const asked = new URLSearchParams(location.search).get('person');
  if (asked && asked !== who.personId) {
    // A learner's token opens only its own person: say so rather than silently showing another page.
    byId('picker').after(el('p', { class: 'problem', role: 'alert', id: 'other-person' },
      `You asked for ${asked}, but your token only opens your own dashboard, so this is yours.`));
  }
  openPerson(who.personId, true);
} else {
  await loadPicker();
  const chosen = new URLSearchParams(location.search).get('person');
  if (chosen) openPerson(chosen);
}
