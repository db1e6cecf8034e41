// The cohort view's measurement panels, rendering the answers of GET /cohorts/{id}/segments,
// /metrics/time-to-competency and /metrics/modules; an answer of another shape falls back to a generic chart.
import { barChart, stepChart } from './charts.js';
import { el, percent } from './dom.js';

const num = (v) => (v === null || v === undefined ? '–' : Number.isInteger(v) ? String(v) : v.toFixed(2));
const segmentItem = (s) => el('li', { class: 'segment', dataset: { segment: s.id } },
  el('h4', {}, s.name || s.id),
  el('p', {}, el('span', { dataset: { field: 'segment-members' } }, String(s.members.length)), ' members',
    typeof s.meanReadiness === 'number' ? [' · mean readiness ', el('span', { dataset: { field: 'segment-readiness' } }, percent(s.meanReadiness))] : ''),
  s.entryPoint && s.entryPoint.length ? el('div', { class: 'muted', dataset: { field: 'segment-entry' } }, 'Start with: ',
    s.entryPoint.map((e) => e.title || e.moduleId).join(', ')) : null,
  s.canSkip && s.canSkip.length ? el('div', { class: 'muted', dataset: { field: 'segment-skip' } }, 'Can skip: ',
    s.canSkip.slice(0, 4).map((m) => `${m.title || m.moduleId} (${m.members} of ${m.of})`).join(', '),
    s.canSkip.length > 4 ? ` and ${s.canSkip.length - 4} more` : '') : null,
  s.profile && s.profile.length ? el('div', { class: 'muted' }, 'Largest gaps: ', s.profile.slice(0, 3).map((p) => p.name || p.skillId).join(', ')) : null);

/** GET /cohorts/{id}/segments: the cohort's rule segments and the automatic grouping by gap vectors. */
export function renderSegments(answer) {
  const rules = Array.isArray(answer.rules) ? answer.rules : null;
  const auto = answer.automatic && Array.isArray(answer.automatic.segments) ? answer.automatic : null;
  if (!rules && !auto) return genericChart(answer, 'Segments');
  const names = (list) => list.map((m) => m.name || m.id).join(', ');
  return [
    el('h3', {}, `Rule segments (${rules ? rules.length : 0})`),
    rules && rules.length ? el('ul', { class: 'cards', id: 'rule-segments' }, rules.map(segmentItem))
      : el('p', { class: 'muted' }, 'This cohort defines no rule segments.'),
    answer.unsegmented && answer.unsegmented.length
      ? el('p', { class: 'muted', dataset: { field: 'unsegmented' } }, `In no rule segment (${answer.unsegmented.length}): ${names(answer.unsegmented)}`) : null,
    auto ? [
      el('h3', {}, `Groups by similar gaps (${auto.segments.length})`),
      auto.segments.length ? el('ul', { class: 'cards', id: 'auto-segments' }, auto.segments.map(segmentItem)) : el('p', { class: 'muted' }, 'No member to group.'),
      typeof auto.silhouette === 'number' ? el('p', { class: 'muted' }, `Grouped by how alike their gaps are (k-means++); how well the groups separate, from -1 to 1: ${auto.silhouette.toFixed(2)}.`) : null,
    ] : null,
    answer.withoutRole && answer.withoutRole.length
      ? el('p', { class: 'muted', dataset: { field: 'without-role' } }, `Without a role to compare with (${answer.withoutRole.length}): ${names(answer.withoutRole)}`) : null,
  ];
}

const days = (v) => (v === null || v === undefined ? 'not reached' : `${v} days`);

