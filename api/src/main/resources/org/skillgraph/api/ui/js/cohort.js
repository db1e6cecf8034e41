// Cohort view: readiness side by side, the most common gaps, the coach assignment (dry run), and the
// measurement panels (segments, time to competency, module drop-off).
import { all, api, optional } from './api.js';
import { barChart } from './charts.js';
import { byId, card, clear, el, notAvailable, panel, percent, problemBox, showProblem, status } from './dom.js';
import { renderModuleDropOff, renderSegments, renderTimeToCompetency } from './metrics.js';
import { initShell, refuseUnlessAllowed } from './shell.js';
import { unassignedReason } from './words.js';

const enc = encodeURIComponent;

/** Each member's gap for their target role, a few requests at a time (members × one round trip). */
async function memberGaps(members) {
  const results = new Array(members.length);
  let next = 0;
  const worker = async () => {
    while (next < members.length) {
      const i = next++;
      try {
        results[i] = { member: members[i], gap: (await api(`/people/${enc(members[i].id)}/gap`)).gap };
      } catch (e) {
        results[i] = { member: members[i], error: e };
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return results;
}

function renderReadiness(gaps) {
  const assessed = gaps.filter((g) => g.gap).sort((a, b) => b.gap.readiness - a.gap.readiness);
  const skipped = gaps.filter((g) => g.error);
  return [
    barChart(assessed.map((g) => ({ label: g.member.name, value: g.gap.readiness })),
      { max: 1, format: percent, label: `Readiness of ${assessed.length} members towards their target roles` }),
    el('table', { id: 'readiness-table' },
      el('thead', {}, el('tr', {}, ['Member', 'Target role', 'Readiness', 'Skills met'].map((h, i) => el('th', { scope: 'col', class: i > 1 ? 'num' : null }, h)))),
      el('tbody', {}, assessed.map((g) => el('tr', { dataset: { person: g.member.id } },
        el('td', {}, el('a', { href: `/ui/learner.html?person=${enc(g.member.id)}` }, g.member.name)),
        el('td', {}, g.gap.targetTitle),
        el('td', { class: 'num', dataset: { field: 'readiness' } }, percent(g.gap.readiness)),
        el('td', { class: 'num' }, `${g.gap.skillsMet} of ${g.gap.skillsTotal}`))))),
    skipped.length ? el('p', { class: 'muted' }, 'Not assessed: ', skipped.map((g) => `${g.member.name} (${g.error.code === 'missing-target' ? 'no target role yet' : g.error.detail || g.error.title})`).join('; ')) : null,
  ];
}

function renderCommonGaps(gaps) {
  const bySkill = new Map();
  for (const g of gaps.filter((x) => x.gap)) {
    for (const s of g.gap.skills.filter((x) => x.gap > 0)) {
      const entry = bySkill.get(s.skillId) || { label: s.name, value: 0 };
      entry.value += 1;
      bySkill.set(s.skillId, entry);
    }
  }
  const top = [...bySkill.values()].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label)).slice(0, 12);
  if (top.length === 0) return el('p', {}, 'No member has a gap.');
  return [barChart(top, { max: top[0].value, label: `The ${top.length} skills most members lack` }),
    el('p', { class: 'muted' }, 'Bars count the members below the required level.')];
}

function assignmentForm(cohortId, names) {
  const out = el('div', { id: 'assignment-result', 'aria-live': 'polite' });
  const run = (commit) => panel(out, 'Coach assignment', async () =>
    renderAssignment(await api(`/cohorts/${enc(cohortId)}/coach-assignment${commit ? '?commit=true' : ''}`, { method: 'POST' }), names, () => run(true)));
  const button = el('button', { type: 'button', id: 'run-assignment', class: 'secondary', onclick: () => run(false) }, 'Run the dry run again');
  // A dry run writes nothing, so it runs at once; the button runs it again after changes elsewhere.
  setTimeout(() => run(false), 0);
  return [el('p', {}, 'Proposes coaches for every member without writing anything; read it, then commit it to start the pairs. ', button), out];
}

function renderAssignment(a, names, commit) {
  const name = (id) => names.get(id) || id;
  return [
    el('p', { class: a.committed ? 'ok' : null, id: 'assignment-summary', dataset: { committed: String(a.committed) } },
      el('strong', { dataset: { field: 'assignments' } }, String(a.assignments.length)), a.committed ? ' pairs started' : ' pairs proposed',
      `, total score ${a.totalScore.toFixed(2)}`, a.committed ? ': the coaches and learners can see them now.' : ' (dry run: nothing written yet).'),
    a.committed || a.assignments.length === 0 ? null
      : el('p', {}, el('button', { type: 'button', id: 'commit-assignment', onclick: commit }, `Commit these ${a.assignments.length} pairs`),
        el('span', { class: 'muted' }, ' The assignment is worked out again on commit; if a coach’s place was taken meanwhile, nothing is written and this says so.')),
    el('table', {}, el('thead', {}, el('tr', {}, ['Learner', 'Coach', 'Skills', 'Score'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, a.assignments.map((x) => el('tr', { dataset: { learner: x.learnerId, coach: x.coach.id } }, el('td', {}, name(x.learnerId)), el('td', {}, x.coach.name),
        el('td', {}, x.skills.map((s) => s.name || s.skillId).join(', ')), el('td', { class: 'num' }, x.score.toFixed(2)))))),
    a.unassigned.length ? [el('h3', {}, 'Without a new coach'), el('ul', {}, a.unassigned.map((u) => el('li', {}, `${name(u.learnerId)}: ${unassignedReason(u.reason)}`)))] : null,
    el('h3', {}, 'Coach utilisation after the assignment'),
    a.utilisation.length ? barChart(a.utilisation.map((u) => ({ label: u.name, value: (u.capacity - u.remainingAfter) / u.capacity, u })),
      { max: 1, format: percent, label: 'Share of each coach’s places taken after the assignment' }) : el('p', {}, 'No coach used.'),
  ];
}

/** A measurement panel: the endpoint's answer, or "not available" while the server lacks it. */
async function measurement(body, title, path, render) {
  await panel(body, title, async () => {
    const answer = await optional(path);
    return answer === null ? notAvailable(`GET /api/v1${path.split('?')[0]}`) : render(answer);
  });
}

async function openCohort(cohortId) {
  const view = byId('cohort-view');
  status(`Loading cohort ${cohortId}…`);
  let members;
  try {
    members = await all(`/cohorts/${enc(cohortId)}/members`);
  } catch (e) {
    showProblem(view, e, `Cannot open cohort ${cohortId}`);
    return;
  }
  history.replaceState(null, '', `?cohort=${enc(cohortId)}`);
  const names = new Map(members.map((m) => [m.id, m.name]));
  const readiness = card('members', `Members’ readiness (${members.length})`);
  const common = card('common-gaps', 'Most common gaps');
  const assignment = card('assignment', 'Coach assignment');
  const segments = card('segments', 'Segments');
  const time = card('time-to-competency', 'Time to competency');
  const dropOff = card('drop-off', 'Module drop-off');
  const sections = [readiness, common, assignment, segments, time, dropOff];
  clear(view, el('nav', { class: 'in-page', 'aria-label': 'Sections of this cohort' },
    el('ul', {}, sections.map((c) => el('li', {}, el('a', { href: `#${c.node.id}` }, c.node.querySelector('h2').textContent))))),
  el('div', { class: 'grid' }, readiness.node, common.node), assignment.node, segments.node, time.node, dropOff.node);
  const gaps = memberGaps(members);
  await Promise.all([
    panel(readiness.body, 'Readiness', async () => renderReadiness(await gaps)),
    panel(common.body, 'Common gaps', async () => renderCommonGaps(await gaps)),
    panel(assignment.body, 'Coach assignment', async () => assignmentForm(cohortId, names)),
    measurement(segments.body, 'Segments', `/cohorts/${enc(cohortId)}/segments`, renderSegments),
    measurement(time.body, 'Time to competency', `/metrics/time-to-competency?cohort=${enc(cohortId)}`, renderTimeToCompetency),
    measurement(dropOff.body, 'Module drop-off', `/metrics/modules?cohort=${enc(cohortId)}`, renderModuleDropOff),
  ]);
  status(`Cohort ${cohortId} loaded: ${members.length} members.`);
}

async function start() {
  const select = byId('cohort');
  try {
    const cohorts = await all('/cohorts');
    clear(select, cohorts.map((c) => el('option', { value: c.id }, `${c.name} (${c.members})`)));
  } catch (e) {
    byId('cohort-form').after(problemBox(e, 'Cannot list cohorts'));
  }
  byId('cohort-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (select.value) openCohort(select.value);
  });
  const chosen = new URLSearchParams(location.search).get('cohort');
  if (chosen) {
    select.value = chosen;
    openCohort(chosen);
  }
}

if (!refuseUnlessAllowed(await initShell())) start();