/** GET /metrics/time-to-competency: Kaplan–Meier quartiles per group, with right-censored people counted. */
export function renderTimeToCompetency(answer) {
  const groups = ['all', 'coached', 'notCoached'].map((k) => answer[k]).filter(Boolean);
  if (groups.length === 0) return genericChart(answer, 'Time to competency');
  const label = { all: 'Everyone', coached: 'With a coach', notCoached: 'Without a coach' };
  const buckets = ((answer.all && answer.all.distribution) || []).filter((b) => b.reached || b.censored);
  const curve = (answer.all && answer.all.curve) || [];
  return [
    el('table', { id: 'ttc-table' },
      el('thead', {}, el('tr', {}, ['Group', 'People', 'Reached', 'Still on the way', 'First quartile', 'Median', 'Third quartile']
        .map((h, i) => el('th', { scope: 'col', class: i ? 'num' : null }, h)))),
      el('tbody', {}, groups.map((g) => el('tr', { dataset: { group: g.name } },
        el('td', {}, label[g.name] || g.name),
        ...(g.suppressed
          ? [el('td', { class: 'num', colspan: 6, dataset: { field: 'suppressed' } }, `suppressed (fewer than ${answer.minGroupSize} people)`)]
          : [['people', num(g.people)], ['reached', num(g.reached)], ['censored', num(g.censored)],
            ['q1', days(g.firstQuartileDays)], ['median', days(g.medianDays)], ['q3', days(g.thirdQuartileDays)]]
            .map(([field, v]) => el('td', { class: 'num', dataset: { field } }, v))))))),
    el('p', { class: 'muted' }, 'Quartiles are Kaplan–Meier estimates: people still on the way count until today (right-censored); ',
      '"not reached" means fewer than that share has reached the target profile yet.',
      answer.notObserved ? ` ${answer.notObserved} member(s) without a dated target are left out.` : ''),
    [el('h3', {}, 'Share still on the way, by days since setting the target'),
      el('div', { class: 'legend', 'aria-hidden': 'true' },
        el('span', {}, el('span', { class: 'swatch', style: 'background:var(--held);height:3px' }), 'share still on the way'),
        el('span', {}, el('span', { class: 'swatch', style: 'background:var(--required);width:3px' }), `people still on the way (placed mid-step of ${answer.bucketDays} days)`)),
      stepChart(curve.map((c) => ({ day: c.day, waiting: c.waiting })),
        buckets.filter((b) => b.censored).map((b) => ({ day: Math.round((b.fromDay + b.toDay) / 2), title: `${b.censored} still on the way after ${b.fromDay}–${b.toDay} days` })),
        { lastDay: buckets.length ? buckets[buckets.length - 1].toDay : 0, format: percent, label: 'Kaplan–Meier estimate of the share not yet at the target profile, with ticks for people still on the way' })],
    buckets.length ? [el('h3', {}, `Reached the target profile, by days since setting it (${answer.bucketDays}-day steps)`),
      histogram(buckets, 'reached', 'People who reached their target profile'),
      el('h3', {}, `Still on the way, by days since setting the target (${answer.bucketDays}-day steps)`),
      histogram(buckets, 'censored', 'People still on the way', true)] : null,
  ];
}

const histogram = (buckets, field, label, alt = false) => (buckets.every((b) => !b[field]) ? el('p', { class: 'muted' }, 'Nobody yet.') : barChart(buckets.map((b) => ({ label: `${b.fromDay}–${b.toDay} days`, value: b[field] })),
  { max: Math.max(1, ...buckets.map((b) => b[field])), alt: () => alt, label: `${label}, by days since setting the target` }));

/** GET /metrics/modules: drop-off per module; modules with too few learners are suppressed, not rated. */
export function renderModuleDropOff(answer) {
  if (!Array.isArray(answer.modules)) return genericChart(answer, 'Module drop-off');
  const rated = answer.modules.filter((m) => !m.suppressed && typeof m.dropOffRate === 'number')
    .sort((a, b) => b.dropOffRate - a.dropOffRate || (a.title || '').localeCompare(b.title || ''));
  const suppressed = answer.modules.filter((m) => m.suppressed).length;
  const note = suppressed ? el('p', { class: 'muted', dataset: { field: 'suppressed-modules' } },
    `${suppressed} module(s) with fewer than ${answer.minGroupSize} learners are not shown.`) : null;
  if (rated.length === 0) return [el('p', {}, `No module has enough learners to rate (${answer.people == null ? `fewer than ${answer.minGroupSize}` : answer.people} people).`), note];
  return [
    barChart(rated.slice(0, 12).map((m) => ({ label: m.title || m.moduleId, value: m.dropOffRate })),
      { max: 1, format: percent, label: 'Share of enrolled learners who dropped off, per module' }),
    moduleTable(rated),
    note,
    el('p', { class: 'muted' }, `Dropped off: enrolled, not completed, no activity for ${answer.dropOffDays} days.`),
  ];
}

const moduleTable = (rated) => el('table', { id: 'modules-table' },
  el('thead', {}, el('tr', {}, ['Module', 'Enrolled', 'Completed', 'In progress', 'Dropped off', 'Drop-off', 'Pass rate']
    .map((h, i) => el('th', { scope: 'col', class: i ? 'num' : null }, h)))),
  el('tbody', {}, rated.map((m) => el('tr', { dataset: { module: m.moduleId } }, el('td', {}, m.title || m.moduleId),
    ...[['enrolled', num(m.enrolled)], ['completed', num(m.completed)], ['in-progress', num(m.inProgress)],
      ['dropped-off', num(m.droppedOff)], ['drop-off-rate', percent(m.dropOffRate)],
      ['pass-rate', typeof m.passRate === 'number' ? percent(m.passRate) : '–']]
      .map(([field, v]) => el('td', { class: 'num', dataset: { field } }, v))))));

/** Draws the first array of {name-ish, number} it finds; otherwise the items as a list. */
export function genericChart(answer, label) {
  const items = Array.isArray(answer) ? answer : answer.items || Object.values(answer).find(Array.isArray) || [];
  if (items.length === 0) return el('p', {}, 'No data yet.');
  const nameOf = (x) => x.name || x.title || x.label || x.moduleId || x.skillId || x.id || '?';
  const numberKey = Object.keys(items[0]).find((k) => typeof items[0][k] === 'number');
  if (!numberKey) return el('ul', {}, items.map((x) => el('li', {}, nameOf(x))));
  const rows = items.map((x) => ({ label: String(nameOf(x)), value: x[numberKey] }));
  return barChart(rows, { max: Math.max(...rows.map((r) => r.value), 1e-9), format: num, label: `${label}: ${numberKey} per item` });
}
